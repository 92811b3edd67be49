// Labels that tie every composed object to its pool. Selector labels are a subset that never
// changes for a released pool (Deployment selectors are immutable).
export const POOL_LABEL = "livekit.stunner.l7mp.io/pool";

export type Labels = Record<string, string>;

export function selectorLabels(poolLabel: string, component: string): Labels {
  return {
    "app.kubernetes.io/name": "livekit",
    "app.kubernetes.io/instance": poolLabel,
    "app.kubernetes.io/component": component,
  };
}

export function objectLabels(poolLabel: string, component: string): Labels {
  return {
    ...selectorLabels(poolLabel, component),
    "app.kubernetes.io/part-of": "livekit-pool",
    "app.kubernetes.io/managed-by": "crossplane",
    [POOL_LABEL]: poolLabel,
  };
}
