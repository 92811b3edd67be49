import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { mergeConfig, renderConfig } from "../../function/components/server/config.js";
import { MANAGED_CONFIG_KEYS } from "../../function/api/managed-config.js";
import { parse } from "../../function/pipeline/parse.js";
import { serverView } from "../../function/components/server/view.js";

function view(server: Record<string, unknown>) {
  const r = parse({ metadata: { name: "p", namespace: "ns" }, spec: { server } }, {});
  if (!r.ok) throw new Error(r.errors.join("; "));
  return serverView(r.pool);
}

describe("livekit.yaml", () => {
  it("holds the managed keys from the spec", () => {
    const cfg = parseYaml(
      renderConfig(view({ logLevel: "warn", rtc: { portRangeStart: 40000, portRangeEnd: 40100, tcpPort: 7801 } })).text,
    );
    expect(cfg).toEqual({
      port: 7880,
      prometheus: { port: 6789 },
      logging: { level: "warn", json: true },
      key_file: "/etc/livekit/keys/keys.yaml",
      rtc: { port_range_start: 40000, port_range_end: 40100, tcp_port: 7801, use_external_ip: false },
    });
  });

  it("points key_file at the data key of a user's Secret", () => {
    const cfg = parseYaml(renderConfig(view({ apiKeys: { secretRef: { name: "mine", key: "livekit-keys" } } })).text);
    expect(cfg.key_file).toBe("/etc/livekit/keys/livekit-keys");
  });

  it("merges user keys last, deeply, next to the managed ones", () => {
    const cfg = parseYaml(
      renderConfig(view({ config: { room: { empty_timeout: 60 }, rtc: { congestion_control: { enabled: true } } } })).text,
    );
    expect(cfg.room).toEqual({ empty_timeout: 60 });
    expect(cfg.rtc).toMatchObject({ tcp_port: 7881, congestion_control: { enabled: true } });
  });

  it("changes its checksum with its content and only then", () => {
    expect(renderConfig(view({})).checksum).toBe(renderConfig(view({})).checksum);
    expect(renderConfig(view({})).checksum).not.toBe(renderConfig(view({ logLevel: "debug" })).checksum);
  });

  it("writes every managed key the function claims (the managed list is not stale)", () => {
    const written = parseYaml(renderConfig(view({})).text);
    const managedWritten = [
      "port",
      "key_file",
      "logging.level",
      "rtc.port_range_start",
      "rtc.port_range_end",
      "rtc.tcp_port",
      "rtc.use_external_ip",
      "prometheus.port",
    ];
    for (const path of managedWritten) {
      expect(MANAGED_CONFIG_KEYS[path], path).toBeDefined();
      expect(
        path.split(".").reduce((o, k) => o?.[k], written),
        path,
      ).toBeDefined();
    }
  });

  it("mergeConfig replaces lists and scalars, merges maps", () => {
    expect(mergeConfig({ a: { b: 1, c: [1] } }, { a: { c: [2], d: 3 } })).toEqual({ a: { b: 1, c: [2], d: 3 } });
  });
});
