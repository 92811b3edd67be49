// Load from ghz (a Go gRPC client, like Crossplane's) over ONE connection, as Crossplane calls a
// function: one shared HTTP/2 connection per function pod with many concurrent streams.
import { spawnSync } from "node:child_process";

export interface GhzResult {
  count: number;
  errors: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  /** The most frequent error message, when calls failed. */
  topError?: string;
}

export interface GhzRun {
  ghz: string;
  version: "v1" | "v1beta1";
  proto: string;
  port: number;
  requestFile: string;
  concurrency: number;
  total: number;
  warmup: number;
  cpu?: number;
}

export function runGhz(r: GhzRun): GhzResult {
  const args = [
    "--insecure",
    "--proto",
    r.proto,
    "--call",
    `apiextensions.fn.proto.${r.version}.FunctionRunnerService/RunFunction`,
    "--binary-file",
    r.requestFile,
    "--connections",
    "1",
    "--concurrency",
    String(r.concurrency),
    "--total",
    String(r.total + r.warmup),
    "--skipFirst",
    String(r.warmup),
    "--max-recv-message-size",
    "64MB",
    "--timeout",
    "60s",
    "--format",
    "json",
    `127.0.0.1:${r.port}`,
  ];
  const cmd = r.cpu !== undefined ? ["taskset", "-c", String(r.cpu), r.ghz, ...args] : [r.ghz, ...args];
  const out = spawnSync(cmd[0]!, cmd.slice(1), { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
  if (out.status !== 0 && !out.stdout) throw new Error(`ghz failed: ${out.stderr}`);
  const json = JSON.parse(out.stdout);
  const pct = (p: number) => (json.latencyDistribution ?? []).find((d: { percentage: number }) => d.percentage === p)?.latency / 1e6;
  const errors = Object.entries<number>(json.statusCodeDistribution ?? {})
    .filter(([code]) => code !== "OK")
    .reduce((n, [, c]) => n + c, 0);
  const [topError] = Object.entries<number>(json.errorDistribution ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
  return { count: json.count, errors, rps: json.rps, p50ms: pct(50) ?? NaN, p99ms: pct(99) ?? NaN, ...(topError ? { topError } : {}) };
}
