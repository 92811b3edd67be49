// Stage 5, report: XR status, conditions that say what the pool waits for, and how soon Crossplane
// should call again. Each component reports its own part; nothing here may carry a secret value.
import type { PoolStatus } from "../api/spec.js";
import type { PoolCondition } from "../model/outcome.js";
import type { Discovered } from "./discover.js";

export const TTL_CONVERGING_SECONDS = 15;
export const TTL_READY_SECONDS = 300;

export interface Report {
  status: PoolStatus;
  conditions: PoolCondition[];
  ttlSeconds: number;
  /** The XR's Ready: every composed object ready, every condition True, nothing under way. */
  allReady: boolean;
  /** Every composed object is ready (what Crossplane would derive Ready from on its own). */
  composedReady: boolean;
}

/** Conditions of features a spec switches on and off, and what switches each off. */
const FEATURE_CONDITIONS: Record<string, string> = {
  IngressAvailable: "spec.ingress.enabled is false",
  EgressAvailable: "spec.egress.enabled is false",
  SignalingReady: "spec.networking is not set",
  TurnReady: "spec.networking is not set",
  CertificateReady: "spec.networking is not set",
};

/** Crossplane never removes a condition a function stops returning: one the XR still carries for
 * a feature now off is reported as Disabled (not counted in Ready), so it cannot go on saying the
 * feature is available. A pool that never had the feature gets none. */
function switchedOff(observedConditionTypes: readonly string[], reported: PoolCondition[]): PoolCondition[] {
  const now = new Set(reported.map((c) => c.type));
  return observedConditionTypes
    .filter((t) => FEATURE_CONDITIONS[t] !== undefined && !now.has(t))
    .map((type) => ({ type, status: false, reason: "Disabled", message: `Off: ${FEATURE_CONDITIONS[type]}.` }));
}

/** `ready`: the readiness pass's verdict on every composed object, by composition resource name.
 * `observedConditionTypes`: the types of the conditions the observed XR carries. */
export function report(
  components: readonly Discovered[],
  ready: ReadonlyMap<string, boolean>,
  observedConditionTypes: readonly string[] = [],
): Report {
  const ctx = { ready: (name: string) => ready.get(name) ?? false };
  // The server's conditions lead (readers look there first); the others follow the list.
  const ordered = [...components.filter((c) => c.component.leadsReport), ...components.filter((c) => !c.component.leadsReport)];
  const parts = ordered.map(({ component, view, facts }) => component.report(view, facts, ctx));
  const conditions = parts.flatMap((p) => p.conditions);
  const composedReady = [...ready.values()].every(Boolean);
  // Ready means the pool serves what it asked for: every composed object ready is not enough (the
  // Deployment may not be composed yet, TURN may lack its address), so every condition counts too.
  const allReady = composedReady && parts.every((p) => !p.converging) && conditions.every((c) => c.status);
  return {
    status: Object.assign({}, ...parts.map((p) => p.status)) as PoolStatus,
    conditions: [...conditions, ...switchedOff(observedConditionTypes, conditions)],
    ttlSeconds: allReady ? TTL_READY_SECONDS : TTL_CONVERGING_SECONDS,
    allReady,
    composedReady,
  };
}
