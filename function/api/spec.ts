// The LiveKitPool API, written once. Both XRDs' openAPIV3Schema are generated from these schemas
// (scripts/generate-apis.ts) and the function validates every XR against them at run time.
//
// Defaults: a field gets a schema default only when it is an app-level choice. Fields a platform
// team sets for everyone (image, grace period, resources) have no schema default, because an
// API-server default would hide the platform default from the function input (PoolDefaults).
import { z } from "zod";
import { dnsSubdomain, passthroughObject, port, resourceRequirements } from "./kubernetes-types.js";

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

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
    nodeSelector: z.record(z.string(), z.string()).optional().describe("Node labels the server pods must match."),
    tolerations: z.array(passthroughObject("A Pod toleration.")).optional().describe("Pod tolerations."),
    affinity: passthroughObject("Pod affinity rules, as in a Pod spec.").optional(),
    topologySpreadConstraints: z
      .array(passthroughObject("A Pod topology spread constraint."))
      .optional()
      .describe("How server pods spread across zones and nodes."),
    priorityClassName: z.string().min(1).optional().describe("PriorityClass of the server pods."),
  })
  .describe("Where the server pods run.");

const apiKeysSpec = z
  .strictObject({
    secretRef: z
      .strictObject({
        name: dnsSubdomain.describe("Name of a Secret in the pool's namespace."),
        key: z
          .string()
          .regex(/^[-._a-zA-Z0-9]+$/, "must be a valid Secret data key")
          .default("keys.yaml")
          .describe("Data key holding LiveKit's key file: one 'apiKey: apiSecret' line per key."),
      })
      .describe("An existing Secret with the API keys, used as it is."),
  })
  .describe("API keys. When absent, the function generates a key pair once and keeps it.");

export const serverSpec = z
  .strictObject({
    image: z.string().min(1).optional().describe("LiveKit server image (platform default: livekit/livekit-server:v1.13.5)."),
    replicas: z.int().min(1).max(1000).default(1).describe("Number of LiveKit server pods."),
    resources: resourceRequirements.optional(),
    logLevel: z.enum(LOG_LEVELS).default("info").describe("LiveKit log level."),
    rtc: rtcSpec.prefault({}),
    terminationGracePeriodSeconds: z
      .int()
      .min(0)
      .optional()
      .describe("Seconds a pod may take to drain its rooms after SIGTERM (platform default: 18000)."),
    scheduling: schedulingSpec.optional(),
    apiKeys: apiKeysSpec.optional(),
    config: z
      .record(z.string(), z.unknown())
      .meta({ "x-kubernetes-preserve-unknown-fields": true })
      .optional()
      .describe("Extra livekit.yaml keys, merged last. Keys the function manages are rejected."),
  })
  .describe("The LiveKit server.");

/** spec of a LiveKitPool. Crossplane's own spec fields (crossplane, claimRef, ...) pass untouched. */
export const poolSpec = z
  .object({
    server: serverSpec.prefault({}),
  })
  .describe("What the pool runs.");

export type PoolSpec = z.output<typeof poolSpec>;
export type ServerSpec = z.output<typeof serverSpec>;

/** status the function writes. Crossplane adds conditions itself. */
export const poolStatus = z
  .object({
    internalUrl: z.string().optional().describe("In-cluster WebSocket URL of the LiveKit server."),
    apiKeysSecret: z
      .object({
        name: z.string().describe("Secret name."),
        key: z.string().describe("Data key with LiveKit's key file."),
      })
      .optional()
      .describe("Where the API keys are (never the keys themselves)."),
    server: z
      .object({
        replicas: z.int().describe("Desired server pods."),
        availableReplicas: z.int().describe("Server pods available on the current configuration."),
      })
      .optional()
      .describe("Server rollout state."),
  })
  .describe("Observed state of the pool.");

export type PoolStatus = z.output<typeof poolStatus>;
