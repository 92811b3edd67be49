// STUNner's own TURN server and client, pinned (scripts/ensure-stunner.sh): stunnerd, the dataplane
// STUNner runs for a Gateway, and turncat, which relays a local UDP socket to a peer through a TURN
// allocation. The tests use them to show that the TURN credentials LiveKit hands a participant get
// an allocation from STUNner configured with the pool's auth Secret.
//
// In a cluster the STUNner operator turns the Gateway, its GatewayConfig's authRef Secret and the
// UDPRoute into stunnerd's config. Here the test writes that config itself, and only from what the
// operator reads: the Secret's `type` and its `username`/`password` or `secret` keys, under the same
// names; a listener of the Gateway (`stunnerdSpecForPool`) or on a free port (`startStunnerd`); a STATIC
// cluster for the UDPRoute's backend: the Service's endpoints with the route's port range, or the
// test's own peer.
import { spawn, type ChildProcess } from "node:child_process";
import { createSocket, type Socket } from "node:dgram";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stringify } from "yaml";
import { LOOPBACK } from "./loopback.js";
import { skipOrFail, STUNNERD_BIN, TURNCAT_BIN } from "./paths.js";
import { freeTcpPort, freeUdpPort, terminate } from "./processes.js";

type Obj = Record<string, any>;

const READY_TIMEOUT_MS = 10_000;
// stunnerd drains its allocations for minutes on SIGTERM: SIGKILL follows after a short grace
// (turncat needs none).
const STOP_GRACE_MS = 1_000;
const ECHO_TIMEOUT_MS = 5_000;

export function stunnerMissing(): string | undefined {
  return skipOrFail(stunnerReasons());
}

export function stunnerReasons(): string[] {
  return [STUNNERD_BIN, TURNCAT_BIN].filter((b) => !existsSync(b)).map((b) => `${b} is not built (scripts/ensure-stunner.sh needs Go)`);
}

interface Program {
  lines: string[];
  stop(): Promise<void>;
  logTail(): string;
}

function run(name: string, bin: string, args: string[]): Program & { gone(): string | undefined } {
  // setpriv: the program dies with the test process whatever happens to it.
  const child: ChildProcess = spawn("setpriv", ["--pdeathsig=KILL", "--", bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  for (const s of [child.stdout!, child.stderr!])
    s.on("data", (c: Buffer) => lines.push(...c.toString("utf8").split("\n").filter(Boolean)));
  let gone: string | undefined;
  // "close" comes after the output has ended; "error" (the program could not be spawned) ends it too.
  const exited = new Promise<void>((resolve) => {
    child.on("close", (code, signal) => ((gone = signal ?? `code ${code}`), resolve()));
    child.on("error", (err) => ((gone = `not started: ${err.message}`), resolve()));
  });
  let stopping: Promise<void> | undefined;
  return {
    lines,
    gone: () => gone,
    stop: () => (stopping ??= gone === undefined ? terminate(child, exited, STOP_GRACE_MS) : Promise.resolve()),
    logTail: () => `--- ${name} ---\n${lines.slice(-30).join("\n")}\n--- end of ${name} log ---`,
  };
}

export type TurnTransport = "udp" | "tcp";

export interface TurnServer extends Program {
  /** Its listener, as a TURN URI without credentials: `turn://host:port?transport=udp|tcp`. */
  uri: string;
}

/** What stunnerd is configured with, in the operator's terms. */
export interface StunnerdSpec {
  /** The auth Secret's data, decoded. */
  auth: Record<string, string>;
  listener: { name: string; transport: TurnTransport; address: string; port: number };
  /** The peers the listener's one route admits, as STUNner writes a cluster's endpoints:
   * `<ip>[/<prefix>][:<port-endPort>]`. */
  endpoints: string[];
}

/** Starts stunnerd with `spec` (stunnerd binds a TURN-UDP listener on every interface, whatever
 * its address) and waits until it is ready. */
export async function runStunnerd(spec: StunnerdSpec): Promise<TurnServer> {
  const { listener } = spec;
  const health = await freeTcpPort(LOOPBACK);
  const dir = mkdtempSync(join(tmpdir(), "lkp-stunner-"));
  const { type, ...credentials } = spec.auth;
  const config = {
    version: "v1",
    // stunner:DEBUG logs every authentication verdict, which the tests read.
    admin: { name: "lkp-test", loglevel: "all:INFO,stunner:DEBUG", healthcheck_endpoint: `http://${LOOPBACK}:${health}` },
    auth: { type, realm: "stunner.l7mp.io", credentials },
    listeners: [
      {
        name: listener.name,
        protocol: `TURN-${listener.transport.toUpperCase()}`,
        address: listener.address,
        port: listener.port,
        public_address: listener.address,
        public_port: listener.port,
        routes: ["media"],
      },
    ],
    clusters: [{ name: "media", type: "STATIC", endpoints: spec.endpoints }],
  };
  writeFileSync(join(dir, "stunnerd.yaml"), stringify(config), { mode: 0o600 });
  const program = run("stunnerd", STUNNERD_BIN, ["-c", `file://${join(dir, "stunnerd.yaml")}`]);
  const stop = async () => {
    await program.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const ready = await fetch(`http://${LOOPBACK}:${health}/ready`, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (program.gone() !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(`stunnerd did not become ready (${program.gone() ?? "timeout"})\n${program.logTail()}`);
    }
    await sleep(100);
  }
  return { ...program, stop, uri: `turn://${listener.address}:${listener.port}?transport=${listener.transport}` };
}

/** Starts stunnerd with one TURN-UDP or TURN-TCP listener on `host` (a free port) whose only route
 * is to `peer`, authenticating with the auth Secret's data (decoded). */
export async function startStunnerd(
  authSecret: Record<string, string>,
  host: string,
  peer: string,
  transport: TurnTransport = "udp",
): Promise<TurnServer> {
  const port = transport === "udp" ? await freeUdpPort() : await freeTcpPort("0.0.0.0");
  return runStunnerd({
    auth: authSecret,
    listener: { name: `turn-${transport}`, transport, address: host, port },
    endpoints: [`${peer}/32`],
  });
}

/** stunnerd as STUNner's operator would configure it for a rendered pool: the TURN Gateway's
 * listener for `transport`, at the address the Gateway reports and its rendered port; the
 * UDPRoute's backend, which must be the pool's server Service, becomes a cluster of that Service's
 * endpoints (`podIP`, where the server pod runs) with the route's port range. Run it where the
 * rendered ports are free (a network namespace of the test's own: netns.ts). */
export function stunnerdSpecForPool(
  objects: Record<string, Obj>,
  opts: { auth: Record<string, string>; gatewayAddress: string; transport: TurnTransport; podIP: string },
): StunnerdSpec {
  const gateway = objects["turn-gateway"];
  const route = objects["turn-route"];
  const service = objects["server-service"];
  if (!gateway || !route || !service) throw new Error("the pool rendered no TURN Gateway, UDPRoute or server Service");
  const protocol = `TURN-${opts.transport.toUpperCase()}`;
  const listener = (gateway.spec.listeners as Obj[]).find((l) => l.protocol === protocol);
  if (!listener) throw new Error(`the TURN Gateway has no ${protocol} listener`);
  if (!(route.spec.parentRefs as Obj[]).some((p) => p.name === gateway.metadata.name))
    throw new Error(`the UDPRoute is not attached to Gateway ${gateway.metadata.name}`);
  const endpoints = (route.spec.rules as Obj[]).flatMap((rule) =>
    (rule.backendRefs as Obj[]).map((ref) => {
      const named = { name: ref.name, namespace: ref.namespace ?? route.metadata.namespace };
      if (named.name !== service.metadata.name || named.namespace !== service.metadata.namespace)
        throw new Error(`the UDPRoute's backend ${named.namespace}/${named.name} is not the server Service`);
      // STUNner: port alone admits [port, port]; neither admits every port.
      return ref.port === undefined ? opts.podIP : `${opts.podIP}:<${ref.port}-${ref.endPort ?? ref.port}>`;
    }),
  );
  return {
    auth: opts.auth,
    listener: { name: listener.name, transport: opts.transport, address: opts.gatewayAddress, port: listener.port },
    endpoints,
  };
}

export interface UdpEcho {
  port: number;
  stop(): Promise<void>;
}

/** A UDP peer on loopback that sends every datagram back: the media endpoint behind STUNner. */
export function startUdpEcho(): Promise<UdpEcho> {
  return new Promise((resolve, reject) => {
    const sock: Socket = createSocket("udp4");
    sock.on("message", (msg, from) => sock.send(msg, from.port, from.address));
    sock.once("error", reject);
    sock.bind(0, LOOPBACK, () => resolve({ port: sock.address().port, stop: () => new Promise<void>((r) => sock.close(() => r())) }));
  });
}

/** Relays one datagram to the echo peer through a TURN allocation made with `username` and
 * `credential` (turncat), and tells whether it came back. */
export async function echoThroughTurn(
  server: TurnServer,
  username: string,
  credential: string,
  peer: UdpEcho,
): Promise<{ echoed: boolean; turncatLog: string }> {
  const listen = await freeUdpPort();
  const auth = `${encodeURIComponent(username)}:${encodeURIComponent(credential)}`;
  const turncat = run("turncat", TURNCAT_BIN, [
    "-l",
    "all:INFO",
    `udp://${LOOPBACK}:${listen}`,
    server.uri.replace("turn://", `turn://${auth}@`),
    `udp://${LOOPBACK}:${peer.port}`,
  ]);
  const client = createSocket("udp4");
  try {
    const payload = Buffer.from(`through-turn-${listen}`);
    let echoed = false;
    client.on("message", (msg) => (echoed ||= msg.equals(payload)));
    // Datagrams sent before turncat listens are lost (and may come back as errors): resend until the
    // answer arrives or the deadline passes. turncat allocates on the first datagram it receives.
    client.on("error", () => undefined);
    const deadline = Date.now() + ECHO_TIMEOUT_MS;
    const refused = () => turncat.lines.some((l) => l.includes("Relay setup failed"));
    while (!echoed && !refused() && Date.now() < deadline && turncat.gone() === undefined) {
      client.send(payload, listen, LOOPBACK);
      await sleep(200);
    }
    return { echoed, turncatLog: turncat.logTail() };
  } finally {
    client.close();
    await turncat.stop();
  }
}
