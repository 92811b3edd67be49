// The runtime image's start, reproduced without Docker. The image builds dist/main.blob, a V8
// startup snapshot of the server, from dist/snapshot.cjs with its own Node 24 (Dockerfile, snapshot
// stage) and starts from it. Here the same script builds it with the pinned Node 24, in a directory
// holding only what that stage holds (the Dockerfile's own RUN and ENTRYPOINT, read from it), and
// the server started from it is used as Crossplane uses it: it must answer as dist/main.js does.
import * as grpc from "@grpc/grpc-js";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePki, type TestPki } from "./support/certs.js";
import { startFunction, startFunctionWithTls } from "./support/function-server.js";
import { functionClient } from "./support/grpc-client.js";
import { missing, NODE24_BIN, ROOT, skipOrFail, SNAPSHOT_BUILDER } from "./support/paths.js";
import { poolRequest } from "./support/requests.js";

const reason =
  missing() ?? (existsSync(NODE24_BIN) ? undefined : skipOrFail(["Node 24 is not in .cache/node24 (scripts/ensure-node24.sh)"]));

const DOCKERFILE = readFileSync(join(ROOT, "Dockerfile"), "utf8");
/** An exec-form instruction of the Dockerfile's snapshot and image stages, with the image's Node and
 * its /fn directory replaced by `node` and `dir`. */
function instruction(name: "RUN" | "ENTRYPOINT", node: string, dir: string): string[] {
  const line = DOCKERFILE.split("\n").find((l) => l.startsWith(`${name} ["/nodejs/bin/node"`));
  if (!line) throw new Error(`the Dockerfile has no ${name} of /nodejs/bin/node`);
  return (JSON.parse(line.slice(name.length)) as string[]).map((arg) =>
    arg === "/nodejs/bin/node" ? node : arg.replace(/^\/fn\//, `${dir}/`),
  );
}

/** Runs the snapshot stage's RUN with `node` in `dir`, which holds what that stage holds: the
 * snapshot bundle and the script alone. */
function buildSnapshot(node: string, dir: string) {
  mkdirSync(join(dir, "dist"), { recursive: true });
  mkdirSync(join(dir, "scripts"), { recursive: true });
  copyFileSync(SNAPSHOT_BUILDER, join(dir, "dist/snapshot.cjs"));
  copyFileSync(join(ROOT, "scripts/build-snapshot.mjs"), join(dir, "scripts/build-snapshot.mjs"));
  const [command, ...args] = instruction("RUN", node, dir);
  return spawnSync(command!, args, { cwd: dir, encoding: "utf8", timeout: 300_000 });
}

describe.skipIf(reason !== undefined)("the runtime image's start: the server from a V8 startup snapshot on Node 24", () => {
  let image: string;
  let launch: string[];
  let pki: TestPki;
  beforeAll(() => {
    image = mkdtempSync(join(tmpdir(), "lkp-snapshot-"));
    const built = buildSnapshot(NODE24_BIN, image);
    expect(built.status, built.stderr).toBe(0);
    // The image's ENTRYPOINT, flags appended as Crossplane appends them.
    launch = instruction("ENTRYPOINT", NODE24_BIN, image);
    pki = makePki();
  }, 300_000);
  afterAll(() => {
    rmSync(image, { recursive: true, force: true });
  });

  it("answers a RunFunction call byte for byte as dist/main.js does", async () => {
    const bundle = await startFunction(["--insecure"]);
    const snapshot = await startFunction(["--insecure"], {}, launch);
    try {
      const fromBundle = functionClient(bundle.port);
      const fromSnapshot = functionClient(snapshot.port);
      // The second call of a reconcile: everything observed, so nothing is minted from either
      // process's own random seed and the two answers can be compared whole.
      const first = await fromBundle.run(poolRequest({ name: "snap" }));
      const observed = Object.fromEntries(Object.entries(first.desired!.resources).map(([k, v]) => [k, v.resource!]));
      const req = poolRequest({ name: "snap", observed });
      const [a, b] = await Promise.all([fromBundle.run(req), fromSnapshot.run(req)]);
      fromBundle.close();
      fromSnapshot.close();
      expect(Object.keys(b.desired!.resources), JSON.stringify(b.results)).toContain("server-deployment");
      expect(Buffer.from(RunFunctionResponse.encode(b).finish()).equals(Buffer.from(RunFunctionResponse.encode(a).finish()))).toBe(true);
    } finally {
      await Promise.all([bundle.stop(), snapshot.stop()]);
    }
  });

  it("requires and verifies client certificates under mTLS (node:tls is loaded only once it serves)", async () => {
    const fn = await startFunctionWithTls(pki, [], launch);
    try {
      const good = functionClient(fn.port, grpc.credentials.createSsl(pki.ca, pki.clientKey, pki.clientCert), {
        "grpc.ssl_target_name_override": "localhost",
      });
      const rsp = await good.run(poolRequest());
      good.close();
      expect(Object.keys(rsp.desired!.resources)).toContain("server-deployment");
      const anonymous = functionClient(fn.port, grpc.credentials.createSsl(pki.ca), { "grpc.ssl_target_name_override": "localhost" });
      await expect(anonymous.run(poolRequest(), 3000)).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
      anonymous.close();
    } finally {
      await fn.stop();
    }
  });

  it("drains on SIGTERM and exits 0, every log line JSON", async () => {
    const fn = await startFunction(["--insecure", "--debug"], {}, launch);
    const client = functionClient(fn.port);
    await client.run(poolRequest());
    client.close();
    expect(await fn.stop("SIGTERM")).toBe(0);
    expect(fn.logs()).toMatch(/"how":"drained"/);
    for (const line of fn.logs().trim().split("\n")) expect(() => JSON.parse(line), line).not.toThrow();
  });

  it("names the environment variables it read at image build that are set now, which have no effect", async () => {
    const fn = await startFunction(["--insecure"], { GRPC_VERBOSITY: "DEBUG" }, launch);
    await fn.stop();
    const warning = fn
      .logs()
      .split("\n")
      .find((l) => l.includes("have no effect"));
    expect(JSON.parse(warning!)).toMatchObject({ level: 40 });
    expect(JSON.parse(warning!).names).toContain("GRPC_VERBOSITY");
  });

  it.skipIf(Number(process.versions.node.split(".")[0]) >= 24)("is not built by an older Node, which the image's Node would refuse", () => {
    const dir = mkdtempSync(join(tmpdir(), "lkp-snapshot-old-"));
    try {
      const built = buildSnapshot(process.execPath, dir);
      expect(built.status).toBe(1);
      expect(built.stderr).toContain("runtime image runs Node 24");
      expect(existsSync(join(dir, "dist/main.blob"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
