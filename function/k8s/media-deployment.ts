// The Deployment shape every LiveKit program of a pool shares (server, ingress, egress): the pool's
// labels and an immutable selector, a rollout that never drops below capacity (a media session is
// bound to its pod and drains for hours), no mesh sidecar in the media path (LiveKit's
// recommendation), and no service account token or service links the programs never use.
import { objectLabels, selectorLabels } from "./labels.js";
import type { Deployment, PodSpec } from "./types.js";

export const MESH_OPT_OUT = { "sidecar.istio.io/inject": "false", "linkerd.io/inject": "disabled" } as const;

export interface MediaDeployment {
  name: string;
  namespace: string;
  poolLabel: string;
  component: string;
  /** `{ replicas }`, or nothing when an autoscaler owns the count. */
  replicas: { replicas?: number };
  terminationGracePeriodSeconds: number;
  podAnnotations?: Record<string, string>;
  /** Everything else of the pod: security context, scheduling, containers, volumes. */
  pod: Omit<PodSpec, "terminationGracePeriodSeconds" | "automountServiceAccountToken" | "enableServiceLinks">;
}

export function mediaDeployment(d: MediaDeployment): Deployment {
  const labels = objectLabels(d.poolLabel, d.component);
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: d.name, namespace: d.namespace, labels },
    spec: {
      ...d.replicas,
      selector: { matchLabels: selectorLabels(d.poolLabel, d.component) },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels, annotations: { ...d.podAnnotations, ...MESH_OPT_OUT } },
        spec: {
          terminationGracePeriodSeconds: d.terminationGracePeriodSeconds,
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          ...d.pod,
        },
      },
    },
  };
}

/** An HTTP GET probe on a named container port. */
export function httpProbe(port: string, periodSeconds: number, failureThreshold: number) {
  return { httpGet: { path: "/", port }, periodSeconds, failureThreshold, timeoutSeconds: 2 };
}
