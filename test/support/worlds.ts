// The controllers around the function, played by the test between calls (see rendered-pool.ts):
// what Kubernetes, STUNner and the cloud providers would write into the status of the objects the
// function composed, and the connection details a provider publishes.
import type { World } from "./rendered-pool.js";

type Obj = Record<string, any>;

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64");
const TRUE = (type: string) => ({ type, status: "True", reason: "Available" });

/** The StatefulSet controller: every StatefulSet has its one replica ready. */
export function statefulSetsReady(observed: Record<string, Obj>): void {
  for (const o of Object.values(observed)) {
    if (o.kind !== "StatefulSet") continue;
    const n = o.spec.replicas ?? 1;
    o.status = { observedGeneration: o.metadata.generation ?? 0, replicas: n, readyReplicas: n, updatedReplicas: n, availableReplicas: n };
  }
}

/** A provider reports its managed resource Ready, with what it learned from the cloud. */
export function managedResourceReady(observed: Record<string, Obj>, name: string, atProvider: Obj): void {
  const mr = observed[name];
  if (mr) mr.status = { atProvider, conditions: [TRUE("Ready"), { type: "Synced", status: "True", reason: "ReconcileSuccess" }] };
}

/** A Secret as a provider or a user writes it. */
export function secret(name: string, namespace: string, data: Record<string, string | Buffer>): Obj {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name, namespace },
    type: "Opaque",
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
  };
}

/** The platform's STUNner auth Secret, which a namespaced pool requires. */
export const PLATFORM_TURN_AUTH = { name: "stunner-auth", namespace: "stunner-system" };

/** A namespaced pool with public networking: the platform input, STUNner's auth Secret (static or
 * ephemeral, as the platform chose), and STUNner reporting the TURN Gateway's load balancer at
 * `turnAddress`. */
export function publicNetworking(
  turnAddress: string,
  auth: { type: "static"; username: string; password: string } | { type: "ephemeral"; secret: string },
): World {
  const { type, ...rest } = auth;
  return {
    input: { networking: { turn: { authSecretRef: PLATFORM_TURN_AUTH }, tlsIssuerRef: { name: "letsencrypt", kind: "ClusterIssuer" } } },
    required: { "platform-turn-auth": [secret(PLATFORM_TURN_AUTH.name, PLATFORM_TURN_AUTH.namespace, { type, ...rest })] },
    controllers: turnGatewayAt(turnAddress),
  };
}

/** A cluster-scoped pool with public networking: it brings its own GatewayClass and credentials,
 * so the world is only STUNner reporting the TURN Gateway's load balancer at `turnAddress`. */
export function dedicatedNetworking(turnAddress: string): World {
  return {
    input: { networking: { tlsIssuerRef: { name: "letsencrypt", kind: "ClusterIssuer" } } },
    controllers: turnGatewayAt(turnAddress),
  };
}

/** STUNner: the TURN Gateway is programmed and its load balancer has `address`. */
function turnGatewayAt(address: string): (observed: Record<string, Obj>) => void {
  return (observed) => {
    const gateway = observed["turn-gateway"];
    if (gateway)
      gateway.status = { addresses: [{ type: "IPAddress", value: address }], conditions: [TRUE("Accepted"), TRUE("Programmed")] };
  };
}

/** GCP's Memorystore as provider-upjet-gcp reports it: the Instance Ready at `host:port` with its
 * CA certificates in status, and the AUTH string in its connection details and Secret. */
export function memorystoreReady(at: { host: string; port: number; caPem: string; authString: string }): World {
  const details = { "attribute.auth_string": at.authString };
  return {
    controllers: (observed): Record<string, Record<string, string>> => {
      managedResourceReady(observed, "redis-memorystore-instance", { host: at.host, port: at.port, serverCaCerts: [{ cert: at.caPem }] });
      return observed["redis-memorystore-instance"] ? { "redis-memorystore-instance": details } : {};
    },
    providerSecrets: (objects) => {
      const instance = objects["redis-memorystore-instance"];
      const ref = instance?.spec?.writeConnectionSecretToRef;
      return instance && ref ? [secret(ref.name, ref.namespace ?? instance.metadata.namespace, details)] : [];
    },
  };
}

/** AWS's ElastiCache as provider-upjet-aws reports it: the ReplicationGroup Ready with its primary
 * endpoint at `host:port`. The AUTH token is the one the pool minted into its own Secret. */
export function elasticacheReady(at: { host: string; port: number }): World {
  return {
    controllers: (observed) => {
      managedResourceReady(observed, "redis-elasticache-replicationgroup", { primaryEndpointAddress: at.host, port: at.port });
      managedResourceReady(observed, "redis-elasticache-subnetgroup", {});
    },
  };
}
