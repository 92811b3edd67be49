// A program of the control plane, run by the test: bound to the test process (setpriv
// --pdeathsig=KILL, so nothing outlives it whatever happens), its output kept in a bounded buffer for
// diagnostics, and stopped by its pid (SIGTERM, then SIGKILL after a grace period).
import { spawn } from "node:child_process";
import { terminate } from "../processes.js";

// Crossplane's debug log of a whole run fits; the suite reads reconciles from it.
const KEPT_LINES = 50_000;
const STOP_GRACE_MS = 10_000;

export interface ManagedProcess {
  name: string;
  pid: number;
  /** The last `n` lines the program wrote (stdout and stderr). */
  logTail(n?: number): string;
  /** Every kept line that matches. */
  linesMatching(re: RegExp): string[];
  /** How many lines the program has written so far: a mark for linesSince. */
  lineCount(): number;
  /** The lines written after `mark` (a lineCount). */
  linesSince(mark: number): string[];
  /** How it ended, or undefined while it runs. */
  exited(): string | undefined;
  /** SIGTERM, then SIGKILL; resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Wrapped around the program before setpriv, e.g. ["unshare", "--mount", "--", ...]. */
  wrap?: (argv: string[]) => string[];
}

export function startProcess(name: string, argv: string[], opts: StartOptions = {}): ManagedProcess {
  const bound = ["setpriv", "--pdeathsig=KILL", "--", ...argv];
  const full = opts.wrap ? opts.wrap(bound) : bound;
  const child = spawn(full[0]!, full.slice(1), {
    stdio: ["ignore", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...opts.env },
    cwd: opts.cwd,
  });
  const lines: string[] = [];
  let dropped = 0;
  let partial = "";
  const onData = (chunk: Buffer) => {
    const parts = (partial + chunk.toString("utf8")).split("\n");
    partial = parts.pop()!;
    lines.push(...parts);
    if (lines.length > KEPT_LINES * 2) dropped += lines.splice(0, lines.length - KEPT_LINES).length;
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  let how: string | undefined;
  const gone = new Promise<void>((resolve) =>
    child.on("close", (code, signal) => {
      how = signal ?? `exit code ${code}`;
      resolve();
    }),
  );
  child.on("error", (err) => {
    how = `could not start: ${err.message}`;
  });
  let stopping: Promise<void> | undefined;
  return {
    name,
    pid: child.pid ?? -1,
    logTail: (n = 60) =>
      `--- ${name} (pid ${child.pid}) ---\n${[...lines, partial].filter(Boolean).slice(-n).join("\n")}\n--- end of ${name} ---`,
    linesMatching: (re) => lines.filter((l) => re.test(l)),
    lineCount: () => dropped + lines.length,
    linesSince: (mark) => lines.slice(Math.max(0, mark - dropped)),
    exited: () => how,
    stop: () => (stopping ??= how !== undefined ? Promise.resolve() : terminate(child, gone, STOP_GRACE_MS)),
  };
}
