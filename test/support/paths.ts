import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHARED_CRDS = resolve(ROOT, "../shared/crds");
export const CROSSPLANE_BIN = resolve(ROOT, ".tools/bin/crossplane");
export const MAIN_JS = resolve(ROOT, "dist/main.js");
export const LIVEKIT_BIN = resolve(ROOT, ".tools/bin/livekit-server");
export const LIVEKIT_CONFIG_BIN = resolve(ROOT, ".tools/bin/livekit-config");
export const STUNNERD_BIN = resolve(ROOT, ".tools/bin/stunnerd");
export const TURNCAT_BIN = resolve(ROOT, ".tools/bin/turncat");
export const CROSSPLANE_PKI_BIN = resolve(ROOT, ".tools/bin/crossplane-pki");

/** Why a suite that needs an external piece cannot run here, or undefined when it can. In CI a
 * missing piece is a failure, not a skip: CI installs everything itself. */
export function missing(): string | undefined {
  const reasons: string[] = [];
  if (!existsSync(MAIN_JS)) reasons.push("dist/main.js is not built (npm run build)");
  if (!existsSync(CROSSPLANE_BIN)) reasons.push("the crossplane CLI is not built (scripts/ensure-crossplane.sh needs Go)");
  if (!existsSync(SHARED_CRDS)) reasons.push(`the upstream CRDs are not at ${SHARED_CRDS}`);
  return skipOrFail(reasons);
}

/** Reports the reasons as a skip, or throws in CI; undefined when there are none. */
export function skipOrFail(reasons: string[]): string | undefined {
  if (reasons.length === 0) return undefined;
  const reason = reasons.join("; ");
  if (process.env.CI === "true") throw new Error(`CI must run every suite, but ${reason}`);
  console.warn(`SKIPPED (reason: ${reason})`);
  return reason;
}
