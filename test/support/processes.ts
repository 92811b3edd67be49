// Small pieces shared by the harnesses that run real programs (LiveKit, Redis, STUNner) on loopback.
import type { ChildProcess } from "node:child_process";
import { createSocket } from "node:dgram";
import { createServer } from "node:net";

/** A TCP port on `host` nobody listens on right now. */
export function freeTcpPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, host, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A UDP port free on every interface right now (stunnerd binds its TURN-UDP listener on all). */
export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const sock = createSocket("udp4");
    sock.once("error", reject);
    sock.bind(0, () => {
      const { port } = sock.address();
      sock.close(() => resolve(port));
    });
  });
}

/** SIGTERM, then SIGKILL if the process has not exited within `graceMs`; resolves once it has. */
export async function terminate(child: ChildProcess, exited: Promise<unknown>, graceMs: number): Promise<void> {
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
