// The ONLY place where rendered content is changed: network addresses, so that a pod rendered for a
// cluster runs on this machine's loopback interface next to other pods. `rewriteAddresses` changes
// exactly these, and nothing else (no other key, file, mode, argument or variable):
//  - env from the downward API `status.podIP` / `status.hostIP` becomes 127.0.0.1, the pod's
//    address here (in a cluster NODE_IP is the pod IP);
//  - containerPorts become loopback ports, and probes follow since they name ports;
//  - in livekit.yaml (the file `--config` names): `port`, `rtc.tcp_port`, `rtc.port_range_start`,
//    `rtc.port_range_end` and `prometheus.port` become loopback ports. They go through the same map
//    as the containerPorts, so a port the Deployment and the config disagree on still disagrees.
//    (In a network namespace of the pod's own the map is the identity: `PortPlacement`.);
//  - `bind_addresses` is set to [127.0.0.1], because LiveKit listens on every interface otherwise
//    (LiveKit's ICE/TCP listener ignores it and still binds the wildcard address, on a free port);
//  - `rtc.enable_loopback_candidate` is set to true: the pod's address is now a loopback one, and
//    without it LiveKit offers no ICE candidate at all on loopback (its answer has none, so no media
//    could flow). In a cluster the pod IP is not a loopback address and the key is not needed;
//  - `redis.address` (the embedded Service's DNS name, an external host or a cloud endpoint)
//    becomes the loopback address of the test's redis-server. `redis.tls.server_name` is not an
//    address and stays; without it LiveKit verifies the host it dials, so for an IP endpoint
//    (Memorystore) the test certificate carries 127.0.0.1. TURN addresses are not rewritten: the
//    test's stand-in Gateway reports a loopback address itself.
import { createSocket } from "node:dgram";
import { parseDocument } from "yaml";
import type { PodPlan } from "./pod.js";
import { freeTcpPort } from "./processes.js";

export const LOOPBACK = "127.0.0.1";

export interface LoopbackNet {
  /** The pod's own address here. */
  podIP: string;
  /** Port in the cluster -> loopback port on this machine. */
  ports: Map<number, number>;
  /** `host:port` of a Service as rendered -> `127.0.0.1:port` of the process standing in for it. */
  services: Map<string, string>;
}

/** livekit.yaml keys that hold ports, by path. */
export const CONFIG_PORT_KEYS = [
  ["port"],
  ["rtc", "tcp_port"],
  ["rtc", "port_range_start"],
  ["rtc", "port_range_end"],
  ["prometheus", "port"],
];
const ADDRESS_FIELDS = new Set(["status.podIP", "status.hostIP"]);

function fail(message: string): never {
  throw new Error(`address rewrite: ${message}`);
}

/** The livekit.yaml path the container is started with. */
export function configPathOf(plan: PodPlan): string {
  const i = plan.args.findIndex((a) => a === "--config" || a.startsWith("--config="));
  if (i < 0) fail("the container is not started with --config <file>");
  const arg = plan.args[i]!;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (plan.args[i + 1] ?? fail("--config has no value"));
}

/** Rewrites the network addresses of a pod plan (see the header); returns a new plan. */
export function rewriteAddresses(plan: PodPlan, net: LoopbackNet): PodPlan {
  const port = (p: number) => net.ports.get(p) ?? fail(`no loopback port for port ${p}`);
  const configPath = configPathOf(plan);
  const rewriteConfig = (text: string) => {
    const doc = parseDocument(text);
    for (const path of CONFIG_PORT_KEYS) if (doc.hasIn(path)) doc.setIn(path, port(Number(doc.getIn(path))));
    doc.setIn(["bind_addresses"], doc.createNode([net.podIP]));
    doc.setIn(["rtc", "enable_loopback_candidate"], true);
    if (doc.hasIn(["redis", "address"])) {
      const address = String(doc.getIn(["redis", "address"]));
      doc.setIn(["redis", "address"], net.services.get(address) ?? fail(`no loopback address for Service ${address}`));
    }
    // Written back as the function writes it: JSON (which is YAML).
    return `${JSON.stringify(doc.toJS(), null, 2)}\n`;
  };
  let configFound = false;
  const volumes = plan.volumes.map((v) => {
    if (v.kind !== "secret") return v;
    const files = v.files.map((f) => {
      if (`${v.mountPath}/${f.path}` !== configPath) return f;
      configFound = true;
      return { ...f, content: Buffer.from(rewriteConfig(f.content.toString("utf8")), "utf8") };
    });
    return { ...v, files };
  });
  if (!configFound) fail(`${configPath} is not in any volume`);
  return {
    ...plan,
    env: plan.env.map((e) =>
      "value" in e ? e : ADDRESS_FIELDS.has(e.fieldPath) ? { name: e.name, value: net.podIP } : fail(`env ${e.name} from ${e.fieldPath}`),
    ),
    ports: plan.ports.map((p) => ({ ...p, containerPort: port(p.containerPort) })),
    volumes,
  };
}

// Choosing the loopback ports is not a rewrite: it only fills the map the rewrite reads.

function udpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createSocket("udp4");
    s.once("error", () => resolve(false));
    s.bind(port, LOOPBACK, () => s.close(() => resolve(true)));
  });
}

/** WebRTC UDP ports one test server gets: plenty for a few participants, and parallel servers
 * get disjoint blocks. */
export const UDP_RANGE_SIZE = 32;

async function freeUdpRange(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const start = 20000 + Math.floor(Math.random() * 1000) * UDP_RANGE_SIZE;
    const checks = await Promise.all(Array.from({ length: UDP_RANGE_SIZE }, (_, i) => udpPortFree(start + i)));
    if (checks.every(Boolean)) return start;
  }
  throw new Error("no free loopback UDP port range");
}

/** How a pod's ports are placed on this machine. */
export type PortPlacement =
  /** Beside other pods on the machine's loopback: free ports, and a free UDP block for the WebRTC
   * range, so servers run side by side. */
  | "free"
  /** In a network namespace of the pod's own, as in a cluster: every port stays as rendered (the
   * whole WebRTC range included), so what routes to it (STUNner's UDPRoute) needs no rewrite. */
  | "as-rendered";

/** A loopback network for one pod: a port for every container port and every port key of its
 * livekit.yaml, placed as `placement` says. */
export async function allocateLoopback(
  plan: PodPlan,
  configText: string,
  services = new Map<string, string>(),
  placement: PortPlacement = "free",
): Promise<LoopbackNet> {
  const doc = parseDocument(configText);
  const ports = new Map<number, number>();
  const start = doc.getIn(["rtc", "port_range_start"]);
  const end = doc.getIn(["rtc", "port_range_end"]);
  const tcp = [
    ...plan.ports.map((p) => p.containerPort),
    ...CONFIG_PORT_KEYS.filter((k) => k[0] !== "rtc" || k[1] === "tcp_port").map((k) => doc.getIn(k)),
  ];
  if (placement === "as-rendered") {
    for (const p of [start, end, ...tcp]) if (p !== undefined) ports.set(Number(p), Number(p));
    return { podIP: LOOPBACK, ports, services };
  }
  if (start !== undefined && end !== undefined) {
    const block = await freeUdpRange();
    ports.set(Number(start), block);
    ports.set(Number(end), block + UDP_RANGE_SIZE - 1);
  }
  for (const p of tcp) {
    if (p !== undefined && !ports.has(Number(p))) ports.set(Number(p), await freeTcpPort(LOOPBACK));
  }
  return { podIP: LOOPBACK, ports, services };
}
