// LiveKit Ingress: its config (a YAML body in env, secrets by reference only), Deployment and
// Service. Ports and keys: livekit/ingress@v1.5.0 pkg/config/config.go; the health server answers
// `/` on health_port (cmd/server/main.go setupHealthHandlers).
import { addressType } from "../../api/addresses.js";
import { INGRESS_HEALTH_PORT, INGRESS_METRICS_PORT } from "../../api/reserved-ports.js";
import { clusterIpService } from "../../k8s/service.js";
import { httpProbe, mediaDeployment } from "../../k8s/media-deployment.js";
import { configBodyEnv } from "../../k8s/env-config.js";
import { RESTRICTED_CONTAINER_SECURITY_CONTEXT, restrictedPodSecurityContext } from "../../k8s/security.js";
import type { Deployment, Service } from "../../k8s/types.js";
import type { RedisClient } from "../../model/shared-values.js";
import { workloadDeployment } from "../../workloads/scaling.js";
import { serviceKeysEnv } from "../../model/service-keys.js";
import type { IngressView } from "./view.js";

export const COMPONENT = "ingress";
const DISABLED = -1;
const POD_USER = 65532;

/** LiveKit's own config: where it tells clients to send streams. */
export function ingressBaseUrls(view: IngressView): Record<string, string> {
  const pub = view.public;
  const inCluster = `${view.names.service}.${view.namespace}.svc.cluster.local`;
  return {
    ...(view.rtmp
      ? { rtmp_base_url: pub ? `rtmps://${pub.hostname}:${view.rtmp.port}/x` : `rtmp://${inCluster}:${view.rtmp.port}/x` }
      : {}),
    ...(view.whip ? { whip_base_url: pub ? `https://${pub.hostname}/w` : `http://${inCluster}:${view.whip.port}/w` } : {}),
  };
}

/** `publicAddress`: the signaling Gateway's address, which WHIP clients send media to; Ingress
 * must offer it as its ICE candidate (Envoy's UDP proxy does not preserve addresses). */
export function ingressConfig(view: IngressView, redis: RedisClient, publicAddress: string | undefined): Record<string, unknown> {
  const nodeIp = view.public && publicAddress && addressType(publicAddress) === "IPAddress" ? publicAddress : undefined;
  return {
    ws_url: view.wsUrl,
    redis: redis.config,
    health_port: INGRESS_HEALTH_PORT,
    prometheus_port: INGRESS_METRICS_PORT,
    rtmp_port: view.rtmp?.port ?? DISABLED,
    whip_port: view.whip?.port ?? DISABLED,
    logging: { level: view.logLevel, json: true },
    ...(view.whip ? { rtc_config: { udp_port: view.whip.udpPort, use_external_ip: false, ...(nodeIp ? { node_ip: nodeIp } : {}) } } : {}),
  };
}

export function ingressDeployment(view: IngressView, redis: RedisClient, config: Record<string, unknown>): Deployment {
  return mediaDeployment({
    ...workloadDeployment(view, COMPONENT),
    pod: {
      securityContext: restrictedPodSecurityContext(POD_USER, POD_USER, [
        ...(view.rtmp ? [view.rtmp.port] : []),
        ...(view.whip ? [view.whip.port, view.whip.udpPort] : []),
      ]),
      containers: [
        {
          name: "livekit-ingress",
          image: view.image,
          env: [
            ...serviceKeysEnv(view.keys),
            ...redis.env,
            // GStreamer keeps its plugin registry under $HOME; the root filesystem is read-only.
            { name: "HOME", value: "/tmp" },
            configBodyEnv("INGRESS_CONFIG_BODY", config),
          ],
          ports: [
            { name: "health", containerPort: INGRESS_HEALTH_PORT, protocol: "TCP" as const },
            { name: "metrics", containerPort: INGRESS_METRICS_PORT, protocol: "TCP" as const },
            ...(view.rtmp ? [{ name: "rtmp", containerPort: view.rtmp.port, protocol: "TCP" as const }] : []),
            ...(view.whip
              ? [
                  { name: "whip", containerPort: view.whip.port, protocol: "TCP" as const },
                  { name: "whip-media", containerPort: view.whip.udpPort, protocol: "UDP" as const },
                ]
              : []),
          ],
          startupProbe: httpProbe("health", 2, 60),
          readinessProbe: httpProbe("health", 5, 3),
          livenessProbe: httpProbe("health", 10, 6),
          ...(view.resources ? { resources: view.resources } : {}),
          securityContext: RESTRICTED_CONTAINER_SECURITY_CONTEXT,
          volumeMounts: [{ name: "tmp", mountPath: "/tmp" }, ...redis.volumeMounts],
        },
      ],
      volumes: [{ name: "tmp", emptyDir: { sizeLimit: "1Gi" } }, ...redis.volumes],
    },
  });
}

export function ingressService(view: IngressView): Service {
  return clusterIpService(view.names.service, view.namespace, view.poolLabel, COMPONENT, [
    ...(view.rtmp ? [{ name: "rtmp", port: view.rtmp.port, protocol: "TCP" as const }] : []),
    ...(view.whip
      ? [
          { name: "whip", port: view.whip.port, protocol: "TCP" as const },
          { name: "whip-media", port: view.whip.udpPort, protocol: "UDP" as const },
        ]
      : []),
  ]);
}
