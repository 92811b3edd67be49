// The objects the function renders for a pool, as a cluster would hold them once converged.
//
// They come from the handler (runFunction), not from `crossplane render`: the gRPC server returns
// exactly the handler's desired resources (function/server/grpc.ts only serializes them), and the
// render suite already proves, through the real CLI, that those are what Crossplane gets. Calling
// the handler keeps this suite independent of the crossplane CLI and fast.
//
// "Converged" means calling again with the previous call's desired state observed, as Crossplane
// does after applying, until nothing changes: generated keys are then read back, not minted, and
// the config is the one a running pool keeps. The test plays the controllers in between (a
// `World`): it reports a StatefulSet ready, a Gateway's address, a managed resource Ready with its
// connection details, as they would in a cluster.
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
  /** Secrets written by others (a provider's connection Secret), which pods may read too. */
  externalSecrets: Obj[];
}

/** What the cluster around the function does, played by the test. */
export interface World {
  /** The function input (the platform's settings). */
  input?: Obj;
  /** Required resources Crossplane fetches for the function, by requirement name. */
  required?: Record<string, Obj[]>;
  /** Controllers: fill in the status of the applied objects (mutate `observed`), and return the
   * connection details providers publish, by resource name. Called before every call but the first. */
  controllers?: (observed: Record<string, Obj>) => Record<string, Record<string, string>> | void;
  /** Secrets the providers write for the converged objects (a managed resource's connection Secret). */
  providerSecrets?: (objects: Record<string, Obj>) => Obj[];
}

export interface PoolToRender {
  name?: string;
  /** "" for a cluster-scoped (legacy) XR, which then needs a `claimRef`. */
  namespace?: string;
  claimRef?: Obj;
  spec?: Obj;
  world?: World;
}

// Every variant converges in a handful of calls (Memorystore: Ready -> CA Secret -> server).
const MAX_CALLS = 8;

function call(
  pool: PoolToRender,
  mint: ReturnType<typeof minter>,
  observed?: Record<string, Obj>,
  connectionDetails?: Record<string, Record<string, string>>,
) {
  const world = pool.world ?? {};
  const req = poolRequest({
    name: pool.name ?? "e2e",
    namespace: pool.namespace ?? "media",
    uid: `uid-${pool.name ?? "e2e"}`,
    spec: pool.spec ?? {},
    ...(pool.claimRef ? { claimRef: pool.claimRef } : {}),
    ...(observed ? { observed } : {}),
    ...(connectionDetails ? { connectionDetails } : {}),
    ...(world.input ? { input: world.input } : {}),
    ...(world.required ? { required: world.required } : {}),
  });
  const rsp = runFunction(req, { mint }).response;
  const fatal = rsp.results.filter((r) => r.severity === Severity.SEVERITY_FATAL);
  if (fatal.length > 0) throw new Error(`the function refused the pool: ${fatal.map((r) => r.message).join("; ")}`);
  const objects = Object.fromEntries(Object.entries(rsp.desired?.resources ?? {}).map(([k, v]) => [k, v.resource as Obj]));
  return { objects, status: (rsp.desired?.composite?.resource?.status ?? {}) as Obj };
}

/** Renders the pool until it converges: each call observes the previous call's objects, with the
 * status the world's controllers give them. A fresh seed, as a real function process would draw,
 * mints the keys. */
export function renderPool(pool: PoolToRender = {}): RenderedPool {
  const mint = minter(newSeed());
  let last = call(pool, mint);
  for (let n = 1; n < MAX_CALLS; n++) {
    const observed = structuredClone(last.objects);
    const connectionDetails = pool.world?.controllers?.(observed) ?? undefined;
    const next = call(pool, mint, observed, connectionDetails);
    const converged = JSON.stringify(next.objects) === JSON.stringify(last.objects);
    last = next;
    if (converged) return { ...last, externalSecrets: pool.world?.providerSecrets?.(last.objects) ?? [] };
  }
  throw new Error(`the pool did not converge in ${MAX_CALLS} calls`);
}

/** Every Secret of a rendered pool by name, plus those others write and any the test makes as a
 * user would. */
export function secretStore(pool: RenderedPool, userSecrets: Obj[] = []): Map<string, Obj> {
  const secrets = [...Object.values(pool.objects).filter((o) => o.kind === "Secret"), ...pool.externalSecrets, ...userSecrets];
  return new Map(secrets.map((s) => [s.metadata.name as string, s]));
}
