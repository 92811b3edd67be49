// The Kubernetes Pod Security Standards, "restricted" profile (which includes "baseline"), as
// documented at https://kubernetes.io/docs/concepts/security/pod-security-standards/ and as the
// Pod Security Admission controller implements them (k8s.io/pod-security-admission/policy,
// check_*.go; latest version of each check). No maintained npm package implements them: the one
// candidate found, @monokle/validation, was last released in 2024, its project was discontinued,
// and it pulls a bundler and an OPA runtime. Each check returns the violations it finds, by the
// check ID Pod Security Admission uses. Windows pods are out of scope (the function renders none).
type Obj = Record<string, any>;

export interface Violation {
  check: string;
  detail: string;
}

interface Container extends Obj {
  name: string;
}

function containersOf(pod: Obj): Container[] {
  return [...(pod.initContainers ?? []), ...(pod.containers ?? []), ...(pod.ephemeralContainers ?? [])];
}

const BASELINE_CAPABILITIES = new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT",
]);
const SAFE_SYSCTLS = new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
]);
const SELINUX_TYPES = new Set(["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);
const RESTRICTED_VOLUME_TYPES = new Set([
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret",
]);

type Check = (pod: Obj, meta: Obj) => string[];

const baseline: Record<string, Check> = {
  hostProcess: (pod) =>
    [pod.securityContext, ...containersOf(pod).map((c) => c.securityContext)]
      .filter((sc) => sc?.windowsOptions?.hostProcess === true)
      .map(() => "windowsOptions.hostProcess=true"),
  hostNamespaces: (pod) => (["hostNetwork", "hostPID", "hostIPC"] as const).filter((k) => pod[k] === true).map((k) => `${k}=true`),
  privileged: (pod) =>
    containersOf(pod)
      .filter((c) => c.securityContext?.privileged === true)
      .map((c) => `container ${c.name} is privileged`),
  capabilities_baseline: (pod) =>
    containersOf(pod).flatMap((c) =>
      (c.securityContext?.capabilities?.add ?? [])
        .filter((cap: string) => !BASELINE_CAPABILITIES.has(cap))
        .map((cap: string) => `container ${c.name} adds ${cap}`),
    ),
  hostPathVolumes: (pod) =>
    (pod.volumes ?? []).filter((v: Obj) => v.hostPath !== undefined).map((v: Obj) => `volume ${v.name} is a hostPath`),
  hostPorts: (pod) =>
    containersOf(pod).flatMap((c) =>
      (c.ports ?? []).filter((p: Obj) => p.hostPort).map((p: Obj) => `container ${c.name} uses hostPort ${p.hostPort}`),
    ),
  hostProbesAndHostLifecycle: (pod) =>
    containersOf(pod).flatMap((c) => {
      const handlers = [c.livenessProbe, c.readinessProbe, c.startupProbe, c.lifecycle?.postStart, c.lifecycle?.preStop];
      return handlers.filter((h) => h?.httpGet?.host || h?.tcpSocket?.host).map(() => `container ${c.name} sets a probe or lifecycle host`);
    }),
  appArmorProfile: (pod, meta) => {
    const out: string[] = [];
    for (const sc of [pod.securityContext, ...containersOf(pod).map((c) => c.securityContext)]) {
      const type = sc?.appArmorProfile?.type;
      if (type !== undefined && type !== "RuntimeDefault" && type !== "Localhost") out.push(`appArmorProfile.type ${type}`);
    }
    for (const [k, v] of Object.entries<string>(meta.annotations ?? {})) {
      if (k.startsWith("container.apparmor.security.beta.kubernetes.io/") && v !== "runtime/default" && !v.startsWith("localhost/"))
        out.push(`annotation ${k}=${v}`);
    }
    return out;
  },
  seLinuxOptions: (pod) =>
    [pod.securityContext, ...containersOf(pod).map((c) => c.securityContext)]
      .map((sc) => sc?.seLinuxOptions)
      .filter((o) => o && (!SELINUX_TYPES.has(o.type ?? "") || o.user || o.role))
      .map((o) => `seLinuxOptions ${JSON.stringify(o)}`),
  procMount: (pod) =>
    containersOf(pod)
      .filter((c) => c.securityContext?.procMount !== undefined && c.securityContext.procMount !== "Default")
      .map((c) => `container ${c.name} procMount ${c.securityContext.procMount}`),
  seccompProfile_baseline: (pod) =>
    [pod.securityContext, ...containersOf(pod).map((c) => c.securityContext)]
      .filter((sc) => sc?.seccompProfile?.type === "Unconfined")
      .map(() => "seccompProfile.type Unconfined"),
  sysctls: (pod) => (pod.securityContext?.sysctls ?? []).filter((s: Obj) => !SAFE_SYSCTLS.has(s.name)).map((s: Obj) => `sysctl ${s.name}`),
};

const restrictedOnly: Record<string, Check> = {
  restrictedVolumes: (pod) =>
    (pod.volumes ?? [])
      .filter((v: Obj) => !Object.keys(v).some((k) => RESTRICTED_VOLUME_TYPES.has(k)))
      .map((v: Obj) => `volume ${v.name} has a restricted type`),
  allowPrivilegeEscalation: (pod) =>
    containersOf(pod)
      .filter((c) => c.securityContext?.allowPrivilegeEscalation !== false)
      .map((c) => `container ${c.name} must set allowPrivilegeEscalation=false`),
  runAsNonRoot: (pod) => {
    const podLevel = pod.securityContext?.runAsNonRoot;
    const out = containersOf(pod)
      .filter((c) => c.securityContext?.runAsNonRoot === false)
      .map((c) => `container ${c.name} sets runAsNonRoot=false`);
    if (podLevel === false) out.push("pod sets runAsNonRoot=false");
    if (podLevel !== true)
      out.push(
        ...containersOf(pod)
          .filter((c) => c.securityContext?.runAsNonRoot !== true)
          .map((c) => `pod or container ${c.name} must set runAsNonRoot=true`),
      );
    return out;
  },
  runAsUser: (pod) =>
    [pod.securityContext, ...containersOf(pod).map((c) => c.securityContext)].filter((sc) => sc?.runAsUser === 0).map(() => "runAsUser=0"),
  seccompProfile_restricted: (pod) => {
    const ok = (t: unknown) => t === "RuntimeDefault" || t === "Localhost";
    const podType = pod.securityContext?.seccompProfile?.type;
    const out: string[] = [];
    if (podType !== undefined && !ok(podType)) out.push(`pod seccompProfile.type ${podType}`);
    for (const c of containersOf(pod)) {
      const type = c.securityContext?.seccompProfile?.type;
      if (type !== undefined ? !ok(type) : !ok(podType))
        out.push(`pod or container ${c.name} must set seccompProfile.type RuntimeDefault or Localhost`);
    }
    return out;
  },
  capabilities_restricted: (pod) =>
    containersOf(pod).flatMap((c) => {
      const caps = c.securityContext?.capabilities ?? {};
      const out: string[] = [];
      if (!(caps.drop ?? []).includes("ALL")) out.push(`container ${c.name} must drop ALL capabilities`);
      for (const cap of caps.add ?? []) if (cap !== "NET_BIND_SERVICE") out.push(`container ${c.name} adds ${cap}`);
      return out;
    }),
};

export const RESTRICTED_CHECKS = { ...baseline, ...restrictedOnly };

/** Violations of the restricted profile by a pod spec and its metadata. */
export function restrictedViolations(podSpec: Obj, podMetadata: Obj = {}): Violation[] {
  return Object.entries(RESTRICTED_CHECKS).flatMap(([check, fn]) => fn(podSpec, podMetadata).map((detail) => ({ check, detail })));
}

/** The pod template of a workload (Deployment, StatefulSet, DaemonSet, Job) or a Pod's own spec. */
export function podTemplateOf(o: Obj): { spec: Obj; metadata: Obj } | undefined {
  if (o.kind === "Pod") return { spec: o.spec ?? {}, metadata: o.metadata ?? {} };
  if (["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"].includes(o.kind))
    return { spec: o.spec?.template?.spec ?? {}, metadata: o.spec?.template?.metadata ?? {} };
  return undefined;
}
