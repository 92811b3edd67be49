// Readiness of composed objects, judged from their observed state. Crossplane marks the XR ready
// only from what the function says, so every composed object gets an explicit verdict.
import { conditionStatus, field, numberField } from "./observed.js";

/** A Deployment is ready when the controller has seen the current spec and every desired replica
 * is updated and available. `desiredReplicas` comes from the spec we render, not from the
 * observed object, which may still carry the previous count.
 * `replicas` is what the Deployment aims for now, for status and messages: the rendered count, or
 * with an autoscaler the count it last set on the Deployment (at least the minimum). With an
 * autoscaler every one of those pods must run the current template (a rollout is not over while
 * old pods remain), but only the minimum must be available: pods added by scaling out start from
 * the current template, so scaling out never takes readiness away. */
export function deploymentRollout(observed: unknown, desiredReplicas: number, autoscaled = false) {
  const scaledTo = autoscaled ? numberField(observed, "spec", "replicas") : undefined;
  const generation = numberField(observed, "metadata", "generation") ?? 0;
  const observedGeneration = numberField(observed, "status", "observedGeneration") ?? -1;
  const updated = numberField(observed, "status", "updatedReplicas") ?? 0;
  const available = numberField(observed, "status", "availableReplicas") ?? 0;
  const current = observed !== undefined && observedGeneration >= generation;
  const replicas = Math.max(desiredReplicas, scaledTo ?? 0);
  return {
    exists: observed !== undefined,
    replicas,
    available: current ? available : 0,
    ready: current && updated >= replicas && available >= desiredReplicas,
  };
}

/** Objects with no status of their own (Secrets, ClusterIP Services) are ready once they exist. */
export function exists(observed: unknown): boolean {
  return observed !== undefined;
}

/** True when the object's status has condition `type` with status "True". */
export function conditionTrue(observed: unknown, type: string): boolean {
  return conditionStatus(observed, type) === "True";
}

/** A Gateway API route is ready when a parent Gateway has accepted it. */
export function routeAccepted(observed: unknown): boolean {
  const parents = field(observed, "status", "parents");
  if (!Array.isArray(parents)) return false;
  return parents.some((p) => conditionTrue({ status: p }, "Accepted"));
}

/** A StatefulSet is ready when its controller has seen the current spec and every replica is
 * updated and ready. */
export function statefulSetReady(observed: unknown, desiredReplicas: number): boolean {
  const generation = numberField(observed, "metadata", "generation") ?? 0;
  const observedGeneration = numberField(observed, "status", "observedGeneration") ?? -1;
  const updated = numberField(observed, "status", "updatedReplicas") ?? 0;
  const ready = numberField(observed, "status", "readyReplicas") ?? 0;
  return observed !== undefined && observedGeneration >= generation && updated >= desiredReplicas && ready >= desiredReplicas;
}

/** A Crossplane managed resource reports readiness in its `Ready` condition. */
export function managedResourceReady(observed: unknown): boolean {
  return conditionTrue(observed, "Ready");
}
