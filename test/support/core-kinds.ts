// Validates core Kubernetes kinds (no CRD exists for them) with kubernetes-models' validators.
type Obj = Record<string, any>;

const CORE_GROUPS = new Set(["", "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io"]);

export function isCoreKind(apiVersion: string): boolean {
  return CORE_GROUPS.has(apiVersion.includes("/") ? apiVersion.split("/")[0]! : "");
}

/** Throws with the validator's message when the object does not match its Kubernetes schema. */
export async function validateCoreObject(obj: Obj): Promise<void> {
  const path = `kubernetes-models/${obj.apiVersion}/${obj.kind}`;
  const mod = (await import(path)) as Record<string, new (data: Obj) => { validate(): void }>;
  const Model = mod[obj.kind];
  if (!Model) throw new Error(`no kubernetes-models class for ${obj.apiVersion} ${obj.kind}`);
  new Model(obj).validate();
}
