// Materializes LiveKit Egress: its Deployment (config body in env, secrets by reference only) and
// scaling. Egress needs no Service: the server reaches it through Redis. Config keys:
// livekit/egress@v1.14.1 pkg/config/base.go and service.go; `/` on health_port answers health.
import { configBodyEnv } from "../../k8s/env-config.js";
import { httpProbe, mediaDeployment } from "../../k8s/media-deployment.js";
import type { Rollout } from "../../k8s/readiness.js";
import type { Deployment } from "../../k8s/types.js";
import { component } from "../../model/component.js";
import { desiredObject, type DesiredObject } from "../../model/outcome.js";
import { workloadCondition } from "../../workloads/condition.js";
import { RESOURCE } from "../../model/resource-names.js";
import type { RedisClient } from "../../model/shared-values.js";
import { scalingObjects, workloadDeployment, workloadRollout } from "../../workloads/scaling.js";
import { serviceKeysEnv } from "../../model/service-keys.js";
import { egressStorage } from "./storage.js";
import { egressView, type EgressView } from "./view.js";

const COMPONENT = "egress";
const HEALTH_PORT = 8080;
const METRICS_PORT = 9090;

export interface EgressFacts {
  rollout: Rollout;
}

export function egressConfig(view: EgressView, redis: RedisClient): Record<string, unknown> {
  const storage = egressStorage(view);
  return {
    ws_url: view.wsUrl,
    redis: redis.config,
    health_port: HEALTH_PORT,
    prometheus_port: METRICS_PORT,
    logging: { level: view.logLevel, json: true },
    ...(storage.config ? { storage: storage.config } : {}),
  };
}

export function egressDeployment(view: EgressView, redis: RedisClient): Deployment {
  const storage = egressStorage(view);
  return mediaDeployment({
    ...workloadDeployment(view, COMPONENT),
    pod: {
      // The image runs as its own non-root user `egress` (named, not numeric), whose home
      // Chrome and PulseAudio write to; so no fixed uid and a writable root filesystem.
      securityContext: { seccompProfile: { type: "RuntimeDefault" } },
      containers: [
        {
          name: "livekit-egress",
          image: view.image,
          env: [...serviceKeysEnv(view.keys), ...redis.env, ...storage.env, configBodyEnv("EGRESS_CONFIG_BODY", egressConfig(view, redis))],
          ports: [
            { name: "health", containerPort: HEALTH_PORT, protocol: "TCP" },
            { name: "metrics", containerPort: METRICS_PORT, protocol: "TCP" },
          ],
          startupProbe: httpProbe("health", 2, 60),
          readinessProbe: httpProbe("health", 5, 3),
          livenessProbe: httpProbe("health", 10, 6),
          ...(view.resources ? { resources: view.resources } : {}),
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
          ...(redis.volumeMounts.length + storage.volumeMounts.length > 0
            ? { volumeMounts: [...redis.volumeMounts, ...storage.volumeMounts] }
            : {}),
        },
      ],
      ...(redis.volumes.length + storage.volumes.length > 0 ? { volumes: [...redis.volumes, ...storage.volumes] } : {}),
    },
  });
}

export const egress = component<EgressView, EgressFacts>({
  name: "egress",
  view: egressView,
  discover: (view, cluster) => ({ rollout: workloadRollout(view, cluster.observed[RESOURCE.egressDeployment]) }),
  // Without the server's Redis, Egress cannot run: a new Deployment waits for it.
  compose: (view, _facts, shared) => {
    const objects: DesiredObject[] = [];
    if (shared.redis) objects.push(desiredObject(RESOURCE.egressDeployment, egressDeployment(view, shared.redis)));
    objects.push(
      ...scalingObjects(view, COMPONENT, { autoscaler: RESOURCE.egressAutoscaler, disruptionBudget: RESOURCE.egressDisruptionBudget }),
    );
    return { objects };
  },
  report: (view, facts) => ({ status: {}, conditions: [workloadCondition("EgressAvailable", view.names.deployment, facts.rollout)] }),
});
