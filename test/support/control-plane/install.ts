// Our packages, installed as the README's install guide says: the Function with the runtime config
// from cluster/, its process started from what Crossplane made for it, then the Configuration.
// Returns both packages once Installed and Healthy (the end-to-end suite asserts on them; the
// scale benchmark only needs them there).
import { isTrue, type Obj } from "./client.js";
import { CROSSPLANE_NAMESPACE } from "./crossplane.js";
import type { ControlPlane } from "./index.js";
import { eventually } from "./wait.js";

const PKG = "pkg.crossplane.io/v1";
const SETTLE_MS = 180_000;

export async function installPackages(cp: ControlPlane): Promise<{ function: Obj; configuration: Obj }> {
  const { kube, functionName, packages } = cp;
  await kube.apply({
    apiVersion: PKG,
    kind: "Function",
    metadata: { name: functionName },
    spec: { package: packages.function, runtimeConfigRef: { name: "function-livekit-pool" } },
  });
  // startFunction reads the Deployment's container; its certificates wait for the TLS Secret.
  await eventually(
    "Crossplane to make the function's Deployment",
    async () =>
      (await kube.list("apps/v1", "Deployment", CROSSPLANE_NAMESPACE)).some(
        (d) => d.spec.selector.matchLabels?.["pkg.crossplane.io/function"] === functionName,
      ),
    SETTLE_MS,
  );
  await cp.startFunction();
  await kube.apply({
    apiVersion: PKG,
    kind: "Configuration",
    metadata: { name: "configuration-livekit-pool" },
    spec: { package: packages.configuration },
  });
  const healthy = (kind: string, name: string) =>
    eventually(
      `${kind} ${name} to be Installed and Healthy`,
      async () => {
        const o = await kube.get({ apiVersion: PKG, kind, name });
        return isTrue(o, "Installed") && isTrue(o, "Healthy") ? o : undefined;
      },
      SETTLE_MS,
    );
  return { function: await healthy("Function", functionName), configuration: await healthy("Configuration", "configuration-livekit-pool") };
}
