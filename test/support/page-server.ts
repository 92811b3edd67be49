// The participant page (media-page/) and LiveKit's JavaScript SDK as npm ships it (its UMD build),
// served over HTTP on loopback: http://127.0.0.1 is a secure context, so the page may use the
// camera and microphone. Only these three files are served.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { LOOPBACK } from "./loopback.js";

const page = (name: string) => fileURLToPath(new URL(`./media-page/${name}`, import.meta.url));
const FILES: Record<string, { path: string; type: string }> = {
  "/participant.html": { path: page("participant.html"), type: "text/html; charset=utf-8" },
  "/participant.js": { path: page("participant.js"), type: "text/javascript; charset=utf-8" },
  // The package's "require" entry is its UMD build, which defines the global LivekitClient.
  "/livekit-client.umd.js": { path: createRequire(import.meta.url).resolve("livekit-client"), type: "text/javascript; charset=utf-8" },
};

export interface PageServer {
  /** http://127.0.0.1:<port>/participant.html */
  pageUrl: string;
  close(): Promise<void>;
}

export function servePage(): Promise<PageServer> {
  const server = createServer((req, res) => {
    const file = FILES[new URL(req.url ?? "/", "http://page").pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(readFileSync(file.path));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address() as { port: number };
      resolve({
        pageUrl: `http://${LOOPBACK}:${port}/participant.html`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            // Keep-alive connections would hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
