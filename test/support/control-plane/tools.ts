// The programs the real-control-plane suite runs, and why it cannot run where one is missing.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { join, resolve } from "node:path";
import { CROSSPLANE_BIN, MAIN_JS, ROOT, SHARED_CRDS, skipOrFail } from "../paths.js";

const BIN = resolve(ROOT, ".tools/bin");

export const TOOLS = {
  etcd: join(BIN, "etcd"),
  kubeApiserver: join(BIN, "kube-apiserver"),
  kubeControllerManager: join(BIN, "kube-controller-manager"),
  kubeScheduler: join(BIN, "kube-scheduler"),
  kwok: join(BIN, "kwok"),
  crossplaneCore: join(BIN, "crossplane-core"),
  crossplane: CROSSPLANE_BIN,
};

/** The crossplane module's version in tools/crossplane/go.mod: the CLI's and core's pin. */
export function crossplaneVersion(): string {
  const m = /^(?:require\s+)?\s*github\.com\/crossplane\/crossplane\/v2 (v\S+)/m.exec(
    readFileSync(resolve(ROOT, "tools/crossplane/go.mod"), "utf8"),
  );
  if (!m) throw new Error("tools/crossplane/go.mod does not pin github.com/crossplane/crossplane/v2");
  return m[1]!;
}

/** Crossplane's own CRDs (cluster/crds) from the pinned module in the Go module cache, which
 * `core init` installs, as the Helm chart's image carries them at /crds. */
export function crossplaneCrdsDir(): string {
  const modcache = execFileSync("go", ["env", "GOMODCACHE"], { encoding: "utf8" }).trim();
  return join(modcache, `github.com/crossplane/crossplane/v2@${crossplaneVersion()}`, "cluster/crds");
}

function onPath(program: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Everything outside loopback is absent in the suite's private network namespace (scripts/e2e.sh). */
export function inPrivateNetworkNamespace(): boolean {
  return Object.keys(networkInterfaces()).every((name) => name === "lo");
}

/** Why the suite cannot run here (a skip locally, a failure in CI), or undefined. */
export function controlPlaneMissing(): string | undefined {
  const reasons: string[] = [];
  if (!existsSync(MAIN_JS)) reasons.push("dist/main.js is not built (npm run build)");
  for (const [name, path] of Object.entries(TOOLS)) {
    if (!existsSync(path))
      reasons.push(`${name} is not built at ${path} (scripts/ensure-kube.sh and scripts/ensure-crossplane.sh need Go)`);
  }
  if (!existsSync(SHARED_CRDS)) reasons.push(`the upstream CRDs are not at ${SHARED_CRDS}`);
  for (const program of ["docker-registry", "openssl", "unshare", "setpriv", "mount", "go"]) {
    if (!onPath(program)) reasons.push(`${program} is missing (scripts/ensure-registry.sh installs Debian's docker-registry)`);
  }
  if (process.getuid?.() !== 0)
    reasons.push("the suite needs root (a private network namespace, and a mount namespace for Crossplane's hosts file)");
  else if (!inPrivateNetworkNamespace())
    reasons.push(
      "not in a private network namespace: run it with `npm run e2e` (scripts/e2e.sh), which makes one so that nothing listens beyond loopback",
    );
  else if (!existsSync(crossplaneCrdsDir())) reasons.push(`Crossplane's CRDs are not in the Go module cache at ${crossplaneCrdsDir()}`);
  return skipOrFail(reasons);
}
