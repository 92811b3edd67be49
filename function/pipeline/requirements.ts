// Resources the function asks Crossplane to fetch (required resources), derived from the views
// alone so every call of one reconcile asks for the same set, as Crossplane requires.
import type { ResourceSelector } from "@crossplane-org/function-sdk-typescript";
import type { Views } from "./views.js";

/** Key under which the platform's TURN auth Secret comes back in required_resources. */
export const PLATFORM_TURN_AUTH = "platform-turn-auth";

/** Key for the user's own API keys Secret (spec.server.apiKeys), read for connection details. */
export const USER_API_KEYS = "user-api-keys";

export function requiredResources(views: Views): Record<string, ResourceSelector> {
  const out: Record<string, ResourceSelector> = {};
  const turn = views.networking?.turn.platformAuthSecret;
  if (turn) out[PLATFORM_TURN_AUTH] = { apiVersion: "v1", kind: "Secret", matchName: turn.name, namespace: turn.namespace };
  const keys = views.server.apiKeys;
  if (keys.source === "user") out[USER_API_KEYS] = { apiVersion: "v1", kind: "Secret", matchName: keys.secretName, namespace: views.server.namespace };
  return out;
}
