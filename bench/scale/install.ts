// Our packages, installed as the README's install guide says (and as the end-to-end suite's first
// scenario checks in detail): the Function with the runtime config from cluster/, its process
// started from what Crossplane made for it, then the Configuration; waits until both are Healthy
// and the namespaced XRD is Established.
import { isTrue } from "../../test/support/control-plane/client.js";
import type { ControlPlane } from "../../test/support/control-plane/index.js";
import { CROSSPLANE_NAMESPACE } from "../../test/support/control-plane/crossplane.js";
import { eventually } from "../../test/support/control-plane/wait.js";

const PKG = "pkg.crossplane.io/v1";
const SETTLE_MS = 300_000;

export async function installOurs(cp: ControlPlane): Promise<void> {
  const { kube, functionName, packages } = cp;
  await kube.apply({
    apiVersion: PKG,
    kind: "Function",
    metadata: { name: functionName },
    spec: { package: packages.function, runtimeConfigRef: { name: "function-livekit-pool" } },
  });
  await eventually(
    "Crossplane to make the function's TLS Secret",
    async () =>
      (await kube.get({ apiVersion: "v1", kind: "Secret", name: `${functionName}-tls-server`, namespace: CROSSPLANE_NAMESPACE })) !==
      undefined,
    SETTLE_MS,
  );
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
  for (const [kind, name] of [
    ["Function", functionName],
    ["Configuration", "configuration-livekit-pool"],
  ] as const) {
    await eventually(
      `${kind} ${name} to be Healthy`,
      async () => {
        const o = await kube.get({ apiVersion: PKG, kind, name });
        return isTrue(o, "Installed") && isTrue(o, "Healthy");
      },
      SETTLE_MS,
    );
  }
  await eventually(
    "the namespaced XRD to be Established",
    async () =>
      isTrue(
        await kube.get({
          apiVersion: "apiextensions.crossplane.io/v1",
          kind: "CompositeResourceDefinition",
          name: "livekitpools.livekit.stunner.l7mp.io",
        }),
        "Established",
      ),
    SETTLE_MS,
  );
}
