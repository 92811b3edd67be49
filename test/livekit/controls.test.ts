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
  it("a misspelt spec.server.config key: strict config mode is really on", async () => {
    // The function accepts the typo (it checks top-level keys only), so such a pool would
    // crash-loop in a cluster; see README, Testing.
    const pool = renderPool({ name: "typo", spec: { server: { config: { room: { empty_timout: 120 } } } } });
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
