// The redis component below the migration: spec checks, names, scope-correct managed resources,
// credentials, the Memorystore connection Secret (observed connection details never reach
// `crossplane render`, so they are tested here with hand-built requests), and secret hygiene.
import { Ready, Severity, Status } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { cloudName } from "../../function/components/redis/view.js";
import { runFunction } from "../../function/handler.js";
import { parse } from "../../function/pipeline/parse.js";
import { minter, newSeed } from "../../function/secrets/mint.js";
import { configOf, FakeCluster } from "../support/cluster.js";
import { deps, desiredObjects, poolRequest } from "../support/requests.js";

type Obj = Record<string, any>;

// namespace "": a legacy, cluster-scoped XR.
const xr = (spec: unknown, namespace: string) => ({ metadata: { name: "p", uid: "u", ...(namespace ? { namespace } : {}) }, spec });
const errorsOf = (spec: unknown, input: unknown = {}, namespace = "ns") => {
  const r = parse(xr(spec, namespace), input);
  return r.ok ? [] : r.errors;
};

describe("spec.redis checks", () => {
  it("defaults to embedded when the pool needs Redis, and to none otherwise", () => {
    const mode = (spec: unknown) => {
      const r = parse(xr(spec, "ns"), {});
      return r.ok ? desiredObjects(poolRequest({ spec: r.pool.spec }))["redis-embedded-statefulset"] !== undefined : undefined;
    };
    expect(mode({ server: { replicas: 2 } })).toBe(true);
    expect(mode({ server: { replicas: 1 } })).toBe(false);
  });

  it("names the field for each backend setting a mode cannot do without", () => {
    expect(errorsOf({ redis: { mode: "external" } })).toEqual(["spec.redis.external.address: required when spec.redis.mode is external"]);
    expect(errorsOf({ redis: { mode: "memorystore" } })).toEqual([
      "spec.redis.memorystore.region: required when spec.redis.mode is memorystore (the function input sets no default)",
    ]);
    expect(errorsOf({ redis: { mode: "elasticache" } })).toEqual([
      "spec.redis.elasticache.region: required when spec.redis.mode is elasticache (the function input sets no default)",
      "spec.redis.elasticache.subnetGroupName: required when spec.redis.mode is elasticache (the function input sets no default): set subnetGroupName or subnetIds",
    ]);
  });

  it("takes cloud settings from the function input", () => {
    expect(errorsOf({ redis: { mode: "memorystore" } }, { redis: { memorystore: { region: "europe-west1" } } })).toEqual([]);
    expect(
      errorsOf({ redis: { mode: "elasticache" } }, { redis: { elasticache: { region: "eu-west-1", subnetGroupName: "cache" } } }),
    ).toEqual([]);
  });

  it("rejects malformed settings with their paths", () => {
    expect(errorsOf({ redis: { mode: "external", external: { address: "redis.example" } } })).toEqual([
      "spec.redis.external.address: must be host:port",
    ]);
    expect(errorsOf({ redis: { elasticache: { subnetGroupName: "a", subnetIds: ["s"] } } })).toEqual([
      "spec.redis.elasticache.subnetIds: set subnetGroupName or subnetIds, not both",
    ]);
    expect(errorsOf({ redis: { mode: "memorystore", memorystore: { region: "r", tier: "GOLD" } } })[0]).toMatch(
      /^spec\.redis\.memorystore\.tier: /,
    );
    expect(errorsOf({ redis: { mode: "redis" } })[0]).toMatch(/^spec\.redis\.mode: /);
    expect(errorsOf({ redis: { mode: "embedded", embeded: {} } })[0]).toMatch(/^spec\.redis: .*embeded/);
  });

  it("lets only namespaced pools choose the ProviderConfig kind", () => {
    const spec = {
      redis: { mode: "memorystore", memorystore: { region: "r", providerConfigRef: { name: "gcp", kind: "ProviderConfig" } } },
    };
    expect(errorsOf(spec)).toEqual([]);
    expect(errorsOf(spec, {}, "")).toEqual([
      "spec.redis.memorystore.providerConfigRef.kind: only namespaced pools choose the kind; a legacy pool names a cluster-scoped ProviderConfig",
    ]);
  });
});

describe("cloudName", () => {
  const valid = (n: string) => n.length <= 40 && /^[a-z]([a-z0-9]|-(?!-))*[a-z0-9]$/.test(n);

  it("keeps a short valid name as it is", () => {
    expect(cloudName("media-demo-livekit")).toBe("media-demo-livekit");
  });

  it("makes any name valid for Memorystore and ElastiCache, and keeps different names apart", () => {
    const long = `team-${"a".repeat(60)}`;
    for (const n of [long, `${long}x`, "9lives", "a--b", "a.b-c"]) expect(valid(cloudName(n)), cloudName(n)).toBe(true);
    expect(cloudName(long)).not.toBe(cloudName(`${long}x`));
    expect(cloudName("a.b")).not.toBe(cloudName("a-b"));
  });
});

describe("managed resources", () => {
  const memorystore = (spec: Obj, base: Obj = {}) =>
    desiredObjects(poolRequest({ ...base, spec: { redis: { mode: "memorystore", memorystore: { region: "r" }, ...spec } } }))[
      "redis-memorystore-instance"
    ]!;
  const legacy = {
    name: "p-x1",
    namespace: "",
    claimRef: { apiVersion: "livekit.stunner.l7mp.io/v1alpha1", kind: "LiveKitPoolClaim", name: "p", namespace: "team" },
  };

  it("retain cloud instances by default: no Delete policy (namespaced), Orphan (legacy), deletion protection on", () => {
    expect(memorystore({}).spec).toMatchObject({
      managementPolicies: ["Observe", "Create", "Update", "LateInitialize"],
      forProvider: { deletionProtection: true },
    });
    expect(memorystore({}).spec.deletionPolicy).toBeUndefined();
    expect(memorystore({}, legacy).spec).toMatchObject({ deletionPolicy: "Orphan", forProvider: { deletionProtection: true } });
    expect(memorystore({}, legacy).spec.managementPolicies).toBeUndefined();
  });

  it("delete them with the pool on deletionPolicy Delete", () => {
    expect(memorystore({ deletionPolicy: "Delete" }).spec).toMatchObject({
      managementPolicies: ["*"],
      forProvider: { deletionProtection: false },
    });
    expect(memorystore({ deletionPolicy: "Delete" }, legacy).spec.deletionPolicy).toBe("Delete");
  });

  it("use the scope's provider config and secret reference shapes", () => {
    expect(memorystore({}).spec).toMatchObject({
      providerConfigRef: { kind: "ClusterProviderConfig", name: "default" },
      writeConnectionSecretToRef: { name: "pool-redis-memorystore" },
    });
    expect(memorystore({}).spec.writeConnectionSecretToRef.namespace).toBeUndefined();
    expect(memorystore({}, legacy).spec).toMatchObject({
      providerConfigRef: { name: "default" },
      writeConnectionSecretToRef: { name: "p-redis-memorystore", namespace: "team" },
    });
    const group = (base: Obj) =>
      desiredObjects(
        poolRequest({ ...base, spec: { redis: { mode: "elasticache", elasticache: { region: "r", subnetGroupName: "g" } } } }),
      )["redis-elasticache-replicationgroup"]!;
    expect(group({}).spec.forProvider.authTokenSecretRef).toEqual({ name: "pool-redis-elasticache-auth", key: "auth-token" });
    expect(group(legacy).spec.forProvider.authTokenSecretRef).toEqual({
      name: "p-redis-elasticache-auth",
      namespace: "team",
      key: "auth-token",
    });
    expect(group(legacy).apiVersion).toBe("elasticache.aws.upbound.io/v1beta2");
    expect(group({}).apiVersion).toBe("elasticache.aws.m.upbound.io/v1beta1");
  });

  it("take platform defaults from the function input and let the spec override them", () => {
    const input = {
      redis: {
        memorystore: { region: "europe-west4", tier: "BASIC", providerConfigRef: { name: "gcp-platform", kind: "ProviderConfig" } },
      },
    };
    const mr = desiredObjects(poolRequest({ spec: { redis: { mode: "memorystore", memorystore: { memorySizeGb: 4 } } }, input }))[
      "redis-memorystore-instance"
    ]!;
    expect(mr.spec.forProvider).toMatchObject({ region: "europe-west4", tier: "BASIC", memorySizeGb: 4, redisVersion: "REDIS_7_2" });
    expect(mr.spec.providerConfigRef).toEqual({ kind: "ProviderConfig", name: "gcp-platform" });
  });
});

describe("Memorystore credentials (observed connection details)", () => {
  const spec = { server: { replicas: 2 }, redis: { mode: "memorystore", memorystore: { region: "r" } } };
  const atProvider = {
    host: "10.0.0.3",
    port: 6378,
    serverCaCerts: [{ cert: "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----" }],
  };
  const readyCluster = () => {
    const cluster = new FakeCluster();
    cluster.reconcile(spec);
    cluster.managedResourceReady("redis-memorystore-instance", atProvider);
    cluster.reconcile(spec); // composes the CA Secret
    return cluster;
  };

  it("starts the server only once the AUTH string is in the connection Secret", () => {
    const cluster = readyCluster();
    expect(cluster.reconcile(spec).desired["server-deployment"]).toBeUndefined();
    cluster.connectionDetails["redis-memorystore-instance"] = { "attribute.auth_string": "" };
    expect(cluster.reconcile(spec).desired["server-deployment"]).toBeUndefined();
    cluster.connectionDetails["redis-memorystore-instance"] = { "attribute.auth_string": "s3cr3t-auth-string" };
    const call = cluster.reconcile(spec);
    const pod = call.desired["server-deployment"]!.spec.template.spec;
    expect(pod.containers[0].env).toContainEqual({
      name: "REDIS_PASSWORD",
      valueFrom: { secretKeyRef: { name: "pool-redis-memorystore", key: "attribute.auth_string" } },
    });
    expect(pod.volumes).toContainEqual({
      name: "redis-tls",
      secret: { secretName: "pool-redis-memorystore-ca", defaultMode: 0o440, items: [{ key: "ca.crt", path: "ca.crt" }] },
    });
    expect(configOf(call.desired["server-config"])!.redis).toEqual({
      address: "10.0.0.3:6378",
      tls: { enabled: true, ca_cert_file: "/etc/livekit/redis-tls/ca.crt" },
    });
  });

  it("needs no AUTH string, and mounts no CA, when AUTH and TLS are off", () => {
    const plain = { ...spec, redis: { ...spec.redis, memorystore: { region: "r", authEnabled: false, transitEncryption: false } } };
    const cluster = new FakeCluster();
    cluster.reconcile(plain);
    cluster.managedResourceReady("redis-memorystore-instance", { host: "10.0.0.3", port: 6379 });
    const call = cluster.reconcile(plain);
    expect(call.desired["redis-memorystore-instance"]!.spec.forProvider.transitEncryptionMode).toBeUndefined();
    expect(call.desired["redis-memorystore-ca"]).toBeUndefined();
    const pod = call.desired["server-deployment"]!.spec.template.spec;
    expect(pod.containers[0].env.map((e: Obj) => e.name)).toEqual(["NODE_IP"]);
    expect(configOf(call.desired["server-config"])!.redis).toEqual({ address: "10.0.0.3:6379" });
  });
});

describe("generated Redis credentials", () => {
  const embedded = { server: { replicas: 2 } };

  it("are minted once and read back from the observed Secret, never regenerated", () => {
    const first = desiredObjects(poolRequest({ spec: embedded }));
    const again = runFunction(poolRequest({ spec: embedded, observed: { "redis-embedded-auth": first["redis-embedded-auth"]! } }), {
      mint: minter(newSeed()),
    });
    expect(again.response.desired!.resources["redis-embedded-auth"]!.resource!.data).toEqual(first["redis-embedded-auth"]!.data);
    const token = (observed: Obj) =>
      runFunction(poolRequest({ spec: { redis: { mode: "elasticache", elasticache: { region: "r", subnetGroupName: "g" } } }, observed }), {
        mint: minter(newSeed()),
      }).response.desired!.resources["redis-elasticache-auth"]!.resource!.data;
    const minted = token({});
    expect(token({ "redis-elasticache-auth": { data: minted } })).toEqual(minted);
  });

  it("keep a damaged Secret byte for byte and say so", () => {
    const damaged = { data: { password: Buffer.from("short").toString("base64") } };
    const { response } = runFunction(poolRequest({ spec: embedded, observed: { "redis-embedded-auth": damaged } }), deps);
    expect(response.desired!.resources["redis-embedded-auth"]!.resource!.data).toEqual(damaged.data);
    expect(response.results).toContainEqual(
      expect.objectContaining({ severity: Severity.SEVERITY_WARNING, reason: "RedisCredentialUnreadable" }),
    );
    expect(response.conditions.find((c) => c.type === "RedisReady")!.message).toMatch(/waiting for its password in Secret pool-redis-auth/);
  });
});

describe("embedded Redis", () => {
  const spec = { server: { replicas: 2 }, redis: { embedded: { storage: { size: "1Gi" } } } };

  it("runs hardened, with its password only in a Secret file and the probe's env", () => {
    const objects = desiredObjects(poolRequest({ spec }));
    const pod = objects["redis-embedded-statefulset"]!.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.containers[0].securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ["ALL"] },
    });
    expect(pod.containers[0].image).toBe("valkey/valkey:8.0.2-alpine");
    const password = Buffer.from(objects["redis-embedded-auth"]!.data.password, "base64").toString();
    expect(JSON.stringify(objects["redis-embedded-statefulset"])).not.toContain(password);
    expect(Buffer.from(objects["redis-embedded-auth"]!.data["auth.conf"], "base64").toString()).toBe(`requirepass ${password}\n`);
  });

  it("admits only this pool's pods", () => {
    const policy = desiredObjects(poolRequest({ spec }))["redis-embedded-networkpolicy"]!;
    expect(policy.spec.ingress).toEqual([
      { from: [{ podSelector: { matchLabels: { "livekit.stunner.l7mp.io/pool": "pool" } } }], ports: [{ protocol: "TCP", port: 6379 }] },
    ]);
    expect(policy.spec.policyTypes).toEqual(["Ingress"]);
  });

  it("keeps the storage of an existing StatefulSet, which Kubernetes cannot change, and warns", () => {
    const first = desiredObjects(poolRequest({ spec }));
    const observed = { "redis-embedded-statefulset": first["redis-embedded-statefulset"]! };
    const same = runFunction(
      poolRequest({ spec: { ...spec, redis: { embedded: { storage: { size: "1024Mi" } } } }, observed }),
      deps,
    ).response;
    expect(same.results.map((r) => r.reason)).not.toContain("RedisStorageImmutable");
    const bigger = runFunction(
      poolRequest({ spec: { ...spec, redis: { embedded: { storage: { size: "5Gi" } } } }, observed }),
      deps,
    ).response;
    expect(
      bigger.desired!.resources["redis-embedded-statefulset"]!.resource!.spec.volumeClaimTemplates[0].spec.resources.requests.storage,
    ).toBe("1Gi");
    expect(bigger.results).toContainEqual(
      expect.objectContaining({ severity: Severity.SEVERITY_WARNING, reason: "RedisStorageImmutable" }),
    );
  });
});

describe("the record of what LiveKit uses", () => {
  it("reports a damaged record and points LiveKit at the ready target", () => {
    const cluster = new FakeCluster();
    const spec = { server: { replicas: 2 } };
    cluster.reconcile(spec);
    cluster.statefulSetReady("redis-embedded-statefulset");
    cluster.reconcile(spec);
    cluster.observed["server-config"]!.metadata.annotations["livekit.stunner.l7mp.io/redis-connection"] = "{not json";
    const call = cluster.reconcile(spec);
    expect(call.response.results).toContainEqual(
      expect.objectContaining({ severity: Severity.SEVERITY_WARNING, reason: "RedisRecordUnreadable" }),
    );
    expect(configOf(call.desired["server-config"])!.redis.address).toBe("pool-redis.media.svc:6379");
  });
});

describe("while a migration is under way", () => {
  it("asks to be called again soon even when every composed object is ready", () => {
    const cluster = new FakeCluster();
    const embedded = { server: { replicas: 2 } };
    cluster.reconcile(embedded);
    cluster.statefulSetReady("redis-embedded-statefulset");
    cluster.reconcile(embedded);
    cluster.rollOut();
    expect(cluster.reconcile(embedded).response.meta!.ttl!.seconds).toBe(300);
    // Memorystore is Ready with endpoint and CA, but its AUTH string has not arrived yet.
    const memorystore = { server: { replicas: 2 }, redis: { mode: "memorystore", memorystore: { region: "r" } } };
    cluster.reconcile(memorystore);
    cluster.managedResourceReady("redis-memorystore-instance", { host: "10.0.0.3", port: 6378, serverCaCerts: [{ cert: "CA" }] });
    cluster.reconcile(memorystore);
    const waiting = cluster.reconcile(memorystore).response;
    expect(Object.values(waiting.desired!.resources).every((r) => r.ready === Ready.READY_TRUE)).toBe(true);
    expect(waiting.desired!.composite!.resource!.status.redis.phase).toBe("Provisioning");
    expect(waiting.meta!.ttl!.seconds).toBe(15);
    expect(waiting.conditions.find((c) => c.type === "RedisReady")!.status).toBe(Status.STATUS_CONDITION_FALSE);
  });
});

describe("secrets stay in Secrets", () => {
  it("across a whole switch, no credential appears in config, status, conditions, results or any non-Secret object", () => {
    const cluster = new FakeCluster();
    const server = { replicas: 2 };
    const specs = {
      embedded: { server },
      memorystore: { server, redis: { mode: "memorystore", memorystore: { region: "r" } } },
      elasticache: { server, redis: { mode: "elasticache", elasticache: { region: "r", subnetGroupName: "g" } } },
    };
    const authString = "google-auth-string-0123456789abcdef";
    cluster.reconcile(specs.embedded);
    cluster.statefulSetReady("redis-embedded-statefulset");
    cluster.reconcile(specs.embedded);
    cluster.rollOut();
    cluster.reconcile(specs.memorystore);
    cluster.managedResourceReady(
      "redis-memorystore-instance",
      { host: "10.0.0.3", port: 6378, serverCaCerts: [{ cert: "CA" }] },
      { "attribute.auth_string": authString },
    );
    cluster.reconcile(specs.memorystore);
    cluster.reconcile(specs.memorystore);
    cluster.rollOut();
    cluster.reconcile(specs.elasticache);
    cluster.managedResourceReady("redis-elasticache-replicationgroup", { primaryEndpointAddress: "master.example", port: 6379 });
    cluster.reconcile(specs.elasticache);
    cluster.rollOut();
    cluster.reconcile(specs.elasticache);

    const decode = (v: string) => Buffer.from(v, "base64").toString();
    const secrets = new Set<string>([authString]);
    for (const call of cluster.calls) {
      for (const name of ["redis-embedded-auth", "redis-elasticache-auth", "server-keys"]) {
        for (const v of Object.values<string>(call.desired[name]?.data ?? {})) {
          const text = decode(v);
          if (name === "redis-embedded-auth" && text.startsWith("requirepass ")) continue;
          secrets.add(text);
        }
      }
    }
    expect(secrets.size).toBeGreaterThanOrEqual(6);
    for (const call of cluster.calls) {
      const config = call.desired["server-config"]!;
      const exposed = JSON.stringify({
        composite: call.response.desired!.composite,
        conditions: call.response.conditions,
        results: call.response.results,
        config: decode(config.data["config.yaml"]),
        annotations: config.metadata.annotations,
        nonSecrets: Object.values(call.desired).filter((o) => o.kind !== "Secret"),
      });
      for (const secret of secrets) expect(exposed).not.toContain(secret);
    }
  });
});
