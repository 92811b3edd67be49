// Stand-in for cert-manager: Issuers and ClusterIssuers registered (Ready), Certificates issued
// (Ready, with the validity cert-manager reports). Only status is written: no ACME order runs and no
// key pair is made, so the Certificate's Secret does not appear (nothing in the suite reads it).
import { condition, settleStatus, type StandIn } from "./status.js";

const CERT_MANAGER = "cert-manager.io/v1";
const DAY_MS = 86_400_000;

export function certManagerStandIn(): StandIn {
  const issuedAt = new Map<string, Date>();
  return {
    name: "cert-manager (stand-in)",
    async reconcile(kube) {
      for (const [kind, plural] of [
        ["Issuer", "issuers"],
        ["ClusterIssuer", "clusterissuers"],
      ] as const) {
        for (const issuer of await kube.list(CERT_MANAGER, kind)) {
          await settleStatus(kube, issuer, plural, {
            conditions: [
              condition(
                "Ready",
                "ACMEAccountRegistered",
                issuer.metadata.generation,
                "The ACME account was registered with the ACME server",
              ),
            ],
          });
        }
      }
      for (const cert of await kube.list(CERT_MANAGER, "Certificate")) {
        const uid = cert.metadata.uid as string;
        if (!issuedAt.has(uid)) issuedAt.set(uid, new Date(Math.floor(Date.now() / 1000) * 1000));
        const from = issuedAt.get(uid)!;
        await settleStatus(kube, cert, "certificates", {
          conditions: [condition("Ready", "Ready", cert.metadata.generation, "Certificate is up to date and has not expired")],
          notBefore: from.toISOString().replace(".000Z", "Z"),
          notAfter: new Date(from.getTime() + 90 * DAY_MS).toISOString().replace(".000Z", "Z"),
          renewalTime: new Date(from.getTime() + 60 * DAY_MS).toISOString().replace(".000Z", "Z"),
          revision: 1,
        });
      }
    },
  };
}
