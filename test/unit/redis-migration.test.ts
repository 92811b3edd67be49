// Zero-downtime switching between Redis backends, followed call by call through a fake cluster
// (test/support/cluster.ts): at every step LiveKit may only be pointed at a backend that was
// observed ready, and no backend may leave the desired state while a server pod still uses it.
import { describe, expect, it } from "vitest";
import { planMigration, podsRunObservedConfig, type MigrationInput } from "../../function/components/redis/migration.js";
import { configChecksum } from "../../function/model/server-config.js";
import { configOf, FakeCluster, redisSecretRefs, type Call } from "../support/cluster.js";

type Obj = Record<string, any>;

const MEMORYSTORE = {
  host: "10.0.0.3",
  port: 6378,
  serverCaCerts: [{ cert: "-----BEGIN CERTIFICATE-----\nMIIBmemorystore\n-----END CERTIFICATE-----" }],
};
const MEMORYSTORE_AUTH = { "attribute.auth_string": "auth-string-from-google-0123456789", host: "10.0.0.3" };
const ELASTICACHE = { primaryEndpointAddress: "master.pool.abc123.euw1.cache.amazonaws.com", port: 6379 };

type Backend = "embedded" | "memorystore" | "elasticache";

/** Composed objects a backend cannot lose while a pod uses it. */
const OBJECTS: Record<Backend, string[]> = {
  embedded: ["redis-embedded-auth", "redis-embedded-statefulset", "redis-embedded-service", "redis-embedded-networkpolicy"],
  memorystore: ["redis-memorystore-instance", "redis-memorystore-ca"],
  elasticache: ["redis-elasticache-auth", "redis-elasticache-subnetgroup", "redis-elasticache-replicationgroup"],
};

function backendAt(address: string): Backend {
  if (address.includes(".svc:")) return "embedded";
  if (address === `${MEMORYSTORE.host}:${MEMORYSTORE.port}`) return "memorystore";
  if (address === `${ELASTICACHE.primaryEndpointAddress}:${ELASTICACHE.port}`) return "elasticache";
  throw new Error(`LiveKit points at an unknown address ${address}`);
}

const conditionTrue = (o: Obj | undefined, type: string) =>
  o?.status?.conditions?.some((c: Obj) => c.type === type && c.status === "True") === true;

/** Ready as the function's input showed it: provisioned, endpoint and credentials known. */
function readyIn(call: Call, backend: Backend): boolean {
  const o = call.before;
  switch (backend) {
    case "embedded": {
      const s = o["redis-embedded-statefulset"];
      return (
        !!s &&
        !!o["redis-embedded-auth"] &&
        !!o["redis-embedded-service"] &&
        s.status?.readyReplicas >= 1 &&
        s.status.observedGeneration >= s.metadata.generation
      );
    }
    case "memorystore": {
      const i = o["redis-memorystore-instance"];
      return (
        !!i &&
        conditionTrue(i, "Ready") &&
        !!i.status.atProvider.host &&
        !!call.connectionDetailsBefore["redis-memorystore-instance"]?.["attribute.auth_string"] &&
        !!o["redis-memorystore-ca"]
      );
    }
    case "elasticache": {
      const g = o["redis-elasticache-replicationgroup"];
      return !!g && conditionTrue(g, "Ready") && !!g.status.atProvider.primaryEndpointAddress && !!o["redis-elasticache-auth"];
    }
  }
}

/** The two promises of the issue, checked on one call. */
function expectSafe(call: Call): void {
  const deployment = call.desired["server-deployment"];
  if (deployment) {
    const redis = configOf(call.desired["server-config"])!.redis;
    expect(redis, "a pool of 2 replicas never runs without Redis").toBeDefined();
    const backend = backendAt(redis.address);
    expect(readyIn(call, backend), `LiveKit is pointed at ${backend}, which is not ready`).toBe(true);
    for (const secret of redisSecretRefs(deployment)) {
      const composed = Object.values(call.desired).some((o) => o.kind === "Secret" && o.metadata.name === secret);
      const connectionSecret = secret.endsWith("-redis-memorystore");
      expect(composed || connectionSecret, `LiveKit reads Secret ${secret}, which nobody writes`).toBe(true);
    }
  }
  for (const pod of call.podsBefore) {
    if (!pod.redis) continue;
    const backend = backendAt(pod.redis.address);
    for (const name of OBJECTS[backend]) {
      if (call.before[name]) expect(call.desired[name], `${name} dropped while a pod uses ${backend}`).toBeDefined();
    }
  }
}

const phase = (call: Call) => call.response.desired!.composite!.resource!.status.redis;
const pointsAt = (call: Call) => {
  const redis = configOf(call.desired["server-config"])?.redis;
  return redis ? backendAt(redis.address) : undefined;
};
const condition = (call: Call) => call.response.conditions.find((c) => c.type === "RedisReady")!;

const SCOPES = [
  { scope: "namespaced", base: { namespace: "media" } },
  {
    scope: "legacy",
    base: {
      name: "pool-x7k2p",
      namespace: "",
      claimRef: { apiVersion: "livekit.stunner.l7mp.io/v1alpha1", kind: "LiveKitPoolClaim", name: "pool", namespace: "team-b" },
    },
  },
] as const;

describe.each(SCOPES)("switching Redis backends ($scope pool)", ({ base }) => {
  it("moves embedded -> memorystore -> elasticache -> embedded without LiveKit ever on a backend that is not ready", () => {
    const cluster = new FakeCluster(base);
    const server = { replicas: 2 };
    const step = (spec: Obj) => {
      const call = cluster.reconcile(spec);
      expectSafe(call);
      return call;
    };

    // A new pool: the server waits for its first Redis.
    const embedded = { server, redis: { mode: "embedded" } };
    let call = step(embedded);
    expect(call.desired["server-deployment"]).toBeUndefined();
    expect(phase(call)).toEqual({ mode: "embedded", phase: "Provisioning" });
    expect(condition(call).message).toMatch(/The server starts once it is ready\.$/);
    call = step(embedded);
    expect(call.desired["server-deployment"]).toBeUndefined();
    cluster.statefulSetReady("redis-embedded-statefulset");
    call = step(embedded);
    expect(pointsAt(call)).toBe("embedded");
    cluster.rollOut();
    call = step(embedded);
    expect(phase(call)).toMatchObject({ active: "embedded", phase: "Stable", tls: false });

    // embedded -> memorystore. LiveKit stays on embedded until Memorystore is ready with its
    // endpoint, its AUTH string and its CA.
    const memorystore = { server, redis: { mode: "memorystore", memorystore: { region: "europe-west1" } } };
    call = step(memorystore);
    expect(phase(call)).toEqual({
      mode: "memorystore",
      active: "embedded",
      endpoint: expect.stringContaining(".svc:6379"),
      tls: false,
      phase: "Provisioning",
      retiring: ["embedded"],
    });
    expect(pointsAt(call)).toBe("embedded");
    cluster.managedResourceReady("redis-memorystore-instance");
    call = step(memorystore);
    expect(condition(call).message).toMatch(/waiting for the endpoint of Instance/);
    cluster.managedResourceReady("redis-memorystore-instance", MEMORYSTORE);
    call = step(memorystore);
    expect(condition(call).message).toMatch(/waiting for the AUTH string in connection Secret/);
    expect(call.desired["redis-memorystore-ca"]).toBeDefined();
    cluster.managedResourceReady("redis-memorystore-instance", MEMORYSTORE, MEMORYSTORE_AUTH);
    call = step(memorystore);
    expect(pointsAt(call)).toBe("memorystore");
    expect(call.response.results.map((r) => r.reason)).toContain("RedisBackendSwitched");
    expect(phase(call)).toMatchObject({ active: "memorystore", phase: "RollingOut", retiring: ["embedded"], tls: true });
    // Half-way through the rollout the old pods still use embedded: it stays.
    step(memorystore);
    cluster.rollOutOnePod();
    call = step(memorystore);
    expect(call.desired["redis-embedded-statefulset"]).toBeDefined();
    expect(phase(call).phase).toBe("RollingOut");
    cluster.rollOut();
    call = step(memorystore);
    expect(call.desired["redis-embedded-statefulset"]).toBeUndefined();
    expect(phase(call)).toEqual({ mode: "memorystore", active: "memorystore", endpoint: "10.0.0.3:6378", tls: true, phase: "Stable" });

    // memorystore -> elasticache, with the Memorystore settings removed from the spec: the
    // Instance LiveKit still uses is carried forward exactly as observed.
    const elasticache = {
      server,
      redis: { mode: "elasticache", elasticache: { region: "eu-west-1", subnetIds: ["subnet-a", "subnet-b"] } },
    };
    const instanceBefore = cluster.observed["redis-memorystore-instance"]!;
    call = step(elasticache);
    expect(call.desired["redis-memorystore-instance"]!.spec).toEqual(instanceBefore.spec);
    expect(pointsAt(call)).toBe("memorystore");
    cluster.managedResourceReady("redis-elasticache-subnetgroup");
    call = step(elasticache);
    expect(condition(call).message).toMatch(/waiting for ReplicationGroup .* to become Ready/);
    cluster.managedResourceReady("redis-elasticache-replicationgroup", ELASTICACHE);
    call = step(elasticache);
    expect(pointsAt(call)).toBe("elasticache");
    call = step(elasticache);
    expect(call.desired["redis-memorystore-instance"]).toBeDefined();
    cluster.rollOut();
    call = step(elasticache);
    expect(call.desired["redis-memorystore-instance"]).toBeUndefined();
    expect(call.desired["redis-memorystore-ca"]).toBeUndefined();
    expect(phase(call)).toMatchObject({ active: "elasticache", phase: "Stable", tls: true });

    // elasticache -> embedded: a new embedded Redis (new password), then the same dance.
    call = step(embedded);
    expect(pointsAt(call)).toBe("elasticache");
    cluster.statefulSetReady("redis-embedded-statefulset");
    call = step(embedded);
    expect(pointsAt(call)).toBe("embedded");
    cluster.rollOutOnePod();
    call = step(embedded);
    expect(call.desired["redis-elasticache-replicationgroup"]).toBeDefined();
    cluster.rollOut();
    call = step(embedded);
    expect(Object.keys(call.desired).filter((k) => k.startsWith("redis-elasticache"))).toEqual([]);
    expect(phase(call)).toMatchObject({ mode: "embedded", active: "embedded", phase: "Stable" });
  });

  it("drops a backend LiveKit never used when the spec changes its mind, without touching the server", () => {
    const cluster = new FakeCluster(base);
    const server = { replicas: 2 };
    const embedded = { server, redis: { mode: "embedded" } };
    cluster.reconcile(embedded);
    cluster.statefulSetReady("redis-embedded-statefulset");
    cluster.reconcile(embedded);
    cluster.rollOut();
    const stable = cluster.reconcile(embedded);

    const provisioning = cluster.reconcile({
      server,
      redis: { mode: "elasticache", elasticache: { region: "eu-west-1", subnetGroupName: "cache" } },
    });
    expectSafe(provisioning);
    expect(provisioning.desired["redis-elasticache-replicationgroup"]).toBeDefined();

    const back = cluster.reconcile(embedded);
    expectSafe(back);
    expect(back.desired["redis-elasticache-replicationgroup"]).toBeUndefined();
    expect(back.desired["redis-elasticache-auth"]).toBeUndefined();
    expect(back.desired["server-deployment"]).toEqual(stable.desired["server-deployment"]);
    expect(phase(back).phase).toBe("Stable");
  });

  it("moves a multi-node pool off Redis only by a rejected spec, and a single node off Redis safely", () => {
    const cluster = new FakeCluster(base);
    const embedded = { server: { replicas: 2 }, redis: { mode: "embedded" } };
    cluster.reconcile(embedded);
    cluster.statefulSetReady("redis-embedded-statefulset");
    cluster.reconcile(embedded);
    cluster.rollOut();
    cluster.reconcile(embedded);
    expect(() => cluster.reconcile({ server: { replicas: 2 }, redis: { mode: "none" } })).toThrow(
      /spec\.redis\.mode: "none" cannot serve this pool \(spec\.server\.replicas is 2\)/,
    );

    // Down to one replica, the default mode is none: the pods roll off Redis before it goes.
    const single = { server: { replicas: 1 } };
    let call = cluster.reconcile(single);
    expect(configOf(call.desired["server-config"])!.redis).toBeUndefined();
    expect(call.desired["redis-embedded-statefulset"]).toBeDefined();
    expect(phase(call)).toMatchObject({ mode: "none", active: "none", phase: "RollingOut", retiring: ["embedded"] });
    cluster.rollOut();
    call = cluster.reconcile(single);
    expect(call.desired["redis-embedded-statefulset"]).toBeUndefined();
    expect(phase(call)).toEqual({ mode: "none", active: "none", phase: "Stable" });
  });
});

describe("planMigration", () => {
  const base: MigrationInput = {
    target: "memorystore",
    targetReady: false,
    recorded: undefined,
    serverExists: false,
    podsOnRecorded: false,
    present: [],
  };

  it("holds a new pool's server until its first backend is ready", () => {
    expect(planMigration(base)).toEqual({ source: "waiting", active: undefined, keep: [], phase: "Provisioning" });
    expect(planMigration({ ...base, targetReady: true })).toMatchObject({ source: "target", active: "memorystore", phase: "Stable" });
  });

  it("keeps LiveKit and its backend while the target is provisioned, and drops what no pod uses", () => {
    const onEmbedded = {
      ...base,
      recorded: { backend: "embedded" } as never,
      serverExists: true,
      podsOnRecorded: true,
      present: ["embedded", "memorystore"] as const,
    };
    expect(planMigration(onEmbedded)).toEqual({ source: "recorded", active: "embedded", keep: ["embedded"], phase: "Provisioning" });
    const onNone = { ...onEmbedded, recorded: { backend: "none" as const } };
    expect(planMigration(onNone)).toEqual({ source: "recorded", active: "none", keep: [], phase: "Provisioning" });
    expect(planMigration({ ...onNone, podsOnRecorded: false }).keep).toEqual(["embedded"]);
  });

  it("keeps every other backend until all pods run a config recorded as using the target", () => {
    const recorded = { backend: "embedded" } as never;
    const switching = {
      ...base,
      targetReady: true,
      recorded,
      serverExists: true,
      podsOnRecorded: true,
      present: ["embedded", "memorystore"] as const,
    };
    expect(planMigration(switching)).toMatchObject({ active: "memorystore", keep: ["embedded"], phase: "RollingOut" });
    const switched = { ...switching, recorded: { backend: "memorystore" } as never };
    expect(planMigration({ ...switched, podsOnRecorded: false })).toMatchObject({ keep: ["embedded"], phase: "RollingOut" });
    expect(planMigration(switched)).toEqual({ source: "target", active: "memorystore", keep: [], phase: "Stable" });
  });

  it("keeps the recorded backend even when pods have settled, while the target is not ready", () => {
    const plan = planMigration({
      ...base,
      recorded: { backend: "elasticache" } as never,
      serverExists: true,
      podsOnRecorded: true,
      present: ["elasticache", "embedded", "memorystore"],
    });
    expect(plan).toEqual({ source: "recorded", active: "elasticache", keep: ["elasticache"], phase: "Provisioning" });
  });
});

describe("podsRunObservedConfig", () => {
  const text = "port: 7880\n";
  const secret = { data: { "config.yaml": Buffer.from(text).toString("base64") } };
  const deployment = (status: Obj, checksum = configChecksum(text), generation = 2) => ({
    metadata: { generation },
    spec: { replicas: 2, template: { metadata: { annotations: { "livekit.stunner.l7mp.io/config-checksum": checksum } } } },
    status,
  });
  const done = { observedGeneration: 2, replicas: 2, updatedReplicas: 2, availableReplicas: 2 };

  it("is true once every pod runs the observed config", () => {
    expect(podsRunObservedConfig(deployment(done), secret)).toBe(true);
  });

  it("is false while the template carries another config, the controller lags, or old pods remain", () => {
    expect(podsRunObservedConfig(deployment(done, configChecksum("port: 1\n")), secret)).toBe(false);
    expect(podsRunObservedConfig(deployment({ ...done, observedGeneration: 1 }), secret)).toBe(false);
    expect(podsRunObservedConfig(deployment({ ...done, replicas: 3 }), secret)).toBe(false);
    expect(podsRunObservedConfig(deployment({ ...done, updatedReplicas: 1 }), secret)).toBe(false);
    expect(podsRunObservedConfig(deployment({ ...done, terminatingReplicas: 1 }), secret)).toBe(false);
    expect(podsRunObservedConfig(undefined, secret)).toBe(false);
    expect(podsRunObservedConfig(deployment(done), undefined)).toBe(false);
  });
});
