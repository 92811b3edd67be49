// `npm run soak`: the full load soak (README "Reliability", BENCHMARKS.md): a warm-up phase, then a
// measured phase of 100k calls (twice as many to warm up) at concurrency 100 against the real server.
// Fails on an error, a dead server, or a leak (heap surviving a full GC grown by 256 bytes or more
// per measured call); RSS is reported, not judged (it moves with load and GC timing).
// SOAK_CALLS (calls per phase) and SOAK_CONCURRENCY override the defaults.
import { startFunction } from "../test/support/function-server.js";
import { connectInspector, inspectorUrl } from "../test/support/inspector.js";
import { describePhasedSoak, phasedSoak, soakRequests } from "../test/support/soak.js";

const calls = Number(process.env.SOAK_CALLS ?? 100_000);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 100);
// RSS is compared after a tenth of the measured phase, when its first samples have settled.
const rssWarmup = Math.round(calls / 10);

const requests = await soakRequests(60);
const fn = await startFunction(["--insecure"], { NODE_OPTIONS: "--inspect=127.0.0.1:0" });
try {
  const url = inspectorUrl(await fn.logsWhen((l) => inspectorUrl(l) !== undefined));
  if (!url) throw new Error("the server printed no inspector address");
  const inspector = await connectInspector(url);
  try {
    const r = await phasedSoak({ port: fn.port, pid: fn.process.pid!, inspector }, requests, {
      calls,
      concurrency,
      warmupCalls: rssWarmup,
      sampleEveryMs: 500,
    });
    console.log(`soak: ${requests.length} distinct requests; ${describePhasedSoak(r, concurrency, rssWarmup)}`);
    const samples = r.measured.samples;
    const step = Math.max(1, Math.floor(samples.length / 20));
    console.log(
      `soak: RSS MiB by calls of the measured phase: ${samples
        .filter((_, i) => i % step === 0)
        .map((s) => `${s.calls}:${s.rssMiB.toFixed(0)}`)
        .join(" ")}`,
    );
    const errors = r.warmup.errors + r.measured.errors;
    const ok = errors === 0 && !r.leaked && fn.process.exitCode === null;
    console.log(ok ? "soak: PASS" : `soak: FAIL (errors ${errors}, leaked ${r.leaked}, server exited ${fn.process.exitCode !== null})`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    inspector.close();
  }
} finally {
  await fn.stop();
}
