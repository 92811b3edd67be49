// Fault tests in the reconcile simulator: what the function does, deliberately, when observed state
// is missing, damaged, or written by another version of it, and when the platform's TURN Secret
// fails. Each case ends with the pool Ready again (or says why it must not be).
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { minter, newSeed } from "../function/secrets/mint.js";
import { handlerRun, simulatorFor, type Features } from "./support/pools.js";
import { keyOf, PLATFORM_AUTH, platformAuthSecret, type Obj, type Simulator } from "./support/sim/index.js";

const conditions = (sim: Simulator) => Object.fromEntries(sim.xr.status.conditions.map((c: Obj) => [c.type, `${c.status}/${c.reason}`]));
const podAnnotations = (sim: Simulator) => sim.observed("server-deployment")!.spec.template.metadata.annotations;
const plain: Features = { scope: "namespaced", keys: "generated", replicas: 2 };
const networked: Features = {
  scope: "namespaced",
  keys: "generated",
  replicas: 1,
  networking: { auth: "ephemeral", tcp: true, tls: true, address: "ipv4", issuer: "platform" },
};
const dedicated: Features = {
  scope: "legacy",
  keys: "generated",
  replicas: 1,
  networking: { auth: "static", tcp: false, tls: false, address: "hostname", issuer: "acme-http01" },
};

async function readyPool(f: Features) {
  const setup = simulatorFor(f);
  expect((await setup.sim.untilReady(3)).ready).toBe(true);
  return setup;
}

describe("the keys Secret is deleted (the 'nothing lost' case)", () => {
  it("mints new keys once, restarts the pods to load them, and is Ready again two reconciles later", async () => {
    const { sim } = await readyPool(plain);
    const before = sim.observed("server-keys")!.data;
    const checksum = podAnnotations(sim)["livekit.stunner.l7mp.io/keys-checksum"];
    sim.cluster.delete(sim.resourceRefs.get("server-keys")!);
    // Another process: the keys cannot come back from the seed either.
    sim.setFunction(handlerRun(minter(newSeed())));

    const minted = await sim.reconcile();
    expect(minted.events).toContainEqual(expect.objectContaining({ reason: "ApiKeysGenerated" }));
    expect(minted.ready).toBe(false);
    expect(conditions(sim).ApiKeysReady).toBe("False/Creating");
    const after = sim.observed("server-keys")!.data;
    expect(after["api-secret"]).not.toBe(before["api-secret"]);
    expect(podAnnotations(sim)["livekit.stunner.l7mp.io/keys-checksum"]).not.toBe(checksum);

    const { ready, reconciles } = await sim.untilReady(3);
    expect(ready).toBe(true);
    expect(reconciles).toBeLessThanOrEqual(2);
    expect(conditions(sim)).toMatchObject({ ApiKeysReady: "True/Available", ServerAvailable: "True/Available" });
    // From then on the new keys are the keys: read back, never minted again.
    await sim.reconcile();
    expect(sim.observed("server-keys")!.data).toEqual(after);
    expect(
      sim.history
        .slice(sim.history.indexOf(minted) + 1)
        .flatMap((h) => h.events)
        .filter((e) => e.reason === "ApiKeysGenerated"),
    ).toEqual([]);
  });

  it("keeps a damaged keys Secret byte for byte, warns, and is Ready again once it is restored", async () => {
    const { sim } = await readyPool(plain);
    const good = sim.observed("server-keys")!;
    const damaged = { ...good, data: { ...good.data, "keys.yaml": Buffer.from("not: [yaml").toString("base64") } };
    sim.cluster.put(damaged);
    const r = await sim.reconcile();
    expect(r.ready).toBe(false);
    expect(r.events).toContainEqual(expect.objectContaining({ severity: "Warning", reason: "ApiKeysUnreadable" }));
    expect(conditions(sim).ApiKeysReady).toBe("False/SecretUnreadable");
    expect(sim.observed("server-keys")!.data).toEqual(damaged.data);
    sim.cluster.put(good);
    expect((await sim.untilReady(2)).ready).toBe(true);
    expect(sim.observed("server-keys")!.data).toEqual(good.data);
  });
});

describe("missing and malformed observed objects", () => {
  const names = [
    "server-config",
    "server-deployment",
    "server-service",
    "turn-auth",
    "turn-gateway",
    "turn-route",
    "signaling-gateway",
    "signaling-route",
    "tls-certificate",
  ];
  const garbage: Array<[string, (o: Obj) => Obj]> = [
    ["metadata stripped to its name", (o) => ({ ...o, metadata: { name: o.metadata.name, namespace: o.metadata.namespace } })],
    ["status is a string", (o) => ({ ...o, status: "ready!" })],
    ["conditions are not a list", (o) => ({ ...o, status: { conditions: { Ready: "True" } } })],
    ["addresses are junk", (o) => ({ ...o, status: { addresses: [null, 7, { value: ["x"] }, { value: "::::" }] } })],
    ["counts are strings", (o) => ({ ...o, status: { observedGeneration: "1", availableReplicas: "all", updatedReplicas: -1 } })],
    ["data is not base64", (o) => ({ ...o, data: { "config.yaml": "%%%", secret: "!!" } })],
    ["spec is a list", (o) => ({ ...o, spec: [1, 2] })],
  ];

  it("composes the same objects whatever the garbage, and calls nothing damaged ready", async () => {
    let cases = 0;
    for (const name of names) {
      for (const [what, damage] of garbage) {
        const { sim } = await readyPool(networked);
        const healthy = sim.history.at(-1)!.response.desired!.resources;
        const original = sim.cluster.get(sim.resourceRefs.get(name)!)!;
        // Identity stays (the store needs it); everything else may be garbage.
        sim.cluster.put({ ...damage(original), apiVersion: original.apiVersion, kind: original.kind });
        const r = await sim.reconcile();
        expect(r.error, `${name}: ${what}`).toBeUndefined();
        // What the function composes does not depend on a damaged status: same specs, same data.
        for (const [n, res] of Object.entries(r.response.desired!.resources)) {
          expect(res.resource, `${n} changed after ${name}: ${what}`).toEqual(healthy[n]!.resource);
        }
        // Back to health within two more reconciles (the API server rewrites what we own).
        expect((await sim.untilReady(2)).ready, `${name}: ${what}`).toBe(true);
        cases++;
      }
    }
    console.log(
      `[faults] ${cases} malformed observed objects (${names.length} objects x ${garbage.length} kinds of garbage): same output, Ready again`,
    );
  });

  it("recreates any deleted object and is Ready again; a deleted config Secret keeps the TURN address", async () => {
    for (const name of names) {
      const { sim } = await readyPool(networked);
      sim.world.turnAddresses = []; // the Gateway forgets its address at the worst moment
      sim.cluster.delete(sim.resourceRefs.get(name)!);
      const r = await sim.reconcile();
      expect(r.error).toBeUndefined();
      expect(sim.observed(name), name).toBeDefined();
      const config = parseYaml(Buffer.from(sim.observed("server-config")!.data["config.yaml"], "base64").toString()) as Obj;
      expect(config.rtc.turn_servers?.[0]?.host, name).toBe("203.0.113.10");
      sim.world.turnAddresses = ["203.0.113.10"];
      expect((await sim.untilReady(3)).ready, name).toBe(true);
    }
  });
});

describe("observed objects from other versions of the function", () => {
  it("takes over a Deployment from a version without the spec checksum without restarting pods", async () => {
    const { sim } = await readyPool(plain);
    const old = sim.observed("server-deployment")!;
    delete old.metadata.annotations["livekit.stunner.l7mp.io/spec-checksum"];
    sim.cluster.put(old);
    const generation = old.metadata.generation;
    const first = await sim.reconcile();
    expect(first.ready).toBe(false); // one reconcile to learn which spec is running
    expect(sim.observed("server-deployment")!.metadata.generation).toBe(generation);
    expect((await sim.untilReady(1)).ready).toBe(true);
  });

  it("keeps credentials and data keys a newer version added to the Secrets it knows", async () => {
    for (const f of [plain, dedicated]) {
      const { sim } = await readyPool(f);
      const edits: Array<[string, Record<string, string>]> = [
        ["server-keys", { "redis-password": Buffer.from("from-a-newer-version-0123456789").toString("base64") }],
      ];
      if (f.scope === "legacy") edits.push(["turn-auth", { "oauth-key": Buffer.from("newer-version-turn-key-abcdef").toString("base64") }]);
      for (const [name, extra] of edits) {
        const o = sim.observed(name)!;
        sim.cluster.put({
          ...o,
          data: { ...o.data, ...extra },
          metadata: { ...o.metadata, annotations: { ...o.metadata.annotations, "livekit.stunner.l7mp.io/schema": "v2" } },
        });
      }
      sim.setFunction(handlerRun(minter(newSeed())));
      await sim.reconcile();
      for (const [name, extra] of edits) expect(sim.observed(name)!.data, `${name} of a ${f.scope} pool`).toMatchObject(extra);
      expect((await sim.untilReady(2)).ready).toBe(true);
    }
  });

  it("lets Crossplane delete what only another version composes", async () => {
    const { sim } = await readyPool(plain);
    // A newer version's extra object, tracked by Crossplane under its own composition name.
    const extra = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "pool-livekit-extra", namespace: "team-a" }, data: {} };
    sim.cluster.put(extra);
    sim.resourceRefs.set("server-extra", keyOf("v1", "ConfigMap", "team-a", "pool-livekit-extra"));
    const r = await sim.reconcile();
    expect(r.deleted).toEqual(["server-extra"]);
    expect(r.ready).toBe(true);
  });
});

describe("the platform's TURN Secret fails", () => {
  const platformKey = keyOf("v1", "Secret", PLATFORM_AUTH.namespace, PLATFORM_AUTH.name);

  it("keeps TURN working from the pool's copy while the platform's Secret is gone or unreadable, and follows a rotation", async () => {
    const { sim } = await readyPool(networked);
    const copy = sim.observed("turn-auth")!.data;
    const config = sim.observed("server-config")!.data;
    for (const fault of ["deleted", "unreadable"] as const) {
      if (fault === "deleted") sim.cluster.delete(platformKey);
      else sim.cluster.put({ ...platformAuthSecret("ephemeral"), data: { type: Buffer.from("oauth").toString("base64") } });
      const r = await sim.reconcile();
      expect(r.error).toBeUndefined();
      expect(r.ready, fault).toBe(true);
      expect(sim.observed("turn-auth")!.data, fault).toEqual(copy);
      expect(sim.observed("server-config")!.data, fault).toEqual(config);
    }
    sim.cluster.put(platformAuthSecret("ephemeral", "rotated"));
    await sim.reconcile();
    expect(sim.observed("turn-auth")!.data).not.toEqual(copy);
    expect((await sim.untilReady(2)).ready).toBe(true);
  });

  it("runs without TURN, says why and does not fail, when a new pool's platform Secret does not exist", async () => {
    const { sim } = simulatorFor(networked);
    sim.cluster.delete(platformKey);
    for (let i = 0; i < 3; i++) await sim.reconcile();
    expect(sim.history.every((h) => h.error === undefined)).toBe(true);
    // Ready is Crossplane's (every composed object ready: README "Status and conditions");
    // TurnReady says what is missing, and no TURN Secret or TURN servers exist yet.
    expect(conditions(sim).TurnReady).toBe("False/WaitingForCredentials");
    expect(sim.observed("turn-auth")).toBeUndefined();
    sim.cluster.put(platformAuthSecret("ephemeral"));
    await sim.reconcile();
    expect((await sim.untilReady(3)).ready).toBe(true);
    expect(conditions(sim).TurnReady).toBe("True/Available");
  });
});
