// Where LiveKit Ingress and Egress read the API key pair, as env LIVEKIT_API_KEY /
// LIVEKIT_API_SECRET from secretKeyRefs (both programs read these when their config has no
// api_key/api_secret). Generated keys already sit in the keys Secret as single values; a user's
// Secret holds a key file, so the service-keys component copies its first pair into a Secret of
// the pool's own (never into a config or a ConfigMap).
import { objectName } from "../k8s/names.js";
import type { EnvVar } from "../k8s/types.js";
import { poolNames } from "./pool-names.js";
import type { Pool } from "./pool.js";

/** Data keys of a Secret holding one pair as single values. */
export const API_KEY_FIELD = "api-key";
export const API_SECRET_FIELD = "api-secret";

export interface ServiceKeys {
  /** The Secret the env vars read: the generated keys Secret, or the pool's copy of the user's pair. */
  secretName: string;
  /** The pair is copied from a user's key file. */
  copy: boolean;
}

export function serviceKeys(pool: Pool): ServiceKeys {
  const keys = poolNames(pool).keysSecret;
  return keys.generated
    ? { secretName: keys.name, copy: false }
    : { secretName: objectName(pool.baseName, "livekit-service-keys"), copy: true };
}

export function serviceKeysEnv(keys: ServiceKeys): EnvVar[] {
  return [
    { name: "LIVEKIT_API_KEY", valueFrom: { secretKeyRef: { name: keys.secretName, key: API_KEY_FIELD } } },
    { name: "LIVEKIT_API_SECRET", valueFrom: { secretKeyRef: { name: keys.secretName, key: API_SECRET_FIELD } } },
  ];
}
