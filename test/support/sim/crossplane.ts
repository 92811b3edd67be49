// Crossplane's side of a reconcile, as in XP v2.2 (internal/xfn, internal/controller/apiextensions/
// composite): build the RunFunctionRequest from the XR and its composed resources, resolve the
// function's requirements (at most 5 re-runs, stable requirements required), stop on a FATAL
// result, garbage-collect what the desired state dropped, apply the rest with Crossplane's
// metadata (namespace, labels, annotation, controller reference), and write the XR's status and
// conditions (xr-status.ts). The cluster's controllers then settle before the next reconcile.
import { createHash } from "node:crypto";
import { Ready, RunFunctionRequest, RunFunctionResponse, Severity, type ResourceSelector } from "@crossplane-org/function-sdk-typescript";
import { Cluster } from "./cluster.js";
import { settle, slowWorld, type World } from "./controllers.js";
import { isClusterScoped, keyOf, objectKey, type Obj } from "./kube.js";
import { writeXrStatus } from "./xr-status.js";

export type RunFn = (req: RunFunctionRequest) => RunFunctionResponse | Promise<RunFunctionResponse>;

const MAX_REQUIREMENTS_ITERATIONS = 5;
const API_VERSION = "livekit.stunner.l7mp.io/v1alpha1";

export interface XrOptions {
  name: string;
  /** A namespaced XR (Crossplane v2); without it a legacy cluster-scoped XR. */
  namespace?: string;
  /** Legacy XRs only: the claim the XR is bound to. */
  claim?: { name: string; namespace: string };
  spec: Obj;
}

export interface PoolEvent {
  severity: "Normal" | "Warning";
  reason: string;
  message: string;
}

export interface ReconcileRecord {
  reconcile: number;
  /** Every RunFunction call of this reconcile (more than one when requirements were resolved). */
  calls: Array<{ request: RunFunctionRequest; response: RunFunctionResponse }>;
  response: RunFunctionResponse;
  /** Why the reconcile failed (Synced=False), if it did. */
  error?: string;
  fatal: boolean;
  applied: string[];
  deleted: string[];
  events: PoolEvent[];
  ready: boolean;
}

function shortHash(text: string, n = 5): string {
  return createHash("sha256").update(text).digest("hex").replace(/\d/g, "").slice(0, n).padEnd(n, "x");
}

/** Crossplane's Tag(req): a hash of the request, so identical requests carry identical tags
 * (JSON rather than the protobuf encoding: the same property, at a fraction of the cost). */
function tagOf(req: RunFunctionRequest): string {
  const buffers = (_k: string, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v);
  return createHash("sha256").update(JSON.stringify(req, buffers)).digest("hex");
}

function matchesLabels(o: Obj, labels: Record<string, string>): boolean {
  return Object.entries(labels).every(([k, v]) => o.metadata?.labels?.[k] === v);
}

export class Simulator {
  readonly cluster: Cluster;
  world: World;
  xr: Obj;
  claim?: Obj;
  readonly input: Obj | undefined;
  /** Composition resource name -> object key: Crossplane's spec.(crossplane.)resourceRefs. */
  readonly resourceRefs = new Map<string, string>();
  readonly history: ReconcileRecord[] = [];
  /** RunFunction calls made so far, over all reconciles. */
  functionCalls = 0;
  /** Objects left behind because the function renamed them (never deleted by Crossplane). */
  readonly orphans: string[] = [];
  /** Connection details a legacy XR published (its connection Secret). */
  xrConnectionDetails: Record<string, string> = {};
  private run: RunFn;

  constructor(opts: { run: RunFn; xr: XrOptions; input?: Obj; world?: World; cluster?: Cluster; uid?: string }) {
    this.run = opts.run;
    this.cluster = opts.cluster ?? new Cluster();
    this.world = opts.world ?? slowWorld();
    this.input = opts.input;
    const { name, namespace, claim, spec } = opts.xr;
    const uid = opts.uid ?? `xr-${shortHash(`${namespace}/${name}`, 8)}`;
    this.xr = {
      apiVersion: API_VERSION,
      kind: namespace ? "LiveKitPool" : "XLiveKitPool",
      metadata: {
        name,
        ...(namespace ? { namespace } : {}),
        uid,
        generation: 1,
        ...(claim ? { labels: { "crossplane.io/claim-name": claim.name, "crossplane.io/claim-namespace": claim.namespace } } : {}),
      },
      spec: namespace
        ? { ...spec, crossplane: { compositionRef: { name: "livekitpools" } } }
        : {
            ...spec,
            compositionRef: { name: "xlivekitpools" },
            ...(claim ? { claimRef: { apiVersion: API_VERSION, kind: "LiveKitPoolClaim", ...claim } } : {}),
          },
      status: {},
    };
    if (claim) this.claim = { apiVersion: API_VERSION, kind: "LiveKitPoolClaim", metadata: { ...claim }, spec, status: {} };
  }

  /** Swaps the function (a restarted process, or the real server instead of the handler). */
  setFunction(run: RunFn): void {
    this.run = run;
  }

  /** The observed composed object under a composition resource name. */
  observed(name: string): Obj | undefined {
    const key = this.resourceRefs.get(name);
    return key === undefined ? undefined : this.cluster.get(key);
  }

  /** Edits the spec, as a user does with kubectl apply (the XR's generation moves). */
  updateSpec(spec: Obj): void {
    const crossplaneFields = Object.fromEntries(
      Object.entries(this.xr.spec).filter(([k]) => ["crossplane", "compositionRef", "claimRef"].includes(k)),
    );
    this.xr.spec = { ...spec, ...crossplaneFields };
    this.xr.metadata.generation++;
  }

  private request(required: Record<string, Obj[]> | undefined): RunFunctionRequest {
    const resources: Record<string, { resource: Obj; connectionDetails: Record<string, Buffer> }> = {};
    for (const [name, key] of [...this.resourceRefs].sort(([a], [b]) => a.localeCompare(b))) {
      const o = this.cluster.get(key);
      if (!o) continue;
      const details = Object.fromEntries(Object.entries(this.cluster.connectionDetails(key)).map(([k, v]) => [k, Buffer.from(v)]));
      resources[name] = { resource: o, connectionDetails: details };
    }
    const req = RunFunctionRequest.fromPartial({
      meta: { tag: "", capabilities: [1, 2, 4] },
      observed: { composite: { resource: structuredClone(this.xr), connectionDetails: {} }, resources },
      desired: {},
      ...(this.input ? { input: structuredClone(this.input) } : {}),
      context: {},
      ...(required
        ? {
            requiredResources: Object.fromEntries(
              Object.entries(required).map(([k, items]) => [k, { items: items.map((resource) => ({ resource })) }]),
            ),
          }
        : {}),
    });
    req.meta!.tag = tagOf(req);
    return req;
  }

  private fetch(selector: ResourceSelector): Obj[] {
    if (selector.matchName !== undefined) {
      const o = this.cluster.get(keyOf(selector.apiVersion, selector.kind, selector.namespace, selector.matchName));
      return o ? [o] : [];
    }
    const labels = selector.matchLabels?.labels ?? {};
    return this.cluster
      .list()
      .filter(
        (o) =>
          o.kind === selector.kind &&
          (selector.namespace === undefined || o.metadata?.namespace === selector.namespace) &&
          matchesLabels(o, labels),
      )
      .sort((a, b) => objectKey(a).localeCompare(objectKey(b)));
  }

  /** The function pipeline with Crossplane's requirements loop (FetchingFunctionRunner). */
  private async runPipeline(calls: ReconcileRecord["calls"]): Promise<{ response?: RunFunctionResponse; error?: string }> {
    let required: Record<string, Obj[]> | undefined;
    let previous: string | undefined;
    for (let i = 0; i <= MAX_REQUIREMENTS_ITERATIONS; i++) {
      const request = this.request(required);
      let response: RunFunctionResponse;
      try {
        response = await this.run(request);
      } catch (err) {
        return { error: `cannot run function: ${err instanceof Error ? err.message : String(err)}` };
      } finally {
        this.functionCalls++;
      }
      calls.push({ request, response });
      if (response.results.some((r) => r.severity === Severity.SEVERITY_FATAL)) return { response };
      const selectors = response.requirements?.resources ?? {};
      if (Object.keys(selectors).length === 0) return { response };
      const current = JSON.stringify(Object.entries(selectors).sort(([a], [b]) => a.localeCompare(b)));
      if (current === previous) return { response };
      previous = current;
      required = Object.fromEntries(Object.entries(selectors).map(([k, s]) => [k, this.fetch(s)]));
    }
    return { error: `requirements didn't stabilize after the maximum number of iterations (${MAX_REQUIREMENTS_ITERATIONS})` };
  }

  /** RenderComposedResourceMetadata: what Crossplane stamps on every composed object. */
  private composedMetadata(name: string, desired: Obj): Obj {
    // Cluster.apply copies what it stores, so a shallow copy with fresh metadata is enough here.
    const o: Obj = { ...desired, metadata: { ...(desired.metadata ?? {}) } };
    const xrMeta = this.xr.metadata;
    if (!o.metadata.name) {
      const known = this.resourceRefs.get(name);
      o.metadata.name = known ? known.split("/").pop() : `${xrMeta.name}-${shortHash(`${xrMeta.uid}/${name}`)}`;
    }
    if (xrMeta.namespace) {
      if (isClusterScoped(o.apiVersion, o.kind)) {
        throw new Error(`cannot apply cluster scoped composed resource "${name}" (${o.kind}) for a namespaced composite resource`);
      }
      o.metadata.namespace = xrMeta.namespace;
    }
    o.metadata.labels = {
      ...o.metadata.labels,
      "crossplane.io/composite": xrMeta.name,
      ...(this.claim
        ? { "crossplane.io/claim-name": this.claim.metadata.name, "crossplane.io/claim-namespace": this.claim.metadata.namespace }
        : {}),
    };
    o.metadata.annotations = { ...o.metadata.annotations, "crossplane.io/composition-resource-name": name };
    o.metadata.ownerReferences = [
      {
        apiVersion: this.xr.apiVersion,
        kind: this.xr.kind,
        name: xrMeta.name,
        uid: xrMeta.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ];
    return o;
  }

  private controlledByOther(key: string): boolean {
    const existing = this.cluster.peek(key);
    const controller = (existing?.metadata?.ownerReferences ?? []).find((r: Obj) => r?.controller);
    return controller !== undefined && controller.uid !== this.xr.metadata.uid;
  }

  /** One reconcile of the XR, then one round of the cluster's controllers. */
  async reconcile(): Promise<ReconcileRecord> {
    const calls: ReconcileRecord["calls"] = [];
    const applied: string[] = [];
    const deleted: string[] = [];
    const events: PoolEvent[] = [];
    const composedReady = new Map<string, boolean>();
    const run = await this.runPipeline(calls);
    const response = run.response;
    let error = run.error;
    const fatal = response?.results.find((r) => r.severity === Severity.SEVERITY_FATAL);
    if (fatal) error = `pipeline step "livekit-pool" returned a fatal result: ${fatal.message}`;
    for (const r of response?.results ?? []) {
      if (r.severity === Severity.SEVERITY_NORMAL || r.severity === Severity.SEVERITY_WARNING) {
        events.push({
          severity: r.severity === Severity.SEVERITY_WARNING ? "Warning" : "Normal",
          reason: r.reason ?? "ComposeResources",
          message: r.message,
        });
      }
    }

    if (error === undefined && response) {
      const desired = response.desired?.resources ?? {};
      // Garbage collection first: observed resources the desired state no longer names.
      for (const [name, key] of [...this.resourceRefs]) {
        if (desired[name]) continue;
        if (this.cluster.delete(key)) deleted.push(name);
        this.resourceRefs.delete(name);
      }
      try {
        for (const name of Object.keys(desired).sort()) {
          const o = this.composedMetadata(name, desired[name]!.resource ?? {});
          const key = objectKey(o);
          if (this.controlledByOther(key))
            throw new Error(`cannot apply composed resource "${name}": existing object is not controlled by UID "${this.xr.metadata.uid}"`);
          const previous = this.resourceRefs.get(name);
          // A renamed object is not deleted by Crossplane: the old one is orphaned (until the XR goes).
          if (previous !== undefined && previous !== key) this.orphans.push(previous);
          this.resourceRefs.set(name, key);
          this.cluster.apply(o);
          applied.push(name);
          composedReady.set(name, desired[name]!.ready === Ready.READY_TRUE);
        }
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
    }
    if (error === undefined && response) {
      for (const [k, v] of Object.entries(response.desired?.composite?.connectionDetails ?? {}))
        this.xrConnectionDetails[k] = Buffer.from(v).toString();
    }
    const ready = writeXrStatus(this.xr, this.claim, {
      ...(response ? { response } : {}),
      ...(error !== undefined ? { error } : {}),
      composedReady,
    });
    settle(this.cluster, this.world);
    const record: ReconcileRecord = {
      reconcile: this.history.length + 1,
      calls,
      // No response at all only when the very first call failed (error says why).
      response: response ?? calls[calls.length - 1]?.response ?? RunFunctionResponse.fromPartial({}),
      ...(error !== undefined ? { error } : {}),
      fatal: fatal !== undefined,
      applied,
      deleted,
      events,
      ready,
    };
    this.history.push(record);
    return record;
  }

  /** Reconciles until the XR is Ready, at most `max` times; returns how many it took. */
  async untilReady(max: number): Promise<{ ready: boolean; reconciles: number }> {
    for (let i = 1; i <= max; i++) {
      const r = await this.reconcile();
      if (r.ready) return { ready: true, reconciles: i };
    }
    return { ready: false, reconciles: max };
  }
}
