// Media flows: two real browsers meet in a room of a rendered pool, and the publisher's camera and
// microphone reach the subscriber through STUNner's TURN relay.
//
// The server is the pinned LiveKit, run from the rendered objects; the relay is STUNner's stunnerd,
// configured from the rendered Gateway and UDPRoute and the platform's auth Secret, at the address
// the Gateway reports; the clients are Debian's Chromium running LiveKit's JavaScript SDK, with ICE
// forced through the relay (iceTransportPolicy "relay"), so media flows only if the TURN address,
// port and credentials LiveKit hands out are right and stunnerd lets them through to LiveKit's
// media ports. Everything runs in a private network namespace (support/netns.ts).
//
// The Gateway's address is 127.0.0.1: bound to another loopback address, stunnerd answers TURN over
// UDP from 127.0.0.1, which Chromium rightly discards.
import { createHmac } from "node:crypto";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMediaCall, mediaCallMissing, type MediaReport, type PageView, type PeerConnectionView } from "../support/media-call.js";
import { ROOT } from "../support/paths.js";
import { renderPool, type RenderedPool } from "../support/rendered-pool.js";
import type { TurnTransport } from "../support/stunner.js";
import { publicNetworking } from "../support/worlds.js";

type Obj = Record<string, any>;
type Auth = { type: "static"; username: string; password: string } | { type: "ephemeral"; secret: string };

const reason = mediaCallMissing();
const GATEWAY_ADDRESS = "127.0.0.1";
const AUTH: Record<Auth["type"], Auth> = {
  static: { type: "static", username: "platform-user", password: "platform-pw-0123456789" },
  ephemeral: { type: "ephemeral", secret: "platform-shared-secret-0123456789abcdef" },
};
// The screenshots of the received video (git-ignored).
const ARTIFACTS = join(ROOT, "artifacts", "media");
// A call (both servers, the browser, and in a control the SDK's own give-up time) in a fresh
// namespace, on a busy machine.
const CALL_TEST_TIMEOUT_MS = 200_000;
const MIN_FRAMES_DECODED = 30;

function render(auth: Auth, transport: TurnTransport): RenderedPool {
  const turn = transport === "tcp" ? { tcp: { enabled: true, port: 3479 } } : {};
  return renderPool({
    name: `media-${auth.type}-${transport}`,
    spec: { networking: { hostname: "meet.example.com", turn } },
    world: publicNetworking(GATEWAY_ADDRESS, auth),
  });
}

const listenerOf = (pool: RenderedPool, transport: TurnTransport): Obj =>
  (pool.objects["turn-gateway"]!.spec.listeners as Obj[]).find((l) => l.protocol === `TURN-${transport.toUpperCase()}`)!;
const turnUri = (pool: RenderedPool, transport: TurnTransport) =>
  `turn:${GATEWAY_ADDRESS}:${listenerOf(pool, transport).port}?transport=${transport}`;
/** LiveKit's media ports as the UDPRoute admits them. */
const routeRange = (objects: Record<string, Obj>) => {
  const ref = objects["turn-route"]!.spec.rules[0].backendRefs[0];
  return { port: ref.port as number, endPort: ref.endPort as number };
};

async function call(name: string, pool: RenderedPool, auth: Auth, transport: TurnTransport, objects = pool.objects): Promise<MediaReport> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { type, ...credentials } = auth;
  const report = await runMediaCall({
    objects,
    stunnerAuth: { type, ...credentials },
    gatewayAddress: GATEWAY_ADDRESS,
    transport,
    screenshot: join(ARTIFACTS, `${name}.png`),
  });
  console.log(`${name}: ${figures(report)}`);
  return report;
}

/** Names and figures only (no credential), for the run's output and for assertion messages. */
function figures(r: MediaReport): string {
  const video = r.subscriber.peerConnections.flatMap((pc) => pc.inbound).find((s) => s.kind === "video");
  return [
    `outcome ${r.outcome}`,
    `connections ${r.publisher.connection} / ${r.subscriber.connection}`,
    video ? `video ${video.frameWidth}x${video.frameHeight}, ${r.peak.framesDecoded} frames decoded` : "no video",
    r.audio.length > 0
      ? `audio ${r.audio.at(-1)!.bytes} bytes, peak level ${Math.max(...r.audio.map((s) => s.audioLevel)).toFixed(3)}`
      : "no audio",
    `${r.peak.bytesReceived} bytes received, ${r.peak.bytesSent} sent`,
    `first frame ${r.millis.firstFrame ?? "-"} ms, call ${r.millis.call} ms`,
  ].join("; ");
}

function diagnostics(r: MediaReport): string {
  const pcs = (v: PageView) =>
    v.peerConnections
      .map((pc) => `states ${pc.states.join(">")}, gathered ${pc.gathered.map((c) => c.candidateType).join(",") || "none"}`)
      .join(" | ");
  return [
    figures(r),
    `publisher: ${pcs(r.publisher)}; errors ${r.publisher.candidateErrors.map((e) => `${e.url} ${e.errorCode} ${e.errorText}`).join(", ") || "none"}`,
    `subscriber: ${pcs(r.subscriber)}; errors ${r.subscriber.candidateErrors.map((e) => `${e.url} ${e.errorCode} ${e.errorText}`).join(", ") || "none"}`,
    `--- stunnerd ---\n${r.stunnerdLines.slice(-30).join("\n")}`,
    r.liveKitLogTail,
  ].join("\n");
}

/** The TURN server the browser got from LiveKit for `uri`, with the credentials it uses. */
const turnServer = (pc: PeerConnectionView, uri: string) => pc.iceServers.find((s) => s.urls.includes(uri));

const verdicts = (r: MediaReport, username: string) =>
  r.stunnerdLines
    .filter((l) => l.includes(`username=${username},`) && l.includes("method=Allocate"))
    .map((l) => /verdict=(\w+)/.exec(l)?.[1]);

/** The credentials LiveKit handed this participant are the platform's: static ones as they are,
 * ephemeral ones the TURN REST credential of the platform's secret for this participant. */
function expectPlatformCredentials(server: { username?: string; credential?: string }, auth: Auth, page: PageView): void {
  if (auth.type === "static") {
    expect(server.username).toBe(auth.username);
    expect(server.credential === auth.password, "the static credential is the platform's password").toBe(true);
  } else {
    const [expiry, participant] = server.username!.split(":");
    expect(participant).toBe(page.participantSid);
    expect(Number(expiry)).toBeGreaterThan(Date.now() / 1000);
    expect(
      server.credential === createHmac("sha1", auth.secret).update(server.username!).digest("base64"),
      "the credential is the HMAC of the platform's secret",
    ).toBe(true);
  }
}

const oneByteChanged = (s: string) => `${s.slice(0, -1)}${s.endsWith("x") ? "y" : "x"}`;

function withSecretValue(
  objects: Record<string, Obj>,
  resource: string,
  key: string,
  change: (text: string) => string,
): Record<string, Obj> {
  const changed = structuredClone(objects);
  const data = changed[resource]!.data;
  data[key] = Buffer.from(change(Buffer.from(data[key], "base64").toString("utf8")), "utf8").toString("base64");
  return changed;
}

/** The subscriber and publisher never connected, gathered what `gathered` says, and no media moved. */
function expectNoMedia(r: MediaReport): void {
  expect(r.outcome, diagnostics(r)).toBe("gave-up");
  for (const page of [r.publisher, r.subscriber]) {
    expect(page.connection, diagnostics(r)).toMatch(/^failed/);
    expect(page.peerConnections.length, diagnostics(r)).toBeGreaterThan(0);
    for (const pc of page.peerConnections) expect(pc.states, diagnostics(r)).not.toContain("connected");
  }
  expect(r.peak, diagnostics(r)).toEqual({ framesDecoded: 0, bytesReceived: 0, bytesSent: 0 });
  expect(r.audio).toEqual([]);
}

describe.skipIf(reason)("media between two browsers in a rendered pool, relayed by STUNner's stunnerd", () => {
  for (const auth of [AUTH.static, AUTH.ephemeral]) {
    for (const transport of ["udp", "tcp"] as const) {
      it(
        `${auth.type} credentials over TURN-${transport.toUpperCase()}: the subscriber receives the publisher's video and audio, both through relay candidates`,
        async () => {
          const pool = render(auth, transport);
          const r = await call(`${auth.type}-${transport}`, pool, auth, transport);
          const why = diagnostics(r);
          expect(r.outcome, why).toBe("media");
          const uri = turnUri(pool, transport);
          const range = routeRange(pool.objects);

          for (const [page, direction] of [
            [r.publisher, "outbound"],
            [r.subscriber, "inbound"],
          ] as const) {
            // The peer connection that carries the video.
            const pc = page.peerConnections.find((p) => p[direction].some((s) => s.kind === "video" && s.bytes > 0));
            expect(pc, why).toBeDefined();
            expect(pc!.iceTransportPolicy).toBe("relay");
            // What LiveKit handed out, as the browser uses it: STUNner's address, port and the platform's credentials.
            const server = turnServer(pc!, uri);
            expect(
              server,
              `${uri} among the ICE servers LiveKit handed out: ${pc!.iceServers.map((s) => s.urls.join(" ")).join(", ")}`,
            ).toBeDefined();
            expectPlatformCredentials(server!, auth, page);
            // The path: a relay candidate on stunnerd's listener, to LiveKit's host candidate on a media port the UDPRoute admits.
            // (The pair's own state may read in-progress while a consent check is in flight: being selected is what counts.)
            expect(pc!.states, why).toContain("connected");
            const pair = pc!.selectedPair!;
            expect(pair, why).toMatchObject({
              local: { candidateType: "relay", relayProtocol: transport, url: uri },
              remote: { candidateType: "host", address: GATEWAY_ADDRESS },
            });
            expect(pair.remote.port).toBeGreaterThanOrEqual(range.port);
            expect(pair.remote.port).toBeLessThanOrEqual(range.endPort);
            // stunnerd's own log: the allocation for the credentials LiveKit issued, and the channel of this very pair.
            expect(verdicts(r, server!.username!), why).toContain("ACCEPTED");
            expect(verdicts(r, server!.username!), why).not.toContain("REJECTED");
            const channel = r.stunnerdLines.find(
              (l) =>
                l.includes(`Channel created: listener=${listenerOf(pool, transport).name},`) &&
                l.includes(`username=${server!.username},`) &&
                l.includes(`relay-addr=${pair.local.address}:${pair.local.port},`) &&
                l.includes(`peer=${pair.remote.address}:${pair.remote.port},`),
            );
            expect(channel, why).toBeDefined();
          }

          const sent = r.publisher.peerConnections.flatMap((p) => p.outbound).find((s) => s.kind === "video")!;
          expect(sent.framesEncoded).toBeGreaterThan(0);
          // The subscriber decoded the publisher's video, at most the size the camera captured.
          const video = r.subscriber.peerConnections.flatMap((p) => p.inbound).find((s) => s.kind === "video")!;
          const capture = r.publisher.capture!;
          expect(video.framesDecoded).toBeGreaterThanOrEqual(MIN_FRAMES_DECODED);
          expect(video.frameWidth).toBeGreaterThan(0);
          expect(video.frameHeight).toBeGreaterThan(0);
          expect(video.frameWidth).toBeLessThanOrEqual(capture.width);
          expect(video.frameHeight).toBeLessThanOrEqual(capture.height);
          // ...and kept receiving audio that is not silence: bytes and energy rising, a level above zero.
          const audio = r.audio.slice(-4);
          expect(audio.length).toBe(4);
          for (let i = 1; i < audio.length; i++) {
            expect(audio[i]!.bytes).toBeGreaterThan(audio[i - 1]!.bytes);
            expect(audio[i]!.totalAudioEnergy).toBeGreaterThan(audio[i - 1]!.totalAudioEnergy);
          }
          expect(Math.max(...r.audio.map((s) => s.audioLevel))).toBeGreaterThan(0);
          expect(statSync(r.screenshot!).size).toBeGreaterThan(0);
        },
        CALL_TEST_TIMEOUT_MS,
      );
    }
  }

  describe("controls: the path is real", () => {
    it(
      "static: one byte of the TURN password changed in LiveKit's config Secret: stunnerd rejects the allocation, no relay candidate forms, no media arrives",
      async () => {
        const auth = AUTH.static as Extract<Auth, { type: "static" }>;
        const pool = render(auth, "udp");
        const objects = withSecretValue(pool.objects, "server-config", "config.yaml", (text) => {
          expect(text.split(auth.password).length - 1, "the password appears once in LiveKit's config").toBe(1);
          return text.replace(auth.password, oneByteChanged(auth.password));
        });
        const r = await call("control-static-wrong-password", pool, auth, "udp", objects);
        expectNoMedia(r);
        const uri = turnUri(pool, "udp");
        for (const page of [r.publisher, r.subscriber]) {
          for (const pc of page.peerConnections) {
            expect(turnServer(pc, uri)!.credential === oneByteChanged(auth.password), "LiveKit handed out the changed password").toBe(true);
            expect(pc.gathered, diagnostics(r)).toEqual([]);
          }
          expect(
            page.candidateErrors.filter((e) => e.url === uri).map((e) => e.errorText),
            diagnostics(r),
          ).toContainEqual(expect.stringMatching(/TURN allocate/));
        }
        expect(verdicts(r, auth.username), diagnostics(r)).toContain("REJECTED");
        expect(verdicts(r, auth.username), diagnostics(r)).not.toContain("ACCEPTED");
      },
      CALL_TEST_TIMEOUT_MS,
    );

    it(
      "ephemeral: one byte of the shared secret changed in the Secret LiveKit mounts: stunnerd rejects LiveKit's credentials, no relay candidate forms, no media arrives",
      async () => {
        const auth = AUTH.ephemeral as Extract<Auth, { type: "ephemeral" }>;
        const pool = render(auth, "udp");
        const objects = withSecretValue(pool.objects, "turn-auth", "secret", oneByteChanged);
        const r = await call("control-ephemeral-wrong-secret", pool, auth, "udp", objects);
        expectNoMedia(r);
        const uri = turnUri(pool, "udp");
        for (const page of [r.publisher, r.subscriber]) {
          for (const pc of page.peerConnections) {
            const server = turnServer(pc, uri)!;
            expect(
              server.credential === createHmac("sha1", oneByteChanged(auth.secret)).update(server.username!).digest("base64"),
              "LiveKit signed with the changed secret",
            ).toBe(true);
            expect(pc.gathered, diagnostics(r)).toEqual([]);
            expect(verdicts(r, server.username!), diagnostics(r)).toContain("REJECTED");
            expect(verdicts(r, server.username!), diagnostics(r)).not.toContain("ACCEPTED");
          }
          expect(
            page.candidateErrors.filter((e) => e.url === uri).map((e) => e.errorText),
            diagnostics(r),
          ).toContainEqual(expect.stringMatching(/TURN allocate/));
        }
      },
      CALL_TEST_TIMEOUT_MS,
    );

    it(
      "the UDPRoute's port range moved off LiveKit's media ports: allocations succeed, but stunnerd refuses to relay to LiveKit and no media arrives",
      async () => {
        const auth = AUTH.static as Extract<Auth, { type: "static" }>;
        const pool = render(auth, "udp");
        const objects = structuredClone(pool.objects);
        const { port } = routeRange(pool.objects);
        // The 100 ports just below LiveKit's range.
        Object.assign(objects["turn-route"]!.spec.rules[0].backendRefs[0], { port: port - 100, endPort: port - 1 });
        const r = await call("control-route-off-media-ports", pool, auth, "udp", objects);
        expectNoMedia(r);
        const uri = turnUri(pool, "udp");
        for (const page of [r.publisher, r.subscriber]) {
          // The credentials work: each participant got a relay candidate from stunnerd.
          expect(
            page.peerConnections.flatMap((pc) => pc.gathered).filter((c) => c.candidateType === "relay" && c.url === uri).length,
            diagnostics(r),
          ).toBeGreaterThan(0);
        }
        expect(verdicts(r, auth.username), diagnostics(r)).toContain("ACCEPTED");
        // ...but what they send towards LiveKit's media port is refused by stunnerd's port-range check.
        expect(
          r.stunnerdLines.some((l) => l.includes("peer port administratively prohibited")),
          diagnostics(r),
        ).toBe(true);
      },
      CALL_TEST_TIMEOUT_MS,
    );
  });
});
