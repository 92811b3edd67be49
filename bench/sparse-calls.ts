// `npm run bench:sparse`: the CPU one call costs when calls come seconds apart, as in a steady
// state (bench:scale sees one call per pool every few minutes), against the same call back to
// back (what `npm run bench` measures). Ours and function-patch-and-transform, the same medium
// request as `npm run bench` (bench/requests.ts), each server started as bench does (a pod's
// environment, plaintext on loopback), both measured in one run, side by side.
//   SPARSE_CALLS=30 calls per regime, SPARSE_GAP_MS=3000 between sparse calls.
// Raw figures: bench/results/sparse.json.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";
import * as grpc from "@grpc/grpc-js";
import { clientFor, cpuSeconds, firstSuccessfulCall, freePort, memoryMB, POD_ENV, spawnPinned, type ProtoVersion } from "./measure.js";
import { ourRequest, patchAndTransformRequest } from "./requests.js";

const ROOT = resolve(import.meta.dirname, "..");
const CALLS = Number(process.env.SPARSE_CALLS ?? 30);
const GAP_MS = Number(process.env.SPARSE_GAP_MS ?? 3000);
const WARMUP_CALLS = 200;
/** After the warm-up, long enough for the start's own compilation and collections to be over. */
const SETTLE_MS = 20_000;

interface Server {
  name: "ours" | "peer";
  proto: ProtoVersion;
  command: string;
  args: (port: number) => string[];
  request: RunFunctionRequest;
}

const SERVERS: Server[] = [
  {
    name: "ours",
    proto: "v1",
    command: process.execPath,
    args: (p) => [resolve(ROOT, "dist/main.js"), "--insecure", "--address", `127.0.0.1:${p}`],
    request: ourRequest("medium"),
  },
  {
    name: "peer",
    // function-patch-and-transform v0.5.0 serves only the v1beta1 protocol.
    proto: "v1beta1",
    command: resolve(ROOT, ".tools/bin/function-patch-and-transform"),
    args: (p) => ["--insecure", "--address", `127.0.0.1:${p}`],
    request: patchAndTransformRequest("medium"),
  },
];

export interface SparseFigures {
  backToBackCpuMsPerCall: number;
  sparseCpuMsPerCall: number;
  rssMiB: number;
}

async function measure(server: Server): Promise<SparseFigures> {
  const port = await freePort();
  const child = spawnPinned(undefined, server.command, server.args(port), "/dev/null", {}, POD_ENV);
  try {
    await firstSuccessfulCall(port, server.request, process.hrtime.bigint(), child, server.proto);
    const Client = clientFor(server.proto);
    const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), { "grpc.max_send_message_length": -1 });
    const call = () =>
      new Promise<void>((ok, fail) =>
        (client as any).runFunction(server.request, { deadline: Date.now() + 30_000 }, (err: Error | null) => (err ? fail(err) : ok())),
      );
    const cpuMsPerCall = async (gapMs: number) => {
      const before = cpuSeconds(child.pid!);
      for (let i = 0; i < CALLS; i++) {
        await call();
        if (gapMs > 0) await sleep(gapMs);
      }
      return ((cpuSeconds(child.pid!) - before) * 1000) / CALLS;
    };
    for (let i = 0; i < WARMUP_CALLS; i++) await call();
    await sleep(SETTLE_MS);
    const sparseCpuMsPerCall = await cpuMsPerCall(GAP_MS);
    const backToBackCpuMsPerCall = await cpuMsPerCall(0);
    client.close();
    return { backToBackCpuMsPerCall, sparseCpuMsPerCall, rssMiB: memoryMB(child.pid!).rss };
  } finally {
    child.kill();
  }
}

// Both at once: the sparse phase leaves the machine idle between calls, so they hardly meet.
const [ours, peer] = await Promise.all(SERVERS.map(measure));
const results = { date: new Date().toISOString(), calls: CALLS, gapMs: GAP_MS, ours: ours!, peer: peer! };
writeFileSync(resolve(ROOT, "bench/results/sparse.json"), `${JSON.stringify(results, null, 2)}\n`);
const row = (what: string, a: number, b: number) => `${what}: ours ${a.toFixed(1)}, peer ${b.toFixed(1)} (${(a / b).toFixed(2)}x)`;
console.log(`CPU ms per medium call, ${CALLS} calls each`);
console.log(row("  back to back", ours!.backToBackCpuMsPerCall, peer!.backToBackCpuMsPerCall));
console.log(row(`  ${GAP_MS / 1000} s apart`, ours!.sparseCpuMsPerCall, peer!.sparseCpuMsPerCall));
console.log(`  RSS MiB: ours ${ours!.rssMiB.toFixed(0)}, peer ${peer!.rssMiB.toFixed(0)}`);
