// A backend LiveKit may still use, but whose spec is gone (or changed), is kept exactly as it is
// in the cluster: its observed object becomes its desired object. Applying it changes nothing, so
// neither a spec removed from the XR nor new platform defaults can touch a backend in use.
type Obj = Record<string, unknown>;

/** The observed object without what the API server and controllers own (status, uid, ...).
 * Crossplane adds its own labels and annotations to every composed object again. */
export function carryForward(observed: unknown): Obj {
  const { metadata, status: _status, ...content } = observed as Obj;
  const meta = (metadata ?? {}) as Obj;
  return {
    ...content,
    metadata: {
      name: meta.name,
      ...(meta.namespace ? { namespace: meta.namespace } : {}),
      ...(meta.labels ? { labels: meta.labels } : {}),
    },
  };
}
