// A YAML config body passed in an env var, whose secret values come from other env vars
// (secretKeyRef) through Kubernetes' `$(VAR)` expansion: the secret never appears in any object.
// Used for programs that read secrets only from their config (LiveKit Ingress and Egress read
// neither REDIS_PASSWORD nor storage keys from the environment in every case).
import { stringify } from "yaml";
import type { EnvVar } from "./types.js";

const MARK = "__ENV_REF__";

/** Where a config value comes from another env var. */
export function envRef(name: string): string {
  return `${MARK}${name}`;
}

/** The config as YAML, each envRef a literal block scalar holding `$(NAME)`: whatever the secret
 * holds (quotes, `#`, `: `, leading spaces) stays one plain string once Kubernetes expands it. */
export function configBody(config: Record<string, unknown>): string {
  const text = stringify(config, { sortMapEntries: true, lineWidth: 0 });
  return text.replace(
    new RegExp(`^( *)([^\\n]*?): ${MARK}(\\w+)$`, "gm"),
    (_m, indent: string, key: string, name: string) => `${indent}${key}: |2-\n${indent}  $(${name})`,
  );
}

/** The env var holding the config body. It must come after the vars it refers to: Kubernetes
 * expands only references to vars defined earlier in the list. */
export function configBodyEnv(name: string, config: Record<string, unknown>): EnvVar {
  return { name, value: configBody(config) };
}
