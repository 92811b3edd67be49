// The LiveKitPool API, written once: each component's part in schema/, assembled here. Both XRDs'
// openAPIV3Schema are generated from these schemas (scripts/generate-apis.ts) and the function
// validates every XR against them at run time.
//
// Defaults: a field gets a schema default only when it is an app-level choice. Fields a platform
// team sets for everyone (image, grace period, resources) have no schema default, because an
// API-server default would hide the platform default from the function input (PoolDefaults).
import { z } from "zod";
import { dnsSubdomain } from "./kubernetes-types.js";
import { egressSpec } from "./schema/egress.js";
import { ingressSpec } from "./schema/ingress.js";
import { networkingSpec } from "./schema/networking.js";
import { REDIS_MODES, redisSpec } from "./schema/redis.js";
import { serverSpec } from "./schema/server.js";

/** spec of a LiveKitPool. Crossplane's own spec fields (crossplane, claimRef, ...) pass untouched. */
export const poolSpec = z
  .object({
    server: serverSpec.prefault({}),
    networking: networkingSpec.optional(),
    redis: redisSpec.prefault({}),
    ingress: ingressSpec.prefault({}),
    egress: egressSpec.prefault({}),
  })
  .describe("What the pool runs.");

/** A namespaced XR names its connection Secret itself. Legacy XRs must not carry this field here:
 * Crossplane adds its own spec.writeConnectionSecretToRef to LegacyCluster XRDs and writes that
 * Secret from the XR's connection details. */
export const namespacedPoolSpec = poolSpec
  .extend({
    writeConnectionSecretToRef: z
      .strictObject({ name: dnsSubdomain.describe("Secret name in the pool's namespace.") })
      .optional()
      .describe("Where to write the connection details (default <pool>-connection): url, internalUrl, apiKey, apiSecret, turnUris."),
  })
  .describe("What the pool runs.");

export type PoolSpec = z.output<typeof namespacedPoolSpec>;

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
    url: z.string().optional().describe("Public WebSocket URL clients connect to."),
    turn: z
      .object({
        address: z.string().optional().describe("Public TURN address LiveKit hands to clients (point turn DNS here)."),
        addressSource: z
          .enum(["spec", "gateway", "remembered"])
          .optional()
          .describe("Where the address came from; remembered: the Gateway stopped reporting it."),
        uris: z.array(z.string()).optional().describe("TURN URIs clients receive."),
      })
      .optional()
      .describe("TURN endpoints."),
    ingress: z
      .object({
        rtmpUrl: z.string().optional().describe("Base URL RTMP streams go to (LiveKit's ingress.rtmp_base_url)."),
        whipUrl: z.string().optional().describe("Base URL WHIP streams go to (LiveKit's ingress.whip_base_url)."),
      })
      .optional()
      .describe("LiveKit Ingress endpoints."),
    signaling: z
      .object({ address: z.string().optional().describe("Signaling load-balancer address (point the hostname's DNS here).") })
      .optional()
      .describe("Signaling endpoint."),
    redis: z
      .object({
        mode: z.enum(REDIS_MODES).describe("The backend the spec asks for."),
        active: z
          .enum(REDIS_MODES)
          .optional()
          .describe("The backend LiveKit is configured with (absent while a new pool waits for its first one)."),
        endpoint: z.string().optional().describe("host:port LiveKit connects to (never credentials)."),
        tls: z.boolean().optional().describe("Whether LiveKit connects with TLS."),
        phase: z
          .enum(["Stable", "Provisioning", "RollingOut"])
          .describe("Stable; Provisioning the backend the spec asks for while LiveKit stays where it is; RollingOut LiveKit onto it."),
        retiring: z.array(z.enum(REDIS_MODES)).optional().describe("Earlier backends kept until no server pod uses them."),
      })
      .optional()
      .describe("Redis backend state."),
  })
  .describe("Observed state of the pool.");

export type PoolStatus = z.output<typeof poolStatus>;
