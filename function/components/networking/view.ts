// The networking view: public hostname, the STUNner TURN path, Envoy Gateway signaling and TLS,
// with platform defaults resolved. Two TURN models:
// - shared (namespaced pools): a Gateway of the platform's STUNner GatewayClass; credentials are
//   the platform's, read from its auth Secret as a required resource;
// - dedicated (cluster-scoped pools): the pool composes its own GatewayClass and GatewayConfig with
//   generated credentials, so no two pools share TURN credentials.
import { LETS_ENCRYPT } from "../../api/schema/networking.js";
import { objectName } from "../../k8s/names.js";
import { poolNames } from "../../model/pool-names.js";
import type { Pool } from "../../model/pool.js";

export type TurnAuthType = "static" | "ephemeral";

export interface IssuerRef {
  name: string;
  kind: "Issuer" | "ClusterIssuer";
  group: string;
}

export interface NetworkingView {
  namespace: string;
  poolLabel: string;
  identity: string;
  hostname: string;
  /** The LiveKit Service the routes point at, and its media port range. */
  serverService: string;
  mediaPorts: { start: number; end: number };
  names: {
    turnGateway: string;
    turnRoute: string;
    turnSecret: string;
    gatewayClass: string;
    gatewayConfig: string;
    signalingGateway: string;
    signalingRoute: string;
    certificate: string;
    tlsSecret: string;
    issuer: string;
    acmeAccountSecret: string;
  };
  turn: {
    model: "shared" | "dedicated";
    gatewayClassName: string;
    fixedAddress?: string;
    udpPort: number;
    tcpPort?: number;
    tls?: { port: number; hostname: string };
    /** Dedicated: the type to generate. Shared: what the user asked for, checked against the platform's. */
    authType?: TurnAuthType;
    platformAuthSecret?: { name: string; namespace: string };
    dataplane: string;
    serviceType: "LoadBalancer" | "NodePort";
    serviceAnnotations: Record<string, string>;
  };
  signaling: { gatewayClassName: string; annotations: Record<string, string> };
  /** Listeners LiveKit Ingress adds to the signaling Gateway (spec.ingress), absent while it is off. */
  ingress?: { rtmpPort?: number; whipUdpPort?: number };
  /** The issuer the Certificate uses: the user's, the platform's, or the pool's own ACME Issuer. */
  tls: { issuerRef: IssuerRef; acme?: { email: string; server: string; solver: "http01" | "dns01"; dns01?: Record<string, unknown> } };
}

export function networkingView(pool: Pool): NetworkingView | undefined {
  const net = pool.spec.networking;
  if (!net) return undefined;
  const platform = pool.defaults.networking;
  const ingress = pool.spec.ingress;
  const base = pool.baseName;
  const dedicated = pool.scope === "cluster";
  const shared = poolNames(pool);
  const names = {
    turnGateway: objectName(base, "turn"),
    turnRoute: objectName(base, "livekit-media"),
    turnSecret: objectName(base, "livekit-turn"),
    // Cluster-scoped: the XR name is unique cluster-wide for cluster-scoped pools.
    gatewayClass: objectName(pool.xrName, "stunner"),
    gatewayConfig: objectName(base, "stunner"),
    signalingGateway: shared.signalingGateway,
    signalingRoute: objectName(base, "livekit-signaling"),
    certificate: objectName(base, "livekit-tls"),
    tlsSecret: objectName(base, "livekit-tls"),
    issuer: objectName(base, "livekit-acme"),
    acmeAccountSecret: objectName(base, "livekit-acme-account"),
  };
  const acme = net.tls?.acme;
  const issuerRef: IssuerRef = acme
    ? { name: names.issuer, kind: "Issuer", group: "cert-manager.io" }
    : (net.tls?.issuerRef ?? platform.tlsIssuerRef)!; // parse guarantees one of them
  return {
    namespace: pool.namespace,
    poolLabel: shared.poolLabel,
    identity: pool.identity,
    hostname: net.hostname,
    serverService: shared.serverService,
    mediaPorts: { start: pool.spec.server.rtc.portRangeStart, end: pool.spec.server.rtc.portRangeEnd },
    names,
    turn: {
      model: dedicated ? "dedicated" : "shared",
      gatewayClassName: dedicated ? names.gatewayClass : platform.turn.gatewayClassName,
      ...(net.turn.address ? { fixedAddress: net.turn.address } : {}),
      udpPort: net.turn.port,
      ...(net.turn.tcp.enabled ? { tcpPort: net.turn.tcp.port } : {}),
      ...(net.turn.tls.enabled ? { tls: { port: net.turn.tls.port, hostname: net.turn.tls.hostname ?? `turn.${net.hostname}` } } : {}),
      ...(dedicated ? { authType: net.turn.auth.type ?? "ephemeral" } : net.turn.auth.type ? { authType: net.turn.auth.type } : {}),
      ...(!dedicated && platform.turn.authSecretRef ? { platformAuthSecret: platform.turn.authSecretRef } : {}),
      dataplane: platform.turn.dataplane,
      serviceType: net.turn.service.type,
      serviceAnnotations: net.turn.service.annotations ?? {},
    },
    signaling: {
      gatewayClassName: net.signaling.gatewayClassName ?? platform.signalingGatewayClassName,
      annotations: net.signaling.annotations ?? {},
    },
    ...(ingress.enabled
      ? {
          ingress: {
            ...(ingress.rtmp.enabled ? { rtmpPort: ingress.rtmp.port } : {}),
            ...(ingress.whip.enabled ? { whipUdpPort: ingress.whip.udpPort } : {}),
          },
        }
      : {}),
    tls: {
      issuerRef,
      ...(acme
        ? {
            acme: {
              email: acme.email,
              server: acme.server ?? LETS_ENCRYPT,
              solver: acme.solver,
              ...(acme.dns01 ? { dns01: acme.dns01 } : {}),
            },
          }
        : {}),
    },
  };
}
