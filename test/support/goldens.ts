// Golden files hold everything the function renders, with Secret data decoded (as `decodedData`)
// so a reviewer can read the config, except credentials minted in this run, which
// differ per process by design (secrets/mint.ts). Those are replaced by a marker that still shows
// which key was minted and how long it is; credentials read back from observed state stay as they
// are, so a golden proves they were not regenerated.
type Obj = Record<string, any>;

const MINTED_SECRETS = new Set(["server-keys", "redis-embedded-auth", "redis-elasticache-auth"]);
// Pod annotations that hash minted credentials, so they change with them too.
const CREDENTIAL_CHECKSUMS: Record<string, [annotation: string, marker: string]> = {
  Deployment: ["livekit.stunner.l7mp.io/keys-checksum", "<checksum of minted keys>"],
  StatefulSet: ["livekit.stunner.l7mp.io/auth-checksum", "<checksum of minted password>"],
};

const resourceName = (o: Obj): string | undefined => o.metadata?.annotations?.["crossplane.io/composition-resource-name"];

export function maskMinted(objects: Obj[], observed: Obj[]): Obj[] {
  const observedByName = new Map(observed.map((o) => [resourceName(o), o]));
  let minted = false;
  const masked = objects.map((o) => {
    const name = resourceName(o);
    if (o.kind !== "Secret" || !name || !MINTED_SECRETS.has(name)) return o;
    const seen = observedByName.get(name)?.data ?? {};
    const data: Record<string, string> = {};
    for (const [k, v] of Object.entries<string>(o.data ?? {})) {
      if (seen[k] === v) data[k] = v;
      else {
        minted = true;
        data[k] = Buffer.from(`<minted: ${Buffer.from(v, "base64").length} bytes>`).toString("base64");
      }
    }
    return { ...o, data };
  });
  if (!minted) return masked.map(decodeSecretData);
  return masked.map(decodeSecretData).map((o) => {
    const [annotation, marker] = CREDENTIAL_CHECKSUMS[o.kind] ?? [];
    if (!annotation || !o.spec?.template?.metadata?.annotations?.[annotation]) return o;
    const copy = structuredClone(o);
    copy.spec.template.metadata.annotations[annotation] = marker;
    return copy;
  });
}

function decodeSecretData(o: Obj): Obj {
  if (o.kind !== "Secret" || !o.data) return o;
  const { data, ...rest } = o;
  const decodedData = Object.fromEntries(Object.entries<string>(data).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));
  return { ...rest, decodedData };
}
