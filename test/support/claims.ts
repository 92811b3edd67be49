// What Crossplane does with a claim: a cluster-scoped XR named after it, with a claimRef.
import { createHash } from "node:crypto";

type Obj = Record<string, any>;

export function xrForClaim(claim: Obj): Obj {
  const name = claim.metadata.name as string;
  const namespace = claim.metadata.namespace as string;
  const suffix = createHash("sha256")
    .update(`${namespace}/${name}`)
    .digest("hex")
    .replace(/[^a-z]/g, "")
    .slice(0, 5);
  return {
    apiVersion: claim.apiVersion,
    kind: "XLiveKitPool",
    metadata: {
      name: `${name}-${suffix}`,
      labels: { "crossplane.io/claim-name": name, "crossplane.io/claim-namespace": namespace },
    },
    spec: { ...claim.spec, claimRef: { apiVersion: claim.apiVersion, kind: claim.kind, name, namespace } },
  };
}
