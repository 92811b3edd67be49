// Stand-ins for provider-upjet-gcp's Memorystore Instance and provider-upjet-aws's ElastiCache
// ReplicationGroup controllers (no cloud here; their packages cannot be pulled offline, so their
// real CRDs from ../shared/crds stand for the provider packages). Each does what the provider's
// managed reconciler reports: after a provisioning delay, Ready and Synced with the endpoint in
// status.atProvider (documentation-range addresses: no traffic is sent), and the connection Secret
// `writeConnectionSecretToRef` names, owned by the managed resource. The "cloud" is a map of the
// instances created: when a managed resource is deleted its instance goes too, unless its policy
// keeps it (legacy: deletionPolicy Retain; namespaced: managementPolicies without Delete).
import { randomBytes } from "node:crypto";
import type { Kube, Obj } from "../client.js";
import { condition, settleStatus, type StandIn } from "./status.js";

/** Long enough for a pool to be seen Provisioning, short enough for the suite. */
const PROVISIONING_MS = 3_000;

interface ManagedKind {
  apiVersion: string;
  kind: string;
  plural: string;
  atProvider(mr: Obj, index: number, caPem: string): Obj;
  connection(mr: Obj, atProvider: Obj, secret: string): Record<string, string>;
}

const memorystore = (apiVersion: string): ManagedKind => ({
  apiVersion,
  kind: "Instance",
  plural: "instances",
  atProvider: (_mr, i, caPem) => ({ host: `198.51.100.${i + 1}`, port: 6378, serverCaCerts: [{ cert: caPem }] }),
  connection: (_mr, at, secret) => ({ host: at.host, port: String(at.port), "attribute.auth_string": secret }),
});

const elasticache = (apiVersion: string): ManagedKind => ({
  apiVersion,
  kind: "ReplicationGroup",
  plural: "replicationgroups",
  atProvider: (mr) => ({ primaryEndpointAddress: `master.${mr.metadata.name}.cache.example.com`, port: 6379 }),
  connection: (_mr, at) => ({ primary_endpoint_address: at.primaryEndpointAddress, port: String(at.port) }),
});

const KINDS: ManagedKind[] = [
  memorystore("redis.gcp.m.upbound.io/v1beta1"),
  memorystore("redis.gcp.upbound.io/v1beta2"),
  elasticache("elasticache.aws.m.upbound.io/v1beta1"),
  elasticache("elasticache.aws.upbound.io/v1beta2"),
];

/** Whether deleting the managed resource deletes what it manages in the cloud. */
function deletesExternal(mr: Obj): boolean {
  const policies = mr.spec.managementPolicies as string[] | undefined;
  if (mr.metadata.namespace) return !policies || policies.includes("*") || policies.includes("Delete");
  return (mr.spec.deletionPolicy ?? "Delete") === "Delete";
}

export interface CloudInstance {
  kind: string;
  name: string;
}

export interface CloudProvidersStandIn extends StandIn {
  /** The instances that exist in the "cloud" now. */
  cloud(): CloudInstance[];
}

export function cloudProvidersStandIn(caPem: string): CloudProvidersStandIn {
  const firstSeen = new Map<string, number>();
  const secrets = new Map<string, string>();
  const managed = new Map<string, { instance: CloudInstance; deletes: boolean }>();
  const cloud = new Map<string, CloudInstance>();
  return {
    name: "cloud providers (stand-in)",
    cloud: () => [...cloud.values()],
    async reconcile(kube) {
      const seen = new Set<string>();
      for (const k of KINDS) {
        for (const mr of await kube.list(k.apiVersion, k.kind)) {
          const uid = mr.metadata.uid as string;
          seen.add(uid);
          const instance = { kind: `${k.apiVersion}/${k.kind}`, name: mr.metadata.name as string };
          managed.set(uid, { instance, deletes: deletesExternal(mr) });
          if (mr.metadata.deletionTimestamp) continue;
          if (!firstSeen.has(uid)) firstSeen.set(uid, Date.now());
          cloud.set(`${instance.kind}/${instance.name}`, instance);
          const generation = mr.metadata.generation;
          if (Date.now() - firstSeen.get(uid)! < PROVISIONING_MS) {
            await settleStatus(kube, mr, k.plural, {
              conditions: [
                { ...condition("Ready", "Creating", generation), status: "False" },
                condition("Synced", "ReconcileSuccess", generation),
              ],
            });
            continue;
          }
          const atProvider = k.atProvider(mr, [...firstSeen.keys()].indexOf(uid), caPem);
          if (mr.spec.writeConnectionSecretToRef) await publishConnection(kube, mr, k.connection(mr, atProvider, secretOf(secrets, uid)));
          await settleStatus(kube, mr, k.plural, {
            atProvider,
            conditions: [condition("Ready", "Available", generation), condition("Synced", "ReconcileSuccess", generation)],
          });
        }
      }
      for (const [uid, { instance, deletes }] of managed) {
        if (seen.has(uid)) continue;
        managed.delete(uid);
        if (deletes) cloud.delete(`${instance.kind}/${instance.name}`);
      }
    },
  };
}

function secretOf(secrets: Map<string, string>, uid: string): string {
  if (!secrets.has(uid)) secrets.set(uid, randomBytes(24).toString("base64url"));
  return secrets.get(uid)!;
}

async function publishConnection(kube: Kube, mr: Obj, data: Record<string, string>): Promise<void> {
  const ref = mr.spec.writeConnectionSecretToRef;
  const namespace = mr.metadata.namespace ?? ref.namespace;
  if (await kube.get({ apiVersion: "v1", kind: "Secret", name: ref.name, namespace })) return;
  await kube.create({
    apiVersion: "v1",
    kind: "Secret",
    metadata: {
      name: ref.name,
      namespace,
      ownerReferences: [{ apiVersion: mr.apiVersion, kind: mr.kind, name: mr.metadata.name, uid: mr.metadata.uid, controller: true }],
    },
    type: "connection.crossplane.io/v1alpha1",
    stringData: data,
  });
}
