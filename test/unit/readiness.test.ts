import { describe, expect, it } from "vitest";
import { deploymentRollout } from "../../function/k8s/readiness.js";

const dep = (generation: number, status: Record<string, number>) => ({ metadata: { generation }, status });

describe("deploymentRollout", () => {
  it("is not ready before the Deployment exists", () => {
    expect(deploymentRollout(undefined, 1)).toEqual({ exists: false, replicas: 1, available: 0, ready: false });
  });

  it("is ready when the current generation is fully updated and available", () => {
    expect(deploymentRollout(dep(3, { observedGeneration: 3, updatedReplicas: 2, availableReplicas: 2 }), 2).ready).toBe(true);
  });

  it("is not ready while the controller has not observed the current generation", () => {
    const r = deploymentRollout(dep(4, { observedGeneration: 3, updatedReplicas: 2, availableReplicas: 2 }), 2);
    expect(r).toEqual({ exists: true, replicas: 2, available: 0, ready: false });
  });

  it("is not ready while old pods are still being replaced", () => {
    expect(deploymentRollout(dep(2, { observedGeneration: 2, updatedReplicas: 1, availableReplicas: 2 }), 2).ready).toBe(false);
  });

  it("judges by the replicas we asked for, not the observed (stale) count", () => {
    const stale = { ...dep(1, { observedGeneration: 1, updatedReplicas: 1, availableReplicas: 1 }), spec: { replicas: 1 } };
    expect(deploymentRollout(stale, 3)).toMatchObject({ replicas: 3, ready: false });
  });

  it("with an autoscaler, counts what it scaled the Deployment to, and stays ready at its minimum while scaling out", () => {
    const scalingOut = { ...dep(1, { observedGeneration: 1, updatedReplicas: 3, availableReplicas: 3 }), spec: { replicas: 5 } };
    const scaledOut = { ...dep(1, { observedGeneration: 1, updatedReplicas: 5, availableReplicas: 3 }), spec: { replicas: 5 } };
    expect(deploymentRollout(scaledOut, 2, true)).toEqual({ exists: true, replicas: 5, available: 3, ready: true });
    // A rollout with 5 pods is not over while 2 of them still run the old template.
    const rollingOut = { ...dep(2, { observedGeneration: 2, updatedReplicas: 3, availableReplicas: 5 }), spec: { replicas: 5 } };
    expect(deploymentRollout(rollingOut, 2, true).ready).toBe(false);
    // Before the autoscaler has set a count, or below its minimum, the minimum is what counts.
    expect(deploymentRollout(dep(1, { observedGeneration: 1 }), 2, true).replicas).toBe(2);
    expect(deploymentRollout({ ...dep(1, { observedGeneration: 1 }), spec: { replicas: 1 } }, 2, true).replicas).toBe(2);
    // Without an autoscaler the observed spec.replicas is ours, possibly stale: not used.
    expect(deploymentRollout(scalingOut, 2).replicas).toBe(2);
  });
});
