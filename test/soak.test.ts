// The load soak in its short CI form, against the real server: every call answered without error,
// the server alive, and no leak, judged by the heap that survives a forced full collection after a
// warm-up and after a measured phase of calls (support/soak.ts). RSS is sampled and
// reported, not asserted: it moves with machine load and GC timing (`npm run soak` reports it for
// BENCHMARKS.md). SOAK_CALLS sets the calls of each phase.
import { describe, expect, it } from "vitest";
import { startFunction } from "./support/function-server.js";
import { connectInspector, inspectorUrl } from "./support/inspector.js";
import { missing } from "./support/paths.js";
import { describePhasedSoak, LEAK_BYTES_PER_CALL, phasedSoak, soakRequests } from "./support/soak.js";

const PHASE_CALLS = Number(process.env.SOAK_CALLS ?? 3000);
const CONCURRENCY = 100;

const reason = missing();

describe.skipIf(reason !== undefined)("load soak (short form)", () => {
  it(`answers ${3 * PHASE_CALLS} calls at concurrency ${CONCURRENCY} without errors, keeping under ${LEAK_BYTES_PER_CALL} bytes of heap per call of the last ${PHASE_CALLS}`, async () => {
    const requests = await soakRequests(30);
    const fn = await startFunction(["--insecure"], { NODE_OPTIONS: "--inspect=127.0.0.1:0" });
    const url = inspectorUrl(await fn.logsWhen((l) => inspectorUrl(l) !== undefined));
    try {
      expect(url, "the server printed no inspector address").toBeDefined();
      const inspector = await connectInspector(url!);
      try {
        const r = await phasedSoak({ port: fn.port, pid: fn.process.pid!, inspector }, requests, {
          calls: PHASE_CALLS,
          concurrency: CONCURRENCY,
          warmupCalls: 0,
          sampleEveryMs: 100,
        });
        console.log(`[soak] ${requests.length} distinct requests; ${describePhasedSoak(r, CONCURRENCY, 0)}`);
        expect([r.warmup.calls, r.warmup.errors, r.measured.calls, r.measured.errors]).toEqual([2 * PHASE_CALLS, 0, PHASE_CALLS, 0]);
        expect(fn.process.exitCode).toBeNull();
        expect(r.leaked, `the heap grew by ${r.heapAfterBytes - r.heapBeforeBytes} bytes over ${PHASE_CALLS} calls`).toBe(false);
      } finally {
        inspector.close();
      }
    } finally {
      await fn.stop();
    }
  });
});
