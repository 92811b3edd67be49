// The pools of the scale benchmark: namespaced XRs across ten namespaces, in the mix a platform
// sees (plain, public networking, embedded Redis, Ingress on), the same specs for both functions.
import type { Obj } from "../../test/support/control-plane/client.js";

export const API = "livekit.stunner.l7mp.io/v1alpha1";
export const NAMESPACES_PER_FUNCTION = 10;

/** The four kinds of pool, in the order the mix cycles through them. */
export const MIX = ["plain", "public", "redis", "ingress"] as const;
export type PoolKind = (typeof MIX)[number];

export function poolSpec(kind: PoolKind, name: string): Obj {
  const server = { replicas: 1 };
  switch (kind) {
    case "plain":
      return { server };
    case "public":
      return { server, networking: { hostname: `${name}.example.com` } };
    case "redis":
      return { server, redis: { mode: "embedded" } };
    case "ingress":
      return { server, ingress: { enabled: true } };
  }
}

export interface BenchPool {
  kind: PoolKind;
  name: string;
  namespace: string;
}

/** N pools for one function: `<prefix>-<i>` in namespaces `<prefix>-0` .. `<prefix>-9`. */
export function benchPools(prefix: string, n: number): BenchPool[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: MIX[i % MIX.length]!,
    name: `${prefix}-${i}`,
    namespace: `${prefix}-${i % NAMESPACES_PER_FUNCTION}`,
  }));
}

/** The XR of a pool; `composition` names the Composition it uses (the peer's), or the default. */
export function poolObject(p: BenchPool, composition?: string): Obj {
  return {
    apiVersion: API,
    kind: "LiveKitPool",
    metadata: { name: p.name, namespace: p.namespace, labels: { "bench.livekit.stunner.l7mp.io/kind": p.kind } },
    spec: { ...poolSpec(p.kind, p.name), ...(composition ? { crossplane: { compositionRef: { name: composition } } } : {}) },
  };
}
