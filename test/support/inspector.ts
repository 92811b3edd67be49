// The V8 inspector of a Node process the test started with --inspect=127.0.0.1:0, over the Chrome
// DevTools Protocol: forces a full garbage collection and reads the heap that survives it. That
// figure is what the program keeps alive, so unlike RSS it does not move with machine load or with
// when the collector last ran.
import WebSocket from "ws";

export interface Inspector {
  /** Bytes of the JS heap still in use after a forced full collection. */
  retainedHeapBytes(): Promise<number>;
  close(): void;
}

/** The inspector's WebSocket URL from the line Node prints at start, or undefined. */
export function inspectorUrl(logs: string): string | undefined {
  return /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/.exec(logs)?.[1];
}

export async function connectInspector(url: string): Promise<Inspector> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(v: any): void; reject(e: Error): void }>();
  socket.on("message", (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id!);
    if (msg.error) waiter.reject(new Error(msg.error.message));
    else waiter.resolve(msg.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<any>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    retainedHeapBytes: async () => {
      // Two passes: objects with finalizers or weak callbacks are only freed by the second.
      await send("HeapProfiler.collectGarbage");
      await send("HeapProfiler.collectGarbage");
      const usage = (await send("Runtime.getHeapUsage")) as { usedSize: number };
      return usage.usedSize;
    },
    close: () => socket.close(),
  };
}
