// The pool as every stage after parse sees it: the XR's identity, where its objects go, and its
// spec and the platform's defaults, validated and defaulted.
import type { PoolDefaults } from "../api/input.js";
import type { PoolSpec } from "../api/spec.js";

/** Namespaced XR (Crossplane v2) or cluster-scoped legacy XR (possibly behind a claim). */
export type Scope = "namespaced" | "cluster";

export interface Pool {
  scope: Scope;
  xrName: string;
  claim?: { name: string; namespace: string };
  /** Namespace of every namespaced object the pool composes. */
  namespace: string;
  /** Stem of the names of namespaced objects: the claim's name for a claim's pool (what its app
   * team knows and sees in its namespace), else the XR's. Cluster-scoped objects and cloud
   * resources use the XR's name, which is unique cluster-wide. */
  baseName: string;
  /** Stable identity for credential minting: the XR's UID where Crossplane gives it. */
  identity: string;
  spec: PoolSpec;
  defaults: PoolDefaults;
}
