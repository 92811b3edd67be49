// The LiveKitPool API, written once. Both XRDs' openAPIV3Schema are generated from these schemas
// (scripts/generate-apis.ts) and the function validates every XR against them at run time.
//
// Defaults: a field gets a schema default only when it is an app-level choice. Fields a platform
// team sets for everyone (image, grace period, resources) have no schema default, because an
// API-server default would hide the platform default from the function input (PoolDefaults).
import { z } from "zod";
import { addressType } from "./addresses.js";
import { Affinity } from "kubernetes-models/v1/Affinity";
import { Toleration } from "kubernetes-models/v1/Toleration";
import { TopologySpreadConstraint } from "kubernetes-models/v1/TopologySpreadConstraint";
import { annotationMap, dnsSubdomain, imageRef, kubernetesPassthrough, labelMap, passthroughObject, port, quantity, resourceRequirements, secretKey } from "./kubernetes-types.js";

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
        key: secretKey
          .default("keys.yaml")
          .describe("Data key holding LiveKit's key file: one 'apiKey: apiSecret' line per key."),
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
      .describe("Where LiveKit posts room, participant and track events (JSON, signed with an API key: the Authorization header carries a JWT whose sha256 claim is the body's hash)."),
    apiKey: z
      .string()
      .min(1)
      .optional()
      .describe("The API key that signs the events, one of spec.server.apiKeys' Secret (default: its first). Only with spec.server.apiKeys: a pool's generated key signs otherwise."),
  })
  .describe("LiveKit webhooks: room and participant events posted to the application's backend.");

/** An autoscaling/v2 HorizontalPodAutoscaler on CPU. The component's replicas is the default minimum. */
const autoscalingSpec = z
  .strictObject({
    minReplicas: z.int().min(1).max(1000).optional().describe("Fewest pods (default: the component's replicas)."),
    maxReplicas: z.int().min(1).max(1000).describe("Most pods."),
    targetCPUUtilizationPercentage: z.int().min(1).max(100).default(80).describe("Average CPU utilization, in percent of requests, the autoscaler aims for."),
  })
  .superRefine((a, ctx) => {
    if (a.minReplicas !== undefined && a.maxReplicas < a.minReplicas) {
      ctx.addIssue({ code: "custom", path: ["maxReplicas"], message: `must not be below minReplicas (${a.minReplicas})` });
    }
  })
  .describe("Scale the pods on CPU with a HorizontalPodAutoscaler (CPU requests must be set for it to act).");

/** Checks a component's replicas against its autoscaling bounds (the schema cannot join them). */
function replicasWithinAutoscaling(c: { replicas: number; autoscaling?: { minReplicas?: number | undefined; maxReplicas: number } | undefined }, ctx: z.RefinementCtx) {
  if (c.autoscaling && c.autoscaling.minReplicas === undefined && c.autoscaling.maxReplicas < c.replicas) {
    ctx.addIssue({ code: "custom", path: ["autoscaling", "maxReplicas"], message: `must not be below replicas (${c.replicas}), the default minReplicas` });
  }
}

export const serverSpec = z
  .strictObject({
    image: imageRef.optional().describe("LiveKit server image (platform default: livekit/livekit-server:v1.13.5)."),
    replicas: z.int().min(1).max(1000).default(1).describe("Number of LiveKit server pods."),
    autoscaling: autoscalingSpec.optional(),
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
      ctx.addIssue({ code: "custom", path: ["webhook", "apiKey"], message: "only with spec.server.apiKeys; the pool's generated key signs webhooks otherwise" });
    }
  })
  .describe("The LiveKit server.");

const ingressSpec = z
  .strictObject({
    enabled: z.boolean().default(false).describe("Run LiveKit Ingress. Turning it off removes everything it added."),
    image: z.string().min(1).optional().describe("LiveKit Ingress image (platform default: livekit/ingress:v1.5.0)."),
    replicas: z.int().min(1).max(100).default(1).describe("Number of Ingress pods."),
    autoscaling: autoscalingSpec.optional(),
    resources: resourceRequirements.optional(),
    rtmp: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Accept RTMP streams (RTMPS through the signaling Gateway with spec.networking)."),
        port: port.default(1935).describe("RTMP port."),
      })
      .prefault({})
      .describe("RTMP ingest."),
    whip: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Accept WHIP streams."),
        port: port.default(8080).describe("WHIP HTTP port."),
        udpPort: port.default(7885).describe("UDP port of WHIP media (WebRTC)."),
      })
      .prefault({})
      .describe("WHIP ingest."),
  })
  .superRefine((i, ctx) => {
    replicasWithinAutoscaling(i, ctx);
    if (i.enabled && !i.rtmp.enabled && !i.whip.enabled) ctx.addIssue({ code: "custom", path: ["rtmp", "enabled"], message: "enable rtmp or whip, or turn ingress off" });
  })
  .describe("LiveKit Ingress: RTMP and WHIP ingest into rooms.");

const storageSecretRef = z
  .strictObject({ name: dnsSubdomain.describe("Name of a Secret in the pool's namespace.") })
  .describe("A Secret with the storage credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (s3), credentials.json (gcs), AZURE_STORAGE_ACCOUNT and AZURE_STORAGE_KEY (azure).");

const egressStorageSpec = z
  .strictObject({
    s3: z
      .strictObject({
        bucket: z.string().min(1).describe("Bucket."),
        region: z.string().min(1).describe("Region, e.g. eu-west-1."),
        endpoint: z.url().optional().describe("Endpoint of an S3-compatible service (default AWS)."),
        forcePathStyle: z.boolean().optional().describe("Path-style bucket addressing (MinIO and the like)."),
      })
      .optional()
      .describe("Amazon S3 or an S3-compatible store."),
    gcs: z.strictObject({ bucket: z.string().min(1).describe("Bucket.") }).optional().describe("Google Cloud Storage."),
    azure: z.strictObject({ container: z.string().min(1).describe("Blob container.") }).optional().describe("Azure Blob Storage."),
    credentialsSecretRef: storageSecretRef.optional(),
  })
  .superRefine((s, ctx) => {
    const kinds = [s.s3, s.gcs, s.azure].filter(Boolean).length;
    if (kinds !== 1) ctx.addIssue({ code: "custom", path: [], message: "set exactly one of s3, gcs or azure" });
    if (s.azure && !s.credentialsSecretRef) ctx.addIssue({ code: "custom", path: ["credentialsSecretRef"], message: "required for azure (the account name and key)" });
  })
  .describe("Where recordings are uploaded by default. Without credentialsSecretRef, s3 and gcs use the pod's cloud identity.");

const egressSpec = z
  .strictObject({
    enabled: z.boolean().default(false).describe("Run LiveKit Egress. Turning it off removes everything it added."),
    image: z.string().min(1).optional().describe("LiveKit Egress image (platform default: livekit/egress:v1.14.1)."),
    replicas: z.int().min(1).max(100).default(1).describe("Number of Egress pods."),
    autoscaling: autoscalingSpec.optional(),
    resources: resourceRequirements.optional(),
    logLevel: z.enum(LOG_LEVELS).default("info").describe("Egress log level (logging.level)."),
    storage: egressStorageSpec.optional(),
  })
  .superRefine(replicasWithinAutoscaling)
  .describe("LiveKit Egress: recording and streaming out of rooms.");

export const LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory";


const turnSpec = z
  .strictObject({
    address: z
      .string()
      .refine((v) => addressType(v) !== undefined, "must be an IPv4 or IPv6 address or a DNS name")
      .optional()
      .describe("Fixed public TURN address. Skips discovery from the STUNner Gateway's status."),
    port: port.default(3478).describe("TURN over UDP port."),
    tcp: z
      .strictObject({
        enabled: z.boolean().default(false).describe("Also offer TURN over TCP."),
        port: port.default(3478).describe("TURN over TCP port."),
      })
      .prefault({})
      .describe("TURN over TCP, for clients behind UDP-blocking firewalls."),
    tls: z
      .strictObject({
        enabled: z.boolean().default(false).describe("Also offer TURN over TLS."),
        port: port.default(443).describe("TURN over TLS port."),
        hostname: dnsSubdomain.optional().describe("Host clients use for TURN over TLS, covered by the pool's certificate (default turn.<hostname>)."),
      })
      .prefault({})
      .describe("TURN over TLS with the pool's certificate, for the strictest firewalls."),
    auth: z
      .strictObject({
        type: z
          .enum(["static", "ephemeral"])
          .optional()
          .describe("static: a generated username and password; ephemeral: a generated shared secret from which LiveKit derives short-lived credentials (default). Namespaced pools use the platform's TURN auth."),
      })
      .prefault({})
      .describe("How TURN clients authenticate."),
    service: z
      .strictObject({
        type: z.enum(["LoadBalancer", "NodePort"]).default("LoadBalancer").describe("Service type STUNner exposes TURN with."),
        annotations: annotationMap.optional().describe("Annotations for the TURN load balancer Service (cloud load-balancer settings)."),
      })
      .prefault({})
      .describe("The TURN Service."),
  })
  .describe("TURN through STUNner: the public media path.");

const tlsSpec = z
  .strictObject({
    issuerRef: z
      .strictObject({
        name: z.string().min(1).describe("Issuer or ClusterIssuer name."),
        kind: z.enum(["Issuer", "ClusterIssuer"]).default("ClusterIssuer").describe("Issuer kind."),
        group: z.string().default("cert-manager.io").describe("Issuer API group."),
      })
      .optional()
      .describe("An existing cert-manager issuer."),
    acme: z
      .strictObject({
        email: z.email().describe("ACME account email."),
        server: z.url().default(LETS_ENCRYPT).describe("ACME directory URL."),
        solver: z.enum(["http01", "dns01"]).default("http01").describe("http01 answers through the signaling Gateway; dns01 uses `dns01`."),
        dns01: passthroughObject("A cert-manager ACME DNS-01 solver (cloudflare, route53, cloudDNS, ...); its Secrets are read from the pool's namespace.").optional(),
      })
      .superRefine((acme, ctx) => {
        if (acme.solver === "dns01" && !acme.dns01) ctx.addIssue({ code: "custom", path: ["dns01"], message: "required when solver is dns01" });
      })
      .optional()
      .describe("An ACME Issuer composed for the pool."),
  })
  .superRefine((tls, ctx) => {
    if (tls.issuerRef && tls.acme) ctx.addIssue({ code: "custom", path: [], message: "set issuerRef or acme, not both" });
  })
  .describe("TLS certificates from cert-manager, for signaling and TURN over TLS.");

const networkingSpec = z
  .strictObject({
    hostname: dnsSubdomain.describe("Public signaling host, for example livekit.example.com."),
    signaling: z
      .strictObject({
        gatewayClassName: dnsSubdomain.optional().describe("Envoy Gateway class (platform default: eg)."),
        annotations: annotationMap.optional().describe("Annotations for the signaling load balancer Service."),
      })
      .prefault({})
      .describe("Signaling (HTTPS and WebSocket) through Envoy Gateway."),
    turn: turnSpec.prefault({}),
    tls: tlsSpec.optional(),
  })
  .describe("Public networking. Without it the pool is reachable inside the cluster only.");
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
    image: z.string().min(1).optional().describe("Redis-compatible server image (platform default: valkey/valkey:8.0.2-alpine)."),
    resources: resourceRequirements.optional(),
    storage: z
      .strictObject({
        size: quantity.describe("Size of the PersistentVolumeClaim, e.g. 1Gi."),
        storageClassName: z.string().min(1).optional().describe("StorageClass of the claim (platform default, else the cluster's default)."),
      })
      .optional()
      .describe("Persistent storage (append-only file). Without it the data lives in memory and is lost when the Redis pod restarts."),
  })
  .describe("Settings of mode embedded: one Redis (Valkey) pod run by the pool.");

const externalRedisSpec = z
  .strictObject({
    address: z
      .string()
      .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:\[\]/]+):\d{1,5}$/, "must be host:port")
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
    authorizedNetwork: z.string().min(1).optional().describe("Full name of the VPC network the cluster is in (platform default, else GCP's default network)."),
    authEnabled: z.boolean().default(true).describe("Redis AUTH: LiveKit reads the AUTH string from the instance's connection Secret."),
    transitEncryption: z.boolean().default(true).describe("TLS with server authentication; LiveKit trusts the instance's own CA."),
    providerConfigRef: providerConfigRef.optional(),
  })
  .describe("Settings of mode memorystore: a GCP Memorystore for Redis Instance (provider-upjet-gcp).");

const elasticacheSpec = z
  .strictObject({
    region: z.string().min(1).optional().describe("AWS region, e.g. eu-west-1 (platform default)."),
    nodeType: z.string().min(1).optional().describe("Node type (platform default: cache.t4g.small)."),
    numCacheClusters: z.int().min(1).max(6).optional().describe("Nodes: a primary and its replicas; automatic failover when more than 1 (platform default: 2)."),
    engine: z.enum(ELASTICACHE_ENGINES).optional().describe("Engine (platform default: valkey)."),
    engineVersion: z.string().min(1).optional().describe("Engine version, e.g. 8.0 (platform default, else AWS's default)."),
    subnetGroupName: z.string().min(1).optional().describe("An existing cache subnet group."),
    subnetIds: z.array(z.string().min(1)).min(1).optional().describe("Subnets for a subnet group the pool composes (instead of subnetGroupName)."),
    securityGroupIds: z.array(z.string().min(1)).optional().describe("VPC security groups; they must admit the cluster's pods on port 6379."),
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
      .describe("Where LiveKit keeps shared state. Default: embedded when the pool needs Redis (more than one server replica, autoscaling beyond one, ingress or egress), else none."),
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
  .describe("Redis for LiveKit. Changing mode moves LiveKit to the new backend without downtime; the old one stays until no server pod uses it.");

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
export type ServerSpec = z.output<typeof serverSpec>;
export type NetworkingSpec = z.output<typeof networkingSpec>;
export type RedisSpec = z.output<typeof redisSpec>;
export type IngressSpec = z.output<typeof ingressSpec>;
export type EgressSpec = z.output<typeof egressSpec>;
export type AutoscalingSpec = z.output<typeof autoscalingSpec>;
export type RedisMode = (typeof REDIS_MODES)[number];
export type DeletionPolicy = (typeof DELETION_POLICIES)[number];

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
        addressSource: z.enum(["spec", "gateway", "remembered"]).optional().describe("Where the address came from; remembered: the Gateway stopped reporting it."),
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
        active: z.enum(REDIS_MODES).optional().describe("The backend LiveKit is configured with (absent while a new pool waits for its first one)."),
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
