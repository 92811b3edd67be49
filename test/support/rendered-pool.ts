// The objects the function renders for a pool, as a cluster would hold them once converged.
//
// They come from the handler (runFunction), not from `crossplane render`: the gRPC server returns
// exactly the handler's desired resources (function/server/grpc.ts only serializes them), and the
// render suite already proves, through the real CLI, that those are what Crossplane gets. Calling
// the handler keeps this suite independent of the crossplane CLI and fast.
//
// "Converged" means a second call whose observed state is the first call's desired state, as
// Crossplane does after applying: generated keys are then read back, not minted, and the config is
// the one a running pool keeps.
import { Severity } from "@crossplane-org/function-sdk-typescript";
import { runFunction } from "../../function/handler.js";
import { minter, newSeed } from "../../function/secrets/mint.js";
import { poolRequest } from "./requests.js";

type Obj = Record<string, any>;

export interface RenderedPool {
  /** Desired objects by composition resource name (server-config, server-deployment, ...). */
  objects: Record<string, Obj>;
  /** The composite's desired status (internalUrl, apiKeysSecret, ...). */
  status: Obj;
}

export interface PoolToRender {
  name?: string;
  namespace?: string;
  spec?: Obj;
}

function call(pool: PoolToRender, mint: ReturnType<typeof minter>, observed?: Record<string, Obj>) {
  const req = poolRequest({ name: pool.name ?? "e2e", namespace: pool.namespace ?? "media", uid: `uid-${pool.name ?? "e2e"}`, spec: pool.spec ?? {}, ...(observed ? { observed } : {}) });
  const rsp = runFunction(req, { mint }).response;
  const fatal = rsp.results.filter((r) => r.severity === Severity.SEVERITY_FATAL);
  if (fatal.length > 0) throw new Error(`the function refused the pool: ${fatal.map((r) => r.message).join("; ")}`);
  const objects = Object.fromEntries(Object.entries(rsp.desired?.resources ?? {}).map(([k, v]) => [k, v.resource as Obj]));
  return { objects, status: (rsp.desired?.composite?.resource?.status ?? {}) as Obj };
}

/** Renders the pool twice, the second time with the first desired objects observed. A fresh seed,
 * as a real function process would draw, mints the keys. */
export function renderPool(pool: PoolToRender = {}): RenderedPool {
  const mint = minter(newSeed());
  const first = call(pool, mint);
  return call(pool, mint, structuredClone(first.objects));
}

/** Every Secret of a rendered pool by name, plus any the test makes as a user would. */
export function secretStore(pool: RenderedPool, userSecrets: Obj[] = []): Map<string, Obj> {
  const secrets = [...Object.values(pool.objects).filter((o) => o.kind === "Secret"), ...userSecrets];
  return new Map(secrets.map((s) => [s.metadata.name as string, s]));
}
