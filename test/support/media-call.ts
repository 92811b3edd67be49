// A media call through a rendered pool: two browser participants in one room of the real LiveKit
// server, their ICE forced through STUNner's stunnerd. The call runs in a private network namespace
// (netns.ts), in a child process (media-call-child.ts), since the test process itself cannot enter
// one; this side hands it the rendered objects and reads back what the browsers and programs saw.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumReasons } from "./chromium.js";
import { liveKitReasons } from "./livekit-pods.js";
import { networkNamespaceReasons, runInNetworkNamespace } from "./netns.js";
import { ROOT, skipOrFail } from "./paths.js";
import { stunnerReasons, type TurnTransport } from "./stunner.js";

type Obj = Record<string, any>;

const CHILD = fileURLToPath(new URL("./media-call-child.ts", import.meta.url));
// Starting both servers and the browser, then the SDK's own give-up time in a control, fit well
// inside this on a busy machine; a call that runs longer is stuck.
const CALL_TIMEOUT_MS = 150_000;

/** Why the media suite cannot run here (a skip locally, a failure in CI), or undefined. */
export function mediaCallMissing(): string | undefined {
  return skipOrFail([...new Set([...liveKitReasons(), ...stunnerReasons(), ...networkNamespaceReasons(), ...chromiumReasons()])]);
}

export interface MediaCallInput {
  /** The rendered pool's objects, as the cluster holds them (a control may have changed one). */
  objects: Record<string, Obj>;
  /** The data of the Secret STUNner authenticates with, decoded. */
  stunnerAuth: Record<string, string>;
  /** The address the TURN Gateway reports: where stunnerd listens. */
  gatewayAddress: string;
  /** The one Gateway listener stunnerd runs, so the relay can be reached over that transport only. */
  transport: TurnTransport;
  /** Where the subscriber page's screenshot goes once video arrived. */
  screenshot: string;
}

export interface Candidate {
  candidateType: string;
  protocol: string;
  relayProtocol?: string;
  address: string;
  port: number;
  url?: string;
}

export interface RtpStream {
  kind: "audio" | "video";
  bytes: number;
  packets: number;
  framesDecoded?: number;
  framesEncoded?: number;
  frameWidth?: number;
  frameHeight?: number;
  audioLevel?: number;
  totalAudioEnergy?: number;
}

export interface PeerConnectionView {
  iceTransportPolicy: string;
  iceServers: Array<{ urls: string[]; username?: string; credential?: string }>;
  connectionState: string;
  /** Every connection state it went through, from the first. */
  states: string[];
  iceGatheringState: string;
  /** Every candidate it gathered (its stats forget them once it is closed). */
  gathered: Candidate[];
  localCandidates: Candidate[];
  selectedPair?: { state: string; local: Candidate; remote: Candidate };
  inbound: RtpStream[];
  outbound: RtpStream[];
}

/** What one page reports (media-page/participant.js `observe()`). */
export interface PageView {
  connection: string;
  publishing: string;
  capture?: { width: number; height: number };
  participantSid?: string;
  candidateErrors: Array<{ url: string; errorCode: number; errorText: string }>;
  peerConnections: PeerConnectionView[];
}

export interface AudioSample {
  bytes: number;
  totalAudioEnergy: number;
  audioLevel: number;
}

export interface MediaReport {
  /** media: the subscriber decoded video and audio kept arriving; gave-up: a participant's SDK
   * gave up connecting (the other settled too); timeout: neither in time. */
  outcome: "media" | "gave-up" | "timeout";
  publisher: PageView;
  subscriber: PageView;
  /** The subscriber's received audio, sampled while waiting. */
  audio: AudioSample[];
  /** The highest figures seen while waiting: a closed peer connection reports none, so the last
   * observation alone would not show that media never flowed. */
  peak: { framesDecoded: number; bytesReceived: number; bytesSent: number };
  stunnerdLines: string[];
  liveKitLogTail: string;
  /** From the first process started to the first decoded frame, and to the end of the call. */
  millis: { firstFrame?: number; call: number };
  screenshot?: string;
}

/** Runs the call in a network namespace of its own and returns its report; throws with the
 * child's output when the call could not be made (a server that did not start, a timeout). */
export async function runMediaCall(input: MediaCallInput): Promise<MediaReport> {
  const dir = mkdtempSync(join(tmpdir(), "lkp-media-"));
  try {
    const [inputFile, reportFile] = [join(dir, "input.json"), join(dir, "report.json")];
    writeFileSync(inputFile, JSON.stringify(input), { mode: 0o600 });
    const run = await runInNetworkNamespace([process.execPath, "--import", "tsx", CHILD, inputFile, reportFile], {
      cwd: ROOT,
      timeoutMs: CALL_TIMEOUT_MS,
    });
    if (!existsSync(reportFile)) throw new Error(`the media call ended (${run.how}) without a report\n${run.outputTail}`);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as MediaReport | { error: string };
    if ("error" in report) throw new Error(`the media call failed: ${report.error}\n${run.outputTail}`);
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
