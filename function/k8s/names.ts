// Object names and label values derived from a pool name. Pool names may be up to 253 characters,
// object names (and Service names, which must also start with a letter) at most 63: long names are
// cut and suffixed with a hash of the full name, so two pools whose names share a long prefix
// still get distinct objects.
import { createHash } from "node:crypto";

const MAX_LABEL = 63;
const HASH_LENGTH = 8;

export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, HASH_LENGTH);
}

function trimToLabel(text: string): string {
  return text.replace(/[^a-z0-9-]/g, "-").replace(/^-+|-+$/g, "");
}

/** A DNS-1035 label (letter first, at most 63 chars) for `<base>-<suffix>`. */
export function objectName(base: string, suffix: string): string {
  const safeBase = /^[a-z]/.test(base) ? base : `lk-${base}`;
  const full = suffix ? `${safeBase}-${suffix}` : safeBase;
  if (full.length <= MAX_LABEL && trimToLabel(full) === full) return full;
  const room = MAX_LABEL - HASH_LENGTH - 1 - (suffix ? suffix.length + 1 : 0);
  const head = trimToLabel(safeBase.slice(0, room));
  return [head, shortHash(base), suffix].filter(Boolean).join("-");
}

/** A label value (at most 63 chars) identifying the pool; the same form as its object names. */
export function poolLabelValue(base: string): string {
  return objectName(base, "");
}
