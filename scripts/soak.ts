// `npm run soak`: the full load soak (README "Reliability"): 100k calls at concurrency 100 against
// the real server, RSS sampled; fails when RSS grows more than 10% after the warm-up.
// SOAK_CALLS, SOAK_CONCURRENCY and SOAK_WARMUP override the defaults.
import { startFunction } from "../test/support/function-server.js";
import { describeSoak, soak, soakRequests } from "../test/support/soak.js";

const calls = Number(process.env.SOAK_CALLS ?? 100_000);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 100);
const warmupCalls = Number(process.env.SOAK_WARMUP ?? Math.round(calls / 10));
const MAX_GROWTH = 0.1;

const requests = await soakRequests(60);
const fn = await startFunction(["--insecure"]);
try {
  const r = await soak({ port: fn.port, pid: fn.process.pid!, calls, concurrency, warmupCalls, requests, sampleEveryMs: 500, maxSeconds: 900 });
  console.log(`soak: ${requests.length} distinct requests; ${describeSoak(r, concurrency, warmupCalls)}`);
  const step = Math.max(1, Math.floor(r.samples.length / 20));
  console.log(`soak: RSS MiB by calls: ${r.samples.filter((_, i) => i % step === 0).map((s) => `${s.calls}:${s.rssMiB.toFixed(0)}`).join(" ")}`);
  const ok = r.errors === 0 && !r.timedOut && r.growth <= MAX_GROWTH && fn.process.exitCode === null;
  console.log(ok ? "soak: PASS" : `soak: FAIL (errors ${r.errors}, timed out ${r.timedOut}, growth ${(r.growth * 100).toFixed(1)}% > ${MAX_GROWTH * 100}%?)`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await fn.stop();
}
