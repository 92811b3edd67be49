// The Redis LiveKit nodes share: the target backend's objects from the spec, the objects of
// backends LiveKit may still use exactly as observed, and LiveKit's share of the server pod (its
// connection and the record of it, or a hold on a new pool's pods until the target is ready).
// Ingress and Egress get the same connection.
import { component } from "../../model/component.js";
import { desiredObject, type DesiredObject, type PoolEvent } from "../../model/outcome.js";
import type { Minter } from "../../secrets/mint.js";
import { materializeElasticache } from "./backends/elasticache.js";
import { materializeEmbedded } from "./backends/embedded.js";
import { materializeMemorystore } from "./backends/memorystore.js";
import { carryForward } from "./carry-forward.js";
import { redisClient } from "./client.js";
import { podContribution } from "./connection.js";
import { discoverRedis, type RedisFacts, type TargetFacts } from "./discover.js";
import { backendName, reportRedis } from "./report.js";
import { redisSpecErrors } from "./validate.js";
import { redisView, type RedisView } from "./view.js";

function targetObjects(view: RedisView, facts: TargetFacts, mint: Minter, events: PoolEvent[]): DesiredObject[] {
  const t = view.target;
  if (t.mode === "embedded" && facts.mode === "embedded") return materializeEmbedded(view, t, facts, mint, events);
  if (t.mode === "memorystore" && facts.mode === "memorystore") return materializeMemorystore(view, t, facts);
  if (t.mode === "elasticache" && facts.mode === "elasticache") return materializeElasticache(view, t, facts, mint, events);
  return []; // none and external compose nothing
}

export const redis = component<RedisView, RedisFacts>({
  name: "redis",
  validate: redisSpecErrors,
  view: redisView,
  discover: (view, cluster) => discoverRedis(view, cluster.observed, cluster.connectionKeys),
  compose: (view, facts, _shared, mint) => {
    const events: PoolEvent[] = [];
    const { plan, record, target } = facts;
    const objects = [
      ...targetObjects(view, target, mint, events),
      ...facts.kept.map((k) => desiredObject(k.name, carryForward(k.observed))),
    ];
    if (record.state === "unreadable") {
      events.push({
        severity: "warning",
        reason: "RedisRecordUnreadable",
        message: `Config Secret: ${record.problem}; LiveKit is pointed at the ${target.mode} backend once it is ready.`,
      });
    }
    if (plan.leaving) {
      events.push({
        severity: "normal",
        reason: "RedisBackendSwitched",
        message: `LiveKit moves from ${backendName(plan.leaving)} to ${backendName(view.target.mode)}; the server pods roll, and the old backend stays until all of them have moved.`,
      });
    }
    const pod = podContribution(plan.active ?? "none", facts.connection);
    // Ingress and Egress use the Redis the server is configured with after this call.
    const client = plan.active && plan.active !== "none" && facts.connection ? redisClient(facts.connection) : undefined;
    return {
      objects,
      events,
      gives: {
        pod:
          plan.source === "waiting" ? { ...pod, waitFor: `the ${view.target.mode} Redis backend: waiting for ${target.waitingFor}` } : pod,
        ...(client ? { redis: client } : {}),
      },
    };
  },
  report: (view, facts) => reportRedis(view, facts),
});
