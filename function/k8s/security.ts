// The hardened pod settings every workload of a pool runs with: a non-root user, the runtime's
// default seccomp profile, no privilege escalation, no capabilities, a read-only root filesystem.
import type { PodSpec } from "./types.js";

type PodSecurityContext = NonNullable<PodSpec["securityContext"]>;
type ContainerSecurityContext = NonNullable<NonNullable<PodSpec["containers"][number]>["securityContext"]>;

/** `fsGroup` makes mounted Secret files (mode 0440) readable to the user. `ports`: the ports the
 * container binds. A non-root process cannot bind ports below 1024 (and capabilities added for a
 * non-root user do not reach its process), so when one is asked for, the pod lowers the limit with
 * the namespaced sysctl net.ipv4.ip_unprivileged_port_start, which the restricted Pod Security
 * Standard allows. */
export function restrictedPodSecurityContext(user: number, group: number, ports: number[] = []): PodSecurityContext {
  const lowest = Math.min(...ports);
  return {
    runAsNonRoot: true,
    runAsUser: user,
    runAsGroup: group,
    fsGroup: group,
    seccompProfile: { type: "RuntimeDefault" },
    ...(lowest < 1024 ? { sysctls: [{ name: "net.ipv4.ip_unprivileged_port_start", value: String(lowest) }] } : {}),
  };
}

export const RESTRICTED_CONTAINER_SECURITY_CONTEXT: ContainerSecurityContext = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ["ALL"] },
};
