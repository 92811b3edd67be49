// The packages, as the README's install guide has a platform team make them: `npm run package` for
// the registry (REGISTRY=127.0.0.1:5000, PUSH=0: no Docker here, so the function package has no
// runtime image and build-packages.sh will not push it), then `crossplane xpkg push` of each into a
// real OCI registry, Debian's docker-registry (the CNCF distribution registry), on loopback.
// Crossplane pulls from 127.0.0.1 over plain HTTP (go-containerregistry allows it for loopback).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.js";
import { startProcess, type ManagedProcess } from "./process.js";
import { TOOLS } from "./tools.js";
import { eventually } from "./wait.js";

export const REGISTRY = "127.0.0.1:5000";
export const PACKAGE_VERSION = "v0.1.0";
const START_TIMEOUT_MS = 30_000;
const BUILD_TIMEOUT_MS = 300_000;

export const PACKAGES = {
  function: "function-livekit-pool",
  configuration: "configuration-livekit-pool",
} as const;

export function startRegistry(dir: string): Promise<ManagedProcess> {
  const config = join(dir, "registry.yml");
  mkdirSync(join(dir, "registry"), { recursive: true });
  writeFileSync(
    config,
    JSON.stringify({
      version: 0.1,
      log: { level: "warn" },
      storage: { filesystem: { rootdirectory: join(dir, "registry") } },
      http: { addr: REGISTRY },
    }),
  );
  const registry = startProcess("docker-registry", ["docker-registry", "serve", config]);
  return eventually("the registry to answer", async () => (await fetch(`http://${REGISTRY}/v2/`)).ok && registry, START_TIMEOUT_MS);
}

/** Builds the packages for the registry and pushes them; returns the references installed. */
export function buildAndPushPackages(dir: string): { function: string; configuration: string } {
  const out = join(dir, "packages");
  execFileSync("bash", ["scripts/build-packages.sh"], {
    cwd: ROOT,
    env: { ...process.env, REGISTRY, PUSH: "0", VERSION: PACKAGE_VERSION, OUT: out },
    stdio: ["ignore", "ignore", "pipe"],
    timeout: BUILD_TIMEOUT_MS,
  });
  const refs = {
    function: `${REGISTRY}/${PACKAGES.function}:${PACKAGE_VERSION}`,
    configuration: `${REGISTRY}/${PACKAGES.configuration}:${PACKAGE_VERSION}`,
  };
  for (const [name, reference] of [
    [PACKAGES.function, refs.function],
    [PACKAGES.configuration, refs.configuration],
  ] as const) {
    execFileSync(TOOLS.crossplane, ["xpkg", "push", `--package-files=${join(out, `${name}.xpkg`)}`, reference], {
      stdio: ["ignore", "ignore", "pipe"],
      timeout: BUILD_TIMEOUT_MS,
    });
  }
  return refs;
}
