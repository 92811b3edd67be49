// Watches a pool switch its Redis backend through the API server: at every observation, which
// backend LiveKit's config Secret names and whether that backend is Ready right then; when the
// server Deployment finished rolling onto the new template; when the old backend left.
import { setTimeout as sleep } from "node:timers/promises";
import { isTrue, type Kube, type Obj, type Ref } from "../support/control-plane/client.js";
import { describeStack } from "../support/control-plane/wait.js";
import { deployment, secret, SETTLE_MS } from "./pools.js";

const BACKEND_ANNOTATION = "livekit.stunner.l7mp.io/redis-backend";
const OBSERVE_MS = 150;

export interface SwitchObservation {
  samples: number;
  /** Observations at which the config named a backend that was not Ready (should be none). */
  unreadyConfigured: string[];
  /** The server's pods were replaced by pods of a new template. */
  rolled: boolean;
  /** The old backend left the API server only after the rollout onto the new backend finished. */
  oldBackendGoneAfterRollout: boolean;
}

function backendRefs(ns: string, name: string): Record<string, Ref> {
  return {
    embedded: { apiVersion: "apps/v1", kind: "StatefulSet", name: `${name}-redis`, namespace: ns },
    memorystore: { apiVersion: "redis.gcp.m.upbound.io/v1beta1", kind: "Instance", name: `${ns}-${name}-livekit`, namespace: ns },
  };
}

function backendReady(kind: string, o: Obj | undefined): boolean {
  if (!o) return false;
  if (kind === "StatefulSet") return (o.status?.observedGeneration ?? -1) >= o.metadata.generation && (o.status?.readyReplicas ?? 0) >= 1;
  return isTrue(o, "Ready");
}

function rolledOut(d: Obj): boolean {
  const s = d.status ?? {};
  const want = d.spec.replicas;
  return s.observedGeneration >= d.metadata.generation && s.updatedReplicas === want && s.availableReplicas === want && s.replicas === want;
}

async function templateHashes(kube: Kube, ns: string, name: string): Promise<Set<string>> {
  const pods = await kube.list("v1", "Pod", ns, `app.kubernetes.io/instance=${name},app.kubernetes.io/component=server`);
  return new Set(pods.filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.labels["pod-template-hash"] as string));
}

export async function observeRedisSwitch(kube: Kube, pool: Ref, redis: Obj, to: string): Promise<SwitchObservation> {
  const ns = pool.namespace!;
  const backends = backendRefs(ns, pool.name);
  const before = await kube.mustGet(pool);
  const from = before.status.redis.active as string;
  const hashesBefore = await templateHashes(kube, ns, pool.name);
  await kube.mergePatch(pool, { spec: { redis } });

  const unreadyConfigured: string[] = [];
  let samples = 0;
  let rolloutDoneAt: number | undefined;
  let oldGoneAt: number | undefined;
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    samples++;
    const config = await kube.get(secret(`${pool.name}-livekit-config`, ns));
    const configured = config?.metadata.annotations?.[BACKEND_ANNOTATION] as string | undefined;
    if (configured && backends[configured]) {
      const ref = backends[configured]!;
      if (!backendReady(ref.kind, await kube.get(ref)))
        unreadyConfigured.push(`observation ${samples}: config names ${configured}, which is not Ready`);
    }
    const server = await kube.mustGet(deployment(`${pool.name}-livekit`, ns));
    const hashes = await templateHashes(kube, ns, pool.name);
    const onNewTemplate = [...hashes].every((h) => !hashesBefore.has(h));
    if (rolloutDoneAt === undefined && configured === to && rolledOut(server) && onNewTemplate) rolloutDoneAt = samples;
    if (oldGoneAt === undefined && !(await kube.get(backends[from]!))) oldGoneAt = samples;
    const xr = await kube.get(pool);
    if (oldGoneAt !== undefined && isTrue(xr, "Ready") && xr?.status.redis?.active === to && xr?.status.redis?.phase === "Stable") break;
    if (Date.now() > deadline) {
      throw new Error(
        `the switch from ${from} to ${to} did not finish (rollout done at ${rolloutDoneAt}, old backend gone at ${oldGoneAt}, redis status ${JSON.stringify(xr?.status.redis)})\n${await describeStack()}`,
      );
    }
    await sleep(OBSERVE_MS);
  }
  const hashesAfter = await templateHashes(kube, ns, pool.name);
  return {
    samples,
    unreadyConfigured,
    rolled: hashesAfter.size > 0 && [...hashesAfter].every((h) => !hashesBefore.has(h)),
    oldBackendGoneAfterRollout: rolloutDoneAt !== undefined && oldGoneAt !== undefined && oldGoneAt >= rolloutDoneAt,
  };
}
