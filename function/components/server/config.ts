// livekit.yaml for the server. The function writes only keys LiveKit v1.13 knows, so the server
// runs in strict config mode. Layers, later wins: the server's own keys, what other components
// contribute (TURN servers, Redis), then the user's overrides (spec.server.config), which parse has
// already checked touch no managed key.
import { METRICS_PORT, SIGNAL_PORT } from "../../api/reserved-ports.js";
import { canonicalJson } from "../../k8s/canonical-json.js";
import type { PodContribution } from "../../model/outcome.js";
import { configChecksum } from "../../model/server-config.js";
import type { ServerView } from "./view.js";

export { METRICS_PORT, SIGNAL_PORT } from "../../api/reserved-ports.js";
export const CONFIG_DIR = "/etc/livekit/config";
export { CONFIG_FILE } from "../../model/server-config.js";
export const KEYS_DIR = "/etc/livekit/keys";

type Tree = Record<string, unknown>;

function isTree(v: unknown): v is Tree {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Deep merge where `over` wins; maps merge, everything else is replaced. */
export function mergeConfig(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const cur = out[k];
    out[k] = isTree(cur) && isTree(v) ? mergeConfig(cur, v) : v;
  }
  return out;
}

export function serverConfig(view: ServerView, contributions: PodContribution[] = []): Tree {
  const managed: Tree = {
    port: SIGNAL_PORT,
    prometheus: { port: METRICS_PORT },
    logging: { level: view.logLevel, json: true },
    key_file: `${KEYS_DIR}/${view.apiKeys.key}`,
    rtc: {
      port_range_start: view.rtc.portRangeStart,
      port_range_end: view.rtc.portRangeEnd,
      tcp_port: view.rtc.tcpPort,
      // Addresses are never guessed by STUN from inside the cluster: NODE_IP is the pod IP, and
      // public reachability comes from TURN (networking).
      use_external_ip: false,
    },
  };
  const withComponents = contributions.reduce((cfg, c) => (c.config ? mergeConfig(cfg, c.config) : cfg), managed);
  return mergeConfig(withComponents, view.configOverrides);
}

export interface RenderedConfig {
  text: string;
  /** Rolls the pods when the config changes. */
  checksum: string;
}

export function renderConfig(view: ServerView, contributions: PodContribution[] = []): RenderedConfig {
  // JSON is YAML (1.2), and LiveKit's strict YAML decoder reads it as such; it renders about ten
  // times faster than a YAML emitter, on every call. Sorted keys keep the checksum stable.
  const text = `${canonicalJson(serverConfig(view, contributions), 2)}\n`;
  return { text, checksum: configChecksum(text) };
}
