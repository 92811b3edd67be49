// The gRPC server: Crossplane's FunctionRunnerService over required mTLS (or plaintext with
// --insecure), a configurable receive limit, a bind that fails loudly, and a bounded drain.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import {
  FunctionRunnerServiceService,
  type RunFunctionRequest,
  type RunFunctionResponse,
} from "@crossplane-org/function-sdk-typescript";

export type RunFunction = (req: RunFunctionRequest) => RunFunctionResponse;

const TLS_FILES = ["tls.crt", "tls.key", "ca.crt"] as const;

/** Server credentials. Unlike the SDK's own server, client certificates are required and checked
 * against ca.crt, and missing files are an error rather than a silent fall-back to plaintext. */
export function serverCredentials(insecure: boolean, certsDir: string): grpc.ServerCredentials {
  if (insecure) return grpc.ServerCredentials.createInsecure();
  const files: Record<string, Buffer> = {};
  for (const name of TLS_FILES) {
    try {
      files[name] = readFileSync(join(certsDir, name));
    } catch {
      throw new Error(`cannot read ${join(certsDir, name)}: mTLS needs ${TLS_FILES.join(", ")} in --tls-server-certs-dir (or pass --insecure for local development)`);
    }
  }
  return grpc.ServerCredentials.createSsl(files["ca.crt"]!, [{ private_key: files["tls.key"]!, cert_chain: files["tls.crt"]! }], true);
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

export function bind(server: grpc.Server, address: string, creds: grpc.ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, creds, (err, port) => (err ? reject(err) : resolve(port)));
  });
}

/** Stop accepting calls, let in-flight ones finish, and force the rest closed after the timeout. */
export function drain(server: grpc.Server, timeoutMs: number): Promise<"drained" | "forced"> {
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
