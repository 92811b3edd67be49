// The XR's Ready is the function's verdict: the pool serves what it asked for. Every composed
// object being ready is not enough (Crossplane's default), since what is not composed yet cannot be
// unready: a server Deployment held back for its first Redis backend, or TURN without an address.
import { Ready, Status, type RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { FakeCluster } from "../support/cluster.js";
import { simulatorFor } from "../support/pools.js";
import { fastWorld } from "../support/sim/index.js";

type Obj = Record<string, any>;

const composedAllReady = (rsp: RunFunctionResponse) => Object.values(rsp.desired!.resources).every((r) => r.ready === Ready.READY_TRUE);
const condition = (rsp: RunFunctionResponse, type: string) => rsp.conditions.find((c) => c.type === type);

describe("Ready", () => {
  it("stays False while a pool waits for its first Redis backend, though everything composed so far is ready", () => {
    const spec = { server: { replicas: 2 }, redis: { mode: "memorystore", memorystore: { region: "europe-west1" } } };
    const cluster = new FakeCluster();
    cluster.reconcile(spec);
    // The instance is Ready at its endpoint, but neither its CA certificates nor its AUTH string
    // have arrived: the server is held back, and nothing composed is unready.
    cluster.managedResourceReady("redis-memorystore-instance", { host: "10.0.0.3", port: 6378 });
    const waiting = cluster.reconcile(spec);
    expect(waiting.desired["server-deployment"]).toBeUndefined();
    expect(composedAllReady(waiting.response)).toBe(true);
    expect(condition(waiting.response, "ServerAvailable")).toMatchObject({ status: Status.STATUS_CONDITION_FALSE, reason: "Creating" });
    expect(waiting.response.desired!.composite!.ready).toBe(Ready.READY_FALSE);
  });

  it("leaves Crossplane's own verdict, which names the unready resources, while something composed is unready", () => {
    const first = new FakeCluster().reconcile({ server: { replicas: 1 } });
    expect(composedAllReady(first.response)).toBe(false);
    expect(first.response.desired!.composite!.ready).toBe(Ready.READY_UNSPECIFIED);
  });

  it("is never True on a mode's first reconciles before the server runs on its config, and True then", () => {
    const modes: Array<[string, Obj, (c: FakeCluster) => void]> = [
      ["none", { server: { replicas: 1 } }, () => undefined],
      ["embedded", { server: { replicas: 2 } }, (c) => c.statefulSetReady("redis-embedded-statefulset")],
      ["external", { server: { replicas: 2 }, redis: { mode: "external", external: { address: "redis.data:6379" } } }, () => undefined],
      [
        "elasticache",
        { server: { replicas: 2 }, redis: { mode: "elasticache", elasticache: { region: "eu-west-1", subnetGroupName: "cache" } } },
        (c) =>
          c.managedResourceReady("redis-elasticache-replicationgroup", {
            primaryEndpointAddress: "master.example.cache.amazonaws.com",
            port: 6379,
          }),
      ],
      [
        "memorystore",
        { server: { replicas: 2 }, redis: { mode: "memorystore", memorystore: { region: "europe-west1" } } },
        (c) =>
          c.managedResourceReady(
            "redis-memorystore-instance",
            { host: "10.0.0.3", port: 6378, serverCaCerts: [{ cert: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" }] },
            { "attribute.auth_string": "auth" },
          ),
      ],
    ];
    for (const [mode, spec, backendReady] of modes) {
      const cluster = new FakeCluster();
      expect(cluster.reconcile(spec).response.desired!.composite!.ready, `${mode}: first reconcile`).not.toBe(Ready.READY_TRUE);
      const verdicts: Ready[] = [];
      for (let i = 0; i < 6; i++) {
        backendReady(cluster);
        if (cluster.observed["server-deployment"]) cluster.rollOut();
        const call = cluster.reconcile(spec);
        verdicts.push(call.response.desired!.composite!.ready);
        // Never Ready without the server available on the config of this very call.
        if (call.response.desired!.composite!.ready === Ready.READY_TRUE) {
          expect(call.response.desired!.resources["server-deployment"]?.ready, mode).toBe(Ready.READY_TRUE);
          expect(
            call.response.conditions.every((c) => c.status === Status.STATUS_CONDITION_TRUE),
            mode,
          ).toBe(true);
        }
      }
      expect(verdicts.at(-1), `${mode}: ${verdicts.join(",")}`).toBe(Ready.READY_TRUE);
    }
  });

  it("stays False for a public pool whose TURN Gateway has no address yet, then turns True once LiveKit has it", async () => {
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
    world.turnAddresses = [];
    for (let i = 0; i < 4; i++) await sim.reconcile();
    const last = sim.history.at(-1)!;
    // Everything composed is ready: the Gateway is programmed, only its load balancer has no address.
    expect(composedAllReady(last.response)).toBe(true);
    expect(condition(last.response, "TurnReady")).toMatchObject({ status: Status.STATUS_CONDITION_FALSE, reason: "WaitingForAddress" });
    expect(last.ready).toBe(false);
    world.turnAddresses = ["203.0.113.10"];
    const { ready, reconciles } = await sim.untilReady(3);
    expect(ready).toBe(true);
    expect(reconciles).toBeLessThanOrEqual(3);
    expect(condition(sim.history.at(-1)!.response, "TurnReady")).toMatchObject({ status: Status.STATUS_CONDITION_TRUE });
  });
});
