// What the redis component tells the user: the backend LiveKit uses, its endpoint (never a
// credential), the migration phase, and a RedisReady condition saying what it waits for.
import type { PoolCondition, ReportPart } from "../../model/outcome.js";
import type { RedisFacts } from "./discover.js";
import type { RedisView } from "./view.js";

export const backendName = (mode: string) => (mode === "none" ? "no Redis" : `the ${mode} backend`);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function redisCondition(view: RedisView, facts: RedisFacts): PoolCondition {
  const { plan, target } = facts;
  const mode = view.target.mode;
  const type = "RedisReady";
  switch (plan.phase) {
    case "Provisioning":
      return {
        type,
        status: false,
        reason: "Provisioning",
        message:
          `Provisioning ${backendName(mode)}: waiting for ${target.waitingFor}. ` +
          (plan.active === undefined
            ? "The server starts once it is ready."
            : plan.active === "none"
              ? "LiveKit runs without Redis until it is ready."
              : `LiveKit keeps using ${backendName(plan.active)} until it is ready.`),
      };
    case "RollingOut":
      return {
        type,
        status: false,
        reason: "RollingOut",
        message: `LiveKit is moving to ${backendName(mode)}; ${plan.keep.join(", ")} stays until every server pod has moved.`,
      };
    default:
      if (mode === "none") return { type, status: true, reason: "NotRequired", message: "LiveKit runs as a single node without Redis." };
      if (!target.ready)
        return {
          type,
          status: false,
          reason: "Unavailable",
          message: `${capitalized(backendName(mode))} is not ready: waiting for ${target.waitingFor}.`,
        };
      return {
        type,
        status: true,
        reason: "Available",
        message: `LiveKit uses ${backendName(mode)} at ${facts.connection?.config.address}.`,
      };
  }
}

export function reportRedis(view: RedisView, facts: RedisFacts): ReportPart {
  const { plan, connection } = facts;
  return {
    // Each step of a migration waits on the cluster: keep being called often until it is done.
    converging: plan.phase !== "Stable" || !facts.target.ready,
    status: {
      redis: {
        mode: view.target.mode,
        ...(plan.active !== undefined ? { active: plan.active } : {}),
        ...(connection ? { endpoint: connection.config.address, tls: connection.config.tls?.enabled === true } : {}),
        phase: plan.phase,
        ...(plan.keep.length > 0 ? { retiring: plan.keep } : {}),
      },
    },
    conditions: [redisCondition(view, facts)],
  };
}
