// LiveKit webhooks (spec.server.webhook): LiveKit posts room and participant events to the given
// URLs, signed with one of its API keys. LiveKit refuses to start when webhook.api_key names no key
// of its key file ("api_key is required to use webhooks"), so the function writes the webhook
// config only with a key the key file holds: the pool's generated key, or for a user's own keys
// Secret the key spec.server.webhook.apiKey names (default: the file's first).
import type { ServerView } from "./view.js";
import type { ApiKeyPair } from "../../model/shared-values.js";
import type { KeysFacts } from "./keys.js";

export type WebhookSigner =
  | { state: "off" }
  | { state: "signing"; apiKey: string }
  /** No usable key yet: the keys themselves are not usable (ApiKeysReady says why), or the named
   * key is not in the user's file (`problem`). */
  | { state: "waiting"; problem?: string };

/** `pair`: the keys LiveKit gets on this call (generated: minted or read back; user: their first). */
export function webhookSigner(view: ServerView, keys: KeysFacts, pair: ApiKeyPair | undefined): WebhookSigner {
  if (!view.webhook) return { state: "off" };
  if (keys.state !== "user") return pair ? { state: "signing", apiKey: pair.apiKey } : { state: "waiting" };
  if (keys.problem) return { state: "waiting" };
  const apiKey = view.webhook.apiKey ?? keys.pair.apiKey;
  if (!keys.keyIds.includes(apiKey)) {
    return {
      state: "waiting",
      problem: `Secret ${view.apiKeys.secretName} holds no key ${apiKey} (spec.server.webhook.apiKey): webhooks are off until it does`,
    };
  }
  return { state: "signing", apiKey };
}

/** The livekit.yaml keys for the webhooks, when a key can sign them. */
export function webhookConfig(view: ServerView, signer: WebhookSigner): Record<string, unknown> | undefined {
  return view.webhook && signer.state === "signing" ? { webhook: { api_key: signer.apiKey, urls: view.webhook.urls } } : undefined;
}
