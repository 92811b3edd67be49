// Readiness of a backend's observed objects by composition resource name. The same rules judge a
// backend the spec asks for and one kept only until LiveKit has left it.
import type { Observed } from "../../../pipeline/discover.js";

export type ReadinessRules = Readonly<Record<string, (observed: unknown) => boolean>>;

export function readinessOf(rules: ReadinessRules, observed: Observed): Record<string, boolean> {
  return Object.fromEntries(Object.entries(rules).map(([name, isReady]) => [name, observed[name] !== undefined && isReady(observed[name])]));
}
