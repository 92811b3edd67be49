// LiveKit API keys. Generated keys are minted once and then read back from the observed Secret on
// every call, so they never change under a running pool. User keys (spec.server.apiKeys) are
// mounted from the user's Secret and never read or copied.
import { parse as parseYaml } from "yaml";
import { rawSecretData, secretData } from "../../k8s/observed.js";
import { API_KEY_FIELD, API_SECRET_FIELD } from "../../model/service-keys.js";
import type { ApiKeyPair } from "../../model/shared-values.js";
import type { Secret } from "../../k8s/types.js";
import type { Minter } from "../../secrets/mint.js";
import type { ServerView } from "./view.js";
import { objectMeta, opaqueSecret } from "../../k8s/metadata.js";
import type { PoolEvent } from "../../model/outcome.js";

const MIN_SECRET_LENGTH = 32;

/** What the observed keys Secret tells: nothing yet, a usable pair, or data we cannot read (kept
 * byte for byte, never replaced, so a hand-edited Secret is not silently regenerated). */
export type ObservedKeys =
  | { state: "absent" }
  /** `data`: the Secret's data as observed, kept as it is (extra key pairs, keys of other versions). */
  | { state: "present"; keys: ApiKeyPair; data: Record<string, string> }
  | { state: "unreadable"; data: Record<string, string>; problem: string };

export function readObservedKeys(secret: unknown, keyFileField: string): ObservedKeys {
  if (secret === undefined) return { state: "absent" };
  const raw = (secret as { data?: unknown }).data;
  const data = raw && typeof raw === "object" ? (raw as Record<string, string>) : {};
  const apiKey = secretData(secret, API_KEY_FIELD);
  const apiSecret = secretData(secret, API_SECRET_FIELD);
  const keyFile = secretData(secret, keyFileField);
  if (!apiKey || !apiSecret || keyFile === undefined) {
    return { state: "unreadable", data, problem: `missing ${API_KEY_FIELD}, ${API_SECRET_FIELD} or ${keyFileField}` };
  }
  if (apiSecret.length < MIN_SECRET_LENGTH) {
    return { state: "unreadable", data, problem: `${API_SECRET_FIELD} is shorter than ${MIN_SECRET_LENGTH} characters` };
  }
  // The file this function writes is one line; anything else (hand-edited) is parsed as YAML.
  if (keyFile !== keyFileLine({ apiKey, apiSecret }) && parseKeyFile(keyFile)?.[apiKey] !== apiSecret) {
    return { state: "unreadable", data, problem: `${keyFileField} does not hold the ${API_KEY_FIELD} pair` };
  }
  return { state: "present", keys: { apiKey, apiSecret }, data: rawSecretData(secret) };
}

export function mintKeys(view: ServerView, mint: Minter): ApiKeyPair {
  return {
    apiKey: `API${mint(view.identity, "livekit-api-key", 12)}`,
    apiSecret: mint(view.identity, "livekit-api-secret", 48),
  };
}

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export function keysSecret(view: ServerView, data: Record<string, string>): Secret {
  return opaqueSecret(objectMeta(view, "server", view.names.keysSecret), data);
}

export function keysSecretData(view: ServerView, keys: ApiKeyPair): Record<string, string> {
  return {
    [view.apiKeys.key]: b64(keyFileLine(keys)),
    [API_KEY_FIELD]: b64(keys.apiKey),
    [API_SECRET_FIELD]: b64(keys.apiSecret),
  };
}

/** LiveKit's key file for one generated pair. Both parts are base62, so the line is plain YAML. */
function keyFileLine(keys: ApiKeyPair): string {
  return `${keys.apiKey}: ${keys.apiSecret}\n`;
}

/** A LiveKit key file (`apiKey: apiSecret` lines) as a map, or undefined when it is not one. */
function parseKeyFile(keyFile: string | undefined): Record<string, unknown> | undefined {
  if (keyFile === undefined) return undefined;
  try {
    const parsed: unknown = parseYaml(keyFile);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The key pairs of a LiveKit key file, in its order. */
export function keyFilePairs(keyFile: string | undefined): ApiKeyPair[] {
  return Object.entries(parseKeyFile(keyFile) ?? {}).flatMap(([apiKey, apiSecret]) =>
    typeof apiSecret === "string" ? [{ apiKey, apiSecret }] : [],
  );
}

/** What the keys facts say about the keys, once per call: the pair clients use (for connection
 * details) and, for generated keys, the Secret data to compose. */
export interface ResolvedKeys {
  pair?: ApiKeyPair;
  secretData?: Record<string, string>;
  events: PoolEvent[];
}

/** The user's own keys: their Secret's first pair, or why it cannot be used (never secret: names). */
export type UserKeys =
  /** `keyIds`: every key of their file (a webhook may be signed by any of them). */
  | { state: "user"; pair: ApiKeyPair; keyIds: string[]; problem?: undefined }
  | { state: "user"; pair?: undefined; problem: { reason: string; message: string } };

export type KeysFacts = ObservedKeys | UserKeys;

export function resolveApiKeys(view: ServerView, keys: KeysFacts, mint: Minter): ResolvedKeys {
  switch (keys.state) {
    case "user":
      return { ...(keys.pair ? { pair: keys.pair } : {}), events: [] };
    case "present":
      // As observed, byte for byte: extra key pairs or keys of other versions are kept.
      return { pair: keys.keys, secretData: keys.data, events: [] };
    case "unreadable":
      // Kept byte for byte: a damaged Secret is reported, never replaced.
      return {
        secretData: keys.data,
        events: [
          {
            severity: "warning",
            reason: "ApiKeysUnreadable",
            message: `Secret ${view.names.keysSecret}: ${keys.problem}; left unchanged. Restore it, or delete it to generate new keys.`,
          },
        ],
      };
    default: {
      const pair = mintKeys(view, mint);
      return {
        pair,
        secretData: keysSecretData(view, pair),
        events: [{ severity: "normal", reason: "ApiKeysGenerated", message: `Generated API keys into Secret ${view.names.keysSecret}.` }],
      };
    }
  }
}
