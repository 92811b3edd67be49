// What the kubelet would run for a rendered Deployment's server container: its argv, environment,
// ports, probes, security settings and the files of each volume, with the owners and modes the
// kubelet gives them. Nothing here changes rendered content (addresses change only in
// loopback.ts). What this model does not know (a configMap volume, envFrom, a command, ...) throws,
// so a new Deployment feature makes the harness grow instead of being silently ignored.
type Obj = Record<string, any>;

export interface PodFile {
  /** Path inside the volume, as the Secret item projects it. */
  path: string;
  content: Buffer;
  mode: number;
}

export type PodVolume =
  | { kind: "secret"; name: string; mountPath: string; readOnly: boolean; files: PodFile[] }
  | { kind: "emptyDir"; name: string; mountPath: string; readOnly: boolean; sizeLimit?: string };

/** A literal value, or a downward-API field that only the address rewrite may resolve. */
export type PodEnvVar = { name: string; value: string } | { name: string; fieldPath: string };

export interface PodPort {
  name?: string;
  containerPort: number;
  protocol: string;
}

export interface HttpProbe {
  path: string;
  port: number | string;
  periodSeconds: number;
  failureThreshold: number;
}

export interface PodSecurity {
  uid: number;
  gid: number;
  /** Supplementary groups: fsGroup joins them, as in a real pod. */
  groups: number[];
  fsGroup?: number;
  noNewPrivs: boolean;
  dropAllCapabilities: boolean;
  readOnlyRootFilesystem: boolean;
}

export interface PodPlan {
  name: string;
  args: string[];
  env: PodEnvVar[];
  ports: PodPort[];
  startupProbe?: HttpProbe;
  volumes: PodVolume[];
  security: PodSecurity;
}

/** Secrets by name: the rendered ones and any the test makes as a user would. */
export type SecretStore = Map<string, Obj>;

// The kubelet's file rules (pkg/volume: secret volumes default to 0644; with fsGroup every file of a
// read-only volume gets group fsGroup and at least 0440).
const SECRET_DEFAULT_MODE = 0o644;
const FS_GROUP_READONLY_MASK = 0o440;
// Downward-API fields a process can be given without the rewrite: identity, never addresses.
const IDENTITY_FIELDS = new Set(["metadata.name", "metadata.namespace"]);

function unsupported(what: string): never {
  throw new Error(`the pod harness does not model ${what} yet; extend test/support/pod.ts`);
}

function secretData(secrets: SecretStore, name: string, key: string, optional = false): Buffer | undefined {
  const secret = secrets.get(name);
  const value = secret?.data?.[key];
  if (value === undefined) {
    if (optional) return undefined;
    // A real pod would stay in ContainerCreating (volume) or CreateContainerConfigError (env).
    throw new Error(secret ? `Secret ${name} has no key ${key}` : `Secret ${name} does not exist`);
  }
  return Buffer.from(value as string, "base64");
}

function secretFiles(spec: Obj, secrets: SecretStore, fsGroup: number | undefined): PodFile[] {
  const defaultMode = (spec.defaultMode as number | undefined) ?? SECRET_DEFAULT_MODE;
  const withFsGroup = (mode: number) => (fsGroup === undefined ? mode : mode | FS_GROUP_READONLY_MASK);
  const name = spec.secretName as string;
  const optional = spec.optional === true;
  if (!secrets.has(name) && !optional) throw new Error(`Secret ${name} does not exist`);
  const items: Obj[] = spec.items ?? Object.keys(secrets.get(name)?.data ?? {}).map((key) => ({ key, path: key }));
  const files: PodFile[] = [];
  for (const item of items) {
    const content = secretData(secrets, name, item.key as string, optional);
    if (content) files.push({ path: item.path as string, content, mode: withFsGroup((item.mode as number | undefined) ?? defaultMode) });
  }
  return files;
}

function volumesOf(podSpec: Obj, container: Obj, secrets: SecretStore, fsGroup: number | undefined): PodVolume[] {
  const byName = new Map<string, Obj>((podSpec.volumes ?? []).map((v: Obj) => [v.name, v]));
  return (container.volumeMounts ?? []).map((m: Obj): PodVolume => {
    const v = byName.get(m.name) ?? unsupported(`a mount of the undeclared volume ${m.name}`);
    if (m.subPath) unsupported("subPath mounts");
    const common = { name: m.name as string, mountPath: m.mountPath as string, readOnly: m.readOnly === true };
    if (v.secret) return { kind: "secret", ...common, files: secretFiles(v.secret, secrets, fsGroup) };
    if (v.emptyDir) return { kind: "emptyDir", ...common, ...(v.emptyDir.sizeLimit ? { sizeLimit: v.emptyDir.sizeLimit } : {}) };
    return unsupported(`the volume type of ${m.name}`);
  });
}

function envOf(container: Obj, secrets: SecretStore, pod: { name: string; namespace: string }): PodEnvVar[] {
  if (container.envFrom) unsupported("envFrom");
  const out: PodEnvVar[] = [];
  for (const e of container.env ?? []) {
    const from = e.valueFrom as Obj | undefined;
    if (!from) out.push({ name: e.name, value: e.value ?? "" });
    else if (from.secretKeyRef) {
      const value = secretData(secrets, from.secretKeyRef.name, from.secretKeyRef.key, from.secretKeyRef.optional === true);
      if (value !== undefined) out.push({ name: e.name, value: value.toString("utf8") });
    } else if (from.fieldRef && IDENTITY_FIELDS.has(from.fieldRef.fieldPath)) {
      out.push({ name: e.name, value: from.fieldRef.fieldPath === "metadata.name" ? pod.name : pod.namespace });
    } else if (from.fieldRef) out.push({ name: e.name, fieldPath: from.fieldRef.fieldPath });
    else unsupported(`env ${e.name}'s valueFrom`);
  }
  return out;
}

function probeOf(probe: Obj | undefined): HttpProbe | undefined {
  if (!probe) return undefined;
  if (!probe.httpGet) unsupported("probes other than httpGet");
  return {
    path: probe.httpGet.path ?? "/",
    port: probe.httpGet.port,
    periodSeconds: probe.periodSeconds ?? 10,
    failureThreshold: probe.failureThreshold ?? 3,
  };
}

/** The plan for the Deployment's container named `containerName`, in pod number `ordinal`. */
export function podFromDeployment(deployment: Obj, secrets: SecretStore, containerName: string, ordinal = 0): PodPlan {
  const podSpec = deployment.spec.template.spec as Obj;
  const container =
    (podSpec.containers as Obj[]).find((c) => c.name === containerName) ?? unsupported(`a Deployment without container ${containerName}`);
  if (container.command) unsupported("a container command (the image entrypoint is the server)");
  if (podSpec.initContainers?.length) unsupported("init containers");
  const podSc = (podSpec.securityContext ?? {}) as Obj;
  const sc = (container.securityContext ?? {}) as Obj;
  const uid = sc.runAsUser ?? podSc.runAsUser;
  const gid = sc.runAsGroup ?? podSc.runAsGroup ?? uid;
  if (uid === undefined || uid === 0) unsupported("a container that runs as root");
  const fsGroup = podSc.fsGroup as number | undefined;
  const name = `${deployment.metadata.name}-${ordinal}`;
  // A pod sees only the Secrets of its own namespace.
  const namespace = deployment.metadata.namespace as string;
  const visible: SecretStore = new Map([...secrets].filter(([, s]) => (s.metadata?.namespace ?? namespace) === namespace));
  return {
    name,
    args: (container.args ?? []) as string[],
    env: envOf(container, visible, { name, namespace }),
    ports: ((container.ports ?? []) as Obj[]).map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      containerPort: p.containerPort,
      protocol: p.protocol ?? "TCP",
    })),
    ...(container.startupProbe ? { startupProbe: probeOf(container.startupProbe) } : {}),
    volumes: volumesOf(podSpec, container, visible, fsGroup),
    security: {
      uid,
      gid,
      groups: [...new Set([gid, ...(fsGroup !== undefined ? [fsGroup] : []), ...(podSc.supplementalGroups ?? [])])],
      ...(fsGroup !== undefined ? { fsGroup } : {}),
      noNewPrivs: sc.allowPrivilegeEscalation === false,
      dropAllCapabilities: (sc.capabilities?.drop ?? []).includes("ALL"),
      readOnlyRootFilesystem: sc.readOnlyRootFilesystem === true,
    },
  };
}

/** The file at an absolute path inside the pod, with the volume that holds it. */
export function podFile(plan: PodPlan, absolutePath: string): { volume: PodVolume & { kind: "secret" }; file: PodFile } | undefined {
  for (const volume of plan.volumes) {
    if (volume.kind !== "secret" || !absolutePath.startsWith(`${volume.mountPath}/`)) continue;
    const file = volume.files.find((f) => `${volume.mountPath}/${f.path}` === absolutePath);
    if (file) return { volume, file };
  }
  return undefined;
}
