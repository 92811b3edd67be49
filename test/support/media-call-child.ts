// The media call itself, run inside a private network namespace by media-call.ts:
//   node --import tsx media-call-child.ts <input.json> <report.json>
// It starts the LiveKit server pod from the rendered objects (on its rendered ports: the namespace
// is its own), stunnerd as STUNner's operator would configure it for the pool's Gateway and
// UDPRoute, the participant page, and Chromium with two pages: a publisher (fake camera and
// microphone) and a subscriber. It waits until media arrives or a participant's SDK gives up,
// writes what it saw, and stops everything it started, also on failure.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Page } from "playwright-core";
import { launchChromium } from "./chromium.js";
import { generatedApiKeys, joinToken, roomService } from "./livekit-client.js";
import { startServer } from "./livekit-pods.js";
import type { AudioSample, MediaCallInput, MediaReport, PageView, RtpStream } from "./media-call.js";
import { servePage } from "./page-server.js";
import { runStunnerd, stunnerdSpecForPool } from "./stunner.js";

const ROOM = "media-check";
// The SDK's time to get a peer connection up before it gives up (its default is 15 s): generous
// for a busy machine; in a control, the wait ends with it.
const PEER_CONNECTION_TIMEOUT_MS = 20_000;
// Media, or the SDK giving up (after its retry), comes well within this.
const OUTCOME_DEADLINE_MS = 90_000;
const POLL_MS = 500;
// Media flows: this many frames decoded (about a second of the fake camera), and audio bytes and
// energy rising over this many samples in a row (a couple of seconds).
const MIN_FRAMES_DECODED = 30;
const MIN_AUDIO_SAMPLES = 4;

const observe = (page: Page): Promise<PageView> => page.evaluate(() => (window as any).observe());

const streams = (view: PageView, direction: "inbound" | "outbound", kind: "audio" | "video"): RtpStream[] =>
  view.peerConnections.flatMap((pc) => pc[direction]).filter((r) => r.kind === kind);

/** The last samples show audio arriving, and not silence: bytes and energy rise at every step. */
function audioFlows(samples: AudioSample[]): boolean {
  const last = samples.slice(-MIN_AUDIO_SAMPLES);
  return (
    last.length === MIN_AUDIO_SAMPLES &&
    last.every((s, i) => i === 0 || (s.bytes > last[i - 1]!.bytes && s.totalAudioEnergy > last[i - 1]!.totalAudioEnergy))
  );
}

const settled = (view: PageView) => view.connection !== "pending" && view.publishing !== "pending";
const failed = (view: PageView) => view.connection.startsWith("failed") || view.publishing.startsWith("failed");
const sum = (rs: RtpStream[]) => rs.reduce((n, r) => n + r.bytes, 0);

/** A line under the received video, so the screenshot says what it shows. */
function caption(sub: PageView, input: MediaCallInput): string {
  const video = streams(sub, "inbound", "video")[0];
  const pair = sub.peerConnections.find((pc) => pc.inbound.length > 0)?.selectedPair;
  const kB = (sum(streams(sub, "inbound", "audio")) / 1000).toFixed(1);
  const path = pair
    ? `selected pair ${pair.local.candidateType} (${pair.local.relayProtocol}) to LiveKit's ${pair.remote.candidateType} ${pair.remote.address}:${pair.remote.port}`
    : "no selected pair";
  return `Received by the subscriber through stunnerd (${input.stunnerAuth.type} credentials, TURN-${input.transport.toUpperCase()}): video ${video?.frameWidth}x${video?.frameHeight}, ${video?.framesDecoded} frames decoded; audio ${kB} kB; ${path}`;
}

async function mediaCall(input: MediaCallInput): Promise<MediaReport> {
  const started = Date.now();
  const stops: Array<() => Promise<unknown>> = [];
  try {
    const server = await startServer({ objects: input.objects, status: {}, externalSecrets: [] }, { ports: "as-rendered" });
    const keys = generatedApiKeys(input.objects["server-keys"]!);
    // Ending the call first lets LiveKit exit at once on SIGTERM (it waits for its rooms to close).
    stops.push(() =>
      roomService(server.pod, keys)
        .deleteRoom(ROOM)
        .catch(() => undefined)
        .then(() => server.pod.stop()),
    );
    const stunnerd = await runStunnerd(
      stunnerdSpecForPool(input.objects, {
        auth: input.stunnerAuth,
        gatewayAddress: input.gatewayAddress,
        transport: input.transport,
        podIP: server.net.podIP,
      }),
    );
    stops.push(() => stunnerd.stop());
    const site = await servePage();
    stops.push(() => site.close());
    // A fresh profile, in the run directory the parent removes.
    const browser = await launchChromium(mkdtempSync(join(tmpdir(), "lkp-chromium-")));
    stops.push(() => browser.close());

    const [publisher, subscriber] = [browser.pages()[0] ?? (await browser.newPage()), await browser.newPage()];
    await Promise.all([publisher.goto(site.pageUrl), subscriber.goto(site.pageUrl)]);
    const url = server.pod.url("http", "ws");
    for (const [page, identity, publish] of [
      [subscriber, "subscriber", false],
      [publisher, "publisher", true],
    ] as const) {
      const token = await joinToken(keys, ROOM, identity);
      await page.evaluate((args) => (window as any).join(args), { url, token, publish, peerConnectionTimeout: PEER_CONNECTION_TIMEOUT_MS });
    }

    const audio: AudioSample[] = [];
    const peak = { framesDecoded: 0, bytesReceived: 0, bytesSent: 0 };
    let firstFrame: number | undefined;
    const deadline = Date.now() + OUTCOME_DEADLINE_MS;
    for (;;) {
      const [pub, sub] = await Promise.all([observe(publisher), observe(subscriber)]);
      const framesDecoded = streams(sub, "inbound", "video")[0]?.framesDecoded ?? 0;
      const sound = streams(sub, "inbound", "audio")[0];
      peak.framesDecoded = Math.max(peak.framesDecoded, framesDecoded);
      peak.bytesReceived = Math.max(peak.bytesReceived, sum(sub.peerConnections.flatMap((pc) => pc.inbound)));
      peak.bytesSent = Math.max(peak.bytesSent, sum(pub.peerConnections.flatMap((pc) => pc.outbound)));
      if (firstFrame === undefined && framesDecoded > 0) firstFrame = Date.now() - started;
      if (sound && sound.bytes > 0)
        audio.push({ bytes: sound.bytes, totalAudioEnergy: sound.totalAudioEnergy ?? 0, audioLevel: sound.audioLevel ?? 0 });
      const media = framesDecoded >= MIN_FRAMES_DECODED && audioFlows(audio);
      const outcome = media
        ? "media"
        : (failed(pub) || failed(sub)) && settled(pub) && settled(sub)
          ? "gave-up"
          : Date.now() > deadline
            ? "timeout"
            : undefined;
      if (outcome) {
        if (media) {
          await subscriber.evaluate((text) => (window as any).caption(text), caption(sub, input));
          await subscriber.screenshot({ path: input.screenshot, fullPage: true });
        }
        return {
          outcome,
          publisher: pub,
          subscriber: sub,
          audio,
          peak,
          stunnerdLines: [...stunnerd.lines],
          liveKitLogTail: server.pod.logTail(),
          millis: { ...(firstFrame === undefined ? {} : { firstFrame }), call: Date.now() - started },
          ...(media ? { screenshot: input.screenshot } : {}),
        };
      }
      await sleep(POLL_MS);
    }
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

const [inputFile, reportFile] = process.argv.slice(2) as [string, string];
// What the call stages (the pod's files, stunnerd's config, the browser's profile) goes into the
// run directory, which the parent removes even when the call had to be killed. Set here rather
// than by the parent, so that tsx keeps its compile cache where it always is.
process.env.TMPDIR = dirname(reportFile);
try {
  const report = await mediaCall(JSON.parse(readFileSync(inputFile, "utf8")) as MediaCallInput);
  writeFileSync(reportFile, JSON.stringify(report), { mode: 0o600 });
  process.exit(0);
} catch (err) {
  writeFileSync(reportFile, JSON.stringify({ error: err instanceof Error ? err.message : String(err) }), { mode: 0o600 });
  process.exit(1);
}
