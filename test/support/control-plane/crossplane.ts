// Real Crossplane core (the same pin as the CLI), run out of cluster as its Helm chart runs it in
// cluster: `core init` (its own CRDs from the pinned module, the TLS CA and client certificate it
// calls functions with), then `core start` with the client certificate's Secret laid out as the
// chart mounts it (TLS_CLIENT_CERTS_DIR). Webhooks are off (nothing could call them here), and its
// kubeconfig is the admin one, so it needs no RBAC.
//
// Crossplane reaches a function at the endpoint of its Service,
// dns:///<function>.crossplane-system:9443. No cluster DNS exists here, so Crossplane runs in a mount
// namespace of its own whose /etc/hosts (a private file bind-mounted over it) resolves that name to
// loopback, where the function runs; its pure-Go resolver reads that file.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Kube } from "./client.js";
import { startProcess, type ManagedProcess } from "./process.js";
import { crossplaneCrdsDir, TOOLS } from "./tools.js";
import { eventually } from "./wait.js";

export const CROSSPLANE_NAMESPACE = "crossplane-system";
const CLIENT_SECRET = "crossplane-tls-client";
const INIT_TIMEOUT_MS = 120_000;
/**
 * Crossplane's per-XR watch circuit breaker (default burst 100 events, refilled at 1/s, then open for
 * 5 minutes) drops the watch events of an XR that had a busy minute: with the default, creating a
 * pool and then turning on Ingress (Redis comes with it, and the server rolls twice) or switching its
 * Redis opened it here, after which an edit of that XR was acted on only at a 30 s half-open probe
 * or the function's TTL (5 minutes once Ready). The suite edits its pools minutes apart at most, so
 * it raises the burst; the default is what a Helm install runs (README "Tested against a real
 * control plane").
 */
const CIRCUIT_BREAKER_BURST = 1000;

export interface CrossplaneOptions {
  dir: string;
  kube: Kube;
  kubeconfig: string;
  /** Loopback addresses Crossplane resolves names to: the functions' Service names. */
  hosts: Record<string, string>;
  /** More `core start` flags (the scale benchmark's alpha features). */
  extraArgs?: string[];
}

function env(o: CrossplaneOptions): Record<string, string> {
  return {
    KUBECONFIG: o.kubeconfig,
    POD_NAMESPACE: CROSSPLANE_NAMESPACE,
    POD_SERVICE_ACCOUNT: "crossplane",
    ENABLE_WEBHOOKS: "false",
    TLS_CA_SECRET_NAME: "crossplane-root-ca",
    TLS_CLIENT_SECRET_NAME: CLIENT_SECRET,
    TLS_CLIENT_CERTS_DIR: join(o.dir, "tls-client"),
    CRDS_PATH: crossplaneCrdsDir(),
    XPKG_CACHE_DIR: join(o.dir, "xpkg-cache"),
    XFN_CACHE_DIR: join(o.dir, "xfn-cache"),
  };
}

/** `core init`, as the chart's init container runs it. Its first run against an empty cluster can
 * fail with `no matches for kind "Lock"` (its CRD is not served yet), so it is retried. */
export async function initCrossplane(o: CrossplaneOptions): Promise<void> {
  await o.kube.apply({ apiVersion: "v1", kind: "Namespace", metadata: { name: CROSSPLANE_NAMESPACE } });
  await o.kube.apply({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "crossplane", namespace: CROSSPLANE_NAMESPACE } });
  await eventually(
    "crossplane core init to succeed",
    async () => {
      execFileSync(TOOLS.crossplaneCore, ["core", "init"], {
        env: { PATH: process.env.PATH ?? "", ...env(o) },
        stdio: ["ignore", "ignore", "pipe"],
        timeout: 60_000,
      });
      return true;
    },
    INIT_TIMEOUT_MS,
  );
}

/** `core start`, with the client certificate written where the chart mounts its Secret. */
export async function startCrossplane(o: CrossplaneOptions): Promise<ManagedProcess> {
  const e = env(o);
  const secret = await o.kube.mustGet({ apiVersion: "v1", kind: "Secret", name: CLIENT_SECRET, namespace: CROSSPLANE_NAMESPACE });
  rmSync(e.TLS_CLIENT_CERTS_DIR!, { recursive: true, force: true });
  mkdirSync(e.TLS_CLIENT_CERTS_DIR!, { recursive: true, mode: 0o700 });
  for (const key of ["tls.crt", "tls.key", "ca.crt"]) {
    writeFileSync(join(e.TLS_CLIENT_CERTS_DIR!, key), Buffer.from(secret.data[key], "base64"), { mode: 0o600 });
  }
  for (const d of [e.XPKG_CACHE_DIR!, e.XFN_CACHE_DIR!]) mkdirSync(d, { recursive: true });
  const hosts = join(o.dir, "hosts");
  writeFileSync(
    hosts,
    `127.0.0.1 localhost\n::1 localhost\n${Object.entries(o.hosts)
      .map(([name, ip]) => `${ip} ${name}\n`)
      .join("")}`,
  );
  return startProcess(
    "crossplane",
    [TOOLS.crossplaneCore, "core", "start", "--debug", `--circuit-breaker-burst=${CIRCUIT_BREAKER_BURST}`, ...(o.extraArgs ?? [])],
    {
      env: e,
      wrap: (argv) => ["unshare", "--mount", "--", "sh", "-c", `mount --bind "$0" /etc/hosts && exec "$@"`, hosts, ...argv],
    },
  );
}

/** `crossplane beta trace` of an object, as a person checks a pool (README step 5). */
export function trace(kubeconfig: string, kind: string, name: string, namespace?: string): string {
  return execFileSync(TOOLS.crossplane, ["beta", "trace", kind, name, ...(namespace ? ["-n", namespace] : []), "-o", "wide"], {
    env: { ...process.env, KUBECONFIG: kubeconfig },
    encoding: "utf8",
    timeout: 60_000,
  });
}
