// The function's input: platform-wide defaults a Composition sets once for every pool, so app
// teams need not know them. Its CRD (package/input/) is generated from this schema.
import { z } from "zod";
import { dnsLabel, dnsSubdomain, imageRef, resourceRequirements } from "./kubernetes-types.js";
import { ELASTICACHE_ENGINES, MEMORYSTORE_TIERS, providerConfigRef } from "./schema/redis.js";

export const INPUT_API_VERSION = "fn.livekit.stunner.l7mp.io/v1alpha1";
export const INPUT_KIND = "PoolDefaults";

export const BUILTIN_DEFAULTS = {
  serverImage: "livekit/livekit-server:v1.13.5",
  terminationGracePeriodSeconds: 18000,
  ingressImage: "livekit/ingress:v1.5.0",
  // The ingress chart's sample: a stream may run for hours after SIGTERM.
  ingressTerminationGracePeriodSeconds: 10800,
  egressImage: "livekit/egress:v1.14.1",
  // The egress chart's default: time for a running recording to finish and upload.
  egressTerminationGracePeriodSeconds: 3600,
  legacyNamespace: "livekit",
  redisImage: "valkey/valkey:8.0.2-alpine",
  memorystoreTier: "STANDARD_HA",
  memorystoreMemorySizeGb: 1,
  memorystoreRedisVersion: "REDIS_7_2",
  elasticacheNodeType: "cache.t4g.small",
  elasticacheNumCacheClusters: 2,
  elasticacheEngine: "valkey",
} as const;

// Cloud defaults have no built-in region or network: those belong to the platform's account.
const redisDefaults = z
  .strictObject({
    embedded: z
      .strictObject({
        image: imageRef.default(BUILTIN_DEFAULTS.redisImage).describe("Default embedded Redis image."),
        resources: resourceRequirements.optional(),
        storageClassName: z.string().min(1).optional().describe("Default StorageClass of embedded Redis volumes."),
      })
      .prefault({}),
    memorystore: z
      .strictObject({
        region: z.string().min(1).optional(),
        tier: z.enum(MEMORYSTORE_TIERS).default(BUILTIN_DEFAULTS.memorystoreTier),
        memorySizeGb: z.int().min(1).default(BUILTIN_DEFAULTS.memorystoreMemorySizeGb),
        redisVersion: z.string().min(1).default(BUILTIN_DEFAULTS.memorystoreRedisVersion),
        authorizedNetwork: z.string().min(1).optional(),
        providerConfigRef: providerConfigRef.optional(),
      })
      .prefault({}),
    elasticache: z
      .strictObject({
        region: z.string().min(1).optional(),
        nodeType: z.string().min(1).default(BUILTIN_DEFAULTS.elasticacheNodeType),
        numCacheClusters: z.int().min(1).max(6).default(BUILTIN_DEFAULTS.elasticacheNumCacheClusters),
        engine: z.enum(ELASTICACHE_ENGINES).default(BUILTIN_DEFAULTS.elasticacheEngine),
        engineVersion: z.string().min(1).optional(),
        subnetGroupName: z.string().min(1).optional(),
        subnetIds: z.array(z.string().min(1)).min(1).optional(),
        securityGroupIds: z.array(z.string().min(1)).optional(),
        providerConfigRef: providerConfigRef.optional(),
      })
      .prefault({}),
  })
  .prefault({})
  .describe("Defaults for the pool's Redis backends.");

const workloadDefaults = (what: string, image: string, gracePeriod: number) =>
  z
    .strictObject({
      image: imageRef.default(image).describe(`Default ${what} image.`),
      terminationGracePeriodSeconds: z.int().min(0).default(gracePeriod).describe(`Drain time of a ${what} pod, in seconds.`),
      resources: resourceRequirements.optional(),
    })
    .prefault({})
    .describe(`Defaults for ${what}.`);

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
              .describe(
                "The auth Secret of that class's GatewayConfig (keys type, username/password or secret). Namespaced pools read it as a required resource.",
              ),
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
    redis: redisDefaults,
    ingress: workloadDefaults("LiveKit Ingress", BUILTIN_DEFAULTS.ingressImage, BUILTIN_DEFAULTS.ingressTerminationGracePeriodSeconds),
    egress: workloadDefaults("LiveKit Egress", BUILTIN_DEFAULTS.egressImage, BUILTIN_DEFAULTS.egressTerminationGracePeriodSeconds),
  })
  .describe("Platform defaults for every LiveKitPool of this Composition.");

export type PoolDefaults = z.output<typeof poolDefaults>;
