// spec.server.webhook: LiveKit's webhook config is written with a key its key file holds, or not at
// all (LiveKit would refuse to start), and the pool says why.
import { Status } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { runFunction } from "../../function/handler.js";
import { configOf } from "../support/cluster.js";
import { deps, poolRequest } from "../support/requests.js";

type Obj = Record<string, any>;

const URLS = ["https://app.example.com/livekit/events"];
const userKeys = (text: string) => ({
  "user-api-keys": [
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "team-keys", namespace: "media" },
      data: { "keys.yaml": Buffer.from(text).toString("base64") },
    },
  ],
});
const TEAM_FILE = "APIfirst: first-secret-first-secret-first-secret-01\nAPIsecond: second-secret-second-secret-second-secret\n";

function call(server: Obj, required?: Record<string, Obj[]>) {
  const { response } = runFunction(poolRequest({ spec: { server }, ...(required ? { required } : {}) }), deps);
  const fatal = response.results.find((r) => r.reason === "InvalidSpec");
  return {
    fatal: fatal?.message,
    webhook: fatal ? undefined : configOf(response.desired!.resources["server-config"]!.resource as Obj)!.webhook,
    apiKeys: response.conditions.find((c) => c.type === "ApiKeysReady"),
    keys: response.desired!.resources["server-keys"]?.resource as Obj | undefined,
  };
}

describe("spec.server.webhook", () => {
  it("signs with the pool's generated key", () => {
    const r = call({ webhook: { urls: URLS } });
    const apiKey = Buffer.from(r.keys!.data["api-key"], "base64").toString();
    expect(r.webhook).toEqual({ api_key: apiKey, urls: URLS });
  });

  it("signs with the first key of a user's Secret, or the one it names", () => {
    expect(call({ apiKeys: { secretRef: { name: "team-keys" } }, webhook: { urls: URLS } }, userKeys(TEAM_FILE)).webhook).toEqual({
      api_key: "APIfirst",
      urls: URLS,
    });
    const named = call(
      { apiKeys: { secretRef: { name: "team-keys" } }, webhook: { urls: URLS, apiKey: "APIsecond" } },
      userKeys(TEAM_FILE),
    );
    expect(named.webhook).toEqual({ api_key: "APIsecond", urls: URLS });
    expect(named.apiKeys).toMatchObject({ status: Status.STATUS_CONDITION_TRUE });
  });

  it("writes no webhook config for a key the user's Secret lacks, and says so", () => {
    const r = call({ apiKeys: { secretRef: { name: "team-keys" } }, webhook: { urls: URLS, apiKey: "APIgone" } }, userKeys(TEAM_FILE));
    expect(r.webhook).toBeUndefined();
    expect(r.apiKeys).toMatchObject({
      status: Status.STATUS_CONDITION_FALSE,
      reason: "WebhookKeyNotFound",
      message: "Secret team-keys holds no key APIgone (spec.server.webhook.apiKey): webhooks are off until it does.",
    });
  });

  it("refuses what it cannot serve, naming the field", () => {
    expect(call({ webhook: { urls: URLS, apiKey: "APIx" } }).fatal).toContain("spec.server.webhook.apiKey: only with spec.server.apiKeys");
    expect(call({ webhook: { urls: ["ftp://app.example.com/events"] } }).fatal).toContain("spec.server.webhook.urls[0]:");
    expect(call({ webhook: { urls: [] } }).fatal).toContain("spec.server.webhook.urls:");
  });
});
