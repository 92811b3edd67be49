// The address rewrite is the only change the LiveKit suites make to rendered content: it must
// change exactly the documented addresses and ports, and refuse what it cannot map. Pure; needs
// no server.
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { allocateLoopback, CONFIG_PORT_KEYS, configPathOf, rewriteAddresses, type LoopbackNet } from "../support/loopback.js";
import { podFile, podFromDeployment, type PodPlan } from "../support/pod.js";
import { renderPool, secretStore } from "../support/rendered-pool.js";
import { SERVER_CONTAINER } from "../support/livekit-pods.js";

type Obj = Record<string, any>;

const NET: LoopbackNet = {
  podIP: "127.0.0.1",
  ports: new Map([
    [7880, 17880],
    [7881, 17881],
    [6789, 16789],
    [50000, 20000],
    [60000, 20031],
  ]),
  services: new Map([["pool-redis.media.svc.cluster.local:6379", "127.0.0.1:16379"]]),
};

function renderedPlan(spec: Obj = {}): PodPlan {
  const pool = renderPool({ spec });
  return podFromDeployment(pool.objects["server-deployment"]!, secretStore(pool), SERVER_CONTAINER);
}

const configOf = (plan: PodPlan): Obj => parseYaml(podFile(plan, configPathOf(plan))!.file.content.toString("utf8"));

/** Deletes the keys the rewrite may change, so what is left must be identical. */
function withoutAddresses(config: Obj): Obj {
  const copy = structuredClone(config);
  for (const path of [...CONFIG_PORT_KEYS, ["bind_addresses"], ["rtc", "enable_loopback_candidate"], ["redis", "address"]]) {
    const parent = path.slice(0, -1).reduce<Obj | undefined>((o, k) => o?.[k], copy);
    if (parent) delete parent[path.at(-1)!];
  }
  return copy;
}

describe("the loopback address rewrite", () => {
  it("changes the documented ports and addresses and nothing else", () => {
    const before = renderedPlan();
    const after = rewriteAddresses(before, NET);
    expect(configOf(after)).toMatchObject({
      port: 17880,
      rtc: { tcp_port: 17881, port_range_start: 20000, port_range_end: 20031, enable_loopback_candidate: true },
      prometheus: { port: 16789 },
      bind_addresses: ["127.0.0.1"],
    });
    expect(withoutAddresses(configOf(after))).toEqual(withoutAddresses(configOf(before)));
    expect(after.env).toEqual([{ name: "NODE_IP", value: "127.0.0.1" }]);
    expect(before.env).toEqual([{ name: "NODE_IP", fieldPath: "status.podIP" }]);
    expect(after.ports.map((p) => [p.name, p.containerPort])).toEqual([
      ["http", 17880],
      ["rtc-tcp", 17881],
      ["metrics", 16789],
    ]);
    const configPath = configPathOf(before);
    const otherFiles = (plan: PodPlan) =>
      plan.volumes.flatMap((v) =>
        v.kind === "secret" ? v.files.filter((f) => `${v.mountPath}/${f.path}` !== configPath).map((f) => ({ ...f, at: v.mountPath })) : [],
      );
    expect(otherFiles(after)).toEqual(otherFiles(before));
    expect({ ...after, env: [], ports: [], volumes: [] }).toEqual({ ...before, env: [], ports: [], volumes: [] });
    expect(after.volumes.map((v) => [v.name, v.mountPath, v.readOnly])).toEqual(
      before.volumes.map((v) => [v.name, v.mountPath, v.readOnly]),
    );
  });

  it("keeps everything of livekit.yaml but its addresses", () => {
    const before = renderedPlan({ server: { config: { room: { empty_timeout: 120 } } } });
    const withoutAddresses = (plan: PodPlan) => {
      const c = structuredClone(configOf(plan));
      delete c.port;
      delete c.bind_addresses;
      delete c.prometheus.port;
      for (const k of ["tcp_port", "port_range_start", "port_range_end", "enable_loopback_candidate"]) delete c.rtc[k];
      return c;
    };
    expect(withoutAddresses(rewriteAddresses(before, NET))).toEqual(withoutAddresses(before));
    expect(withoutAddresses(before).room).toEqual({ empty_timeout: 120 });
  });

  it("maps a Redis Service address to its loopback stand-in, and refuses an unknown one", () => {
    const withRedis = (address: string): PodPlan => {
      const plan = renderedPlan();
      const { file } = podFile(plan, configPathOf(plan))!;
      file.content = Buffer.from(JSON.stringify({ ...configOf(plan), redis: { address } }));
      return plan;
    };
    expect(configOf(rewriteAddresses(withRedis("pool-redis.media.svc.cluster.local:6379"), NET)).redis).toEqual({
      address: "127.0.0.1:16379",
    });
    expect(() => rewriteAddresses(withRedis("elsewhere:6379"), NET)).toThrow(/no loopback address for Service elsewhere:6379/);
  });

  it("rewrites a rendered Redis endpoint's address only: TLS settings and server name stay", () => {
    const tls = { caSecretRef: { name: "team-redis", key: "ca.crt" }, serverName: "redis.internal" };
    const pool = renderPool({
      spec: {
        redis: {
          mode: "external",
          external: { address: "redis.internal:6380", passwordSecretRef: { name: "team-redis", key: "pw" }, tls },
        },
      },
    });
    const userSecret = { metadata: { name: "team-redis", namespace: "media" }, data: { pw: "cHc=", "ca.crt": "Y2E=" } };
    const before = podFromDeployment(pool.objects["server-deployment"]!, secretStore(pool, [userSecret]), SERVER_CONTAINER);
    const net = { ...NET, services: new Map([["redis.internal:6380", "127.0.0.1:16380"]]) };
    const after = rewriteAddresses(before, net);
    expect(configOf(after).redis).toEqual({ ...configOf(before).redis, address: "127.0.0.1:16380" });
    expect(configOf(after).redis.tls).toEqual({
      enabled: true,
      ca_cert_file: "/etc/livekit/redis-tls/ca.crt",
      server_name: "redis.internal",
    });
    expect(withoutAddresses(configOf(after))).toEqual(withoutAddresses(configOf(before)));
    expect(after.env).toContainEqual({ name: "REDIS_PASSWORD", value: "pw" });
  });

  it("keeps every port as rendered for a pod in a network namespace of its own", async () => {
    const before = renderedPlan();
    const net = await allocateLoopback(
      before,
      podFile(before, configPathOf(before))!.file.content.toString("utf8"),
      new Map(),
      "as-rendered",
    );
    expect([...net.ports.entries()]).toEqual(
      expect.arrayContaining([
        [7880, 7880],
        [7881, 7881],
        [6789, 6789],
        [50000, 50000],
        [60000, 60000],
      ]),
    );
    expect([...net.ports.entries()].every(([from, to]) => from === to)).toBe(true);
    const after = rewriteAddresses(before, net);
    expect(configOf(after)).toMatchObject({
      port: 7880,
      rtc: { tcp_port: 7881, port_range_start: 50000, port_range_end: 60000, enable_loopback_candidate: true },
      bind_addresses: ["127.0.0.1"],
    });
    expect(after.ports).toEqual(before.ports);
  });

  it("refuses a port it has no loopback port for", () => {
    expect(() => rewriteAddresses(renderedPlan({ server: { rtc: { tcpPort: 7000 } } }), NET)).toThrow(/no loopback port for port 7000/);
  });
});
