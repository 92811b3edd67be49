// Checks of spec.networking the schema cannot make alone: networking needs what only the platform
// can give, a TURN auth Secret for namespaced pools (which share the platform's STUNner class) and
// a certificate issuer.
import type { PoolDefaults } from "../../api/input.js";
import type { PoolSpec } from "../../api/spec.js";
import type { Scope } from "../../model/pool.js";

export function networkingErrors(spec: PoolSpec, defaults: PoolDefaults, scope: Scope): string[] {
  const net = spec.networking;
  if (!net) return [];
  const errors: string[] = [];
  if (scope === "namespaced" && !defaults.networking.turn.authSecretRef) {
    errors.push(
      "input.networking.turn.authSecretRef: required for namespaced pools with spec.networking: they use the platform's STUNner GatewayClass and its auth Secret",
    );
  }
  if (!net.tls?.issuerRef && !net.tls?.acme && !defaults.networking.tlsIssuerRef) {
    errors.push("spec.networking.tls: set issuerRef or acme (the platform names no default issuer in input.networking.tlsIssuerRef)");
  }
  return errors;
}
