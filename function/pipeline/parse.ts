// Stage 1, parse: the observed XR and the step input become a typed, defaulted pool, or a list of
// errors that each name the offending field.
import { z } from "zod";
import { poolDefaults } from "../api/input.js";
import { LIVEKIT_CONFIG, unknownConfigKeys } from "../api/livekit-config.js";
import { managedKeysIn } from "../api/managed-config.js";
import { namespacedPoolSpec, poolSpec } from "../api/spec.js";
import type { Component } from "../model/component.js";
import type { Pool } from "../model/pool.js";
import { COMPONENTS } from "./components.js";
import { field, stringField } from "../k8s/observed.js";
import { portClashes } from "../api/port-clashes.js";

export type ParseResult = { ok: true; pool: Pool } | { ok: false; errors: string[] };

function formatIssues(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map((p) => (typeof p === "number" ? `[${p}]` : String(p)))]
      .filter(Boolean)
      .join(".")
      .replace(/\.\[/g, "[");
    return `${path}: ${issue.message}`;
  });
}

/** `components`: each checks what the schema cannot (another field, the platform input, the scope). */
export function parse(
  composite: unknown,
  input: unknown,
  components: ReadonlyArray<Component<unknown, unknown>> = COMPONENTS,
): ParseResult {
  const errors: string[] = [];
  const xrName = stringField(composite, "metadata", "name");
  if (!xrName) errors.push("metadata.name: the composite resource has no name");

  const defaults = poolDefaults.safeParse(input ?? {});
  if (!defaults.success) errors.push(...formatIssues("input", defaults.error));

  const xrNamespace = stringField(composite, "metadata", "namespace");
  const spec = (xrNamespace ? namespacedPoolSpec : poolSpec).safeParse(field(composite, "spec") ?? {});
  if (!spec.success) errors.push(...formatIssues("spec", spec.error));
  else if (spec.data.server.config) {
    for (const [path, reason] of managedKeysIn(spec.data.server.config)) {
      errors.push(`spec.server.config.${path}: managed by the function (${reason})`);
    }
    for (const path of unknownConfigKeys(spec.data.server.config)) {
      errors.push(
        `spec.server.config.${path}: not a key of LiveKit ${LIVEKIT_CONFIG.livekitServer}'s config (strict mode would stop the server)`,
      );
    }
  }

  const scope = xrNamespace ? "namespaced" : "cluster";
  if (spec.success && defaults.success) {
    errors.push(...components.flatMap((c) => c.validate?.(spec.data, defaults.data, scope) ?? []), ...portClashes(spec.data));
  }

  if (errors.length > 0 || !xrName || !defaults.success || !spec.success) return { ok: false, errors };

  const claimName = stringField(composite, "spec", "claimRef", "name");
  const claimNamespace = stringField(composite, "spec", "claimRef", "namespace");
  const claim = claimName && claimNamespace ? { name: claimName, namespace: claimNamespace } : undefined;
  const namespace = xrNamespace || claim?.namespace || defaults.data.legacyNamespace;
  const uid = stringField(composite, "metadata", "uid");

  return {
    ok: true,
    pool: {
      scope,
      xrName,
      ...(claim ? { claim } : {}),
      namespace,
      baseName: claim?.name ?? xrName,
      identity: uid ?? `${namespace}/${xrName}`,
      spec: spec.data,
      defaults: defaults.data,
    },
  };
}
