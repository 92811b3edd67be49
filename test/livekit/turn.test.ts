// Public networking: LiveKit is configured with STUNner's TURN server at the address the Gateway
// reports, with the platform's static or ephemeral credentials. The real server must start with
// that config and hand a participant, in the JoinResponse of LiveKit's signaling protocol, ICE
// servers that carry the TURN address and credentials STUNner would accept.
//
// The Gateway's address is whatever the test's "load balancer" reports: a loopback address
// (127.0.0.77), so that nothing here could reach beyond the machine. It is not rewritten.
import { createHmac } from "node:crypto";
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { generatedApiKeys, joinOverSignaling, joinToken } from "../support/livekit-client.js";
import { liveKitMissing, serverRefusal, startServer, withServerLogs, type ServerPod } from "../support/livekit-pods.js";
import { renderPool, type RenderedPool } from "../support/rendered-pool.js";
import { echoThroughTurn, startStunnerd, startUdpEcho, stunnerMissing, type TurnServer, type UdpEcho } from "../support/stunner.js";
import { dedicatedNetworking, publicNetworking } from "../support/worlds.js";

type Obj = Record<string, any>;

const reason = liveKitMissing();
const TURN_ADDRESS = "127.0.0.77";
const SPEC = { networking: { hostname: "meet.example.com" } };
const STATIC = { type: "static", username: "platform-user", password: "platform-pw-0123456789" } as const;
const EPHEMERAL = { type: "ephemeral", secret: "platform-shared-secret-0123456789abcdef" } as const;
// LiveKit's default TTL for TURN REST credentials (pkg/service/roommanager.go).
const EPHEMERAL_TTL_S = 14_400;

const configOf = (pool: RenderedPool): Obj =>
  parseYaml(Buffer.from(pool.objects["server-config"]!.data["config.yaml"], "base64").toString("utf8"));

async function join(server: ServerPod, pool: RenderedPool, identity: string) {
  return joinOverSignaling(server.pod, await joinToken(generatedApiKeys(pool.objects["server-keys"]!), "town-hall", identity));
}

const decoded = (secret: Obj): Record<string, string> =>
  Object.fromEntries(Object.entries<string>(secret.data).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));

const turnServersOf = (iceServers: Array<{ urls: string[]; username: string; credential: string }>) =>
  iceServers.filter((s) => s.urls.some((u) => /^turns?:/.test(u)));

describe.skipIf(reason)("TURN with a discovered address and static credentials, on the real LiveKit server", () => {
  let pool: RenderedPool;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);

  beforeAll(async () => {
    pool = renderPool({ name: "public", spec: SPEC, world: publicNetworking(TURN_ADDRESS, STATIC) });
    server = await startServer(pool);
  });
  afterAll(async () => {
    await server?.pod.stop();
  });

  it("renders the Gateway's address as LiveKit's TURN server, LiveKit's own TURN off", () =>
    check(() => {
      expect(configOf(pool).rtc.turn_servers).toEqual([
        { host: TURN_ADDRESS, port: 3478, protocol: "udp", username: STATIC.username, credential: STATIC.password },
      ]);
      expect(configOf(pool).turn).toEqual({ enabled: false });
    }));

  it("gives a joining participant the TURN server with the platform's credentials", () =>
    check(async () => {
      const response = await join(server!, pool, "alice");
      expect(turnServersOf(response.iceServers).map((s) => ({ urls: s.urls, username: s.username, credential: s.credential }))).toEqual([
        { urls: [`turn:${TURN_ADDRESS}:3478?transport=udp`], username: STATIC.username, credential: STATIC.password },
      ]);
    }));
});

describe.skipIf(reason)("TURN with ephemeral credentials, the shared secret mounted as a file, on the real LiveKit server", () => {
  let pool: RenderedPool;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);

  beforeAll(async () => {
    pool = renderPool({ name: "rest", spec: SPEC, world: publicNetworking(TURN_ADDRESS, EPHEMERAL) });
    server = await startServer(pool);
  });
  afterAll(async () => {
    await server?.pod.stop();
  });

  it("keeps the shared secret out of the config and mounts it where secret_file points, unreadable to others", () =>
    check(() => {
      const [turn] = configOf(pool).rtc.turn_servers;
      expect(turn).toEqual({ host: TURN_ADDRESS, port: 3478, protocol: "udp", secret_file: "/etc/livekit/turn/secret" });
      expect(JSON.stringify(configOf(pool))).not.toContain(EPHEMERAL.secret);
      const file = statSync(`/proc/${server!.pod.pid}/root${turn.secret_file}`);
      expect({ mode: (file.mode & 0o7777).toString(8), uid: file.uid, gid: file.gid }).toEqual({ mode: "440", uid: 0, gid: 65532 });
    }));

  it("gives each participant TURN REST credentials: the HMAC-SHA1 of the platform's secret over <expiry>:<participant>", () =>
    check(async () => {
      const before = Math.floor(Date.now() / 1000);
      const responses = [await join(server!, pool, "alice"), await join(server!, pool, "bob")];
      for (const response of responses) {
        const [turn, ...more] = turnServersOf(response.iceServers);
        expect(more).toEqual([]);
        expect(turn!.urls).toEqual([`turn:${TURN_ADDRESS}:3478?transport=udp`]);
        const [expiry, participant] = turn!.username.split(":");
        expect(participant).toBe(response.participant!.sid);
        expect(Number(expiry)).toBeGreaterThanOrEqual(before + EPHEMERAL_TTL_S);
        expect(Number(expiry)).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + EPHEMERAL_TTL_S);
        // What STUNner checks for an ephemeral (TURN REST) credential.
        expect(turn!.credential).toBe(createHmac("sha1", EPHEMERAL.secret).update(turn!.username).digest("base64"));
      }
      expect(responses[0]!.participant!.sid).not.toBe(responses[1]!.participant!.sid);
    }));

  it("control: a shared-secret file that others may read is refused by LiveKit", async () => {
    const loose = structuredClone(pool);
    const volumes = loose.objects["server-deployment"]!.spec.template.spec.volumes as Obj[];
    volumes.find((v) => v.name === "turn-secret")!.secret.defaultMode = 0o444;
    const { lines } = await serverRefusal(loose);
    expect(lines.join("\n"), lines.join("\n")).toMatch(/turn secret file others permissions must be set to 0/);
  });
});

describe.skipIf(reason)("TURN over UDP, TCP and TLS listeners, on the real LiveKit server", () => {
  const spec = { networking: { hostname: "meet.example.com", turn: { tcp: { enabled: true, port: 3479 }, tls: { enabled: true } } } };
  let pool: RenderedPool;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);

  beforeAll(async () => {
    pool = renderPool({ name: "layered", spec, world: publicNetworking(TURN_ADDRESS, STATIC) });
    server = await startServer(pool);
  });
  afterAll(async () => {
    await server?.pod.stop();
  });

  it("gives a joining participant one TURN server per listener: the Gateway's address for UDP and TCP, the TLS host for TURN-TLS", () =>
    check(async () => {
      const listeners = (pool.objects["turn-gateway"]!.spec.listeners as Obj[]).map((l) => [l.protocol, l.port]);
      expect(listeners).toEqual([
        ["TURN-UDP", 3478],
        ["TURN-TCP", 3479],
        ["TURN-TLS", 443],
      ]);
      const response = await join(server!, pool, "carol");
      const offered = turnServersOf(response.iceServers).flatMap((s) =>
        s.urls.map((url) => ({ url, username: s.username, credential: s.credential })),
      );
      const creds = { username: STATIC.username, credential: STATIC.password };
      expect(offered).toEqual([
        { url: `turn:${TURN_ADDRESS}:3478?transport=udp`, ...creds },
        { url: `turn:${TURN_ADDRESS}:3479?transport=tcp`, ...creds },
        { url: "turns:turn.meet.example.com:443?transport=tcp", ...creds },
      ]);
    }));

  // TURN over TCP against STUNner's own TURN server, configured from the platform's auth Secret
  // (what STUNner's operator reads for the shared GatewayClass). TURN-TLS is not run: it needs the
  // pool's certificate from cert-manager and a resolvable turn.<hostname>.
  it.skipIf(stunnerMissing())("the TCP URI and credentials get an allocation from stunnerd's TURN-TCP listener that relays media", () =>
    check(async () => {
      const response = await join(server!, pool, "heidi");
      const tcp = turnServersOf(response.iceServers).find((s) =>
        s.urls.some((u) => u.endsWith("?transport=tcp") && u.startsWith("turn:")),
      )!;
      expect(tcp.urls).toEqual([`turn:${TURN_ADDRESS}:3479?transport=tcp`]);
      const peer = await startUdpEcho();
      const stunnerd = await startStunnerd(
        { type: STATIC.type, username: STATIC.username, password: STATIC.password },
        TURN_ADDRESS,
        "127.0.0.1",
        "tcp",
      );
      try {
        const relayed = await echoThroughTurn(stunnerd, tcp.username, tcp.credential, peer);
        expect(relayed.echoed, `${relayed.turncatLog}\n${stunnerd.logTail()}`).toBe(true);
        // stunnerd's only listener is TCP (the ":UDP" in its allocation log lines is the relay's protocol).
        expect(
          stunnerd.lines.some((l) => l.includes("setting up TCP listener")),
          stunnerd.logTail(),
        ).toBe(true);
        expect(
          stunnerd.lines.some(
            (l) => l.includes(`username=${STATIC.username},`) && l.includes("method=Allocate") && l.includes("verdict=ACCEPTED"),
          ),
          stunnerd.logTail(),
        ).toBe(true);
      } finally {
        await stunnerd.stop();
        await peer.stop();
      }
    }),
  );
});

// A cluster-scoped pool (a claim's XR) brings its own GatewayClass and GatewayConfig, and mints the
// TURN credentials STUNner reads through the GatewayConfig's authRef. What a participant receives
// must be what that Secret holds: STUNner and LiveKit agree without anyone copying a value.
describe.skipIf(reason)("a claim's pool with its own minted TURN credentials, on the real LiveKit server", () => {
  const turnReason = stunnerMissing();
  const claimRef = { apiVersion: "livekit.stunner.l7mp.io/v1alpha1", kind: "LiveKitPoolClaim", name: "town-hall", namespace: "team-c" };
  const pools: Record<"static" | "ephemeral", { pool?: RenderedPool; server?: ServerPod }> = { static: {}, ephemeral: {} };
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([pools.static.server, pools.ephemeral.server], fn);
  /** The Secret STUNner authenticates with: the one the pool's GatewayConfig names. */
  const stunnerAuth = (pool: RenderedPool): Record<string, string> => {
    const authRef = pool.objects["turn-gateway-config"]!.spec.authRef;
    const secret = Object.values(pool.objects).find(
      (o) => o.kind === "Secret" && o.metadata.name === authRef.name && o.metadata.namespace === authRef.namespace,
    );
    expect(secret, `Secret ${authRef.namespace}/${authRef.name} named by the GatewayConfig's authRef`).toBeDefined();
    return decoded(secret!);
  };

  beforeAll(async () => {
    for (const type of ["static", "ephemeral"] as const) {
      const pool = renderPool({
        name: `town-hall-${type}`,
        namespace: "",
        claimRef,
        spec: { networking: { hostname: "town-hall.example.com", turn: { auth: { type } } } },
        world: dedicatedNetworking(TURN_ADDRESS),
      });
      pools[type] = { pool, server: await startServer(pool) };
    }
  });
  afterAll(async () => {
    for (const p of Object.values(pools)) await p.server?.pod.stop();
  });

  it("static: the participant's TURN username and password are the ones STUNner's authRef Secret holds", () =>
    check(async () => {
      const { pool, server } = pools.static;
      const auth = stunnerAuth(pool!);
      expect(auth.type).toBe("static");
      const response = await join(server!, pool!, "dave");
      expect(turnServersOf(response.iceServers).map((s) => ({ urls: s.urls, username: s.username, credential: s.credential }))).toEqual([
        { urls: [`turn:${TURN_ADDRESS}:3478?transport=udp`], username: auth.username, credential: auth.password },
      ]);
    }));

  it("ephemeral: the participant's TURN credential is the HMAC of the shared secret STUNner's authRef Secret holds", () =>
    check(async () => {
      const { pool, server } = pools.ephemeral;
      const auth = stunnerAuth(pool!);
      expect(auth.type).toBe("ephemeral");
      expect(JSON.stringify(configOf(pool!))).not.toContain(auth.secret);
      const response = await join(server!, pool!, "erin");
      const [turn, ...more] = turnServersOf(response.iceServers);
      expect(more).toEqual([]);
      expect(turn!.username.split(":")[1]).toBe(response.participant!.sid);
      expect(turn!.credential).toBe(createHmac("sha1", auth.secret!).update(turn!.username).digest("base64"));
    }));

  // STUNner itself: stunnerd configured from the Secret the GatewayConfig's authRef names, on the
  // Gateway's address (only the port is a free one, the same address rewrite as for LiveKit), relays
  // a datagram to the media peer for the credentials the participant got, and refuses altered ones.
  describe.skipIf(turnReason)("and STUNner's TURN server (stunnerd) configured from that Secret", () => {
    let peer: UdpEcho;
    const servers: TurnServer[] = [];
    beforeAll(async () => {
      peer = await startUdpEcho();
    });
    afterAll(async () => {
      for (const s of servers) await s.stop();
      await peer?.stop();
    });

    /** The participant's one TURN server, with stunnerd standing where its URI points. */
    async function turnFor(type: "static" | "ephemeral", identity: string) {
      const { pool, server } = pools[type];
      const response = await join(server!, pool!, identity);
      const [turn] = turnServersOf(response.iceServers);
      expect(turn!.urls).toEqual([`turn:${TURN_ADDRESS}:3478?transport=udp`]);
      const stunnerd = await startStunnerd(stunnerAuth(pool!), TURN_ADDRESS, "127.0.0.1");
      servers.push(stunnerd);
      return { turn: turn!, stunnerd };
    }
    const verdicts = (stunnerd: TurnServer, username: string) =>
      stunnerd.lines
        .filter((l) => l.includes(`username=${username},`) && l.includes("method=Allocate"))
        .map((l) => /verdict=(\w+)/.exec(l)?.[1]);

    it("static: the participant's credentials get an allocation that relays media; a wrong password is refused", () =>
      check(async () => {
        const { turn, stunnerd } = await turnFor("static", "frank");
        const good = await echoThroughTurn(stunnerd, turn.username, turn.credential, peer);
        expect(good.echoed, `${good.turncatLog}\n${stunnerd.logTail()}`).toBe(true);
        expect(verdicts(stunnerd, turn.username)).toContain("ACCEPTED");
        expect(verdicts(stunnerd, turn.username)).not.toContain("REJECTED");
        const bad = await echoThroughTurn(stunnerd, turn.username, `${turn.credential}x`, peer);
        expect(bad.echoed).toBe(false);
        expect(verdicts(stunnerd, turn.username)).toContain("REJECTED");
      }));

    it("ephemeral: LiveKit's time-windowed credentials get an allocation that relays media; a forged or expired one is refused", () =>
      check(async () => {
        const { turn, stunnerd } = await turnFor("ephemeral", "grace");
        const good = await echoThroughTurn(stunnerd, turn.username, turn.credential, peer);
        expect(good.echoed, `${good.turncatLog}\n${stunnerd.logTail()}`).toBe(true);
        // A retransmitted request is authenticated (and logged) again: count kinds, not lines.
        expect(verdicts(stunnerd, turn.username)).toContain("ACCEPTED");
        expect(verdicts(stunnerd, turn.username)).not.toContain("REJECTED");
        // Another participant's name under the same credential: the HMAC no longer matches.
        const [expiry] = turn.username.split(":");
        const forged = `${expiry}:PA_someone_else`;
        expect((await echoThroughTurn(stunnerd, forged, turn.credential, peer)).echoed).toBe(false);
        expect(verdicts(stunnerd, forged)).toContain("REJECTED");
        // A correctly signed credential whose window has passed: STUNner checks the expiry.
        const expired = `${Math.floor(Date.now() / 1000) - 60}:${turn.username.split(":")[1]}`;
        const signed = createHmac("sha1", stunnerAuth(pools.ephemeral.pool!).secret!).update(expired).digest("base64");
        expect((await echoThroughTurn(stunnerd, expired, signed, peer)).echoed).toBe(false);
        expect(
          stunnerd.lines.some((l) => l.includes(`expired time-windowed username "${expired}"`)),
          stunnerd.logTail(),
        ).toBe(true);
      }));
  });
});
