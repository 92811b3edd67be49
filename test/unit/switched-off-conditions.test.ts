// Crossplane never removes a condition a function stops returning (it sets conditions by type and
// keeps the rest: composite/reconciler.go, found by the real-control-plane suite, test/e2e/ scenario
// 5). So a pool whose Ingress, Egress or networking is switched off must say so in the condition it
// reported while the feature was on; otherwise the XR would keep "IngressAvailable: True" forever.
import { describe, expect, it } from "vitest";
import { handlerRun } from "../support/pools.js";
import { compositionInput, fastWorld, seedPlatform, Cluster, Simulator, type Obj } from "../support/sim/index.js";

const conditions = (sim: Simulator) => Object.fromEntries(sim.xr.status.conditions.map((c: Obj) => [c.type, `${c.status}/${c.reason}`]));

function pool(spec: Obj): Simulator {
  const cluster = new Cluster();
  seedPlatform(cluster, { turnAuth: "static" });
  const world = fastWorld();
  world.turnAddresses = ["198.51.100.7"];
  return new Simulator({
    run: handlerRun(),
    cluster,
    world,
    input: compositionInput("namespaced"),
    xr: { name: "studio", namespace: "team-a", spec },
  });
}

describe("a feature switched off", () => {
  it.each([
    ["ingress", { ingress: { enabled: true } }, ["IngressAvailable"]],
    ["egress", { egress: { enabled: true, storage: { s3: { bucket: "rec", region: "eu-west-1" } } } }, ["EgressAvailable"]],
    ["networking", { networking: { hostname: "studio.example.com" } }, ["SignalingReady", "TurnReady", "CertificateReady"]],
  ] as const)("%s: its conditions say Disabled, and the pool is Ready without it", async (_name, on, types) => {
    const base = { server: { replicas: 1 } };
    const sim = pool({ ...base, ...on });
    expect((await sim.untilReady(8)).ready).toBe(true);
    for (const t of types) expect(conditions(sim)[t]).toMatch(/^True\//);
    sim.updateSpec(base);
    expect((await sim.untilReady(8)).ready).toBe(true);
    for (const t of types) expect(conditions(sim)[t]).toBe("False/Disabled");
    // A pool that never had the feature reports nothing about it.
    const never = pool(base);
    expect((await never.untilReady(8)).ready).toBe(true);
    for (const t of types) expect(conditions(never)[t]).toBeUndefined();
  });
});
