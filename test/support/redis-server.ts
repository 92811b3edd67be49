// Debian's redis-server (scripts/ensure-redis.sh) standing in for the Redis a pool's LiveKit talks
// to: on a free loopback port, with the password the function generated (its `requirepass` line
// goes into a config file, never onto the command line), optionally TLS-only with a test CA's
// certificate. Bounded like the server pods: killed with the test process, stopped in afterAll.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { LOOPBACK } from "./loopback.js";
import { skipOrFail } from "./paths.js";
import { freeTcpPort, terminate } from "./processes.js";

const READY_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 3_000;

export interface RedisTls {
  cert: Buffer;
  key: Buffer;
}

export interface RedisOptions {
  /** `requirepass`: the password clients must give. */
  password?: string;
  /** Serve TLS only (no plain port), with this certificate. */
  tls?: RedisTls;
}

export interface RedisServer {
  /** `127.0.0.1:<port>` */
  address: string;
  port: number;
  /** Runs redis-cli against this server with its password (taken from the env, not argv). */
  cli(args: string[], opts?: { ca?: Buffer }): string;
  logTail(): string;
  stop(): Promise<void>;
}

/** Why the Redis suites cannot run here (a skip locally, a failure in CI), or undefined. */
export function redisMissing(): string | undefined {
  const reasons: string[] = [];
  for (const tool of ["redis-server", "redis-cli", "openssl"]) {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    } catch {
      reasons.push(`${tool} is missing (scripts/ensure-redis.sh installs Debian's redis-server)`);
    }
  }
  return skipOrFail(reasons);
}

export async function startRedis(opts: RedisOptions = {}): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), "lkp-redis-"));
  chmodSync(dir, 0o700);
  const port = await freeTcpPort(LOOPBACK);
  const conf = [
    `bind ${LOOPBACK}`,
    opts.tls ? "port 0" : `port ${port}`,
    `dir ${dir}`,
    'save ""',
    "appendonly no",
    ...(opts.password ? [`requirepass ${opts.password}`] : []),
    ...(opts.tls
      ? [`tls-port ${port}`, `tls-cert-file ${join(dir, "tls.crt")}`, `tls-key-file ${join(dir, "tls.key")}`, "tls-auth-clients no"]
      : []),
  ];
  if (opts.tls) {
    writeFileSync(join(dir, "tls.crt"), opts.tls.cert);
    writeFileSync(join(dir, "tls.key"), opts.tls.key, { mode: 0o600 });
  }
  writeFileSync(join(dir, "redis.conf"), `${conf.join("\n")}\n`, { mode: 0o600 });
  // setpriv: the server dies with the test process whatever happens to it.
  const child = spawn("setpriv", ["--pdeathsig=KILL", "--", "redis-server", join(dir, "redis.conf")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  for (const s of [child.stdout!, child.stderr!])
    s.on("data", (c: Buffer) => lines.push(...c.toString("utf8").split("\n").filter(Boolean)));
  let gone: string | undefined;
  const exited = new Promise<void>((resolve) => child.on("close", (code, signal) => ((gone = signal ?? `code ${code}`), resolve())));
  const logTail = () => `--- redis-server ${LOOPBACK}:${port} ---\n${lines.slice(-30).join("\n")}\n--- end of redis-server log ---`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (gone === undefined) await terminate(child, exited, STOP_GRACE_MS);
      rmSync(dir, { recursive: true, force: true });
    })());
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!lines.some((l) => l.includes("Ready to accept connections"))) {
    if (gone !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(`redis-server did not start (${gone ?? "timeout"})\n${logTail()}`);
    }
    await sleep(50);
  }
  const cli = (args: string[], cliOpts: { ca?: Buffer } = {}) => {
    const tlsArgs: string[] = [];
    if (opts.tls) {
      const ca = join(dir, "cli-ca.crt");
      writeFileSync(ca, cliOpts.ca ?? Buffer.alloc(0));
      tlsArgs.push("--tls", "--cacert", ca);
    }
    return execFileSync("redis-cli", ["-h", LOOPBACK, "-p", String(port), ...tlsArgs, "--no-auth-warning", ...args], {
      encoding: "utf8",
      env: { ...process.env, ...(opts.password ? { REDISCLI_AUTH: opts.password } : {}) },
      timeout: 5_000,
    }).trim();
  };
  return { address: `${LOOPBACK}:${port}`, port, cli, logTail, stop };
}

/** The password in an embedded pool's `auth.conf` (`requirepass <password>`), as Valkey reads it. */
export function requirepassOf(authConf: string): string {
  const m = /^requirepass (\S+)$/m.exec(authConf);
  if (!m) throw new Error("auth.conf has no requirepass line");
  return m[1]!;
}
