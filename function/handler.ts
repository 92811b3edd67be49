// One RunFunction call: parse -> decompose -> discover -> compose -> readiness -> report, over the
// ordered list of components (pipeline/components.ts), then the protocol response. Pure apart from
// the injected minter; the server (server/) does all I/O.
import {
  Ready,
  Severity,
  Status,
  Target,
  type Resource,
  type RunFunctionRequest,
  type RunFunctionResponse,
} from "@crossplane-org/function-sdk-typescript";
import type { ConnectionKeys, Observed } from "./model/cluster.js";
import type { Component } from "./model/component.js";
import { COMPONENTS } from "./pipeline/components.js";
import { compose, type ComposedPool } from "./pipeline/compose.js";
import { discover } from "./pipeline/discover.js";
import { parse } from "./pipeline/parse.js";
import { judgeReadiness } from "./pipeline/readiness.js";
import { report, type Report } from "./pipeline/report.js";
import { requiredResources } from "./pipeline/requirements.js";
import { decompose } from "./pipeline/views.js";
import type { Minter } from "./secrets/mint.js";

export interface HandlerDeps {
  mint: Minter;
  /** The pool's components, in stage order (default: pipeline/components.ts). */
  components?: ReadonlyArray<Component<unknown, unknown>>;
}

/** What the server logs about a call: names and counts only, never request content. */
export interface CallSummary {
  xr?: string;
  namespace?: string;
  outcome: "fatal" | "converging" | "ready";
  objects: number;
  events: number;
}

export interface HandlerResult {
  response: RunFunctionResponse;
  summary: CallSummary;
}

type Struct = Record<string, unknown>;

function observedObjects(req: RunFunctionRequest): Observed {
  const out: Record<string, unknown> = {};
  for (const [name, res] of Object.entries(req.observed?.resources ?? {})) {
    if (res?.resource) out[name] = res.resource;
  }
  return out;
}

/** The first match of each requirement; null when Crossplane looked and found nothing (it sends the
 * key without items), absent when it has not looked yet (the first call of a reconcile). */
function requiredObjects(req: RunFunctionRequest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, found] of Object.entries(req.requiredResources ?? {})) out[key] = found?.items?.[0]?.resource ?? null;
  return out;
}

function observedConnectionKeys(req: RunFunctionRequest): ConnectionKeys {
  const out: Record<string, ReadonlySet<string>> = {};
  for (const [name, res] of Object.entries(req.observed?.resources ?? {})) {
    const keys = Object.entries(res?.connectionDetails ?? {}).filter(([, value]) => value.length > 0);
    if (keys.length > 0) out[name] = new Set(keys.map(([key]) => key));
  }
  return out;
}

function resourceOf(object: Struct, ready: Ready): Resource {
  return { resource: object, connectionDetails: {}, ready };
}

function baseResponse(req: RunFunctionRequest, ttlSeconds: number): RunFunctionResponse {
  return {
    meta: { tag: req.meta?.tag ?? "", ttl: { seconds: ttlSeconds, nanos: 0 } },
    // Desired state from earlier pipeline steps passes through untouched.
    desired: { composite: req.desired?.composite, resources: { ...(req.desired?.resources ?? {}) } },
    results: [],
    ...(req.context !== undefined ? { context: req.context } : {}),
    requirements: undefined,
    conditions: [],
  };
}

function fatalResponse(req: RunFunctionRequest, message: string, reason: string): RunFunctionResponse {
  const rsp = baseResponse(req, 0);
  rsp.meta = { tag: req.meta?.tag ?? "", ttl: undefined };
  rsp.results.push({ severity: Severity.SEVERITY_FATAL, message, reason, target: Target.TARGET_COMPOSITE_AND_CLAIM });
  return rsp;
}

/** The XR's Ready. Crossplane derives it from the composed resources unless told otherwise, which
 * would call a pool Ready whose server is not composed yet, or whose TURN has no address. While
 * something composed is unready, Crossplane's own verdict (False, naming the unready resources)
 * is kept; once all are, the function decides: True only when every condition is. */
function compositeReadiness(rep: Report): Ready {
  if (rep.allReady) return Ready.READY_TRUE;
  return rep.composedReady ? Ready.READY_FALSE : Ready.READY_UNSPECIFIED;
}

function withOutcome(req: RunFunctionRequest, out: ComposedPool, ready: ReadonlyMap<string, boolean>, rep: Report) {
  const { objects, events } = out;
  const rsp = baseResponse(req, rep.ttlSeconds);
  const prior = (req.desired?.composite?.resource ?? {}) as Struct;
  const priorStatus = (prior.status ?? {}) as Struct;
  rsp.desired!.composite = resourceOf({ ...prior, status: { ...priorStatus, ...rep.status } }, compositeReadiness(rep));
  if (out.compositeConnectionDetails) {
    rsp.desired!.composite.connectionDetails = Object.fromEntries(
      Object.entries(out.compositeConnectionDetails).map(([k, v]) => [k, Buffer.from(v, "utf8")]),
    );
  }
  for (const o of objects) {
    rsp.desired!.resources[o.name] = resourceOf(o.object, ready.get(o.name) ? Ready.READY_TRUE : Ready.READY_FALSE);
  }
  for (const e of events) {
    rsp.results.push({
      severity: e.severity === "warning" ? Severity.SEVERITY_WARNING : Severity.SEVERITY_NORMAL,
      message: e.message,
      reason: e.reason,
      target: Target.TARGET_COMPOSITE,
    });
  }
  for (const c of rep.conditions) {
    rsp.conditions.push({
      type: c.type,
      status: c.status ? Status.STATUS_CONDITION_TRUE : Status.STATUS_CONDITION_FALSE,
      reason: c.reason,
      message: c.message,
      target: Target.TARGET_COMPOSITE_AND_CLAIM,
    });
  }
  return rsp;
}

/** Whose problems they are: the app team's (the XR: spec, metadata) or the platform team's (the
 * function input in the Composition), each said as such, the app team's first. */
function refusal(errors: string[]): { message: string; reason: string } {
  const platform = errors.filter((e) => e.startsWith("input."));
  const pool = errors.filter((e) => !e.startsWith("input."));
  const parts = [
    ...(pool.length > 0 ? [`invalid LiveKitPool: ${pool.join("; ")}`] : []),
    ...(platform.length > 0
      ? [`invalid function input (the platform's PoolDefaults in the Composition, not the pool): ${platform.join("; ")}`]
      : []),
  ];
  return { message: parts.join(". "), reason: pool.length > 0 ? "InvalidSpec" : "InvalidInput" };
}

function observedConditionTypes(composite: Struct | undefined): string[] {
  const conditions = (composite?.status as Struct | undefined)?.conditions;
  return Array.isArray(conditions)
    ? conditions.flatMap((c) => (typeof (c as Struct)?.type === "string" ? [(c as Struct).type as string] : []))
    : [];
}

export function runFunction(req: RunFunctionRequest, deps: HandlerDeps): HandlerResult {
  const composite = req.observed?.composite?.resource as Struct | undefined;
  const meta = (composite?.metadata ?? {}) as Struct;
  const who = {
    ...(typeof meta.name === "string" ? { xr: meta.name } : {}),
    ...(typeof meta.namespace === "string" ? { namespace: meta.namespace } : {}),
  };

  const components = deps.components ?? COMPONENTS;
  const parsed = parse(composite, req.input, components);
  if (!parsed.ok) {
    const { message, reason } = refusal(parsed.errors);
    return { response: fatalResponse(req, message, reason), summary: { ...who, outcome: "fatal", objects: 0, events: 0 } };
  }
  const cluster = {
    observed: observedObjects(req),
    required: requiredObjects(req),
    connectionKeys: observedConnectionKeys(req),
    composite,
  };
  const active = decompose(parsed.pool, components);
  const discovered = discover(active, cluster);
  const out = compose(discovered, deps.mint);
  const ready = judgeReadiness(out.objects, cluster.observed);
  const rep = report(discovered, ready, observedConditionTypes(composite));
  const response = withOutcome(req, out, ready, rep);
  const required = requiredResources(active);
  if (Object.keys(required).length > 0) response.requirements = { extraResources: {}, resources: required, schemas: {} };
  return {
    response,
    summary: { ...who, outcome: rep.allReady ? "ready" : "converging", objects: out.objects.length, events: out.events.length },
  };
}

/** Last line of defence: a bug in a stage becomes a FATAL result, never a crashed server. */
export function runFunctionSafely(req: RunFunctionRequest, deps: HandlerDeps): HandlerResult & { error?: Error } {
  try {
    return runFunction(req, deps);
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    return {
      response: fatalResponse(req, "internal error in function-livekit-pool; see the function's log", "InternalError"),
      summary: { outcome: "fatal", objects: 0, events: 0 },
      error,
    };
  }
}
