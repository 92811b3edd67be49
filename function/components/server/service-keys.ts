// The API key pair Ingress and Egress use, as env LIVEKIT_API_KEY / LIVEKIT_API_SECRET from
// secretKeyRefs (both programs read these when their config has no api_key/api_secret). Generated
// keys already sit in the keys Secret as single values; a user's Secret holds a key file, so its
// first pair is copied into a Secret of the pool's own (never into a config or a ConfigMap).
import { objectLabels } from "../../k8s/labels.js";
import { objectName, poolLabelValue } from "../../k8s/names.js";
import type { EnvVar, Secret } from "../../k8s/types.js";
import { desiredObject, type DesiredObject } from "../../pipeline/outcome.js";
import type { Pool } from "../../pipeline/parse.js";
import { RESOURCE } from "../../pipeline/resource-names.js";
import type { ServerView } from "../../pipeline/views.js";
import { API_KEY_FIELD, API_SECRET_FIELD, type ApiKeyPair } from "./keys.js";

export interface ServiceKeysView {
  /** The Secret the env vars read: the generated keys Secret, or the pool's copy of the user's pair. */
  secretName: string;
  copy: boolean;
  namespace: string;
  poolLabel: string;
}

export function serviceKeysView(pool: Pool, apiKeys: ServerView["apiKeys"]): ServiceKeysView {
  const copy = apiKeys.source === "user";
  return {
    secretName: copy ? objectName(pool.baseName, "livekit-service-keys") : apiKeys.secretName,
    copy,
    namespace: pool.namespace,
    poolLabel: poolLabelValue(pool.baseName),
  };
}

export function serviceKeysEnv(view: ServiceKeysView): EnvVar[] {
  return [
    { name: "LIVEKIT_API_KEY", valueFrom: { secretKeyRef: { name: view.secretName, key: API_KEY_FIELD } } },
    { name: "LIVEKIT_API_SECRET", valueFrom: { secretKeyRef: { name: view.secretName, key: API_SECRET_FIELD } } },
  ];
}

/** The copy of a user's pair, once Crossplane has fetched their Secret (until then the pods wait
 * for the Secret to appear). */
export function serviceKeysObjects(view: ServiceKeysView, pair: ApiKeyPair | undefined, exists: boolean): DesiredObject[] {
  if (!view.copy || !pair) return [];
  const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  const secret: Secret = {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: view.secretName, namespace: view.namespace, labels: objectLabels(view.poolLabel, "server") },
    type: "Opaque",
    data: { [API_KEY_FIELD]: b64(pair.apiKey), [API_SECRET_FIELD]: b64(pair.apiSecret) },
  };
  return [desiredObject(RESOURCE.serviceApiKeys, secret, exists)];
}
