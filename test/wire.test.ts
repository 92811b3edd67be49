// The real function server under wire-level faults it has not been tested against elsewhere
// (test/server.test.ts covers flags, a client without a certificate, plaintext against mTLS, the
// 5 MiB request, the empty request and SIGTERM with 100 calls in flight): junk bytes, HTTP/1.1,
// TLS against plaintext, broken HTTP/2 and gRPC framing, unknown methods, idle and half-open
// connections, cancelled calls, a client certificate from another CA. After each, the process is
// alive and a good call works. Then: the same request gives the same bytes over the wire, and
// nothing in a --debug log carries a credential.
import { createHash } from "node:crypto";
import * as grpc from "@grpc/grpc-js";
import fc from "fast-check";
import { RunFunctionRequest, Severity, type RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPool } from "./support/arbitraries.js";
import { makePki, type TestPki } from "./support/certs.js";
import { startFunction, startFunctionWithTls, type RunningFunction } from "./support/function-server.js";
import { functionClient } from "./support/grpc-client.js";
import { credentialsIn, encoded } from "./support/invariants.js";
import { missing } from "./support/paths.js";
import { simulatorForGenerated } from "./support/pools.js";
import { poolRequest } from "./support/requests.js";
import type { Obj } from "./support/sim/index.js";
import { grpcFrame, HTTP2_PREFACE, idleConnections, rawGrpcCall, RUN_FUNCTION, sendRaw } from "./support/wire.js";

/** Reproducible junk. */
function junkBytes(n: number, seed: string): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; chunks.length * 32 < n; i++) chunks.push(createHash("sha256").update(`${seed}/${i}`).digest());
  return Buffer.concat(chunks).subarray(0, n);
}

async function healthy(fn: RunningFunction, creds?: grpc.ChannelCredentials, options?: grpc.ClientOptions): Promise<void> {
  expect(fn.process.exitCode, "the server exited").toBeNull();
  const client = functionClient(fn.port, creds, options);
  try {
    const rsp = await client.run(poolRequest(), 5000);
    expect(rsp.results[0]?.severity).toBe(Severity.SEVERITY_NORMAL);
  } finally {
    client.close();
  }
}

const reason = missing();

describe.skipIf(reason !== undefined)("wire-level faults against the real server", () => {
  describe("over plaintext", () => {
    let fn: RunningFunction;
    let faults = 0;
    beforeAll(async () => {
      fn = await startFunction(["--insecure"]);
    });
    afterAll(async () => {
      console.log(`[wire] ${faults} wire faults survived over plaintext, a good call after each`);
      await fn?.stop();
    });

    it("closes connections that send junk, HTTP/1.1 or a TLS handshake, and keeps serving", async () => {
      const attempts: Array<[string, Buffer, boolean?]> = [
        ["64 KiB of junk", junkBytes(64 * 1024, "tcp"), false],
        ["one junk byte", Buffer.from([0xff]), false],
        ["HTTP/1.1 GET", Buffer.from("GET / HTTP/1.1\r\nHost: fn\r\n\r\n"), false],
        [
          "HTTP/1.1 upgrade to h2c",
          Buffer.from(
            "GET / HTTP/1.1\r\nHost: fn\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n",
          ),
          false,
        ],
        ["HTTP/2 preface then junk frames", Buffer.concat([HTTP2_PREFACE, junkBytes(4096, "frames")]), false],
        [
          "a frame header claiming 16 MiB",
          Buffer.concat([HTTP2_PREFACE, Buffer.from([0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01])]),
          false,
        ],
        ["a TLS ClientHello", Buffer.from("hello"), true],
      ];
      for (const [what, bytes, tls] of attempts) {
        const outcome = await sendRaw(fn.port, bytes, { tls: tls ?? false, waitMs: 10_000 });
        expect(outcome.closedByServer, `${what}: the server kept a broken connection open`).toBe(true);
        await healthy(fn);
        faults++;
      }
    });

    it("answers broken gRPC framing and unknown methods with a gRPC error, not a crash", async () => {
      const good = Buffer.from(RunFunctionRequest.encode(poolRequest()).finish());
      const calls: Array<[string, string, Buffer, Record<string, string>, number[]]> = [
        ["junk instead of a protobuf message", RUN_FUNCTION, grpcFrame(junkBytes(300, "pb")), {}, [grpc.status.INTERNAL]],
        [
          "a frame declaring more bytes than it has",
          RUN_FUNCTION,
          grpcFrame(good, { declaredLength: good.length + 100 }),
          {},
          [grpc.status.INTERNAL, grpc.status.UNIMPLEMENTED],
        ],
        // grpc-js reads the flag without a grpc-encoding as identity; the payload is plain, so it is served.
        ["a compressed flag without an encoding", RUN_FUNCTION, grpcFrame(good, { compressed: true }), {}, [grpc.status.OK]],
        [
          "an unknown compression",
          RUN_FUNCTION,
          grpcFrame(good, { compressed: true }),
          { "grpc-encoding": "lz77" },
          [grpc.status.UNIMPLEMENTED, grpc.status.INTERNAL],
        ],
        [
          "two messages on a unary call",
          RUN_FUNCTION,
          Buffer.concat([grpcFrame(good), grpcFrame(good)]),
          {},
          [grpc.status.UNIMPLEMENTED, grpc.status.INTERNAL],
        ],
        ["no message at all", RUN_FUNCTION, Buffer.alloc(0), {}, [grpc.status.UNIMPLEMENTED, grpc.status.INTERNAL]],
        ["an unknown method", "/apiextensions.fn.proto.v1.FunctionRunnerService/Delete", grpcFrame(good), {}, [grpc.status.UNIMPLEMENTED]],
        ["an unknown service", "/x.Y/Z", grpcFrame(good), {}, [grpc.status.UNIMPLEMENTED]],
      ];
      for (const [what, path, body, headers, expected] of calls) {
        const out = await rawGrpcCall(fn.port, path, body, headers);
        expect(expected, `${what}: got ${JSON.stringify(out)}`).toContain(out.grpcStatus);
        await healthy(fn);
        faults++;
      }
    });

    it("serves while 100 connections sit idle or half-open, and after 200 calls are cancelled", async () => {
      const closeIdle = await idleConnections(fn.port, 50);
      const closeHalf = await idleConnections(fn.port, 50, HTTP2_PREFACE.subarray(0, 10));
      await healthy(fn);
      closeIdle();
      closeHalf();
      faults += 2;

      const client = functionClient(fn.port);
      const outcomes = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          client.run(poolRequest({ name: `c${i}` }), 1).then(
            () => "ok",
            (e: grpc.ServiceError) => e.code,
          ),
        ),
      );
      client.close();
      expect(outcomes.every((o) => o === "ok" || o === grpc.status.DEADLINE_EXCEEDED)).toBe(true);
      await healthy(fn);
      faults++;
    });
  });

  describe("with mTLS", () => {
    let pki: TestPki;
    let other: TestPki;
    let fn: RunningFunction;
    const tlsOptions = { "grpc.ssl_target_name_override": "localhost" };
    beforeAll(async () => {
      pki = makePki();
      other = makePki();
      fn = await startFunctionWithTls(pki);
    });
    afterAll(async () => {
      await fn?.stop();
    });

    it("rejects junk, HTTP/2 in the clear and a client certificate from another CA, and keeps serving", async () => {
      const good = grpc.credentials.createSsl(pki.ca, pki.clientKey, pki.clientCert);
      for (const bytes of [junkBytes(8192, "tls"), Buffer.concat([HTTP2_PREFACE, junkBytes(512, "h2")])]) {
        expect((await sendRaw(fn.port, bytes, { waitMs: 10_000 })).closedByServer).toBe(true);
        await healthy(fn, good, tlsOptions);
      }
      const stranger = functionClient(fn.port, grpc.credentials.createSsl(pki.ca, other.clientKey, other.clientCert), tlsOptions);
      await expect(stranger.run(poolRequest(), 3000)).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
      stranger.close();
      await healthy(fn, good, tlsOptions);
      console.log("[wire] 3 faults survived under mTLS (junk, cleartext HTTP/2, a certificate from another CA)");
    });
  });

  describe("output and logs over the wire (--debug)", () => {
    let fn: RunningFunction;
    beforeAll(async () => {
      fn = await startFunction(["--insecure", "--debug"]);
    });
    afterAll(async () => {
      await fn?.stop();
    });

    it("gives the same bytes for the same request, and logs no credential, for generated pools", async () => {
      const requests: RunFunctionRequest[] = [];
      for (const p of fc.sample(validPool, { numRuns: 40, seed: 7 })) {
        const { sim } = simulatorForGenerated(p);
        await sim.untilReady(3);
        for (const h of sim.history) for (const c of h.calls) requests.push(c.request);
      }
      const client = functionClient(fn.port);
      const seen: Array<Obj | undefined> = [];
      for (const req of requests) {
        const [a, b] = [await client.run(req), await client.run(req)];
        expect(encoded(a).equals(encoded(b as RunFunctionResponse))).toBe(true);
        for (const r of Object.values(req.observed?.resources ?? {})) seen.push(r.resource);
        for (const r of Object.values(req.requiredResources ?? {})) for (const item of r.items) seen.push(item.resource);
        for (const r of Object.values(a.desired?.resources ?? {})) seen.push(r.resource);
      }
      client.close();
      const credentials = credentialsIn(seen);
      const runLines = (logs: string) => logs.split("\n").filter((l) => l.includes('"msg":"RunFunction"')).length;
      const logs = await fn.logsWhen((l) => runLines(l) >= requests.length * 2);
      const lines = runLines(logs);
      expect(lines).toBe(requests.length * 2);
      for (const c of credentials) {
        expect(
          logs.includes(c) || logs.includes(Buffer.from(c).toString("base64")),
          `a credential (${c.slice(0, 4)}...) is in the log`,
        ).toBe(false);
      }
      console.log(
        `[wire] ${requests.length * 2} calls over the wire: same request, same bytes; ${lines} debug log lines scanned for ${credentials.size} credentials, none found`,
      );
    });
  });
});
