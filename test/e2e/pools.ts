// What the scenarios read from the API server about pools: their XRs, claims, composed objects,
// Secrets and Crossplane's reconciles of them.
import type { Kube, Obj, Ref } from "../support/control-plane/client.js";
import { isTrue } from "../support/control-plane/client.js";
import type { ManagedProcess } from "../support/control-plane/process.js";
import { eventually } from "../support/control-plane/wait.js";

export const API = "livekit.stunner.l7mp.io/v1alpha1";
/** Long enough for a busy 2-core machine; waits end as soon as the condition holds. */
export const SETTLE_MS = 180_000;

export const pool = (name: string, namespace: string): Ref => ({ apiVersion: API, kind: "LiveKitPool", name, namespace });
export const claim = (name: string, namespace: string): Ref => ({ apiVersion: API, kind: "LiveKitPoolClaim", name, namespace });
export const secret = (name: string, namespace: string): Ref => ({ apiVersion: "v1", kind: "Secret", name, namespace });
export const deployment = (name: string, namespace: string): Ref => ({ apiVersion: "apps/v1", kind: "Deployment", name, namespace });

export async function ensureNamespace(kube: Kube, name: string): Promise<void> {
  await kube.apply({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
}

/** The object once its Ready condition is True. */
export function ready(kube: Kube, ref: Ref, timeoutMs = SETTLE_MS): Promise<Obj> {
  return eventually(
    `${ref.kind} ${ref.namespace}/${ref.name} to be Ready`,
    async () => {
      const o = await kube.get(ref);
      return isTrue(o, "Ready") && isTrue(o, "Synced") ? o : undefined;
    },
    timeoutMs,
  );
}

/** The XR behind a namespaced pool or a claim. */
export async function compositeOf(kube: Kube, ref: Ref): Promise<Obj> {
  const o = await kube.mustGet(ref);
  if (ref.kind !== "LiveKitPoolClaim") return o;
  const xr = o.spec.resourceRef;
  return kube.mustGet({ apiVersion: xr.apiVersion, kind: xr.kind, name: xr.name });
}

/** Every object the XR composed, as Crossplane records them (resourceRefs), read from the API server. */
export async function composed(kube: Kube, xr: Obj): Promise<Obj[]> {
  const refs: Obj[] = xr.spec.crossplane?.resourceRefs ?? xr.spec.resourceRefs ?? [];
  const objects = await Promise.all(
    refs.map((r) =>
      kube.mustGet({ apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace ?? xr.metadata.namespace }),
    ),
  );
  return objects;
}

export const key = (o: Obj) => `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ""}/${o.metadata.name}`;

export function decoded(s: Obj): Record<string, string> {
  return Object.fromEntries(
    Object.entries((s.data ?? {}) as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]),
  );
}

/** Whether a line of Crossplane's debug log records a finished reconcile of the XR. */
function composedLine(xrName: string): RegExp {
  return new RegExp(`Successfully composed resources.*"name":"${xrName}"`);
}

/**
 * Makes Crossplane reconcile the XR `times` times (an annotation change is a watch event it acts on)
 * and waits for each reconcile to finish.
 */
export async function reconcileTimes(kube: Kube, crossplane: () => ManagedProcess, xr: Obj, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const process = crossplane();
    const mark = process.lineCount();
    await kube.mergePatch(
      { apiVersion: xr.apiVersion, kind: xr.kind, name: xr.metadata.name, namespace: xr.metadata.namespace },
      { metadata: { annotations: { "e2e.livekit.stunner.l7mp.io/nudge": `${Date.now()}-${i}` } } },
    );
    await eventually(
      `Crossplane to reconcile ${xr.kind} ${xr.metadata.name} again`,
      async () => process.linesSince(mark).some((l) => composedLine(xr.metadata.name).test(l)),
      SETTLE_MS,
    );
  }
}
