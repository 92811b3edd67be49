// Resources the function asks Crossplane to fetch (required resources), derived from the views
// alone so every call of one reconcile asks for the same set, as Crossplane requires.
import type { ResourceSelector } from "@crossplane-org/function-sdk-typescript";
import type { Views } from "./views.js";

/** Key under which the platform's TURN auth Secret comes back in required_resources. */
export const PLATFORM_TURN_AUTH = "platform-turn-auth";

export function requiredResources(views: Views): Record<string, ResourceSelector> {
  const ref = views.networking?.turn.platformAuthSecret;
  if (!ref) return {};
  return { [PLATFORM_TURN_AUTH]: { apiVersion: "v1", kind: "Secret", matchName: ref.name, namespace: ref.namespace } };
}
