// spec.networking: public signaling through Envoy Gateway, TURN through STUNner, TLS from cert-manager.
import { z } from "zod";
import { addressType } from "../addresses.js";
import { annotationMap, dnsSubdomain, passthroughObject, port } from "../kubernetes-types.js";

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
        hostname: dnsSubdomain
          .optional()
          .describe("Host clients use for TURN over TLS, covered by the pool's certificate (default turn.<hostname>)."),
      })
      .prefault({})
      .describe("TURN over TLS with the pool's certificate, for the strictest firewalls."),
    auth: z
      .strictObject({
        type: z
          .enum(["static", "ephemeral"])
          .optional()
          .describe(
            "static: a generated username and password; ephemeral: a generated shared secret from which LiveKit derives short-lived credentials (default). Namespaced pools use the platform's TURN auth.",
          ),
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
        dns01: passthroughObject(
          "A cert-manager ACME DNS-01 solver (cloudflare, route53, cloudDNS, ...); its Secrets are read from the pool's namespace.",
        ).optional(),
      })
      .superRefine((acme, ctx) => {
        if (acme.solver === "dns01" && !acme.dns01)
          ctx.addIssue({ code: "custom", path: ["dns01"], message: "required when solver is dns01" });
      })
      .optional()
      .describe("An ACME Issuer composed for the pool."),
  })
  .superRefine((tls, ctx) => {
    if (tls.issuerRef && tls.acme) ctx.addIssue({ code: "custom", path: [], message: "set issuerRef or acme, not both" });
  })
  .describe("TLS certificates from cert-manager, for signaling and TURN over TLS.");

export const networkingSpec = z
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

export type NetworkingSpec = z.output<typeof networkingSpec>;
