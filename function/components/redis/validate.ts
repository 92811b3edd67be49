// Checks of spec.redis that the schema cannot make alone: they involve another field, the
// function input's platform defaults, or the pool's scope. Each error names the field to fix.
import type { PoolDefaults } from "../../api/input.js";
import type { PoolSpec } from "../../api/spec.js";
import type { Pool } from "../../model/pool.js";
import { effectiveMode, redisRequiredBy } from "./requirement.js";

export function redisSpecErrors(spec: PoolSpec, defaults: PoolDefaults, scope: Pool["scope"]): string[] {
  const redis = spec.redis;
  const mode = effectiveMode(spec);
  const errors: string[] = [];
  const needs = redisRequiredBy(spec);
  if (mode === "none" && needs.length > 0) {
    errors.push(`spec.redis.mode: "none" cannot serve this pool (${needs.join(", ")}); use embedded, external, memorystore or elasticache`);
  }
  const required = (field: string) => `spec.redis.${mode}.${field}: required when spec.redis.mode is ${mode}`;
  const noPlatformDefault = (field: string) => `${required(field)} (the function input sets no default)`;
  if (mode === "external" && !redis.external) errors.push(required("address"));
  if (mode === "memorystore" && !(redis.memorystore?.region ?? defaults.redis.memorystore.region)) {
    errors.push(noPlatformDefault("region"));
  }
  if (mode === "elasticache") {
    const own = redis.elasticache;
    if (!(own?.region ?? defaults.redis.elasticache.region)) errors.push(noPlatformDefault("region"));
    const platform = defaults.redis.elasticache;
    if (!own?.subnetGroupName && !own?.subnetIds && !platform.subnetGroupName && !platform.subnetIds) {
      errors.push(`${noPlatformDefault("subnetGroupName")}: set subnetGroupName or subnetIds`);
    }
  }
  if (scope === "cluster") {
    for (const cloud of ["memorystore", "elasticache"] as const) {
      if (redis[cloud]?.providerConfigRef?.kind) {
        errors.push(
          `spec.redis.${cloud}.providerConfigRef.kind: only namespaced pools choose the kind; a legacy pool names a cluster-scoped ProviderConfig`,
        );
      }
    }
  }
  return errors;
}
