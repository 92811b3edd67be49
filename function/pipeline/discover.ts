// Stage 3, discover: join the views with the observed composed resources into facts the cluster
// has learned. Facts are all the later stages know about the cluster.
import { discoverEgress, type EgressFacts } from "../components/egress/index.js";
import { discoverIngress, type IngressFacts } from "../components/ingress/index.js";
import { discoverNetworking, type NetworkingFacts } from "../components/networking/facts.js";
import { discoverRedis, type RedisFacts } from "../components/redis/discover.js";
import { keyFilePairs, readObservedKeys, type KeysFacts } from "../components/server/keys.js";
import { SPEC_CHECKSUM_ANNOTATION } from "../components/server/workload.js";
import { objectField, secretData, stringField } from "../k8s/observed.js";
import { deploymentRollout, exists } from "../k8s/readiness.js";
import { RESOURCE } from "./resource-names.js";
import { PLATFORM_TURN_AUTH, USER_API_KEYS } from "./requirements.js";
import type { ServerView, Views } from "./views.js";

/** Observed composed objects by composition resource name. */
export type Observed = Readonly<Record<string, unknown>>;

/** Required resources Crossplane fetched for us, by requirement key (first match only): null when
 * Crossplane found none, absent when it has not looked yet. */
export type Required = Readonly<Record<string, unknown>>;

/** Keys of the observed connection details of composed resources (managed resources write them),
 * by composition resource name. Only which keys hold a value: the values are never read. */
export type ConnectionKeys = Readonly<Record<string, ReadonlySet<string>>>;

export interface ServerFacts {
  /** Generated keys as observed; for the user's own Secret, its first pair when Crossplane fetched it. */
  keys: KeysFacts;
  rollout: ReturnType<typeof deploymentRollout>;
  /** Which Deployment spec the observed rollout belongs to (see SPEC_CHECKSUM_ANNOTATION). */
  deploymentSpecChecksum?: string;
  /** The pod template the running server pods were made from, as observed. */
  podTemplate?: Record<string, unknown>;
  configSecretExists: boolean;
  keysSecretExists: boolean;
  serviceExists: boolean;
  serviceKeysSecretExists: boolean;
}

export interface Facts {
  server: ServerFacts;
  networking?: NetworkingFacts;
  connectionSecretExists: boolean;
  redis: RedisFacts;
  ingress?: IngressFacts;
  egress?: EgressFacts;
  observed: Observed;
}

/** The user's keys Secret as Crossplane fetched it: its first pair, or what keeps it from use. */
function userKeys(secret: unknown, view: ServerView): KeysFacts {
  const { secretName, key } = view.apiKeys;
  const where = `Secret ${secretName} in namespace ${view.namespace}`;
  if (secret === undefined) return { state: "user", problem: { reason: "SecretNotRead", message: `Waiting for Crossplane to read ${where}` } };
  if (secret === null) return { state: "user", problem: { reason: "SecretNotFound", message: `${where} does not exist` } };
  const keyFile = secretData(secret, key);
  if (keyFile === undefined) return { state: "user", problem: { reason: "KeyNotFound", message: `${where} has no data key ${key}` } };
  const pairs = keyFilePairs(keyFile);
  if (pairs.length === 0) return { state: "user", problem: { reason: "KeyFileUnreadable", message: `${key} in ${where} holds no 'apiKey: apiSecret' line` } };
  return { state: "user", pair: pairs[0]!, keyIds: pairs.map((p) => p.apiKey) };
}

/** `composite`: the observed XR, whose status keeps what the pool has learned. */
export function discover(views: Views, observed: Observed, required: Required = {}, connectionKeys: ConnectionKeys = {}, composite?: unknown): Facts {
  const server = views.server;
  const specChecksum = stringField(observed[RESOURCE.serverDeployment], "metadata", "annotations", SPEC_CHECKSUM_ANNOTATION);
  const podTemplate = objectField(observed[RESOURCE.serverDeployment], "spec", "template");
  return {
    connectionSecretExists: exists(observed[RESOURCE.connectionSecret]),
    ...(views.networking ? { networking: discoverNetworking(views.networking, observed, required[PLATFORM_TURN_AUTH], composite) } : {}),
    server: {
      keys: server.apiKeys.source === "user" ? userKeys(required[USER_API_KEYS], server) : readObservedKeys(observed[RESOURCE.serverKeys], server.apiKeys.key),
      rollout: deploymentRollout(observed[RESOURCE.serverDeployment], server.replicas, !!server.scaling.autoscaling),
      ...(specChecksum ? { deploymentSpecChecksum: specChecksum } : {}),
      ...(podTemplate ? { podTemplate } : {}),
      configSecretExists: exists(observed[RESOURCE.serverConfig]),
      keysSecretExists: exists(observed[RESOURCE.serverKeys]),
      serviceExists: exists(observed[RESOURCE.serverService]),
      serviceKeysSecretExists: exists(observed[RESOURCE.serviceApiKeys]),
    },
    redis: discoverRedis(views.redis, observed, connectionKeys),
    ...(views.ingress ? { ingress: discoverIngress(views.ingress, observed) } : {}),
    ...(views.egress ? { egress: discoverEgress(views.egress, observed) } : {}),
    observed,
  };
}
