// Materializes LiveKit Egress: its Deployment (config body in env, secrets by reference only) and
// scaling. Egress needs no Service: the server reaches it through Redis. Config keys:
// livekit/egress@v1.14.1 pkg/config/base.go and service.go; `/` on health_port answers health.
import { configBodyEnv } from "../../k8s/env-config.js";
import { httpProbe, mediaDeployment } from "../../k8s/media-deployment.js";
import { deploymentRollout } from "../../k8s/readiness.js";
import type { Deployment } from "../../k8s/types.js";
import type { Observed } from "../../pipeline/discover.js";
import { desiredObject, type ComponentOutput, type DesiredObject } from "../../pipeline/outcome.js";
import { RESOURCE } from "../../pipeline/resource-names.js";
import type { RedisClient } from "../redis/client.js";
import { scalingObjects, workloadDeployment } from "../scaling/index.js";
import { serviceKeysEnv } from "../server/service-keys.js";
import { egressStorage } from "./storage.js";
import type { EgressView } from "./view.js";

const COMPONENT = "egress";
const HEALTH_PORT = 8080;
const METRICS_PORT = 9090;

export interface EgressFacts {
  rollout: ReturnType<typeof deploymentRollout>;
  observed: Observed;
}

export function discoverEgress(view: EgressView, observed: Observed): EgressFacts {
  return { rollout: deploymentRollout(observed[RESOURCE.egressDeployment], view.scaling.replicas, !!view.scaling.autoscaling), observed };
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
          ...(redis.volumeMounts.length + storage.volumeMounts.length > 0 ? { volumeMounts: [...redis.volumeMounts, ...storage.volumeMounts] } : {}),
        },
      ],
      ...(redis.volumes.length + storage.volumes.length > 0 ? { volumes: [...redis.volumes, ...storage.volumes] } : {}),
    },
  });
}

/** `redis`: the connection the server uses now; a new Deployment waits for one. */
export function materializeEgress(view: EgressView, facts: EgressFacts, redis: RedisClient | undefined): ComponentOutput {
  const objects: DesiredObject[] = [];
  if (redis) objects.push(desiredObject(RESOURCE.egressDeployment, egressDeployment(view, redis), facts.rollout.ready));
  objects.push(
    ...scalingObjects(view, COMPONENT, { autoscaler: RESOURCE.egressAutoscaler, disruptionBudget: RESOURCE.egressDisruptionBudget }, facts.observed),
  );
  return { objects, events: [] };
}
