// Whole RunFunctionRequest -> RunFunctionResponse behaviour of the handler.
import { Ready, RunFunctionResponse, Severity, Status, Target } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { runFunction, runFunctionSafely } from "../../function/handler.js";
import { minter, newSeed } from "../../function/secrets/mint.js";
import { deps, desiredObjects, poolRequest } from "../support/requests.js";

type Obj = Record<string, any>;

const RESOURCES = ["connection-secret", "server-config", "server-deployment", "server-keys", "server-service"];

function readyObserved(desired: Record<string, Obj>, replicas = 1): Record<string, Obj> {
  const observed = structuredClone(desired);
  observed["server-deployment"]!.metadata.generation = 1;
  observed["server-deployment"]!.status = { observedGeneration: 1, updatedReplicas: replicas, availableReplicas: replicas };
  return observed;
}

describe("handler", () => {
  it("composes the server's objects, none ready, with a short TTL, on the first call", () => {
    const { response } = runFunction(poolRequest(), deps);
    expect(Object.keys(response.desired!.resources).sort()).toEqual(RESOURCES);
    for (const r of Object.values(response.desired!.resources)) expect(r.ready).toBe(Ready.READY_FALSE);
    expect(response.meta!.ttl!.seconds).toBe(15);
    expect(response.meta!.tag).toBe("t");
    expect(response.results).toEqual([
      expect.objectContaining({
        severity: Severity.SEVERITY_NORMAL,
        reason: "ApiKeysGenerated",
        message: "Generated API keys into Secret pool-livekit-keys.",
      }),
    ]);
    const status = response.desired!.composite!.resource!.status;
    expect(status).toEqual({
      internalUrl: "ws://pool-livekit.media.svc.cluster.local:7880",
      apiKeysSecret: { name: "pool-livekit-keys", key: "keys.yaml" },
      server: { replicas: 1, availableReplicas: 0 },
      redis: { mode: "none", active: "none", phase: "Stable" },
    });
    expect(response.conditions.map((c) => [c.type, c.status, c.reason, c.target])).toEqual([
      ["ServerAvailable", Status.STATUS_CONDITION_FALSE, "Creating", Target.TARGET_COMPOSITE_AND_CLAIM],
      ["ApiKeysReady", Status.STATUS_CONDITION_FALSE, "Creating", Target.TARGET_COMPOSITE_AND_CLAIM],
      ["RedisReady", Status.STATUS_CONDITION_TRUE, "NotRequired", Target.TARGET_COMPOSITE_AND_CLAIM],
    ]);
  });

  it("reads the keys back once observed, marks everything ready and waits minutes", () => {
    const first = desiredObjects(poolRequest());
    const { response } = runFunction(poolRequest({ observed: readyObserved(first) }), { mint: minter(newSeed()) });
    // Another process (another seed) would mint other keys: equality proves they were read back.
    expect(response.desired!.resources["server-keys"]!.resource!.data).toEqual(first["server-keys"]!.data);
    for (const r of Object.values(response.desired!.resources)) expect(r.ready).toBe(Ready.READY_TRUE);
    expect(response.meta!.ttl!.seconds).toBe(300);
    expect(response.results).toEqual([]);
    expect(response.conditions.every((c) => c.status === Status.STATUS_CONDITION_TRUE)).toBe(true);
  });

  it("reports an autoscaled server at the count its autoscaler chose, Available at the minimum", () => {
    const spec = {
      server: { replicas: 2, autoscaling: { maxReplicas: 6 } },
      redis: { mode: "external", external: { address: "10.1.2.3:6379" } },
    };
    const observed = readyObserved(desiredObjects(poolRequest({ spec })), 3);
    observed["server-deployment"]!.spec.replicas = 5; // set by the HorizontalPodAutoscaler
    observed["server-deployment"]!.status.updatedReplicas = 5; // created, 2 not available yet
    const { response } = runFunction(poolRequest({ spec, observed }), deps);
    expect(response.desired!.composite!.resource!.status!.server).toEqual({ replicas: 5, availableReplicas: 3 });
    expect(response.conditions.find((c) => c.type === "ServerAvailable")).toMatchObject({
      status: Status.STATUS_CONDITION_TRUE,
      message: "3/5 replicas of Deployment pool-livekit available.",
    });
  });

  it("rolls the pods when the config changes, and not otherwise", () => {
    const checksum = (spec: Obj) =>
      desiredObjects(poolRequest({ spec }))["server-deployment"]!.spec.template.metadata.annotations[
        "livekit.stunner.l7mp.io/config-checksum"
      ];
    expect(checksum({})).toBe(checksum({}));
    expect(checksum({ server: { logLevel: "debug" } })).not.toBe(checksum({}));
    // More replicas need Redis: an external one is ready at once, so the Deployment is composed.
    const redis = { mode: "external", external: { address: "redis.example:6379" } };
    expect(checksum({ server: { replicas: 3 }, redis })).toBe(checksum({ server: { replicas: 2 }, redis }));
  });

  it("gives a byte-identical response to the same request", () => {
    const req = poolRequest({ spec: { server: { replicas: 2 } } });
    const a = RunFunctionResponse.encode(runFunction(req, deps).response).finish();
    const b = RunFunctionResponse.encode(runFunction(req, deps).response).finish();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("uses a user's key Secret as it is and composes none", () => {
    const { response } = runFunction(poolRequest({ spec: { server: { apiKeys: { secretRef: { name: "team-keys" } } } } }), deps);
    expect(response.desired!.resources["server-keys"]).toBeUndefined();
    const pod = response.desired!.resources["server-deployment"]!.resource!.spec.template.spec;
    expect(pod.volumes.find((v: Obj) => v.name === "keys").secret).toEqual({
      secretName: "team-keys",
      defaultMode: 0o440,
      items: [{ key: "keys.yaml", path: "keys.yaml" }],
    });
    expect(response.results).toEqual([]);
    expect(response.desired!.composite!.resource!.status.apiKeysSecret).toEqual({ name: "team-keys", key: "keys.yaml" });
  });

  it("never replaces a damaged keys Secret and warns instead", () => {
    const first = desiredObjects(poolRequest());
    const observed = readyObserved(first);
    observed["server-keys"]!.data = { "keys.yaml": Buffer.from("garbage: [").toString("base64") };
    const { response } = runFunction(poolRequest({ observed }), deps);
    expect(response.desired!.resources["server-keys"]!.resource!.data).toEqual(observed["server-keys"]!.data);
    expect(response.results[0]).toMatchObject({ severity: Severity.SEVERITY_WARNING, reason: "ApiKeysUnreadable" });
    expect(response.conditions.find((c) => c.type === "ApiKeysReady")).toMatchObject({
      status: Status.STATUS_CONDITION_FALSE,
      reason: "SecretUnreadable",
    });
  });

  it("mints new keys after the keys Secret was deleted, and restarts the pods to load them", () => {
    const first = desiredObjects(poolRequest());
    const observed = readyObserved(first);
    delete observed["server-keys"];
    const other = { mint: minter(newSeed()) };
    const { response } = runFunction(poolRequest({ observed }), other);
    const keys = response.desired!.resources["server-keys"]!.resource!;
    expect(keys.data).not.toEqual(first["server-keys"]!.data);
    const annotation = "livekit.stunner.l7mp.io/keys-checksum";
    expect(response.desired!.resources["server-deployment"]!.resource!.spec.template.metadata.annotations[annotation]).not.toBe(
      first["server-deployment"]!.spec.template.metadata.annotations[annotation],
    );
    expect(response.results[0]).toMatchObject({ reason: "ApiKeysGenerated" });
  });

  it("passes through desired state from earlier pipeline steps", () => {
    const other = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "from-step-1" } };
    const { response } = runFunction(poolRequest({ desired: { "step-1-object": other } }), deps);
    expect(response.desired!.resources["step-1-object"]!.resource).toEqual(other);
  });

  it("answers a bad spec with one FATAL result naming each field, and composes nothing new", () => {
    const { response, summary } = runFunction(poolRequest({ spec: { server: { replicas: -1, logLevel: "chatty" } } }), deps);
    expect(summary.outcome).toBe("fatal");
    expect(response.results).toHaveLength(1);
    const [fatal] = response.results;
    expect(fatal).toMatchObject({ severity: Severity.SEVERITY_FATAL, reason: "InvalidSpec", target: Target.TARGET_COMPOSITE_AND_CLAIM });
    expect(fatal!.message).toMatch(/^invalid LiveKitPool: spec\.server\.replicas: .*; spec\.server\.logLevel: /);
    expect(response.desired!.resources).toEqual({});
  });

  it("says a problem of the function input is the platform's, not the pool's", () => {
    const platformOnly = runFunction(poolRequest({ input: { server: { terminationGracePeriodSeconds: -1 } } }), deps).response.results[0]!;
    expect(platformOnly).toMatchObject({ severity: Severity.SEVERITY_FATAL, reason: "InvalidInput" });
    expect(platformOnly.message).toMatch(
      /^invalid function input \(the platform's PoolDefaults in the Composition, not the pool\): input\.server\.terminationGracePeriodSeconds: /,
    );
    // A namespaced pool asks for networking the platform has not set up: the platform's problem too.
    const unset = runFunction(
      poolRequest({ spec: { networking: { hostname: "a.example.com", tls: { acme: { email: "a@example.com" } } } } }),
      deps,
    ).response.results[0]!;
    expect(unset.reason).toBe("InvalidInput");
    expect(unset.message).toMatch(
      /^invalid function input \(the platform's PoolDefaults in the Composition, not the pool\): input\.networking\.turn\.authSecretRef: required/,
    );
    // Both at once: the pool's first, each under its own heading.
    const both = runFunction(
      poolRequest({ spec: { server: { replicas: 0 } }, input: { server: { terminationGracePeriodSeconds: -1 } } }),
      deps,
    ).response.results[0]!;
    expect(both.reason).toBe("InvalidSpec");
    expect(both.message).toMatch(
      /^invalid LiveKitPool: spec\.server\.replicas: [^.]*\. invalid function input \(the platform's PoolDefaults in the Composition, not the pool\): input\.server\./,
    );
  });

  it("turns a bug in a stage into a FATAL result instead of a crash", () => {
    const req = poolRequest();
    const broken = {
      mint: () => {
        throw new Error("boom");
      },
    };
    const r = runFunctionSafely(req, broken);
    expect(r.error?.message).toBe("boom");
    expect(r.response.results[0]).toMatchObject({ severity: Severity.SEVERITY_FATAL, reason: "InternalError" });
  });

  it("serves a legacy XR behind a claim in the claim's namespace, its objects named after the claim", () => {
    const req = poolRequest({
      name: "conf-x7k2p",
      namespace: "",
      claimRef: { apiVersion: "livekit.stunner.l7mp.io/v1alpha1", kind: "LiveKitPoolClaim", name: "conf", namespace: "team-b" },
    });
    const objects = desiredObjects(req);
    for (const o of Object.values(objects)) expect(o.metadata.namespace).toBe("team-b");
    // The name the app team knows, not the XR's generated one.
    for (const o of Object.values(objects)) expect(o.metadata.name).toMatch(/^conf-(?!x7k2p)/);
    expect(objects["server-deployment"]!.metadata.name).toBe("conf-livekit");
  });

  it("keeps secret values out of status, conditions, results and the config Secret", () => {
    const first = desiredObjects(poolRequest());
    const secret = Buffer.from(first["server-keys"]!.data["api-secret"], "base64").toString();
    for (const observed of [{}, readyObserved(first)]) {
      const { response } = runFunction(poolRequest({ observed }), deps);
      const notSecrets = JSON.stringify({
        status: response.desired!.composite,
        conditions: response.conditions,
        results: response.results,
        config: response.desired!.resources["server-config"],
        deployment: response.desired!.resources["server-deployment"],
      });
      expect(notSecrets).not.toContain(secret);
      expect(notSecrets).not.toContain(first["server-keys"]!.data["api-secret"]);
    }
  });
});

describe("connection details", () => {
  const details = (rsp: RunFunctionResponse) =>
    Object.fromEntries(Object.entries(rsp.desired!.composite!.connectionDetails).map(([k, v]) => [k, Buffer.from(v).toString()]));

  it("writes a namespaced pool's details into a connection Secret, named as the spec says", () => {
    const req = poolRequest({ spec: { writeConnectionSecretToRef: { name: "app-livekit" } } });
    const { response } = runFunction(req, deps);
    const secret = response.desired!.resources["connection-secret"]!.resource!;
    expect(secret.type).toBe("connection.crossplane.io/v1alpha1");
    expect(secret.metadata.name).toBe("app-livekit");
    const keys = response.desired!.resources["server-keys"]!.resource!.data;
    expect(secret.data.apiKey).toBe(keys["api-key"]);
    expect(secret.data.apiSecret).toBe(keys["api-secret"]);
    expect(Buffer.from(secret.data.url, "base64").toString()).toBe("ws://pool-livekit.media.svc.cluster.local:7880");
    expect(response.desired!.composite!.connectionDetails).toEqual({});
  });

  it("returns a legacy pool's details as XR connection details, for Crossplane to write the claim's Secret", () => {
    const req = poolRequest({
      name: "conf-x7k2p",
      namespace: "",
      claimRef: { apiVersion: "livekit.stunner.l7mp.io/v1alpha1", kind: "LiveKitPoolClaim", name: "conf", namespace: "team-b" },
    });
    const { response } = runFunction(req, deps);
    expect(response.desired!.resources["connection-secret"]).toBeUndefined();
    const keys = response.desired!.resources["server-keys"]!.resource!.data;
    expect(details(response)).toEqual({
      url: "ws://conf-livekit.team-b.svc.cluster.local:7880",
      internalUrl: "ws://conf-livekit.team-b.svc.cluster.local:7880",
      apiKey: Buffer.from(keys["api-key"], "base64").toString(),
      apiSecret: Buffer.from(keys["api-secret"], "base64").toString(),
    });
  });

  it("reads a user's keys Secret as a required resource for the details, and asks for it on every call", () => {
    const spec = { server: { apiKeys: { secretRef: { name: "team-keys" } } } };
    const without = runFunction(poolRequest({ spec }), deps).response;
    expect(without.requirements!.resources["user-api-keys"]).toEqual({
      apiVersion: "v1",
      kind: "Secret",
      matchName: "team-keys",
      namespace: "media",
    });
    expect(without.desired!.resources["connection-secret"]!.resource!.data.apiKey).toBeUndefined();
    const req = poolRequest({ spec });
    const keyFile = Buffer.from("APIteam: team-secret-team-secret-team-secret-00\n").toString("base64");
    req.requiredResources = {
      "user-api-keys": {
        items: [{ resource: { apiVersion: "v1", kind: "Secret", data: { "keys.yaml": keyFile } }, connectionDetails: {}, ready: 0 }],
      },
    };
    const withKeys = runFunction(req, deps).response;
    expect(withKeys.requirements).toEqual(without.requirements);
    const data = withKeys.desired!.resources["connection-secret"]!.resource!.data;
    expect(Buffer.from(data.apiKey, "base64").toString()).toBe("APIteam");
    expect(Buffer.from(data.apiSecret, "base64").toString()).toBe("team-secret-team-secret-team-secret-00");
  });
});

describe("two pools in one namespace", () => {
  it("never share an object name, a label selector or a pod", () => {
    const a = "customer-success-team-video-conferencing-platform-eu-west-1a";
    const b = "customer-success-team-video-conferencing-platform-eu-west-1b";
    const objectsOf = (name: string) =>
      Object.values(
        runFunction(
          poolRequest({
            name,
            uid: name,
            spec: { networking: { hostname: `${name.slice(-2)}.example.com` } },
            input: { networking: { turn: { authSecretRef: { name: "s", namespace: "stunner-system" } }, tlsIssuerRef: { name: "le" } } },
          }),
          deps,
        ).response.desired!.resources,
      ).map((r) => r.resource! as Obj);
    const [oa, ob] = [objectsOf(a), objectsOf(b)];
    const key = (o: Obj) => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;
    expect(oa.length).toBeGreaterThan(5);
    const namesA = new Set(oa.map(key));
    for (const o of ob) expect(namesA.has(key(o)), key(o)).toBe(false);
    for (const o of [...oa, ...ob]) expect(o.metadata.name.length).toBeLessThanOrEqual(63);
    // A selector of one pool matches no pod template of the other.
    const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
      Object.entries(selector).every(([k, v]) => labels[k] === v);
    const deployA = oa.find((o) => o.kind === "Deployment")!;
    const deployB = ob.find((o) => o.kind === "Deployment")!;
    expect(matches(deployA.spec.selector.matchLabels, deployB.spec.template.metadata.labels)).toBe(false);
    expect(matches(deployB.spec.selector.matchLabels, deployA.spec.template.metadata.labels)).toBe(false);
    const svcA = oa.find((o) => o.kind === "Service")!;
    expect(matches(svcA.spec.selector, deployB.spec.template.metadata.labels)).toBe(false);
    for (const o of [...oa, ...ob]) expect(o.metadata.labels["livekit.stunner.l7mp.io/pool"]).toBeDefined();
  });
});
