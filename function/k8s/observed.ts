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
  const data = field(secret, "data");
  if (data === null || typeof data !== "object" || Array.isArray(data)) return {};
  return Object.fromEntries(Object.entries(data).filter(([k, v]) => /^[-._a-zA-Z0-9]+$/.test(k) && typeof v === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(v)));
}

export function conditionStatus(obj: unknown, type: string): string | undefined {
  const conditions = field(obj, "status", "conditions");
  if (!Array.isArray(conditions)) return undefined;
  const match = conditions.find((c) => field(c, "type") === type);
  return stringField(match, "status");
}
