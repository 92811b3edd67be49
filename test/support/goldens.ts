// Golden files hold everything the function renders, with Secret data decoded (as `decodedData`)
// so a reviewer can read the config, except credentials minted in this run, which differ per
// process by design (secrets/mint.ts). Those are replaced by a marker that still shows which key
// was minted and how long it is. A credential that appears in the observed state was read back,
// not minted, and stays as it is: a golden then proves it was not regenerated.
type Obj = Record<string, any>;

/** Data keys that may hold a minted credential, by composition resource name. */
const MINTED: Record<string, string[] | "all"> = {
  "server-keys": "all",
  "turn-auth": ["username", "password", "secret"],
  "connection-secret": ["apiKey", "apiSecret"],
  "redis-embedded-auth": "all",
  "redis-elasticache-auth": "all",
};
// Pod annotations that hash minted credentials, so they change with them too.
const CREDENTIAL_CHECKSUMS: Record<string, [annotation: string, marker: string]> = {
  Deployment: ["livekit.stunner.l7mp.io/keys-checksum", "<checksum of minted keys>"],
  StatefulSet: ["livekit.stunner.l7mp.io/auth-checksum", "<checksum of minted password>"],
};
const SPEC_CHECKSUM = "livekit.stunner.l7mp.io/spec-checksum";

const resourceName = (o: Obj): string | undefined => o.metadata?.annotations?.["crossplane.io/composition-resource-name"];
const decode = (v: string) => Buffer.from(v, "base64").toString("utf8");

export function maskMinted(objects: Obj[], observed: Obj[]): Obj[] {
  // Every value any observed Secret holds, decoded, plus the pair inside a key file.
  const seen = new Set<string>();
  for (const o of observed) {
    for (const v of Object.values<string>(o.kind === "Secret" ? (o.data ?? {}) : {})) {
      const text = decode(v);
      seen.add(text);
      for (const line of text.split("\n")) for (const part of line.split(": ")) seen.add(part.trim());
    }
  }
  // A key file was read back when each of its `key: secret` lines was.
  const wasObserved = (value: string) =>
    seen.has(value) || value.split("\n").every((line) => !line || line.split(": ").every((part) => seen.has(part.trim())));
  let minted = false;
  const masked = objects.map((o) => {
    const keys = MINTED[resourceName(o) ?? ""];
    if (o.kind !== "Secret" || !keys) return o;
    const data: Record<string, string> = {};
    for (const [k, v] of Object.entries<string>(o.data ?? {})) {
      const value = decode(v);
      const mayBeMinted = keys === "all" || keys.includes(k);
      const fresh = mayBeMinted && !wasObserved(value);
      if (fresh) minted = true;
      data[k] = fresh ? Buffer.from(`<minted: ${Buffer.byteLength(value)} bytes>`).toString("base64") : v;
    }
    return { ...o, data };
  });
  const decoded = masked.map(decodeSecretData);
  if (!minted) return decoded;
  // Pod annotations hash minted credentials, so they change with them, and so does the
  // Deployment's spec checksum.
  return decoded.map((o) => {
    const [annotation, marker] = CREDENTIAL_CHECKSUMS[o.kind] ?? [];
    if (!annotation || !o.spec?.template?.metadata?.annotations?.[annotation]) return o;
    const copy = structuredClone(o);
    copy.spec.template.metadata.annotations[annotation] = marker;
    if (copy.metadata?.annotations?.[SPEC_CHECKSUM])
      copy.metadata.annotations[SPEC_CHECKSUM] = "<checksum of a spec with minted credentials>";
    return copy;
  });
}

function decodeSecretData(o: Obj): Obj {
  if (o.kind !== "Secret" || !o.data) return o;
  const { data, ...rest } = o;
  return { ...rest, decodedData: Object.fromEntries(Object.entries<string>(data).map(([k, v]) => [k, decode(v)])) };
}
