// The server's Deployment, its config Secret and its Service.
import { clusterIpService } from "../../k8s/service.js";
import type { Deployment, PodSpec, Secret, Service } from "../../k8s/types.js";
import { httpProbe, mediaDeployment } from "../../k8s/media-deployment.js";
import { objectMeta, opaqueSecret } from "../../k8s/metadata.js";
import { RESTRICTED_CONTAINER_SECURITY_CONTEXT, restrictedPodSecurityContext } from "../../k8s/security.js";
import type { PodContribution } from "../../model/outcome.js";
import { withSpecChecksum } from "../../k8s/spec-checksum.js";
import { CONFIG_CHECKSUM_ANNOTATION } from "../../model/server-config.js";
import type { ServerView } from "./view.js";
import { workloadDeployment } from "../../workloads/scaling.js";
import { CONFIG_DIR, CONFIG_FILE, KEYS_DIR, METRICS_PORT, SIGNAL_PORT } from "./config.js";

export const COMPONENT = "server";
const CONTAINER = "livekit-server";
// A non-root user any image runs as; fsGroup makes the 0440 Secret files readable to it.
const POD_USER = 65532;
// LiveKit refuses a key file that "other" users may read.
const SECRET_FILE_MODE = 0o440;

export const KEYS_CHECKSUM_ANNOTATION = "livekit.stunner.l7mp.io/keys-checksum";

export function configSecret(view: ServerView, configText: string, annotations: Record<string, string> = {}): Secret {
  return opaqueSecret(objectMeta(view, COMPONENT, view.names.configSecret, { annotations }), {
    [CONFIG_FILE]: Buffer.from(configText, "utf8").toString("base64"),
  });
}

function scheduling(view: ServerView): Partial<PodSpec> {
  const s = view.scheduling;
  return {
    ...(s.nodeSelector ? { nodeSelector: s.nodeSelector } : {}),
    ...(s.tolerations ? { tolerations: s.tolerations as unknown as PodSpec["tolerations"] } : {}),
    ...(s.affinity ? { affinity: s.affinity as unknown as PodSpec["affinity"] } : {}),
    ...(s.topologySpreadConstraints
      ? { topologySpreadConstraints: s.topologySpreadConstraints as unknown as PodSpec["topologySpreadConstraints"] }
      : {}),
    ...(s.priorityClassName ? { priorityClassName: s.priorityClassName } : {}),
  };
}

export interface PodChecksums {
  config: string;
  /** Only for generated keys: a regenerated key file must restart the server to be read. */
  keys?: string;
}

export function deployment(view: ServerView, checksums: PodChecksums, contributions: PodContribution[] = []): Deployment {
  const extra = <K extends "env" | "volumes" | "volumeMounts">(key: K) =>
    contributions.flatMap((c) => c[key] ?? []) as NonNullable<PodContribution[K]>;
  const workload = mediaDeployment({
    ...workloadDeployment(view, COMPONENT),
    podAnnotations: {
      [CONFIG_CHECKSUM_ANNOTATION]: checksums.config,
      ...(checksums.keys ? { [KEYS_CHECKSUM_ANNOTATION]: checksums.keys } : {}),
    },
    pod: {
      securityContext: restrictedPodSecurityContext(POD_USER, POD_USER, [view.rtc.tcpPort, view.rtc.portRangeStart]),
      ...scheduling(view),
      containers: [
        {
          name: CONTAINER,
          image: view.image,
          args: ["--config", `${CONFIG_DIR}/${CONFIG_FILE}`],
          env: [{ name: "NODE_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } }, ...extra("env")],
          ports: [
            { name: "http", containerPort: SIGNAL_PORT, protocol: "TCP" },
            { name: "rtc-tcp", containerPort: view.rtc.tcpPort, protocol: "TCP" },
            { name: "metrics", containerPort: METRICS_PORT, protocol: "TCP" },
          ],
          startupProbe: httpProbe("http", 2, 30),
          readinessProbe: httpProbe("http", 5, 3),
          livenessProbe: httpProbe("http", 10, 6),
          ...(view.resources ? { resources: view.resources } : {}),
          securityContext: RESTRICTED_CONTAINER_SECURITY_CONTEXT,
          volumeMounts: [
            { name: "config", mountPath: CONFIG_DIR, readOnly: true },
            { name: "keys", mountPath: KEYS_DIR, readOnly: true },
            { name: "tmp", mountPath: "/tmp" },
            ...extra("volumeMounts"),
          ],
        },
      ],
      volumes: [
        { name: "config", secret: { secretName: view.names.configSecret, defaultMode: SECRET_FILE_MODE } },
        {
          name: "keys",
          secret: {
            secretName: view.apiKeys.secretName,
            defaultMode: SECRET_FILE_MODE,
            items: [{ key: view.apiKeys.key, path: view.apiKeys.key }],
          },
        },
        { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
        ...extra("volumes"),
      ],
    },
  });
  return withSpecChecksum(workload);
}

/** The Deployment with the pod template its pods run now, as observed, in place of the rendered
 * one: new pods are made exactly like the running ones, so none rolls onto what the template would
 * change (keys that cannot be read). */
export function holdingPodTemplate(workload: Deployment, running: Record<string, unknown>): Deployment {
  return withSpecChecksum({ ...workload, spec: { ...workload.spec!, template: running as NonNullable<Deployment["spec"]>["template"] } });
}

export function service(view: ServerView): Service {
  return clusterIpService(view.names.service, view.namespace, view.poolLabel, COMPONENT, [
    { name: "http", port: SIGNAL_PORT, protocol: "TCP" },
    { name: "rtc-tcp", port: view.rtc.tcpPort, protocol: "TCP" },
  ]);
}
