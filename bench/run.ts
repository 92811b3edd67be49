// `npm run bench`: our function, the Node floor (a no-op function on the same SDK), the
// equal-output floor (the same no-op sending back our response to each request) and the Go peer
// function-patch-and-transform, measured side by side in one run on one machine. Each server gets
// one core (taskset, GOMAXPROCS=1 for Go); ghz drives load from the other core over ONE connection.
// First, cold starts (cold-start.ts): the bundle on this Node and on the runtime image's Node 24,
// Node 24's compile cache, the image's own start from its V8 startup snapshot, and the peer; and
// what loading each part of the server costs on both Nodes (load-breakdown.ts).
// `--smoke` runs every part with tiny counts (CI checks the harness, not the figures);
// `--cold-start` runs the cold starts alone.
// Results: bench/results/latest.json (cold-start.json), and the results and cold-start sections of
// BENCHMARKS.md (runs that are not smoke runs).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";
import { measureColdStarts, type ColdStarts, type Start } from "./cold-start.js";
import { runGhz, type GhzResult } from "./ghz.js";
import { measureLoadCosts, type LoadCost } from "./load-breakdown.js";
import { cpuSeconds, firstSuccessfulCall, freePort, memoryMB, POD_ENV, spawnPinned, type ProtoVersion } from "./measure.js";
import { renderColdStart, renderMarkdown } from "./report.js";
import { ourRequest, ourResponses, patchAndTransformRequest, type Size } from "./requests.js";

const ROOT = resolve(import.meta.dirname, "..");
const smoke = process.argv.includes("--smoke");
const coldStartOnly = process.argv.includes("--cold-start");
const GHZ = resolve(ROOT, ".tools/bin/ghz");
const PEER = resolve(ROOT, ".tools/bin/function-patch-and-transform");
const MAIN = resolve(ROOT, "dist/main.js");
// The runtime image's Node (scripts/ensure-node24.sh).
const NODE24 = resolve(ROOT, ".cache/node24/bin/node");
const PROTO_DIR = join(
  execFileSync("go", ["env", "GOMODCACHE"], { encoding: "utf8" }).trim(),
  "github.com/crossplane/crossplane/v2@v2.2.1/proto/fn",
);

const SIZES: Size[] = ["small", "medium", "large"];
const CONCURRENCY = [1, 16, 100];
const TOTALS: Record<Size, Record<number, number>> = smoke
  ? { small: { 1: 20, 16: 20, 100: 100 }, medium: { 1: 20, 16: 20, 100: 100 }, large: { 1: 5, 16: 16, 100: 100 } }
  : { small: { 1: 3000, 16: 6000, 100: 10000 }, medium: { 1: 3000, 16: 6000, 100: 10000 }, large: { 1: 300, 16: 600, 100: 1000 } };
const WARMUP = smoke ? 2 : 200;
const SLOPE_EXTRAS = smoke ? [0, 20] : [0, 50, 100, 200];
const SLOPE_CALLS = smoke ? 10 : 300;
const COLD_START_ROUNDS = smoke ? 2 : 15;
const LOAD_RUNS = smoke ? 1 : 9;
// Two cores: the server on core 1, ghz on core 0. Fewer cores: no pinning.
const [SERVER_CPU, LOAD_CPU] = cpus().length >= 2 && existsSync("/usr/bin/taskset") ? [1, 0] : [undefined, undefined];

export type ServerName = "ours" | "floor" | "equalFloor" | "peer";

interface ServerDef {
  /** function-patch-and-transform v0.5.0 serves only the v1beta1 protocol. */
  proto: ProtoVersion;
  command: string;
  args: (port: number) => string[];
  env?: Record<string, string>;
  request: (size: Size, extra?: number) => RunFunctionRequest;
}

const scratch = mkdtempSync(join(tmpdir(), "lkp-bench-"));
const EQUAL_OUTPUT = join(scratch, "our-responses.json");
const NOOP = resolve(ROOT, "bench/noop-function.mjs");

const SERVERS: Record<ServerName, ServerDef> = {
  ours: { proto: "v1", command: process.execPath, args: (p) => [MAIN, "--insecure", "--address", `127.0.0.1:${p}`], request: ourRequest },
  floor: { proto: "v1", command: process.execPath, args: (p) => [NOOP, "--address", `127.0.0.1:${p}`], request: ourRequest },
  equalFloor: {
    proto: "v1",
    command: process.execPath,
    args: (p) => [NOOP, "--address", `127.0.0.1:${p}`, "--responses", EQUAL_OUTPUT],
    request: ourRequest,
  },
  peer: {
    proto: "v1beta1",
    command: PEER,
    args: (p) => ["--insecure", "--address", `127.0.0.1:${p}`],
    env: { GOMAXPROCS: "1" },
    request: patchAndTransformRequest,
  },
};

export interface Cell extends GhzResult {
  server: ServerName;
  size: Size;
  concurrency: number;
  cpuUsPerCall: number;
}

export interface Machine {
  cpus: number;
  model: string;
  node: string;
  date: string;
  pinned: boolean;
}

export interface Results {
  smoke: boolean;
  machine: Machine;
  requestBytes: Record<Size, number>;
  servers: Record<ServerName, { coldStartMs: number; idleMB: number; peakMB: number; rssAfterLoadMB: number }>;
  cells: Cell[];
  slope: Record<ServerName, { points: Array<{ observed: number; p50ms: number }>; usPerObject: number }>;
  coldStart: ColdStarts;
  loadCosts: LoadCost[];
}

function requestFile(name: string, req: RunFunctionRequest): string {
  const file = join(scratch, `${name}.bin`);
  writeFileSync(file, RunFunctionRequest.encode(req).finish());
  return file;
}

/** Least-squares slope of y over x. */
function slope(points: Array<{ x: number; y: number }>): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function measureServer(name: ServerName, results: Results): Promise<void> {
  const def = SERVERS[name];
  const port = await freePort();
  const started = process.hrtime.bigint();
  const logFile = join(scratch, `${name}.log`);
  const child = spawnPinned(SERVER_CPU, def.command, def.args(port), logFile, def.env, POD_ENV);
  try {
    const coldStartMs = await firstSuccessfulCall(port, def.request("small"), started, child, def.proto);
    const load = {
      ghz: GHZ,
      version: def.proto,
      proto: join(PROTO_DIR, def.proto, def.proto === "v1" ? "run_function.proto" : "zz_generated_run_function.proto"),
      port,
      warmup: WARMUP,
      ...(LOAD_CPU !== undefined ? { cpu: LOAD_CPU } : {}),
    };
    const idleMB = memoryMB(child.pid!).rss;
    for (const size of SIZES) {
      const file = requestFile(`${name}-${size}`, def.request(size));
      if (name === "ours") results.requestBytes[size] = readFileSync(file).length;
      for (const concurrency of CONCURRENCY) {
        const total = TOTALS[size][concurrency]!;
        const cpu0 = cpuSeconds(child.pid!);
        const r = runGhz({ ...load, requestFile: file, concurrency, total });
        const cpuUsPerCall = ((cpuSeconds(child.pid!) - cpu0) / (total + WARMUP)) * 1e6;
        results.cells.push({ server: name, size, concurrency, cpuUsPerCall, ...r });
        console.error(
          `${name} ${size} c=${concurrency}: p50 ${r.p50ms.toFixed(3)} ms, p99 ${r.p99ms.toFixed(3)} ms, ${r.rps.toFixed(0)}/s, ${r.errors} errors${r.topError ? ` (${r.topError})` : ""}`,
        );
      }
    }
    const points = [];
    for (const extra of SLOPE_EXTRAS) {
      const req = def.request("medium", extra);
      const observed = Object.keys(req.observed?.resources ?? {}).length;
      const r = runGhz({ ...load, requestFile: requestFile(`${name}-slope-${extra}`, req), concurrency: 1, total: SLOPE_CALLS });
      points.push({ observed, p50ms: r.p50ms });
    }
    const mem = memoryMB(child.pid!);
    results.servers[name] = { coldStartMs, idleMB, peakMB: mem.peak, rssAfterLoadMB: mem.rss };
    results.slope[name] = { points, usPerObject: slope(points.map((p) => ({ x: p.observed, y: p.p50ms * 1000 }))) };
  } catch (err) {
    const log = readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
    throw new Error(`${name}: ${err instanceof Error ? err.message : String(err)}\n${log}`, { cause: err });
  } finally {
    child.kill("SIGTERM");
  }
}

/** The ways of starting the server whose cold start is compared, and the peer's. The image's start
 * is reproduced as its Dockerfile does it: the snapshot built by scripts/build-snapshot.mjs with
 * Node 24, then `node --snapshot-blob`. Node's compile cache is the alternative not taken (in the
 * image it would be written by the build's user and missed by the pod's, BENCHMARKS.md). */
function coldStartCandidates(): Start[] {
  const node24 = execFileSync(NODE24, ["--version"], { encoding: "utf8" }).trim();
  const blob = join(scratch, "main.blob");
  execFileSync(NODE24, ["scripts/build-snapshot.mjs", "dist/snapshot.cjs", blob], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const compileCache = join(scratch, "compile-cache");
  execFileSync(NODE24, [MAIN, "--help"], { env: { ...POD_ENV, NODE_COMPILE_CACHE: compileCache }, stdio: "ignore" });
  const request = ourRequest("small");
  return [
    { name: "bundle", what: "dist/main.js", node: process.version, command: process.execPath, args: [MAIN], proto: "v1", request },
    { name: "bundle24", what: "dist/main.js", node: node24, command: NODE24, args: [MAIN], proto: "v1", request },
    {
      name: "compileCache24",
      what: "dist/main.js, Node's compile cache filled by an earlier start",
      node: node24,
      command: NODE24,
      args: [MAIN],
      env: { NODE_COMPILE_CACHE: compileCache },
      proto: "v1",
      request,
    },
    {
      name: "image",
      what: "the runtime image's start: its V8 startup snapshot",
      node: node24,
      command: NODE24,
      args: ["--snapshot-blob", blob, "--"],
      proto: "v1",
      request,
    },
    {
      name: "peer",
      what: "function-patch-and-transform",
      command: PEER,
      args: [],
      env: { GOMAXPROCS: "1" },
      proto: "v1beta1",
      request: patchAndTransformRequest("small"),
    },
  ];
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->` in BENCHMARKS.md. */
function rewriteSection(name: string, markdown: string): void {
  const doc = resolve(ROOT, "BENCHMARKS.md");
  const [head, rest] = readFileSync(doc, "utf8").split(`<!-- ${name}:start -->`);
  const tail = rest?.split(`<!-- ${name}:end -->`)[1];
  if (head === undefined || tail === undefined) throw new Error(`BENCHMARKS.md lacks the ${name} markers`);
  writeFileSync(doc, `${head}<!-- ${name}:start -->\n${markdown}\n<!-- ${name}:end -->${tail}`);
}

function writeResults(file: string, results: unknown): void {
  const dir = resolve(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(process.env.BENCH_OUT ?? join(dir, file), `${JSON.stringify(results, null, 2)}\n`);
}

async function main(): Promise<void> {
  const needed = [
    ["function-patch-and-transform", PEER],
    ["dist/main.js", MAIN],
    ["Node 24", NODE24],
    ...(coldStartOnly
      ? []
      : [
          ["ghz", GHZ],
          ["run_function.proto", PROTO_DIR],
        ]),
  ];
  for (const [what, path] of needed) {
    if (!existsSync(path!))
      throw new Error(`${what} is missing at ${path}: run scripts/ensure-bench-tools.sh, scripts/ensure-node24.sh and npm run build`);
  }
  const machine: Machine = {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? "unknown",
    node: process.version,
    date: new Date().toISOString(),
    pinned: SERVER_CPU !== undefined,
  };
  const coldStart = await measureColdStarts(coldStartCandidates(), COLD_START_ROUNDS, SERVER_CPU, scratch);
  const loadCosts = await measureLoadCosts([process.execPath, NODE24], LOAD_RUNS, SERVER_CPU, scratch);
  const coldStartMarkdown = renderColdStart(machine, coldStart, loadCosts, smoke);
  if (coldStartOnly) {
    writeResults(smoke ? "cold-start-smoke.json" : "cold-start.json", { smoke, machine, coldStart, loadCosts });
    if (!smoke) rewriteSection("cold-start", coldStartMarkdown);
    process.stdout.write(`${coldStartMarkdown}\n`);
    return;
  }
  const results: Results = {
    smoke,
    machine,
    requestBytes: { small: 0, medium: 0, large: 0 },
    servers: {} as Results["servers"],
    cells: [],
    slope: {} as Results["slope"],
    coldStart,
    loadCosts,
  };
  const ourRequests = [...SIZES.map((size) => ourRequest(size)), ...SLOPE_EXTRAS.map((extra) => ourRequest("medium", extra))];
  writeFileSync(EQUAL_OUTPUT, JSON.stringify(ourResponses(ourRequests)));
  for (const name of ["ours", "floor", "equalFloor", "peer"] as const) await measureServer(name, results);
  writeResults(smoke ? "smoke.json" : "latest.json", results);
  const markdown = renderMarkdown(results);
  if (!smoke) {
    rewriteSection("results", markdown);
    rewriteSection("cold-start", coldStartMarkdown);
  }
  process.stdout.write(`${markdown}\n\n#### Cold start\n\n${coldStartMarkdown}\n`);
}

main()
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => rmSync(scratch, { recursive: true, force: true }));
