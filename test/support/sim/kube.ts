// What the simulated API server knows about objects: identity, scope, and the checks it makes
// before it stores anything (names, labels, Secret data). A function whose output fails these
// would see its applies refused by a real cluster.
export type Obj = Record<string, any>;

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function groupOf(apiVersion: string): string {
  return apiVersion.includes("/") ? apiVersion.split("/")[0]! : "";
}

/** Cluster-scoped kinds the function (or a later version of it) might compose. Managed resources of
 * provider groups without `.m.` are cluster-scoped in Crossplane v2. */
export function isClusterScoped(apiVersion: string, kind: string): boolean {
  const group = groupOf(apiVersion);
  if (group === "gateway.networking.k8s.io" && kind === "GatewayClass") return true;
  if (group === "cert-manager.io" && kind === "ClusterIssuer") return true;
  if (group === "" && ["Namespace", "Node", "PersistentVolume"].includes(kind)) return true;
  if (group === "rbac.authorization.k8s.io" && kind.startsWith("Cluster")) return true;
  if ((group.endsWith(".upbound.io") || group === "kubernetes.crossplane.io") && !group.includes(".m.")) return true;
  return false;
}

/** Identity of an object in the store: the same object whatever API version it is read at. */
export function keyOf(apiVersion: string, kind: string, namespace: string | undefined, name: string): string {
  return `${groupOf(apiVersion)}/${kind}/${namespace ?? ""}/${name}`;
}

export const objectKey = (o: Obj) => keyOf(o.apiVersion, o.kind, o.metadata?.namespace, o.metadata?.name);

/** Services need DNS-1035 names (letter first); most kinds DNS-1123 subdomains. */
function nameProblem(o: Obj): string | undefined {
  const name = o.metadata?.name;
  if (typeof name !== "string" || name === "") return "metadata.name is required";
  if (o.kind === "Service" && groupOf(o.apiVersion) === "") {
    return name.length <= 63 && DNS_1035_LABEL.test(name) ? undefined : `Service name "${name}" is not a DNS-1035 label`;
  }
  return name.length <= 253 && DNS_SUBDOMAIN.test(name) ? undefined : `name "${name}" is not a DNS-1123 subdomain`;
}

/** A qualified name (label and annotation keys): optional DNS-subdomain prefix, then a name. */
function keyProblem(k: string): string | undefined {
  const [prefix, name] = k.includes("/") ? [k.slice(0, k.indexOf("/")), k.slice(k.indexOf("/") + 1)] : [undefined, k];
  if (prefix !== undefined && !(prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix))) return "bad prefix";
  if (!(name.length <= 63 && QUALIFIED_NAME.test(name))) return "bad name";
  return undefined;
}

function labelProblems(labels: unknown, where = "metadata.labels"): string[] {
  if (labels === undefined) return [];
  if (labels === null || typeof labels !== "object") return [`${where} must be a map`];
  const out: string[] = [];
  for (const [k, v] of Object.entries(labels)) {
    const bad = keyProblem(k);
    if (bad) out.push(`${where} key "${k}": ${bad}`);
    if (typeof v !== "string" || v.length > 63 || !LABEL_VALUE.test(v)) out.push(`${where} "${k}": bad value "${String(v)}"`);
  }
  return out;
}

function annotationProblems(annotations: unknown, where = "metadata.annotations"): string[] {
  if (annotations === undefined) return [];
  if (annotations === null || typeof annotations !== "object") return [`${where} must be a map`];
  const out: string[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations)) {
    const bad = keyProblem(k);
    if (bad) out.push(`${where} key "${k}": ${bad}`);
    if (typeof v !== "string") out.push(`${where} "${k}": value is not a string`);
    size += k.length + String(v).length;
  }
  if (size > 256 * 1024) out.push(`${where}: larger than 256 KiB`);
  return out;
}

/** Pod template metadata and the pod fields the function fills from the spec, validated like a
 * pod's (ValidatePodSpec): node selector, priority class, images, Secret volumes. */
function podProblems(o: Obj): string[] {
  const template = groupOf(o.apiVersion) === "apps" ? o.spec?.template : undefined;
  if (!template) return [];
  const pod: Obj = template.spec ?? {};
  const out = [
    ...labelProblems(template.metadata?.labels, "template labels"),
    ...annotationProblems(template.metadata?.annotations, "template annotations"),
    ...labelProblems(pod.nodeSelector, "nodeSelector"),
  ];
  if (
    pod.priorityClassName !== undefined &&
    !(String(pod.priorityClassName).length <= 253 && DNS_SUBDOMAIN.test(String(pod.priorityClassName)))
  ) {
    out.push(`priorityClassName "${pod.priorityClassName}" is not a DNS-1123 subdomain`);
  }
  for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
    if (typeof c.image !== "string" || c.image === "" || c.image.trim() !== c.image)
      out.push(`container ${c.name}: image "${c.image}" is empty or has surrounding whitespace`);
  }
  for (const v of pod.volumes ?? []) {
    const name = v.secret?.secretName;
    if (v.secret && !(typeof name === "string" && name.length <= 253 && DNS_SUBDOMAIN.test(name)))
      out.push(`volume ${v.name}: secretName "${name}" is not a DNS-1123 subdomain`);
    for (const item of v.secret?.items ?? [])
      if (!/^[-._a-zA-Z0-9]+$/.test(item.key ?? "") || item.path?.split("/").includes(".."))
        out.push(`volume ${v.name}: bad item ${JSON.stringify(item)}`);
  }
  return out;
}

function secretProblems(o: Obj): string[] {
  if (o.kind !== "Secret" || groupOf(o.apiVersion) !== "") return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(o.data ?? {})) {
    if (!/^[-._a-zA-Z0-9]+$/.test(k)) out.push(`Secret data key "${k}" is invalid`);
    if (typeof v !== "string" || !BASE64.test(v) || v.length % 4 !== 0) out.push(`Secret data "${k}" is not base64`);
  }
  return out;
}

function duplicates(values: unknown[]): unknown[] {
  return values.filter((v, i) => v !== undefined && values.indexOf(v) !== i);
}

/** Uniqueness rules of core validation (k8s.io/kubernetes pkg/apis/core/validation): Service
 * ports by port+protocol and by name; in a pod, volume and container names, and per container
 * port names and mount paths. */
function uniquenessProblems(o: Obj): string[] {
  const out: string[] = [];
  const group = groupOf(o.apiVersion);
  if (group === "" && o.kind === "Service") {
    const ports: Obj[] = o.spec?.ports ?? [];
    for (const d of duplicates(ports.map((p) => `${p.port}/${p.protocol ?? "TCP"}`))) out.push(`Service port ${String(d)} is duplicated`);
    for (const d of duplicates(ports.map((p) => p.name))) out.push(`Service port name ${String(d)} is duplicated`);
  }
  const pod: Obj | undefined = group === "apps" ? o.spec?.template?.spec : undefined;
  if (pod) {
    for (const d of duplicates((pod.volumes ?? []).map((v: Obj) => v.name))) out.push(`volume name ${String(d)} is duplicated`);
    const containers: Obj[] = [...(pod.initContainers ?? []), ...(pod.containers ?? [])];
    for (const d of duplicates(containers.map((c) => c.name))) out.push(`container name ${String(d)} is duplicated`);
    for (const c of containers) {
      for (const d of duplicates((c.ports ?? []).map((p: Obj) => p.name)))
        out.push(`container ${c.name}: port name ${String(d)} is duplicated`);
      for (const d of duplicates((c.volumeMounts ?? []).map((m: Obj) => m.mountPath)))
        out.push(`container ${c.name}: mountPath ${String(d)} is duplicated`);
    }
  }
  return out;
}

/** What a real API server would refuse, as messages; empty when the object would be stored. */
export function admissionProblems(o: Obj): string[] {
  const out: string[] = [];
  if (typeof o.apiVersion !== "string" || typeof o.kind !== "string") out.push("apiVersion and kind are required");
  const name = nameProblem(o);
  if (name) out.push(name);
  const clusterScoped = isClusterScoped(o.apiVersion, o.kind);
  const ns = o.metadata?.namespace;
  if (clusterScoped && ns) out.push(`${o.kind} is cluster-scoped but has namespace "${ns}"`);
  if (!clusterScoped && !(typeof ns === "string" && ns.length <= 63 && DNS_LABEL.test(ns)))
    out.push(`${o.kind} needs a valid namespace, got "${String(ns)}"`);
  out.push(
    ...labelProblems(o.metadata?.labels),
    ...annotationProblems(o.metadata?.annotations),
    ...podProblems(o),
    ...secretProblems(o),
    ...uniquenessProblems(o),
  );
  return out;
}
