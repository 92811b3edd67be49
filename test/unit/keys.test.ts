import { Ready, Status } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { runFunction } from "../../function/handler.js";
import { FakeCluster } from "../support/cluster.js";
import { deps, poolRequest } from "../support/requests.js";
import { keysSecretData, mintKeys, readObservedKeys } from "../../function/components/server/keys.js";
import { serverView } from "../../function/components/server/view.js";
import { parse } from "../../function/pipeline/parse.js";
import { minter, newSeed } from "../../function/secrets/mint.js";

const parsed = parse({ metadata: { name: "p", namespace: "ns", uid: "u" }, spec: {} }, {});
if (!parsed.ok) throw new Error("fixture");
const view = serverView(parsed.pool);
type Obj = Record<string, any>;
const secretWith = (data: Record<string, string>) => ({ data });

describe("API keys", () => {
  it("mints an API key and a secret of at least 32 characters", () => {
    const keys = mintKeys(view, minter(newSeed()));
    expect(keys.apiKey).toMatch(/^API[A-Za-z0-9]{12}$/);
    expect(keys.apiSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("reads back what it wrote", () => {
    const keys = mintKeys(view, minter(newSeed()));
    const data = keysSecretData(view, keys);
    expect(readObservedKeys(secretWith(data), "keys.yaml")).toEqual({ state: "present", keys, data });
  });

  it("knows a Secret that does not exist yet", () => {
    expect(readObservedKeys(undefined, "keys.yaml")).toEqual({ state: "absent" });
  });

  it("keeps a damaged Secret's bytes as they are and says what is wrong", () => {
    const keys = mintKeys(view, minter(newSeed()));
    const data = keysSecretData(view, keys);
    const tampered = { ...data, "keys.yaml": Buffer.from("APIother: someone-elses-secret-value-of-some-length").toString("base64") };
    const r = readObservedKeys(secretWith(tampered), "keys.yaml");
    expect(r.state).toBe("unreadable");
    if (r.state === "unreadable") {
      expect(r.data).toEqual(tampered);
      expect(r.problem).toBe("keys.yaml does not hold the api-key pair");
    }
    const short = { ...data, "api-secret": Buffer.from("short").toString("base64") };
    expect(readObservedKeys(secretWith(short), "keys.yaml")).toMatchObject({
      state: "unreadable",
      problem: "api-secret is shorter than 32 characters",
    });
    expect(readObservedKeys(secretWith({}), "keys.yaml")).toMatchObject({ state: "unreadable" });
  });
});

describe("a user's API keys Secret (spec.server.apiKeys)", () => {
  const spec = { server: { apiKeys: { secretRef: { name: "team-keys" } } } };
  const keysFile = (text: string) => ({
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "team-keys", namespace: "media" },
    data: { "keys.yaml": Buffer.from(text).toString("base64") },
  });
  const call = (required: Record<string, Obj[]> | undefined) => {
    const { response } = runFunction(poolRequest({ spec, ...(required ? { required } : {}) }), deps);
    const apiKeys = response.conditions.find((c) => c.type === "ApiKeysReady")!;
    const connection = response.desired!.resources["connection-secret"]!.resource!.data as Record<string, string>;
    return { apiKeys, connectionKeys: Object.keys(connection).sort(), ready: response.desired!.composite!.ready };
  };

  it("is ready with a usable key file, whose first pair goes to the connection details", () => {
    const r = call({ "user-api-keys": [keysFile("APIteam: team-secret-team-secret-team-secret-0123\n")] });
    expect(r.apiKeys).toMatchObject({ status: Status.STATUS_CONDITION_TRUE, reason: "UserProvided" });
    expect(r.connectionKeys).toContain("apiKey");
  });

  it.each([
    ["a Secret that does not exist", [], "SecretNotFound", "Secret team-keys in namespace media does not exist"],
    [
      "a Secret without the key",
      [{ ...keysFile(""), data: { other: "eA==" } }],
      "KeyNotFound",
      "Secret team-keys in namespace media has no data key keys.yaml",
    ],
    [
      "a key file without a pair",
      [keysFile("just text")],
      "KeyFileUnreadable",
      "keys.yaml in Secret team-keys in namespace media holds no 'apiKey: apiSecret' line",
    ],
  ])("is not ready with %s, and says the connection details lack the keys", (_what, items, reason, message) => {
    const r = call({ "user-api-keys": items });
    expect(r.apiKeys).toMatchObject({ status: Status.STATUS_CONDITION_FALSE, reason });
    expect(r.apiKeys.message).toContain(message);
    expect(r.apiKeys.message).toContain("the connection details have no apiKey or apiSecret");
    expect(r.connectionKeys).not.toContain("apiKey");
    expect(r.ready).not.toBe(Ready.READY_TRUE);
  });

  it("waits for Crossplane to read the Secret on a reconcile's first call", () => {
    expect(call(undefined).apiKeys).toMatchObject({ status: Status.STATUS_CONDITION_FALSE, reason: "SecretNotRead" });
  });
});

describe("a damaged generated keys Secret", () => {
  it("holds the running pods' template, so no pod rolls onto keys it cannot read, and lets them roll once the keys are usable", () => {
    const cluster = new FakeCluster();
    const spec = { server: { replicas: 1 } };
    cluster.reconcile(spec);
    cluster.rollOut();
    const running = structuredClone(cluster.observed["server-deployment"]!.spec.template);
    const good = structuredClone(cluster.observed["server-keys"]!.data);
    cluster.observed["server-keys"]!.data = { ...good, "keys.yaml": Buffer.from("not: [yaml").toString("base64") };
    // A change that would roll the pods arrives meanwhile.
    const held = cluster.reconcile({ server: { replicas: 1, logLevel: "debug" } });
    expect(held.desired["server-deployment"]!.spec.template).toEqual(running);
    expect(held.response.results.map((r) => r.reason)).toEqual(expect.arrayContaining(["ApiKeysUnreadable", "ServerTemplateHeld"]));
    // The running pods still serve: the Deployment is available on the spec it carries.
    cluster.rollOut();
    expect(
      cluster.reconcile({ server: { replicas: 1, logLevel: "debug" } }).response.conditions.find((c) => c.type === "ServerAvailable")
        ?.status,
    ).toBe(Status.STATUS_CONDITION_TRUE);
    cluster.observed["server-keys"]!.data = good;
    const restored = cluster.reconcile({ server: { replicas: 1, logLevel: "debug" } });
    expect(restored.desired["server-deployment"]!.spec.template).not.toEqual(running);
    expect(restored.response.results.map((r) => r.reason)).not.toContain("ServerTemplateHeld");
  });

  it("starts no pod of a new pool on it", () => {
    const cluster = new FakeCluster();
    cluster.observed["server-keys"] = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "pool-livekit-keys" },
      data: { "keys.yaml": Buffer.from("junk").toString("base64") },
    };
    expect(cluster.reconcile({}).desired["server-deployment"]).toBeUndefined();
  });
});
