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

const buildPackages = (env: Record<string, string> = {}) => {
  const r = spawnSync("bash", ["scripts/build-packages.sh"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
};

const configurationMeta = (file: string) => unpack(resolve(ROOT, "_output", file)).pkg.find((o) => o.kind === "Configuration")!;

describe.skipIf(reason !== undefined)("xpkg packages", () => {
  beforeAll(() => buildPackages());

  it("the function package holds the meta Function and the input CRD", () => {
    const { pkg, examples } = unpack(resolve(ROOT, "_output/function-livekit-pool.xpkg"));
    expect(pkg.map((o) => `${o.apiVersion} ${o.kind}`)).toEqual([
      "meta.pkg.crossplane.io/v1 Function",
      "apiextensions.k8s.io/v1 CustomResourceDefinition",
    ]);
    expect(pkg[0]!.spec.capabilities).toEqual(["composition"]);
    expect(pkg[1]!.spec.names.kind).toBe("PoolDefaults");
    expect(examples.map((o) => o.kind)).toEqual(expect.arrayContaining(["LiveKitPool", "LiveKitPoolClaim"]));
  });

  it("the configuration package holds both XRDs and Compositions and depends on the function alone", () => {
    const { pkg } = unpack(resolve(ROOT, "_output/configuration-livekit-pool.xpkg"));
    const meta = pkg.find((o) => o.kind === "Configuration")!;
    expect(meta.spec.crossplane.version).toBe(">=v2.0.0");
    // A cluster that uses no cloud Redis runs no cloud provider.
    expect(meta.spec.dependsOn.map((d: Obj) => d.package)).toEqual(["ghcr.io/l7mp/function-livekit-pool"]);
    const apis = pkg
      .filter((o) => o.kind !== "Configuration")
      .map((o) => `${o.kind}/${o.metadata.name}`)
      .sort();
    expect(apis).toEqual([
      "CompositeResourceDefinition/livekitpools.livekit.stunner.l7mp.io",
      "CompositeResourceDefinition/xlivekitpools.livekit.stunner.l7mp.io",
      "Composition/livekitpools",
      "Composition/xlivekitpools",
    ]);
    // The Compositions call the function by the name Crossplane gives the dependency.
    for (const c of pkg.filter((o) => o.kind === "Composition"))
      expect(c.spec.pipeline[0].functionRef.name).toBe("l7mp-function-livekit-pool");
  });

  it("ships each cloud provider in an optional configuration of its own", () => {
    expect(configurationMeta("configuration-livekit-pool-memorystore.xpkg").spec.dependsOn).toEqual([
      {
        apiVersion: "pkg.crossplane.io/v1",
        kind: "Provider",
        package: "ghcr.io/crossplane-contrib/provider-gcp-redis",
        version: ">=v3.0.0",
      },
    ]);
    expect(configurationMeta("configuration-livekit-pool-elasticache.xpkg").spec.dependsOn).toEqual([
      {
        apiVersion: "pkg.crossplane.io/v1",
        kind: "Provider",
        package: "ghcr.io/crossplane-contrib/provider-aws-elasticache",
        version: ">=v2.6.0",
      },
    ]);
  });

  // Crossplane resolves a dependency by package source and names the Function it installs after the
  // repository path (internal/xpkg ToDNSLabel of RepositoryStr), so both follow the registry.
  it.each([
    ["registry.example.com/platform", "platform-function-livekit-pool"],
    ["127.0.0.1:5000", "function-livekit-pool"],
    ["registry.example.com:5000/team.media/livekit", "team-media-livekit-function-livekit-pool"],
  ])("built for REGISTRY=%s, depends on the function there and calls it %s", (registry, name) => {
    buildPackages({ REGISTRY: registry, PUSH: "0" });
    const { pkg } = unpack(resolve(ROOT, "_output/configuration-livekit-pool.xpkg"));
    expect(pkg.find((o) => o.kind === "Configuration")!.spec.dependsOn.map((d: Obj) => d.package)).toEqual([
      `${registry}/function-livekit-pool`,
    ]);
    for (const c of pkg.filter((o) => o.kind === "Composition")) expect(c.spec.pipeline[0].functionRef.name).toBe(name);
  });
});
