// spec.redis: the Redis LiveKit nodes share, embedded or the team's own or a cloud's.
import { z } from "zod";
import { dnsSubdomain, imageRef, quantity, resourceRequirements, secretKey } from "../kubernetes-types.js";

export const REDIS_MODES = ["none", "embedded", "external", "memorystore", "elasticache"] as const;
export const DELETION_POLICIES = ["Retain", "Delete"] as const;
export const MEMORYSTORE_TIERS = ["BASIC", "STANDARD_HA"] as const;
export const ELASTICACHE_ENGINES = ["redis", "valkey"] as const;

const secretKeySelector = (holding: string) =>
  z
    .strictObject({
      name: dnsSubdomain.describe("Name of a Secret in the pool's namespace."),
      key: secretKey.describe(`Data key holding ${holding}.`),
    })
    .describe(`A Secret data key holding ${holding}.`);

export const providerConfigRef = z
  .strictObject({
    name: z.string().min(1).describe("Name of the ProviderConfig."),
    kind: z
      .enum(["ClusterProviderConfig", "ProviderConfig"])
      .optional()
      .describe("Namespaced pools only (default ClusterProviderConfig); a legacy pool names a cluster-scoped ProviderConfig."),
  })
  .describe("The provider configuration (cloud credentials) the managed resources use (platform default, else `default`).");

const embeddedRedisSpec = z
  .strictObject({
    image: imageRef.optional().describe("Redis-compatible server image (platform default: valkey/valkey:8.0.2-alpine)."),
    resources: resourceRequirements.optional(),
    storage: z
      .strictObject({
        size: quantity.describe("Size of the PersistentVolumeClaim, e.g. 1Gi."),
        storageClassName: z
          .string()
          .min(1)
          .optional()
          .describe("StorageClass of the claim (platform default, else the cluster's default)."),
      })
      .optional()
      .describe("Persistent storage (append-only file). Without it the data lives in memory and is lost when the Redis pod restarts."),
  })
  .describe("Settings of mode embedded: one Redis (Valkey) pod run by the pool.");

const externalRedisSpec = z
  .strictObject({
    address: z
      .string()
      .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:[\]/]+):\d{1,5}$/, "must be host:port")
      .describe("host:port of the Redis server."),
    username: z.string().min(1).optional().describe("ACL user name."),
    db: z.int().min(0).optional().describe("Database number (default 0)."),
    passwordSecretRef: secretKeySelector("the Redis password").optional(),
    tls: z
      .strictObject({
        caSecretRef: secretKeySelector("the PEM CA bundle that signed the server certificate").optional(),
        serverName: z.string().min(1).optional().describe("Name to verify in the server certificate (default: the address host)."),
      })
      .optional()
      .describe("Connect with TLS. Without caSecretRef the server certificate is checked against the system CAs."),
  })
  .describe("Settings of mode external: a Redis server the pool does not manage.");

const memorystoreSpec = z
  .strictObject({
    region: z.string().min(1).optional().describe("GCP region, e.g. europe-west1 (platform default)."),
    tier: z.enum(MEMORYSTORE_TIERS).optional().describe("Service tier (platform default: STANDARD_HA)."),
    memorySizeGb: z.int().min(1).optional().describe("Memory size in GiB (platform default: 1)."),
    redisVersion: z.string().min(1).optional().describe("Redis version, e.g. REDIS_7_2 (platform default: REDIS_7_2)."),
    authorizedNetwork: z
      .string()
      .min(1)
      .optional()
      .describe("Full name of the VPC network the cluster is in (platform default, else GCP's default network)."),
    authEnabled: z.boolean().default(true).describe("Redis AUTH: LiveKit reads the AUTH string from the instance's connection Secret."),
    transitEncryption: z.boolean().default(true).describe("TLS with server authentication; LiveKit trusts the instance's own CA."),
    providerConfigRef: providerConfigRef.optional(),
  })
  .describe("Settings of mode memorystore: a GCP Memorystore for Redis Instance (provider-upjet-gcp).");

const elasticacheSpec = z
  .strictObject({
    region: z.string().min(1).optional().describe("AWS region, e.g. eu-west-1 (platform default)."),
    nodeType: z.string().min(1).optional().describe("Node type (platform default: cache.t4g.small)."),
    numCacheClusters: z
      .int()
      .min(1)
      .max(6)
      .optional()
      .describe("Nodes: a primary and its replicas; automatic failover when more than 1 (platform default: 2)."),
    engine: z.enum(ELASTICACHE_ENGINES).optional().describe("Engine (platform default: valkey)."),
    engineVersion: z.string().min(1).optional().describe("Engine version, e.g. 8.0 (platform default, else AWS's default)."),
    subnetGroupName: z.string().min(1).optional().describe("An existing cache subnet group."),
    subnetIds: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe("Subnets for a subnet group the pool composes (instead of subnetGroupName)."),
    securityGroupIds: z
      .array(z.string().min(1))
      .optional()
      .describe("VPC security groups; they must admit the cluster's pods on port 6379."),
    providerConfigRef: providerConfigRef.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.subnetGroupName && e.subnetIds) {
      ctx.addIssue({ code: "custom", path: ["subnetIds"], message: "set subnetGroupName or subnetIds, not both" });
    }
  })
  .describe("Settings of mode elasticache: an AWS ElastiCache ReplicationGroup (provider-upjet-aws).");

export const redisSpec = z
  .strictObject({
    mode: z
      .enum(REDIS_MODES)
      .optional()
      .describe(
        "Where LiveKit keeps shared state. Default: embedded when the pool needs Redis (more than one server replica, autoscaling beyond one, ingress or egress), else none.",
      ),
    deletionPolicy: z
      .enum(DELETION_POLICIES)
      .optional()
      .describe(
        "What deleting the pool, or switching away from a backend, does to its data store: Retain keeps it (default for memorystore and elasticache; embedded keeps its volume), Delete removes it (default for embedded).",
      ),
    embedded: embeddedRedisSpec.optional(),
    external: externalRedisSpec.optional(),
    memorystore: memorystoreSpec.optional(),
    elasticache: elasticacheSpec.optional(),
  })
  .describe(
    "Redis for LiveKit. Changing mode moves LiveKit to the new backend without downtime; the old one stays until no server pod uses it.",
  );

export type RedisSpec = z.output<typeof redisSpec>;
export type RedisMode = (typeof REDIS_MODES)[number];
export type DeletionPolicy = (typeof DELETION_POLICIES)[number];
