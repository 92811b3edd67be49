// Golden tests through the real crossplane CLI: every case under test/render/ (xr.yaml, optional
// observed.yaml and required.yaml, expected.yaml or error.txt) and every example is rendered by `crossplane render` against the running function, compared with its golden file,
// and every rendered object is validated (CRD kinds and the XR by `crossplane beta validate`
// against ../shared/crds and our XRDs; core kinds by kubernetes-models).
// UPDATE_GOLDEN=1 rewrites the goldens; review the diff before committing it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xrForClaim } from "./support/claims.js";
import { isCoreKind, validateCoreObject } from "./support/core-kinds.js";
import { functionsFile, render, validate } from "./support/crossplane-cli.js";
import { startFunction, type RunningFunction } from "./support/function-server.js";
import { maskMinted } from "./support/goldens.js";
import { missing, ROOT, SHARED_CRDS } from "./support/paths.js";
import { parseDocs, toDocs } from "./support/yaml-docs.js";

type Obj = Record<string, any>;

interface Case {
  name: string;
  xr: Obj;
  /** A Composition other than the default one for the XR's kind. */
  composition?: string;
  observedFile?: string;
  requiredFile?: string;
  golden: string;
  errorFile?: string;
}

const API_BY_KIND: Record<string, string> = { LiveKitPool: "apis/namespaced", XLiveKitPool: "apis/legacy" };
const update = process.env.UPDATE_GOLDEN === "1";

function readXr(file: string): Obj {
  const doc = parseDocs(readFileSync(file, "utf8"))[0]!;
  return doc.kind === "LiveKitPoolClaim" ? xrForClaim(doc) : doc;
}

function cases(): Case[] {
  const out: Case[] = [];
  const casesDir = resolve(ROOT, "test/render");
  for (const name of readdirSync(casesDir)
    .filter((n) => n !== "examples")
    .sort()) {
    const dir = join(casesDir, name);
    const observed = join(dir, "observed.yaml");
    const error = join(dir, "error.txt");
    const required = join(dir, "required.yaml");
    out.push({
      name,
      xr: readXr(join(dir, "xr.yaml")),
      ...(existsSync(observed) ? { observedFile: observed } : {}),
      ...(existsSync(error) ? { errorFile: error } : {}),
      ...(existsSync(required) ? { requiredFile: required } : {}),
      golden: join(dir, "expected.yaml"),
    });
  }
  // Examples: every XR or claim, rendered with the Composition it selects (another example file,
  // as Crossplane would pick by spec.crossplane.compositionRef) or the default one.
  const exampleDocs = readdirSync(resolve(ROOT, "examples"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((file) => ({ file, doc: parseDocs(readFileSync(resolve(ROOT, "examples", file), "utf8"))[0]! }));
  const compositions = new Map(
    exampleDocs.filter((e) => e.doc.kind === "Composition").map((e) => [e.doc.metadata.name, `examples/${e.file}`]),
  );
  for (const { file, doc } of exampleDocs.filter((e) => e.doc.kind in API_BY_KIND || e.doc.kind === "LiveKitPoolClaim")) {
    const selected = doc.spec?.crossplane?.compositionRef?.name;
    out.push({
      name: `examples/${file}`,
      xr: readXr(resolve(ROOT, "examples", file)),
      ...(selected ? { composition: compositions.get(selected) ?? `missing Composition ${selected}` } : {}),
      golden: join(casesDir, "examples", file),
    });
  }
  return out;
}

async function validateRendered(objects: Obj[]): Promise<void> {
  const r = validate([SHARED_CRDS, "apis/namespaced/definition.yaml", "apis/legacy/definition.yaml"], toDocs(objects));
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  expect(r.stdout).not.toMatch(/\[x\]/);
  for (const o of objects) {
    if (isCoreKind(o.apiVersion)) await validateCoreObject(o);
    else expect(r.stdout, `${o.apiVersion} ${o.kind} must have a schema`).not.toContain(`${o.kind}`);
  }
}

const reason = missing();

describe.skipIf(reason !== undefined)("crossplane render", () => {
  let fn: RunningFunction;
  let functions: string;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "lkp-render-"));
    fn = await startFunction();
    functions = functionsFile(fn.port, scratch);
  });
  afterAll(async () => {
    await fn?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  for (const c of cases()) {
    it(c.name, async () => {
      const api = API_BY_KIND[c.xr.kind];
      expect(api, `no API for kind ${c.xr.kind}`).toBeDefined();
      const xrFile = join(scratch, `${c.name.replace(/\W/g, "_")}.yaml`);
      writeFileSync(xrFile, toDocs([c.xr]));
      const r = render({
        xr: xrFile,
        composition: c.composition ?? `${api}/composition.yaml`,
        functions,
        xrd: `${api}/definition.yaml`,
        ...(c.observedFile ? { observed: c.observedFile } : {}),
        ...(c.requiredFile ? { required: c.requiredFile } : {}),
      });

      if (c.errorFile) {
        expect(r.code).not.toBe(0);
        for (const line of readFileSync(c.errorFile, "utf8").split("\n").filter(Boolean)) expect(r.stderr).toContain(line);
        return;
      }
      expect(r.code, r.stderr).toBe(0);
      const docs = parseDocs(r.stdout);
      // What the function could have read back: observed resources and required resources.
      const observed = [c.observedFile, c.requiredFile].flatMap((f) => (f ? parseDocs(readFileSync(f, "utf8")) : []));
      const text = toDocs(maskMinted(docs, observed));
      if (update) writeFileSync(c.golden, text);
      else expect(text, `golden ${c.golden} is out of date (UPDATE_GOLDEN=1 to rewrite)`).toBe(readFileSync(c.golden, "utf8"));

      await validateRendered(docs.filter((d) => d.kind !== "Result"));
    });
  }
});
