// Mode memorystore: a GCP Memorystore for Redis Instance from provider-upjet-gcp
// (redis.gcp.m.upbound.io/v1beta1 for a namespaced pool, redis.gcp.upbound.io/v1beta2 for a legacy
// one). AUTH and TLS are on by default. LiveKit gets the endpoint from the Instance's
// status.atProvider, the AUTH string from its connection Secret (key `attribute.auth_string`:
// upjet prefixes sensitive attributes, crossplane/upjet@v2.4.2 pkg/resource/sensitive.go), and
// the instance's own CA certificates (status.atProvider.serverCaCerts) through a composed Secret.
import { objectMeta, opaqueSecret } from "../../../k8s/metadata.js";
import { numberField, stringField, field } from "../../../k8s/observed.js";
import { conditionTrue, isReady } from "../../../k8s/readiness.js";
import type { MemorystoreInstance, Secret } from "../../../k8s/types.js";
import type { ConnectionKeys, Observed } from "../../../model/cluster.js";
import { desiredObject, type DesiredObject } from "../../../model/outcome.js";
import { RESOURCE } from "../../../model/resource-names.js";
import { redisConnection, type RedisConnection } from "../connection.js";
import { COMPONENT, legacyMrSpec, mrMetadata, namespacedMrSpec } from "../managed-resource.js";
import type { MemorystoreSettings, RedisView } from "../view.js";

export const AUTH_STRING_KEY = "attribute.auth_string";
const CA_KEY = "ca.crt";

const endpointOf = (instance: unknown) => ({
  host: stringField(instance, "status", "atProvider", "host"),
  port: numberField(instance, "status", "atProvider", "port"),
});

export const MEMORYSTORE_RESOURCES = [RESOURCE.redisMemorystoreInstance, RESOURCE.redisMemorystoreCa];

export interface MemorystoreFacts {
  mode: "memorystore";
  ready: boolean;
  waitingFor?: string;
  /** PEM certificates of the instance's CAs, as it reports them. */
  caCerts: string[];
  connection?: RedisConnection;
}

function serverCaCerts(instance: unknown): string[] {
  const certs = field(instance, "status", "atProvider", "serverCaCerts");
  return Array.isArray(certs) ? certs.map((c) => stringField(c, "cert")).filter((c): c is string => !!c) : [];
}

export function observeMemorystore(
  view: RedisView,
  settings: MemorystoreSettings,
  observed: Observed,
  connectionKeys: ConnectionKeys,
): MemorystoreFacts {
  const instance = observed[RESOURCE.redisMemorystoreInstance];
  const caCerts = serverCaCerts(instance);
  const { host, port } = endpointOf(instance);
  const name = view.names.cloud;
  const waitingFor = !conditionTrue(instance, "Ready")
    ? `Instance ${name} to become Ready`
    : !host || port === undefined
      ? `the endpoint of Instance ${name} (status.atProvider.host and port)`
      : settings.authEnabled && !connectionKeys[RESOURCE.redisMemorystoreInstance]?.has(AUTH_STRING_KEY)
        ? `the AUTH string in connection Secret ${view.names.memorystoreConnection}`
        : settings.transitEncryption && caCerts.length === 0
          ? `the CA certificates of Instance ${name} (status.atProvider.serverCaCerts)`
          : settings.transitEncryption && !isReady(observed[RESOURCE.redisMemorystoreCa])
            ? `Secret ${view.names.memorystoreCa} to be created`
            : undefined;
  return {
    mode: "memorystore",
    ready: waitingFor === undefined,
    ...(waitingFor ? { waitingFor } : {}),
    caCerts,
    ...(waitingFor === undefined
      ? {
          connection: redisConnection({
            address: `${host}:${port}`,
            ...(settings.authEnabled ? { password: { name: view.names.memorystoreConnection, key: AUTH_STRING_KEY } } : {}),
            ...(settings.transitEncryption ? { tls: { ca: { name: view.names.memorystoreCa, key: CA_KEY } } } : {}),
          }),
        }
      : {}),
  };
}

function instance(view: RedisView, s: MemorystoreSettings): MemorystoreInstance {
  const metadata = mrMetadata(view, view.names.cloud);
  const forProvider = {
    region: s.region,
    tier: s.tier,
    memorySizeGb: s.memorySizeGb,
    redisVersion: s.redisVersion,
    ...(s.authorizedNetwork ? { authorizedNetwork: s.authorizedNetwork } : {}),
    authEnabled: s.authEnabled,
    ...(s.transitEncryption ? { transitEncryptionMode: "SERVER_AUTHENTICATION" } : {}),
    // Terraform's guard against deleting the instance; only Delete may lift it.
    deletionProtection: view.deletionPolicy === "Retain",
  };
  return view.scope === "namespaced"
    ? {
        apiVersion: "redis.gcp.m.upbound.io/v1beta1",
        kind: "Instance",
        metadata,
        spec: { forProvider, ...namespacedMrSpec(view, s.providerConfigRef, view.names.memorystoreConnection) },
      }
    : {
        apiVersion: "redis.gcp.upbound.io/v1beta2",
        kind: "Instance",
        metadata,
        spec: { forProvider, ...legacyMrSpec(view, s.providerConfigRef, view.names.memorystoreConnection) },
      };
}

function caSecret(view: RedisView, certs: string[]): Secret {
  const bundle = certs.map((c) => (c.endsWith("\n") ? c : `${c}\n`)).join("");
  return opaqueSecret(objectMeta(view, COMPONENT, view.names.memorystoreCa), { [CA_KEY]: Buffer.from(bundle, "utf8").toString("base64") });
}

export function materializeMemorystore(view: RedisView, settings: MemorystoreSettings, facts: MemorystoreFacts): DesiredObject[] {
  const objects: DesiredObject[] = [desiredObject(RESOURCE.redisMemorystoreInstance, instance(view, settings))];
  // The CA bundle exists once the instance reports its CAs.
  if (settings.transitEncryption && facts.caCerts.length > 0)
    objects.push(desiredObject(RESOURCE.redisMemorystoreCa, caSecret(view, facts.caCerts)));
  return objects;
}
