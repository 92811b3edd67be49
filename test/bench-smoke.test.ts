// The benchmark harness works end to end: `npm run bench -- --smoke` measures every server, size
// and concurrency with tiny counts. Figures are not asserted (timing is never a test); that every
// cell was measured, with its calls answered, is.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { missing, ROOT } from "./support/paths.js";

const tools = ["ghz", "function-patch-and-transform"].map((t) => resolve(ROOT, ".tools/bin", t));
const reason = missing() ?? (tools.every(existsSync) ? undefined : "the benchmark tools are not built (scripts/ensure-bench-tools.sh needs Go)");
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
  it("measures ours, the floor, the equal-output floor and the peer at every size and concurrency", () => {
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
    expect(r.stdout).toContain("#### Targets");
  }, 600_000);
});
