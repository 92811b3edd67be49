// zod -> Kubernetes structural OpenAPI v3 schema. zod emits JSON Schema; Kubernetes accepts a
// subset of it, so this walks the output and rewrites what the API server would refuse.
import { z } from "zod";

type Json = Record<string, unknown>;

const SAFE_MAX = Number.MAX_SAFE_INTEGER;

function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (node === null || typeof node !== "object") return node;
  const src = node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(src)) {
    if (key === "$schema") continue;
    // Closed objects are the default in Kubernetes; `false` is not accepted.
    if (key === "additionalProperties" && (value === false || src["x-kubernetes-preserve-unknown-fields"])) continue;
    // z.int() bounds itself to the JS safe range, which says nothing to a user.
    if ((key === "maximum" && value === SAFE_MAX) || (key === "minimum" && value === -SAFE_MAX)) continue;
    // int-or-string is one Kubernetes type, not a union.
    if (key === "anyOf" && src["x-kubernetes-int-or-string"]) continue;
    out[key] = normalize(value);
  }
  return out;
}

export function structuralSchema(schema: z.ZodType): Json {
  return normalize(z.toJSONSchema(schema, { target: "openapi-3.0", io: "input" })) as Json;
}
