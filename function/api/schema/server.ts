// spec.server: the LiveKit server.
import { z } from "zod";
import { Affinity } from "kubernetes-models/v1/Affinity";
import { Toleration } from "kubernetes-models/v1/Toleration";
import { TopologySpreadConstraint } from "kubernetes-models/v1/TopologySpreadConstraint";
import { dnsSubdomain, kubernetesPassthrough, labelMap, port, secretKey } from "../kubernetes-types.js";
import { LOG_LEVELS, replicasWithinAutoscaling, workloadFields } from "./common.js";

const rtcSpec = z
  .strictObject({
    portRangeStart: port.default(50000).describe("First UDP port LiveKit uses for WebRTC media."),
    portRangeEnd: port.default(60000).describe("Last UDP port LiveKit uses for WebRTC media."),
    tcpPort: port.default(7881).describe("TCP port for ICE over TCP."),
  })
  .superRefine((rtc, ctx) => {
    if (rtc.portRangeEnd < rtc.portRangeStart) {
      ctx.addIssue({ code: "custom", path: ["portRangeEnd"], message: `must not be below portRangeStart (${rtc.portRangeStart})` });
    }
    if (rtc.tcpPort >= rtc.portRangeStart && rtc.tcpPort <= rtc.portRangeEnd) {
      ctx.addIssue({ code: "custom", path: ["tcpPort"], message: "must lie outside the UDP port range" });
    }
  })
  .describe("WebRTC transport ports.");

const schedulingSpec = z
  .strictObject({
    nodeSelector: labelMap.optional().describe("Node labels the server pods must match."),
    tolerations: z.array(kubernetesPassthrough(Toleration, "A Pod toleration.")).optional().describe("Pod tolerations."),
    affinity: kubernetesPassthrough(Affinity, "Pod affinity rules, as in a Pod spec.").optional(),
    topologySpreadConstraints: z
      .array(kubernetesPassthrough(TopologySpreadConstraint, "A Pod topology spread constraint."))
      .optional()
      .describe("How server pods spread across zones and nodes."),
    priorityClassName: dnsSubdomain.optional().describe("PriorityClass of the server pods."),
  })
  .describe("Where the server pods run.");

const apiKeysSpec = z
  .strictObject({
    secretRef: z
      .strictObject({
        name: dnsSubdomain.describe("Name of a Secret in the pool's namespace."),
        key: secretKey.default("keys.yaml").describe("Data key holding LiveKit's key file: one 'apiKey: apiSecret' line per key."),
      })
      .describe("An existing Secret with the API keys, used as it is."),
  })
  .describe("API keys. When absent, the function generates a key pair once and keeps it.");

export const webhookSpec = z
  .strictObject({
    urls: z
      .array(z.url({ protocol: /^https?$/ }).describe("An http or https URL."))
      .min(1)
      .max(16)
      .describe(
        "Where LiveKit posts room, participant and track events (JSON, signed with an API key: the Authorization header carries a JWT whose sha256 claim is the body's hash).",
      ),
    apiKey: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The API key that signs the events, one of spec.server.apiKeys' Secret (default: its first). Only with spec.server.apiKeys: a pool's generated key signs otherwise.",
      ),
  })
  .describe("LiveKit webhooks: room and participant events posted to the application's backend.");

export const serverSpec = z
  .strictObject({
    ...workloadFields({
      image: "LiveKit server image (platform default: livekit/livekit-server:v1.13.5).",
      replicas: "Number of LiveKit server pods.",
      maxReplicas: 1000,
    }),
    logLevel: z.enum(LOG_LEVELS).default("info").describe("LiveKit log level."),
    rtc: rtcSpec.prefault({}),
    terminationGracePeriodSeconds: z
      .int()
      .min(0)
      .optional()
      .describe("Seconds a pod may take to drain its rooms after SIGTERM (platform default: 18000)."),
    scheduling: schedulingSpec.optional(),
    apiKeys: apiKeysSpec.optional(),
    webhook: webhookSpec.optional(),
    config: z
      .record(z.string(), z.unknown())
      .meta({ "x-kubernetes-preserve-unknown-fields": true })
      .optional()
      .describe("Extra livekit.yaml keys, merged last. Keys the function manages are rejected."),
  })
  .superRefine((server, ctx) => {
    replicasWithinAutoscaling(server, ctx);
    if (server.webhook?.apiKey !== undefined && !server.apiKeys) {
      ctx.addIssue({
        code: "custom",
        path: ["webhook", "apiKey"],
        message: "only with spec.server.apiKeys; the pool's generated key signs webhooks otherwise",
      });
    }
  })
  .describe("The LiveKit server.");

export type ServerSpec = z.output<typeof serverSpec>;
