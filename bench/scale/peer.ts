// The peer in the scale benchmark: function-patch-and-transform (the pinned v0.5.0 the call
// benchmark builds), installed as a real Function package from the registry, and four Compositions
// (one per kind of pool in the mix) whose bases are the objects our function returns for a Ready
// pool of that kind, as a hand-written P&T Composition would have them: names patched from the XR,
// the readiness each object's kind has, the Secrets' values replaced by random bytes of the same
// length (a Composition is no place for credentials).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join, resolve } from "node:path";
import type { Obj } from "../../test/support/control-plane/client.js";
import { FUNCTION_PORT, functionCertsDir } from "../../test/support/control-plane/function.js";
import { startProcess, type ManagedProcess } from "../../test/support/control-plane/process.js";
import { REGISTRY } from "../../test/support/control-plane/registry.js";
import { TOOLS } from "../../test/support/control-plane/tools.js";
import { eventually } from "../../test/support/control-plane/wait.js";
import { ROOT } from "../../test/support/paths.js";
import type { Kube } from "../../test/support/control-plane/client.js";
import { API, type PoolKind } from "./pools.js";

export const PEER_NAME = "function-patch-and-transform";
/** The peer listens on a loopback address of its own: ours has 127.0.0.1 at the same port. */
export const PEER_ADDRESS = "127.0.0.2";
const PEER_VERSION = "v0.5.0";
const PEER_BIN = resolve(ROOT, ".tools/bin/function-patch-and-transform");

/** Builds the peer's package (a meta Function, no runtime image: its process runs here) and
 * pushes it to the registry; returns its reference. */
function pushPeerPackage(dir: string): string {
  const root = join(dir, "peer-package");
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, "crossplane.yaml"),
    JSON.stringify({ apiVersion: "meta.pkg.crossplane.io/v1", kind: "Function", metadata: { name: PEER_NAME } }),
  );
  const file = join(dir, `${PEER_NAME}.xpkg`);
  execFileSync(TOOLS.crossplane, ["xpkg", "build", `--package-root=${root}`, "-o", file], { stdio: ["ignore", "ignore", "pipe"] });
  const reference = `${REGISTRY}/${PEER_NAME}:${PEER_VERSION}`;
  execFileSync(TOOLS.crossplane, ["xpkg", "push", `--package-files=${file}`, reference], { stdio: ["ignore", "ignore", "pipe"] });
  return reference;
}

/** Installs the peer's Function and runs its process with the TLS Secret Crossplane made for it. */
export async function installPeer(kube: Kube, dir: string): Promise<ManagedProcess> {
  await kube.apply({
    apiVersion: "pkg.crossplane.io/v1",
    kind: "Function",
    metadata: { name: PEER_NAME },
    spec: { package: pushPeerPackage(dir) },
  });
  const certs = await functionCertsDir(kube, PEER_NAME, dir);
  const peer = startProcess(PEER_NAME, [PEER_BIN, `--address=${PEER_ADDRESS}:${FUNCTION_PORT}`, `--tls-certs-dir=${certs}`]);
  await eventually(
    "the peer to listen",
    async () => {
      if (peer.exited()) throw new Error(`the peer exited (${peer.exited()}): ${peer.logTail(20)}`);
      return new Promise<boolean>((done) => {
        const socket = connect(FUNCTION_PORT, PEER_ADDRESS, () => (socket.destroy(), done(true)));
        socket.on("error", () => done(false));
      });
    },
    30_000,
  );
  return peer;
}

/** How P&T decides an object of each kind is ready (ours decides the same per kind). */
function readinessChecks(kind: string): Obj[] {
  const condition = (type: string) => [{ type: "MatchCondition", matchCondition: { type, status: "True" } }];
  switch (kind) {
    case "Deployment":
      return condition("Available");
    case "Gateway":
      return condition("Programmed");
    case "Certificate":
      return condition("Ready");
    case "StatefulSet":
      return [{ type: "NonEmpty", fieldPath: "status.readyReplicas" }];
    default:
      return [{ type: "None" }];
  }
}

/** A base from one of our desired objects of the pool `poolName`. */
function resourceFromOurs(name: string, desired: Obj, poolName: string): Obj {
  const base = structuredClone(desired);
  delete base.status;
  if (base.kind === "Secret") {
    const values = { ...base.data, ...base.stringData } as Record<string, string>;
    delete base.stringData;
    base.data = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, randomBytes(Buffer.from(v, "base64").length).toString("base64")]),
    );
  }
  const patches: Obj[] = [{ type: "FromCompositeFieldPath", fromFieldPath: "metadata.namespace", toFieldPath: "metadata.namespace" }];
  const objectName: string | undefined = base.metadata?.name;
  if (objectName?.startsWith(poolName)) {
    patches.push({
      type: "FromCompositeFieldPath",
      fromFieldPath: "metadata.name",
      toFieldPath: "metadata.name",
      transforms: [{ type: "string", string: { type: "Format", fmt: `%s${objectName.slice(poolName.length)}` } }],
    });
  } else if (base.metadata) {
    delete base.metadata.name;
  }
  return { name, base, patches, readinessChecks: readinessChecks(base.kind) };
}

export const peerCompositionName = (kind: PoolKind) => `peer-${kind}`;

/** The peer's Composition for one kind of pool, from our desired objects for a pool of it. */
export function peerComposition(kind: PoolKind, poolName: string, desired: Record<string, Obj>): Obj {
  return {
    apiVersion: "apiextensions.crossplane.io/v1",
    kind: "Composition",
    metadata: { name: peerCompositionName(kind) },
    spec: {
      compositeTypeRef: { apiVersion: API, kind: "LiveKitPool" },
      mode: "Pipeline",
      pipeline: [
        {
          step: "patch-and-transform",
          functionRef: { name: PEER_NAME },
          input: {
            apiVersion: "pt.fn.crossplane.io/v1beta1",
            kind: "Resources",
            resources: Object.entries(desired).map(([name, o]) => resourceFromOurs(name, o, poolName)),
          },
        },
      ],
    },
  };
}
