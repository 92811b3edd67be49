// The real control plane of the end-to-end suite (test/e2e/), brought up on loopback in the
// suite's private network namespace and torn down by pid, also on failure:
//   Kubernetes (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kwok) -> kubernetes.ts
//   the platform (upstream CRDs, cluster/*.yaml, shared classes and issuer)           -> platform.ts
//   an OCI registry with the packages built and pushed as the README says             -> registry.ts
//   Crossplane core, init and start                                                     -> crossplane.ts
//   the function's process, once Crossplane made its Deployment and TLS Secret          -> function.ts
//   stand-ins for the controllers that cannot run here                                  -> stand-ins/
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dependencyFunctionName } from "../../../scripts/configuration-package.js";
import type { Kube, Obj } from "./client.js";
import { CROSSPLANE_NAMESPACE, initCrossplane, startCrossplane, type CrossplaneOptions } from "./crossplane.js";
import { startFunction } from "./function.js";
import { startKubernetes } from "./kubernetes.js";
import { installClusterFiles, installPlatform, installUpstreamCrds } from "./platform.js";
import type { ManagedProcess } from "./process.js";
import { buildAndPushPackages, REGISTRY, startRegistry } from "./registry.js";
import { runStandIns, type RunningStandIns } from "./stand-ins/index.js";
import { setDiagnostics, setLiveness } from "./wait.js";

export interface ControlPlaneOptions {
  /** More kube-apiserver flags, given the control plane's folder. */
  apiserverArgs?: (dir: string) => string[];
  /** More `crossplane core start` flags. */
  crossplaneArgs?: string[];
  /** More functions Crossplane reaches on loopback: their names and the address each listens on. */
  functionAddresses?: Record<string, string>;
}

export interface ControlPlane {
  /** The folder holding the control plane's files (removed by stop). */
  dir: string;
  kube: Kube;
  kubeconfig: string;
  /** The Function's name: what Crossplane derives from the registry's repository path. */
  functionName: string;
  /** The package references pushed to the registry. */
  packages: { function: string; configuration: string };
  standIns: RunningStandIns;
  /** The function's process now, or undefined while it is stopped. */
  functionProcess(): ManagedProcess | undefined;
  crossplaneProcess(): ManagedProcess;
  /** Every program of the control plane running now (Kubernetes, registry, Crossplane, function). */
  programs(): ManagedProcess[];
  /** Starts the function's process from what Crossplane made for the installed Function. */
  startFunction(): Promise<void>;
  stopFunction(): Promise<void>;
  restartCrossplane(): Promise<void>;
  /** Seconds each bring-up step took, for the report. */
  timings: Record<string, number>;
  stop(): Promise<void>;
}

const POOL_KINDS: Array<[string, string]> = [
  ["livekit.stunner.l7mp.io/v1alpha1", "LiveKitPool"],
  ["livekit.stunner.l7mp.io/v1alpha1", "XLiveKitPool"],
  ["livekit.stunner.l7mp.io/v1alpha1", "LiveKitPoolClaim"],
  ["pkg.crossplane.io/v1", "Function"],
  ["pkg.crossplane.io/v1", "Configuration"],
];

/** Statuses of the pools and packages, conditions only (never data), for a failed wait. */
async function statuses(kube: Kube): Promise<string> {
  const out: string[] = [];
  for (const [apiVersion, kind] of POOL_KINDS) {
    // A kind whose CRD is not installed yet has nothing to say.
    const items: Obj[] = await kube.list(apiVersion, kind).catch(() => []);
    for (const o of items) {
      const conds = (o.status?.conditions ?? []).map(
        (c: Obj) => `${c.type}=${c.status}${c.reason ? `(${c.reason}${c.message ? `: ${String(c.message).slice(0, 160)}` : ""})` : ""}`,
      );
      out.push(`${kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata.name}: ${conds.join(", ")}`);
    }
  }
  return out.join("\n");
}

export async function startControlPlane(options: ControlPlaneOptions = {}): Promise<ControlPlane> {
  const dir = mkdtempSync(join(tmpdir(), "lkp-e2e-"));
  const processes: ManagedProcess[] = [];
  const timings: Record<string, number> = {};
  let step = Date.now();
  const timed = (name: string) => {
    timings[name] = (Date.now() - step) / 1000;
    step = Date.now();
  };
  let standIns: RunningStandIns | undefined;
  let crossplane: ManagedProcess | undefined;
  let fn: ManagedProcess | undefined;
  const stop = async () => {
    await standIns?.stop();
    for (const p of [fn, crossplane, ...processes.reverse()]) await p?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const k8s = await startKubernetes(dir, options.apiserverArgs?.(dir));
    processes.push(...k8s.processes);
    const kube = k8s.kube;
    timed("kubernetes");
    const live = () => [...processes, ...(crossplane ? [crossplane] : []), ...(fn ? [fn] : [])];
    setLiveness(
      () =>
        live()
          .filter((p) => p.exited() !== undefined)
          .map((p) => `${p.name} exited (${p.exited()})`)
          .join("; ") || undefined,
    );
    setDiagnostics(async () =>
      [
        ...live().map((p) => p.logTail(p === crossplane ? 60 : p === fn ? 20 : 8)),
        `--- stand-in errors ---\n${standIns?.recentErrors().join("\n") ?? ""}`,
        `--- statuses ---\n${await statuses(kube)}`,
      ].join("\n"),
    );

    const registry = await startRegistry(dir);
    processes.push(registry);
    const packages = buildAndPushPackages(dir);
    timed("packages");

    await installUpstreamCrds(kube);
    await installPlatform(kube);
    timed("platform");
    const functionName = dependencyFunctionName(REGISTRY);
    const xp: CrossplaneOptions = {
      dir: join(dir, "crossplane"),
      kube,
      kubeconfig: k8s.kubeconfig,
      hosts: serviceHosts({ [functionName]: "127.0.0.1", ...options.functionAddresses }),
      extraArgs: options.crossplaneArgs,
    };
    await initCrossplane(xp);
    await installClusterFiles(kube);
    crossplane = await startCrossplane(xp);
    timed("crossplane");
    standIns = runStandIns(kube, memorystoreCa(dir));

    return {
      dir,
      kube,
      kubeconfig: k8s.kubeconfig,
      functionName,
      packages,
      standIns,
      timings,
      functionProcess: () => fn,
      crossplaneProcess: () => crossplane!,
      programs: live,
      startFunction: async () => {
        fn = await startFunction(kube, functionName, dir);
      },
      stopFunction: async () => {
        const stopping = fn;
        fn = undefined;
        await stopping?.stop();
      },
      restartCrossplane: async () => {
        const stopping = crossplane;
        crossplane = undefined;
        await stopping?.stop();
        crossplane = await startCrossplane(xp);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The names of each function's Service, resolved to the loopback address the function listens on. */
function serviceHosts(addresses: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(addresses).flatMap(([name, ip]) =>
      ["", ".svc", ".svc.cluster.local"].map((suffix) => [`${name}.${CROSSPLANE_NAMESPACE}${suffix}`, ip]),
    ),
  );
}

/** A CA certificate like the one Memorystore reports in status.atProvider.serverCaCerts. */
function memorystoreCa(dir: string): string {
  const file = join(dir, "memorystore-ca.crt");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      join(dir, "memorystore-ca.key"),
      "-out",
      file,
      "-days",
      "2",
      "-subj",
      "/CN=Google Cloud Memorystore Redis Server CA",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  return readFileSync(file, "utf8");
}
