// The scale table in BENCHMARKS.md, between its markers, rewritten from the recorded runs: a run
// replaces the earlier one of the same N and cache setting, and the others are kept, so a matrix
// can be measured in parts (each row says when, and over what window).
import { readFileSync, writeFileSync } from "node:fs";

export interface FunctionFigures {
  readySeconds: number;
  callsPerPoolUntilReady: number;
  callsPerPoolHour: number;
  cpuSecondsPerPoolHour: number;
  /** Write requests Crossplane sent for the function's pools (the audit log). */
  writeRequestsPerPoolHour: number;
  writeRequestsByResource: Record<string, number>;
  /** Objects whose resourceVersion moved: real writes. */
  objectsWrittenPerPoolHour: number;
  objectsWrittenByKind: Record<string, number>;
  functionRssMiB: number;
}

export interface ScaleRun {
  n: number;
  cache: "off" | "on";
  /** When the run ended (ISO 8601). */
  measuredAt: string;
  steadySeconds: number;
  ours: FunctionFigures;
  peer: FunctionFigures;
  crossplaneRssMiB: number;
  apiserverWriteRequestsPerHour: number;
  otherClientsWrites: Record<string, number>;
}

const BEGIN = "<!-- scale:begin -->";
const END = "<!-- scale:end -->";

const f1 = (x: number) => x.toFixed(1);
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? "=" : "∞") : `${(a / b).toFixed(2)}x`);
const pair = (a: number, b: number, fmt = f1) => `${fmt(a)} / ${fmt(b)} (${ratio(a, b)})`;

/** Least-squares slope of y over x. */
export function slope(points: Array<[number, number]>): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
}

/** The recorded runs with `fresh` in place of the earlier runs of the same N and cache setting,
 * ordered by cache setting, then N. */
export function mergeRuns(recorded: ScaleRun[], fresh: ScaleRun[]): ScaleRun[] {
  const key = (r: ScaleRun) => `${r.cache}:${r.n}`;
  const kept = recorded.filter((r) => !fresh.some((f) => key(f) === key(r)));
  return [...kept, ...fresh].sort((a, b) => a.cache.localeCompare(b.cache) || a.n - b.n);
}

export function scaleTable(runs: ScaleRun[]): string {
  const rows = runs.map(
    (r) =>
      `| ${r.n} | ${r.cache} | ${r.measuredAt.slice(0, 10)}, ${r.steadySeconds.toFixed(0)} s | ${pair(r.ours.readySeconds, r.peer.readySeconds, (x) => x.toFixed(0))} | ${pair(r.ours.callsPerPoolUntilReady, r.peer.callsPerPoolUntilReady)} | ${pair(r.ours.callsPerPoolHour, r.peer.callsPerPoolHour)} | ${pair(r.ours.cpuSecondsPerPoolHour, r.peer.cpuSecondsPerPoolHour, (x) => x.toFixed(2))} | ${f1(r.ours.objectsWrittenPerPoolHour)} / ${f1(r.peer.objectsWrittenPerPoolHour)} | ${f1(r.ours.writeRequestsPerPoolHour)} / ${f1(r.peer.writeRequestsPerPoolHour)} | ${r.ours.functionRssMiB.toFixed(0)} / ${r.peer.functionRssMiB.toFixed(0)} | ${r.crossplaneRssMiB.toFixed(0)} |`,
  );
  const lines = [
    "Each cell ours / peer (ratio).",
    "",
    "| N pools each | response cache | measured, steady window | time to all Ready, s (ours / peer) | calls per pool until Ready | steady calls per pool-hour | function CPU s per pool-hour | objects written per pool-hour | write requests per pool-hour | function RSS MiB | Crossplane RSS MiB |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ];
  for (const cache of ["off", "on"] as const) {
    const of = runs.filter((r) => r.cache === cache);
    if (of.length < 2) continue;
    lines.push(
      "",
      `Cache ${cache}: time to all Ready grows by ${(slope(of.map((r) => [r.n, r.ours.readySeconds])) * 100).toFixed(0)} s per 100 pools for ours, ${(slope(of.map((r) => [r.n, r.peer.readySeconds])) * 100).toFixed(0)} s for the peer; function RSS ${Math.min(...of.map((r) => r.ours.functionRssMiB)).toFixed(0)} to ${Math.max(...of.map((r) => r.ours.functionRssMiB)).toFixed(0)} MiB for ours over N = ${of.map((r) => r.n).join(", ")}.`,
    );
  }
  return lines.join("\n");
}

export function writeScaleTable(file: string, runs: ScaleRun[]): void {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${BEGIN} ... ${END} section`);
  writeFileSync(file, `${text.slice(0, start + BEGIN.length)}\n${scaleTable(runs)}\n${text.slice(end)}`);
}
