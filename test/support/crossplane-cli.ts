// Runs the real crossplane CLI: render against a running function, and offline beta validate.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CROSSPLANE_BIN, ROOT } from "./paths.js";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string): CliResult {
  const r = spawnSync(CROSSPLANE_BIN, args, { cwd: ROOT, encoding: "utf8", input, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A functions.yaml in `dir` that points the Development runtime at the function on `port`. */
export function functionsFile(port: number, dir: string): string {
  const file = join(dir, "functions.yaml");
  writeFileSync(
    file,
    `apiVersion: pkg.crossplane.io/v1
kind: Function
metadata:
  name: l7mp-function-livekit-pool
  annotations:
    render.crossplane.io/runtime: Development
    render.crossplane.io/runtime-development-target: 127.0.0.1:${port}
spec:
  package: ghcr.io/l7mp/function-livekit-pool:v0.1.0
`,
  );
  return file;
}

export interface RenderArgs {
  xr: string;
  composition: string;
  functions: string;
  xrd: string;
  observed?: string;
  required?: string;
}

export function render(a: RenderArgs): CliResult {
  const args = [
    "render",
    a.xr,
    a.composition,
    a.functions,
    "--xrd",
    a.xrd,
    "--include-function-results",
    "--include-full-xr",
    "--timeout",
    "60s",
  ];
  if (a.observed) args.push("--observed-resources", a.observed);
  if (a.required) args.push("--required-resources", a.required);
  return run(args);
}

/** Offline `beta validate`: extensions are CRD/XRD files only, and the Crossplane image it would
 * otherwise download is stood in for by an empty cache entry (see shared/reference/crossplane.md). */
export function validate(extensions: string[], resourcesYaml: string): CliResult {
  const cache = resolve(ROOT, ".cache/crossplane-validate");
  mkdirSync(join(cache, "local/none@v0"), { recursive: true });
  return run(
    ["beta", "validate", extensions.join(","), "-", "--cache-dir", cache, "--crossplane-image", "local/none:v0", "--skip-success-results"],
    resourcesYaml,
  );
}
