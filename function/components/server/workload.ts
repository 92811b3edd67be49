// The server's Deployment, its config Secret and its Service.
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { Deployment, PodSpec, Secret, Service } from "../../k8s/types.js";
import { objectLabels, selectorLabels } from "../../k8s/labels.js";
import type { PodContribution } from "../../pipeline/outcome.js";
import type { ServerView } from "../../pipeline/views.js";
import { CONFIG_DIR, CONFIG_FILE, KEYS_DIR, METRICS_PORT, SIGNAL_PORT } from "./config.js";

const COMPONENT = "server";
const CONTAINER = "livekit-server";
// A non-root user any image runs as; fsGroup makes the 0440 Secret files readable to it.
const POD_USER = 65532;
// LiveKit refuses a key file that "other" users may read.
const SECRET_FILE_MODE = 0o440;

export const CONFIG_CHECKSUM_ANNOTATION = "livekit.stunner.l7mp.io/config-checksum";
export const KEYS_CHECKSUM_ANNOTATION = "livekit.stunner.l7mp.io/keys-checksum";
/** On the Deployment itself: which spec was applied, so readiness is judged on that spec and not
 * on the previous one still running (the API server defaults fields, so specs cannot be compared). */
export const SPEC_CHECKSUM_ANNOTATION = "livekit.stunner.l7mp.io/spec-checksum";

export function configSecret(view: ServerView, configText: string, contributions: PodContribution[] = []): Secret {
  const annotations = Object.assign({}, ...contributions.map((c) => c.configAnnotations ?? {})) as Record<string, string>;
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: {
      name: view.names.configSecret,
      namespace: view.namespace,
      labels: objectLabels(view.poolLabel, COMPONENT),
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    type: "Opaque",
    data: { [CONFIG_FILE]: Buffer.from(configText, "utf8").toString("base64") },
  };
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

/** A non-root server cannot bind ports below 1024 (and capabilities added for a non-root user do
 * not reach its process). When the spec asks for such RTC ports, the pod lowers the limit with the
 * namespaced sysctl net.ipv4.ip_unprivileged_port_start, which the restricted Pod Security
 * Standard allows. */
function unprivilegedPorts(view: ServerView): { sysctls?: Array<{ name: string; value: string }> } {
  const lowest = Math.min(view.rtc.tcpPort, view.rtc.portRangeStart);
  return lowest < 1024 ? { sysctls: [{ name: "net.ipv4.ip_unprivileged_port_start", value: String(lowest) }] } : {};
}

const httpProbe = (periodSeconds: number, failureThreshold: number) => ({
  httpGet: { path: "/", port: "http" },
  periodSeconds,
  failureThreshold,
  timeoutSeconds: 2,
});

export interface PodChecksums {
  config: string;
  /** Only for generated keys: a regenerated key file must restart the server to be read. */
  keys?: string;
}

export function deployment(view: ServerView, checksums: PodChecksums, contributions: PodContribution[] = []): Deployment {
  const extra = <K extends "env" | "volumes" | "volumeMounts">(key: K) => contributions.flatMap((c) => c[key] ?? []) as NonNullable<PodContribution[K]>;
  const workload: Deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: view.names.deployment, namespace: view.namespace, labels: objectLabels(view.poolLabel, COMPONENT) },
    spec: {
      replicas: view.replicas,
      selector: { matchLabels: selectorLabels(view.poolLabel, COMPONENT) },
      // Never below the desired capacity during a rollout: old pods drain their rooms for hours.
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: objectLabels(view.poolLabel, COMPONENT),
          annotations: {
            [CONFIG_CHECKSUM_ANNOTATION]: checksums.config,
            ...(checksums.keys ? { [KEYS_CHECKSUM_ANNOTATION]: checksums.keys } : {}),
            // Media must not pass through a mesh sidecar (LiveKit's recommendation).
            "sidecar.istio.io/inject": "false",
            "linkerd.io/inject": "disabled",
          },
        },
        spec: {
          terminationGracePeriodSeconds: view.terminationGracePeriodSeconds,
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: POD_USER,
            runAsGroup: POD_USER,
            fsGroup: POD_USER,
            seccompProfile: { type: "RuntimeDefault" },
            ...unprivilegedPorts(view),
          },
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
              startupProbe: httpProbe(2, 30),
              readinessProbe: httpProbe(5, 3),
              livenessProbe: httpProbe(10, 6),
              ...(view.resources ? { resources: view.resources } : {}),
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
                capabilities: { drop: ["ALL"] },
              },
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
      },
    },
  };
  // Sorted keys: maps from the XR (nodeSelector, affinity) arrive in any order over the wire.
  const specChecksum = createHash("sha256").update(stringify(workload.spec, { sortMapEntries: true })).digest("hex").slice(0, 16);
  workload.metadata!.annotations = { [SPEC_CHECKSUM_ANNOTATION]: specChecksum };
  return workload;
}

export function service(view: ServerView): Service {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: view.names.service, namespace: view.namespace, labels: objectLabels(view.poolLabel, COMPONENT) },
    spec: {
      type: "ClusterIP",
      selector: selectorLabels(view.poolLabel, COMPONENT),
      ports: [
        { name: "http", port: SIGNAL_PORT, targetPort: "http", protocol: "TCP" },
        { name: "rtc-tcp", port: view.rtc.tcpPort, targetPort: "rtc-tcp", protocol: "TCP" },
      ],
    },
  };
}
