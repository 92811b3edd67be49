// The server view: what the server component needs from the pool, with platform defaults resolved
// (spec, then function input, then built-in).
import type { LOG_LEVELS } from "../../api/schema/common.js";
import type { ResourceRequirements } from "../../k8s/types.js";
import { internalUrl, poolNames } from "../../model/pool-names.js";
import type { Pool } from "../../model/pool.js";
import { scaling, type Scaling } from "../../workloads/scaling.js";

export interface ServerView {
  namespace: string;
  poolLabel: string;
  /** Credential-minting identity of the pool. */
  identity: string;
  names: { deployment: string; service: string; configSecret: string; keysSecret: string };
  /** In-cluster WebSocket URL of the server's Service. */
  internalUrl: string;
  image: string;
  /** Starting replicas (the autoscaler's minimum when there is one) and the autoscaler. */
  scaling: Scaling;
  replicas: number;
  resources?: ResourceRequirements;
  logLevel: (typeof LOG_LEVELS)[number];
  rtc: { portRangeStart: number; portRangeEnd: number; tcpPort: number };
  terminationGracePeriodSeconds: number;
  scheduling: NonNullable<Pool["spec"]["server"]["scheduling"]>;
  /** Generated keys live in a Secret the pool composes; user keys in the Secret they name. */
  apiKeys: { source: "generated" | "user"; secretName: string; key: string };
  /** LiveKit webhooks (spec.server.webhook); `apiKey` only with the user's own keys. */
  webhook?: { urls: string[]; apiKey?: string };
  configOverrides: Record<string, unknown>;
}

export function serverView(pool: Pool): ServerView {
  const server = pool.spec.server;
  const defaults = pool.defaults.server;
  const names = poolNames(pool);
  const resources = server.resources ?? defaults.resources;
  const serverScaling = scaling(server.replicas, server.autoscaling);
  const keys = names.keysSecret;
  return {
    namespace: pool.namespace,
    poolLabel: names.poolLabel,
    identity: pool.identity,
    names: {
      deployment: names.serverDeployment,
      service: names.serverService,
      configSecret: names.serverConfigSecret,
      keysSecret: names.generatedKeysSecret,
    },
    internalUrl: internalUrl(pool),
    image: server.image ?? defaults.image,
    scaling: serverScaling,
    replicas: serverScaling.replicas,
    ...(resources ? { resources: resources as ResourceRequirements } : {}),
    logLevel: server.logLevel,
    rtc: server.rtc,
    terminationGracePeriodSeconds: server.terminationGracePeriodSeconds ?? defaults.terminationGracePeriodSeconds,
    scheduling: server.scheduling ?? {},
    apiKeys: { source: keys.generated ? "generated" : "user", secretName: keys.name, key: keys.key },
    ...(server.webhook
      ? { webhook: { urls: server.webhook.urls, ...(server.webhook.apiKey ? { apiKey: server.webhook.apiKey } : {}) } }
      : {}),
    configOverrides: server.config ?? {},
  };
}
