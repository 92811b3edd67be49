// What the component modules hand to the rest of the pipeline: composed objects with their
// readiness, events (Normal/Warning results) the user should see, and what a component adds to
// the LiveKit server pod. Messages never carry secret values.
import type { EnvVar, Volume, VolumeMount } from "../k8s/types.js";

export interface DesiredObject {
  /** Composition resource name (see resource-names.ts). */
  name: string;
  object: Record<string, unknown>;
  ready: boolean;
}

/** A desired object built as typed data; the protocol carries it as a plain struct. */
export function desiredObject(name: string, object: object, ready: boolean): DesiredObject {
  return { name, object: object as Record<string, unknown>, ready };
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

export interface ComponentOutput {
  objects: DesiredObject[];
  events: PoolEvent[];
  pod?: PodContribution;
  /** Legacy XRs only: connection details Crossplane writes to the XR's (and claim's) Secret. */
  compositeConnectionDetails?: Record<string, string>;
}

/** A condition on the XR and its claim, saying what the pool has or waits for. */
export interface PoolCondition {
  type: string;
  status: boolean;
  reason: string;
  message: string;
}
