// Readiness of composed objects, judged from their observed state. Crossplane marks the XR ready
// only from what the function says, so every composed object gets an explicit verdict.
import { numberField } from "./observed.js";

/** A Deployment is ready when the controller has seen the current spec and every desired replica
 * is updated and available. `desiredReplicas` comes from the spec we render, not from the
 * observed object, which may still carry the previous count. */
export function deploymentRollout(observed: unknown, desiredReplicas: number) {
  const generation = numberField(observed, "metadata", "generation") ?? 0;
  const observedGeneration = numberField(observed, "status", "observedGeneration") ?? -1;
  const updated = numberField(observed, "status", "updatedReplicas") ?? 0;
  const available = numberField(observed, "status", "availableReplicas") ?? 0;
  const current = observed !== undefined && observedGeneration >= generation;
  return {
    exists: observed !== undefined,
    available: current ? available : 0,
    ready: current && updated >= desiredReplicas && available >= desiredReplicas,
  };
}

/** Objects with no status of their own (Secrets, ClusterIP Services) are ready once they exist. */
export function exists(observed: unknown): boolean {
  return observed !== undefined;
}
