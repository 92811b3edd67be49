// The hardened pod settings every workload of a pool runs with: a non-root user, the runtime's
// default seccomp profile, no privilege escalation, no capabilities, a read-only root filesystem.
import type { PodSpec } from "./types.js";

type PodSecurityContext = NonNullable<PodSpec["securityContext"]>;
type ContainerSecurityContext = NonNullable<NonNullable<PodSpec["containers"][number]>["securityContext"]>;

/** `fsGroup` makes mounted Secret files (mode 0440) readable to the user. */
export function restrictedPodSecurityContext(user: number, group: number): PodSecurityContext {
  return { runAsNonRoot: true, runAsUser: user, runAsGroup: group, fsGroup: group, seccompProfile: { type: "RuntimeDefault" } };
}

export const RESTRICTED_CONTAINER_SECURITY_CONTEXT: ContainerSecurityContext = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ["ALL"] },
};
