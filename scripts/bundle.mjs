// Bundles the function server into one file, dist/main.js: Node then reads and compiles one module
// instead of resolving some hundreds across node_modules, which is most of a cold start
// (BENCHMARKS.md), and the runtime image needs no node_modules at all.
import { build } from "esbuild";

await build({
  entryPoints: ["function/main.ts"],
  outfile: "dist/main.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  legalComments: "linked",
  // Dependencies written as CommonJS call require(); an ES module has none of its own.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  logLevel: "warning",
});
