// What components hand to the rest of the pipeline: composed objects, events (Normal/Warning
// results) the user should see, what a component adds to the LiveKit server pod, and its part of
// the XR's status. Messages never carry secret values.
import type { PoolStatus } from "../api/spec.js";
import type { EnvVar, Volume, VolumeMount } from "../k8s/types.js";

export interface DesiredObject {
  /** Composition resource name (see resource-names.ts). */
  name: string;
  object: Record<string, unknown>;
  /** The component knows the object cannot be ready, whatever its kind's rule says of it (a
   * credential Secret that exists but cannot be read). Otherwise k8s/readiness.ts decides. */
  knownUnready?: true;
}

/** A desired object built as typed data; the protocol carries it as a plain struct. */
export function desiredObject(name: string, object: object, opts: { knownUnready?: boolean } = {}): DesiredObject {
  return { name, object: object as Record<string, unknown>, ...(opts.knownUnready ? { knownUnready: true as const } : {}) };
}

export interface PoolEvent {
  severity: "normal" | "warning";
  reason: string;
  message: string;
}

/** A component's share of the server pod: livekit.yaml keys (merged under the user's overrides,
 * which may not touch them: api/managed-config.ts), and env vars and volumes for the container.
 * Secret material reaches the pod only through env `secretKeyRef`s and Secret volumes. */
export interface PodContribution {
  config?: Record<string, unknown>;
  env?: EnvVar[];
  volumes?: Volume[];
  volumeMounts?: VolumeMount[];
  /** Annotations on the config Secret: a component records there what it configured LiveKit
   * with, and reads it back from observed state on the next call (no secret values). */
  configAnnotations?: Record<string, string>;
  /** Why a server Deployment that does not exist yet must wait (e.g. its Redis is not ready).
   * A Deployment that exists is never held back. */
  waitFor?: string;
}

/** A condition on the XR and its claim, saying what the pool has or waits for. */
export interface PoolCondition {
  type: string;
  status: boolean;
  reason: string;
  message: string;
}

/** A component's part of the XR's status. `converging`: it still has work under way even though
 * every object it composes may be ready (e.g. a Redis migration between two ready backends). */
export interface ReportPart {
  status: PoolStatus;
  conditions: PoolCondition[];
  converging?: boolean;
}
