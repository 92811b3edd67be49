// What a platform team installs before any pool exists: the STUNner and Envoy GatewayClasses, the
// shared STUNner auth Secret namespaced pools read as a required resource, and a ClusterIssuer,
// all as the shipped Compositions name them. Credentials are high-entropy so a leak scan cannot
// mistake an ordinary word for one.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { ROOT } from "../paths.js";
import type { Cluster } from "./cluster.js";
import { ENVOY_CONTROLLER, STUNNER_CONTROLLER } from "./controllers.js";
import type { Obj } from "./kube.js";

export type Scope = "namespaced" | "legacy";

/** The function input of the shipped Composition for this scope. */
export function compositionInput(scope: Scope): Obj {
  const composition = parse(readFileSync(resolve(ROOT, `apis/${scope}/composition.yaml`), "utf8")) as Obj;
  return composition.spec.pipeline[0].input as Obj;
}

export const PLATFORM_AUTH = { name: "stunner-auth", namespace: "stunner-system" };

/** A credential-looking string, reproducible from a label. */
export function fakeCredential(label: string, length = 40): string {
  return createHash("sha256")
    .update(label)
    .digest("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, length);
}

const b64 = (s: string) => Buffer.from(s).toString("base64");

export function platformAuthSecret(type: "static" | "ephemeral", label = "platform"): Obj {
  const data =
    type === "static"
      ? {
          type: b64("static"),
          username: b64(`user-${fakeCredential(`${label}-user`, 16)}`),
          password: b64(fakeCredential(`${label}-password`)),
        }
      : { type: b64("ephemeral"), secret: b64(fakeCredential(`${label}-secret`)) };
  return { apiVersion: "v1", kind: "Secret", metadata: { ...PLATFORM_AUTH }, type: "Opaque", data };
}

export function seedPlatform(cluster: Cluster, opts: { turnAuth?: "static" | "ephemeral" | "none" } = {}): void {
  const accepted = { conditions: [{ type: "Accepted", status: "True", reason: "Accepted" }] };
  cluster.put({
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "GatewayClass",
    metadata: { name: "stunner" },
    spec: { controllerName: STUNNER_CONTROLLER },
    status: accepted,
  });
  cluster.put({
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "GatewayClass",
    metadata: { name: "eg" },
    spec: { controllerName: ENVOY_CONTROLLER },
    status: accepted,
  });
  cluster.put({
    apiVersion: "cert-manager.io/v1",
    kind: "ClusterIssuer",
    metadata: { name: "letsencrypt-prod" },
    spec: { acme: { server: "https://acme-v02.api.letsencrypt.org/directory", privateKeySecretRef: { name: "le" }, solvers: [] } },
    status: { conditions: [{ type: "Ready", status: "True", reason: "ACMEAccountRegistered" }] },
  });
  const auth = opts.turnAuth ?? "static";
  if (auth !== "none") cluster.put(platformAuthSecret(auth));
}
