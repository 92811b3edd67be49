// Golden files hold everything the function renders, with Secret data decoded (as `decodedData`)
// so a reviewer can read the config, except credentials minted in this run, which
// differ per process by design (secrets/mint.ts). Those are replaced by a marker that still shows
// which key was minted and how long it is; credentials read back from observed state stay as they
// are, so a golden proves they were not regenerated.
type Obj = Record<string, any>;

const MINTED_SECRETS = new Set(["server-keys", "turn-auth"]);
const KEYS_CHECKSUM = "livekit.stunner.l7mp.io/keys-checksum";
const SPEC_CHECKSUM = "livekit.stunner.l7mp.io/spec-checksum";

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
  // The pod annotation hashes the key file, so it changes with minted keys too, and so does the
  // Deployment's spec checksum.
  return masked.map(decodeSecretData).map((o) => {
    if (o.kind !== "Deployment" || !o.spec?.template?.metadata?.annotations?.[KEYS_CHECKSUM]) return o;
    const copy = structuredClone(o);
    copy.spec.template.metadata.annotations[KEYS_CHECKSUM] = "<checksum of minted keys>";
    if (copy.metadata?.annotations?.[SPEC_CHECKSUM]) copy.metadata.annotations[SPEC_CHECKSUM] = "<checksum of a spec with minted keys>";
    return copy;
  });
}

function decodeSecretData(o: Obj): Obj {
  if (o.kind !== "Secret" || !o.data) return o;
  const { data, ...rest } = o;
  const decodedData = Object.fromEntries(Object.entries<string>(data).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));
  return { ...rest, decodedData };
}
