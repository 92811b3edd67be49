// The fields every cloud managed resource carries, in the shape its scope takes
// (shared/reference/upstream-apis.md section 7, crossplane.md 3.4): a namespaced pool composes
// `.m.` MRs, which name their ProviderConfig's kind, say with managementPolicies whether Crossplane
// may delete the cloud resource, and write their connection Secret by name into their own
// namespace; a legacy pool composes cluster-scoped MRs, which use deletionPolicy and secret refs
// that carry a namespace.
import { objectLabels } from "../../k8s/labels.js";
import type { RedisView } from "./view.js";

export const COMPONENT = "redis";

// Everything but Delete: removing the MR leaves the cloud resource in place.
const RETAIN_POLICIES = ["Observe", "Create", "Update", "LateInitialize"];

export function mrApiVersion(view: RedisView, versions: { namespaced: string; cluster: string }): string {
  return view.scope === "namespaced" ? versions.namespaced : versions.cluster;
}

export function mrMetadata(view: RedisView, name: string): Record<string, unknown> {
  return {
    name,
    ...(view.scope === "namespaced" ? { namespace: view.namespace } : {}),
    labels: objectLabels(view.poolLabel, COMPONENT),
  };
}

/** providerConfigRef, the deletion behaviour, and (optionally) where the connection Secret goes. */
export function mrCommonSpec(view: RedisView, ref: { name: string; kind: string }, connectionSecret?: string): Record<string, unknown> {
  const retain = view.deletionPolicy === "Retain";
  if (view.scope === "namespaced") {
    return {
      providerConfigRef: { kind: ref.kind, name: ref.name },
      managementPolicies: retain ? RETAIN_POLICIES : ["*"],
      ...(connectionSecret ? { writeConnectionSecretToRef: { name: connectionSecret } } : {}),
    };
  }
  return {
    providerConfigRef: { name: ref.name },
    deletionPolicy: retain ? "Orphan" : "Delete",
    ...(connectionSecret ? { writeConnectionSecretToRef: { name: connectionSecret, namespace: view.namespace } } : {}),
  };
}

/** A reference from an MR to a key of a Secret in the pool's namespace. */
export function mrSecretKeyRef(view: RedisView, name: string, key: string): Record<string, string> {
  return view.scope === "namespaced" ? { name, key } : { name, namespace: view.namespace, key };
}
