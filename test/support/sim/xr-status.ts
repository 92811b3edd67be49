// What Crossplane writes on the XR (and its claim) after a reconcile: the function's desired
// status, Synced (the reconcile's outcome), Ready (the function's verdict on the XR, else every
// composed resource ready), and the function's conditions, to the claim too when targeted there.
import { Ready, Status, Target, type RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import type { Obj } from "./kube.js";

const conditionStatus = (s: Status) =>
  s === Status.STATUS_CONDITION_TRUE ? "True" : s === Status.STATUS_CONDITION_FALSE ? "False" : "Unknown";

/** Sets conditions by type; a condition the function stops returning stays as it was. */
function setConditions(target: Obj, conditions: Obj[]): void {
  const byType = new Map<string, Obj>((target.status.conditions ?? []).map((c: Obj) => [c.type, c]));
  for (const c of conditions) byType.set(c.type, { lastTransitionTime: "2024-01-01T00:00:00Z", ...c });
  target.status.conditions = [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** Updates `xr` and `claim` in place; returns whether the XR is Ready. `composedReady`: the
 * readiness the function gave each composed resource it applied. */
export function writeXrStatus(
  xr: Obj,
  claim: Obj | undefined,
  outcome: { response?: RunFunctionResponse; error?: string; composedReady: Map<string, boolean> },
): boolean {
  const { response, error, composedReady } = outcome;
  const synced =
    error === undefined
      ? { type: "Synced", status: "True", reason: "ReconcileSuccess" }
      : { type: "Synced", status: "False", reason: "ReconcileError", message: error };
  const conditions: Obj[] = [synced];
  const claimConditions: Obj[] = [synced];
  let ready: boolean;
  if (error === undefined && response) {
    const desiredStatus = structuredClone(response.desired?.composite?.resource?.status ?? {});
    delete desiredStatus.conditions;
    xr.status = { ...desiredStatus, conditions: xr.status.conditions ?? [] };
    const unready = [...composedReady]
      .filter(([, r]) => !r)
      .map(([n]) => n)
      .sort();
    const compositeReady = response.desired?.composite?.ready;
    ready = compositeReady === Ready.READY_TRUE || (compositeReady !== Ready.READY_FALSE && unready.length === 0);
    const readyCondition = ready
      ? { type: "Ready", status: "True", reason: "Available" }
      : { type: "Ready", status: "False", reason: "Creating", message: unready.length ? `Unready resources: ${unready.join(", ")}` : "" };
    conditions.push(readyCondition);
    claimConditions.push(readyCondition);
    for (const c of response.conditions) {
      const cond = { type: c.type, status: conditionStatus(c.status), reason: c.reason, ...(c.message ? { message: c.message } : {}) };
      conditions.push(cond);
      if (c.target === Target.TARGET_COMPOSITE_AND_CLAIM) claimConditions.push(cond);
    }
  } else {
    // A failed reconcile changes nothing but Synced.
    ready = (xr.status.conditions ?? []).some((c: Obj) => c.type === "Ready" && c.status === "True");
  }
  setConditions(xr, conditions);
  if (claim) {
    const { conditions: _c, ...fields } = xr.status;
    claim.status = { ...fields, conditions: claim.status.conditions ?? [] };
    setConditions(claim, claimConditions);
  }
  return ready;
}
