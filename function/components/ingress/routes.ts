// Public routes to LiveKit Ingress on the pool's signaling Gateway (spec.networking only):
// RTMPS -> TCPRoute on the TLS listener, WHIP -> HTTPRoute on the HTTPS listener under /w (the
// server has no /w path, and the longer prefix wins over its catch-all route), WHIP media ->
// UDPRoute on the UDP listener. TCPRoute and UDPRoute are gateway.networking.k8s.io/v1, the
// version Envoy Gateway v1.9 watches.
import { objectMeta } from "../../k8s/metadata.js";
import type { HTTPRoute, TCPRoute, UDPRoute } from "../../k8s/types.js";
import { SIGNALING_LISTENERS } from "../../model/pool-names.js";
import { COMPONENT } from "./workload.js";
import type { IngressView } from "./view.js";

const meta = (view: IngressView, name: string) => objectMeta(view, COMPONENT, name);

export function rtmpRoute(view: IngressView, gateway: string, port: number): TCPRoute {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "TCPRoute",
    metadata: meta(view, view.names.rtmpRoute),
    spec: {
      parentRefs: [{ name: gateway, sectionName: SIGNALING_LISTENERS.rtmps }],
      rules: [{ backendRefs: [{ name: view.names.service, port }] }],
    },
  };
}

export function whipRoute(view: IngressView, gateway: string, hostname: string, port: number): HTTPRoute {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: meta(view, view.names.whipRoute),
    spec: {
      parentRefs: [{ name: gateway, sectionName: SIGNALING_LISTENERS.https }],
      hostnames: [hostname],
      rules: [{ matches: [{ path: { type: "PathPrefix", value: "/w" } }], backendRefs: [{ name: view.names.service, port }] }],
    },
  };
}

export function whipMediaRoute(view: IngressView, gateway: string, port: number): UDPRoute {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "UDPRoute",
    metadata: meta(view, view.names.whipMediaRoute),
    spec: {
      parentRefs: [{ name: gateway, sectionName: SIGNALING_LISTENERS.whipMedia }],
      rules: [{ backendRefs: [{ name: view.names.service, port }] }],
    },
  };
}
