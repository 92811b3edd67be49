// Stage 5, report: XR status, conditions that say what the pool waits for, and how soon Crossplane
// should call again. Each component reports its own part; nothing here may carry a secret value.
import type { PoolStatus } from "../api/spec.js";
import { reportNetworking } from "../components/networking/report.js";
import { reportServer } from "../components/server/report.js";
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
  allReady: boolean;
}

export function report(views: Views, facts: Facts, objects: DesiredObject[]): Report {
  const deploymentReady = objects.some((o) => o.name === RESOURCE.serverDeployment && o.ready);
  const parts = [reportServer(views.server, facts.server, deploymentReady)];
  if (views.networking && facts.networking) parts.push(reportNetworking(views.networking, facts.networking));
  const allReady = objects.every((o) => o.ready);
  return {
    status: Object.assign({}, ...parts.map((p) => p.status)) as PoolStatus,
    conditions: parts.flatMap((p) => p.conditions),
    ttlSeconds: allReady ? TTL_READY_SECONDS : TTL_CONVERGING_SECONDS,
    allReady,
  };
}
