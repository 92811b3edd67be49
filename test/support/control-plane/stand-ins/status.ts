// What every stand-in shares: write a status only when it differs from what the object has (a
// controller that rewrote an unchanged status would move resourceVersion on every pass, which the
// suite's no-fight check would then blame on Crossplane), ignoring transition times.
import type { Kube, Obj } from "../client.js";

const STABLE_TIME = "lastTransitionTime";

function withoutTimes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutTimes);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v as Obj)
        .filter(([k]) => k !== STABLE_TIME)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, withoutTimes(x)]),
    );
  }
  return v;
}

export function sameStatus(current: unknown, desired: unknown): boolean {
  return JSON.stringify(withoutTimes(current ?? {})) === JSON.stringify(withoutTimes(desired));
}

export function condition(type: string, reason: string, generation: number | undefined, message = ""): Obj {
  return {
    type,
    status: "True",
    reason,
    message,
    observedGeneration: generation ?? 0,
    lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
}

/** Writes `status` to a custom resource unless it already holds it. */
export async function settleStatus(kube: Kube, obj: Obj, plural: string, status: Obj): Promise<void> {
  if (!sameStatus(obj.status, status)) await kube.writeCustomStatus(obj, plural, status);
}

/** A stand-in for a controller: one pass over the objects it owns. */
export interface StandIn {
  name: string;
  reconcile(kube: Kube): Promise<void>;
}
