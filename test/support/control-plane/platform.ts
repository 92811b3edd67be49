// What a platform team puts on the cluster before the packages (README "Installing on a cluster",
// step 2): the kinds pools compose (the real upstream CRDs of Gateway API, STUNner and cert-manager
// from ../shared/crds), the cloud providers' CRDs from ../shared/crds as the stand-in for their
// provider packages (they cannot be pulled offline), cluster/*.yaml, and the platform's STUNner
// class with its auth Secret, Envoy Gateway's class and the ClusterIssuer the Compositions name.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT, SHARED_CRDS } from "../paths.js";
import { parseDocs } from "../yaml-docs.js";
import { isTrue, type Kube, type Obj } from "./client.js";
import { eventually } from "./wait.js";

const CRD_DIRS = ["gateway-api", "stunner", "cert-manager", "provider-upjet-gcp", "provider-upjet-aws"];
const ESTABLISH_TIMEOUT_MS = 120_000;

export function yamlFile(path: string): Obj[] {
  return parseDocs(readFileSync(resolve(ROOT, path), "utf8"));
}

export async function installUpstreamCrds(kube: Kube): Promise<string[]> {
  const names: string[] = [];
  for (const dir of CRD_DIRS) {
    for (const file of readdirSync(join(SHARED_CRDS, dir)).filter((f) => f.endsWith(".yaml"))) {
      for (const crd of parseDocs(readFileSync(join(SHARED_CRDS, dir, file), "utf8"))) {
        await kube.apply(crd);
        names.push(crd.metadata.name);
      }
    }
  }
  await eventually(
    "the upstream CRDs to be Established",
    async () => {
      for (const name of names) {
        if (!isTrue(await kube.get({ apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", name }), "Established"))
          return false;
      }
      return true;
    },
    ESTABLISH_TIMEOUT_MS,
  );
  return names;
}

/** cluster/crossplane-rbac.yaml and cluster/function-runtime.yaml, as `kubectl apply -f` would. */
export async function installClusterFiles(kube: Kube): Promise<void> {
  for (const file of ["cluster/crossplane-rbac.yaml", "cluster/function-runtime.yaml"]) for (const o of yamlFile(file)) await kube.apply(o);
}

/** The platform's shared objects the shipped Compositions name (README step 2). */
export async function installPlatform(kube: Kube): Promise<void> {
  const objects: Obj[] = [
    { apiVersion: "v1", kind: "Namespace", metadata: { name: "stunner-system" } },
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "stunner-auth", namespace: "stunner-system" },
      stringData: { type: "ephemeral", secret: randomBytes(24).toString("base64url") },
    },
    {
      apiVersion: "stunner.l7mp.io/v1",
      kind: "GatewayConfig",
      metadata: { name: "stunner", namespace: "stunner-system" },
      spec: { authRef: { name: "stunner-auth", namespace: "stunner-system" } },
    },
    {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "GatewayClass",
      metadata: { name: "stunner" },
      spec: {
        controllerName: "stunner.l7mp.io/gateway-operator",
        parametersRef: { group: "stunner.l7mp.io", kind: "GatewayConfig", name: "stunner", namespace: "stunner-system" },
      },
    },
    {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "GatewayClass",
      metadata: { name: "eg" },
      spec: { controllerName: "gateway.envoyproxy.io/gatewayclass-controller" },
    },
    {
      apiVersion: "cert-manager.io/v1",
      kind: "ClusterIssuer",
      metadata: { name: "letsencrypt-prod" },
      spec: {
        acme: {
          server: "https://acme-v02.api.letsencrypt.org/directory",
          privateKeySecretRef: { name: "letsencrypt-prod-account" },
          solvers: [{ http01: { gatewayHTTPRoute: {} } }],
        },
      },
    },
  ];
  for (const o of objects) await kube.apply(o);
}
