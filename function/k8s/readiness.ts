// Readiness of composed objects: one rule per kind, applied to every desired object in one pass
// (pipeline/readiness.ts), judged from its observed state and, where the rule needs it, from the
// desired object itself (the replicas a Deployment must reach, the spec it must be running). The
// same rules judge observed objects a component waits on before it composes anything (a Redis
// backend's objects), so a kind is never ready by one rule here and unready by another there.
import { conditionStatus, field, numberField, stringField } from "./observed.js";
import { SPEC_CHECKSUM_ANNOTATION } from "./spec-checksum.js";

type Obj = Record<string, unknown>;

/** A Deployment's rollout as the function reports it. `desiredReplicas`: the replicas the function
 * renders (the autoscaler's minimum when there is one), not the observed count, which may still be
 * the previous one. `replicas`: what the Deployment aims for now, for status and messages: the
 * rendered count, or with an autoscaler the count it last set (at least the minimum). With an
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

export type Rollout = ReturnType<typeof deploymentRollout>;

/** True when the object's status has condition `type` with status "True". */
export function conditionTrue(observed: unknown, type: string): boolean {
  return conditionStatus(observed, type) === "True";
}

/** A Gateway API (or STUNner) route is ready when a parent Gateway has accepted it. */
function routeAccepted(observed: unknown): boolean {
  const parents = field(observed, "status", "parents");
  return Array.isArray(parents) && parents.some((p) => conditionTrue({ status: p }, "Accepted"));
}

/** A StatefulSet is ready when its controller has seen the current spec and every replica is
 * updated and ready. */
function statefulSetReady(observed: unknown, desiredReplicas: number): boolean {
  const generation = numberField(observed, "metadata", "generation") ?? 0;
  const observedGeneration = numberField(observed, "status", "observedGeneration") ?? -1;
  const updated = numberField(observed, "status", "updatedReplicas") ?? 0;
  const ready = numberField(observed, "status", "readyReplicas") ?? 0;
  return observedGeneration >= generation && updated >= desiredReplicas && ready >= desiredReplicas;
}

/** A cloud Redis is usable once its provider reports it Ready and the endpoint it learned. */
const MANAGED_ENDPOINTS: Record<string, string[][]> = {
  // provider-upjet-gcp: Memorystore for Redis
  "redis.gcp.upbound.io/Instance": [
    ["status", "atProvider", "host"],
    ["status", "atProvider", "port"],
  ],
  "redis.gcp.m.upbound.io/Instance": [
    ["status", "atProvider", "host"],
    ["status", "atProvider", "port"],
  ],
  // provider-upjet-aws: ElastiCache
  "elasticache.aws.upbound.io/ReplicationGroup": [
    ["status", "atProvider", "primaryEndpointAddress"],
    ["status", "atProvider", "port"],
  ],
  "elasticache.aws.m.upbound.io/ReplicationGroup": [
    ["status", "atProvider", "primaryEndpointAddress"],
    ["status", "atProvider", "port"],
  ],
};

function managedResourceReady(observed: unknown, groupKind: string): boolean {
  const endpoint = MANAGED_ENDPOINTS[groupKind] ?? [];
  return (
    conditionTrue(observed, "Ready") && endpoint.every((path) => field(observed, ...path) !== undefined && field(observed, ...path) !== "")
  );
}

/** What a rule may read besides the observed object. */
export interface DesiredContext {
  /** The desired object (undefined when an observed object is judged on its own). */
  desired?: Obj;
  /** Every desired object of the call: a Deployment's autoscaler is another object. */
  all?: readonly Obj[];
}

function groupOf(apiVersion: unknown): string {
  const v = typeof apiVersion === "string" ? apiVersion : "";
  return v.includes("/") ? v.slice(0, v.indexOf("/")) : "";
}

/** The minimum an autoscaler in the desired set keeps the Deployment at, if one scales it. */
function autoscalerMinimum(deployment: Obj, all: readonly Obj[]): number | undefined {
  const name = stringField(deployment, "metadata", "name");
  const hpa = all.find((o) => o.kind === "HorizontalPodAutoscaler" && stringField(o, "spec", "scaleTargetRef", "name") === name);
  return hpa ? (numberField(hpa, "spec", "minReplicas") ?? 1) : undefined;
}

function deploymentReady(observed: unknown, ctx: DesiredContext): boolean {
  const desired = ctx.desired ?? (observed as Obj);
  const min = ctx.desired ? autoscalerMinimum(ctx.desired, ctx.all ?? []) : undefined;
  const replicas = min ?? numberField(desired, "spec", "replicas") ?? 1;
  // Ready only on the spec this call renders: the call that changes the pod template must not
  // report the old pods as ready (the API server defaults fields, so a checksum stands for the spec).
  const want = stringField(desired, "metadata", "annotations", SPEC_CHECKSUM_ANNOTATION);
  const current = want === undefined || stringField(observed, "metadata", "annotations", SPEC_CHECKSUM_ANNOTATION) === want;
  return current && deploymentRollout(observed, replicas, min !== undefined).ready;
}

/** The rule for a kind; objects with no status of their own are ready once they exist. */
export function isReady(observed: unknown, ctx: DesiredContext = {}): boolean {
  if (observed === undefined || observed === null) return false;
  const shape = ctx.desired ?? (observed as Obj);
  const group = groupOf(shape.apiVersion);
  const kind = String(shape.kind ?? "");
  const groupKind = `${group}/${kind}`;
  switch (groupKind) {
    case "apps/Deployment":
      return deploymentReady(observed, ctx);
    case "apps/StatefulSet":
      return statefulSetReady(observed, numberField(shape, "spec", "replicas") ?? 1);
    case "gateway.networking.k8s.io/GatewayClass":
      return conditionTrue(observed, "Accepted");
    case "gateway.networking.k8s.io/Gateway":
      return conditionTrue(observed, "Programmed");
    case "gateway.networking.k8s.io/HTTPRoute":
    case "gateway.networking.k8s.io/TCPRoute":
    case "gateway.networking.k8s.io/UDPRoute":
    case "stunner.l7mp.io/UDPRoute":
      return routeAccepted(observed);
    case "cert-manager.io/Certificate":
    case "cert-manager.io/Issuer":
      return conditionTrue(observed, "Ready");
  }
  if (group.endsWith(".upbound.io")) return managedResourceReady(observed, groupKind);
  // Secrets, Services, NetworkPolicies, autoscalers, disruption budgets, STUNner's GatewayConfig.
  return true;
}
