// Read-only accessors into observed objects. Observed state arrives as untyped JSON from the
// cluster and may be partial, stale or hand-edited, so every accessor tolerates missing fields.
export type KubeObject = Record<string, unknown>;

export function field(obj: unknown, ...path: string[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A map (a JSON object, not a list or null) at the path. */
export function objectField(obj: unknown, ...path: string[]): KubeObject | undefined {
  const v = field(obj, ...path);
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as KubeObject) : undefined;
}

export function numberField(obj: unknown, ...path: string[]): number | undefined {
  const v = field(obj, ...path);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export function stringField(obj: unknown, ...path: string[]): string | undefined {
  const v = field(obj, ...path);
  return typeof v === "string" ? v : undefined;
}

/** A Secret's data entry, base64-decoded; undefined when absent or not valid base64. */
export function secretData(secret: unknown, key: string): string | undefined {
  const encoded = stringField(secret, "data", key);
  if (encoded === undefined || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return undefined;
  return Buffer.from(encoded, "base64").toString("utf8");
}

/** A Secret's data as stored (base64 values), well-formed entries only: what a credential Secret
 * carries over from one call to the next, byte for byte. */
export function rawSecretData(secret: unknown): Record<string, string> {
  const data = objectField(secret, "data");
  if (!data) return {};
  const wellFormed = (entry: [string, unknown]): entry is [string, string] =>
    /^[-._a-zA-Z0-9]+$/.test(entry[0]) && typeof entry[1] === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(entry[1]);
  return Object.fromEntries(Object.entries(data).filter(wellFormed));
}

export function conditionStatus(obj: unknown, type: string): string | undefined {
  const conditions = field(obj, "status", "conditions");
  if (!Array.isArray(conditions)) return undefined;
  const match = conditions.find((c) => field(c, "type") === type);
  return stringField(match, "status");
}
