// Schema validation of generated output: generated valid pools run to Ready in the simulator, and
// what they compose (first call and Ready) plus the XR with its status go through ONE offline
// `crossplane beta validate` against the upstream CRDs and our XRDs; core kinds through
// kubernetes-models. The CLI takes milliseconds per object (more on a busy machine), so every
// distinct shape (which fields are set, values of enum-like fields) goes first, then others up to
// a cap.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { poolWithAnyMaps, poolWithAnyString, validPool } from "./support/arbitraries.js";
import { isCoreKind, validateCoreObject } from "./support/core-kinds.js";
import { validate } from "./support/crossplane-cli.js";
import { missing, SHARED_CRDS } from "./support/paths.js";
import { simulatorForGenerated } from "./support/pools.js";
import type { Obj } from "./support/sim/index.js";
import { stringify } from "yaml";

const POOLS = Number(process.env.VALIDATE_POOLS ?? 150);
const MAX_DOCS = Number(process.env.VALIDATE_MAX_DOCS ?? 500);
const ENUM_KEYS = new Set([
  "type",
  "protocol",
  "kind",
  "mode",
  "operator",
  "effect",
  "solver",
  "whenUnsatisfiable",
  "addressSource",
  "status",
  "reason",
]);

/** Which fields an object sets (array positions folded) and its enum-like values. */
function shape(o: unknown, path = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(o)) o.forEach((v) => shape(v, `${path}[]`, out));
  else if (o && typeof o === "object")
    for (const [k, v] of Object.entries(o)) shape(v, `${path}.${ENUM_KEYS.has(k) && typeof v === "string" ? `${k}=${v}` : k}`, out);
  else out.add(`${path}:${typeof o}`);
  return out;
}

/** YAML the CLI reads as we mean it: its Go parser takes YAML 1.1, where a bare y, n, yes or off
 * is a boolean, so such strings must be quoted. */
const toDocs = (objs: Obj[]) => objs.map((o) => `---\n${stringify(o, { lineWidth: 0, version: "1.1" })}`).join("");

const signature = (o: Obj) => `${o.apiVersion} ${o.kind} ${[...shape({ ...o, metadata: { name: "", namespace: "" } })].sort().join(",")}`;

const reason = missing();

describe.skipIf(reason !== undefined)("generated output against the real schemas", () => {
  it("validates with crossplane beta validate (CRD kinds and XRs) and kubernetes-models (core kinds)", async () => {
    // Valid pools, and pools with user-typed maps and strings the function accepted (Gateway
    // API's CEL rules check infrastructure annotations and class names too).
    // User-typed values first: after the distinct shapes, their objects are the first to validate.
    const pools = [
      ...fc.sample(poolWithAnyString, { numRuns: POOLS / 2, seed: 4244 }).map((m) => m.pool),
      ...fc.sample(poolWithAnyMaps, { numRuns: POOLS / 3, seed: 4243 }).map((m) => m.pool),
      ...fc.sample(validPool, { numRuns: POOLS, seed: 4242 }),
    ];
    const byShape = new Map<string, Obj>();
    const others: Obj[] = [];
    let objects = 0;
    let refused = 0;
    let core = 0;
    for (const p of pools) {
      const { sim } = simulatorForGenerated(p);
      await sim.untilReady(4);
      if (sim.history[0]!.fatal) {
        refused++;
        continue;
      }
      const xr = structuredClone(sim.xr);
      const outputs = [sim.history[0]!, sim.history.at(-1)!].map((h) => h.response);
      for (const rsp of outputs) {
        for (const r of Object.values(rsp.desired!.resources)) {
          const o = r.resource as Obj;
          objects++;
          if (isCoreKind(o.apiVersion)) {
            await validateCoreObject(o);
            core++;
          } else if (!byShape.has(signature(o))) byShape.set(signature(o), o);
          else others.push(o);
        }
      }
      if (!byShape.has(signature(xr))) byShape.set(signature(xr), xr);
      else others.push(xr);
    }
    // Every distinct shape, then other objects (values matter too: patterns, CEL rules) up to the cap.
    const docs = [...byShape.values(), ...others].slice(0, MAX_DOCS);
    const started = Date.now();
    const r = validate([SHARED_CRDS, "apis/namespaced/definition.yaml", "apis/legacy/definition.yaml"], toDocs(docs));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    expect(r.stdout, r.stderr).not.toMatch(/\[x\]/);
    expect(r.stdout, "every CRD kind must have a schema").not.toMatch(/\[!\]/);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`Total ${docs.length} resources: 0 missing schemas, ${docs.length} success cases, 0 failure cases`),
    );
    console.log(
      `[validate] ${pools.length} generated pools (${refused} refused by the function for user-typed values), ${objects} composed objects: ${core} core objects valid by kubernetes-models; ` +
        `${byShape.size} distinct shapes among ${byShape.size + others.length} CRD-kind objects and XRs; ${docs.length} validated by one crossplane beta validate in ${seconds} s`,
    );
  });
});
