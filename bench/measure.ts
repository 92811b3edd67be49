// Process-level measurements on Linux: CPU time and memory of a server from /proc, free ports,
// and cold start (spawn to first successful call).
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import * as grpc from "@grpc/grpc-js";
import { FunctionRunnerServiceService, type RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** Current (VmRSS) and peak (VmHWM) resident memory, in MB. */
export function memoryMB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** The function protocol's gRPC package: v1, or v1beta1 for functions that predate it (Crossplane
 * falls back to v1beta1 too; both share one wire format). */
export type ProtoVersion = "v1" | "v1beta1";

export function clientFor(version: ProtoVersion) {
  const service = FunctionRunnerServiceService as unknown as grpc.ServiceDefinition;
  const def = Object.fromEntries(
    Object.entries(service).map(([name, method]) => [name, { ...method, path: method.path.replace(".v1.", `.${version}.`) }]),
  ) as grpc.ServiceDefinition;
  return grpc.makeGenericClientConstructor(def, "FunctionRunnerService");
}

/** Calls until one succeeds; the time from `startedAt` to that success is the cold start. A new
 * client for every attempt: one channel would wait out grpc-js's 1 s reconnect backoff after the
 * first refused connection and measure that instead of the server. */
export async function firstSuccessfulCall(
  port: number,
  req: RunFunctionRequest,
  startedAt: bigint,
  child: ChildProcess,
  version: ProtoVersion,
): Promise<number> {
  const Client = clientFor(version);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const ok = await new Promise<boolean>((resolve) =>
      (client as any).runFunction(req, { deadline: Date.now() + 1000 }, (err: unknown) => resolve(!err)),
    );
    client.close();
    if (ok) return Number(process.hrtime.bigint() - startedAt) / 1e6;
    if (Number(process.hrtime.bigint() - startedAt) > 30e9) throw new Error("no successful call within 30 s");
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Runs `command` pinned to `cpu` when taskset exists (the benchmark gives the server one core and
 * the load generator the other). Output goes to `logFile`, not a pipe: ghz runs synchronously, so
 * nothing would drain a pipe, and a server that logs every call would block once it filled. */
export function spawnPinned(
  cpu: number | undefined,
  command: string,
  args: string[],
  logFile: string,
  env: Record<string, string> = {},
  base: NodeJS.ProcessEnv = process.env,
): ChildProcess {
  const pinned = cpu !== undefined ? ["taskset", ["-c", String(cpu), command, ...args]] : [command, args];
  const log = openSync(logFile, "w");
  return spawn(pinned[0] as string, pinned[1] as string[], { stdio: ["ignore", log, log], env: { ...base, ...env } });
}

/** The environment a function's pod gives it, as far as starting goes: none of this machine's.
 * (This machine sets NODE_EXTRA_CA_CERTS, for one, which Node 20 reads and parses as it starts,
 * some 85 ms; the runtime image sets nothing of the kind.) */
export const POD_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "/usr/bin:/bin" };
