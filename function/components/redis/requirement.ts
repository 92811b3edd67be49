// When a pool needs Redis. LiveKit nodes share room state through Redis, so anything that runs more
// than one node needs it, and Ingress and Egress talk to the server only through it. This is the
// one place that decides both the default mode and the rejection of `mode: none`.
import type { PoolSpec } from "../../api/spec.js";
import type { RedisMode } from "../../api/schema/redis.js";

/** Why the pool needs Redis, one entry per spec field that asks for it; empty when it does not. */
export function redisRequiredBy(spec: PoolSpec): string[] {
  const reasons: string[] = [];
  if (spec.server.replicas > 1) reasons.push(`spec.server.replicas is ${spec.server.replicas}`);
  const autoscaling = spec.server.autoscaling;
  if (spec.server.replicas <= 1 && autoscaling && autoscaling.maxReplicas > 1)
    reasons.push(`spec.server.autoscaling.maxReplicas is ${autoscaling.maxReplicas}`);
  if (spec.ingress.enabled) reasons.push("spec.ingress.enabled is true");
  if (spec.egress.enabled) reasons.push("spec.egress.enabled is true");
  return reasons;
}

export function effectiveMode(spec: PoolSpec): RedisMode {
  return spec.redis.mode ?? (redisRequiredBy(spec).length > 0 ? "embedded" : "none");
}
