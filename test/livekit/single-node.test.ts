// A single-node pool, as the function renders it, run by the real LiveKit server v1.13.5 and used
// through LiveKit's own client (livekit-server-sdk) with the generated keys. How faithfully the pod
// is reproduced: test/support/pod-runner.ts; the only change to rendered content, addresses:
// test/support/loopback.ts.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedApiKeys, joinOverSignaling, joinToken, roomService, type ApiKeys } from "../support/livekit-client.js";
import { jsonLogLines, liveKitMissing, SERVER_CONTAINER, startServer, withServerLogs, type ServerPod } from "../support/livekit-pods.js";
import { LIVEKIT_BIN } from "../support/paths.js";
import { renderPool, type RenderedPool } from "../support/rendered-pool.js";

type Obj = Record<string, any>;

const reason = liveKitMissing();

describe.skipIf(reason)("a single-node pool on the real LiveKit server", () => {
  let pool: RenderedPool;
  let keys: ApiKeys;
  let server: ServerPod | undefined;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);

  beforeAll(async () => {
    pool = renderPool({ name: "solo" });
    keys = generatedApiKeys(pool.objects["server-keys"]!);
    server = await startServer(pool);
  });
  afterAll(async () => {
    await server?.pod.stop();
  });

  it("starts from the rendered args in strict config mode and passes the rendered startup probe", () =>
    check(() => {
      const container = (pool.objects["server-deployment"]!.spec.template.spec.containers as Obj[]).find(
        (c) => c.name === SERVER_CONTAINER,
      )!;
      expect(server!.plan.args).toEqual(container.args);
      expect(server!.plan.args).not.toContain("--disable-strict-config");
      const start = jsonLogLines(server!.pod).find((l) => l.msg === "starting LiveKit server");
      expect(start).toMatchObject({ version: "1.13.5", nodeIP: "127.0.0.1", bindAddresses: ["127.0.0.1"] });
      // The config's ports are the ones the Deployment names: the same map rewrote both.
      expect(server!.pod.url("http")).toBe(`http://127.0.0.1:${start!.portHttp}`);
      expect(server!.pod.url("metrics")).toBe(`http://127.0.0.1:${start!.portPrometheus}`);
      expect(server!.pod.url("rtc-tcp")).toBe(`http://127.0.0.1:${start!["rtc.portTCP"]}`);
      expect(jsonLogLines(server!.pod).filter((l) => ["error", "dpanic", "panic", "fatal"].includes(l.level))).toEqual([]);
    }));

  it("runs as the pod's user without privileges, reading the key file as the kubelet mounts it", () =>
    check(() => {
      const status = readFileSync(`/proc/${server!.pod.pid}/status`, "utf8");
      const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "m").exec(status)?.[1]?.trim().split(/\s+/);
      expect(field("Uid")).toEqual(["65532", "65532", "65532", "65532"]);
      expect(field("Gid")).toEqual(["65532", "65532", "65532", "65532"]);
      expect(field("Groups")).toEqual(["65532"]);
      expect(field("CapEff")).toEqual(["0000000000000000"]);
      expect(field("NoNewPrivs")).toEqual(["1"]);
      // The server's own view of its files, through its mount namespace.
      const keyFile = statSync(`/proc/${server!.pod.pid}/root/etc/livekit/keys/keys.yaml`);
      expect({ mode: (keyFile.mode & 0o7777).toString(8), uid: keyFile.uid, gid: keyFile.gid }).toEqual({
        mode: "440",
        uid: 0,
        gid: 65532,
      });
    }));

  // The pod's /tmp is an emptyDir, which hides whatever the host has there: a checkout under /tmp
  // must still run, so the program is bound into the pod's own view.
  it("runs the server from a checkout under /tmp, which the pod's /tmp emptyDir hides", async () => {
    const checkout = mkdtempSync(join(tmpdir(), "lkp-checkout-"));
    let hidden: ServerPod | undefined;
    try {
      const binary = join(checkout, "livekit-server");
      copyFileSync(LIVEKIT_BIN, binary);
      hidden = await startServer(renderPool({ name: "hidden" }), { binary });
      expect(jsonLogLines(hidden.pod).find((l) => l.msg === "starting LiveKit server")).toMatchObject({ version: "1.13.5" });
      // In the pod's view the checkout is gone, and the program is where an image would carry it.
      expect(existsSync(`/proc/${hidden.pod.pid}/root${binary}`)).toBe(false);
      expect(existsSync(`/proc/${hidden.pod.pid}/root/usr/local/bin/livekit-server`)).toBe(true);
    } finally {
      await hidden?.pod.stop();
      rmSync(checkout, { recursive: true, force: true });
    }
  });

  it("creates, lists and deletes a room through livekit-server-sdk with the generated keys", () =>
    check(async () => {
      const rooms = roomService(server!.pod, keys);
      const created = await rooms.createRoom({ name: "standup" });
      expect(created.name).toBe("standup");
      expect((await rooms.listRooms()).map((r) => r.name)).toEqual(["standup"]);
      await rooms.deleteRoom("standup");
      expect(await rooms.listRooms()).toEqual([]);
    }));

  it("refuses a wrong secret and an unknown key", () =>
    check(async () => {
      const wrongSecret = roomService(server!.pod, { apiKey: keys.apiKey, apiSecret: `${keys.apiSecret.slice(1)}x` });
      await expect(wrongSecret.listRooms()).rejects.toMatchObject({ status: 401 });
      const unknownKey = roomService(server!.pod, { apiKey: "APInotOurs", apiSecret: keys.apiSecret });
      await expect(unknownKey.listRooms()).rejects.toMatchObject({ status: 401 });
    }));

  it("lets a participant join over the signaling WebSocket with a token from the generated keys", () =>
    check(async () => {
      const join = await joinOverSignaling(server!.pod, await joinToken(keys, "lobby", "alice"));
      expect(join.room?.name).toBe("lobby");
      expect(join.participant?.identity).toBe("alice");
      // Without public networking no TURN is configured: LiveKit hands out STUN servers only (turn.test.ts covers TURN).
      expect(join.iceServers.flatMap((s) => s.urls).filter((u) => /^turns?:/.test(u))).toEqual([]);
      await expect(
        joinOverSignaling(server!.pod, await joinToken({ ...keys, apiSecret: "x".repeat(48) }, "lobby", "mallory")),
      ).rejects.toThrow(/HTTP 401/);
    }));

  it("serves metrics and ICE over TCP on the ports the Deployment declares", () =>
    check(async () => {
      const metrics = await fetch(`${server!.pod.url("metrics")}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/^livekit_/m);
      const rtcTcp = new URL(server!.pod.url("rtc-tcp"));
      await new Promise<void>((resolve, reject) => {
        const socket = connect(Number(rtcTcp.port), rtcTcp.hostname, () => {
          socket.destroy();
          resolve();
        });
        socket.once("error", reject);
      });
    }));
});
