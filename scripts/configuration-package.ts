// The Configuration package's root for a registry: crossplane.yaml and apis/, with the function
// dependency pointing at `<registry>/function-livekit-pool` and the Compositions calling the
// function by the name Crossplane gives that dependency when it installs it. Crossplane matches a
// dependency by package source (registry and repository), so a Configuration that names another
// registry than the one the Function came from would never resolve.
//
// Usage: tsx scripts/configuration-package.ts REGISTRY OUT_DIR   (REGISTRY e.g. ghcr.io/l7mp)
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments, parseDocument } from "yaml";

const FUNCTION_REPOSITORY = "function-livekit-pool";

/** Crossplane's ToDNSLabel (internal/xpkg/name.go): lower-case letters and digits kept, `.`, `/`,
 * `:` and `-` become `-` except at either end, at most the first 63 characters read. */
export function dnsLabel(s: string): string {
  let out = "";
  for (let i = 0; i < s.length && i <= 62; i++) {
    const c = s[i]!;
    if (/[a-z0-9]/.test(c)) out += c;
    if (/[./:-]/.test(c) && i !== 0 && i !== 62 && i !== s.length - 1) out += "-";
  }
  return out.replace(/^-+|-+$/g, "");
}

/** The name of the Function Crossplane installs for a dependency on `<registry>/<repository>`: its
 * repository path without the registry host (go-containerregistry's RepositoryStr). */
export function dependencyFunctionName(registry: string): string {
  const parts = `${registry}/${FUNCTION_REPOSITORY}`.split("/");
  // A first part with a dot, a colon or "localhost" is a registry host (docker's reference rules).
  const host = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!);
  return dnsLabel((host ? parts.slice(1) : parts).join("/"));
}

export function writeConfigurationRoot(root: string, registry: string, out: string): void {
  const name = dependencyFunctionName(registry);
  mkdirSync(out, { recursive: true });
  const meta = parseDocument(readFileSync(join(root, "crossplane.yaml"), "utf8"));
  const deps = meta.getIn(["spec", "dependsOn"]) as { items: Array<{ get(k: string): unknown; set(k: string, v: unknown): void }> };
  const fn = deps.items.find((d) => d.get("kind") === "Function");
  if (!fn) throw new Error("crossplane.yaml has no Function dependency");
  fn.set("package", `${registry}/${FUNCTION_REPOSITORY}`);
  writeFileSync(join(out, "crossplane.yaml"), meta.toString());
  cpSync(join(root, "apis"), join(out, "apis"), { recursive: true });
  for (const scope of readdirSync(join(out, "apis"))) {
    const file = join(out, "apis", scope, "composition.yaml");
    const docs = parseAllDocuments(readFileSync(file, "utf8"));
    for (const doc of docs)
      for (const step of (doc.getIn(["spec", "pipeline"]) as { items: Array<{ setIn(p: string[], v: unknown): void }> }).items)
        step.setIn(["functionRef", "name"], name);
    writeFileSync(file, docs.map((d) => d.toString()).join(""));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [registry, out] = process.argv.slice(2);
  if (!registry || !out) {
    console.error("usage: tsx scripts/configuration-package.ts REGISTRY OUT_DIR");
    process.exit(2);
  }
  writeConfigurationRoot(resolve(import.meta.dirname, ".."), registry.replace(/\/+$/, ""), resolve(out));
  console.log(
    `configuration-package: depends on ${registry}/${FUNCTION_REPOSITORY}; Compositions call ${dependencyFunctionName(registry)}`,
  );
}
