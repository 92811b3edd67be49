// Ingress on: the server's own config gains ingress.rtmp_base_url and ingress.whip_base_url. The
// real server must accept them in strict mode, and hand them out: creating an RTMP or WHIP ingress
// through LiveKit's own client returns a URL under the rendered base URL.
import { IngressClient, IngressInput } from "livekit-server-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { generatedApiKeys } from "../support/livekit-client.js";
import { liveKitMissing, startServer, withServerLogs, type ServerPod } from "../support/livekit-pods.js";
import { redisMissing, requirepassOf, startRedis, type RedisServer } from "../support/redis-server.js";
import { renderPool, type RenderedPool } from "../support/rendered-pool.js";
import { statefulSetsReady } from "../support/worlds.js";

type Obj = Record<string, any>;

const reason = liveKitMissing() ?? redisMissing();
const decode = (v: string) => Buffer.from(v, "base64").toString("utf8");
const configOf = (pool: RenderedPool): Obj => parseYaml(decode(pool.objects["server-config"]!.data["config.yaml"])) as Obj;

describe.skipIf(reason)("a pool with Ingress on the real LiveKit server", () => {
  let pool: RenderedPool;
  let redis: RedisServer | undefined;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);

  beforeAll(async () => {
    // Ingress needs Redis, so the pool gets the embedded one by default.
    pool = renderPool({
      name: "ingest",
      spec: { ingress: { enabled: true, rtmp: { enabled: true }, whip: { enabled: true } } },
      world: { controllers: statefulSetsReady },
    });
    redis = await startRedis({ password: requirepassOf(decode(pool.objects["redis-embedded-auth"]!.data["auth.conf"])) });
    server = await startServer(pool, { services: new Map([[configOf(pool).redis.address as string, redis.address]]) });
  });
  afterAll(async () => {
    await server?.pod.stop();
    await redis?.stop();
  });

  it("renders the base URLs of the pool's Ingress into the server's config", () => {
    expect(configOf(pool).ingress).toEqual({
      rtmp_base_url: "rtmp://ingest-ingress.media.svc.cluster.local:1935/x",
      whip_base_url: "http://ingest-ingress.media.svc.cluster.local:8080/w",
    });
  });

  it("starts in strict mode and hands out ingress URLs under those base URLs", () =>
    check(async () => {
      const { apiKey, apiSecret } = generatedApiKeys(pool.objects["server-keys"]!);
      const client = new IngressClient(server!.pod.url("http"), apiKey, apiSecret);
      const rtmp = await client.createIngress(IngressInput.RTMP_INPUT, {
        name: "camera",
        roomName: "studio",
        participantIdentity: "camera",
      });
      expect(rtmp.url).toBe(configOf(pool).ingress.rtmp_base_url);
      expect(rtmp.streamKey.length).toBeGreaterThan(0);
      const whip = await client.createIngress(IngressInput.WHIP_INPUT, {
        name: "browser",
        roomName: "studio",
        participantIdentity: "browser",
      });
      expect(whip.url).toBe(configOf(pool).ingress.whip_base_url);
    }));
});
