// An embedded-Redis pool with two replicas: two real LiveKit servers share one real redis-server
// (Debian's), which runs with the password the function generated into the pool's auth Secret.
// The servers read that password the way the Deployment gives it (REDIS_PASSWORD from a
// secretKeyRef); the only change is the Service address, rewritten to the local redis-server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { generatedApiKeys, roomService, type ApiKeys } from "../support/livekit-client.js";
import { jsonLogLines, liveKitMissing, serverRefusal, startServer, withServerLogs, type ServerPod } from "../support/livekit-pods.js";
import { redisMissing, requirepassOf, startRedis, type RedisServer } from "../support/redis-server.js";
import { renderPool, type RenderedPool } from "../support/rendered-pool.js";
import { statefulSetsReady } from "../support/worlds.js";

type Obj = Record<string, any>;

const reason = liveKitMissing() ?? redisMissing();
const decode = (v: string) => Buffer.from(v, "base64").toString("utf8");
const redisConfigOf = (pool: RenderedPool): Obj => (parseYaml(decode(pool.objects["server-config"]!.data["config.yaml"])) as Obj).redis;

describe.skipIf(reason)("an embedded-Redis pool of two replicas on real LiveKit servers and a real Redis", () => {
  let pool: RenderedPool;
  let keys: ApiKeys;
  let redis: RedisServer | undefined;
  const servers: ServerPod[] = [];
  const check = <T>(fn: () => Promise<T> | T) =>
    withServerLogs(servers, async () => {
      try {
        return await fn();
      } catch (err) {
        if (err instanceof Error && redis) err.message = `${err.message}\n${redis.logTail()}`;
        throw err;
      }
    });

  beforeAll(async () => {
    pool = renderPool({ name: "duo", spec: { server: { replicas: 2 } }, world: { controllers: statefulSetsReady } });
    keys = generatedApiKeys(pool.objects["server-keys"]!);
    // Redis gets its password as the rendered StatefulSet gives it: the auth.conf of the Secret.
    redis = await startRedis({ password: requirepassOf(decode(pool.objects["redis-embedded-auth"]!.data["auth.conf"])) });
    const services = new Map([[redisConfigOf(pool).address as string, redis.address]]);
    for (const ordinal of [0, 1]) servers.push(await startServer(pool, { ordinal, services }));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.pod.stop()));
    await redis?.stop();
  });

  it("renders two replicas pointed at the embedded Service, the password only through the Secret", () =>
    check(() => {
      expect(pool.objects["server-deployment"]!.spec.replicas).toBe(2);
      expect(redisConfigOf(pool)).toEqual({ address: "duo-redis.media.svc:6379" });
      const password = decode(pool.objects["redis-embedded-auth"]!.data.password);
      for (const s of servers) expect(s.plan.env).toContainEqual({ name: "REDIS_PASSWORD", value: password });
    }));

  it("both servers start with Redis and register as nodes in it", () =>
    check(() => {
      const nodeIds = servers.map(
        (s) => jsonLogLines(s.pod).find((l) => l.msg === "starting LiveKit server")?.nodeID as string | undefined,
      );
      expect(nodeIds.every(Boolean)).toBe(true);
      expect(new Set(nodeIds).size).toBe(2);
      const registered = redis!.cli(["HKEYS", "nodes"]).split("\n").sort();
      expect(registered).toEqual([...nodeIds].sort());
    }));

  it("a room created through one node is listed and deleted through the other", () =>
    check(async () => {
      const [a, b] = servers.map((s) => roomService(s.pod, keys));
      await a!.createRoom({ name: "shared-room" });
      expect((await b!.listRooms()).map((r) => r.name)).toEqual(["shared-room"]);
      await b!.deleteRoom("shared-room");
      expect(await a!.listRooms()).toEqual([]);
    }));

  it("control: with a wrong Redis password LiveKit refuses to start, with Redis's own answer", async () => {
    const wrong = structuredClone(pool);
    wrong.objects["redis-embedded-auth"]!.data.password = Buffer.from("not-the-generated-password").toString("base64");
    const { how, lines } = await serverRefusal(wrong, { services: new Map([[redisConfigOf(pool).address as string, redis!.address]]) });
    // LiveKit v1.13.5 prints a startup error and exits 0 (cmd/server/main.go: fmt.Println(err)); the
    // kubelet restarts it all the same, and the startup probe never passes.
    expect(how).toMatch(/^code /);
    expect(lines.join("\n"), lines.join("\n")).toMatch(/unable to connect to redis: WRONGPASS/);
  });
});
