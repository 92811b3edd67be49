// Where a cold start's time goes: the CPU time Node spends loading parts of the server, each
// bundled alone as dist/main.js is (esbuild, one file), imported in a fresh process pinned like the
// servers, median of several processes, on this Node and on the runtime image's Node 24. Each part
// includes what it imports, so parts overlap: the handler brings the SDK, which brings grpc-js,
// which loads node:http2 and node:tls. Processes get a pod's environment, not this machine's.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { POD_ENV } from "./measure.js";

const ROOT = resolve(import.meta.dirname, "..");

const PARTS: Array<[string, string]> = [
  [
    "node:http2, node:tls and node:http, which grpc-js loads",
    'import * as a from "node:http2"; import * as b from "node:tls"; import * as c from "node:http"; export default [a, b, c];',
  ],
  ["@grpc/grpc-js", 'export * as grpc from "@grpc/grpc-js";'],
  ["the function SDK (with grpc-js and its protobuf codecs)", 'export * as sdk from "@crossplane-org/function-sdk-typescript";'],
  ["zod", 'export * as zod from "zod";'],
  ["the API: its zod schemas (with zod and kubernetes-models)", 'export * from "./function/api/spec.ts";'],
  ["the handler: API, pipeline, components, SDK", 'export * from "./function/handler.ts";'],
  ["the whole server, not started (what dist/main.js loads)", 'export * from "./function/serve.ts";'],
];

// Prints the process's CPU time before the import (Node's own start) and what the import took.
const RUNNER = `const boot = process.cpuUsage();
await import(process.argv[2]);
const all = process.cpuUsage();
console.log(JSON.stringify({ boot: (boot.user + boot.system) / 1000, load: (all.user + all.system - boot.user - boot.system) / 1000 }));
`;

export interface LoadCost {
  part: string;
  /** Median CPU ms by Node version. */
  cpuMs: Record<string, number>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bundles each part into `dir` and measures its import `runs` times with each of `nodes`. */
export async function measureLoadCosts(nodes: string[], runs: number, cpu: number | undefined, dir: string): Promise<LoadCost[]> {
  const runner = join(dir, "load-runner.mjs");
  writeFileSync(runner, RUNNER);
  const bundles: string[] = [];
  for (const [i, [, source]] of PARTS.entries()) {
    const outfile = join(dir, `load-part-${i}.mjs`);
    await build({
      stdin: { contents: source, resolveDir: ROOT, loader: "ts" },
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      alias: { punycode: "punycode/" },
      banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
      logLevel: "error",
    });
    bundles.push(outfile);
  }
  const measure = (node: string, file: string): { boot: number; load: number } => {
    const command = cpu !== undefined ? ["taskset", "-c", String(cpu), node] : [node];
    return JSON.parse(execFileSync(command[0]!, [...command.slice(1), runner, file], { encoding: "utf8", env: POD_ENV }));
  };
  const versions = nodes.map((node) => execFileSync(node, ["--version"], { encoding: "utf8" }).trim());
  const rows: LoadCost[] = [{ part: "Node's own start, before any module", cpuMs: {} }, ...PARTS.map(([part]) => ({ part, cpuMs: {} }))];
  for (const [n, node] of nodes.entries()) {
    const samples = bundles.map((file) => Array.from({ length: runs }, () => measure(node, file)));
    rows[0]!.cpuMs[versions[n]!] = median(samples.flat().map((s) => s.boot));
    samples.forEach((s, i) => (rows[i + 1]!.cpuMs[versions[n]!] = median(s.map((x) => x.load))));
  }
  return rows;
}
