// Raw clients for wire-level fault tests: bytes over TCP or TLS, and hand-made gRPC frames over
// HTTP/2, each bounded in time so a server that stalls fails the test instead of hanging it.
import { connect as http2Connect, constants } from "node:http2";
import { connect as netConnect, type Socket } from "node:net";
import { connect as tlsConnect } from "node:tls";

export interface RawOutcome {
  /** Bytes the server sent back before closing (or before the timeout). */
  received: number;
  closedByServer: boolean;
}

/** Writes bytes to the port and waits for the server to close the connection (or `waitMs`). */
export function sendRaw(port: number, bytes: Buffer, opts: { tls?: boolean; waitMs?: number } = {}): Promise<RawOutcome> {
  return new Promise((resolve) => {
    let received = 0;
    let done = false;
    const socket: Socket = opts.tls
      ? tlsConnect({ host: "127.0.0.1", port, rejectUnauthorized: false, servername: "localhost" }, () => socket.write(bytes))
      : netConnect({ host: "127.0.0.1", port }, () => socket.write(bytes));
    const finish = (closedByServer: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ received, closedByServer });
    };
    const timer = setTimeout(() => finish(false), opts.waitMs ?? 2000);
    socket.on("data", (d: Buffer) => (received += d.length));
    socket.on("close", () => finish(true));
    socket.on("error", () => finish(true));
  });
}

/** Opens connections that send nothing (or a partial preface) and keeps them until closed. */
export async function idleConnections(port: number, count: number, partial?: Buffer): Promise<() => void> {
  const sockets = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Socket>((resolve) => {
          const s = netConnect({ host: "127.0.0.1", port }, () => {
            if (partial) s.write(partial);
            resolve(s);
          });
          s.on("error", () => undefined);
        }),
    ),
  );
  return () => sockets.forEach((s) => s.destroy());
}

export interface GrpcOutcome {
  httpStatus?: number;
  grpcStatus?: number;
  grpcMessage?: string;
}

/** One gRPC call made by hand: `body` is sent as it is (a frame, several, or junk). */
export function rawGrpcCall(
  port: number,
  path: string,
  body: Buffer,
  headers: Record<string, string> = {},
  waitMs = 3000,
): Promise<GrpcOutcome> {
  return new Promise((resolve, reject) => {
    const session = http2Connect(`http://127.0.0.1:${port}`);
    const out: GrpcOutcome = {};
    const timer = setTimeout(() => {
      session.destroy();
      reject(new Error(`no answer to ${path} within ${waitMs} ms`));
    }, waitMs);
    session.on("error", () => undefined);
    const req = session.request({
      [constants.HTTP2_HEADER_METHOD]: "POST",
      [constants.HTTP2_HEADER_PATH]: path,
      "content-type": "application/grpc",
      te: "trailers",
      ...headers,
    });
    const take = (h: Record<string, unknown>) => {
      if (h[":status"] !== undefined) out.httpStatus = Number(h[":status"]);
      if (h["grpc-status"] !== undefined) out.grpcStatus = Number(h["grpc-status"]);
      if (h["grpc-message"] !== undefined) out.grpcMessage = decodeURIComponent(String(h["grpc-message"]));
    };
    req.on("response", take);
    req.on("trailers", take);
    req.on("data", () => undefined);
    req.on("error", () => undefined);
    req.on("close", () => {
      clearTimeout(timer);
      session.close();
      resolve(out);
    });
    req.end(body);
  });
}

/** A gRPC length-prefixed message frame. */
export function grpcFrame(message: Buffer, opts: { compressed?: boolean; declaredLength?: number } = {}): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt8(opts.compressed ? 1 : 0, 0);
  header.writeUInt32BE(opts.declaredLength ?? message.length, 1);
  return Buffer.concat([header, message]);
}

export const RUN_FUNCTION = "/apiextensions.fn.proto.v1.FunctionRunnerService/RunFunction";
export const HTTP2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
