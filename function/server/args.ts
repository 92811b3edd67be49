// Command-line flags of the function server, with the environment variables Crossplane sets.
import { parseArgs } from "node:util";

export interface ServerArgs {
  address: string;
  insecure: boolean;
  debug: boolean;
  tlsServerCertsDir: string;
  maxRecvMessageSizeMiB: number;
  shutdownTimeoutSeconds: number;
}

export const HELP = `Usage: node dist/main.js [flags]

Crossplane composition function for LiveKitPool.

Flags:
  --address ADDR                 Address to listen on (default 0.0.0.0:9443)
  --insecure                     Serve without TLS (local development and crossplane render only)
  --tls-server-certs-dir DIR     Directory with tls.crt, tls.key and ca.crt; client certificates
                                 are required and verified (env TLS_SERVER_CERTS_DIR,
                                 default /tls/server)
  --max-recv-message-size MIB    Largest request accepted, in MiB (default 4)
  --shutdown-timeout SECONDS     On SIGTERM, how long in-flight calls may take before the
                                 server stops anyway (default 20)
  -d, --debug                    Debug logging (never includes request content or secrets)
  -h, --help                     Show this help
`;

export type ParsedArgs = { kind: "run"; args: ServerArgs } | { kind: "help" } | { kind: "error"; message: string };

function positiveNumber(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${flag} must be a positive number, got "${raw}"`);
  return n;
}

export function parseServerArgs(argv: string[], env: Record<string, string | undefined>): ParsedArgs {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        address: { type: "string" },
        insecure: { type: "boolean" },
        debug: { type: "boolean", short: "d" },
        "tls-server-certs-dir": { type: "string" },
        "max-recv-message-size": { type: "string" },
        "shutdown-timeout": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) return { kind: "help" };
    return {
      kind: "run",
      args: {
        address: values.address ?? "0.0.0.0:9443",
        insecure: values.insecure ?? false,
        debug: values.debug ?? false,
        tlsServerCertsDir: values["tls-server-certs-dir"] ?? env.TLS_SERVER_CERTS_DIR ?? "/tls/server",
        maxRecvMessageSizeMiB: positiveNumber("max-recv-message-size", values["max-recv-message-size"], 4),
        shutdownTimeoutSeconds: positiveNumber("shutdown-timeout", values["shutdown-timeout"], 20),
      },
    };
  } catch (err) {
    return { kind: "error", message: err instanceof Error ? err.message : String(err) };
  }
}
