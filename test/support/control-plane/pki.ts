// The control plane's own PKI, made with openssl for each run: a CA, the API server's serving
// certificate (for 127.0.0.1 and the in-cluster names of the `kubernetes` Service), one client
// certificate in system:masters that every component and the test use (an admin kubeconfig, so
// Crossplane needs no RBAC; see README "Tested against a real control plane"), and the key that
// signs service-account tokens. Short-lived, in the run's temp dir, removed with it.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export interface ControlPlanePki {
  caCert: string;
  serverCert: string;
  serverKey: string;
  adminCert: string;
  adminKey: string;
  serviceAccountKey: string;
  serviceAccountPublicKey: string;
}

const DAYS = "2";

function openssl(args: string[], cwd: string): void {
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

function signedCert(dir: string, name: string, subject: string, extensions: string[]): void {
  openssl(
    [
      "req",
      "-new",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      subject,
    ],
    dir,
  );
  writeFileSync(join(dir, `${name}.ext`), `${extensions.join("\n")}\n`);
  openssl(
    [
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      "ca.crt",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-days",
      DAYS,
      "-out",
      `${name}.crt`,
      "-extfile",
      `${name}.ext`,
    ],
    dir,
  );
}

export function makePki(dir: string): ControlPlanePki {
  openssl(
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      "ca.key",
      "-out",
      "ca.crt",
      "-days",
      DAYS,
      "-subj",
      "/CN=lkp-e2e-ca",
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    ],
    dir,
  );
  signedCert(dir, "apiserver", "/CN=kube-apiserver", [
    "subjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local",
    "extendedKeyUsage=serverAuth",
    "keyUsage=critical,digitalSignature",
  ]);
  signedCert(dir, "admin", "/O=system:masters/CN=lkp-e2e-admin", ["extendedKeyUsage=clientAuth", "keyUsage=critical,digitalSignature"]);
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  writeFileSync(join(dir, "sa.key"), privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  writeFileSync(join(dir, "sa.pub"), publicKey.export({ type: "spki", format: "pem" }));
  return {
    caCert: join(dir, "ca.crt"),
    serverCert: join(dir, "apiserver.crt"),
    serverKey: join(dir, "apiserver.key"),
    adminCert: join(dir, "admin.crt"),
    adminKey: join(dir, "admin.key"),
    serviceAccountKey: join(dir, "sa.key"),
    serviceAccountPublicKey: join(dir, "sa.pub"),
  };
}

/** A kubeconfig for the admin identity at `server`. */
export function writeKubeconfig(file: string, server: string, pki: ControlPlanePki): void {
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: "v1",
      kind: "Config",
      clusters: [{ name: "e2e", cluster: { server, "certificate-authority": pki.caCert } }],
      users: [{ name: "admin", user: { "client-certificate": pki.adminCert, "client-key": pki.adminKey } }],
      contexts: [{ name: "e2e", context: { cluster: "e2e", user: "admin" } }],
      "current-context": "e2e",
    }),
    { mode: 0o600 },
  );
}
