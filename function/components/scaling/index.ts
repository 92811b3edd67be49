// Production scaling knobs shared by the server, Ingress and Egress: an autoscaling/v2
// HorizontalPodAutoscaler on CPU, and a PodDisruptionBudget whenever more than one pod runs, so
// a node drain never takes every pod of a component at once.
import type { AutoscalingSpec } from "../../api/spec.js";
import { exists } from "../../k8s/readiness.js";
import type { HorizontalPodAutoscaler, PodDisruptionBudget } from "../../k8s/types.js";
import type { Labels } from "../../k8s/labels.js";
import { desiredObject, type DesiredObject } from "../../pipeline/outcome.js";
import type { Observed } from "../../pipeline/discover.js";

export interface Scaling {
  /** Pods the Deployment starts with and readiness counts: the replicas, or the autoscaler's minimum. */
  replicas: number;
  autoscaling?: { minReplicas: number; maxReplicas: number; targetCPUUtilizationPercentage: number };
}

export function scaling(replicas: number, autoscaling: AutoscalingSpec | undefined): Scaling {
  if (!autoscaling) return { replicas };
  const minReplicas = autoscaling.minReplicas ?? replicas;
  return { replicas: minReplicas, autoscaling: { minReplicas, maxReplicas: autoscaling.maxReplicas, targetCPUUtilizationPercentage: autoscaling.targetCPUUtilizationPercentage } };
}

/** The Deployment's replicas field: absent when an autoscaler owns it, so the two never fight. */
export function deploymentReplicas(s: Scaling): { replicas?: number } {
  return s.autoscaling ? {} : { replicas: s.replicas };
}

export interface ScaledWorkload {
  deployment: string;
  namespace: string;
  labels: Labels;
  selector: Labels;
  /** Composition resource names of the two objects. */
  resources: { autoscaler: string; disruptionBudget: string };
}

export function scalingObjects(w: ScaledWorkload, s: Scaling, observed: Observed): DesiredObject[] {
  const metadata = { name: w.deployment, namespace: w.namespace, labels: w.labels };
  const objects: DesiredObject[] = [];
  if (s.autoscaling) {
    const hpa: HorizontalPodAutoscaler = {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: w.deployment },
        minReplicas: s.autoscaling.minReplicas,
        maxReplicas: s.autoscaling.maxReplicas,
        metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: s.autoscaling.targetCPUUtilizationPercentage } } }],
      },
    };
    objects.push(desiredObject(w.resources.autoscaler, hpa, exists(observed[w.resources.autoscaler])));
  }
  if (s.replicas > 1) {
    // One pod at a time: LiveKit pods drain rooms, streams and recordings for a long time.
    const pdb: PodDisruptionBudget = { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata, spec: { maxUnavailable: 1, selector: { matchLabels: w.selector } } };
    objects.push(desiredObject(w.resources.disruptionBudget, pdb, exists(observed[w.resources.disruptionBudget])));
  }
  return objects;
}
