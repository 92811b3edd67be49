// Cold start: spawn to the first successful RunFunction call, for each way of starting the server
// and for the Go peer. Every start is repeated, one of each in turn, so that whatever else the
// machine runs meanwhile weighs on all of them alike; medians are reported. Besides wall time, the
// CPU time the process has used by its first answer (all its threads), which other work on a busy
// machine moves far less than wall time. Servers start in a pod's environment, not this machine's.
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";
import { firstSuccessfulCall, freePort, POD_ENV, spawnPinned, type ProtoVersion } from "./measure.js";

export interface Start {
  name: string;
  /** What is started, for the report. */
  what: string;
  /** The Node version that runs it; undefined for the Go peer. */
  node?: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  proto: ProtoVersion;
  request: RunFunctionRequest;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface ColdStart {
  name: string;
  what: string;
  node?: string;
  starts: number;
  wallMs: Spread;
  cpuMs: Spread;
}

export interface ColdStarts {
  rounds: number;
  /** The 1-minute load average before and after: how busy the machine was. */
  loadAverage: { before: number; after: number };
  results: ColdStart[];
}

/** CPU time used so far by every thread of `pid`, in ms (from the scheduler, in nanoseconds). */
function processCpuMs(pid: number): number {
  return readdirSync(`/proc/${pid}/task`).reduce((sum, task) => {
    try {
      return sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]) / 1e6;
    } catch {
      return sum; // the thread ended meanwhile
    }
  }, 0);
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

async function startOnce(start: Start, cpu: number | undefined, logFile: string): Promise<{ wallMs: number; cpuMs: number }> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawnPinned(
    cpu,
    start.command,
    [...start.args, "--insecure", "--address", `127.0.0.1:${port}`],
    logFile,
    start.env,
    POD_ENV,
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    const wallMs = await firstSuccessfulCall(port, start.request, started, child, start.proto);
    return { wallMs, cpuMs: processCpuMs(child.pid!) };
  } catch (err) {
    const log = readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
    throw new Error(`cold start of ${start.name}: ${err instanceof Error ? err.message : String(err)}\n${log}`, { cause: err });
  } finally {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  }
}

/** `rounds` starts of each, in turn, pinned to `cpu` when given; logs go to `logDir`. */
export async function measureColdStarts(starts: Start[], rounds: number, cpu: number | undefined, logDir: string): Promise<ColdStarts> {
  const before = loadavg()[0]!;
  const samples = new Map(starts.map((s) => [s.name, [] as Array<{ wallMs: number; cpuMs: number }>]));
  for (let round = 0; round < rounds; round++) {
    for (const start of starts) samples.get(start.name)!.push(await startOnce(start, cpu, `${logDir}/cold-start-${start.name}.log`));
  }
  const results = starts.map((s) => {
    const runs = samples.get(s.name)!;
    return {
      name: s.name,
      what: s.what,
      ...(s.node ? { node: s.node } : {}),
      starts: runs.length,
      wallMs: spread(runs.map((r) => r.wallMs)),
      cpuMs: spread(runs.map((r) => r.cpuMs)),
    };
  });
  return { rounds, loadAverage: { before, after: loadavg()[0]! }, results };
}
