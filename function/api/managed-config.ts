// livekit.yaml keys the function writes itself. A user's spec.server.config may not set them:
// silently overriding would break what the function promises (ports, keys, discovery).
// Each entry names the spec field to use instead, or why the key is off limits.
export const MANAGED_CONFIG_KEYS: Record<string, string> = {
  port: "the signaling port is fixed at 7880",
  bind_addresses: "the server binds all pod addresses",
  keys: "use spec.server.apiKeys",
  key_file: "use spec.server.apiKeys",
  log_level: "use spec.server.logLevel",
  "logging.level": "use spec.server.logLevel",
  "rtc.port_range_start": "use spec.server.rtc.portRangeStart",
  "rtc.port_range_end": "use spec.server.rtc.portRangeEnd",
  "rtc.tcp_port": "use spec.server.rtc.tcpPort",
  "rtc.udp_port": "the server uses spec.server.rtc port ranges",
  "rtc.node_ip": "set from the pod IP",
  "rtc.use_external_ip": "the function decides how addresses are discovered",
  "prometheus.port": "metrics are served on port 6789",
  prometheus_port: "metrics are served on port 6789",
  redis: "use spec.redis",
  "rtc.turn_servers": "set from spec.networking.turn and the discovered TURN address",
  "rtc.stun_servers": "set from the discovered TURN address",
  "turn.enabled": "LiveKit's own TURN stays off; STUNner serves TURN",
  ingress: "set from spec.ingress",
  "webhook.urls": "use spec.server.webhook.urls",
  "webhook.api_key": "use spec.server.webhook.apiKey, or nothing: the pool signs with its own key",
};

/** Managed keys a user config sets, as `[dotted path, reason]`. A managed path counts as set when
 * the config sets it or replaces one of its parents with something that is not a map. */
export function managedKeysIn(config: Record<string, unknown>): Array<[string, string]> {
  const hits: Array<[string, string]> = [];
  for (const [path, reason] of Object.entries(MANAGED_CONFIG_KEYS)) {
    let cur: unknown = config;
    const parts = path.split(".");
    for (let i = 0; i < parts.length; i++) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) break;
      const key = parts[i]!;
      if (!(key in cur)) break;
      cur = (cur as Record<string, unknown>)[key];
      const last = i === parts.length - 1;
      const blocksChild = !last && (cur === null || typeof cur !== "object" || Array.isArray(cur));
      if (last || blocksChild) {
        hits.push([parts.slice(0, i + 1).join("."), reason]);
        break;
      }
    }
  }
  return hits;
}
