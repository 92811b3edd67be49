// The benchmark's requests, built with the function itself so they look like what Crossplane sends:
//   small:  a new pool, nothing observed;
//   medium: a public pool (server, networking, connection Secret) with every composed object
//           observed ready, carrying the metadata the API server adds (uid, managedFields, ...);
//   large:  the medium pool plus 100 more observed objects (what a pool with ingress, egress and
//           cloud Redis brings, until those components exist: see BENCHMARKS.md).
// For function-patch-and-transform the same request carries a P&T Composition input whose bases
// are our own rendered objects, so both functions return the same objects.
import { RunFunctionRequest, RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import { runFunction } from "../function/handler.js";
import { minter } from "../function/secrets/mint.js";

type Obj = Record<string, any>;

const deps = { mint: minter(Buffer.alloc(32, 1)) };
const PLATFORM_INPUT = {
  apiVersion: "fn.livekit.stunner.l7mp.io/v1alpha1",
  kind: "PoolDefaults",
  networking: {
    turn: { authSecretRef: { name: "stunner-auth", namespace: "stunner-system" } },
    tlsIssuerRef: { name: "letsencrypt-prod", kind: "ClusterIssuer" },
  },
};
const PLATFORM_AUTH = {
  apiVersion: "v1",
  kind: "Secret",
  metadata: { name: "stunner-auth", namespace: "stunner-system" },
  data: { type: Buffer.from("ephemeral").toString("base64"), secret: Buffer.from("platform-shared-secret-0123456789").toString("base64") },
};

function composite(observedCount: number): Obj {
  return {
    apiVersion: "livekit.stunner.l7mp.io/v1alpha1",
    kind: "LiveKitPool",
    metadata: { name: "bench", namespace: "media", uid: "b3c1e000-0000-4000-8000-000000000001", generation: 1, resourceVersion: "1000" },
    spec: {
      crossplane: {
        compositionRef: { name: "livekitpools" },
        resourceRefs: Array.from({ length: observedCount }, (_, i) => ({ apiVersion: "v1", kind: "Secret", name: `r${i}` })),
      },
      server: { replicas: 3, resources: { requests: { cpu: "2", memory: "2Gi" } } },
      networking: { hostname: "meet.example.com", turn: { tcp: { enabled: true }, tls: { enabled: true } } },
    },
  };
}

/** What the API server adds to every object it stores. */
function asStored(obj: Obj, i: number): Obj {
  const copy = structuredClone(obj);
  copy.metadata = {
    ...copy.metadata,
    uid: `0000${i}-aaaa-4bbb-8ccc-${String(i).padStart(12, "0")}`,
    resourceVersion: String(2000 + i),
    generation: 1,
    creationTimestamp: "2026-11-01T10:00:00Z",
    ownerReferences: [
      {
        apiVersion: "livekit.stunner.l7mp.io/v1alpha1",
        kind: "LiveKitPool",
        name: "bench",
        uid: "b3c1e000-0000-4000-8000-000000000001",
        controller: true,
        blockOwnerDeletion: true,
      },
    ],
    managedFields: [
      {
        manager: "apiextensions.crossplane.io/composed/8f4c1a0e",
        operation: "Apply",
        apiVersion: obj.apiVersion,
        time: "2026-11-01T10:00:00Z",
        fieldsType: "FieldsV1",
        fieldsV1: {
          "f:metadata": { "f:labels": Object.fromEntries(Object.keys(obj.metadata?.labels ?? {}).map((k) => [`f:${k}`, {}])) },
          "f:spec": {},
        },
      },
    ],
  };
  return copy;
}

function readyStatus(obj: Obj): Obj {
  switch (obj.kind) {
    case "Deployment":
      return {
        observedGeneration: 1,
        replicas: 3,
        updatedReplicas: 3,
        readyReplicas: 3,
        availableReplicas: 3,
        conditions: [{ type: "Available", status: "True" }],
      };
    case "StatefulSet":
      return { observedGeneration: 1, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 };
    case "Gateway":
      return {
        addresses: [{ type: "IPAddress", value: "34.120.10.20" }],
        conditions: [
          { type: "Accepted", status: "True" },
          { type: "Programmed", status: "True" },
        ],
      };
    case "HTTPRoute":
    case "UDPRoute":
      return {
        parents: [{ parentRef: { name: "gw" }, controllerName: "example.io/gateway", conditions: [{ type: "Accepted", status: "True" }] }],
      };
    case "Certificate":
      return { conditions: [{ type: "Ready", status: "True" }], notAfter: "2027-02-01T00:00:00Z" };
    default:
      return {};
  }
}

function request(observed: Record<string, Obj>, observedCount: number, input: Obj): RunFunctionRequest {
  const req = RunFunctionRequest.fromPartial({
    meta: { tag: "bench" },
    observed: {
      composite: { resource: composite(observedCount) },
      resources: Object.fromEntries(Object.entries(observed).map(([k, v]) => [k, { resource: v }])),
    },
    input,
  });
  req.requiredResources = { "platform-turn-auth": { items: [{ resource: PLATFORM_AUTH, connectionDetails: {}, ready: 0 }] } };
  return req;
}

/** The pool's converged desired objects, as the function renders them once everything is observed
 * (embedded Redis first, then the server that waits for it). */
function convergedObjects(): Record<string, Obj> {
  let observed: Record<string, Obj> = {};
  for (let round = 0; round < 4; round++) {
    const rsp = runFunction(request(observed, 0, PLATFORM_INPUT), deps).response;
    observed = Object.fromEntries(
      Object.entries(rsp.desired!.resources).map(([k, r], i) => [
        k,
        { ...asStored(r.resource as Obj, i), status: readyStatus(r.resource as Obj) },
      ]),
    );
  }
  return observed;
}

export type Size = "small" | "medium" | "large";
export const EXTRA_OBJECTS_LARGE = 100;

/** Observed state of a pool with `extra` more objects beside its own. */
export function observedState(extra: number): Record<string, Obj> {
  const own = convergedObjects();
  const template = own["server-deployment"]!;
  const extras = Object.fromEntries(
    Array.from({ length: extra }, (_, i) => {
      const o = structuredClone(template);
      o.metadata.name = `bench-extra-${i}`;
      o.metadata.annotations = { "crossplane.io/composition-resource-name": `extra-${i}` };
      return [`extra-${i}`, o];
    }),
  );
  return { ...own, ...extras };
}

export function ourRequest(size: Size, extra = size === "large" ? EXTRA_OBJECTS_LARGE : 0): RunFunctionRequest {
  const observed = size === "small" ? {} : observedState(extra);
  return request(observed, Object.keys(observed).length, PLATFORM_INPUT);
}

/** Our response to each of our requests, by its number of observed resources: what the
 * equal-output floor sends back (bench/noop-function.mjs --responses). */
export function ourResponses(requests: RunFunctionRequest[]): Record<number, string> {
  return Object.fromEntries(
    requests.map((req) => [
      Object.keys(req.observed?.resources ?? {}).length,
      Buffer.from(RunFunctionResponse.encode(runFunction(req, deps).response).finish()).toString("base64"),
    ]),
  );
}

/** A P&T Composition input that renders the same objects: each base is one of our rendered
 * objects, with a few patches from the XR, as a hand-written P&T Composition would have. */
export function patchAndTransformRequest(size: Size, extra = size === "large" ? EXTRA_OBJECTS_LARGE : 0): RunFunctionRequest {
  const ours = runFunction(ourRequest(size, extra), deps).response.desired!.resources;
  const resources = Object.entries(ours).map(([name, r]) => {
    const base = structuredClone(r.resource as Obj);
    return {
      name,
      base,
      patches: [
        { type: "FromCompositeFieldPath", fromFieldPath: "metadata.name", toFieldPath: "metadata.labels[livekit.stunner.l7mp.io/pool]" },
        { type: "FromCompositeFieldPath", fromFieldPath: "metadata.namespace", toFieldPath: "metadata.namespace" },
        ...(base.kind === "Deployment"
          ? [{ type: "FromCompositeFieldPath", fromFieldPath: "spec.server.replicas", toFieldPath: "spec.replicas" }]
          : []),
      ],
    };
  });
  const observed = size === "small" ? {} : observedState(extra);
  return request(observed, Object.keys(observed).length, { apiVersion: "pt.fn.crossplane.io/v1beta1", kind: "Resources", resources });
}
