import { describe, expect, it } from "vitest";
import { keysSecretData, mintKeys, readObservedKeys } from "../../function/components/server/keys.js";
import { decompose } from "../../function/pipeline/views.js";
import { parse } from "../../function/pipeline/parse.js";
import { minter, newSeed } from "../../function/secrets/mint.js";

const parsed = parse({ metadata: { name: "p", namespace: "ns", uid: "u" }, spec: {} }, {});
if (!parsed.ok) throw new Error("fixture");
const view = decompose(parsed.pool).server;
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
    expect(readObservedKeys(secretWith(short), "keys.yaml")).toMatchObject({ state: "unreadable", problem: "api-secret is shorter than 32 characters" });
    expect(readObservedKeys(secretWith({}), "keys.yaml")).toMatchObject({ state: "unreadable" });
  });
});
