// Mode embedded: one Redis-compatible server (Valkey) the pool runs itself. A StatefulSet with a
// pinned image and the hardened pod settings of the server, password auth (generated once, read
// back like the API keys), optional persistent storage, a Service, and a NetworkPolicy that admits
// only this pool's pods.
//
// The password reaches Valkey as a config file mounted from its Secret (`requirepass`), so it is in
// no command line, env var or pod spec; probes authenticate through REDISCLI_AUTH, which
// valkey-cli reads (valkey-io/valkey@8.0.1 src/valkey-cli.c CLI_AUTH_ENV).
import { objectMeta, opaqueSecret } from "../../../k8s/metadata.js";
import { createHash } from "node:crypto";
import { clusterIpService } from "../../../k8s/service.js";
import { objectLabels, POOL_LABEL, selectorLabels } from "../../../k8s/labels.js";
import { field } from "../../../k8s/observed.js";
import { isReady } from "../../../k8s/readiness.js";
import { RESTRICTED_CONTAINER_SECURITY_CONTEXT, restrictedPodSecurityContext } from "../../../k8s/security.js";
import type { NetworkPolicy, PersistentVolumeClaim, Secret, Service, StatefulSet, Volume } from "../../../k8s/types.js";
import type { Observed } from "../../../model/cluster.js";
import type { DesiredObject, PoolEvent } from "../../../model/outcome.js";
import { desiredObject } from "../../../model/outcome.js";
import { RESOURCE } from "../../../model/resource-names.js";
import type { Minter } from "../../../secrets/mint.js";
import { redisConnection, type RedisConnection } from "../connection.js";
import { credentialSecretData, readCredential, type CredentialRule, type ObservedCredential } from "../credentials.js";
import { COMPONENT } from "../managed-resource.js";
import type { EmbeddedSettings, RedisView } from "../view.js";

export const REDIS_PORT = 6379;
const CONTAINER = "redis";
const DATA_DIR = "/data";
const AUTH_DIR = "/etc/valkey";
const AUTH_CONF = "auth.conf";
// The valkey image's own user and group (valkey-io/valkey-container 8.0/alpine/Dockerfile).
const VALKEY_UID = 999;
const VALKEY_GID = 1000;
const SECRET_FILE_MODE = 0o440;
export const AUTH_CHECKSUM_ANNOTATION = "livekit.stunner.l7mp.io/auth-checksum";

export const PASSWORD: CredentialRule = { key: "password", pattern: /^[A-Za-z0-9]{32,}$/, rule: "at least 32 letters and digits" };

export const EMBEDDED_RESOURCES = [
  RESOURCE.redisEmbeddedAuth,
  RESOURCE.redisEmbeddedStatefulSet,
  RESOURCE.redisEmbeddedService,
  RESOURCE.redisEmbeddedNetworkPolicy,
];

export interface EmbeddedFacts {
  mode: "embedded";
  ready: boolean;
  waitingFor?: string;
  password: ObservedCredential;
  /** Volume claim templates of the observed StatefulSet: they cannot change once it exists. */
  observedClaims?: unknown;
  connection?: RedisConnection;
}

export function observeEmbedded(view: RedisView, observed: Observed): EmbeddedFacts {
  const password = readCredential(observed[RESOURCE.redisEmbeddedAuth], PASSWORD);
  const statefulSet = observed[RESOURCE.redisEmbeddedStatefulSet];
  const waitingFor =
    password.state !== "present"
      ? `its password in Secret ${view.names.embeddedAuth}`
      : !isReady(statefulSet)
        ? `StatefulSet ${view.names.embedded} to be ready`
        : !isReady(observed[RESOURCE.redisEmbeddedService])
          ? `Service ${view.names.embedded} to be created`
          : undefined;
  return {
    mode: "embedded",
    ready: waitingFor === undefined,
    ...(waitingFor ? { waitingFor } : {}),
    password,
    ...(statefulSet !== undefined ? { observedClaims: field(statefulSet, "spec", "volumeClaimTemplates") ?? [] } : {}),
    ...(waitingFor === undefined ? { connection: embeddedConnection(view) } : {}),
  };
}

function embeddedConnection(view: RedisView): RedisConnection {
  // `<service>.<namespace>.svc` resolves whatever the cluster domain is.
  return redisConnection({
    address: `${view.names.embedded}.${view.namespace}.svc:${REDIS_PORT}`,
    password: { name: view.names.embeddedAuth, key: PASSWORD.key },
  });
}

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

function authSecret(view: RedisView, data: Record<string, string>): Secret {
  return opaqueSecret(objectMeta(view, COMPONENT, view.names.embeddedAuth), data);
}

function claimTemplates(view: RedisView, settings: EmbeddedSettings): PersistentVolumeClaim[] {
  if (!settings.storage) return [];
  const { size, storageClassName } = settings.storage;
  return [
    {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name: "data", labels: objectLabels(view.poolLabel, COMPONENT) },
      spec: {
        accessModes: ["ReadWriteOnce"],
        resources: { requests: { storage: String(size) } },
        ...(storageClassName ? { storageClassName } : {}),
      },
    },
  ];
}

function statefulSet(view: RedisView, settings: EmbeddedSettings, claims: PersistentVolumeClaim[], authChecksum: string): StatefulSet {
  const persistent = claims.length > 0;
  const dataVolume: Volume[] = persistent ? [] : [{ name: "data", emptyDir: {} }];
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: objectMeta(view, COMPONENT, view.names.embedded),
    spec: {
      serviceName: view.names.embedded,
      replicas: 1,
      selector: { matchLabels: selectorLabels(view.poolLabel, COMPONENT) },
      ...(persistent
        ? {
            volumeClaimTemplates: claims,
            persistentVolumeClaimRetentionPolicy: { whenDeleted: view.deletionPolicy, whenScaled: "Retain" },
          }
        : {}),
      template: {
        metadata: { labels: objectLabels(view.poolLabel, COMPONENT), annotations: { [AUTH_CHECKSUM_ANNOTATION]: authChecksum } },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: restrictedPodSecurityContext(VALKEY_UID, VALKEY_GID),
          containers: [
            {
              name: CONTAINER,
              image: settings.image,
              // The image's entrypoint runs valkey-server for a first argument ending in .conf.
              args: [
                `${AUTH_DIR}/${AUTH_CONF}`,
                "--dir",
                DATA_DIR,
                ...(persistent ? ["--appendonly", "yes"] : ["--appendonly", "no", "--save", ""]),
              ],
              env: [{ name: "REDISCLI_AUTH", valueFrom: { secretKeyRef: { name: view.names.embeddedAuth, key: PASSWORD.key } } }],
              ports: [{ name: "redis", containerPort: REDIS_PORT, protocol: "TCP" }],
              readinessProbe: {
                exec: { command: ["sh", "-c", "valkey-cli -h 127.0.0.1 ping | grep -q PONG"] },
                periodSeconds: 5,
                timeoutSeconds: 2,
                failureThreshold: 3,
              },
              livenessProbe: { tcpSocket: { port: "redis" }, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 6 },
              ...(settings.resources ? { resources: settings.resources } : {}),
              securityContext: RESTRICTED_CONTAINER_SECURITY_CONTEXT,
              volumeMounts: [
                { name: "data", mountPath: DATA_DIR },
                { name: "auth", mountPath: AUTH_DIR, readOnly: true },
              ],
            },
          ],
          volumes: [
            ...dataVolume,
            {
              name: "auth",
              secret: { secretName: view.names.embeddedAuth, defaultMode: SECRET_FILE_MODE, items: [{ key: AUTH_CONF, path: AUTH_CONF }] },
            },
          ],
        },
      },
    },
  };
}

function service(view: RedisView): Service {
  return clusterIpService(view.names.embedded, view.namespace, view.poolLabel, COMPONENT, [
    { name: "redis", port: REDIS_PORT, protocol: "TCP" },
  ]);
}

function networkPolicy(view: RedisView): NetworkPolicy {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMeta(view, COMPONENT, view.names.embedded),
    spec: {
      podSelector: { matchLabels: selectorLabels(view.poolLabel, COMPONENT) },
      policyTypes: ["Ingress"],
      ingress: [
        { from: [{ podSelector: { matchLabels: { [POOL_LABEL]: view.poolLabel } } }], ports: [{ protocol: "TCP", port: REDIS_PORT }] },
      ],
    },
  };
}

const QUANTITY_SUFFIX: Record<string, number> = {
  "": 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** The number a Kubernetes quantity stands for (NaN when it is none). */
function quantityValue(q: unknown): number {
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)([kMGTPE]i?|m)?$/.exec(String(q ?? ""));
  return m ? Number(m[1]) * QUANTITY_SUFFIX[m[2] ?? ""]! : NaN;
}

/** Storage as the spec asks, unless the StatefulSet exists with other claims: the API server
 * refuses to change them, so they stay, and a warning says how to get new storage. */
function effectiveClaims(view: RedisView, settings: EmbeddedSettings, facts: EmbeddedFacts, events: PoolEvent[]): PersistentVolumeClaim[] {
  const wanted = claimTemplates(view, settings);
  if (facts.observedClaims === undefined) return wanted;
  const observed = facts.observedClaims as PersistentVolumeClaim[];
  // The API server writes quantities in canonical form ("1024Mi" comes back as "1Gi").
  const summary = (claims: PersistentVolumeClaim[]) =>
    JSON.stringify(claims.map((c) => [quantityValue(c.spec?.resources?.requests?.storage), c.spec?.storageClassName ?? null]));
  if (summary(observed) !== summary(wanted)) {
    events.push({
      severity: "warning",
      reason: "RedisStorageImmutable",
      message: `StatefulSet ${view.names.embedded} keeps its storage: Kubernetes cannot change it in place. Switch to another mode and back to get new storage.`,
    });
  }
  return observed.map((c) => ({
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name: c.metadata?.name ?? "data", ...(c.metadata?.labels ? { labels: c.metadata.labels } : {}) },
    spec: c.spec,
  }));
}

export function materializeEmbedded(
  view: RedisView,
  settings: EmbeddedSettings,
  facts: EmbeddedFacts,
  mint: Minter,
  events: PoolEvent[],
): DesiredObject[] {
  const data = credentialSecretData(
    facts.password,
    {
      name: view.names.embeddedAuth,
      identity: view.identity,
      purpose: "redis-embedded-password",
      data: (password) => ({ [PASSWORD.key]: b64(password), [AUTH_CONF]: b64(`requirepass ${password}\n`) }),
    },
    mint,
    events,
  );
  // A new password restarts Redis to load it, as a new key file restarts LiveKit.
  const authChecksum = createHash("sha256")
    .update(data[AUTH_CONF] ?? "")
    .digest("hex")
    .slice(0, 16);
  const claims = effectiveClaims(view, settings, facts, events);
  return [
    desiredObject(RESOURCE.redisEmbeddedAuth, authSecret(view, data), { knownUnready: facts.password.state === "unreadable" }),
    desiredObject(RESOURCE.redisEmbeddedStatefulSet, statefulSet(view, settings, claims, authChecksum)),
    desiredObject(RESOURCE.redisEmbeddedService, service(view)),
    desiredObject(RESOURCE.redisEmbeddedNetworkPolicy, networkPolicy(view)),
  ];
}
