// The LiveKitPool API, written once. Both XRDs' openAPIV3Schema are generated from these schemas
// (scripts/generate-apis.ts) and the function validates every XR against them at run time.
//
// Defaults: a field gets a schema default only when it is an app-level choice. Fields a platform
// team sets for everyone (image, grace period, resources) have no schema default, because an
// API-server default would hide the platform default from the function input (PoolDefaults).
import { z } from "zod";
import { METRICS_PORT, SIGNAL_PORT } from "../components/server/config.js";
import { addressType } from "./addresses.js";
import { Affinity } from "kubernetes-models/v1/Affinity";
import { Toleration } from "kubernetes-models/v1/Toleration";
import { TopologySpreadConstraint } from "kubernetes-models/v1/TopologySpreadConstraint";
import { annotationMap, dnsSubdomain, imageRef, kubernetesPassthrough, labelMap, passthroughObject, port, resourceRequirements, secretKey } from "./kubernetes-types.js";

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
    // The server listens on these TCP ports already; the Service cannot carry a port twice.
    const taken = { [SIGNAL_PORT]: "signaling", [METRICS_PORT]: "metrics" }[rtc.tcpPort];
    if (taken) ctx.addIssue({ code: "custom", path: ["tcpPort"], message: `must not be ${rtc.tcpPort}, the server's ${taken} port` });
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

export const serverSpec = z
  .strictObject({
    image: imageRef.optional().describe("LiveKit server image (platform default: livekit/livekit-server:v1.13.5)."),
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

/** spec of a LiveKitPool. Crossplane's own spec fields (crossplane, claimRef, ...) pass untouched. */
export const poolSpec = z
  .object({
    server: serverSpec.prefault({}),
    networking: networkingSpec.optional(),
  })
  .describe("What the pool runs.");

export type PoolSpec = z.output<typeof poolSpec>;
export type ServerSpec = z.output<typeof serverSpec>;
export type NetworkingSpec = z.output<typeof networkingSpec>;

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
    signaling: z
      .object({ address: z.string().optional().describe("Signaling load-balancer address (point the hostname's DNS here).") })
      .optional()
      .describe("Signaling endpoint."),
  })
  .describe("Observed state of the pool.");

export type PoolStatus = z.output<typeof poolStatus>;
