// Stage 5, report: XR status, conditions that say what the pool waits for, and how soon Crossplane
// should call again. Each component reports its own part; nothing here may carry a secret value.
import type { PoolStatus } from "../api/spec.js";
import { reportNetworking } from "../components/networking/report.js";
import { reportRedis } from "../components/redis/report.js";
import { reportServer } from "../components/server/report.js";
import { ingressBaseUrls } from "../components/ingress/workload.js";
import { workloadCondition } from "../components/scaling/report.js";
import type { Facts } from "./discover.js";
import type { DesiredObject, PoolCondition } from "./outcome.js";
import { RESOURCE } from "./resource-names.js";
import type { Views } from "./views.js";

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

/** A component's part of the report. `converging`: it still has work under way even though
 * every object it composes may be ready (e.g. a Redis migration between two ready backends). */
export interface ReportPart {
  status: PoolStatus;
  conditions: PoolCondition[];
  converging?: boolean;
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

/** `observedConditionTypes`: the types of the conditions the observed XR carries. */
export function report(views: Views, facts: Facts, objects: DesiredObject[], observedConditionTypes: readonly string[] = []): Report {
  const deploymentReady = objects.some((o) => o.name === RESOURCE.serverDeployment && o.ready);
  const parts: ReportPart[] = [reportServer(views.server, facts.server, deploymentReady), reportRedis(views.redis, facts.redis)];
  if (views.networking && facts.networking) parts.push(reportNetworking(views.networking, facts.networking));
  if (views.ingress && facts.ingress) {
    const i = views.ingress;
    const urls = ingressBaseUrls(i);
    parts.push({
      status: { ingress: { ...(urls.rtmp_base_url ? { rtmpUrl: urls.rtmp_base_url } : {}), ...(urls.whip_base_url ? { whipUrl: urls.whip_base_url } : {}) } },
      conditions: [workloadCondition("IngressAvailable", i.names.deployment, facts.ingress.rollout)],
    });
  }
  if (views.egress && facts.egress) {
    const e = views.egress;
    parts.push({ status: {}, conditions: [workloadCondition("EgressAvailable", e.names.deployment, facts.egress.rollout)] });
  }
  const conditions = parts.flatMap((p) => p.conditions);
  // Ready means the pool serves what it asked for: every composed object ready is not enough (the
  // Deployment may not be composed yet, TURN may lack its address), so every condition counts too.
  const composedReady = objects.every((o) => o.ready);
  const allReady = composedReady && parts.every((p) => !p.converging) && conditions.every((c) => c.status);
  return {
    status: Object.assign({}, ...parts.map((p) => p.status)) as PoolStatus,
    conditions: [...conditions, ...switchedOff(observedConditionTypes, conditions)],
    ttlSeconds: allReady ? TTL_READY_SECONDS : TTL_CONVERGING_SECONDS,
    allReady,
    composedReady,
  };
}
