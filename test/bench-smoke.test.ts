// The benchmark harness works end to end: `npm run bench -- --smoke` measures every server, size
// and concurrency with tiny counts. Figures are not asserted (timing is never a test); that every
// cell was measured, with its calls answered, is.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { missing, NODE24_BIN, ROOT } from "./support/paths.js";

const tools = ["ghz", "function-patch-and-transform"].map((t) => resolve(ROOT, ".tools/bin", t));
const reason =
  missing() ??
  (tools.every(existsSync) ? undefined : "the benchmark tools are not built (scripts/ensure-bench-tools.sh needs Go)") ??
  (existsSync(NODE24_BIN) ? undefined : "Node 24 is not in .cache/node24 (scripts/ensure-node24.sh)");
if (reason && process.env.CI === "true") throw new Error(`CI must run every suite, but ${reason}`);

/** Runs `bench/run.ts --smoke`; its results file lives in a directory removed whatever happens. */
function runSmoke() {
  const dir = mkdtempSync(join(tmpdir(), "lkp-bench-smoke-"));
  try {
    const out = join(dir, "smoke.json");
    const r = spawnSync(process.execPath, [resolve(ROOT, "node_modules/tsx/dist/cli.mjs"), "bench/run.ts", "--smoke"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, BENCH_OUT: out },
      timeout: 570_000,
    });
    expect(r.status, r.stderr).toBe(0);
    return { r, results: JSON.parse(readFileSync(out, "utf8")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(reason !== undefined)("benchmark harness (smoke)", () => {
  it("measures ours, the floor, the equal-output floor and the peer at every size and concurrency, and their cold starts", () => {
    const { r, results } = runSmoke();
    expect(results.smoke).toBe(true);
    for (const server of ["ours", "floor", "equalFloor", "peer"]) {
      for (const size of ["small", "medium", "large"]) {
        for (const concurrency of [1, 16, 100]) {
          const cell = results.cells.find((c: any) => c.server === server && c.size === size && c.concurrency === concurrency);
          expect(cell, `${server} ${size} c=${concurrency}`).toBeDefined();
          expect(cell.count, `${server} ${size} c=${concurrency}`).toBeGreaterThan(0);
          expect(cell.errors, `${server} ${size} c=${concurrency}: ${cell.topError}`).toBe(0);
        }
      }
      expect(results.servers[server].coldStartMs).toBeGreaterThan(0);
      expect(results.servers[server].idleMB).toBeGreaterThan(0);
      expect(results.slope[server].points.length).toBeGreaterThan(1);
    }
    // Cold starts: each way of starting the server, the image's own (its snapshot on Node 24
    // included), and the peer, every round answered.
    const starts = results.coldStart.results;
    expect(starts.map((s: any) => s.name)).toEqual(["bundle", "bundle24", "compileCache24", "image", "peer"]);
    for (const s of starts) {
      expect(s.starts, s.name).toBe(results.coldStart.rounds);
      expect(s.wallMs.median, s.name).toBeGreaterThan(0);
      expect(s.cpuMs.median, s.name).toBeGreaterThan(0);
    }
    expect(starts.find((s: any) => s.name === "image").node).toMatch(/^v24\./);
    // What loading each part costs, on this Node and on Node 24.
    for (const l of results.loadCosts)
      expect(
        Object.values(l.cpuMs).filter((ms) => (ms as number) > 0),
        l.part,
      ).toHaveLength(2);
    expect(r.stdout).toContain("#### Cold start");
    expect(r.stdout).toContain("#### Targets");
  }, 600_000);
});
