// What the cluster tells the function on a call: the composed objects as observed, the resources
// Crossplane fetched on request, which connection details managed resources published, and the XR.
/** Observed composed objects by composition resource name. */
export type Observed = Readonly<Record<string, unknown>>;

/** Required resources Crossplane fetched for us, by requirement key (first match only): null when
 * Crossplane found none, absent when it has not looked yet. */
export type Required = Readonly<Record<string, unknown>>;

/** Keys of the observed connection details of composed resources (managed resources write them),
 * by composition resource name. Only which keys hold a value: the values are never read. */
export type ConnectionKeys = Readonly<Record<string, ReadonlySet<string>>>;

export interface ClusterState {
  observed: Observed;
  required: Required;
  connectionKeys: ConnectionKeys;
  /** The observed XR, whose status keeps what the pool has learned. */
  composite: unknown;
}
