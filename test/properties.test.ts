// Property-based tests (fast-check) of the handler in the reconcile simulator: generated valid
// pools converge and keep every invariant; invalid specs get one FATAL result naming the field;
// junk anywhere in the request never crashes or hangs the function. Counts go to the output so
// the README can quote them. PROPERTY_RUNS scales every property (CI default below).
import { Ready, RunFunctionRequest, Severity } from "@crossplane-org/function-sdk-typescript";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runFunction } from "../function/handler.js";
import { parse } from "../function/pipeline/parse.js";
import { minter } from "../function/secrets/mint.js";
import {
  junk,
  mutation,
  objectNameArb,
  poolWithAnyMaps,
  poolWithAnyScheduling,
  poolWithAnyString,
  setPath,
  STRING_FIELDS,
  validPool,
  type GeneratedPool,
} from "./support/arbitraries.js";
import { validateCoreObject, isCoreKind } from "./support/core-kinds.js";
import { PROPERTY_RUNS, propertyTimeout } from "./support/property-runs.js";
import { credentialsIn, encoded, leaks, nameProblems, visibleSurfaces } from "./support/invariants.js";
import { simulatorForGenerated } from "./support/pools.js";
import { TEST_SEED } from "./support/requests.js";
import { Cluster, type Obj } from "./support/sim/index.js";

const RUNS = PROPERTY_RUNS;
const deps = { mint: minter(TEST_SEED) };

/** Reorders every map in a value, as a Go client's map iteration does on the wire. */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed + 1));
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value)) return value;
  const entries = Object.entries(value as Obj);
  entries.sort(
    ([a], [b]) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (seed % 2 ? a.localeCompare(b) : b.localeCompare(a)),
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, seed + k.length)]));
}

/** JSON with sorted keys: what Crossplane compares (it applies objects, not bytes). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v) && !Buffer.isBuffer(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function xrRequest(p: GeneratedPool, spec: unknown = p.spec): RunFunctionRequest {
  const namespaced = p.scope === "namespaced";
  return RunFunctionRequest.fromPartial({
    meta: { tag: "t" },
    observed: {
      composite: {
        resource: {
          apiVersion: "livekit.stunner.l7mp.io/v1alpha1",
          kind: namespaced ? "LiveKitPool" : "XLiveKitPool",
          metadata: { name: p.name, ...(namespaced ? { namespace: p.namespace } : {}), uid: p.uid },
          spec: spec as Obj,
        },
      },
    },
    input: p.input,
  });
}

describe("properties of generated valid pools", () => {
  // The generators of valid pools must make only pools the function accepts: a "valid" pool it
  // refuses would fail the convergence properties for nothing (a port rule the generator did not
  // know once failed 1 run in 50).
  it(
    "generates only pools the function accepts",
    () => {
      const sample = fc.sample(validPool, { numRuns: RUNS * 20 });
      const refused = sample.map((p) => ({ p, r: parse(xrRequest(p).observed!.composite!.resource, p.input) })).filter(({ r }) => !r.ok);
      expect(refused.map(({ p, r }) => ({ spec: p.spec, errors: r.ok ? [] : r.errors })).slice(0, 3)).toEqual([]);
      console.log(`[properties] ${sample.length} generated valid pools, every one accepted by the function`);
    },
    propertyTimeout(RUNS * 20),
  );

  it(
    "converge in the simulator with valid, unique names, no leaked credential, and deterministic output",
    async () => {
      const stats = { pools: 0, reconciles: 0, calls: 0, objects: 0, coreValidated: 0, worst: 0, slowestCallMs: 0 };
      await fc.assert(
        fc.asyncProperty(validPool, async (p) => {
          let slowest = 0;
          const timed = (req: RunFunctionRequest) => {
            const started = performance.now();
            const r = runFunction(req, deps).response;
            slowest = Math.max(slowest, performance.now() - started);
            return r;
          };
          const { sim } = simulatorForGenerated(p, { run: timed });
          const { ready, reconciles } = await sim.untilReady(4);
          const failure = sim.history.find((h) => h.error);
          expect(failure?.error, "a reconcile failed").toBeUndefined();
          expect(ready, `not Ready after 4 reconciles: ${JSON.stringify(sim.xr.status.conditions)}`).toBe(true);
          const writes = sim.cluster.writes;
          await sim.reconcile();
          expect(sim.cluster.writes, "writes again once Ready").toBe(writes);

          const credentials = credentialsIn(sim.cluster.list());
          for (const h of sim.history) {
            for (const { request, response } of h.calls) {
              expect(response.results.filter((r) => r.severity === Severity.SEVERITY_FATAL)).toEqual([]);
              expect(nameProblems(response, p.scope === "namespaced" ? p.namespace : undefined)).toEqual([]);
              expect(leaks(credentials, visibleSurfaces(response))).toEqual([]);
              // Same request, byte-identical response, also from another handler with the same seed.
              expect(encoded(runFunction(request, { mint: minter(TEST_SEED) }).response).equals(encoded(response))).toBe(true);
            }
          }
          // Maps arrive in any order over the wire: the response must mean the same.
          const last = sim.history.at(-1)!.calls.at(-1)!;
          const shuffled = RunFunctionRequest.fromPartial(
            shuffleKeys(last.request, p.uid.length) as Parameters<typeof RunFunctionRequest.fromPartial>[0],
          );
          expect(canonical(runFunction(shuffled, deps).response)).toBe(canonical(last.response));

          for (const [, r] of Object.entries(last.response.desired!.resources)) {
            expect(r.ready).toBe(Ready.READY_TRUE);
            if (isCoreKind(r.resource!.apiVersion)) {
              await validateCoreObject(r.resource!);
              stats.coreValidated++;
            }
          }
          stats.pools++;
          stats.reconciles += sim.history.length;
          stats.calls += sim.functionCalls;
          stats.objects += Object.keys(last.response.desired!.resources).length;
          stats.worst = Math.max(stats.worst, reconciles);
          stats.slowestCallMs = Math.max(stats.slowestCallMs, slowest);
        }),
        { numRuns: RUNS },
      );
      console.log(
        `[properties] ${stats.pools} generated valid pools converged (worst ${stats.worst} reconciles); ${stats.reconciles} reconciles, ${stats.calls} function calls, ` +
          `${stats.objects} composed objects, ${stats.coreValidated} core objects valid by kubernetes-models; slowest call ${stats.slowestCallMs.toFixed(1)} ms`,
      );
    },
    propertyTimeout(RUNS),
  );
});

describe("names across pools", () => {
  /** Names that look alike: a shared long prefix, '.' for '-', a digit or a letter more. */
  const lookalikes = fc.tuple(objectNameArb, fc.constantFrom("", "-x", "0", ".a", "-a"), fc.boolean()).map(([name, tail, dotted]) => {
    const a = name.length > 40 ? name : `${name}-${"x".repeat(40)}`.slice(0, 63).replace(/[-.]+$/, "");
    const b = (dotted ? a.replace("-", ".") : a.slice(0, 63 - tail.length) + tail).replace(/[-.]+$/, "");
    return [a, b === a ? `${a.slice(0, 62)}z` : b] as const;
  });

  it(
    "never collide: two pools in one namespace (or two cluster-scoped pools) own disjoint objects",
    async () => {
      let pairs = 0;
      await fc.assert(
        fc.asyncProperty(validPool, lookalikes, async (p, [a, b]) => {
          const cluster = new Cluster();
          const first = simulatorForGenerated(
            { ...p, name: a, uid: `${p.uid}-a`, scope: p.scope === "claim" ? "legacy" : p.scope },
            { cluster },
          );
          const second = simulatorForGenerated(
            { ...p, name: b, uid: `${p.uid}-b`, scope: p.scope === "claim" ? "legacy" : p.scope },
            { cluster },
          );
          expect((await first.sim.reconcile()).error).toBeUndefined();
          expect((await second.sim.reconcile()).error, `${a} and ${b} collide`).toBeUndefined();
          const mine = new Set(first.sim.resourceRefs.values());
          for (const key of second.sim.resourceRefs.values()) expect(mine.has(key), `${a} and ${b} both own ${key}`).toBe(false);
          pairs++;
        }),
        { numRuns: RUNS },
      );
      console.log(`[properties] ${pairs} pairs of look-alike pool names in one namespace: no shared object`);
    },
    propertyTimeout(RUNS),
  );
});

describe("properties of invalid and junk input", () => {
  it(
    "answers every invalid spec with one FATAL result that names the field, and composes nothing",
    () => {
      let cases = 0;
      fc.assert(
        fc.property(validPool, mutation, (p, m) => {
          const spec = structuredClone(p.spec);
          if (m.needs === "networking" && !spec.networking)
            spec.networking = { hostname: "pool.example.com", tls: { acme: { email: "ops@example.com" } } };
          setPath({ spec }, m.path, m.value);
          const { response, summary } = runFunction(xrRequest(p, spec), deps);
          expect(summary.outcome).toBe("fatal");
          expect(response.results).toHaveLength(1);
          expect(response.results[0]).toMatchObject({ severity: Severity.SEVERITY_FATAL, reason: "InvalidSpec" });
          expect(response.results[0]!.message).toContain(`${m.path}:`);
          expect(response.desired!.resources).toEqual({});
          cases++;
        }),
        { numRuns: RUNS * 2 },
      );
      console.log(`[properties] ${cases} invalid specs, each answered by one FATAL result naming the field`);
    },
    propertyTimeout(RUNS * 2),
  );

  it(
    "accepts only maps the API server accepts: a spec is refused naming the field, or its objects are stored",
    async () => {
      let refused = 0;
      let stored = 0;
      await fc.assert(
        fc.asyncProperty(poolWithAnyMaps, async ({ pool, field }) => {
          const { sim } = simulatorForGenerated(pool);
          const r = await sim.reconcile();
          if (r.fatal) {
            expect(r.error).toContain(`${field}`);
            refused++;
          } else {
            expect(r.error, `the function accepted ${field} = ${JSON.stringify(pool.spec)}`).toBeUndefined();
            stored++;
          }
        }),
        { numRuns: RUNS * 2 },
      );
      console.log(
        `[properties] ${refused + stored} specs with user-typed label and annotation maps: ${refused} refused naming the field, ${stored} stored by the simulated API server`,
      );
    },
    propertyTimeout(RUNS * 2),
  );

  it(
    "accepts only pod scheduling Kubernetes accepts: refused naming the field, or a valid Deployment",
    async () => {
      let refused = 0;
      let valid = 0;
      await fc.assert(
        fc.asyncProperty(poolWithAnyScheduling, async ({ pool, field }) => {
          const { sim } = simulatorForGenerated(pool);
          let r = await sim.reconcile();
          if (r.fatal) {
            expect(r.error).toContain(field);
            refused++;
            return;
          }
          // A pool that needs Redis starts its server pods once its Redis is ready.
          for (let i = 0; i < 3 && !r.response.desired!.resources["server-deployment"]; i++) r = await sim.reconcile();
          expect(r.error).toBeUndefined();
          await validateCoreObject(r.response.desired!.resources["server-deployment"]!.resource!);
          valid++;
        }),
        { numRuns: RUNS * 2 },
      );
      console.log(
        `[properties] ${refused + valid} specs with user-written tolerations, affinity and spread constraints: ${refused} refused naming the field, ${valid} gave a valid Deployment`,
      );
    },
    propertyTimeout(RUNS * 2),
  );

  it(
    "accepts only strings Kubernetes accepts where they land: refused naming the field, or valid objects",
    async () => {
      let refused = 0;
      let valid = 0;
      await fc.assert(
        fc.asyncProperty(poolWithAnyString, async ({ pool, field }) => {
          const { sim } = simulatorForGenerated(pool);
          const r = await sim.reconcile();
          if (r.fatal) {
            expect(r.error).toContain(field);
            refused++;
            return;
          }
          expect(r.error, `${field} = ${JSON.stringify(field.startsWith("input") ? pool.input : pool.spec)}`).toBeUndefined();
          for (const res of Object.values(r.response.desired!.resources))
            if (isCoreKind(res.resource!.apiVersion)) await validateCoreObject(res.resource!);
          valid++;
        }),
        { numRuns: RUNS * 3 },
      );
      console.log(
        `[properties] ${refused + valid} specs and inputs with a user-typed string field: ${refused} refused naming the field, ${valid} gave objects the API server stores`,
      );
    },
    propertyTimeout(RUNS * 3),
  );

  it("answers within a second when any string field holds megabytes built to make regexes backtrack", () => {
    const evil = ["a".repeat(3_000_000) + "-", "a.".repeat(1_000_000) + "-", "a-".repeat(1_000_000) + "!", "1".repeat(2_000_000) + "x"];
    const fields = [
      ...STRING_FIELDS,
      "spec.networking.turn.address",
      "spec.networking.tls.acme.email",
      "spec.server.resources.requests.cpu",
    ];
    let slowest = 0;
    let cases = 0;
    let refused = 0;
    for (const field of fields) {
      for (const value of evil) {
        const p = fc.sample(validPool, { numRuns: 1, seed: 5 })[0]!;
        const spec = structuredClone(p.spec);
        const input = structuredClone(p.input);
        spec.networking ??= { hostname: "pool.example.com", tls: { acme: { email: "ops@example.com" } } };
        setPath({ spec, input }, field, value);
        const started = performance.now();
        const { response, summary } = runFunction(xrRequest({ ...p, input }, spec), deps);
        slowest = Math.max(slowest, performance.now() - started);
        if (summary.outcome === "fatal") refused++;
        else
          expect(
            response.results.every((r) => r.reason !== "InternalError"),
            field,
          ).toBe(true);
        cases++;
      }
    }
    // A regex that backtracks on megabyte strings takes hours, not seconds: the test's own timeout
    // catches it. The time is reported, not asserted (it moves with the machine's load).
    console.log(
      `[properties] ${cases} requests with megabyte strings built to make regexes backtrack (${refused} refused): slowest ${slowest.toFixed(0)} ms`,
    );
  });

  it(
    "never throws or hangs on junk specs, inputs, observed and required resources",
    () => {
      const names = [
        "server-config",
        "server-keys",
        "server-deployment",
        "server-service",
        "turn-auth",
        "turn-gateway",
        "turn-route",
        "signaling-gateway",
        "signaling-route",
        "tls-certificate",
        "tls-issuer",
        "turn-gateway-class",
        "turn-gateway-config",
      ];
      const observed = fc.dictionary(
        fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 })),
        fc.oneof(junk, fc.record({ apiVersion: fc.constant("v1"), kind: fc.constant("Secret"), metadata: junk, data: junk, status: junk })),
        { maxKeys: 6 },
      );
      const spec = fc.oneof(
        junk,
        fc.record({ server: junk, networking: junk }, { requiredKeys: [] }),
        validPool.map((p) => p.spec),
      );
      let cases = 0;
      let fatal = 0;
      let slowest = 0;
      fc.assert(
        fc.property(
          validPool,
          spec,
          fc.oneof(
            junk,
            fc.constant(undefined),
            validPool.map((p) => p.input),
          ),
          observed,
          junk,
          (p, s, input, obs, required) => {
            const req = xrRequest({ ...p, input: input as Obj }, s);
            req.observed!.resources = Object.fromEntries(
              Object.entries(obs).map(([k, v]) => [
                k,
                { resource: (v && typeof v === "object" && !Array.isArray(v) ? v : { junk: v }) as Obj, connectionDetails: {}, ready: 0 },
              ]),
            );
            req.requiredResources = {
              "platform-turn-auth": {
                items: [
                  {
                    resource: (required && typeof required === "object" && !Array.isArray(required) ? required : { v: required }) as Obj,
                    connectionDetails: {},
                    ready: 0,
                  },
                ],
              },
            };
            const started = performance.now();
            const { response } = runFunction(req, deps); // not runFunctionSafely: a throw is a bug
            slowest = Math.max(slowest, performance.now() - started);
            const fatalResult = response.results.find((r) => r.severity === Severity.SEVERITY_FATAL);
            if (fatalResult) {
              fatal++;
              // The message lists parse's problems, each naming its field first: the pool's as the pool's,
              // the function input's as the platform's.
              const parsed = parse(req.observed!.composite!.resource, req.input);
              expect(parsed.ok).toBe(false);
              const problems = parsed.ok ? [] : parsed.errors;
              for (const problem of problems) expect(problem).toMatch(/^(spec|input|metadata)(\.|\[|:)/);
              const pool = problems.filter((e) => !e.startsWith("input."));
              const platform = problems.filter((e) => e.startsWith("input."));
              expect(fatalResult.reason).toBe(pool.length > 0 ? "InvalidSpec" : "InvalidInput");
              expect(fatalResult.message).toBe(
                [
                  ...(pool.length > 0 ? [`invalid LiveKitPool: ${pool.join("; ")}`] : []),
                  ...(platform.length > 0
                    ? [`invalid function input (the platform's PoolDefaults in the Composition, not the pool): ${platform.join("; ")}`]
                    : []),
                ].join(". "),
              );
            }
            cases++;
          },
        ),
        { numRuns: RUNS * 4 },
      );
      console.log(
        `[properties] ${cases} junk requests (${fatal} FATAL, ${cases - fatal} composed), none threw; slowest call ${slowest.toFixed(1)} ms`,
      );
    },
    propertyTimeout(RUNS * 4),
  );
});
