// The function's input: platform-wide defaults a Composition sets once for every pool, so app
// teams need not know them. Its CRD (package/input/) is generated from this schema.
import { z } from "zod";
import { dnsLabel, dnsSubdomain, imageRef, resourceRequirements } from "./kubernetes-types.js";

export const INPUT_API_VERSION = "fn.livekit.stunner.l7mp.io/v1alpha1";
export const INPUT_KIND = "PoolDefaults";

export const BUILTIN_DEFAULTS = {
  serverImage: "livekit/livekit-server:v1.13.5",
  terminationGracePeriodSeconds: 18000,
  legacyNamespace: "livekit",
} as const;

export const poolDefaults = z
  .object({
    apiVersion: z.literal(INPUT_API_VERSION).optional(),
    kind: z.literal(INPUT_KIND).optional(),
    server: z
      .strictObject({
        image: imageRef.default(BUILTIN_DEFAULTS.serverImage).describe("Default LiveKit server image."),
        terminationGracePeriodSeconds: z
          .int()
          .min(0)
          .default(BUILTIN_DEFAULTS.terminationGracePeriodSeconds)
          .describe("Default drain time of a server pod, in seconds."),
        resources: resourceRequirements.optional(),
      })
      .prefault({})
      .describe("Defaults for the LiveKit server."),
    networking: z
      .strictObject({
        signalingGatewayClassName: dnsSubdomain.default("eg").describe("Envoy Gateway class for signaling."),
        turn: z
          .strictObject({
            gatewayClassName: dnsSubdomain
              .default("stunner")
              .describe("The platform's STUNner GatewayClass, used by namespaced pools (they cannot compose a cluster-scoped class)."),
            authSecretRef: z
              .strictObject({ name: dnsSubdomain, namespace: dnsLabel })
              .optional()
              .describe("The auth Secret of that class's GatewayConfig (keys type, username/password or secret). Namespaced pools read it as a required resource."),
            dataplane: z.string().min(1).default("default").describe("STUNner Dataplane for the GatewayConfigs of cluster-scoped pools."),
          })
          .prefault({})
          .describe("TURN defaults."),
        tlsIssuerRef: z
          .strictObject({
            name: z.string().min(1),
            kind: z.enum(["Issuer", "ClusterIssuer"]).default("ClusterIssuer"),
            group: z.string().default("cert-manager.io"),
          })
          .optional()
          .describe("Issuer for pools that name none."),
      })
      .prefault({})
      .describe("Networking defaults."),
    legacyNamespace: dnsLabel
      .default(BUILTIN_DEFAULTS.legacyNamespace)
      .describe("Namespace for the objects of a cluster-scoped XR that has no claim."),
  })
  .describe("Platform defaults for every LiveKitPool of this Composition.");

export type PoolDefaults = z.output<typeof poolDefaults>;
