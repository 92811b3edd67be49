// The server process: flags, logger, credential seed, gRPC server, signals. All I/O of the function
// lives here and in server/; the pipeline it serves is pure. Started by main.ts (dist/main.js) or,
// in the runtime image, from a V8 startup snapshot (snapshot/entry.ts).
import { runFunctionSafely } from "./handler.js";
import { HELP, parseServerArgs } from "./server/args.js";
import { createServer, listen, readServerTls, type Listening, type Transport } from "./server/grpc.js";
import { createLogger } from "./server/logger.js";
import { minter, newSeed } from "./secrets/mint.js";

/** Runs the server with `argv`, the flags alone (no node or script path). */
export async function serve(argv: string[]): Promise<void> {
  const parsed = parseServerArgs(argv, process.env);
  if (parsed.kind === "help") {
    process.stdout.write(HELP);
    return;
  }
  if (parsed.kind === "error") {
    process.stderr.write(`${parsed.message}\n\n${HELP}`);
    process.exit(2);
  }
  const args = parsed.args;
  const log = createLogger(args.debug);
  const deps = { mint: minter(newSeed()) };

  const server = createServer(
    (req) => {
      const started = process.hrtime.bigint();
      const { response, summary, error } = runFunctionSafely(req, deps);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (error) log.error({ ...summary, err: { message: error.message, stack: error.stack } }, "RunFunction failed");
      else log.debug({ ...summary, ms }, "RunFunction");
      return response;
    },
    Math.round(args.maxRecvMessageSizeMiB * 1024 * 1024),
  );

  let listening: Listening;
  try {
    const transport: Transport = args.insecure
      ? { insecure: true }
      : {
          insecure: false,
          tls: readServerTls(args.tlsServerCertsDir),
          onRefused: (refused) => log.warn(refused, "refused a client connection"),
        };
    listening = await listen(server, args.address, transport);
    log.info({ address: args.address, port: listening.port, tls: !args.insecure }, "function-livekit-pool listening");
  } catch (err) {
    log.fatal({ address: args.address, err: { message: err instanceof Error ? err.message : String(err) } }, "cannot start");
    process.exit(1);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, timeoutSeconds: args.shutdownTimeoutSeconds }, "draining");
    const how = await listening.drain(args.shutdownTimeoutSeconds * 1000);
    log.info({ how }, "stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
