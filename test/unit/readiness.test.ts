import { describe, expect, it } from "vitest";
import { deploymentRollout } from "../../function/k8s/readiness.js";

const dep = (generation: number, status: Record<string, number>) => ({ metadata: { generation }, status });

describe("deploymentRollout", () => {
  it("is not ready before the Deployment exists", () => {
    expect(deploymentRollout(undefined, 1)).toEqual({ exists: false, available: 0, ready: false });
  });

  it("is ready when the current generation is fully updated and available", () => {
    expect(deploymentRollout(dep(3, { observedGeneration: 3, updatedReplicas: 2, availableReplicas: 2 }), 2).ready).toBe(true);
  });

  it("is not ready while the controller has not observed the current generation", () => {
    const r = deploymentRollout(dep(4, { observedGeneration: 3, updatedReplicas: 2, availableReplicas: 2 }), 2);
    expect(r).toEqual({ exists: true, available: 0, ready: false });
  });

  it("is not ready while old pods are still being replaced", () => {
    expect(deploymentRollout(dep(2, { observedGeneration: 2, updatedReplicas: 1, availableReplicas: 2 }), 2).ready).toBe(false);
  });

  it("judges by the replicas we asked for, not the observed (stale) count", () => {
    expect(deploymentRollout(dep(1, { observedGeneration: 1, updatedReplicas: 1, availableReplicas: 1 }), 3).ready).toBe(false);
  });
});
