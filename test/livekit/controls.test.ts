// Controls: the harness must be able to fail. Each case changes one thing on purpose, in the test
// and never through the address rewrite, and the real server must refuse it with its own message.
// Without them, "the server accepts the rendered pool" could pass for a harness that ignored
// strict mode or file modes.
import { describe, expect, it } from "vitest";
import { liveKitMissing, serverRefusal } from "../support/livekit-pods.js";
import { renderPool } from "../support/rendered-pool.js";

type Obj = Record<string, any>;

const reason = liveKitMissing();

describe.skipIf(reason)("what the real server refuses, so the suites above could fail", () => {
  it("a misspelt nested config key: strict config mode is really on", async () => {
    // The function refuses such a key in spec.server.config (api/livekit-config.ts), so the typo is
    // put into the rendered config itself, as only a hand edit could.
    const pool = renderPool({ name: "typo", spec: { server: { config: { room: { empty_timeout: 120 } } } } });
    const config = pool.objects["server-config"]!;
    const text = Buffer.from(config.data["config.yaml"], "base64").toString("utf8").replace('"empty_timeout"', '"empty_timout"');
    config.data["config.yaml"] = Buffer.from(text).toString("base64");
    const { how, lines } = await serverRefusal(pool);
    expect(how).toMatch(/^code /);
    expect(lines.join("\n"), lines.join("\n")).toMatch(/field empty_timout not found/);
  });

  it("a key file that other users may read: the mounted file mode is what LiveKit checks", async () => {
    const pool = renderPool({ name: "loose" });
    const volumes = pool.objects["server-deployment"]!.spec.template.spec.volumes as Obj[];
    volumes.find((v) => v.name === "keys")!.secret.defaultMode = 0o444;
    const { lines } = await serverRefusal(pool);
    expect(lines.join("\n"), lines.join("\n")).toMatch(/key file others permissions must be set to 0/);
  });
});
