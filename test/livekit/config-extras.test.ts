// spec.server.config extras are merged into the function's own livekit.yaml keys; the real server
// must accept the merged file in strict mode and actually apply the user's values.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedApiKeys, roomService } from "../support/livekit-client.js";
import { jsonLogLines, liveKitMissing, startServer, withServerLogs, type ServerPod } from "../support/livekit-pods.js";
import { renderPool, type RenderedPool } from "../support/rendered-pool.js";

const reason = liveKitMissing();

const EXTRAS = {
  room: { empty_timeout: 120, departure_timeout: 15, max_participants: 7 },
  // Merged into the function's own `logging` map (level, json), not replacing it.
  logging: { pion_level: "warn" },
};

describe.skipIf(reason)("a pool with spec.server.config extras on the real LiveKit server", () => {
  let pool: RenderedPool;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);

  beforeAll(async () => {
    pool = renderPool({ name: "tuned", spec: { server: { logLevel: "debug", config: EXTRAS } } });
    server = await startServer(pool);
  });
  afterAll(async () => {
    await server?.pod.stop();
  });

  it("starts in strict mode and applies the user's room defaults", () =>
    check(async () => {
      const room = await roomService(server!.pod, generatedApiKeys(pool.objects["server-keys"]!)).createRoom({ name: "tuned-room" });
      expect({ emptyTimeout: room.emptyTimeout, departureTimeout: room.departureTimeout, maxParticipants: room.maxParticipants }).toEqual({
        emptyTimeout: 120,
        departureTimeout: 15,
        maxParticipants: 7,
      });
    }));

  it("keeps the function's logging keys next to the user's: JSON lines at debug level", () =>
    check(() => {
      const lines = jsonLogLines(server!.pod);
      expect(lines.length).toBe(server!.pod.logLines().length);
      expect(lines.some((l) => l.level === "debug")).toBe(true);
    }));
});
