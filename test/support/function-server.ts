// Starts the real function server (dist/main.js, or another way of starting it) on a free loopback
// port.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestPki } from "./certs.js";
import { MAIN_JS } from "./paths.js";

export interface RunningFunction {
  port: number;
  process: ChildProcess;
  logs(): string;
  /**
   * The logs once `ready(logs)` holds, or as they are after `timeoutMs`. The child's output arrives
   * on a pipe, so a log line written before a response can still be in flight when the response is.
   */
  logsWhen(ready: (logs: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Sends a signal and resolves with the exit code once the process has exited and its output is read. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The command line that starts the server, before its flags: this Node running dist/main.js
 * unless a test runs a copy of it elsewhere, or the runtime image's snapshot (snapshot.test.ts). */
export const BUNDLE = [process.execPath, MAIN_JS];

export function spawnFunction(args: string[], env: Record<string, string> = {}, launch = BUNDLE): ChildProcess {
  const [command, ...before] = launch;
  return spawn(command!, [...before, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
}

export function startFunction(
  args: string[] = ["--insecure"],
  env: Record<string, string> = {},
  launch = BUNDLE,
): Promise<RunningFunction> {
  const child = spawnFunction(["--address", "127.0.0.1:0", ...args], env, launch);
  let out = "";
  // "close" (not "exit") fires after stdout and stderr have ended, so no log line is missed.
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    // Bounds a start that never comes (it takes well under a second), not how fast it comes.
    const timer = setTimeout(() => reject(new Error(`function did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /"port":(\d+)[^\n]*listening/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          port: Number(m[1]),
          process: child,
          logs: () => out,
          logsWhen: async (ready, timeoutMs = 5000) => {
            for (const deadline = Date.now() + timeoutMs; !ready(out) && Date.now() < deadline;) {
              await new Promise((r) => setTimeout(r, 10));
            }
            return out;
          },
          stop: (signal = "SIGTERM") => {
            if (child.exitCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`function exited with ${code}:\n${out}`));
    });
  });
}

/** Starts the server with mTLS from `pki`: its certificate, key and CA in a TLS_SERVER_CERTS_DIR
 * that is removed once the server listens (it reads the files at start). */
export async function startFunctionWithTls(
  pki: Pick<TestPki, "ca" | "serverCert" | "serverKey">,
  args: string[] = [],
  launch = BUNDLE,
): Promise<RunningFunction> {
  const dir = mkdtempSync(join(tmpdir(), "lkp-fn-tls-"));
  try {
    for (const [file, content] of [
      ["tls.crt", pki.serverCert],
      ["tls.key", pki.serverKey],
      ["ca.crt", pki.ca],
    ] as const)
      writeFileSync(join(dir, file), content, { mode: 0o600 });
    return await startFunction(args, { TLS_SERVER_CERTS_DIR: dir }, launch);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
