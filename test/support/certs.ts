// A throwaway CA with a server and a client certificate, made with openssl, for the TLS tests.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestPki {
  ca: Buffer;
  serverKey: Buffer;
  serverCert: Buffer;
  clientKey: Buffer;
  clientCert: Buffer;
}

/** `serverNames`: the server certificate's subjectAltNames, e.g. DNS:redis.example or IP:127.0.0.1. */
export function makePki(serverNames: string[] = ["DNS:localhost", "IP:127.0.0.1"]): TestPki {
  const dir = mkdtempSync(join(tmpdir(), "lkp-pki-"));
  try {
    const ssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
    ssl(
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      "ca.key",
      "-out",
      "ca.crt",
      "-days",
      "1",
      "-subj",
      "/CN=test-ca",
    );
    writeFileSync(join(dir, "server.ext"), `subjectAltName=${serverNames.join(",")}\n`);
    for (const [name, ext] of [
      ["tls", "server.ext"],
      ["client", ""],
    ] as const) {
      ssl(
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        `${name}.key`,
        "-out",
        `${name}.csr`,
        "-subj",
        `/CN=${name}`,
      );
      ssl(
        "x509",
        "-req",
        "-in",
        `${name}.csr`,
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        `${name}.crt`,
        "-days",
        "1",
        ...(ext ? ["-extfile", ext] : []),
      );
    }
    const read = (f: string) => readFileSync(join(dir, f));
    return {
      ca: read("ca.crt"),
      serverKey: read("tls.key"),
      serverCert: read("tls.crt"),
      clientKey: read("client.key"),
      clientCert: read("client.crt"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Certificates shaped exactly as Crossplane v2.2.1 makes them (tools/crossplane-pki): one subject
 * for the CA and every leaf, no Authority Key ID, RSA 2048, ten years. */
export interface CrossplanePki {
  ca: Buffer;
  serverKey: Buffer;
  serverCert: Buffer;
  clientKey: Buffer;
  clientCert: Buffer;
  expiredClientKey: Buffer;
  expiredClientCert: Buffer;
  /** A CA with the same subject and another key, and a client certificate it signed. */
  impostorCa: Buffer;
  impostorClientKey: Buffer;
  impostorClientCert: Buffer;
}

export function makeCrossplanePki(tool: string): CrossplanePki {
  const dir = mkdtempSync(join(tmpdir(), "lkp-xp-pki-"));
  try {
    execFileSync(tool, [dir], { stdio: "pipe" });
    const read = (f: string) => readFileSync(join(dir, f));
    return {
      ca: read("ca.crt"),
      serverKey: read("server.key"),
      serverCert: read("server.crt"),
      clientKey: read("client.key"),
      clientCert: read("client.crt"),
      expiredClientKey: read("expired-client.key"),
      expiredClientCert: read("expired-client.crt"),
      impostorCa: read("impostor-ca.crt"),
      impostorClientKey: read("impostor-client.key"),
      impostorClientCert: read("impostor-client.crt"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
