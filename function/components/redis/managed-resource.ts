// The fields every cloud managed resource carries, in the shape its scope takes
// (shared/reference/upstream-apis.md section 7, crossplane.md 3.4): a namespaced pool composes
// `.m.` MRs, which name their ProviderConfig's kind, say with managementPolicies whether Crossplane
// may delete the cloud resource, and write their connection Secret by name into their own
// namespace; a legacy pool composes cluster-scoped MRs, which use deletionPolicy and secret refs
// that carry a namespace.
import { objectMeta, type ObjectMeta } from "../../k8s/metadata.js";
import type { RedisView } from "./view.js";

export const COMPONENT = "redis";

// Everything but Delete: removing the MR leaves the cloud resource in place.
const RETAIN_POLICIES = ["Observe", "Create", "Update", "LateInitialize"] as const;

export function mrMetadata(view: RedisView, name: string): ObjectMeta {
  return objectMeta(view, COMPONENT, name, { clusterScoped: view.scope !== "namespaced" });
}

/** A namespaced MR's providerConfigRef, deletion behaviour and connection Secret. */
export function namespacedMrSpec(view: RedisView, ref: { name: string; kind: string }, connectionSecret?: string) {
  return {
    providerConfigRef: { kind: ref.kind, name: ref.name },
    managementPolicies: view.deletionPolicy === "Retain" ? [...RETAIN_POLICIES] : ["*" as const],
    ...(connectionSecret ? { writeConnectionSecretToRef: { name: connectionSecret } } : {}),
  };
}

/** A legacy (cluster-scoped) MR's providerConfigRef, deletion policy and connection Secret. */
export function legacyMrSpec(view: RedisView, ref: { name: string }, connectionSecret?: string) {
  return {
    providerConfigRef: { name: ref.name },
    deletionPolicy: view.deletionPolicy === "Retain" ? ("Orphan" as const) : ("Delete" as const),
    ...(connectionSecret ? { writeConnectionSecretToRef: { name: connectionSecret, namespace: view.namespace } } : {}),
  };
}
