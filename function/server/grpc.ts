// The gRPC server: Crossplane's FunctionRunnerService over required mTLS (or plaintext with
// --insecure), a configurable receive limit, a bind that fails loudly, and a bounded drain.
//
// Under mTLS the function terminates TLS itself (node:tls) and hands grpc-js only connections whose
// client certificate passed client-certificates.ts, through grpc-js's connection injector. Why not
// grpc-js's own TLS: its server credentials either make OpenSSL verify the client certificate, which
// refuses Crossplane's (see client-certificates.ts), or do not verify it at all; and a call's auth
// context carries the peer certificate only when OpenSSL accepted it, so a per-call check cannot
// see Crossplane's either. Checking at 'secureConnection' refuses a bad client before it sends a
// single HTTP/2 frame, and grpc-js keeps doing the rest (HTTP/2, limits, draining).
import { readFileSync } from "node:fs";
import { join } from "node:path";
// The default export, not named ones: the runtime image's snapshot loads node:tls only once the
// server listens, and esbuild would load it to bind names (scripts/snapshot-builtins.mjs).
import nodeTls, { type TLSSocket } from "node:tls";
import type { X509Certificate } from "node:crypto";
import * as grpc from "@grpc/grpc-js";
import { FunctionRunnerServiceService, type RunFunctionRequest, type RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import { parseCertificateBundle, verifyClientCertificate } from "./client-certificates.js";

export type RunFunction = (req: RunFunctionRequest) => RunFunctionResponse;

const TLS_FILES = ["tls.crt", "tls.key", "ca.crt"] as const;

/** The server's certificate and key, and the CAs its clients' certificates must be signed by. */
export interface ServerTls {
  cert: Buffer;
  key: Buffer;
  ca: Buffer;
  authorities: X509Certificate[];
}

/** Reads tls.crt, tls.key and ca.crt; a missing or unreadable file is an error naming it, never a
 * silent fall-back to plaintext. */
export function readServerTls(certsDir: string): ServerTls {
  const files: Record<string, Buffer> = {};
  for (const name of TLS_FILES) {
    try {
      files[name] = readFileSync(join(certsDir, name));
    } catch {
      throw new Error(
        `cannot read ${join(certsDir, name)}: mTLS needs ${TLS_FILES.join(", ")} in --tls-server-certs-dir (or pass --insecure for local development)`,
      );
    }
  }
  const ca = files["ca.crt"]!;
  return { cert: files["tls.crt"]!, key: files["tls.key"]!, ca, authorities: parseCertificateBundle(ca, join(certsDir, "ca.crt")) };
}

export function createServer(run: RunFunction, maxRecvBytes: number): grpc.Server {
  const server = new grpc.Server({
    "grpc.max_receive_message_length": maxRecvBytes,
    "grpc.max_send_message_length": -1,
  });
  server.addService(FunctionRunnerServiceService, {
    runFunction: (
      call: grpc.ServerUnaryCall<RunFunctionRequest, RunFunctionResponse>,
      callback: grpc.sendUnaryData<RunFunctionResponse>,
    ) => {
      try {
        callback(null, run(call.request));
      } catch (err) {
        callback({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : "internal error" });
      }
    },
  });
  return server;
}

/** A connection the server closed before serving it, and why (never secret: names and dates). */
export interface RefusedConnection {
  remote: string;
  reason: string;
}

export interface Listening {
  port: number;
  /** Stop accepting calls, let in-flight ones finish, and force the rest closed after the timeout. */
  drain(timeoutMs: number): Promise<"drained" | "forced">;
}

export type Transport = { insecure: true } | { insecure: false; tls: ServerTls; onRefused(refused: RefusedConnection): void };

/** `host:port` or `[ipv6]:port`, as grpc-js addresses are written. */
function hostAndPort(address: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(address);
  const port = Number(m?.[3]);
  if (!m || port > 65535) throw new Error(`--address must be host:port or [ipv6]:port, got "${address}"`);
  return { host: m[1] ?? m[2]!, port };
}

function drainServer(server: grpc.Server, timeoutMs: number): Promise<"drained" | "forced"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve("forced");
    }, timeoutMs);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve("drained");
    });
  });
}

function listenInsecure(server: grpc.Server, address: string): Promise<Listening> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, port) =>
      err ? reject(err) : resolve({ port, drain: (ms) => drainServer(server, ms) }),
    );
  });
}

function listenMutualTls(server: grpc.Server, address: string, transport: Extract<Transport, { insecure: false }>): Promise<Listening> {
  const { host, port } = hostAndPort(address);
  const { tls, onRefused } = transport;
  // TLS is already terminated when a connection reaches grpc-js, so its side of it is plaintext.
  const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  const tlsServer = nodeTls.createServer({
    cert: tls.cert,
    key: tls.key,
    // Sent to clients as the acceptable issuers; the verification itself is ours.
    ca: tls.ca,
    requestCert: true,
    rejectUnauthorized: false,
    ALPNProtocols: ["h2"],
    minVersion: "TLSv1.2",
  });
  tlsServer.on("secureConnection", (socket: TLSSocket) => {
    const refuse = (reason: string) => {
      onRefused({ remote: socket.remoteAddress ?? "unknown", reason });
      socket.destroy();
    };
    if (socket.alpnProtocol !== "h2") return refuse("the client did not negotiate HTTP/2 (ALPN h2)");
    const verdict = verifyClientCertificate(socket.getPeerX509Certificate(), tls.authorities, new Date());
    if (!verdict.ok) return refuse(verdict.reason);
    // A verified client's connection errors (resets, aborted streams) are grpc-js's to handle.
    socket.on("error", () => undefined);
    injector.injectConnection(socket);
  });
  // A failed handshake (junk bytes, plaintext HTTP/2, no common cipher) never becomes a connection.
  tlsServer.on("tlsClientError", (_err, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    tlsServer.once("error", reject);
    tlsServer.listen(port, host, () => {
      tlsServer.off("error", reject);
      resolve({
        port: (tlsServer.address() as { port: number }).port,
        drain: (ms) => {
          tlsServer.close();
          return drainServer(server, ms);
        },
      });
    });
  });
}

/** Binds the server; rejects when the address cannot be bound. */
export function listen(server: grpc.Server, address: string, transport: Transport): Promise<Listening> {
  return transport.insecure ? listenInsecure(server, address) : listenMutualTls(server, address, transport);
}
