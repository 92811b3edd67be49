// What the cluster tells about the server: its API keys (generated ones as observed; for a user's
// own Secret, what Crossplane fetched), its rollout, and the pod template its pods run.
import { objectField, secretData } from "../../k8s/observed.js";
import type { Rollout } from "../../k8s/readiness.js";
import { workloadRollout } from "../../workloads/scaling.js";
import type { ClusterState } from "../../model/cluster.js";
import { RESOURCE } from "../../model/resource-names.js";
import { keyFilePairs, readObservedKeys, type KeysFacts } from "./keys.js";
import type { ServerView } from "./view.js";

/** Key for the user's own API keys Secret (spec.server.apiKeys), read for connection details. */
export const USER_API_KEYS = "user-api-keys";

export interface ServerFacts {
  /** Generated keys as observed; for the user's own Secret, its first pair when Crossplane fetched it. */
  keys: KeysFacts;
  rollout: Rollout;
  /** The pod template the running server pods were made from, as observed. */
  podTemplate?: Record<string, unknown>;
}

/** The user's keys Secret as Crossplane fetched it: its first pair, or what keeps it from use. */
function userKeys(secret: unknown, view: ServerView): KeysFacts {
  const { secretName, key } = view.apiKeys;
  const where = `Secret ${secretName} in namespace ${view.namespace}`;
  if (secret === undefined)
    return { state: "user", problem: { reason: "SecretNotRead", message: `Waiting for Crossplane to read ${where}` } };
  if (secret === null) return { state: "user", problem: { reason: "SecretNotFound", message: `${where} does not exist` } };
  const keyFile = secretData(secret, key);
  if (keyFile === undefined) return { state: "user", problem: { reason: "KeyNotFound", message: `${where} has no data key ${key}` } };
  const pairs = keyFilePairs(keyFile);
  if (pairs.length === 0)
    return { state: "user", problem: { reason: "KeyFileUnreadable", message: `${key} in ${where} holds no 'apiKey: apiSecret' line` } };
  return { state: "user", pair: pairs[0]!, keyIds: pairs.map((p) => p.apiKey) };
}

export function discoverServer(view: ServerView, cluster: ClusterState): ServerFacts {
  const deployment = cluster.observed[RESOURCE.serverDeployment];
  const podTemplate = objectField(deployment, "spec", "template");
  return {
    keys:
      view.apiKeys.source === "user"
        ? userKeys(cluster.required[USER_API_KEYS], view)
        : readObservedKeys(cluster.observed[RESOURCE.serverKeys], view.apiKeys.key),
    rollout: workloadRollout(view, deployment),
    ...(podTemplate ? { podTemplate } : {}),
  };
}
