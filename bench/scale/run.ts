// `npm run bench:scale` (scripts/bench-scale.sh runs it in a private network namespace): N pools
// created at once in one real control plane (test/support/control-plane), composed by our function
// and, in the same run, by function-patch-and-transform from the same objects; time to all Ready,
// function calls until then, and then, over a steady window, calls, function CPU, API server writes
// and RSS per pool-hour. With and without Crossplane's function response cache.
//   SCALE_RUNS=off:50,off:150,off:300,on:50,on:150,on:300 (response cache off/on : N pools each)
//   SCALE_STEADY_SECONDS=360 (the window must hold a TTL, 300 s +10% jitter, for our calls to show)
// Raw figures: bench/results/scale.json, where a run replaces the earlier one of the same N and
// cache setting; the table in BENCHMARKS.md is rewritten from them after each run whose window
// holds a TTL.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { condition, isTrue, type Kube, type Obj } from "../../test/support/control-plane/client.js";
import { startControlPlane, type ControlPlane } from "../../test/support/control-plane/index.js";
import { installPackages } from "../../test/support/control-plane/install.js";
import { controlPlaneMissing } from "../../test/support/control-plane/tools.js";
import { eventually } from "../../test/support/control-plane/wait.js";
import { ensureNamespace } from "../../test/e2e/pools.js";
import { ROOT } from "../../test/support/paths.js";
import { ourDesiredObjects } from "./desired.js";
import { apiserverWrites, auditArgs, auditedWrites, cpuSeconds, functionCalls, rssBytes, type Write } from "./measure.js";
import type { ManagedProcess } from "../../test/support/control-plane/process.js";
import { installPeer, PEER_ADDRESS, PEER_NAME, peerComposition, peerCompositionName } from "./peer.js";
import { API, benchPools, MIX, poolObject, type BenchPool } from "./pools.js";
import { mergeRuns, writeScaleTable, type FunctionFigures, type ScaleRun } from "./report.js";

const matrix = (process.env.SCALE_RUNS ?? "off:50,off:150,off:300,on:50,on:150,on:300").split(",").map((run) => {
  const [cache, n] = run.split(":");
  if ((cache !== "off" && cache !== "on") || !(Number(n) > 0)) throw new Error(`SCALE_RUNS: "${run}" is not off:<N> or on:<N>`);
  return { cache, n: Number(n) } as const;
});
const steadySeconds = Number(process.env.SCALE_STEADY_SECONDS ?? 360);
/** Our TTL once Ready (300 s) with Crossplane's +10% jitter: a shorter window cannot see our calls. */
const TTL_WINDOW_SECONDS = 330;
const READY_TIMEOUT_MS = 3_600_000;
const CREATE_CONCURRENCY = 16;
/** After the last pool is Ready, the steady window starts once the stragglers' reconciles settle. */
const SETTLE_SECONDS = 60;

async function inBatches<T>(items: T[], size: number, f: (t: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(f));
}

/** The pools that are Ready and Synced, by namespace/name. */
async function readyPools(kube: Kube, pools: BenchPool[]): Promise<Map<string, Obj>> {
  const names = new Set(pools.map((p) => `${p.namespace}/${p.name}`));
  const all = await kube.list(API, "LiveKitPool");
  return new Map(
    all
      .filter((o) => names.has(`${o.metadata.namespace}/${o.metadata.name}`) && isTrue(o, "Ready") && isTrue(o, "Synced"))
      .map((o) => [`${o.metadata.namespace}/${o.metadata.name}`, o]),
  );
}

/** Why pools that were Ready are not any more: the first of Synced and Ready that is not True,
 * with its reason (a pool that falls back says whether Crossplane or the pool itself moved). */
async function whyNotReady(kube: Kube, keys: string[]): Promise<string[]> {
  return Promise.all(
    keys.map(async (key) => {
      const [namespace, name] = key.split("/");
      const o = await kube.get({ apiVersion: API, kind: "LiveKitPool", name: name!, namespace });
      const c = ["Synced", "Ready"].map((type) => condition(o, type)).find((c) => c?.status !== "True");
      const why = c ? `${c.type}=${c.status} ${c.reason}: ${String(c.message ?? "").slice(0, 200)}` : "Ready again";
      return `${key} ${why}${/Unready resources: .*gateway/.test(why) ? `; ${await gatewayStates(kube, o!)}` : ""}`;
    }),
  );
}

/** The pool's Gateways as the API server has them now: Programmed, and the generations. */
async function gatewayStates(kube: Kube, xr: Obj): Promise<string> {
  const refs = (xr.spec.crossplane?.resourceRefs ?? []).filter((r: Obj) => r.kind === "Gateway");
  const states = await Promise.all(
    refs.map(async (r: Obj) => {
      const g = await kube.get({ apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: xr.metadata.namespace });
      const p = condition(g, "Programmed");
      return `${r.name} Programmed=${p?.status} (generation ${g?.metadata.generation}, observed ${p?.observedGeneration}, created ${g?.metadata.creationTimestamp})`;
    }),
  );
  return states.join(", ");
}

type Phase = Pick<FunctionFigures, "readySeconds" | "callsPerPoolUntilReady">;

/** Creates the pools at once and waits until every one is Ready; the calls `fn` answered meanwhile. */
async function comeUp(cp: ControlPlane, fn: string, pools: BenchPool[], composition?: (p: BenchPool) => string): Promise<Phase> {
  for (const namespace of new Set(pools.map((p) => p.namespace))) await ensureNamespace(cp.kube, namespace);
  const calls0 = (await functionCalls())[fn] ?? 0;
  const marks = new Map(cp.programs().map((p) => [p, p.lineCount()]));
  const t0 = Date.now();
  await inBatches(pools, CREATE_CONCURRENCY, (p) => cp.kube.apply(poolObject(p, composition?.(p))));
  let last = new Map<string, Obj>();
  await eventually(
    `all ${pools.length} pools of ${fn} to be Ready`,
    async () => {
      const now = await readyPools(cp.kube, pools);
      if (now.size !== last.size)
        console.log(`  ${fn}: ${now.size}/${pools.length} Ready after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      const fell = [...last.keys()].filter((k) => !now.has(k));
      if (fell.length > 0) for (const why of await whyNotReady(cp.kube, fell)) console.log(`    no longer Ready: ${why}`);
      last = now;
      return now.size === pools.length;
    },
    READY_TIMEOUT_MS,
  );
  const readySeconds = (Date.now() - t0) / 1000;
  console.log(`  ${fn}: ${await rolloutsPerPool(cp.kube, pools)} ReplicaSets per pool; ${throttling(marks)}`);
  return { readySeconds, callsPerPoolUntilReady: (((await functionCalls())[fn] ?? 0) - calls0) / pools.length };
}

/** ReplicaSets in the pools' namespaces per pool: one per Deployment, and one more per rollout. */
async function rolloutsPerPool(kube: Kube, pools: BenchPool[]): Promise<string> {
  const namespaces = new Set(pools.map((p) => p.namespace));
  const sets = (await kube.list("apps/v1", "ReplicaSet")).filter((o) => namespaces.has(o.metadata.namespace));
  return (sets.length / pools.length).toFixed(2);
}

/** A Go duration as client-go logs it ("850ms", "1.2s", "1m2.5s"), in seconds. */
function goSeconds(d: string): number {
  const m = /^(?:(\d+)m)?(?:([\d.]+)s)?$/.exec(d);
  if (m) return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return d.endsWith("ms") ? Number(d.slice(0, -2)) / 1000 : NaN;
}

/** Client-side throttling the control plane's programs logged since their marks: client-go logs a
 * request it held back more than a second, at most once per 10 s; who, how many such lines, and
 * the longest wait. */
function throttling(marks: Map<ManagedProcess, number>): string {
  const waits = [...marks].flatMap(([program, mark]) => {
    const lines = program.linesSince(mark).filter((l) => /client-side throttling/.test(l));
    if (lines.length === 0) return [];
    const longest = Math.max(...lines.map((l) => goSeconds(/delay="([^"]+)"/.exec(l)?.[1] ?? "")));
    return [`${program.name} ${lines.length} lines (longest wait ${longest.toFixed(1)} s)`];
  });
  return waits.length > 0 ? `client-side throttling: ${waits.join(", ")}` : "no client-side throttling logged";
}

/** The resourceVersion of every object in the pools' namespaces (the XRs and every kind they
 * compose): an object whose version moved was written, whatever the request counts say (a
 * server-side apply that changes nothing is a PATCH request but no write). */
async function versions(kube: Kube): Promise<Map<string, string>> {
  const xrs = await kube.list(API, "LiveKitPool");
  const kinds = new Map<string, [string, string]>([[`${API} LiveKitPool`, [API, "LiveKitPool"]]]);
  for (const xr of xrs)
    for (const r of xr.spec.crossplane?.resourceRefs ?? []) kinds.set(`${r.apiVersion} ${r.kind}`, [r.apiVersion, r.kind]);
  const out = new Map<string, string>();
  for (const [apiVersion, kind] of kinds.values())
    for (const o of await kube.list(apiVersion, kind))
      out.set(`${o.metadata.namespace}/${kind}/${o.metadata.name}`, o.metadata.resourceVersion);
  return out;
}

/** Objects in namespaces `<prefix>-*` written between the two snapshots, by kind. */
function changed(before: Map<string, string>, after: Map<string, string>, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (!key.startsWith(`${prefix}-`) || before.get(key) === after.get(key)) continue;
    const kind = key.split("/")[1]!;
    out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}

type Steady = Omit<FunctionFigures, keyof Phase>;

const MiB = 1024 * 1024;

async function run(n: number, cache: "off" | "on"): Promise<ScaleRun> {
  console.log(`scale: N=${n}, response cache ${cache}`);
  const cp = await startControlPlane({
    apiserverArgs: auditArgs,
    crossplaneArgs: cache === "on" ? ["--enable-function-response-cache"] : [],
    functionAddresses: { [PEER_NAME]: PEER_ADDRESS },
  });
  let peer: ManagedProcess | undefined;
  try {
    await installPackages(cp);
    peer = await installPeer(cp.kube, cp.dir);
    const ours = benchPools("ours", n);
    const theirs = benchPools("peer", n);

    const oursUp = await comeUp(cp, cp.functionName, ours);
    // The peer's Compositions: our objects for a Ready pool of each kind.
    for (const kind of MIX) {
      const sample = ours.find((p) => p.kind === kind)!;
      const xr = await cp.kube.mustGet({ apiVersion: API, kind: "LiveKitPool", name: sample.name, namespace: sample.namespace });
      await cp.kube.apply(peerComposition(kind, sample.name, await ourDesiredObjects(cp.kube, xr)));
    }
    const peerUp = await comeUp(cp, PEER_NAME, theirs, (p) => peerCompositionName(p.kind));

    await sleep(SETTLE_SECONDS * 1000);
    const processes = { [cp.functionName]: cp.functionProcess()!.pid, [PEER_NAME]: peer!.pid };
    const calls0 = await functionCalls();
    const cpu0 = Object.fromEntries(Object.entries(processes).map(([f, pid]) => [f, cpuSeconds(pid)]));
    const writes0 = await apiserverWrites(cp.kubeconfig);
    const versions0 = await versions(cp.kube);
    const t0 = Date.now();
    await sleep(steadySeconds * 1000);
    const t1 = Date.now();
    const calls1 = await functionCalls();
    const writes1 = await apiserverWrites(cp.kubeconfig);
    const versions1 = await versions(cp.kube);
    const poolHours = (n * (t1 - t0)) / 3_600_000;
    const audited = auditedWrites(cp.dir).filter((w) => w.at >= t0 && w.at <= t1);
    const steady = (fn: string, prefix: string): Steady => {
      // Writes Crossplane made for this function's pools: composed objects and the XRs themselves.
      const mine = audited.filter((w: Write) => w.userAgent.startsWith("crossplane") && w.namespace.startsWith(`${prefix}-`));
      const byResource: Record<string, number> = {};
      for (const w of mine) byResource[`${w.verb} ${w.resource}`] = (byResource[`${w.verb} ${w.resource}`] ?? 0) + 1;
      const written = changed(versions0, versions1, prefix);
      return {
        callsPerPoolHour: ((calls1[fn] ?? 0) - (calls0[fn] ?? 0)) / poolHours,
        cpuSecondsPerPoolHour: (cpuSeconds(processes[fn]!) - cpu0[fn]!) / poolHours,
        writeRequestsPerPoolHour: mine.length / poolHours,
        writeRequestsByResource: byResource,
        objectsWrittenPerPoolHour: Object.values(written).reduce((a, b) => a + b, 0) / poolHours,
        objectsWrittenByKind: written,
        functionRssMiB: rssBytes(processes[fn]!) / MiB,
      };
    };
    const apiserverWriteRequests = Object.keys(writes1).reduce((s, v) => s + (writes1[v]! - (writes0[v] ?? 0)), 0);
    return {
      n,
      cache,
      measuredAt: new Date().toISOString(),
      steadySeconds: (t1 - t0) / 1000,
      ours: { ...oursUp, ...steady(cp.functionName, "ours") },
      peer: { ...peerUp, ...steady(PEER_NAME, "peer") },
      crossplaneRssMiB: rssBytes(cp.crossplaneProcess().pid) / MiB,
      apiserverWriteRequestsPerHour: apiserverWriteRequests / ((t1 - t0) / 3_600_000),
      otherClientsWrites: countByAgent(audited.filter((w) => !w.userAgent.startsWith("crossplane"))),
    };
  } finally {
    // The peer runs beside the control plane, not in it: a peer left running would hold its
    // address for the next run with the old run's certificates.
    await peer?.stop();
    await cp.stop();
  }
}

function countByAgent(writes: Write[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of writes) {
    const agent = w.userAgent.split("/")[0]!;
    out[agent] = (out[agent] ?? 0) + 1;
  }
  return out;
}

const reason = controlPlaneMissing();
if (reason) {
  console.error(`bench:scale cannot run here: ${reason}`);
  process.exit(1);
}
const RESULTS = resolve(ROOT, "bench/results/scale.json");
/** Runs recorded earlier whose window held a TTL (a shorter trial never replaces one that did). */
function recordedRuns(): ScaleRun[] {
  if (!existsSync(RESULTS)) return [];
  return (JSON.parse(readFileSync(RESULTS, "utf8")) as { runs: ScaleRun[] }).runs;
}

// Results are written after each run, so a long matrix stopped midway keeps what it measured.
const runs: ScaleRun[] = [];
for (const { cache, n } of matrix) {
  runs.push(await run(n, cache));
  if (steadySeconds < TTL_WINDOW_SECONDS) continue;
  const all = mergeRuns(recordedRuns(), runs.slice(-1));
  writeFileSync(RESULTS, `${JSON.stringify({ runs: all }, null, 2)}\n`);
  writeScaleTable(resolve(ROOT, "BENCHMARKS.md"), all);
}
console.log(JSON.stringify(runs, null, 2));
if (steadySeconds < TTL_WINDOW_SECONDS)
  console.log(`a window shorter than ${TTL_WINDOW_SECONDS} s: bench/results/scale.json and BENCHMARKS.md are left as they are`);
