// Runs a pod plan the way the kubelet would run the container, as far as one Linux machine can:
//  - a private mount namespace (`unshare --mount`), so every volume sits at its exact mountPath
//    (the host's /etc gets a throwaway overlay for mount points such as /etc/livekit/config) and
//    nothing is visible outside the process;
//  - Secret volumes laid out as the kubelet's atomic writer does (`..data` symlinks into a
//    timestamped directory), files owned root:fsGroup with their projected mode, mounted read-only;
//    emptyDir volumes as tmpfs of their sizeLimit, group fsGroup, setgid;
//  - a read-only root filesystem when the container asks for one;
//  - the container's user, group and supplementary groups, no-new-privileges and no capabilities,
//    through `setpriv`; exactly the container's environment (plus the image's PATH) and argv.
//  - optionally, the image's CA trust store (/etc/ssl/certs) holding only given CAs: a test CA then
//    stands where a cloud's public CA is in the real image (ElastiCache certificates are public);
//  - the program itself bound into the pod's own view at /usr/local/bin/<name>, as an image carries
//    it, before any volume is mounted: nothing of the checkout needs to be visible in the pod, so a
//    checkout under /tmp (which the pod's /tmp emptyDir hides) runs too. (The LiveKit image has it
//    at /livekit-server; a new file at / would need an overlay on the root itself.)
// Not modelled: seccomp RuntimeDefault, resource limits, the pod's own network namespace (the
// loopback rewrite stands in for it). Needs root, like the kubelet.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { basename, dirname, join } from "node:path";
import type { HttpProbe, PodPlan, PodVolume } from "./pod.js";
import { LOOPBACK } from "./loopback.js";
import { terminate } from "./processes.js";

// The PATH of the livekit-server image (a distroless-style image has nothing else in its env).
const IMAGE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
// Where the pod sees its program, whatever path the test started it from.
const IMAGE_BIN_DIR = "/usr/local/bin";
// The startup probe's own budget can be minutes; a test server that needs more than this is broken.
const MAX_STARTUP_MS = 30_000;
const STOP_GRACE_MS = 5_000;
const LOG_TAIL_LINES = 60;

export interface RunningPod {
  name: string;
  /** The server's process id (unshare, sh and setpriv exec into it, so it is the spawned one). */
  pid: number;
  /** Every line the process wrote to stdout and stderr so far. */
  logLines(): string[];
  /** The last lines, for assertion messages. */
  logTail(lines?: number): string;
  /** http://127.0.0.1:<port> of a named (or numbered) container port. */
  url(port: string | number, scheme?: string): string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<string>;
  /** How the process ended, or undefined while it runs. */
  hasExited(): string | undefined;
  /** SIGTERM, then SIGKILL after a grace period; removes the staged files. Idempotent. */
  stop(): Promise<void>;
}

/** What the container image brings besides the binary. */
export interface PodImage {
  /** PEM CAs that replace the image's trust store (/etc/ssl/certs/ca-certificates.crt, the path
   * both Alpine, the LiveKit image's base, and Go's loader on Linux use). */
  trustedCAs?: Buffer;
}

const TRUST_STORE_DIR = "/etc/ssl/certs";

const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** Writes a Secret volume as the kubelet's atomic writer lays it out. */
function stageSecretVolume(dir: string, volume: PodVolume & { kind: "secret" }, fsGroup: number | undefined): void {
  const gid = fsGroup ?? 0;
  const ts = "..2026_01_01_00_00_00.000000000";
  mkdirSync(join(dir, ts), { recursive: true });
  for (const f of volume.files) {
    const target = join(dir, ts, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content, { mode: 0o600 });
    chownSync(target, 0, gid);
    chmodSync(target, f.mode);
  }
  symlinkSync(ts, join(dir, "..data"));
  for (const top of new Set(volume.files.map((f) => f.path.split("/")[0]!))) symlinkSync(join("..data", top), join(dir, top));
  for (const d of [dir, join(dir, ts)]) chownSync(d, 0, gid);
  chmodSync(dir, fsGroup === undefined ? 0o1777 : 0o3777);
  chmodSync(join(dir, ts), fsGroup === undefined ? 0o755 : 0o2755);
}

/** The nearest existing ancestor of each missing mount point: those get a throwaway overlay. */
function overlayRoots(mountPoints: string[]): string[] {
  const roots = new Set<string>();
  for (const path of mountPoints) {
    if (existsSync(path)) continue;
    let dir = dirname(path);
    while (!existsSync(dir)) dir = dirname(dir);
    if (dir === "/") throw new Error(`cannot make mount point ${path}: it would need an overlay on /`);
    roots.add(dir);
  }
  return [...roots].sort();
}

/** The shell script run as root inside the new mount namespace; it ends by exec'ing the server. */
function namespaceScript(plan: PodPlan, stage: string, binary: string, image: PodImage): string {
  const s = plan.security;
  const program = join(IMAGE_BIN_DIR, basename(binary));
  const lines = ["set -eu", `scratch=${q(join(stage, "scratch"))}`, 'mount -t tmpfs -o mode=0700,size=8m lkp-scratch "$scratch"'];
  // The program's directory always gets an overlay, so its file can be made without touching the host.
  const roots = [...new Set([IMAGE_BIN_DIR, ...overlayRoots(plan.volumes.map((v) => v.mountPath))])].sort();
  roots.forEach((root, i) => {
    lines.push(`mkdir "$scratch/${i}u" "$scratch/${i}w"`);
    lines.push(`mount -t overlay lkp-overlay -o lowerdir=${q(root)},upperdir="$scratch/${i}u",workdir="$scratch/${i}w" ${q(root)}`);
  });
  if (image.trustedCAs)
    lines.push(`mount --bind ${q(join(stage, "trust"))} ${TRUST_STORE_DIR}`, `mount -o remount,bind,ro ${TRUST_STORE_DIR}`);
  // The program and the Secret volumes first: their sources may live under the host's /tmp (the
  // checkout, the staged files), which an emptyDir mounted at /tmp would hide.
  lines.push(`touch ${q(program)}`, `mount --bind ${q(binary)} ${q(program)}`, `mount -o remount,bind,ro ${q(program)}`);
  const ordered = [...plan.volumes].sort((a, b) =>
    a.kind === b.kind ? a.mountPath.localeCompare(b.mountPath) : a.kind === "secret" ? -1 : 1,
  );
  ordered.forEach((v) => {
    lines.push(`mkdir -p ${q(v.mountPath)}`);
    if (v.kind === "secret") {
      lines.push(`mount --bind ${q(join(stage, "volumes", v.name))} ${q(v.mountPath)}`);
      // Kubernetes mounts Secret volumes read-only whatever the volumeMount says.
      lines.push(`mount -o remount,bind,ro ${q(v.mountPath)}`);
    } else {
      const group = s.fsGroup === undefined ? "mode=0777" : `mode=2777,gid=${s.fsGroup}`;
      lines.push(`mount -t tmpfs -o ${group},size=${tmpfsSize(v.sizeLimit)} lkp-${v.name} ${q(v.mountPath)}`);
      if (v.readOnly) lines.push(`mount -o remount,ro ${q(v.mountPath)}`);
    }
  });
  if (s.readOnlyRootFilesystem) {
    for (const root of roots) lines.push(`mount -o remount,ro ${q(root)}`);
    lines.push("mount -o remount,bind,ro /");
  }
  const priv = [
    "setpriv",
    `--reuid=${s.uid}`,
    `--regid=${s.gid}`,
    `--groups=${s.groups.join(",")}`,
    ...(s.noNewPrivs ? ["--no-new-privs"] : []),
    ...(s.dropAllCapabilities ? ["--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all"] : []),
    // The server must not outlive the test process, whatever happens to it.
    "--pdeathsig=KILL",
    "--",
  ];
  lines.push("cd /", `exec ${[...priv, program, ...plan.args].map(q).join(" ")}`);
  return `${lines.join("\n")}\n`;
}

function tmpfsSize(limit: string | undefined): string {
  if (!limit) return "64m";
  const m = /^(\d+)(Ki|Mi|Gi)?$/.exec(limit);
  if (!m) throw new Error(`emptyDir sizeLimit ${limit} is not modelled`);
  return `${m[1]}${{ Ki: "k", Mi: "m", Gi: "g" }[m[2] as "Ki" | "Mi" | "Gi"] ?? ""}`;
}

function portOf(plan: PodPlan, port: string | number): number {
  if (typeof port === "number") return port;
  const p = plan.ports.find((x) => x.name === port);
  if (!p) throw new Error(`pod ${plan.name} has no port named ${port}`);
  return p.containerPort;
}

async function probeOnce(url: string): Promise<boolean> {
  try {
    const rsp = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await rsp.arrayBuffer();
    // The kubelet's rule: 200 <= status < 400 is success.
    return rsp.status >= 200 && rsp.status < 400;
  } catch {
    return false;
  }
}

function envOf(plan: PodPlan): Record<string, string> {
  const env: Record<string, string> = { PATH: IMAGE_PATH, HOSTNAME: plan.name };
  for (const e of plan.env) {
    if (!("value" in e)) throw new Error(`env ${e.name} still comes from ${e.fieldPath}; rewriteAddresses must resolve it first`);
    env[e.name] = e.value;
  }
  return env;
}

/** Starts the pod (its plan must already have loopback addresses); does not wait for it. */
export function startPod(plan: PodPlan, binary: string, image: PodImage = {}): RunningPod {
  const stage = mkdtempSync(join(tmpdir(), "lkp-pod-"));
  chmodSync(stage, 0o700);
  mkdirSync(join(stage, "scratch"));
  if (image.trustedCAs) {
    mkdirSync(join(stage, "trust"), { mode: 0o755 });
    writeFileSync(join(stage, "trust", "ca-certificates.crt"), image.trustedCAs, { mode: 0o644 });
  }
  for (const v of plan.volumes) {
    if (v.kind === "secret") stageSecretVolume(join(stage, "volumes", v.name), v, plan.security.fsGroup);
  }
  const script = join(stage, "pod.sh");
  writeFileSync(script, namespaceScript(plan, stage, binary, image), { mode: 0o700 });
  const child: ChildProcess = spawn("unshare", ["--mount", "--propagation", "private", "--", "/bin/sh", script], {
    cwd: "/",
    env: envOf(plan),
    stdio: ["ignore", "pipe", "pipe"],
  });

  const lines: string[] = [];
  const partial = { out: "", err: "" };
  const collect = (which: "out" | "err") => (chunk: Buffer) => {
    const parts = (partial[which] + chunk.toString("utf8")).split("\n");
    partial[which] = parts.pop() ?? "";
    lines.push(...parts);
  };
  child.stdout!.on("data", collect("out"));
  child.stderr!.on("data", collect("err"));
  let gone: string | undefined;
  // "close" (not "exit"): it comes once stdout and stderr have ended too, so no last line is lost.
  const exited = new Promise<string>((resolve) =>
    child.on("close", (code, signal) => {
      for (const rest of [partial.out, partial.err]) if (rest) lines.push(rest);
      gone = signal ? `signal ${signal}` : `code ${code}`;
      resolve(gone);
    }),
  );

  let stopping: Promise<void> | undefined;
  return {
    name: plan.name,
    pid: child.pid ?? -1,
    logLines: () => [...lines],
    logTail: (n = LOG_TAIL_LINES) => {
      const tail = lines.slice(-n);
      return `--- ${plan.name}: last ${tail.length} of ${lines.length} log lines ---\n${tail.join("\n")}\n--- end of ${plan.name} log ---`;
    },
    url: (port, scheme = "http") => `${scheme}://${LOOPBACK}:${portOf(plan, port)}`,
    exited,
    hasExited: () => gone,
    stop: () =>
      (stopping ??= (async () => {
        if (gone === undefined) await terminate(child, exited, STOP_GRACE_MS);
        rmSync(stage, { recursive: true, force: true });
      })()),
  };
}

/** Waits for the pod's startup probe (bounded); on failure stops the pod and throws with its log. */
export async function waitForStartup(pod: RunningPod, plan: PodPlan): Promise<void> {
  const probe: HttpProbe = plan.startupProbe ?? { path: "/", port: "http", periodSeconds: 1, failureThreshold: 30 };
  const deadline = Date.now() + Math.min(probe.periodSeconds * probe.failureThreshold * 1000, MAX_STARTUP_MS);
  const url = `${pod.url(probe.port)}${probe.path}`;
  while (!(await probeOnce(url))) {
    const gone = pod.hasExited();
    if (gone !== undefined || Date.now() > deadline) {
      await pod.stop();
      const why = gone !== undefined ? `exited (${gone}) before its startup probe passed` : `did not pass its startup probe ${url} in time`;
      throw new Error(`pod ${pod.name} ${why}\n${pod.logTail()}`);
    }
    await sleep(200);
  }
}

/** Starts the pod and waits until its startup probe passes. */
export async function runPod(plan: PodPlan, binary: string, image: PodImage = {}): Promise<RunningPod> {
  const pod = startPod(plan, binary, image);
  await waitForStartup(pod, plan);
  return pod;
}

/** Runs a pod that must refuse to start: resolves with how it exited and its log lines, or throws
 * (with the log) when it is still running after `timeoutMs`. */
export async function runPodToExit(
  plan: PodPlan,
  binary: string,
  image: PodImage = {},
  timeoutMs = 15_000,
): Promise<{ how: string; lines: string[] }> {
  const pod = startPod(plan, binary, image);
  const cancel = new AbortController();
  const timeout = sleep(timeoutMs, undefined, { signal: cancel.signal }).catch(() => undefined);
  const how = await Promise.race([pod.exited, timeout]);
  cancel.abort();
  await pod.stop();
  if (how === undefined) throw new Error(`pod ${plan.name} was expected to exit but still ran after ${timeoutMs} ms\n${pod.logTail()}`);
  return { how, lines: pod.logLines() };
}
