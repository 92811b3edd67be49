// Pools for the simulator: every combination of the features that change what the function
// composes, and a simulator set up for one of them (platform seeded, the shipped Composition's
// input, the user's key Secret when the pool names one).
import { runFunction } from "../../function/handler.js";
import { minter, type Minter } from "../../function/secrets/mint.js";
import { TEST_SEED } from "./requests.js";
import {
  Cluster,
  compositionInput,
  fakeCredential,
  fastWorld,
  seedPlatform,
  Simulator,
  type Obj,
  type RunFn,
  type World,
} from "./sim/index.js";

export type ScopeKind = "namespaced" | "legacy" | "claim";
export type Issuer = "platform" | "issuerRef" | "acme-http01" | "acme-dns01";
export type AddressKind = "ipv4" | "ipv6" | "hostname" | "fixed";

export interface Features {
  scope: ScopeKind;
  keys: "generated" | "user";
  replicas: number;
  networking?: {
    auth: "static" | "ephemeral";
    tcp: boolean;
    tls: boolean;
    address: AddressKind;
    issuer: Issuer;
  };
}

export const featureName = (f: Features) =>
  [
    f.scope,
    f.keys,
    `r${f.replicas}`,
    ...(f.networking ? Object.entries(f.networking).map(([k, v]) => `${k}=${v}`) : ["no-networking"]),
  ].join(" ");

/** Every networking combination for every scope, plus the server's variants without networking. */
export function allFeatureCombinations(): Features[] {
  const out: Features[] = [];
  for (const scope of ["namespaced", "legacy", "claim"] as const) {
    for (const keys of ["generated", "user"] as const) for (const replicas of [1, 3]) out.push({ scope, keys, replicas });
    for (const auth of ["static", "ephemeral"] as const)
      for (const tcp of [false, true])
        for (const tls of [false, true])
          for (const address of ["ipv4", "ipv6", "hostname", "fixed"] as const)
            for (const issuer of ["platform", "issuerRef", "acme-http01", "acme-dns01"] as const)
              out.push({ scope, keys: "generated", replicas: 1, networking: { auth, tcp, tls, address, issuer } });
  }
  return out;
}

const ADDRESSES: Record<Exclude<AddressKind, "fixed">, string> = {
  ipv4: "203.0.113.10",
  ipv6: "2001:db8::10",
  hostname: "a1b2.elb.us-east-1.amazonaws.com",
};

export function specFor(f: Features): Obj {
  const server: Obj = { replicas: f.replicas };
  if (f.keys === "user") server.apiKeys = { secretRef: { name: "team-keys" } };
  if (!f.networking) return { server };
  const n = f.networking;
  const tls =
    n.issuer === "issuerRef"
      ? { issuerRef: { name: "team-issuer", kind: "ClusterIssuer" } }
      : n.issuer === "acme-http01"
        ? { acme: { email: "ops@example.com" } }
        : n.issuer === "acme-dns01"
          ? {
              acme: {
                email: "ops@example.com",
                solver: "dns01",
                dns01: { cloudflare: { apiTokenSecretRef: { name: "cf", key: "token" } } },
              },
            }
          : undefined;
  return {
    server,
    networking: {
      hostname: "pool.example.com",
      turn: {
        ...(n.address === "fixed" ? { address: "198.51.100.7" } : {}),
        tcp: { enabled: n.tcp },
        tls: { enabled: n.tls },
        auth: { type: n.auth },
      },
      ...(tls ? { tls } : {}),
    },
  };
}

/** The user's own LiveKit key file, as a team would create it. */
export function userKeySecret(namespace: string): Obj {
  const line = `APIteam${fakeCredential("team-key", 9)}: ${fakeCredential("team-secret", 48)}\n`;
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "team-keys", namespace },
    data: { "keys.yaml": Buffer.from(line).toString("base64") },
  };
}

export const handlerRun =
  (mint: Minter = minter(TEST_SEED)): RunFn =>
  (req) =>
    runFunction(req, { mint }).response;

export interface PoolSetup {
  sim: Simulator;
  /** Namespace of the pool's objects. */
  namespace: string;
}

export function simulatorFor(f: Features, opts: { run?: RunFn; world?: World; name?: string; cluster?: Cluster } = {}): PoolSetup {
  const cluster = opts.cluster ?? new Cluster();
  seedPlatform(cluster, { turnAuth: f.networking?.auth ?? "static" });
  const world = opts.world ?? fastWorld();
  if (f.networking && f.networking.address !== "fixed") world.turnAddresses = [ADDRESSES[f.networking.address]];
  if (f.networking?.issuer === "issuerRef") {
    cluster.put({
      apiVersion: "cert-manager.io/v1",
      kind: "ClusterIssuer",
      metadata: { name: "team-issuer" },
      spec: {},
      status: { conditions: [{ type: "Ready", status: "True" }] },
    });
  }
  const name = opts.name ?? "pool";
  const namespace = f.scope === "namespaced" ? "team-a" : f.scope === "claim" ? "team-c" : "livekit";
  if (f.keys === "user") cluster.put(userKeySecret(namespace));
  const sim = new Simulator({
    run: opts.run ?? handlerRun(),
    cluster,
    world,
    input: compositionInput(f.scope === "namespaced" ? "namespaced" : "legacy"),
    xr: {
      name: f.scope === "claim" ? `${name}-x7k2p` : name,
      ...(f.scope === "namespaced" ? { namespace } : {}),
      ...(f.scope === "claim" ? { claim: { name, namespace } } : {}),
      spec: specFor(f),
    },
  });
  return { sim, namespace };
}

/** A simulator for a generated pool, with what its spec refers to already in the cluster (the
 * user's key Secret, the classes and issuers it names), so it can converge. */
export function simulatorForGenerated(
  p: { scope: ScopeKind; name: string; namespace: string; uid: string; spec: Obj; input: Obj },
  opts: { run?: RunFn; world?: World; cluster?: Cluster } = {},
): PoolSetup {
  const cluster = opts.cluster ?? new Cluster();
  seedPlatform(cluster, { turnAuth: p.spec.networking?.turn?.auth?.type ?? "static" });
  const namespace = p.scope === "legacy" ? (p.input.legacyNamespace ?? "livekit") : p.namespace;
  const keysRef = p.spec.server?.apiKeys?.secretRef;
  if (keysRef) {
    const line = `APIgen${fakeCredential(`${p.uid}-key`, 9)}: ${fakeCredential(`${p.uid}-secret`, 48)}\n`;
    cluster.put({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: keysRef.name, namespace },
      data: { [keysRef.key ?? "keys.yaml"]: Buffer.from(line).toString("base64") },
    });
  }
  const signalingClass = p.spec.networking?.signaling?.gatewayClassName;
  if (signalingClass) {
    cluster.put({
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "GatewayClass",
      metadata: { name: signalingClass },
      spec: { controllerName: "gateway.envoyproxy.io/gatewayclass-controller" },
      status: { conditions: [{ type: "Accepted", status: "True" }] },
    });
  }
  const issuer = p.spec.networking?.tls?.issuerRef;
  if (issuer) {
    const kind = issuer.kind ?? "ClusterIssuer";
    cluster.put({
      apiVersion: "cert-manager.io/v1",
      kind,
      metadata: { name: issuer.name, ...(kind === "Issuer" ? { namespace } : {}) },
      spec: {},
      status: { conditions: [{ type: "Ready", status: "True" }] },
    });
  }
  const world = opts.world ?? fastWorld();
  const claimName = p.name.slice(0, 57).replace(/[-.]+$/, "");
  const sim = new Simulator({
    run: opts.run ?? handlerRun(),
    cluster,
    world,
    input: p.input,
    uid: p.uid,
    xr: {
      name: p.scope === "claim" ? `${claimName}-x7k2p` : p.name,
      ...(p.scope === "namespaced" ? { namespace } : {}),
      ...(p.scope === "claim" ? { claim: { name: claimName, namespace } } : {}),
      spec: p.spec,
    },
  });
  return { sim, namespace };
}
