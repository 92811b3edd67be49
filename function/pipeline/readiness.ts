// The one readiness pass: every desired object is judged by its kind's rule (k8s/readiness.ts)
// against what is observed under its composition resource name, unless its component knows it
// cannot be ready (a credential Secret that exists but cannot be read).
import { isReady } from "../k8s/readiness.js";
import type { Observed } from "../model/cluster.js";
import type { DesiredObject } from "../model/outcome.js";

/** Readiness of each desired object, by composition resource name. */
export function judgeReadiness(objects: readonly DesiredObject[], observed: Observed): Map<string, boolean> {
  const all = objects.map((o) => o.object);
  return new Map(objects.map((o) => [o.name, !o.knownUnready && isReady(observed[o.name], { desired: o.object, all })]));
}
