// The reconcile simulator: first that it plays Crossplane and the cluster faithfully (with stub
// functions whose behaviour is known), then convergence of the real handler from nothing to a
// Ready XR for every feature combination, with no writes once it is Ready.
import { Ready, RunFunctionResponse, Severity } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { leaks, credentialsIn, visibleSurfaces } from "./support/invariants.js";
import { allFeatureCombinations, featureName, simulatorFor } from "./support/pools.js";
import { Cluster, fastWorld, seedPlatform, Simulator, slowWorld, type Obj, type RunFn } from "./support/sim/index.js";

const respond = (resources: Record<string, Obj>, extra: Partial<RunFunctionResponse> = {}): RunFunctionResponse =>
  RunFunctionResponse.fromPartial({
    meta: { tag: "" },
    desired: {
      resources: Object.fromEntries(Object.entries(resources).map(([k, resource]) => [k, { resource, ready: Ready.READY_TRUE }])),
    },
    ...extra,
  });

const secret = (name: string, data: Record<string, string> = {}) => ({ apiVersion: "v1", kind: "Secret", metadata: { name }, data });

function stubSim(run: RunFn, opts: { namespace?: string; cluster?: Cluster; name?: string } = {}) {
  return new Simulator({
    run,
    cluster: opts.cluster ?? new Cluster(),
    world: fastWorld(),
    xr: { name: opts.name ?? "x", namespace: opts.namespace ?? "ns", spec: {} },
  });
}

describe("the simulator plays Crossplane", () => {
  it("stamps Crossplane's metadata on composed objects and deletes what the desired state drops", async () => {
    let keep = ["a", "b"];
    const sim = stubSim(() => respond(Object.fromEntries(keep.map((k) => [k, secret(`s-${k}`)]))));
    await sim.reconcile();
    const a = sim.observed("a")!;
    expect(a.metadata).toMatchObject({
      namespace: "ns",
      labels: { "crossplane.io/composite": "x" },
      annotations: { "crossplane.io/composition-resource-name": "a" },
      ownerReferences: [{ kind: "LiveKitPool", name: "x", controller: true, uid: sim.xr.metadata.uid }],
    });
    keep = ["a"];
    const second = await sim.reconcile();
    expect(second.deleted).toEqual(["b"]);
    expect(sim.cluster.list().map((o) => o.metadata.name)).toEqual(["s-a"]);
  });

  it("resolves requirements by calling again, and fails when they never settle", async () => {
    const cluster = new Cluster();
    cluster.put(secret("needed", { k: "dg==" }));
    cluster.put({ ...secret("needed"), metadata: { name: "needed", namespace: "other" } });
    const seen: unknown[] = [];
    const steady = stubSim(
      (req) => {
        seen.push(req.requiredResources?.["r"]?.items?.[0]?.resource?.metadata?.namespace);
        return respond(
          {},
          {
            requirements: {
              extraResources: {},
              schemas: {},
              resources: { r: { apiVersion: "v1", kind: "Secret", matchName: "needed", namespace: "other" } },
            },
          },
        );
      },
      { cluster },
    );
    const r = await steady.reconcile();
    expect(r.calls).toHaveLength(2);
    expect(seen).toEqual([undefined, "other"]);

    let n = 0;
    const restless = stubSim(() =>
      respond(
        {},
        {
          requirements: {
            extraResources: {},
            schemas: {},
            resources: { [`r${n++}`]: { apiVersion: "v1", kind: "Secret", matchName: "x" } },
          },
        },
      ),
    );
    const failed = await restless.reconcile();
    expect(failed.calls).toHaveLength(6);
    expect(failed.error).toMatch(/requirements didn't stabilize/);
  });

  it("applies nothing on a FATAL result and marks the XR not Synced", async () => {
    const sim = stubSim(() =>
      respond({ a: secret("s") }, { results: [{ severity: Severity.SEVERITY_FATAL, message: "bad spec", reason: "X" }] }),
    );
    const r = await sim.reconcile();
    expect(r.fatal).toBe(true);
    expect(sim.cluster.list()).toEqual([]);
    expect(sim.xr.status.conditions).toContainEqual(
      expect.objectContaining({ type: "Synced", status: "False", message: expect.stringContaining("bad spec") }),
    );
  });

  it("refuses what Crossplane and the API server refuse", async () => {
    const clusterScoped = await stubSim(() =>
      respond({ c: { apiVersion: "gateway.networking.k8s.io/v1", kind: "GatewayClass", metadata: { name: "c" } } }),
    ).reconcile();
    expect(clusterScoped.error).toMatch(/cluster scoped composed resource/);
    const badName = await stubSim(() => respond({ a: secret("Not_A_Name") })).reconcile();
    expect(badName.error).toMatch(/not a DNS-1123 subdomain/);
    const cluster = new Cluster();
    await stubSim(() => respond({ a: secret("shared") }), { cluster, name: "one" }).reconcile();
    const other = await stubSim(() => respond({ a: secret("shared") }), { cluster, name: "two" }).reconcile();
    expect(other.error).toMatch(/not controlled by/);
  });

  it("moves a Deployment's generation with its spec and makes it available only with its Secrets", async () => {
    let image = "a";
    const deployment = () => ({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "d" },
      spec: {
        replicas: 2,
        template: { spec: { containers: [{ name: "c", image }], volumes: [{ name: "k", secret: { secretName: "later" } }] } },
      },
    });
    const sim = stubSim(() => respond({ d: deployment() }));
    await sim.reconcile();
    expect(sim.observed("d")!.status).toMatchObject({ observedGeneration: 1, availableReplicas: 0 });
    sim.cluster.put({ ...secret("later"), metadata: { name: "later", namespace: "ns" } });
    image = "b";
    await sim.reconcile();
    expect(sim.observed("d")!.metadata.generation).toBe(2);
    expect(sim.observed("d")!.status).toMatchObject({ observedGeneration: 2, availableReplicas: 2 });
  });

  it("keeps pods that cannot bind their ports as non-root unavailable, unless the pod lowers the limit", async () => {
    const pod = (sysctls?: Obj[]) => ({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "d" },
      spec: {
        replicas: 1,
        template: {
          spec: {
            securityContext: { runAsNonRoot: true, runAsUser: 65532, ...(sysctls ? { sysctls } : {}) },
            containers: [{ name: "c", image: "i", ports: [{ containerPort: 443 }] }],
          },
        },
      },
    });
    const securityContext: { sysctls?: Obj[] } = {};
    const sim = stubSim(() => respond({ d: pod(securityContext.sysctls) }));
    await sim.reconcile();
    expect(sim.observed("d")!.status.availableReplicas).toBe(0);
    securityContext.sysctls = [{ name: "net.ipv4.ip_unprivileged_port_start", value: "443" }];
    await sim.reconcile();
    expect(sim.observed("d")!.status.availableReplicas).toBe(1);
  });

  it("settles Gateways, routes, certificates and managed resources as the world says", async () => {
    const cluster = new Cluster();
    seedPlatform(cluster);
    const mr = { apiVersion: "redis.gcp.m.upbound.io/v1beta1", kind: "Instance", metadata: { name: "cache" }, spec: {} };
    const gw = {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "Gateway",
      metadata: { name: "g" },
      spec: { gatewayClassName: "stunner" },
    };
    const route = { apiVersion: "stunner.l7mp.io/v1", kind: "UDPRoute", metadata: { name: "r" }, spec: { parentRefs: [{ name: "g" }] } };
    const cert = {
      apiVersion: "cert-manager.io/v1",
      kind: "Certificate",
      metadata: { name: "c" },
      spec: { issuerRef: { name: "letsencrypt-prod", kind: "ClusterIssuer" } },
    };
    let details: Record<string, Buffer> = {};
    const sim = new Simulator({
      run: (req) => {
        details = req.observed?.resources?.["mr"]?.connectionDetails ?? {};
        return respond({ mr, gw, route, cert });
      },
      cluster,
      world: slowWorld(),
      xr: { name: "x", namespace: "ns", spec: {} },
    });
    await sim.reconcile();
    expect(sim.observed("gw")!.status.conditions).toContainEqual(expect.objectContaining({ type: "Programmed", status: "False" }));
    expect(sim.observed("gw")!.status.addresses).toBeUndefined();
    sim.world = fastWorld();
    await sim.reconcile();
    await sim.reconcile();
    expect(sim.observed("gw")!.status).toMatchObject({ addresses: [{ type: "IPAddress", value: "203.0.113.10" }] });
    expect(sim.observed("route")!.status.parents[0].conditions[0]).toMatchObject({ type: "Accepted", status: "True" });
    expect(sim.observed("cert")!.status.conditions[0]).toMatchObject({ type: "Ready", status: "True" });
    expect(sim.observed("mr")!.status.conditions[0]).toMatchObject({ type: "Ready", status: "True" });
    expect(Buffer.from(details["endpoint"]!).toString()).toBe("10.0.0.5");
  });
});

describe("readiness follows what runs", () => {
  const readyOf = (sim: Simulator) => Object.fromEntries(sim.xr.status.conditions.map((c: Obj) => [c.type, c.status]));

  it("is not Ready while the pods still run an older configuration", async () => {
    const { sim } = simulatorFor({
      scope: "namespaced",
      keys: "generated",
      replicas: 2,
      networking: { auth: "static", tcp: false, tls: false, address: "ipv4", issuer: "platform" },
    });
    expect((await sim.untilReady(3)).ready).toBe(true);
    // The Deployment controller falls behind, then the user changes the log level: the reconcile
    // that applies the new pod template must not call the old pods Ready.
    sim.world.deployments = "lagging";
    sim.updateSpec({ ...sim.xr.spec, server: { ...sim.xr.spec.server, logLevel: "debug" } });
    const changed = await sim.reconcile();
    expect(changed.ready).toBe(false);
    expect(readyOf(sim)).toMatchObject({ ServerAvailable: "False", Ready: "False" });
    await sim.reconcile();
    expect(readyOf(sim)).toMatchObject({ ServerAvailable: "False", Ready: "False" });
    sim.world.deployments = "available";
    await sim.reconcile();
    expect((await sim.untilReady(2)).ready).toBe(true);
    // Once Ready, it went False and back to True once, never back and forth.
    const readiness = sim.history.map((h) => h.ready);
    const sinceReady = readiness.slice(readiness.indexOf(true));
    expect(sinceReady.filter((r, i) => i > 0 && r !== sinceReady[i - 1])).toEqual([false, true]);
  });

  it("is not Ready while LiveKit still runs without the TURN address it just learned", async () => {
    const world = fastWorld();
    const { sim } = simulatorFor(
      {
        scope: "namespaced",
        keys: "generated",
        replicas: 1,
        networking: { auth: "ephemeral", tcp: false, tls: false, address: "ipv4", issuer: "platform" },
      },
      { world },
    );
    sim.world.turnAddresses = [];
    await sim.untilReady(3);
    expect(readyOf(sim)).toMatchObject({ TurnReady: "False" });
    sim.world.deployments = "lagging";
    sim.world.turnAddresses = ["203.0.113.99"];
    await sim.reconcile(); // the Gateway reports the address; LiveKit's config gets it
    const learned = await sim.reconcile();
    expect(learned.ready).toBe(false);
    expect(readyOf(sim).ServerAvailable).toBe("False");
  });
});

describe("convergence of the function in the simulator", () => {
  const combos = allFeatureCombinations();

  it(`reaches Ready from nothing within 3 reconciles (6 calls) for all ${combos.length} feature combinations, then writes nothing`, async () => {
    let reconciles = 0;
    let calls = 0;
    let worst = 0;
    let worstCalls = 0;
    for (const f of combos) {
      const { sim } = simulatorFor(f);
      const { ready, reconciles: n } = await sim.untilReady(3);
      expect(ready, `${featureName(f)}: ${JSON.stringify(sim.xr.status.conditions)}`).toBe(true);
      expect(
        sim.history.every((h) => h.error === undefined && h.calls.length <= 2),
        featureName(f),
      ).toBe(true);
      expect(sim.functionCalls, `${featureName(f)}: function calls to Ready`).toBeLessThanOrEqual(6);
      worstCalls = Math.max(worstCalls, sim.functionCalls);
      // Steady state: another reconcile changes nothing in the cluster (no flapping output).
      const writes = sim.cluster.writes;
      await sim.reconcile();
      expect(sim.cluster.writes, `${featureName(f)} keeps writing once Ready`).toBe(writes);
      expect(sim.history.at(-1)!.response.meta!.ttl!.seconds).toBe(300);
      expect(sim.orphans).toEqual([]);
      const credentials = credentialsIn(sim.cluster.list());
      for (const h of sim.history) expect(leaks(credentials, visibleSurfaces(h.response)), featureName(f)).toEqual([]);
      worst = Math.max(worst, n);
      reconciles += sim.history.length;
      calls += sim.functionCalls;
    }
    console.log(
      `[simulator] ${combos.length} feature combinations converged (worst ${worst} reconciles, ${worstCalls} function calls to Ready); ${reconciles} reconciles, ${calls} function calls`,
    );
  });
});
