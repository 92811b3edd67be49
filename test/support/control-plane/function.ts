// The function as its Deployment would run it, minus the container: the real bundle
// (`node dist/main.js`) with the container's args from the Deployment Crossplane made for it (so the
// DeploymentRuntimeConfig in cluster/ is what shapes it), serving mTLS with the TLS Secret Crossplane
// generated for it (`<function>-tls-server`, which names the function's Service) on 127.0.0.1:9443,
// where Crossplane's hosts file sends the Service's name. kwok runs the Deployment's pod for the
// Function's health; this process serves the calls.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MAIN_JS } from "../paths.js";
import type { Kube, Obj } from "./client.js";
import { CROSSPLANE_NAMESPACE } from "./crossplane.js";
import { startProcess, type ManagedProcess } from "./process.js";
import { eventually } from "./wait.js";

export const FUNCTION_PORT = 9443;
const LISTEN_TIMEOUT_MS = 30_000;
/** Crossplane makes the Secret once it has installed the Function, and fills it later. */
const CERTIFICATES_TIMEOUT_MS = 180_000;

/** The container Crossplane's package runtime made for the function (the DeploymentRuntimeConfig's
 * `package-runtime` container merged in). */
export async function functionContainer(kube: Kube, functionName: string): Promise<Obj> {
  const deployments = await kube.list("apps/v1", "Deployment", CROSSPLANE_NAMESPACE);
  // The runtime selects the function's pods by this label (the Deployment itself carries none).
  const deployment = deployments.find((d) => d.spec.selector.matchLabels?.["pkg.crossplane.io/function"] === functionName);
  const container = deployment?.spec.template.spec.containers.find((c: Obj) => c.name === "package-runtime");
  if (!container) throw new Error(`no Deployment with a package-runtime container for Function ${functionName}`);
  return container;
}

/** The TLS Secret Crossplane generated for a Function (`<function>-tls-server`), written where the
 * function's container mounts it (TLS_SERVER_CERTS_DIR); returns that folder. */
export async function functionCertsDir(kube: Kube, functionName: string, dir: string): Promise<string> {
  const secret = await eventually(
    `Crossplane to write the certificates into ${functionName}-tls-server`,
    async () => {
      const s = await kube.get({ apiVersion: "v1", kind: "Secret", name: `${functionName}-tls-server`, namespace: CROSSPLANE_NAMESPACE });
      return s?.data?.["tls.crt"] && s.data["tls.key"] && s.data["ca.crt"] ? s : undefined;
    },
    CERTIFICATES_TIMEOUT_MS,
  );
  const certs = join(dir, `${functionName}-tls`);
  rmSync(certs, { recursive: true, force: true });
  mkdirSync(certs, { recursive: true, mode: 0o700 });
  for (const key of ["tls.crt", "tls.key", "ca.crt"])
    writeFileSync(join(certs, key), Buffer.from(secret.data[key], "base64"), { mode: 0o600 });
  return certs;
}

export async function startFunction(kube: Kube, functionName: string, dir: string): Promise<ManagedProcess> {
  const container = await functionContainer(kube, functionName);
  const certs = await functionCertsDir(kube, functionName, dir);
  const fn = startProcess(functionName, [process.execPath, MAIN_JS, "--address", `127.0.0.1:${FUNCTION_PORT}`, ...(container.args ?? [])], {
    env: { TLS_SERVER_CERTS_DIR: certs },
  });
  await eventually(
    "the function to listen",
    async () =>
      fn.linesMatching(/listening/).length > 0 || (fn.exited() ? Promise.reject(new Error(`the function exited: ${fn.exited()}`)) : false),
    LISTEN_TIMEOUT_MS,
  );
  return fn;
}
