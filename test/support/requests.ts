// RunFunctionRequests as Crossplane builds them, for tests that call the handler directly.
import { RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";
import { runFunction } from "../../function/handler.js";
import { minter } from "../../function/secrets/mint.js";

type Obj = Record<string, any>;

export const TEST_SEED = Buffer.alloc(32, 7);
export const deps = { mint: minter(TEST_SEED) };

export interface PoolRequest {
  name?: string;
  namespace?: string;
  uid?: string;
  spec?: Obj;
  claimRef?: Obj;
  input?: Obj;
  observed?: Record<string, Obj>;
  /** Connection details of observed resources (managed resources write them), by resource name. */
  connectionDetails?: Record<string, Record<string, string>>;
  desired?: Record<string, Obj>;
  /** Required resources Crossplane fetched for the function, by requirement name. */
  required?: Record<string, Obj[]>;
}

export function poolRequest(p: PoolRequest = {}): RunFunctionRequest {
  const namespaced = p.namespace !== "";
  const composite = {
    apiVersion: "livekit.stunner.l7mp.io/v1alpha1",
    kind: namespaced ? "LiveKitPool" : "XLiveKitPool",
    metadata: {
      name: p.name ?? "pool",
      ...(namespaced ? { namespace: p.namespace ?? "media" } : {}),
      uid: p.uid ?? "uid-1",
    },
    spec: { ...(p.spec ?? {}), ...(p.claimRef ? { claimRef: p.claimRef } : {}) },
  };
  return RunFunctionRequest.fromPartial({
    meta: { tag: "t" },
    observed: {
      composite: { resource: composite },
      resources: Object.fromEntries(
        Object.entries(p.observed ?? {}).map(([k, v]) => [
          k,
          {
            resource: v,
            connectionDetails: Object.fromEntries(Object.entries(p.connectionDetails?.[k] ?? {}).map(([ck, cv]) => [ck, Buffer.from(cv)])),
          },
        ]),
      ),
    },
    desired: {
      resources: Object.fromEntries(Object.entries(p.desired ?? {}).map(([k, v]) => [k, { resource: v }])),
    },
    ...(p.input ? { input: p.input } : {}),
    ...(p.required
      ? {
          requiredResources: Object.fromEntries(
            Object.entries(p.required).map(([k, items]) => [
              k,
              { items: items.map((resource) => ({ resource, connectionDetails: {}, ready: 0 })) },
            ]),
          ),
        }
      : {}),
  });
}

/** Desired objects of a response, by composition resource name. */
export function desiredObjects(req: RunFunctionRequest): Record<string, Obj> {
  const rsp = runFunction(req, deps).response;
  return Object.fromEntries(Object.entries(rsp.desired?.resources ?? {}).map(([k, v]) => [k, v.resource as Obj]));
}

/** Feeds a response's desired objects back as observed state, as Crossplane does after applying. */
export function observedFrom(req: RunFunctionRequest): Record<string, Obj> {
  return desiredObjects(req);
}
