// Ingress, Egress and scaling through the handler: the flag adds and removes everything in one
// call, secrets reach the programs only by reference, and the config body survives any password.
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { configBody, envRef } from "../../function/k8s/env-config.js";
import { parse } from "../../function/pipeline/parse.js";
import { desiredObjects, poolRequest } from "../support/requests.js";
import { configOf, FakeCluster } from "../support/cluster.js";
import { unbindablePorts } from "../support/sim/controllers.js";

type Obj = Record<string, any>;

const externalRedis = { mode: "external", external: { address: "redis.data:6379", passwordSecretRef: { name: "team-redis", key: "pw" } } };
// A cluster-scoped pool with networking needs no platform Secret, so its object set is complete on its own.
const legacy = (spec: Obj) => ({
  name: "p",
  namespace: "",
  claimRef: { name: "p", namespace: "team" },
  spec,
  input: { networking: { tlsIssuerRef: { name: "le" } } },
});
const base = { networking: { hostname: "live.example.com" }, redis: externalRedis };

/** Two calls, the second observing the first, as Crossplane converges. */
function converge(p: ReturnType<typeof legacy>): Record<string, Obj> {
  const first = desiredObjects(poolRequest(p));
  return desiredObjects(poolRequest({ ...p, observed: first }));
}

const serverConfig = (objects: Record<string, Obj>) =>
  parseYaml(Buffer.from(objects["server-config"]!.data["config.yaml"], "base64").toString());
const envOf = (d: Obj) => d.spec.template.spec.containers[0].env as Obj[];

describe("ingress and egress flags", () => {
  it("off -> on -> off returns exactly the object set it started from", () => {
    const off = converge(legacy(base));
    const onSpec = {
      ...base,
      server: { replicas: 2, autoscaling: { maxReplicas: 4 } },
      ingress: { enabled: true, replicas: 2 },
      egress: { enabled: true, storage: { gcs: { bucket: "b" } } },
    };
    const on = desiredObjects(poolRequest({ ...legacy(onSpec), observed: off }));
    const added = Object.keys(on)
      .filter((k) => !(k in off))
      .sort();
    expect(added).toEqual([
      "egress-deployment",
      "ingress-deployment",
      "ingress-disruption-budget",
      "ingress-rtmp-route",
      "ingress-service",
      "ingress-whip-media-route",
      "ingress-whip-route",
      "server-autoscaler",
      "server-disruption-budget",
    ]);
    const listeners = (o: Record<string, Obj>) => o["signaling-gateway"]!.spec.listeners.map((l: Obj) => l.name);
    expect(listeners(on)).toEqual(["https", "rtmps", "whip-media"]);
    expect(serverConfig(on).ingress).toEqual({
      rtmp_base_url: "rtmps://live.example.com:1935/x",
      whip_base_url: "https://live.example.com/w",
    });
    expect(on["server-deployment"]!.spec.replicas).toBeUndefined(); // the autoscaler owns it

    const backOff = desiredObjects(poolRequest({ ...legacy(base), observed: on }));
    expect(backOff).toEqual(off);
    expect(serverConfig(backOff).ingress).toBeUndefined();
    expect(listeners(backOff)).toEqual(["https"]);
  });

  it("gives Ingress and Egress the server's Redis and keys by reference only", () => {
    const objects = converge(
      legacy({
        ...base,
        ingress: { enabled: true },
        egress: { enabled: true, storage: { s3: { bucket: "b", region: "r" }, credentialsSecretRef: { name: "s3" } } },
      }),
    );
    for (const name of ["ingress-deployment", "egress-deployment"]) {
      const env = envOf(objects[name]!);
      const byName = Object.fromEntries(env.map((e) => [e.name, e]));
      expect(byName.LIVEKIT_API_KEY.valueFrom.secretKeyRef).toEqual({ name: "p-livekit-keys", key: "api-key" });
      expect(byName.LIVEKIT_API_SECRET.valueFrom.secretKeyRef).toEqual({ name: "p-livekit-keys", key: "api-secret" });
      expect(byName.REDIS_PASSWORD.valueFrom.secretKeyRef).toEqual({ name: "team-redis", key: "pw" });
      // The config body comes last so that Kubernetes expands the references before it.
      const body = env.at(-1)!;
      expect(body.name).toMatch(/_CONFIG_BODY$/);
      const config = parseYaml(body.value);
      expect(config.redis).toEqual({ address: "redis.data:6379", password: "$(REDIS_PASSWORD)" });
      expect(config).not.toHaveProperty("api_key");
      expect(config.ws_url).toBe("ws://p-livekit.team.svc.cluster.local:7880");
    }
    const egress = parseYaml(envOf(objects["egress-deployment"]!).at(-1)!.value);
    expect(egress.storage.s3).toMatchObject({
      bucket: "b",
      region: "r",
      access_key: "$(AWS_ACCESS_KEY_ID)",
      secret: "$(AWS_SECRET_ACCESS_KEY)",
    });
    expect(egress).not.toHaveProperty("s3");
    expect(egress).not.toHaveProperty("log_level");
    expect(egress.logging.level).toBe("info");
  });

  it("copies a user's first key pair into a Secret for the LIVEKIT_API_* env", () => {
    const keyFile = "APIuser: a-secret-of-at-least-thirty-two-chars\n";
    const userKeys = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "mine", namespace: "team" },
      data: { "keys.yaml": Buffer.from(keyFile).toString("base64") },
    };
    const req = poolRequest({ ...legacy({ ...base, server: { apiKeys: { secretRef: { name: "mine" } } }, egress: { enabled: true } }) });
    req.requiredResources = { "user-api-keys": { items: [{ resource: userKeys, connectionDetails: {} }] } } as never;
    const objects = desiredObjects(req);
    const copy = objects["service-api-keys"]!;
    expect(copy.kind).toBe("Secret");
    expect(Buffer.from(copy.data["api-key"], "base64").toString()).toBe("APIuser");
    expect(envOf(objects["egress-deployment"]!)[0]!.valueFrom.secretKeyRef.name).toBe("p-livekit-service-keys");
  });

  it("lets a non-root Ingress pod bind the ports below 1024 it is asked for, as the server's does", () => {
    const ingress = (ports: Obj) => converge(legacy({ redis: externalRedis, ingress: { enabled: true, ...ports } }))["ingress-deployment"]!;
    const low = ingress({ rtmp: { port: 443 }, whip: { port: 80, udpPort: 500 } });
    expect(low.spec.template.spec.securityContext.sysctls).toEqual([{ name: "net.ipv4.ip_unprivileged_port_start", value: "80" }]);
    // The kernel's rule, as the simulator's kubelet applies it: nothing left that the pod cannot bind.
    expect(unbindablePorts(low)).toEqual([]);
    expect(ingress({}).spec.template.spec.securityContext.sysctls).toBeUndefined();
  });

  it("rolls a running single-node server once when Ingress is turned on: with Redis and the ingress keys together", () => {
    const cluster = new FakeCluster();
    cluster.reconcile({});
    cluster.rollOut();
    const checksums = (spec: Obj) => {
      const call = cluster.reconcile(spec);
      return call.desired["server-deployment"]!.spec.template.metadata.annotations["livekit.stunner.l7mp.io/config-checksum"] as string;
    };
    const before = checksums({});
    const on = { ingress: { enabled: true } };
    // Ingress needs Redis: the embedded one is provisioned first; meanwhile the server runs as it was.
    expect(checksums(on)).toBe(before);
    cluster.statefulSetReady("redis-embedded-statefulset");
    const switched = checksums(on);
    expect(switched).not.toBe(before);
    const config = configOf(cluster.observed["server-config"]);
    expect(Object.keys(config!)).toEqual(expect.arrayContaining(["redis", "ingress"]));
    cluster.rollOut();
    expect(checksums(on)).toBe(switched);
  });

  it("keeps Ingress and Egress waiting until the pool's first Redis is ready", () => {
    const objects = desiredObjects(poolRequest({ spec: { ingress: { enabled: true }, egress: { enabled: true } } }));
    expect(objects).toHaveProperty("redis-embedded-statefulset");
    expect(objects).not.toHaveProperty("ingress-deployment");
    expect(objects).not.toHaveProperty("egress-deployment");
    expect(objects).not.toHaveProperty("server-deployment");
  });
});

describe("ingress and egress input checks", () => {
  const errorsOf = (spec: unknown) => {
    const r = parse({ metadata: { name: "p", namespace: "ns" }, spec }, {});
    return r.ok ? [] : r.errors;
  };
  it("needs Redis: mode none is rejected naming the field and the reason", () => {
    expect(errorsOf({ redis: { mode: "none" }, egress: { enabled: true } })).toEqual([
      'spec.redis.mode: "none" cannot serve this pool (spec.egress.enabled is true); use embedded, external, memorystore or elasticache',
    ]);
  });
  it("names the field of each bad ingress, egress or autoscaling setting", () => {
    expect(errorsOf({ ingress: { enabled: true, rtmp: { enabled: false }, whip: { enabled: false } } })).toEqual([
      "spec.ingress.rtmp.enabled: enable rtmp or whip, or turn ingress off",
    ]);
    expect(errorsOf({ egress: { enabled: true, storage: { s3: { bucket: "b", region: "r" }, gcs: { bucket: "b" } } } })).toEqual([
      "spec.egress.storage: set exactly one of s3, gcs or azure",
    ]);
    expect(errorsOf({ egress: { enabled: true, storage: { azure: { container: "c" } } } })).toEqual([
      "spec.egress.storage.credentialsSecretRef: required for azure (the account name and key)",
    ]);
    expect(errorsOf({ server: { replicas: 3, autoscaling: { maxReplicas: 2 } } })).toEqual([
      "spec.server.autoscaling.maxReplicas: must not be below replicas (3), the default minReplicas",
    ]);
    expect(errorsOf({ server: { autoscaling: { minReplicas: 3, maxReplicas: 2 } } })).toContain(
      "spec.server.autoscaling.maxReplicas: must not be below minReplicas (3)",
    );
    expect(errorsOf({ server: { config: { ingress: { rtmp_base_url: "x" } } } })[0]).toMatch(
      /^spec.server.config.ingress: managed by the function/,
    );
  });
  it("counts an autoscaler that may add server pods as needing Redis", () => {
    expect(errorsOf({ redis: { mode: "none" }, server: { autoscaling: { maxReplicas: 3 } } })[0]).toContain(
      "spec.server.autoscaling.maxReplicas is 3",
    );
  });
});

describe("config body with env references", () => {
  it("keeps any secret value one string after Kubernetes expands it", () => {
    const body = configBody({ redis: { address: "r:6379", password: envRef("REDIS_PASSWORD") } });
    for (const secret of ['p"a\\ss', "#not-a-comment", "  leading: spaces", "it's", "a: b", "$(OTHER)"]) {
      const expanded = body.replace("$(REDIS_PASSWORD)", secret);
      expect(parseYaml(expanded).redis.password).toBe(secret);
    }
  });
});
