// Bundles the function server into one file, dist/main.js: Node then reads and compiles one module
// instead of resolving some hundreds across node_modules, which is most of a cold start
// (BENCHMARKS.md), and the runtime image needs no node_modules at all. The same server is bundled
// a second time as dist/snapshot.cjs, the entry from which the runtime image builds its V8 startup
// snapshot (function/snapshot/entry.ts, scripts/build-snapshot.mjs): CommonJS, as Node's snapshot
// builder requires, with the built-ins it cannot hold loaded on first use (snapshot-builtins.mjs).
// Since the dependencies' own licence files no longer travel with them, their notices are
// collected into dist/THIRD-PARTY-NOTICES.txt, which the image carries beside the bundle.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { deferUnsnapshottableBuiltins } from "./snapshot-builtins.mjs";

const common = {
  bundle: true,
  platform: "node",
  sourcemap: "linked",
  legalComments: "linked",
  metafile: true,
  // A validator dependency requires Node's deprecated built-in punycode, which warns on every start
  // once the code no longer sits in node_modules; the npm package is the same code.
  alias: { punycode: "punycode/" },
  logLevel: "warning",
};

const main = await build({
  ...common,
  entryPoints: ["function/main.ts"],
  outfile: "dist/main.js",
  format: "esm",
  target: "node20",
  // Dependencies written as CommonJS call require(); an ES module has none of its own.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
});
// The snapshot is built and run by the runtime image's Node 24 only.
const snapshot = await build({
  ...common,
  entryPoints: ["function/snapshot/entry.ts"],
  outfile: "dist/snapshot.cjs",
  format: "cjs",
  target: "node24",
  plugins: [deferUnsnapshottableBuiltins],
});

/** The package directory of a bundled input (node_modules/<name> or node_modules/@scope/<name>). */
function packageDir(input) {
  const parts = input.split("/");
  const i = parts.lastIndexOf("node_modules");
  if (i < 0) return undefined;
  const nameParts = parts[i + 1]?.startsWith("@") ? 2 : 1;
  return parts.slice(0, i + 1 + nameParts).join("/");
}

const inputs = [...Object.keys(main.metafile.inputs), ...Object.keys(snapshot.metafile.inputs)];
const dirs = [...new Set(inputs.map(packageDir).filter(Boolean))].sort();
const notices = dirs.map((dir) => {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const licenceFile = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f)) : undefined;
  const text = licenceFile
    ? readFileSync(join(dir, licenceFile), "utf8").trim()
    : `(no licence file shipped; package.json says: ${pkg.license ?? "nothing"})`;
  return `${pkg.name}@${pkg.version}, licence: ${pkg.license ?? "unknown"}\n\n${text}\n`;
});
writeFileSync(
  "dist/THIRD-PARTY-NOTICES.txt",
  `Third-party software bundled into dist/main.js and dist/snapshot.cjs\n\n${notices.join(`\n${"-".repeat(72)}\n\n`)}`,
);
