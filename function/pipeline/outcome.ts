// What the stages hand to the response: composed objects with their readiness, and the events
// (Normal/Warning results) a stage wants the user to see. Messages never carry secret values.
export interface DesiredObject {
  /** Composition resource name (see resource-names.ts). */
  name: string;
  object: Record<string, unknown>;
  ready: boolean;
}

export interface PoolEvent {
  severity: "normal" | "warning";
  reason: string;
  message: string;
}
