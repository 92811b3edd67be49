// livekit.yaml for the server. The function writes only keys LiveKit v1.13 knows, so the server
// runs in strict config mode; user overrides (spec.server.config) are merged last, and parse has
// already rejected any that touch a managed key.
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { ServerView } from "../../pipeline/views.js";

export const SIGNAL_PORT = 7880;
export const METRICS_PORT = 6789;
export const CONFIG_DIR = "/etc/livekit/config";
export const CONFIG_FILE = "config.yaml";
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

export function serverConfig(view: ServerView): Tree {
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
  return mergeConfig(managed, view.configOverrides);
}

export interface RenderedConfig {
  text: string;
  /** Rolls the pods when the config changes. */
  checksum: string;
}

export function renderConfig(view: ServerView): RenderedConfig {
  const text = stringify(serverConfig(view), { sortMapEntries: true });
  return { text, checksum: createHash("sha256").update(text).digest("hex") };
}
