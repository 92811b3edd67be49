// A pool with user-provided API keys (spec.server.apiKeys.secretRef): the user makes the keys with
// LiveKit's own `generate-keys`, puts the key file into a Secret as `kubectl create secret generic
// --from-file` would, and the real server must accept every pair in it through the rendered mount.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyFilePairs, roomService, type ApiKeys } from "../support/livekit-client.js";
import { liveKitMissing, startServer, withServerLogs, type ServerPod } from "../support/livekit-pods.js";
import { LIVEKIT_BIN } from "../support/paths.js";
import { renderPool, type RenderedPool } from "../support/rendered-pool.js";

type Obj = Record<string, any>;

const reason = liveKitMissing();

/** `livekit-server generate-keys`, as LiveKit's docs tell a user to make keys. */
function generateKeys(): ApiKeys {
  const out = execFileSync(LIVEKIT_BIN, ["generate-keys"], { encoding: "utf8" });
  const apiKey = /API Key:\s+(\S+)/.exec(out)?.[1];
  const apiSecret = /API Secret:\s+(\S+)/.exec(out)?.[1];
  if (!apiKey || !apiSecret) throw new Error("generate-keys printed no key pair");
  return { apiKey, apiSecret };
}

/** A Secret as `kubectl create secret generic team-livekit --from-file=livekit-keys=<file>
 * --from-literal=owner=team-a` makes it: the key file under a data key the user chose. */
function userSecret(pairs: ApiKeys[]): Obj {
  const keyFile = pairs.map((p) => `${p.apiKey}: ${p.apiSecret}\n`).join("");
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "team-livekit", namespace: "media" },
    type: "Opaque",
    data: { "livekit-keys": Buffer.from(keyFile).toString("base64"), owner: Buffer.from("team-a").toString("base64") },
  };
}

describe.skipIf(reason)("a pool with user-provided API keys on the real LiveKit server", () => {
  let pool: RenderedPool;
  let secret: Obj;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);

  beforeAll(async () => {
    secret = userSecret([generateKeys(), generateKeys()]);
    pool = renderPool({ name: "byok", spec: { server: { apiKeys: { secretRef: { name: "team-livekit", key: "livekit-keys" } } } } });
    server = await startServer(pool, { userSecrets: [secret] });
  });
  afterAll(async () => {
    await server?.pod.stop();
  });

  it("renders no keys Secret of its own and mounts only the user's key file", () =>
    check(() => {
      expect(pool.objects["server-keys"]).toBeUndefined();
      const keys = server!.plan.volumes.find((v) => v.mountPath === "/etc/livekit/keys");
      expect(keys?.kind === "secret" && keys.files.map((f) => [f.path, f.mode.toString(8)])).toEqual([["livekit-keys", "440"]]);
    }));

  it("accepts every pair of the user's key file and refuses a pair that is not in it", () =>
    check(async () => {
      const pairs = keyFilePairs(secret, "livekit-keys");
      expect(pairs).toHaveLength(2);
      for (const [i, pair] of pairs.entries()) {
        const rooms = roomService(server!.pod, pair);
        await rooms.createRoom({ name: `room-${i}` });
        expect((await rooms.listRooms()).map((r) => r.name)).toContain(`room-${i}`);
        await rooms.deleteRoom(`room-${i}`);
      }
      await expect(roomService(server!.pod, generateKeys()).listRooms()).rejects.toMatchObject({ status: 401 });
    }));
});
