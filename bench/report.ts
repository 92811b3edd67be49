// Renders benchmark results as the Markdown tables BENCHMARKS.md and the README quote.
import type { ColdStart, ColdStarts, Spread } from "./cold-start.js";
import type { LoadCost } from "./load-breakdown.js";
import type { Cell, Machine, Results, ServerName } from "./run.js";

const f = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const SERVERS: ServerName[] = ["ours", "floor", "equalFloor", "peer"];
const LABEL: Record<ServerName, string> = { ours: "ours", floor: "floor", equalFloor: "equal-output floor", peer: "peer" };

function cell(results: Results, server: ServerName, size: string, c: number): Cell | undefined {
  return results.cells.find((x) => x.server === server && x.size === size && x.concurrency === c);
}

/** One start's figures, from the cold-start rounds of a run. */
function coldStartOf(cs: ColdStarts, name: string): ColdStart {
  const found = cs.results.find((c) => c.name === name);
  if (!found) throw new Error(`no cold start measured for ${name}`);
  return found;
}

/** Targets from the performance issue, judged on this run. */
export function targets(r: Results): Array<{ target: string; value: string; met: boolean }> {
  const med = (s: ServerName) => cell(r, s, "medium", 1);
  const ours = med("ours");
  const floor = med("floor");
  const equal = med("equalFloor");
  const peer = med("peer");
  const image = coldStartOf(r.coldStart, "image").wallMs.median;
  const peerStart = coldStartOf(r.coldStart, "peer").wallMs.median;
  const c100errors = r.cells.filter((c) => c.server === "ours" && c.concurrency === 100).reduce((n, c) => n + c.errors, 0);
  return [
    { target: "medium, c=1: p50 <= 1.5 x floor", value: `${f(ours!.p50ms / floor!.p50ms)} x`, met: ours!.p50ms <= 1.5 * floor!.p50ms },
    {
      target: "(ours) medium, c=1: p50 <= 1.5 x equal-output floor",
      value: `${f(ours!.p50ms / equal!.p50ms)} x`,
      met: ours!.p50ms <= 1.5 * equal!.p50ms,
    },
    {
      target: "medium, c=1: p50 <= function-patch-and-transform",
      value: `${f(ours!.p50ms / peer!.p50ms)} x`,
      met: ours!.p50ms <= peer!.p50ms,
    },
    { target: "medium, c=1: p99 < 10 ms", value: `${f(ours!.p99ms)} ms`, met: ours!.p99ms < 10 },
    { target: "c=100: no errors", value: `${c100errors} errors`, met: c100errors === 0 },
    { target: "idle RSS < 80 MB", value: `${f(r.servers.ours.idleMB, 1)} MB`, met: r.servers.ours.idleMB < 80 },
    { target: "cold start (the image's, median) < 300 ms", value: `${f(image, 0)} ms`, met: image < 300 },
    {
      target: "cold start (the image's, median) <= 1.5 x function-patch-and-transform",
      value: `${f(image / peerStart)} x`,
      met: image <= 1.5 * peerStart,
    },
  ];
}

export function renderMarkdown(r: Results): string {
  const out: string[] = [];
  out.push(
    `Run of ${r.machine.date.slice(0, 10)} on ${r.machine.cpus} cores (${r.machine.model}), Node ${r.machine.node}; ` +
      `${r.machine.pinned ? "server on core 1, ghz on core 0" : "no CPU pinning"}${r.smoke ? "; SMOKE RUN (tiny counts, figures meaningless)" : ""}.`,
    "",
    `Request sizes: small ${(r.requestBytes.small / 1024).toFixed(1)} KB, medium ${(r.requestBytes.medium / 1024).toFixed(1)} KB, large ${(r.requestBytes.large / 1024).toFixed(1)} KB (ours; the peer's carry its P&T input as well).`,
    "",
  );
  for (const size of ["small", "medium", "large"]) {
    out.push(
      `#### ${size}`,
      "",
      "| c | p50 / p99 ms: ours | floor | equal-output floor | peer | ours/floor p50 | ours/equal-output p50 | ours/peer p50 | calls/s ours / floor / equal / peer | CPU µs/call ours / floor / equal / peer | errors |",
      "|---|---|---|---|---|---|---|---|---|---|---|",
    );
    for (const c of [1, 16, 100]) {
      const cells = SERVERS.map((s) => cell(r, s, size, c));
      if (cells.some((x) => !x)) continue;
      const [o, fl, eq, p] = cells as Cell[];
      const each = (pick: (x: Cell) => string) => cells.map((x) => pick(x!)).join(" / ");
      out.push(
        `| ${c} | ${f(o!.p50ms)} / ${f(o!.p99ms)} | ${f(fl!.p50ms)} / ${f(fl!.p99ms)} | ${f(eq!.p50ms)} / ${f(eq!.p99ms)} | ${f(p!.p50ms)} / ${f(p!.p99ms)} | ${f(o!.p50ms / fl!.p50ms)} | ${f(o!.p50ms / eq!.p50ms)} | ${f(o!.p50ms / p!.p50ms)} | ${each((x) => f(x.rps, 0))} | ${each((x) => f(x.cpuUsPerCall, 0))} | ${cells.reduce((n, x) => n + x!.errors, 0)} |`,
      );
    }
    out.push("");
  }
  out.push(
    "#### Per server",
    "",
    "| | cold start ms | idle RSS MB | peak RSS MB | RSS after load MB | p50 growth per observed object (c=1) |",
    "|---|---|---|---|---|---|",
  );
  for (const s of SERVERS) {
    const m = r.servers[s];
    out.push(
      `| ${LABEL[s]} | ${f(m.coldStartMs, 0)} | ${f(m.idleMB, 1)} | ${f(m.peakMB, 1)} | ${f(m.rssAfterLoadMB, 1)} | ${f(r.slope[s].usPerObject, 1)} µs (${r.slope[s].points.map((p) => `${p.observed}: ${f(p.p50ms)} ms`).join(", ")}) |`,
    );
  }
  out.push("", "#### Targets", "", "| Target | This run | Met |", "|---|---|---|");
  for (const t of targets(r)) out.push(`| ${t.target} | ${t.value} | ${t.met ? "yes" : "**no**"} |`);
  return out.join("\n");
}

/** The cold-start table: each way of starting the server against the peer, in one run. */
export function renderColdStart(machine: Machine, cs: ColdStarts, loads: LoadCost[], smoke: boolean): string {
  const peer = coldStartOf(cs, "peer");
  const range = (x: Spread) => `${f(x.median, 0)} (${f(x.min, 0)}-${f(x.max, 0)})`;
  const out = [
    `Run of ${machine.date.slice(0, 10)} on ${machine.cpus} cores (${machine.model})${smoke ? "; SMOKE RUN (tiny counts, figures meaningless)" : ""}. ` +
      `Spawn to the first successful call, ${cs.rounds} starts of each, one of each in turn, ${machine.pinned ? "each alone on core 1" : "unpinned"}; ` +
      `load average (1 min) ${f(cs.loadAverage.before)} before, ${f(cs.loadAverage.after)} after. CPU: what the process had used by its first answer, all its threads.`,
    "",
    "| start | Node | wall ms: median (min-max) | / peer | CPU ms: median (min-max) | / peer |",
    "|---|---|---|---|---|---|",
  ];
  for (const c of cs.results) {
    out.push(
      `| ${c.what} | ${c.node ?? "(Go)"} | ${range(c.wallMs)} | ${f(c.wallMs.median / peer.wallMs.median)} | ${range(c.cpuMs)} | ${f(c.cpuMs.median / peer.cpuMs.median)} |`,
    );
  }
  const versions = Object.keys(loads[0]?.cpuMs ?? {});
  out.push(
    "",
    "What loading costs: CPU ms to import each part, bundled alone, in a fresh process (median); parts include what they import.",
    "",
    `| part | ${versions.map((v) => `Node ${v}`).join(" | ")} |`,
    `|---|${versions.map(() => "---|").join("")}`,
  );
  for (const l of loads) out.push(`| ${l.part} | ${versions.map((v) => f(l.cpuMs[v]!, 1)).join(" | ")} |`);
  return out.join("\n");
}
