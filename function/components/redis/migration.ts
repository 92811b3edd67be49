// Zero-downtime switching between Redis backends, derived from observed state on every call:
//
//   1. The backend the spec asks for (the target) is provisioned beside the one LiveKit uses, and
//      LiveKit stays where it is.
//   2. Once the target is ready (endpoint and credentials known), LiveKit's config points at it
//      and the server pods roll.
//   3. Once every server pod runs that config, the backends LiveKit has left are no longer kept,
//      and Crossplane deletes them (their deletion policy decides what happens in the cloud).
//
// What LiveKit is configured with is recorded on the config Secret (connection.ts); whether every
// pod runs it is read from the Deployment. Until step 3, every other backend still in the cluster
// is kept exactly as observed, whatever the spec says now.
import type { RedisMode } from "../../api/schema/redis.js";
import { field, numberField, secretData } from "../../k8s/observed.js";
import { CONFIG_CHECKSUM_ANNOTATION, CONFIG_FILE, configChecksum } from "../../model/server-config.js";
import type { Recorded } from "./connection.js";

export type Phase = "Stable" | "Provisioning" | "RollingOut";

export interface MigrationInput {
  target: RedisMode;
  targetReady: boolean;
  /** What the observed config Secret says LiveKit is configured with. */
  recorded: Recorded | undefined;
  /** Until the server Deployment exists, no pod uses any backend. */
  serverExists: boolean;
  /** Every server pod runs the config the observed config Secret holds. */
  podsOnRecorded: boolean;
  /** Backends that have objects in the cluster. */
  present: readonly RedisMode[];
}

export interface MigrationPlan {
  /** Where LiveKit's connection comes from on this call; "waiting": a new pool's pods wait for
   * the target to be ready. */
  source: "target" | "recorded" | "waiting";
  /** The backend LiveKit is configured with after this call; undefined while waiting. */
  active: RedisMode | undefined;
  /** Backends other than the target whose observed objects are kept as they are. */
  keep: RedisMode[];
  phase: Phase;
  /** The backend running pods start to leave on this call, if any. */
  leaving?: RedisMode;
}

export function planMigration(i: MigrationInput): MigrationPlan {
  const source = i.targetReady ? "target" : i.recorded && i.serverExists ? "recorded" : "waiting";
  const active = source === "target" ? i.target : source === "recorded" ? i.recorded!.backend : undefined;
  // Pods have left every other backend once all of them run a config recorded as using `active`.
  const settled = active !== undefined && i.recorded?.backend === active && i.podsOnRecorded;
  const keep = i.present.filter((b) => b !== i.target && (b === active || !settled));
  const phase: Phase = active !== i.target ? "Provisioning" : keep.length > 0 ? "RollingOut" : "Stable";
  const leaving = source === "target" && i.serverExists && i.recorded && i.recorded.backend !== i.target ? i.recorded.backend : undefined;
  return { source, active, keep, phase, ...(leaving ? { leaving } : {}) };
}

/** Whether every pod of the observed Deployment runs the config the observed config Secret
 * holds: its template carries that config's checksum, the controller has seen the template, and
 * no pod of an older template is left (not even one still draining, where the cluster reports
 * terminating replicas). */
export function podsRunObservedConfig(deployment: unknown, configSecret: unknown): boolean {
  const text = secretData(configSecret, CONFIG_FILE);
  const checksum = field(deployment, "spec", "template", "metadata", "annotations", CONFIG_CHECKSUM_ANNOTATION);
  if (text === undefined || checksum !== configChecksum(text)) return false;
  const n = (...path: string[]) => numberField(deployment, ...path);
  const want = n("spec", "replicas") ?? 1;
  return (
    (n("status", "observedGeneration") ?? -1) >= (n("metadata", "generation") ?? 0) &&
    n("status", "replicas") === want &&
    n("status", "updatedReplicas") === want &&
    (n("status", "availableReplicas") ?? 0) >= want &&
    (n("status", "terminatingReplicas") ?? 0) === 0
  );
}
