// Stage 2, decompose: the pool spec becomes one view per component, each holding only what that
// component needs, with platform defaults resolved (spec, then function input, then built-in).
import type { ResourceRequirements } from "../k8s/types.js";
import { LOG_LEVELS } from "../api/spec.js";
import { SIGNAL_PORT } from "../components/server/config.js";
import { objectName, poolLabelValue } from "../k8s/names.js";
import { connectionView, type ConnectionView } from "../components/connection/index.js";
import { networkingView, type NetworkingView } from "../components/networking/view.js";
import type { Pool } from "./parse.js";
import { redisView, type RedisView } from "../components/redis/view.js";
import { scaling, type Scaling } from "../components/scaling/index.js";
import { ingressView, type IngressView } from "../components/ingress/view.js";
import { egressView, type EgressView } from "../components/egress/view.js";
import { serviceKeysView, type ServiceKeysView } from "../components/server/service-keys.js";

export const GENERATED_KEY_FILE = "keys.yaml";

export interface ServerView {
  namespace: string;
  poolLabel: string;
  /** Credential-minting identity of the pool. */
  identity: string;
  names: { deployment: string; service: string; configSecret: string; keysSecret: string };
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

export interface Views {
  server: ServerView;
  /** Absent when the pool has no public networking. */
  networking?: NetworkingView;
  connection: ConnectionView;
  redis: RedisView;
  /** Absent while the component is off. */
  ingress?: IngressView;
  egress?: EgressView;
  /** API keys for Ingress and Egress (present when either is on). */
  serviceKeys?: ServiceKeysView;
}

export function decompose(pool: Pool): Views {
  const server = pool.spec.server;
  const defaults = pool.defaults.server;
  const keysSecret = objectName(pool.baseName, "livekit-keys");
  const resources = server.resources ?? defaults.resources;
  const serviceName = objectName(pool.baseName, "livekit");
  const networking = networkingView(pool, serviceName);
  const serverScaling = scaling(server.replicas, server.autoscaling);
  const apiKeys: ServerView["apiKeys"] = server.apiKeys
    ? { source: "user", secretName: server.apiKeys.secretRef.name, key: server.apiKeys.secretRef.key }
    : { source: "generated", secretName: keysSecret, key: GENERATED_KEY_FILE };
  const serviceKeys = pool.spec.ingress.enabled || pool.spec.egress.enabled ? serviceKeysView(pool, apiKeys) : undefined;
  const wsUrl = `ws://${serviceName}.${pool.namespace}.svc.cluster.local:${SIGNAL_PORT}`;
  const ingress = serviceKeys ? ingressView(pool, serviceKeys, wsUrl) : undefined;
  const egress = serviceKeys ? egressView(pool, serviceKeys, wsUrl) : undefined;
  return {
    ...(ingress ? { ingress } : {}),
    ...(egress ? { egress } : {}),
    ...(serviceKeys ? { serviceKeys } : {}),
    ...(networking ? { networking } : {}),
    connection: connectionView(pool, poolLabelValue(pool.baseName)),
    server: {
      namespace: pool.namespace,
      poolLabel: poolLabelValue(pool.baseName),
      identity: pool.identity,
      names: {
        deployment: objectName(pool.baseName, "livekit"),
        service: serviceName,
        configSecret: objectName(pool.baseName, "livekit-config"),
        keysSecret,
      },
      image: server.image ?? defaults.image,
      scaling: serverScaling,
      replicas: serverScaling.replicas,
      ...(resources ? { resources: resources as ResourceRequirements } : {}),
      logLevel: server.logLevel,
      rtc: server.rtc,
      terminationGracePeriodSeconds: server.terminationGracePeriodSeconds ?? defaults.terminationGracePeriodSeconds,
      scheduling: server.scheduling ?? {},
      apiKeys,
      ...(server.webhook ? { webhook: { urls: server.webhook.urls, ...(server.webhook.apiKey ? { apiKey: server.webhook.apiKey } : {}) } } : {}),
      configOverrides: server.config ?? {},
    },
    redis: redisView(pool),
  };
}
