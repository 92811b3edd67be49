// The condition of an Ingress or Egress Deployment, in the server's terms.
import type { Rollout } from "../k8s/readiness.js";
import type { PoolCondition } from "../model/outcome.js";

export function workloadCondition(type: string, deployment: string, rollout: Rollout): PoolCondition {
  const counts = `${rollout.available}/${rollout.replicas} replicas of Deployment ${deployment} available`;
  if (rollout.ready) return { type, status: true, reason: "Available", message: `${counts}.` };
  return {
    type,
    status: false,
    reason: rollout.exists ? "RollingOut" : "Creating",
    message: rollout.exists
      ? `Waiting for the rollout: ${counts}.`
      : `Waiting for Deployment ${deployment} (created once the pool's Redis is ready).`,
  };
}
