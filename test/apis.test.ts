// The committed API files are what the zod schemas generate, and Crossplane's own CRDs accept them.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderApis } from "../scripts/render-apis.js";
import { validate } from "./support/crossplane-cli.js";
import { LIVEKIT_CONFIG_BIN, missing, ROOT, SHARED_CRDS, skipOrFail } from "./support/paths.js";
import { parseDocs } from "./support/yaml-docs.js";

const liveKitConfigMissing = existsSync(LIVEKIT_CONFIG_BIN)
  ? undefined
  : skipOrFail([`${LIVEKIT_CONFIG_BIN} is not built (scripts/ensure-livekit.sh needs Go)`]);

describe("generated API files", () => {
  for (const [path, content] of Object.entries(renderApis())) {
    it(`${path} is current (npm run generate)`, () => {
      expect(readFileSync(resolve(ROOT, path), "utf8")).toBe(content);
    });
  }

  it("declares the namespaced XRD's scope explicitly and offers claims only on the legacy XRD", () => {
    const [ns] = parseDocs(readFileSync(resolve(ROOT, "apis/namespaced/definition.yaml"), "utf8"));
    const [legacy] = parseDocs(readFileSync(resolve(ROOT, "apis/legacy/definition.yaml"), "utf8"));
    expect(ns!.spec.scope).toBe("Namespaced");
    expect(ns!.spec.claimNames).toBeUndefined();
    expect(legacy!.spec.scope).toBe("LegacyCluster");
    expect(legacy!.spec.claimNames.kind).toBe("LiveKitPoolClaim");
    // One schema, written once: both XRDs carry it; the namespaced one adds only where to write
    // connection details (Crossplane adds its own writeConnectionSecretToRef to legacy XRDs).
    const nsSpec = structuredClone(ns!.spec.versions[0].schema.openAPIV3Schema.properties.spec);
    expect(Object.keys(nsSpec.properties)).toContain("writeConnectionSecretToRef");
    delete nsSpec.properties.writeConnectionSecretToRef;
    expect(legacy!.spec.versions[0].schema.openAPIV3Schema.properties.spec).toEqual(nsSpec);
    expect(legacy!.spec.connectionSecretKeys).toEqual(["url", "internalUrl", "apiKey", "apiSecret", "turnUris"]);
  });

  // The keys spec.server.config may hold come from the pinned LiveKit server itself.
  it.skipIf(liveKitConfigMissing !== undefined)(
    "function/api/livekit-config-shape.json is what the pinned LiveKit server reads (npm run generate:livekit-config)",
    () => {
      const current = execFileSync(LIVEKIT_CONFIG_BIN, { encoding: "utf8" });
      expect(readFileSync(resolve(ROOT, "function/api/livekit-config-shape.json"), "utf8")).toBe(current);
      expect(JSON.parse(current).livekitServer).toBe("v1.13.5");
    },
  );

  // The types of the kinds no kubernetes-models package ships come from the upstream CRDs.
  it.skipIf(!existsSync(SHARED_CRDS))("function/k8s/generated is what the upstream CRDs generate (npm run generate:crd-types)", () => {
    const dir = mkdtempSync(join(tmpdir(), "lkp-crd-types-"));
    try {
      execFileSync("bash", [resolve(ROOT, "scripts/generate-crd-types.sh"), dir], { cwd: ROOT, stdio: "pipe" });
      const files = (root: string) =>
        (readdirSync(root, { recursive: true }) as string[]).filter((f) => !statSync(join(root, f)).isDirectory()).sort();
      const committed = resolve(ROOT, "function/k8s/generated");
      expect(files(committed)).toEqual(files(dir));
      for (const f of files(dir)) expect(readFileSync(join(committed, f), "utf8"), f).toBe(readFileSync(join(dir, f), "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("uses the input kind the function reads in both Compositions", () => {
    for (const scope of ["namespaced", "legacy"]) {
      const [comp] = parseDocs(readFileSync(resolve(ROOT, `apis/${scope}/composition.yaml`), "utf8"));
      expect(comp!.spec.pipeline).toHaveLength(1);
      expect(comp!.spec.pipeline[0].input).toMatchObject({ apiVersion: "fn.livekit.stunner.l7mp.io/v1alpha1", kind: "PoolDefaults" });
    }
  });

  // Crossplane gives a legacy XR a connection Secret (and so copies details to its claim's Secret)
  // only when its Composition names the namespace for it (composite/api.go); without it a claim's
  // writeConnectionSecretToRef stays empty forever (found by test/e2e/, scenario 3).
  it("names where the legacy Composition's XRs write connection details, so claims get their Secret", () => {
    const [legacy] = parseDocs(readFileSync(resolve(ROOT, "apis/legacy/composition.yaml"), "utf8"));
    expect(legacy!.spec.writeConnectionSecretsToNamespace).toBe("crossplane-system");
  });
});

const reason = missing();

describe.skipIf(reason !== undefined)("API files against Crossplane's CRDs", () => {
  it("XRDs, Compositions (with their PoolDefaults input), package metadata and the runtime config validate", () => {
    const files = [
      "apis/namespaced/definition.yaml",
      "apis/namespaced/composition.yaml",
      "apis/legacy/definition.yaml",
      "apis/legacy/composition.yaml",
      "package/crossplane.yaml",
      "crossplane.yaml",
      "cluster/function-runtime.yaml",
    ];
    const docs = files.map((f) => readFileSync(resolve(ROOT, f), "utf8")).join("\n---\n");
    const r = validate([resolve(SHARED_CRDS, "crossplane"), resolve(ROOT, "package/input")], docs);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    // 7 files plus the input embedded in each Composition.
    expect(r.stdout).toMatch(/Total 9 resources: 0 missing schemas, 9 success cases, 0 failure cases/);
  });

  it("rejects a broken XRD (the check can fail)", () => {
    const broken = readFileSync(resolve(ROOT, "apis/namespaced/definition.yaml"), "utf8").replace("scope: Namespaced", "scope: Sideways");
    const r = validate([resolve(SHARED_CRDS, "crossplane")], broken);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/scope/);
  });
});

describe("cluster prerequisites", () => {
  // Crossplane's own ClusterRole covers these (shared/reference/crossplane.md 3.7), and its RBAC
  // manager grants provider managed resources; every other kind a render produces must be granted
  // by cluster/crossplane-rbac.yaml.
  const COVERED_BY_CROSSPLANE = new Set(["/secrets", "/services", "/configmaps", "/serviceaccounts", "apps/deployments"]);
  it("grants Crossplane every other kind any golden render composes", async () => {
    const [role] = parseDocs(readFileSync(resolve(ROOT, "cluster/crossplane-rbac.yaml"), "utf8"));
    const { ClusterRole } = await import("kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole");
    new ClusterRole(role as any).validate();
    expect(role!.metadata.labels["rbac.crossplane.io/aggregate-to-crossplane"]).toBe("true");
    const granted = new Set<string>(
      role!.rules.flatMap((r: any) => r.apiGroups.flatMap((g: string) => r.resources.map((res: string) => `${g}/${res}`))),
    );
    const composed = new Set<string>();
    for (const dir of readdirSync(resolve(ROOT, "test/render"))) {
      const golden = resolve(ROOT, "test/render", dir, "expected.yaml");
      if (!existsSync(golden)) continue;
      for (const o of parseDocs(readFileSync(golden, "utf8"))) {
        const group = String(o.apiVersion).includes("/") ? String(o.apiVersion).split("/")[0]! : "";
        if (!o.metadata?.annotations?.["crossplane.io/composition-resource-name"] || group.endsWith(".upbound.io")) continue;
        const kind = String(o.kind).toLowerCase();
        const plural = /[^aeiou]y$/.test(kind) ? `${kind.slice(0, -1)}ies` : kind.endsWith("s") ? `${kind}es` : `${kind}s`;
        const resource = `${group}/${plural}`;
        if (!COVERED_BY_CROSSPLANE.has(resource)) composed.add(resource);
      }
    }
    expect(composed.size).toBeGreaterThan(0);
    for (const kind of composed) expect(granted, kind).toContain(kind);
  });
});
