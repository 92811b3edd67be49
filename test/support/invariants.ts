// Checks every reliability suite makes on a RunFunctionResponse: credentials stay in Secret data,
// names are valid and unique, and the same request gives the same bytes.
import { RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";
import { parse as parseYaml } from "yaml";
import { admissionProblems, objectKey, type Obj } from "./sim/index.js";

/** Secret data keys whose values are credentials (ours, STUNner's and LiveKit's spellings). */
const CREDENTIAL_KEYS = new Set(["api-key", "api-secret", "username", "password", "secret", "sharedSecret", "credential", "token"]);
/** Shorter values (type names, single words) cannot be told from ordinary text. */
const MIN_CREDENTIAL_LENGTH = 8;

const decode = (v: unknown) => (typeof v === "string" ? Buffer.from(v, "base64").toString("utf8") : "");

/** Credential values held by Secrets: credential keys, and both halves of `key: secret` key files. */
export function credentialsIn(objects: Array<Obj | undefined>): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === "string" && v.length >= MIN_CREDENTIAL_LENGTH) out.add(v);
  };
  for (const o of objects) {
    if (o?.kind !== "Secret") continue;
    for (const [k, v] of Object.entries<unknown>(o.data ?? {})) {
      const text = decode(v);
      if (CREDENTIAL_KEYS.has(k)) add(text);
      if (/^keys?\.ya?ml$/.test(k) || k.endsWith("keys.yaml")) {
        try {
          const parsed = parseYaml(text) as unknown;
          if (parsed && typeof parsed === "object")
            for (const [key, secret] of Object.entries(parsed)) {
              add(key);
              add(secret);
            }
        } catch {
          // A damaged key file holds nothing readable to leak.
        }
      }
    }
  }
  return out;
}

/** Everything in a response a credential must not appear in: every object but Secret data, the
 * XR status, conditions and results. */
export function visibleSurfaces(rsp: RunFunctionResponse): Record<string, string> {
  const out: Record<string, string> = {
    "xr status": JSON.stringify(rsp.desired?.composite?.resource?.status ?? {}),
    conditions: JSON.stringify(rsp.conditions),
    results: JSON.stringify(rsp.results),
  };
  for (const [name, r] of Object.entries(rsp.desired?.resources ?? {})) {
    const o = r.resource ?? {};
    out[name] = JSON.stringify(o.kind === "Secret" ? { ...o, data: undefined, stringData: undefined } : o);
  }
  return out;
}

/** "<where>: <credential prefix>..." for every credential found in a surface, plain or base64. */
export function leaks(credentials: Set<string>, surfaces: Record<string, string>): string[] {
  const out: string[] = [];
  for (const c of credentials) {
    const forms = [c, Buffer.from(c).toString("base64"), JSON.stringify(c).slice(1, -1)];
    for (const [where, text] of Object.entries(surfaces)) {
      if (forms.some((f) => text.includes(f))) out.push(`${where}: ${c.slice(0, 4)}...`);
    }
  }
  return out;
}

/** What the API server would refuse, plus the README's promises: names of at most 63 characters,
 * one object per name and kind. */
export function nameProblems(rsp: RunFunctionResponse, xrNamespace?: string): string[] {
  const out: string[] = [];
  const seen = new Map<string, string>();
  for (const [name, r] of Object.entries(rsp.desired?.resources ?? {})) {
    const o = structuredClone(r.resource ?? {});
    // Crossplane forces a namespaced XR's namespace onto what it composes.
    if (xrNamespace) o.metadata = { ...o.metadata, namespace: xrNamespace };
    for (const p of admissionProblems(o)) out.push(`${name}: ${p}`);
    if (typeof o.metadata?.name === "string" && o.metadata.name.length > 63) out.push(`${name}: name longer than 63 characters`);
    const key = objectKey(o);
    if (seen.has(key)) out.push(`${name} and ${seen.get(key)} are the same object ${key}`);
    seen.set(key, name);
  }
  return out;
}

export function encoded(rsp: RunFunctionResponse): Buffer {
  return Buffer.from(RunFunctionResponse.encode(rsp).finish());
}
