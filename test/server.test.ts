// The function server process: flags, required mTLS, bind failures, message limits, drain on
// SIGTERM, and logs free of secrets.
import * as grpc from "@grpc/grpc-js";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { RunFunctionRequest, Severity } from "@crossplane-org/function-sdk-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCrossplanePki, makePki, type CrossplanePki, type TestPki } from "./support/certs.js";
import { spawnFunction, startFunction, startFunctionWithTls, type RunningFunction } from "./support/function-server.js";
import { functionClient } from "./support/grpc-client.js";
import { CROSSPLANE_PKI_BIN, MAIN_JS, missing, ROOT, skipOrFail } from "./support/paths.js";
import { poolRequest } from "./support/requests.js";

function exitOf(child: ReturnType<typeof spawnFunction>): Promise<{ code: number | null; out: string }> {
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out })));
}

const reason = missing();
const crossplanePkiMissing = existsSync(CROSSPLANE_PKI_BIN)
  ? undefined
  : skipOrFail(["crossplane-pki is not built (scripts/ensure-crossplane.sh needs Go)"]);

describe.skipIf(reason !== undefined)("function server", () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = makePki();
  });

  it("prints its flags with --help and refuses unknown flags", async () => {
    const help = await exitOf(spawnFunction(["--help"]));
    expect(help.code).toBe(0);
    expect(help.out).toContain("--tls-server-certs-dir");
    const bad = await exitOf(spawnFunction(["--no-such-flag"]));
    expect(bad.code).toBe(2);
    expect(bad.out).toContain("no-such-flag");
  });

  // The bundle must need nothing from node_modules, which the repository's own runs would otherwise
  // find next to dist/: it runs wherever it is copied (and the runtime image's snapshot is built
  // from its twin dist/snapshot.cjs alone, test/snapshot.test.ts).
  it("runs from the bundle alone: dist/main.js and package.json, no node_modules", async () => {
    const image = mkdtempSync(join(tmpdir(), "lkp-image-"));
    try {
      mkdirSync(join(image, "dist"));
      copyFileSync(MAIN_JS, join(image, "dist/main.js"));
      copyFileSync(join(ROOT, "package.json"), join(image, "package.json"));
      // Node 24 (the image's) warns about deprecated built-ins outside node_modules by default;
      // Node 20 does so with --pending-deprecation. Every log line must stay JSON.
      const fn = await startFunction(["--insecure", "--debug"], { NODE_OPTIONS: "--pending-deprecation" }, [
        process.execPath,
        join(image, "dist/main.js"),
      ]);
      try {
        const client = functionClient(fn.port);
        const rsp = await client.run(poolRequest({ name: "bundled" }));
        client.close();
        expect(Object.keys(rsp.desired!.resources)).toContain("server-deployment");
      } finally {
        await fn.stop();
      }
      expect(fn.logs()).toMatch(/"xr":"bundled".*"msg":"RunFunction"/);
      expect(fn.logs()).not.toContain("DeprecationWarning");
      // The licence notices that replace the dependencies' own files in the image.
      const notices = readFileSync(join(dirname(MAIN_JS), "THIRD-PARTY-NOTICES.txt"), "utf8");
      for (const dep of ["@grpc/grpc-js@", "zod@", "pino@", "yaml@"]) expect(notices).toContain(dep);
    } finally {
      rmSync(image, { recursive: true, force: true });
    }
  });

  it("refuses to start without certificates unless --insecure", async () => {
    const r = await exitOf(spawnFunction(["--address", "127.0.0.1:0", "--tls-server-certs-dir", "/nonexistent"]));
    expect(r.code).toBe(1);
    expect(r.out).toContain("/nonexistent/tls.crt");
    expect(r.out).toContain("--insecure");
  });

  it("exits non-zero when its port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    const r = await exitOf(spawnFunction(["--insecure", "--address", `127.0.0.1:${port}`]));
    blocker.close();
    expect(r.code).toBe(1);
    expect(r.out).toContain("cannot start");
  });

  describe("with mTLS (certificates from TLS_SERVER_CERTS_DIR)", () => {
    let fn: RunningFunction;
    beforeAll(async () => {
      fn = await startFunctionWithTls(pki);
    });
    afterAll(async () => {
      await fn?.stop();
    });

    it("serves a client with a certificate from the CA", async () => {
      const client = functionClient(fn.port, grpc.credentials.createSsl(pki.ca, pki.clientKey, pki.clientCert), {
        "grpc.ssl_target_name_override": "localhost",
      });
      const rsp = await client.run(poolRequest());
      client.close();
      expect(Object.keys(rsp.desired!.resources)).toContain("server-deployment");
    });

    it("rejects a client without a certificate", async () => {
      const client = functionClient(fn.port, grpc.credentials.createSsl(pki.ca), { "grpc.ssl_target_name_override": "localhost" });
      await expect(client.run(poolRequest(), 3000)).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
      client.close();
    });

    it("rejects a plaintext client", async () => {
      const client = functionClient(fn.port);
      await expect(client.run(poolRequest(), 3000)).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
      client.close();
    });
  });

  // Crossplane's CA and leaves share one subject and carry no Authority Key ID, so OpenSSL takes its
  // client certificate for self-signed; the server verifies it by signature instead.
  describe.skipIf(crossplanePkiMissing !== undefined)("with mTLS on certificates shaped as Crossplane makes them", () => {
    let xp: CrossplanePki;
    let fn: RunningFunction;
    // The test client does not check the server's certificate (OpenSSL would refuse it for the same
    // reason); Crossplane's Go client does, by signature (test/e2e runs the real one).
    const connect = (key?: Buffer, cert?: Buffer) =>
      functionClient(fn.port, grpc.credentials.createSsl(xp.ca, key ?? null, cert ?? null, { rejectUnauthorized: false }), {
        "grpc.ssl_target_name_override": "function-livekit-pool.crossplane-system",
      });
    const served = (logs: string, name: string) => logs.includes(`"xr":"${name}"`);
    beforeAll(async () => {
      xp = makeCrossplanePki(CROSSPLANE_PKI_BIN);
      fn = await startFunctionWithTls({ ca: xp.ca, serverCert: xp.serverCert, serverKey: xp.serverKey }, ["--debug"]);
    });
    afterAll(async () => {
      await fn?.stop();
    });

    it("serves Crossplane's client certificate, which OpenSSL's own chain building refuses", async () => {
      const client = connect(xp.clientKey, xp.clientCert);
      const rsp = await client.run(poolRequest({ name: "from-crossplane" }));
      client.close();
      expect(Object.keys(rsp.desired!.resources)).toContain("server-deployment");
      expect(await fn.logsWhen((l) => served(l, "from-crossplane"))).toContain('"xr":"from-crossplane"');
    });

    it.each([
      ["no certificate", undefined, undefined, "no client certificate"],
      ["an expired certificate from the right CA", "expiredClientKey", "expiredClientCert", "is not valid now"],
      [
        "a certificate from a CA with Crossplane's name and another key",
        "impostorClientKey",
        "impostorClientCert",
        "not signed by a CA in ca.crt",
      ],
      ["a certificate of another CA", "otherClientKey", "otherClientCert", "not signed by a CA in ca.crt"],
      ["a server certificate of the right CA (not for client authentication)", "serverKey", "serverCert", "not for client authentication"],
    ] as const)("refuses a connection with %s before any call runs", async (_what, keyOf, certOf, why) => {
      const pair = { ...xp, otherClientKey: pki.clientKey, otherClientCert: pki.clientCert };
      const name = `refused-${keyOf ?? "none"}`;
      const client = connect(keyOf ? pair[keyOf] : undefined, certOf ? pair[certOf] : undefined);
      await expect(client.run(poolRequest({ name }), 3000)).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
      client.close();
      const logs = await fn.logsWhen((l) => l.includes(why));
      expect(logs).toMatch(new RegExp(`"reason":"[^"]*${why}[^"]*"[^\n]*refused a client connection`));
      expect(served(logs, name)).toBe(false);
      // and the server goes on serving Crossplane
      const good = connect(xp.clientKey, xp.clientCert);
      await good.run(poolRequest());
      good.close();
    });
  });

  it("refuses to start when ca.crt holds no readable certificate, naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lkp-fn-bad-ca-"));
    try {
      writeFileSync(join(dir, "tls.crt"), pki.serverCert);
      writeFileSync(join(dir, "tls.key"), pki.serverKey);
      writeFileSync(join(dir, "ca.crt"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
      const r = await exitOf(spawnFunction(["--address", "127.0.0.1:0", "--tls-server-certs-dir", dir]));
      expect(r.code).toBe(1);
      expect(r.out).toContain(`${join(dir, "ca.crt")}: certificate 1 cannot be read`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("over plaintext (--insecure, debug logging)", () => {
    let fn: RunningFunction;
    beforeAll(async () => {
      fn = await startFunction(["--insecure", "--debug", "--max-recv-message-size", "4"]);
    });
    afterAll(async () => {
      await fn?.stop();
    });

    it("refuses a 5 MiB request with RESOURCE_EXHAUSTED and keeps serving", async () => {
      const client = functionClient(fn.port);
      const big = poolRequest({ desired: { padding: { apiVersion: "v1", kind: "ConfigMap", data: { x: "x".repeat(5 * 1024 * 1024) } } } });
      await expect(client.run(big)).rejects.toMatchObject({ code: grpc.status.RESOURCE_EXHAUSTED });
      const rsp = await client.run(poolRequest());
      expect(rsp.results[0]?.severity).toBe(Severity.SEVERITY_NORMAL);
      client.close();
    });

    it("answers an empty request with a FATAL result, not a crash", async () => {
      const client = functionClient(fn.port);
      const rsp = await client.run(RunFunctionRequest.fromPartial({}));
      expect(rsp.results[0]).toMatchObject({ severity: Severity.SEVERITY_FATAL });
      expect(rsp.results[0]!.message).toContain("metadata.name");
      client.close();
    });

    it("logs no secret value, even at debug level", async () => {
      // Only this test's calls: they are the ones for the pool named "logged".
      const runLines = (logs: string) =>
        logs.split("\n").filter((l) => l.includes('"msg":"RunFunction"') && l.includes('"xr":"logged"')).length;
      const client = functionClient(fn.port);
      const first = await client.run(poolRequest({ name: "logged" }));
      const keys = first.desired!.resources["server-keys"]!.resource!;
      const observed = Object.fromEntries(Object.entries(first.desired!.resources).map(([k, v]) => [k, v.resource!]));
      await client.run(poolRequest({ name: "logged", observed }));
      client.close();
      const logs = await fn.logsWhen((l) => runLines(l) >= 2);
      expect(runLines(logs)).toBe(2);
      for (const encoded of Object.values<string>(keys.data)) {
        expect(logs).not.toContain(encoded);
        expect(logs).not.toContain(Buffer.from(encoded, "base64").toString());
      }
    });
  });

  it("drains on SIGTERM: every call in flight is answered or cleanly refused, then it exits 0", async () => {
    const fn = await startFunction(["--insecure", "--shutdown-timeout", "5"]);
    const client = functionClient(fn.port);
    await client.run(poolRequest()); // connected
    const calls = Array.from({ length: 100 }, (_, i) =>
      client.run(poolRequest({ name: `p${i}` })).then(
        () => "ok",
        (e: grpc.ServiceError) => e.code,
      ),
    );
    // Signal once the server is demonstrably working through the batch.
    await Promise.race(calls);
    const exit = fn.stop("SIGTERM");
    const outcomes = await Promise.all(calls);
    const code = await exit;
    client.close();
    expect(code).toBe(0);
    const counts = outcomes.reduce<Record<string, number>>((m, o) => ({ ...m, [String(o)]: (m[String(o)] ?? 0) + 1 }), {});
    // Refused calls fail with UNAVAILABLE (a retryable code), never hang or vanish.
    expect(Object.keys(counts).every((k) => k === "ok" || k === String(grpc.status.UNAVAILABLE))).toBe(true);
    expect(counts.ok ?? 0).toBeGreaterThan(0);
    // Within the drain deadline: the server's own account, not a clock the machine's load moves.
    expect(fn.logs()).toMatch(/"how":"drained"/);
  });
});
