// A private network namespace for programs that bind sockets on every interface whatever address
// they are given (LiveKit's ICE/TCP listener and its UDP sockets, stunnerd's relay, Chromium's
// WebRTC sockets): inside it the only interface is loopback, so nothing they open is reachable
// from beyond the machine, and the rendered ports (3478, 7880, 50000-60000, ...) are free.
//
// The namespace also has its own PID namespace: the command is its first process, and when that
// ends (or the test process dies: pdeathsig), the kernel kills every process left in it.
import { spawn, execFileSync } from "node:child_process";
import { terminate } from "./processes.js";

const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_LINES = 80;

/** Why a private network namespace cannot be made here (root, util-linux's unshare, iproute2's ip). */
export function networkNamespaceReasons(): string[] {
  const reasons: string[] = [];
  if (process.getuid?.() !== 0) reasons.push("a private network namespace needs root");
  for (const [tool, pkg] of [
    ["unshare", "util-linux"],
    ["setpriv", "util-linux"],
    ["ip", "iproute2"],
  ]) {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    } catch {
      reasons.push(`${tool} (${pkg}) is missing`);
    }
  }
  return reasons;
}

export interface NamespacedRun {
  /** How it ended: `code N` or `signal S`, or `timeout` when it was stopped at the deadline. */
  how: string;
  /** Its last lines of stdout and stderr, for assertion messages. */
  outputTail: string;
}

/** Runs `argv` in a new network and PID namespace whose loopback interface is up, and waits until
 * it ends or `timeoutMs` passes (then it is stopped: SIGTERM, then SIGKILL). */
export async function runInNetworkNamespace(argv: string[], opts: { cwd: string; timeoutMs: number }): Promise<NamespacedRun> {
  const child = spawn(
    "setpriv",
    // --kill-child: unshare's death (here: the test's) kills the namespace's first process, and so the namespace.
    // sh stays the namespace's first process: it reaps the orphans a browser leaves (an exec'd node would not).
    [
      "--pdeathsig=KILL",
      "--",
      "unshare",
      "--net",
      "--pid",
      "--fork",
      "--kill-child",
      "--mount-proc",
      "--",
      "sh",
      "-c",
      'ip link set lo up && "$@"',
      "netns",
      ...argv,
    ],
    { cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"] },
  );
  const lines: string[] = [];
  for (const s of [child.stdout, child.stderr]) s.on("data", (c: Buffer) => lines.push(...c.toString("utf8").split("\n").filter(Boolean)));
  const exited = new Promise<string>((resolve) => {
    child.on("close", (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
    child.on("error", (err) => resolve(`not started: ${err.message}`));
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void terminate(child, exited, STOP_GRACE_MS);
  }, opts.timeoutMs);
  const how = await exited;
  clearTimeout(timer);
  const tail = lines.slice(-OUTPUT_TAIL_LINES);
  return {
    how: timedOut ? "timeout" : how,
    outputTail: `--- namespace: last ${tail.length} of ${lines.length} lines ---\n${tail.join("\n")}\n--- end ---`,
  };
}
