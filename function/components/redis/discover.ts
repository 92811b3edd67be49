// Facts about Redis: the target backend's state, what LiveKit is configured with (the record on
// the observed config Secret), the migration plan derived from them, and the observed objects of
// the backends the plan keeps.
import { REDIS_MODES, type RedisMode } from "../../api/schema/redis.js";
import type { ConnectionKeys, Observed } from "../../model/cluster.js";
import { RESOURCE } from "../../model/resource-names.js";
import { readRecord, type ObservedRecord, type RedisConnection } from "./connection.js";
import { ELASTICACHE_RESOURCES, observeElasticache, type ElasticacheFacts } from "./backends/elasticache.js";
import { EMBEDDED_RESOURCES, observeEmbedded, type EmbeddedFacts } from "./backends/embedded.js";
import { observeExternal, type ExternalFacts } from "./backends/external.js";
import { MEMORYSTORE_RESOURCES, observeMemorystore, type MemorystoreFacts } from "./backends/memorystore.js";
import { planMigration, podsRunObservedConfig, type MigrationPlan } from "./migration.js";
import type { RedisView } from "./view.js";

export type TargetFacts =
  | { mode: "none"; ready: true; waitingFor?: undefined; connection?: undefined }
  | EmbeddedFacts
  | ExternalFacts
  | MemorystoreFacts
  | ElasticacheFacts;

/** The composition resource names of each backend's objects. */
const BACKEND_RESOURCES: Record<RedisMode, readonly string[]> = {
  none: [],
  external: [],
  embedded: EMBEDDED_RESOURCES,
  memorystore: MEMORYSTORE_RESOURCES,
  elasticache: ELASTICACHE_RESOURCES,
};

export interface KeptObject {
  name: string;
  observed: unknown;
}

export interface RedisFacts {
  target: TargetFacts;
  record: ObservedRecord;
  plan: MigrationPlan;
  /** LiveKit's connection after this call; undefined: no Redis. */
  connection?: RedisConnection;
  /** Observed objects of the backends the plan keeps. */
  kept: KeptObject[];
}

function observeTarget(view: RedisView, observed: Observed, connectionKeys: ConnectionKeys): TargetFacts {
  const t = view.target;
  switch (t.mode) {
    case "none":
      return { mode: "none", ready: true };
    case "embedded":
      return observeEmbedded(view, observed);
    case "external":
      return observeExternal(t);
    case "memorystore":
      return observeMemorystore(view, t, observed, connectionKeys);
    case "elasticache":
      return observeElasticache(view, t, observed);
  }
}

export function discoverRedis(view: RedisView, observed: Observed, connectionKeys: ConnectionKeys): RedisFacts {
  const target = observeTarget(view, observed, connectionKeys);
  const record = readRecord(observed[RESOURCE.serverConfig]);
  const recorded = record.state === "recorded" ? record.record : undefined;
  const present = REDIS_MODES.filter((m) => BACKEND_RESOURCES[m].some((name) => observed[name] !== undefined));
  const plan = planMigration({
    target: view.target.mode,
    targetReady: target.ready,
    recorded,
    serverExists: observed[RESOURCE.serverDeployment] !== undefined,
    podsOnRecorded: podsRunObservedConfig(observed[RESOURCE.serverDeployment], observed[RESOURCE.serverConfig]),
    present,
  });
  const connection =
    plan.source === "target"
      ? target.connection
      : plan.source === "recorded" && recorded?.backend !== "none"
        ? recorded?.connection
        : undefined;
  const kept = plan.keep.flatMap((mode) =>
    BACKEND_RESOURCES[mode].filter((name) => observed[name] !== undefined).map((name) => ({ name, observed: observed[name] })),
  );
  return { target, record, plan, ...(connection ? { connection } : {}), kept };
}
