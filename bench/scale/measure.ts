// What the scale benchmark reads, from the programs themselves: Crossplane's metrics (the function
// calls it sent, per function), the API server's audit log (every write, with its client and
// namespace) and metrics (write requests by verb), and /proc (CPU seconds and RSS of a process).
import { KubeConfig } from "@kubernetes/client-node";
import { readFileSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { join } from "node:path";

/** Crossplane's controller-runtime metrics server (its default port, inside the private network). */
const CROSSPLANE_METRICS = "http://127.0.0.1:8080/metrics";
const CLOCK_TICKS_PER_SECOND = 100;
export const WRITE_VERBS = ["create", "update", "patch", "delete", "deletecollection"];

/** Sum of a Prometheus counter's samples, grouped by one label. */
export function sumBy(text: string, metric: string, label: string): Record<string, number> {
  const out: Record<string, number> = {};
  const line = new RegExp(`^${metric}\\{([^}]*)\\} (\\S+)$`);
  for (const l of text.split("\n")) {
    const m = line.exec(l);
    if (!m) continue;
    const value = new RegExp(`${label}="([^"]*)"`).exec(m[1]!)?.[1] ?? "";
    out[value] = (out[value] ?? 0) + Number(m[2]);
  }
  return out;
}

/** RunFunctionRequests Crossplane sent, by function name (cache hits are not sent). */
export async function functionCalls(): Promise<Record<string, number>> {
  const text = await (await fetch(CROSSPLANE_METRICS)).text();
  return sumBy(text, "function_run_function_request_total", "function_name");
}

/** The API server's own count of requests with a write verb, by verb. */
export function apiserverWrites(kubeconfig: string): Promise<Record<string, number>> {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const url = new URL("/metrics", kc.getCurrentCluster()!.server);
  return new Promise((resolve, reject) => {
    const options: Record<string, any> = { method: "GET", hostname: url.hostname, port: url.port, path: url.pathname };
    kc.applyToHTTPSOptions(options)
      .then(() => {
        const req = request(options, (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => {
            const byVerb = sumBy(body, "apiserver_request_total", "verb");
            resolve(Object.fromEntries(Object.entries(byVerb).filter(([verb]) => ["POST", "PUT", "PATCH", "DELETE"].includes(verb))));
          });
        });
        req.on("error", reject);
        req.end();
      })
      .catch(reject);
  });
}

/** An audit policy that records every write (who, what, where), and nothing else. */
export function auditArgs(dir: string): string[] {
  const policy = join(dir, "audit-policy.yaml");
  writeFileSync(
    policy,
    JSON.stringify({
      apiVersion: "audit.k8s.io/v1",
      kind: "Policy",
      omitStages: ["RequestReceived"],
      rules: [{ level: "Metadata", verbs: WRITE_VERBS }, { level: "None" }],
    }),
  );
  return [`--audit-policy-file=${policy}`, `--audit-log-path=${auditLog(dir)}`, "--audit-log-format=json", "--audit-log-maxsize=0"];
}

export const auditLog = (dir: string) => join(dir, "audit.log");

export interface Write {
  verb: string;
  resource: string;
  namespace: string;
  userAgent: string;
  at: number;
}

/** The writes the API server completed, from its audit log. */
export function auditedWrites(dir: string): Write[] {
  const writes: Write[] = [];
  for (const line of readFileSync(auditLog(dir), "utf8").split("\n")) {
    if (!line) continue;
    const e = JSON.parse(line);
    if (e.stage !== "ResponseComplete") continue;
    const o = e.objectRef ?? {};
    writes.push({
      verb: e.verb,
      resource: `${o.resource ?? ""}${o.subresource ? `/${o.subresource}` : ""}`,
      namespace: o.namespace ?? "",
      userAgent: e.userAgent ?? "",
      at: Date.parse(e.stageTimestamp),
    });
  }
  return writes;
}

/** CPU seconds (user and system) a process has used. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

export function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : 0;
}
