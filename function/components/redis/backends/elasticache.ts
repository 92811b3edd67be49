// Mode elasticache: an AWS ElastiCache ReplicationGroup from provider-upjet-aws
// (elasticache.aws.m.upbound.io/v1beta1 for a namespaced pool, elasticache.aws.upbound.io/v1beta2
// for a legacy one), with TLS in transit and at rest, and an AUTH token the pool mints into a
// composed Secret that both the provider (authTokenSecretRef) and LiveKit (secretKeyRef) read.
// With subnetIds instead of subnetGroupName the pool composes the SubnetGroup too. LiveKit
// checks the server certificate against the system CAs (ElastiCache certificates are public).
import { objectMeta, opaqueSecret } from "../../../k8s/metadata.js";
import { numberField, stringField } from "../../../k8s/observed.js";
import { conditionTrue, isReady } from "../../../k8s/readiness.js";
import type { ElasticacheReplicationGroup, ElasticacheSubnetGroup, Secret } from "../../../k8s/types.js";
import type { Observed } from "../../../model/cluster.js";
import { desiredObject, type DesiredObject, type PoolEvent } from "../../../model/outcome.js";
import { RESOURCE } from "../../../model/resource-names.js";
import type { Minter } from "../../../secrets/mint.js";
import { redisConnection, type RedisConnection } from "../connection.js";
import { credentialSecretData, readCredential, type CredentialRule, type ObservedCredential } from "../credentials.js";
import { COMPONENT, legacyMrSpec, mrMetadata, namespacedMrSpec } from "../managed-resource.js";
import type { ElasticacheSettings, RedisView } from "../view.js";

const PORT = 6379;
// ElastiCache AUTH tokens: 16 to 128 printable characters without space, '/', '"' or '@'.
export const AUTH_TOKEN: CredentialRule = {
  key: "auth-token",
  pattern: /^[!#-.0-?A-~]{16,128}$/,
  rule: '16 to 128 printable characters without / " @',
};

const endpointOf = (group: unknown) => ({
  host: stringField(group, "status", "atProvider", "primaryEndpointAddress"),
  port: numberField(group, "status", "atProvider", "port"),
});

export const ELASTICACHE_RESOURCES = [
  RESOURCE.redisElasticacheAuth,
  RESOURCE.redisElasticacheSubnetGroup,
  RESOURCE.redisElasticacheReplicationGroup,
];

export interface ElasticacheFacts {
  mode: "elasticache";
  ready: boolean;
  waitingFor?: string;
  token: ObservedCredential;
  connection?: RedisConnection;
}

export function observeElasticache(view: RedisView, settings: ElasticacheSettings, observed: Observed): ElasticacheFacts {
  const token = readCredential(observed[RESOURCE.redisElasticacheAuth], AUTH_TOKEN);
  const group = observed[RESOURCE.redisElasticacheReplicationGroup];
  const name = view.names.cloud;
  const waitingFor =
    token.state !== "present"
      ? `its AUTH token in Secret ${view.names.elasticacheAuth}`
      : "subnetIds" in settings.network && !isReady(observed[RESOURCE.redisElasticacheSubnetGroup])
        ? `SubnetGroup ${name} to become Ready`
        : !conditionTrue(group, "Ready")
          ? `ReplicationGroup ${name} to become Ready`
          : !isReady(group)
            ? `the endpoint of ReplicationGroup ${name} (status.atProvider.primaryEndpointAddress and port)`
            : undefined;
  const { host, port } = endpointOf(group);
  return {
    mode: "elasticache",
    ready: waitingFor === undefined,
    ...(waitingFor ? { waitingFor } : {}),
    token,
    ...(waitingFor === undefined
      ? {
          connection: redisConnection({
            address: `${host}:${port}`,
            password: { name: view.names.elasticacheAuth, key: AUTH_TOKEN.key },
            tls: {},
          }),
        }
      : {}),
  };
}

function authSecret(view: RedisView, data: Record<string, string>): Secret {
  return opaqueSecret(objectMeta(view, COMPONENT, view.names.elasticacheAuth), data);
}

function subnetGroup(view: RedisView, s: ElasticacheSettings, subnetIds: string[]): ElasticacheSubnetGroup {
  const metadata = mrMetadata(view, view.names.cloud);
  const forProvider = { region: s.region, subnetIds, description: `Redis of LiveKit pool ${view.poolRef}` };
  return view.scope === "namespaced"
    ? {
        apiVersion: "elasticache.aws.m.upbound.io/v1beta1",
        kind: "SubnetGroup",
        metadata,
        spec: { forProvider, ...namespacedMrSpec(view, s.providerConfigRef) },
      }
    : {
        apiVersion: "elasticache.aws.upbound.io/v1beta1",
        kind: "SubnetGroup",
        metadata,
        spec: { forProvider, ...legacyMrSpec(view, s.providerConfigRef) },
      };
}

function replicationGroup(view: RedisView, s: ElasticacheSettings): ElasticacheReplicationGroup {
  const metadata = mrMetadata(view, view.names.cloud);
  // A namespaced MR refers to a Secret of its own namespace; a cluster-scoped one names the namespace.
  const forProvider = <Ref>(authTokenSecretRef: Ref) => ({
    region: s.region,
    description: `Redis of LiveKit pool ${view.poolRef}`,
    engine: s.engine,
    ...(s.engineVersion ? { engineVersion: s.engineVersion } : {}),
    nodeType: s.nodeType,
    numCacheClusters: s.numCacheClusters,
    automaticFailoverEnabled: s.numCacheClusters > 1,
    port: PORT,
    transitEncryptionEnabled: true,
    atRestEncryptionEnabled: "true",
    authTokenSecretRef,
    ...("subnetGroupName" in s.network
      ? { subnetGroupName: s.network.subnetGroupName }
      : { subnetGroupNameRef: { name: view.names.cloud } }),
    ...(s.securityGroupIds ? { securityGroupIds: s.securityGroupIds } : {}),
  });
  const secret = { name: view.names.elasticacheAuth, key: AUTH_TOKEN.key };
  return view.scope === "namespaced"
    ? {
        apiVersion: "elasticache.aws.m.upbound.io/v1beta1",
        kind: "ReplicationGroup",
        metadata,
        spec: { forProvider: forProvider(secret), ...namespacedMrSpec(view, s.providerConfigRef) },
      }
    : {
        apiVersion: "elasticache.aws.upbound.io/v1beta2",
        kind: "ReplicationGroup",
        metadata,
        spec: {
          forProvider: forProvider({ name: secret.name, namespace: view.namespace, key: secret.key }),
          ...legacyMrSpec(view, s.providerConfigRef),
        },
      };
}

export function materializeElasticache(
  view: RedisView,
  settings: ElasticacheSettings,
  facts: ElasticacheFacts,
  mint: Minter,
  events: PoolEvent[],
): DesiredObject[] {
  const data = credentialSecretData(
    facts.token,
    {
      name: view.names.elasticacheAuth,
      identity: view.identity,
      purpose: "redis-elasticache-auth-token",
      data: (token) => ({ [AUTH_TOKEN.key]: Buffer.from(token, "utf8").toString("base64") }),
    },
    mint,
    events,
  );
  return [
    desiredObject(RESOURCE.redisElasticacheAuth, authSecret(view, data), { knownUnready: facts.token.state === "unreadable" }),
    ...("subnetIds" in settings.network
      ? [desiredObject(RESOURCE.redisElasticacheSubnetGroup, subnetGroup(view, settings, settings.network.subnetIds))]
      : []),
    desiredObject(RESOURCE.redisElasticacheReplicationGroup, replicationGroup(view, settings)),
  ];
}
