// Redis over TLS with a password, for the modes whose Redis the pool does not run: `external` (the
// user's server, password and CA in the user's Secrets, a server name to verify), `memorystore`
// (GCP's instance as provider-upjet-gcp reports it: endpoint and CA certificates in status, AUTH
// string in the connection Secret) and `elasticache` (AWS's ReplicationGroup: endpoint in status,
// AUTH token minted by the pool; its certificate is public, so LiveKit checks it against the
// image's trust store, where the test puts its CA in place of AWS's). The Redis is Debian's redis-server, TLS-only, with a
// certificate from a test CA made with openssl; the rendered endpoint is rewritten to it (an address
// rewrite: for Memorystore's IP endpoint that is also the name TLS verifies, so the test
// certificate carries 127.0.0.1 where Memorystore's carries the instance's IP). LiveKit pings Redis
// before it serves, so a passing startup probe already means the password and TLS reached it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { makePki, type TestPki } from "../support/certs.js";
import { generatedApiKeys, roomService } from "../support/livekit-client.js";
import { jsonLogLines, liveKitMissing, serverRefusal, startServer, withServerLogs, type ServerPod } from "../support/livekit-pods.js";
import { redisMissing, startRedis, type RedisServer } from "../support/redis-server.js";
import { renderPool, type RenderedPool } from "../support/rendered-pool.js";
import { elasticacheReady, memorystoreReady, secret } from "../support/worlds.js";

type Obj = Record<string, any>;

const reason = liveKitMissing() ?? redisMissing();
/** How the rendered Deployment gives the server REDIS_PASSWORD: it must be a secretKeyRef, never a value. */
const redisPasswordSource = (pool: RenderedPool): Obj | undefined =>
  (pool.objects["server-deployment"]!.spec.template.spec.containers as Obj[])
    .flatMap((c) => c.env ?? [])
    .find((e: Obj) => e.name === "REDIS_PASSWORD");

const configOf = (pool: RenderedPool): Obj =>
  parseYaml(Buffer.from(pool.objects["server-config"]!.data["config.yaml"], "base64").toString("utf8"));

/** What proves LiveKit really uses this Redis: its node registered there, its rooms stored there. */
async function expectLiveKitUses(redis: RedisServer, ca: Buffer, server: ServerPod, pool: RenderedPool): Promise<void> {
  const nodeId = jsonLogLines(server.pod).find((l) => l.msg === "starting LiveKit server")?.nodeID;
  expect(redis.cli(["HKEYS", "nodes"], { ca })).toBe(nodeId);
  await roomService(server.pod, generatedApiKeys(pool.objects["server-keys"]!)).createRoom({ name: "in-redis" });
  expect(redis.cli(["HKEYS", "rooms"], { ca })).toBe("in-redis");
}

const external = {
  address: "redis.data.example.internal:6380",
  serverName: "redis.data.example.internal",
  password: "user-chosen-redis-password-0123456789",
};

describe.skipIf(reason)("external Redis with a password and TLS, on real LiveKit and Redis servers", () => {
  let pki: TestPki;
  let pool: RenderedPool;
  let userSecrets: Obj[];
  let redis: RedisServer | undefined;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);
  const services = () => new Map([[external.address, redis!.address]]);

  beforeAll(async () => {
    // The certificate names the host the user's config expects, and only that.
    pki = makePki([`DNS:${external.serverName}`]);
    userSecrets = [secret("team-redis", "media", { password: external.password, "ca.crt": pki.ca })];
    const tls = { caSecretRef: { name: "team-redis", key: "ca.crt" }, serverName: external.serverName };
    pool = renderPool({
      name: "ext",
      spec: {
        redis: {
          mode: "external",
          external: { address: external.address, passwordSecretRef: { name: "team-redis", key: "password" }, tls },
        },
      },
    });
    redis = await startRedis({ password: external.password, tls: { cert: pki.serverCert, key: pki.serverKey } });
    server = await startServer(pool, { userSecrets, services: services() });
  });
  afterAll(async () => {
    await server?.pod.stop();
    await redis?.stop();
  });

  it("renders TLS with the user's CA file and server name, the password only as a secretKeyRef", () =>
    check(() => {
      expect(configOf(pool).redis).toEqual({
        address: external.address,
        tls: { enabled: true, ca_cert_file: "/etc/livekit/redis-tls/ca.crt", server_name: external.serverName },
      });
      expect(JSON.stringify(pool.objects)).not.toContain(external.password);
      expect(redisPasswordSource(pool)).toEqual({
        name: "REDIS_PASSWORD",
        valueFrom: { secretKeyRef: { name: "team-redis", key: "password" } },
      });
      expect(server!.plan.env).toContainEqual({ name: "REDIS_PASSWORD", value: external.password });
    }));

  it("LiveKit registers its node and stores its rooms in that Redis, over TLS", () =>
    check(() => expectLiveKitUses(redis!, pki.ca, server!, pool)));

  it("control: a Redis certificate from another CA is refused, so the CA file is what LiveKit trusts", async () => {
    const other = makePki([`DNS:${external.serverName}`]);
    const impostor = await startRedis({ password: external.password, tls: { cert: other.serverCert, key: other.serverKey } });
    try {
      const { lines } = await serverRefusal(pool, { userSecrets, services: new Map([[external.address, impostor.address]]) });
      expect(lines.join("\n"), lines.join("\n")).toMatch(/unable to connect to redis: .*certificate signed by unknown authority/);
    } finally {
      await impostor.stop();
    }
  });
});

const MEMORYSTORE = { host: "10.0.0.3", port: 6378, authString: "memorystore-auth-string-0123456789abcdef" };

describe.skipIf(reason)("Memorystore (AUTH and TLS), endpoint rewritten to a real Redis, on the real LiveKit server", () => {
  let pki: TestPki;
  let pool: RenderedPool;
  let redis: RedisServer | undefined;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);
  const endpoint = `${MEMORYSTORE.host}:${MEMORYSTORE.port}`;

  beforeAll(async () => {
    pki = makePki(["IP:127.0.0.1"]);
    pool = renderPool({
      name: "gcp",
      spec: { redis: { mode: "memorystore", memorystore: { region: "europe-west1" } } },
      world: memorystoreReady({ ...MEMORYSTORE, caPem: pki.ca.toString("utf8") }),
    });
    redis = await startRedis({ password: MEMORYSTORE.authString, tls: { cert: pki.serverCert, key: pki.serverKey } });
    server = await startServer(pool, { services: new Map([[endpoint, redis.address]]) });
  });
  afterAll(async () => {
    await server?.pod.stop();
    await redis?.stop();
  });

  it("renders the instance's endpoint, its CA from status, and the AUTH string from the connection Secret", () =>
    check(() => {
      expect(configOf(pool).redis).toEqual({ address: endpoint, tls: { enabled: true, ca_cert_file: "/etc/livekit/redis-tls/ca.crt" } });
      expect(redisPasswordSource(pool)?.valueFrom?.secretKeyRef?.key).toBe("attribute.auth_string");
      expect(redisPasswordSource(pool)).not.toHaveProperty("value");
      expect(server!.plan.env).toContainEqual({ name: "REDIS_PASSWORD", value: MEMORYSTORE.authString });
      const ca = server!.plan.volumes.find((v) => v.mountPath === "/etc/livekit/redis-tls");
      expect(ca?.kind === "secret" && ca.files.map((f) => [f.path, f.content.toString("utf8"), f.mode.toString(8)])).toEqual([
        ["ca.crt", pki.ca.toString("utf8"), "440"],
      ]);
    }));

  it("LiveKit registers its node and stores its rooms in that Redis, over TLS", () =>
    check(() => expectLiveKitUses(redis!, pki.ca, server!, pool)));
});

const ELASTICACHE = { host: "master.media-aws-livekit.x1y2z3.euw1.cache.amazonaws.com", port: 6379 };

describe.skipIf(reason)("ElastiCache (AUTH token and TLS), endpoint rewritten to a real Redis, on the real LiveKit server", () => {
  let pki: TestPki;
  let pool: RenderedPool;
  let token: string;
  let redis: RedisServer | undefined;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);
  const endpoint = `${ELASTICACHE.host}:${ELASTICACHE.port}`;
  const services = () => new Map([[endpoint, redis!.address]]);

  beforeAll(async () => {
    pki = makePki(["IP:127.0.0.1"]);
    pool = renderPool({
      name: "aws",
      spec: {
        server: { replicas: 2 },
        redis: { mode: "elasticache", elasticache: { region: "eu-west-1", subnetGroupName: "media-cache" } },
      },
      world: elasticacheReady(ELASTICACHE),
    });
    token = Buffer.from(pool.objects["redis-elasticache-auth"]!.data["auth-token"], "base64").toString("utf8");
    redis = await startRedis({ password: token, tls: { cert: pki.serverCert, key: pki.serverKey } });
    server = await startServer(pool, { services: services(), image: { trustedCAs: pki.ca } });
  });
  afterAll(async () => {
    await server?.pod.stop();
    await redis?.stop();
  });

  it("renders the group's endpoint with TLS on the system CAs, and the pool's AUTH token only as a secretKeyRef", () =>
    check(() => {
      expect(configOf(pool).redis).toEqual({ address: endpoint, tls: { enabled: true } });
      expect(pool.objects["redis-elasticache-replicationgroup"]!.spec.forProvider).toMatchObject({
        transitEncryptionEnabled: true,
        authTokenSecretRef: { name: pool.objects["redis-elasticache-auth"]!.metadata.name, key: "auth-token" },
      });
      expect(redisPasswordSource(pool)).toEqual({
        name: "REDIS_PASSWORD",
        valueFrom: { secretKeyRef: { name: pool.objects["redis-elasticache-auth"]!.metadata.name, key: "auth-token" } },
      });
      expect(server!.plan.env).toContainEqual({ name: "REDIS_PASSWORD", value: token });
      expect(server!.plan.volumes.some((v) => v.mountPath.startsWith("/etc/livekit/redis"))).toBe(false);
    }));

  it("LiveKit registers its node and stores its rooms in that Redis, over TLS with the AUTH token", () =>
    check(() => expectLiveKitUses(redis!, pki.ca, server!, pool)));

  it("control: with the CA missing from the image's trust store, LiveKit refuses the Redis certificate", async () => {
    const other = makePki(["IP:127.0.0.1"]);
    const { lines } = await serverRefusal(pool, { services: services(), image: { trustedCAs: other.ca } });
    expect(lines.join("\n"), lines.join("\n")).toMatch(/unable to connect to redis: .*certificate signed by unknown authority/);
  });
});
