// Stage 1, parse: the observed XR and the step input become a typed, defaulted pool, or a list of
// errors that each name the offending field.
import { z } from "zod";
import { poolDefaults, type PoolDefaults } from "../api/input.js";
import { LIVEKIT_CONFIG, unknownConfigKeys } from "../api/livekit-config.js";
import { managedKeysIn } from "../api/managed-config.js";
import { namespacedPoolSpec, poolSpec, type PoolSpec } from "../api/spec.js";
import { field, stringField } from "../k8s/observed.js";
import { redisSpecErrors } from "../components/redis/validate.js";
import { portClashes } from "../api/port-clashes.js";

export interface Pool {
  /** Namespaced XR (Crossplane v2) or cluster-scoped legacy XR (possibly behind a claim). */
  scope: "namespaced" | "cluster";
  xrName: string;
  claim?: { name: string; namespace: string };
  /** Namespace of every namespaced object the pool composes. */
  namespace: string;
  /** Stem of the names of namespaced objects: the claim's name for a claim's pool (what its app
   * team knows and sees in its namespace), else the XR's. Cluster-scoped objects and cloud
   * resources use the XR's name, which is unique cluster-wide. */
  baseName: string;
  /** Stable identity for credential minting: the XR's UID where Crossplane gives it. */
  identity: string;
  spec: PoolSpec;
  defaults: PoolDefaults;
}

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

/** Networking needs what only the platform can give: a TURN auth Secret for namespaced pools
 * (which share the platform's STUNner class) and a certificate issuer. */
function networkingErrors(spec: PoolSpec, defaults: PoolDefaults, scope: Pool["scope"]): string[] {
  const net = spec.networking;
  if (!net) return [];
  const errors: string[] = [];
  if (scope === "namespaced" && !defaults.networking.turn.authSecretRef) {
    errors.push("input.networking.turn.authSecretRef: required for namespaced pools with spec.networking: they use the platform's STUNner GatewayClass and its auth Secret");
  }
  if (!net.tls?.issuerRef && !net.tls?.acme && !defaults.networking.tlsIssuerRef) {
    errors.push("spec.networking.tls: set issuerRef or acme (the platform names no default issuer in input.networking.tlsIssuerRef)");
  }
  return errors;
}

export function parse(composite: unknown, input: unknown): ParseResult {
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
      errors.push(`spec.server.config.${path}: not a key of LiveKit ${LIVEKIT_CONFIG.livekitServer}'s config (strict mode would stop the server)`);
    }
  }

  const scope = xrNamespace ? "namespaced" : "cluster";
  if (spec.success && defaults.success) {
    errors.push(...networkingErrors(spec.data, defaults.data, scope), ...redisSpecErrors(spec.data, defaults.data, scope), ...portClashes(spec.data));
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
