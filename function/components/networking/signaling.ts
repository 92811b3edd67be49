// Signaling (HTTPS and WebSocket) through Envoy Gateway: a Gateway with an HTTPS listener for the
// pool's hostname and an HTTPRoute to the LiveKit Service.
import { SIGNALING_LISTENERS } from "../../model/pool-names.js";
import { objectMeta } from "../../k8s/metadata.js";
import type { Gateway, HTTPRoute } from "../../k8s/types.js";
import { ACME_HTTP_PORT, SIGNAL_PORT, SIGNALING_HTTPS_PORT } from "../../api/reserved-ports.js";
import type { NetworkingView } from "./view.js";

const COMPONENT = "signaling";

export function signalingGateway(view: NetworkingView): Gateway {
  const listeners: NonNullable<Gateway["spec"]>["listeners"] = [
    {
      name: SIGNALING_LISTENERS.https,
      port: SIGNALING_HTTPS_PORT,
      protocol: "HTTPS",
      hostname: view.hostname,
      tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", group: "", name: view.names.tlsSecret }] },
      allowedRoutes: { namespaces: { from: "Same" } },
    },
  ];
  // ACME HTTP-01 answers on port 80 through this Gateway.
  if (view.tls.acme?.solver === "http01") {
    listeners.push({
      name: "http",
      port: ACME_HTTP_PORT,
      protocol: "HTTP",
      hostname: view.hostname,
      allowedRoutes: { namespaces: { from: "Same" } },
    });
  }
  const ingress = view.ingress;
  if (ingress?.rtmpPort !== undefined) {
    listeners.push({
      name: SIGNALING_LISTENERS.rtmps,
      port: ingress.rtmpPort,
      protocol: "TLS",
      hostname: view.hostname,
      tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", group: "", name: view.names.tlsSecret }] },
      allowedRoutes: { namespaces: { from: "Same" }, kinds: [{ group: "gateway.networking.k8s.io", kind: "TCPRoute" }] },
    });
  }
  if (ingress?.whipUdpPort !== undefined) {
    listeners.push({
      name: SIGNALING_LISTENERS.whipMedia,
      port: ingress.whipUdpPort,
      protocol: "UDP",
      allowedRoutes: { namespaces: { from: "Same" }, kinds: [{ group: "gateway.networking.k8s.io", kind: "UDPRoute" }] },
    });
  }
  const annotations = view.signaling.annotations;
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "Gateway",
    metadata: objectMeta(view, COMPONENT, view.names.signalingGateway),
    spec: {
      gatewayClassName: view.signaling.gatewayClassName,
      listeners,
      ...(Object.keys(annotations).length > 0 ? { infrastructure: { annotations } } : {}),
    },
  };
}

export function signalingRoute(view: NetworkingView): HTTPRoute {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: objectMeta(view, COMPONENT, view.names.signalingRoute),
    spec: {
      parentRefs: [{ name: view.names.signalingGateway, sectionName: SIGNALING_LISTENERS.https }],
      hostnames: [view.hostname],
      rules: [{ backendRefs: [{ name: view.serverService, port: SIGNAL_PORT }] }],
    },
  };
}
