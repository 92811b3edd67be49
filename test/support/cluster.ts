// A small stand-in for Crossplane and the controllers behind it, for tests that follow a pool
// through many calls: each response's desired objects become the observed state (objects left
// out are deleted, as Crossplane does), and the test plays the controllers: it rolls the server
// pods, and marks Redis backends ready when it chooses. Pods remember the config they started
// with, so a test can check that no backend disappears while a pod still uses it.
import type { RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import { Severity } from "@crossplane-org/function-sdk-typescript";
import { parse as parseYaml } from "yaml";
import { runFunction } from "../../function/handler.js";
import { deps, poolRequest, type PoolRequest } from "./requests.js";

type Obj = Record<string, any>;

export interface Pod {
  /** livekit.yaml `redis` section the pod started with (undefined: no Redis). */
  redis?: Obj;
  /** Secrets the pod reads Redis credentials from. */
  secretRefs: string[];
}

export interface Call {
  response: RunFunctionResponse;
  desired: Record<string, Obj>;
  /** The observed state the function was given. */
  before: Record<string, Obj>;
  connectionDetailsBefore: Record<string, Record<string, string>>;
  podsBefore: Pod[];
}

const decode = (v: string) => Buffer.from(v, "base64").toString("utf8");

export function configOf(configSecret: Obj | undefined): Obj | undefined {
  return configSecret ? (parseYaml(decode(configSecret.data["config.yaml"])) as Obj) : undefined;
}

export function redisSecretRefs(deployment: Obj): string[] {
  const env: Obj[] = deployment.spec.template.spec.containers[0].env ?? [];
  const volumes: Obj[] = deployment.spec.template.spec.volumes ?? [];
  return [
    ...env.filter((e) => e.name === "REDIS_PASSWORD").map((e) => e.valueFrom.secretKeyRef.name as string),
    ...volumes.filter((v) => v.name === "redis-tls").map((v) => v.secret.secretName as string),
  ];
}

export class FakeCluster {
  observed: Record<string, Obj> = {};
  connectionDetails: Record<string, Record<string, string>> = {};
  pods: Pod[] = [];
  calls: Call[] = [];

  constructor(private readonly base: Omit<PoolRequest, "spec" | "observed" | "connectionDetails"> = {}) {}

  /** One reconcile: call the function with the observed state, then apply its answer. */
  reconcile(spec: Obj): Call {
    const before = structuredClone(this.observed);
    const connectionDetailsBefore = structuredClone(this.connectionDetails);
    const req = poolRequest({ ...this.base, spec, observed: before, connectionDetails: connectionDetailsBefore });
    const { response } = runFunction(req, deps);
    const fatal = response.results.find((r) => r.severity === Severity.SEVERITY_FATAL);
    if (fatal) throw new Error(fatal.message);
    const desired = Object.fromEntries(Object.entries(response.desired!.resources).map(([k, v]) => [k, v.resource as Obj]));
    const call = { response, desired, before, connectionDetailsBefore, podsBefore: structuredClone(this.pods) };
    this.apply(desired);
    this.calls.push(call);
    return call;
  }

  private apply(desired: Record<string, Obj>): void {
    const next: Record<string, Obj> = {};
    for (const [name, obj] of Object.entries(desired)) {
      const prev = this.observed[name];
      const prevGen: number = prev?.metadata?.generation ?? 0;
      const changed = !prev || JSON.stringify(prev.spec) !== JSON.stringify(obj.spec);
      next[name] = {
        ...structuredClone(obj),
        metadata: { ...structuredClone(obj.metadata), generation: changed ? prevGen + 1 : prevGen },
        ...(prev?.status ? { status: prev.status } : {}),
      };
    }
    for (const name of Object.keys(this.connectionDetails)) if (!next[name]) delete this.connectionDetails[name];
    this.observed = next;
  }

  private podNow(): Pod {
    const config = configOf(this.observed["server-config"]);
    return { ...(config?.redis ? { redis: config.redis } : {}), secretRefs: redisSecretRefs(this.observed["server-deployment"]!) };
  }

  /** The Deployment controller replaces every pod with one on the current template. */
  rollOut(): void {
    const d = this.observed["server-deployment"]!;
    const n: number = d.spec.replicas;
    d.status = { observedGeneration: d.metadata.generation, replicas: n, updatedReplicas: n, availableReplicas: n, readyReplicas: n };
    this.pods = Array.from({ length: n }, () => this.podNow());
  }

  /** Half-way through a rollout: one new pod is up beside the old ones (maxSurge 1). */
  rollOutOnePod(): void {
    const d = this.observed["server-deployment"]!;
    const n: number = d.spec.replicas;
    d.status = { observedGeneration: d.metadata.generation, replicas: n + 1, updatedReplicas: 1, availableReplicas: n, readyReplicas: n };
    this.pods = [...this.pods, this.podNow()];
  }

  statefulSetReady(name: string): void {
    const s = this.observed[name]!;
    s.status = { observedGeneration: s.metadata.generation, replicas: 1, readyReplicas: 1, updatedReplicas: 1, availableReplicas: 1 };
  }

  /** A provider reports its managed resource Ready, with what it learned from the cloud. */
  managedResourceReady(name: string, atProvider: Obj = {}, connectionDetails?: Record<string, string>): void {
    const mr = this.observed[name]!;
    mr.status = {
      atProvider,
      conditions: [
        { type: "Ready", status: "True", reason: "Available" },
        { type: "Synced", status: "True", reason: "ReconcileSuccess" },
      ],
    };
    if (connectionDetails) this.connectionDetails[name] = connectionDetails;
  }
}
