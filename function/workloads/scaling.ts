// Production scaling knobs shared by the server, Ingress and Egress: an autoscaling/v2
// HorizontalPodAutoscaler on CPU, and a PodDisruptionBudget whenever more than one pod runs, so
// a node drain never takes every pod of a component at once.
import type { AutoscalingSpec } from "../api/schema/common.js";
import { deploymentRollout } from "../k8s/readiness.js";
import type { HorizontalPodAutoscaler, PodDisruptionBudget } from "../k8s/types.js";
import { objectLabels, selectorLabels } from "../k8s/labels.js";
import { desiredObject, type DesiredObject } from "../model/outcome.js";

export interface Scaling {
  /** Pods the Deployment starts with and readiness counts: the replicas, or the autoscaler's minimum. */
  replicas: number;
  autoscaling?: { minReplicas: number; maxReplicas: number; targetCPUUtilizationPercentage: number };
}

export function scaling(replicas: number, autoscaling: AutoscalingSpec | undefined): Scaling {
  if (!autoscaling) return { replicas };
  const minReplicas = autoscaling.minReplicas ?? replicas;
  return {
    replicas: minReplicas,
    autoscaling: {
      minReplicas,
      maxReplicas: autoscaling.maxReplicas,
      targetCPUUtilizationPercentage: autoscaling.targetCPUUtilizationPercentage,
    },
  };
}

/** What the views of the server, Ingress and Egress share: one Deployment, scaled. */
export interface WorkloadView {
  namespace: string;
  poolLabel: string;
  names: { deployment: string };
  scaling: Scaling;
  terminationGracePeriodSeconds: number;
}

/** The rollout of the workload's observed Deployment, counted against its view's replicas. */
export function workloadRollout(view: Pick<WorkloadView, "scaling">, observed: unknown) {
  return deploymentRollout(observed, view.scaling.replicas, !!view.scaling.autoscaling);
}

/** The fields of a media Deployment that follow from the view. Its replicas field is absent when
 * an autoscaler owns it, so the two never fight. */
export function workloadDeployment(view: WorkloadView, component: string) {
  return {
    name: view.names.deployment,
    namespace: view.namespace,
    poolLabel: view.poolLabel,
    component,
    replicas: view.scaling.autoscaling ? {} : { replicas: view.scaling.replicas },
    terminationGracePeriodSeconds: view.terminationGracePeriodSeconds,
  };
}

/** Composition resource names of the autoscaler and the disruption budget. */
export interface ScalingResources {
  autoscaler: string;
  disruptionBudget: string;
}

export function scalingObjects(view: WorkloadView, component: string, resources: ScalingResources): DesiredObject[] {
  const s = view.scaling;
  const metadata = { name: view.names.deployment, namespace: view.namespace, labels: objectLabels(view.poolLabel, component) };
  const objects: DesiredObject[] = [];
  if (s.autoscaling) {
    const hpa: HorizontalPodAutoscaler = {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: view.names.deployment },
        minReplicas: s.autoscaling.minReplicas,
        maxReplicas: s.autoscaling.maxReplicas,
        metrics: [
          {
            type: "Resource",
            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: s.autoscaling.targetCPUUtilizationPercentage } },
          },
        ],
      },
    };
    objects.push(desiredObject(resources.autoscaler, hpa));
  }
  if (s.replicas > 1) {
    // One pod at a time: LiveKit pods drain rooms, streams and recordings for a long time.
    const pdb: PodDisruptionBudget = {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata,
      spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(view.poolLabel, component) } },
    };
    objects.push(desiredObject(resources.disruptionBudget, pdb));
  }
  return objects;
}
