// The load soak in its short CI form: a few thousand calls at concurrency 100 against the real
// server, RSS sampled; after the warm-up (half the calls, when V8 has grown its heap) RSS may not
// grow more than 10%. `npm run soak` runs the full form (100k calls). SOAK_CALLS overrides.
import { describe, expect, it } from "vitest";
import { startFunction } from "./support/function-server.js";
import { missing } from "./support/paths.js";
import { describeSoak, soak, soakRequests } from "./support/soak.js";

const CALLS = Number(process.env.SOAK_CALLS ?? 4000);
const CONCURRENCY = 100;
const WARMUP = Math.round(CALLS / 2);

const reason = missing();

describe.skipIf(reason !== undefined)("load soak (short form)", () => {
  it(`holds ${CALLS} calls at concurrency ${CONCURRENCY} without errors or RSS growth`, async () => {
    const requests = await soakRequests(30);
    const fn = await startFunction(["--insecure"]);
    try {
      const r = await soak({ port: fn.port, pid: fn.process.pid!, calls: CALLS, concurrency: CONCURRENCY, warmupCalls: WARMUP, requests, sampleEveryMs: 100, maxSeconds: 90 });
      console.log(`[soak] ${requests.length} distinct requests; ${describeSoak(r, CONCURRENCY, WARMUP)}`);
      expect(r.timedOut).toBe(false);
      expect(r.errors).toBe(0);
      expect(r.calls).toBe(CALLS);
      expect(fn.process.exitCode).toBeNull();
      expect(r.samples.filter((s) => s.calls >= WARMUP).length).toBeGreaterThanOrEqual(9);
      expect(r.growth).toBeLessThanOrEqual(0.1);
    } finally {
      await fn.stop();
    }
  });
});
