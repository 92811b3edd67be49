// TLS from cert-manager: one Certificate for the signaling host (and the TURN-over-TLS host), from
// the user's or platform's issuer, or from an ACME Issuer composed for the pool.
import { objectMeta } from "../../k8s/metadata.js";
import { objectLabels } from "../../k8s/labels.js";
import type { Certificate, Issuer } from "../../k8s/types.js";
import type { NetworkingView } from "./view.js";

const COMPONENT = "tls";

type AcmeSolver = NonNullable<NonNullable<NonNullable<Issuer["spec"]>["acme"]>["solvers"]>[number];

export function certificate(view: NetworkingView): Certificate {
  const dnsNames = [view.hostname, ...(view.turn.tls ? [view.turn.tls.hostname] : [])];
  return {
    apiVersion: "cert-manager.io/v1",
    kind: "Certificate",
    metadata: objectMeta(view, COMPONENT, view.names.certificate),
    spec: {
      secretName: view.names.tlsSecret,
      dnsNames: [...new Set(dnsNames)],
      issuerRef: view.tls.issuerRef,
      // The Secret carries the pool's labels so it can be traced back to the pool.
      secretTemplate: { labels: objectLabels(view.poolLabel, COMPONENT) },
    },
  };
}

export function acmeIssuer(view: NetworkingView): Issuer | undefined {
  const acme = view.tls.acme;
  if (!acme) return undefined;
  const solver: AcmeSolver =
    acme.solver === "http01"
      ? {
          http01: {
            gatewayHTTPRoute: {
              parentRefs: [{ kind: "Gateway", name: view.names.signalingGateway, namespace: view.namespace, sectionName: "http" }],
            },
          },
        }
      : { dns01: acme.dns01 as AcmeSolver["dns01"] };
  return {
    apiVersion: "cert-manager.io/v1",
    kind: "Issuer",
    metadata: objectMeta(view, COMPONENT, view.names.issuer),
    spec: {
      acme: {
        server: acme.server,
        email: acme.email,
        privateKeySecretRef: { name: view.names.acmeAccountSecret },
        solvers: [solver],
      },
    },
  };
}
