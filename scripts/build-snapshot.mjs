// Builds the V8 startup snapshot the runtime image starts from:
//   node scripts/build-snapshot.mjs [builder] [blob]    (default dist/snapshot.cjs -> dist/main.blob)
// It must be run by the Node that will start from the snapshot, which refuses a snapshot built by
// any other version: the Dockerfile runs it in the runtime image itself, tests and the benchmark
// with the pinned Node 24 of scripts/ensure-node24.sh. The server then starts with
//   node --snapshot-blob dist/main.blob -- <flags>
//
// The snapshot keeps no compiled code ("withoutCodeCache"): compiled code is tied to the CPU
// features of the machine that built it, and a Node that checks them refuses to start from a
// snapshot built on another CPU. Without it the snapshot loads on any machine of the same
// architecture, for a few milliseconds of compiling at run time (BENCHMARKS.md, "Cold start").
//
// Node warns when a builder loads a built-in it has not verified for snapshots; such a built-in may
// come back out of sync, so any warning fails the build, except for the two pino loads for its
// worker transports, which the function never starts.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { constants } from "node:http2";
import { resolve } from "node:path";

const UNUSED_UNVERIFIED_BUILTINS = new Set(["worker_threads", "module"]);

const [builder = "dist/snapshot.cjs", blob = "dist/main.blob"] = process.argv.slice(2);
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  console.error(
    `build-snapshot: Node ${process.version} cannot build the snapshot: the runtime image runs Node 24 (scripts/ensure-node24.sh brings it)`,
  );
  process.exit(1);
}

const config = `${blob}.config.json`;
writeFileSync(config, JSON.stringify({ builder: resolve(builder), withoutCodeCache: true }));
// No environment but the constants: what the bundle reads from it while loading is fixed in the
// snapshot, so it must see the defaults, never the build machine's settings.
const run = spawnSync(process.execPath, ["--snapshot-blob", blob, "--build-snapshot-config", config], {
  encoding: "utf8",
  env: { SNAPSHOT_HTTP2_CONSTANTS: JSON.stringify(constants) },
});
rmSync(config, { force: true });

const unverified = [...run.stderr.matchAll(/built-in module "(?:node:)?([^"]+)" works in user snapshot/g)].map((m) => m[1]);
const unexpected = unverified.filter((name) => !UNUSED_UNVERIFIED_BUILTINS.has(name));
if (run.status !== 0 || unexpected.length > 0) {
  rmSync(blob, { force: true });
  process.stderr.write(run.stderr);
  console.error(
    `build-snapshot: failed (exit ${run.status ?? run.signal})${unexpected.length > 0 ? `; unverified built-ins loaded while building: ${unexpected.join(", ")}` : ""}`,
  );
  process.exit(1);
}
console.log(`build-snapshot: ${blob} from ${builder} (Node ${process.version})`);
