// Properties over histories (fast-check): a generated pool lives through a generated sequence of
// events (process restarts with a new seed, controllers changing their minds, load balancers
// losing or changing addresses, objects deleted or edited behind Crossplane's back, the platform's
// TURN Secret going away, spec edits), one reconcile after each. Through all of it: credentials
// once observed are never regenerated, the public TURN address never disappears once known, no
// credential leaks, and no reconcile fails.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { minter } from "../function/secrets/mint.js";
import { hostname, junk, validPool } from "./support/arbitraries.js";
import { PROPERTY_RUNS, propertyTimeout } from "./support/property-runs.js";
import { credentialsIn, leaks, visibleSurfaces } from "./support/invariants.js";
import { handlerRun, simulatorForGenerated } from "./support/pools.js";
import { keyOf, PLATFORM_AUTH, platformAuthSecret, slowWorld, type Obj, type Simulator } from "./support/sim/index.js";

const RUNS = PROPERTY_RUNS;

type Event =
  | { kind: "restart"; seed: number }
  | { kind: "deployments"; state: "available" | "unavailable" | "lagging" }
  | { kind: "turnAddresses"; value: readonly string[] }
  | { kind: "gateways"; programmed: boolean; routes: boolean }
  | { kind: "delete"; name: string }
  | { kind: "corruptStatus"; name: string; status: unknown }
  | { kind: "stripMetadata"; name: string }
  | { kind: "editSpec"; replicas: number; logLevel: string }
  | { kind: "authType"; type: "static" | "ephemeral" }
  | { kind: "platformSecret"; present: boolean };

/** Everything but the credential Secrets themselves (deleting those is a fault test of its own). */
const DELETABLE = [
  "server-config",
  "server-deployment",
  "server-service",
  "turn-gateway",
  "turn-route",
  "signaling-gateway",
  "signaling-route",
  "tls-certificate",
  "tls-issuer",
  "turn-gateway-config",
];

const event: fc.Arbitrary<Event> = fc.oneof(
  fc.record({ kind: fc.constant("restart" as const), seed: fc.integer() }),
  fc.record({
    kind: fc.constant("deployments" as const),
    state: fc.constantFrom("available" as const, "unavailable" as const, "lagging" as const),
  }),
  fc.record({
    kind: fc.constant("turnAddresses" as const),
    value: fc.oneof(
      fc.constant([]),
      fc.constant(["not an address!"]),
      fc.tuple(fc.oneof(fc.ipV4(), fc.ipV6(), hostname)).map((a) => a as string[]),
    ),
  }),
  fc.record({ kind: fc.constant("gateways" as const), programmed: fc.boolean(), routes: fc.boolean() }),
  fc.record({ kind: fc.constant("delete" as const), name: fc.constantFrom(...DELETABLE) }),
  fc.record({ kind: fc.constant("corruptStatus" as const), name: fc.constantFrom(...DELETABLE, "server-keys", "turn-auth"), status: junk }),
  fc.record({ kind: fc.constant("stripMetadata" as const), name: fc.constantFrom(...DELETABLE) }),
  fc.record({
    kind: fc.constant("editSpec" as const),
    replicas: fc.integer({ min: 1, max: 5 }),
    logLevel: fc.constantFrom("debug", "info", "warn"),
  }),
  fc.record({ kind: fc.constant("authType" as const), type: fc.constantFrom("static" as const, "ephemeral" as const) }),
  fc.record({ kind: fc.constant("platformSecret" as const), present: fc.boolean() }),
);

/** A pool with networking and a discovered (not fixed) TURN address most of the time. */
const pool = validPool.map((p) => {
  const spec = structuredClone(p.spec);
  if (spec.networking?.turn) delete spec.networking.turn.address;
  return { ...p, spec };
});

function apply(sim: Simulator, e: Event): void {
  const edit = (name: string, fn: (o: Obj) => void) => {
    const o = sim.observed(name);
    if (!o) return;
    fn(o);
    sim.cluster.put(o);
  };
  switch (e.kind) {
    case "restart":
      sim.setFunction(handlerRun(minter(createHash("sha256").update(String(e.seed)).digest())));
      return;
    case "deployments":
      sim.world.deployments = e.state;
      return;
    case "turnAddresses":
      sim.world.turnAddresses = [...e.value];
      return;
    case "gateways":
      sim.world.gatewaysProgrammed = e.programmed;
      sim.world.routesAccepted = e.routes;
      return;
    case "delete": {
      const key = sim.resourceRefs.get(e.name);
      if (key) sim.cluster.delete(key);
      return;
    }
    case "corruptStatus":
      edit(e.name, (o) => (o.status = e.status));
      return;
    case "stripMetadata":
      edit(e.name, (o) => {
        delete o.metadata.annotations;
        delete o.metadata.labels;
      });
      return;
    case "editSpec":
      sim.updateSpec({ ...sim.xr.spec, server: { ...sim.xr.spec.server, replicas: e.replicas, logLevel: e.logLevel } });
      return;
    case "authType":
      if (sim.xr.spec.networking) {
        const turn = { ...sim.xr.spec.networking.turn, auth: { type: e.type } };
        sim.updateSpec({ ...sim.xr.spec, networking: { ...sim.xr.spec.networking, turn } });
      }
      return;
    case "platformSecret":
      if (e.present) sim.cluster.put(platformAuthSecret(sim.xr.spec.networking?.turn?.auth?.type ?? "static"));
      else sim.cluster.delete(keyOf("v1", "Secret", PLATFORM_AUTH.namespace, PLATFORM_AUTH.name));
      return;
  }
}

const dataOf = (o: Obj | undefined) => (o ? JSON.stringify(o.data ?? {}) : undefined);

function turnServersOf(sim: Simulator): unknown {
  const config = sim.history.at(-1)?.response.desired?.resources?.["server-config"]?.resource;
  const text = Buffer.from(config?.data?.["config.yaml"] ?? "", "base64").toString();
  return (parseYaml(text) as Obj | null)?.rtc?.turn_servers;
}

describe("properties over histories of events", () => {
  it(
    "never regenerates credentials, never loses the TURN address, never leaks, never fails",
    async () => {
      const stats = { histories: 0, events: 0, reconciles: 0, restarts: 0, deletions: 0, addressKnown: 0 };
      await fc.assert(
        fc.asyncProperty(pool, fc.array(event, { minLength: 1, maxLength: 12 }), async (p, events) => {
          const { sim } = simulatorForGenerated(p);
          await sim.untilReady(4);
          const keys = dataOf(sim.observed("server-keys"));
          // TURN credentials: every value a key ever held stays (a type switch adds keys, never drops one).
          const turnValues = new Map<string, string>(Object.entries(sim.observed("turn-auth")?.data ?? {}));
          let addressKnown = turnServersOf(sim) !== undefined;
          for (const e of events) {
            apply(sim, e);
            const r = await sim.reconcile();
            expect(r.error, `after ${JSON.stringify(e)}`).toBeUndefined();
            expect(
              r.events.filter((ev) => ev.reason === "ApiKeysGenerated"),
              "keys minted again",
            ).toEqual([]);
            if (keys) expect(dataOf(sim.observed("server-keys")), `keys changed after ${JSON.stringify(e)}`).toBe(keys);
            const turnNow: Record<string, string> = sim.observed("turn-auth")?.data ?? {};
            for (const [k, v] of turnValues) {
              if (k !== "type" && p.scope !== "namespaced")
                expect(turnNow[k], `TURN credential ${k} changed after ${JSON.stringify(e)}`).toBe(v);
            }
            for (const [k, v] of Object.entries(turnNow)) if (!turnValues.has(k)) turnValues.set(k, v);
            const servers = turnServersOf(sim);
            if (addressKnown) {
              expect(servers, `TURN servers dropped after ${JSON.stringify(e)}`).toBeDefined();
              expect(sim.xr.status.turn?.address, `status.turn.address dropped after ${JSON.stringify(e)}`).toBeDefined();
            }
            addressKnown ||= servers !== undefined;
            const credentials = credentialsIn(sim.cluster.list());
            expect(leaks(credentials, visibleSurfaces(r.response))).toEqual([]);
            stats.restarts += e.kind === "restart" ? 1 : 0;
            stats.deletions += e.kind === "delete" ? 1 : 0;
          }
          stats.histories++;
          stats.events += events.length;
          stats.reconciles += sim.history.length;
          stats.addressKnown += addressKnown ? 1 : 0;
        }),
        { numRuns: RUNS },
      );
      console.log(
        `[history] ${stats.histories} histories, ${stats.events} events (${stats.restarts} restarts with a new seed, ${stats.deletions} deletions), ` +
          `${stats.reconciles} reconciles; keys and TURN credentials never changed; TURN address kept in all ${stats.addressKnown} histories that learned one`,
      );
    },
    propertyTimeout(RUNS),
  );
});

describe("convergence whatever the cluster does first", () => {
  type Step = "deployments" | "gateways" | "routes" | "certificates" | "issuers" | "address";
  const steps: Step[] = ["deployments", "gateways", "routes", "certificates", "issuers", "address"];

  it(
    "is Ready only once everything it composes is, and within 3 reconciles of the last piece",
    async () => {
      let histories = 0;
      let worst = 0;
      await fc.assert(
        fc.asyncProperty(
          pool,
          fc.shuffledSubarray(steps, { minLength: steps.length, maxLength: steps.length }),
          fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
          async (p, order, pauses) => {
            const { sim } = simulatorForGenerated(p, { world: slowWorld() });
            const done = new Set<Step>();
            for (const [i, step] of order.entries()) {
              for (let k = 0; k < pauses[i]!; k++) {
                const r = await sim.reconcile();
                expect(r.error).toBeUndefined();
                // Ready means every composed object is: the workload and what networking composes.
                const blocking = [
                  "deployments",
                  ...(p.spec.networking ? ["gateways", "routes", "certificates"] : []),
                  ...(p.spec.networking?.tls?.acme ? ["issuers"] : []),
                ];
                if (r.ready)
                  expect(
                    blocking.filter((b) => !done.has(b as Step)),
                    `Ready before ${order.join(", ")}`,
                  ).toEqual([]);
              }
              done.add(step);
              if (step === "deployments") sim.world.deployments = "available";
              if (step === "gateways") sim.world.gatewaysProgrammed = true;
              if (step === "routes") sim.world.routesAccepted = true;
              if (step === "certificates") sim.world.certificatesIssue = true;
              if (step === "issuers") sim.world.issuersReady = true;
              if (step === "address") sim.world.turnAddresses = ["192.0.2.44"];
            }
            const { ready, reconciles } = await sim.untilReady(3);
            expect(ready, `not Ready 3 reconciles after ${order.join(", ")}`).toBe(true);
            worst = Math.max(worst, reconciles);
            histories++;
          },
        ),
        { numRuns: RUNS },
      );
      console.log(
        `[history] ${histories} orders in which the cluster became ready: never Ready early, Ready within ${worst} reconciles of the last piece`,
      );
    },
    propertyTimeout(RUNS),
  );
});
