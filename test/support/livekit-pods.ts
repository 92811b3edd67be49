// Rendered pool -> running LiveKit server pods: the kubelet's view of the Deployment (pod.ts), the
// one address rewrite (loopback.ts), and the namespaced, unprivileged process (pod-runner.ts).
//
// Variants that need more than a rendered pool: the test plays the controllers around the function
// (rendered-pool.ts `World`, worlds.ts: a StatefulSet ready, a Gateway's address, a managed
// resource Ready with its connection Secret), and starts the programs the pool points at (Debian's
// redis-server, redis-server.ts); `services` maps their rendered addresses to loopback ones.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { allocateLoopback, configPathOf, rewriteAddresses, type LoopbackNet, type PortPlacement } from "./loopback.js";
import { LIVEKIT_BIN, skipOrFail } from "./paths.js";
import { podFile, podFromDeployment, type PodPlan } from "./pod.js";
import { runPod, runPodToExit, type PodImage, type RunningPod } from "./pod-runner.js";
import { secretStore, type RenderedPool } from "./rendered-pool.js";

type Obj = Record<string, any>;

export const SERVER_CONTAINER = "livekit-server";

/** Why the LiveKit suites cannot run here (a skip locally, a failure in CI), or undefined. */
export function liveKitMissing(): string | undefined {
  return skipOrFail(liveKitReasons());
}

/** What the LiveKit server pods need and this machine lacks. */
export function liveKitReasons(): string[] {
  const reasons: string[] = [];
  if (!existsSync(LIVEKIT_BIN)) reasons.push("livekit-server is not built (scripts/ensure-livekit.sh needs Go)");
  if (process.getuid?.() !== 0) reasons.push("pods run in a mount namespace as uid 65532, which needs root");
  for (const tool of ["unshare", "setpriv"]) {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    } catch {
      reasons.push(`${tool} (util-linux) is missing`);
    }
  }
  return reasons;
}

export interface ServerPod {
  pod: RunningPod;
  /** The plan as run, addresses rewritten. */
  plan: PodPlan;
  net: LoopbackNet;
}

export interface PodOptions {
  /** Secrets the test makes as a user would (e.g. spec.server.apiKeys.secretRef). */
  userSecrets?: Obj[];
  /** Which replica: each gets its own loopback ports. */
  ordinal?: number;
  /** Service `host:port` -> loopback address of the process standing in for it (e.g. Redis). */
  services?: Map<string, string>;
  /** What the image brings (its CA trust store); the rendered objects cannot change it. */
  image?: PodImage;
  /** The server program to run (default: the pinned build in .tools/bin). */
  binary?: string;
  /** Free loopback ports (default), or the rendered ones when the test runs in a network namespace
   * of its own (netns.ts). */
  ports?: PortPlacement;
}

/** The plan of one server pod of a rendered pool, addresses rewritten to loopback ones. */
export async function serverPlan(pool: RenderedPool, opts: PodOptions = {}): Promise<{ plan: PodPlan; net: LoopbackNet }> {
  const deployment = pool.objects["server-deployment"];
  if (!deployment) throw new Error("the pool rendered no server-deployment");
  const rendered = podFromDeployment(deployment, secretStore(pool, opts.userSecrets), SERVER_CONTAINER, opts.ordinal ?? 0);
  const config = podFile(rendered, configPathOf(rendered));
  if (!config) throw new Error(`${configPathOf(rendered)} is not mounted in the server pod`);
  const net = await allocateLoopback(rendered, config.file.content.toString("utf8"), opts.services, opts.ports);
  return { plan: rewriteAddresses(rendered, net), net };
}

/** Starts one server pod and waits for its startup probe; throws with its log when it fails. */
export async function startServer(pool: RenderedPool, opts: PodOptions = {}): Promise<ServerPod> {
  const { plan, net } = await serverPlan(pool, opts);
  return { pod: await runPod(plan, opts.binary ?? LIVEKIT_BIN, opts.image), plan, net };
}

/** Runs a server pod that must refuse to start; returns how it exited and its log lines. */
export async function serverRefusal(pool: RenderedPool, opts: PodOptions = {}): Promise<{ how: string; lines: string[] }> {
  const { plan } = await serverPlan(pool, opts);
  return runPodToExit(plan, opts.binary ?? LIVEKIT_BIN, opts.image);
}

/** Runs `check`; when it throws, rethrows with the server pods' log lines appended, so a failed
 * assertion shows what LiveKit said. */
export async function withServerLogs<T>(pods: Array<ServerPod | undefined>, check: () => Promise<T> | T): Promise<T> {
  try {
    return await check();
  } catch (err) {
    const logs = pods.filter((p): p is ServerPod => p !== undefined).map((p) => p.pod.logTail());
    if (err instanceof Error) {
      err.message = `${err.message}\n${logs.join("\n")}`;
      throw err;
    }
    throw new Error(`${String(err)}\n${logs.join("\n")}`, { cause: err });
  }
}

/** LiveKit's JSON log lines, parsed (other lines are skipped). */
export function jsonLogLines(pod: RunningPod): Obj[] {
  return pod.logLines().flatMap((line) => {
    try {
      const parsed = JSON.parse(line) as unknown;
      return parsed && typeof parsed === "object" ? [parsed as Obj] : [];
    } catch {
      return [];
    }
  });
}
