// Webhooks on the real LiveKit server: a pool with spec.server.webhook, rendered by the function,
// posts a room_started event to an application's receiver on loopback when a room is created,
// signed with the pool's generated key (checked with livekit-server-sdk's WebhookReceiver, as an
// application would). Without the function's webhook.api_key the server would refuse to start
// ("api_key is required to use webhooks").
import { createServer, type IncomingMessage, type Server } from "node:http";
import { WebhookReceiver } from "livekit-server-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedApiKeys, roomService, type ApiKeys } from "../support/livekit-client.js";
import { liveKitMissing, startServer, withServerLogs, type ServerPod } from "../support/livekit-pods.js";
import { LOOPBACK } from "../support/loopback.js";
import { renderPool } from "../support/rendered-pool.js";

const reason = liveKitMissing();
const EVENT_DEADLINE_MS = 20_000;

interface Delivery {
  body: string;
  authorization: string;
}

/** An application's webhook endpoint: records every POST. */
function receiver(): Promise<{
  server: Server;
  url: string;
  deliveries: Delivery[];
  next(match: (d: Delivery) => boolean): Promise<Delivery>;
}> {
  const deliveries: Delivery[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      deliveries.push({ body, authorization: String(req.headers.authorization ?? "") });
      res.writeHead(200).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address() as { port: number };
      resolve({
        server,
        url: `http://${LOOPBACK}:${port}/livekit/events`,
        deliveries,
        // Resolves with the first delivery that matches, as soon as it arrives.
        next: async (match) => {
          const deadline = Date.now() + EVENT_DEADLINE_MS;
          for (;;) {
            const found = deliveries.find(match);
            if (found) return found;
            if (Date.now() > deadline)
              throw new Error(`no matching webhook within ${EVENT_DEADLINE_MS} ms; got ${deliveries.length} deliveries`);
            await new Promise<void>((wake) => {
              waiters.push(wake);
              setTimeout(wake, 500).unref();
            });
          }
        },
      });
    }),
  );
}

describe.skipIf(reason)("webhooks on the real LiveKit server", () => {
  let app: Awaited<ReturnType<typeof receiver>>;
  let server: ServerPod | undefined;
  let keys: ApiKeys;
  const check = <T>(fn: () => Promise<T> | T) => withServerLogs([server], fn);

  beforeAll(async () => {
    app = await receiver();
    const pool = renderPool({ name: "hooked", spec: { server: { webhook: { urls: [app.url] } } } });
    keys = generatedApiKeys(pool.objects["server-keys"]!);
    server = await startServer(pool);
  });
  afterAll(async () => {
    await server?.pod.stop();
    await new Promise((resolve) => app?.server.close(resolve));
  });

  it("posts room_started for a new room, signed with the pool's key", () =>
    check(async () => {
      await roomService(server!.pod, keys).createRoom({ name: "all-hands" });
      const delivery = await app.next((d) => d.body.includes('"room_started"'));
      const event = await new WebhookReceiver(keys.apiKey, keys.apiSecret).receive(delivery.body, delivery.authorization);
      expect(event.event).toBe("room_started");
      expect(event.room?.name).toBe("all-hands");
    }));

  it("is refused by a receiver holding another secret: the signature is real", () =>
    check(async () => {
      const delivery = await app.next((d) => d.body.includes('"room_started"'));
      await expect(
        new WebhookReceiver(keys.apiKey, `${keys.apiSecret.slice(1)}x`).receive(delivery.body, delivery.authorization),
      ).rejects.toThrow();
    }));
});
