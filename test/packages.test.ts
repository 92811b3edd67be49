// Both xpkg packages build with the pinned crossplane CLI, and hold what they should.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { missing, ROOT } from "./support/paths.js";
import { parseDocs } from "./support/yaml-docs.js";

type Obj = Record<string, any>;

/** An xpkg is an OCI image tarball; its layers hold package.yaml and .up/examples.yaml. */
function unpack(xpkg: string): { pkg: Obj[]; examples: Obj[] } {
  const dir = mkdtempSync(join(tmpdir(), "lkp-xpkg-"));
  try {
    const untar = (args: string[]) => expect(spawnSync("tar", args, { cwd: dir }).status).toBe(0);
    untar(["xf", xpkg]);
    for (const layer of readdirSync(dir).filter((f) => f.endsWith(".tar.gz"))) untar(["xzf", layer]);
    return {
      pkg: parseDocs(readFileSync(join(dir, "package.yaml"), "utf8")),
      examples: parseDocs(readFileSync(join(dir, ".up/examples.yaml"), "utf8")),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const reason = missing();

describe.skipIf(reason !== undefined)("xpkg packages", () => {
  beforeAll(() => {
    const r = spawnSync("bash", ["scripts/build-packages.sh"], { cwd: ROOT, encoding: "utf8", timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
  });

  it("the function package holds the meta Function and the input CRD", () => {
    const { pkg, examples } = unpack(resolve(ROOT, "_output/function-livekit-pool.xpkg"));
    expect(pkg.map((o) => `${o.apiVersion} ${o.kind}`)).toEqual(["meta.pkg.crossplane.io/v1 Function", "apiextensions.k8s.io/v1 CustomResourceDefinition"]);
    expect(pkg[0]!.spec.capabilities).toEqual(["composition"]);
    expect(pkg[1]!.spec.names.kind).toBe("PoolDefaults");
    expect(examples.map((o) => o.kind)).toEqual(expect.arrayContaining(["LiveKitPool", "LiveKitPoolClaim"]));
  });

  it("the configuration package holds both XRDs and Compositions and depends on the function and the providers", () => {
    const { pkg } = unpack(resolve(ROOT, "_output/configuration-livekit-pool.xpkg"));
    const meta = pkg.find((o) => o.kind === "Configuration")!;
    expect(meta.spec.crossplane.version).toBe(">=v2.0.0");
    expect(meta.spec.dependsOn.map((d: Obj) => d.package)).toEqual([
      "ghcr.io/l7mp/function-livekit-pool",
      "ghcr.io/crossplane-contrib/provider-gcp-redis",
      "ghcr.io/crossplane-contrib/provider-aws-elasticache",
    ]);
    const apis = pkg.filter((o) => o.kind !== "Configuration").map((o) => `${o.kind}/${o.metadata.name}`).sort();
    expect(apis).toEqual([
      "CompositeResourceDefinition/livekitpools.livekit.stunner.l7mp.io",
      "CompositeResourceDefinition/xlivekitpools.livekit.stunner.l7mp.io",
      "Composition/livekitpools",
      "Composition/xlivekitpools",
    ]);
    // The Compositions call the function by the name Crossplane gives the dependency.
    for (const c of pkg.filter((o) => o.kind === "Composition")) expect(c.spec.pipeline[0].functionRef.name).toBe("l7mp-function-livekit-pool");
  });
});
