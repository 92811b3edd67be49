// The metadata every object a pool composes carries, and the Opaque Secret shape: one place for
// the name, the pool's namespace (none for cluster-scoped kinds) and the pool's labels.
import { objectLabels } from "./labels.js";
import type { Secret } from "./types.js";

/** Where a pool's objects go and how they are labelled. */
export interface PoolPlacement {
  namespace: string;
  poolLabel: string;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  annotations?: Record<string, string>;
}

export function objectMeta(
  pool: PoolPlacement,
  component: string,
  name: string,
  opts: { clusterScoped?: boolean; annotations?: Record<string, string> } = {},
): ObjectMeta {
  return {
    name,
    ...(opts.clusterScoped ? {} : { namespace: pool.namespace }),
    labels: objectLabels(pool.poolLabel, component),
    ...(opts.annotations && Object.keys(opts.annotations).length > 0 ? { annotations: opts.annotations } : {}),
  };
}

/** An Opaque Secret with base64 `data`. */
export function opaqueSecret(metadata: ObjectMeta, data: Record<string, string>): Secret {
  return { apiVersion: "v1", kind: "Secret", metadata, type: "Opaque", data };
}
