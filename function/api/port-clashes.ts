// Port collisions a pod or a Gateway would hit, refused at parse time with both fields named. Each
// place that binds ports (a Gateway's listeners, a pod's containers) is a set of bindings; two
// bindings of one place clash when they share a port and a transport (TCP or UDP: TURN-UDP and
// TURN-TCP on 3478 is fine, HTTPS and TLS on 443 is not).
import type { PoolSpec } from "./spec.js";
import {
  ACME_HTTP_PORT,
  INGRESS_HEALTH_PORT,
  INGRESS_METRICS_PORT,
  INGRESS_RELAY_PORT,
  METRICS_PORT,
  SIGNAL_PORT,
  SIGNALING_HTTPS_PORT,
} from "./reserved-ports.js";

type Transport = "TCP" | "UDP";

interface Binding {
  port: number;
  transport: Transport;
  /** The spec field that sets the port, or what uses a fixed one. */
  field: string;
  fixed?: boolean;
}

interface Place {
  name: string;
  bindings: Binding[];
}

const spec = (field: string, port: number, transport: Transport): Binding => ({ port, transport, field: `spec.${field}` });
const fixed = (what: string, port: number, transport: Transport): Binding => ({ port, transport, field: what, fixed: true });

/** Where the pool binds ports, as the spec has them (only what is switched on). */
function places(s: PoolSpec): Place[] {
  const out: Place[] = [
    {
      name: "the server pod",
      bindings: [
        fixed("its signaling port", SIGNAL_PORT, "TCP"),
        fixed("its metrics port", METRICS_PORT, "TCP"),
        spec("server.rtc.tcpPort", s.server.rtc.tcpPort, "TCP"),
      ],
    },
  ];
  const net = s.networking;
  const ingress = s.ingress.enabled ? s.ingress : undefined;
  const rtmp = ingress?.rtmp.enabled ? ingress.rtmp : undefined;
  const whip = ingress?.whip.enabled ? ingress.whip : undefined;
  if (net) {
    out.push({
      name: "the STUNner Gateway",
      bindings: [
        spec("networking.turn.port", net.turn.port, "UDP"),
        ...(net.turn.tcp.enabled ? [spec("networking.turn.tcp.port", net.turn.tcp.port, "TCP")] : []),
        ...(net.turn.tls.enabled ? [spec("networking.turn.tls.port", net.turn.tls.port, "TCP")] : []),
      ],
    });
    out.push({
      name: "the signaling Gateway",
      bindings: [
        fixed("its HTTPS listener", SIGNALING_HTTPS_PORT, "TCP"),
        ...(net.tls?.acme && net.tls.acme.solver === "http01" ? [fixed("its HTTP listener for ACME HTTP-01", ACME_HTTP_PORT, "TCP")] : []),
        ...(rtmp ? [spec("ingress.rtmp.port", rtmp.port, "TCP")] : []),
        ...(whip ? [spec("ingress.whip.udpPort", whip.udpPort, "UDP")] : []),
      ],
    });
  }
  if (ingress) {
    out.push({
      name: "the Ingress pod",
      bindings: [
        fixed("its health port", INGRESS_HEALTH_PORT, "TCP"),
        fixed("its metrics port", INGRESS_METRICS_PORT, "TCP"),
        fixed("its HTTP relay port", INGRESS_RELAY_PORT, "TCP"),
        ...(rtmp ? [spec("ingress.rtmp.port", rtmp.port, "TCP")] : []),
        ...(whip ? [spec("ingress.whip.port", whip.port, "TCP"), spec("ingress.whip.udpPort", whip.udpPort, "UDP")] : []),
      ],
    });
  }
  return out;
}

/** Every clash, as `field: problem`, naming the field to change (a spec field, never a fixed port). */
export function portClashes(s: PoolSpec): string[] {
  const errors: string[] = [];
  for (const place of places(s)) {
    const seen: Binding[] = [];
    for (const b of place.bindings) {
      const other = seen.find((o) => o.port === b.port && o.transport === b.transport);
      seen.push(b);
      if (!other) continue;
      // Name a spec field first; when both are spec fields, the later one.
      const [blamed, with_] = b.fixed ? [other, b] : [b, other];
      errors.push(
        `${blamed.field}: ${blamed.port} is also ${with_.fixed ? `${place.name}'s ${with_.field.replace(/^its /, "")}` : with_.field}; ${place.name} cannot bind ${b.transport} port ${b.port} twice`,
      );
    }
  }
  return [...new Set(errors)];
}
