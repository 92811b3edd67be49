// The scale benchmark's pure parts (bench/scale/): the pool mix both functions get, the peer's
// Composition built from our objects, the audit-log and metrics readers, and the table writer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditedWrites, auditLog, sumBy } from "../bench/scale/measure.js";
import { peerComposition } from "../bench/scale/peer.js";
import { benchPools, MIX, poolObject } from "../bench/scale/pools.js";
import { mergeRuns, scaleTable, slope, writeScaleTable, type ScaleRun } from "../bench/scale/report.js";

describe("scale benchmark", () => {
  it("spreads the pools over ten namespaces, a quarter of each kind", () => {
    const pools = benchPools("ours", 40);
    expect(new Set(pools.map((p) => p.namespace)).size).toBe(10);
    for (const kind of MIX) expect(pools.filter((p) => p.kind === kind)).toHaveLength(10);
    expect(poolObject(pools[1]!, "peer-public").spec).toEqual({
      server: { replicas: 1 },
      networking: { hostname: "ours-1.example.com" },
      crossplane: { compositionRef: { name: "peer-public" } },
    });
  });

  it("makes the peer's bases from our objects: names patched from the XR, no credential copied", () => {
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "ours-3-keys", namespace: "ours-3" },
      data: { k: Buffer.from("s3cret").toString("base64") },
    };
    const deployment = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "ours-3", namespace: "ours-3" },
      spec: { replicas: 1 },
    };
    const c = peerComposition("plain", "ours-3", { keys: secret, server: deployment });
    const [keys, server] = c.spec.pipeline[0].input.resources;
    expect(keys.base.data.k).not.toBe(secret.data.k);
    expect(Buffer.from(keys.base.data.k, "base64")).toHaveLength(6);
    expect(keys.patches[1].transforms[0].string.fmt).toBe("%s-keys");
    expect(server.readinessChecks).toEqual([{ type: "MatchCondition", matchCondition: { type: "Available", status: "True" } }]);
    expect(JSON.stringify(c)).not.toContain(secret.data.k);
  });

  it("reads counters by label and completed writes from the audit log", () => {
    const text =
      'x_total{function_name="a",grpc_method="Run"} 3\nx_total{function_name="a",grpc_method="Other"} 2\nx_total{function_name="b"} 1\n';
    expect(sumBy(text, "x_total", "function_name")).toEqual({ a: 5, b: 1 });
    const dir = mkdtempSync(join(tmpdir(), "scale-audit-"));
    try {
      const event = (stage: string) =>
        JSON.stringify({
          stage,
          verb: "patch",
          userAgent: "crossplane-core/v2",
          stageTimestamp: "2026-12-01T00:00:00Z",
          objectRef: { resource: "deployments", namespace: "ours-1" },
        });
      writeFileSync(auditLog(dir), `${event("ResponseStarted")}\n${event("ResponseComplete")}\n`);
      expect(auditedWrites(dir)).toEqual([
        {
          verb: "patch",
          resource: "deployments",
          namespace: "ours-1",
          userAgent: "crossplane-core/v2",
          at: Date.parse("2026-12-01T00:00:00Z"),
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const figures = {
    readySeconds: 60,
    callsPerPoolUntilReady: 4,
    callsPerPoolHour: 24,
    cpuSecondsPerPoolHour: 1,
    writeRequestsPerPoolHour: 0,
    writeRequestsByResource: {},
    objectsWrittenPerPoolHour: 0,
    objectsWrittenByKind: {},
    functionRssMiB: 80,
  };
  const scaleRun = (n: number, cache: "off" | "on", measuredAt = "2026-12-01T10:00:00Z"): ScaleRun => ({
    n,
    cache,
    measuredAt,
    steadySeconds: 600,
    ours: figures,
    peer: { ...figures, callsPerPoolHour: 60 },
    crossplaneRssMiB: 200,
    apiserverWriteRequestsPerHour: 0,
    otherClientsWrites: {},
  });

  it("keeps the recorded runs a new run does not replace, in table order", () => {
    const recorded = [scaleRun(150, "off"), scaleRun(50, "off"), scaleRun(50, "on")];
    const merged = mergeRuns(recorded, [scaleRun(300, "off", "2026-12-02T10:00:00Z"), scaleRun(50, "on", "2026-12-02T11:00:00Z")]);
    expect(merged.map((r) => `${r.cache}:${r.n}:${r.measuredAt.slice(0, 10)}`)).toEqual([
      "off:50:2026-12-01",
      "off:150:2026-12-01",
      "off:300:2026-12-02",
      "on:50:2026-12-02",
    ]);
  });

  it("fits slopes and rewrites only its own section of BENCHMARKS.md", () => {
    expect(
      slope([
        [50, 100],
        [150, 300],
        [300, 600],
      ]),
    ).toBeCloseTo(2);
    const runs = [50, 150].map((n) => scaleRun(n, "off"));
    expect(scaleTable(runs)).toContain("| 50 | off | 2026-12-01, 600 s | 60 / 60 (1.00x) | 4.0 / 4.0 (1.00x) | 24.0 / 60.0 (0.40x) |");
    const dir = mkdtempSync(join(tmpdir(), "scale-md-"));
    try {
      const file = join(dir, "B.md");
      writeFileSync(file, "before\n<!-- scale:begin -->\nold\n<!-- scale:end -->\nafter\n");
      writeScaleTable(file, runs);
      const text = readFileSync(file, "utf8");
      expect(text.startsWith("before\n<!-- scale:begin -->\nEach cell ours / peer")).toBe(true);
      expect(text).not.toContain("old");
      expect(text.endsWith("<!-- scale:end -->\nafter\n")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
