// The cluster's controllers, reduced to what the function observes: a World says what becomes
// ready (Deployments available, Gateways programmed and given addresses, certificates issued,
// managed resources Ready with connection details), and settle() writes the statuses that
// follow from it onto the objects that exist, as the real controllers would between reconciles.
import type { Cluster } from "./cluster.js";
import { groupOf, keyOf, objectKey, type Obj } from "./kube.js";

export const STUNNER_CONTROLLER = "stunner.l7mp.io/gateway-operator";
export const ENVOY_CONTROLLER = "gateway.envoyproxy.io/gatewayclass-controller";

export interface World {
  /** available: rolled out; unavailable: pods never become ready; lagging: the Deployment
   * controller has not seen the latest spec (status left as it was). */
  deployments: "available" | "unavailable" | "lagging";
  /** Addresses STUNner's load balancers get (IPs or hostnames); none until set. */
  turnAddresses: string[];
  /** The address Envoy's signaling load balancer gets; none until set. */
  signalingAddress?: string;
  gatewaysProgrammed: boolean;
  routesAccepted: boolean;
  certificatesIssue: boolean;
  /** ACME account registration of Issuers the pool composes. */
  issuersReady: boolean;
  /** Provider-managed resources (cloud Redis and the like): Ready, and what they publish. */
  managedResources: { ready: boolean; connectionDetails?: (o: Obj) => Record<string, string> };
}

/** Nothing has happened yet. */
export function slowWorld(): World {
  return {
    deployments: "unavailable",
    turnAddresses: [],
    gatewaysProgrammed: false,
    routesAccepted: false,
    certificatesIssue: false,
    issuersReady: false,
    managedResources: { ready: false },
  };
}

/** Everything the pool needs arrives as soon as it is asked for. */
export function fastWorld(): World {
  return {
    deployments: "available",
    turnAddresses: ["203.0.113.10"],
    signalingAddress: "203.0.113.20",
    gatewaysProgrammed: true,
    routesAccepted: true,
    certificatesIssue: true,
    issuersReady: true,
    managedResources: { ready: true, connectionDetails: () => ({ endpoint: "10.0.0.5", port: "6379" }) },
  };
}

const condition = (type: string, ok: boolean, reason = ok ? type : `Not${type}`) => ({
  type,
  status: ok ? "True" : "False",
  reason,
  lastTransitionTime: "2024-01-01T00:00:00Z",
});

const addressEntry = (value: string) => ({ type: /^[\d.]+$|:/.test(value) ? "IPAddress" : "Hostname", value });

function isReady(o: Obj | undefined, type = "Ready"): boolean {
  return Array.isArray(o?.status?.conditions) && o!.status.conditions.some((c: Obj) => c?.type === type && c?.status === "True");
}

/** Secrets a pod cannot start without (kubelet: CreateContainerConfigError until they exist). */
function missingSecrets(o: Obj, cluster: Cluster): string[] {
  const pod = o.spec?.template?.spec ?? {};
  const ns = o.metadata?.namespace;
  const names = new Set<string>();
  for (const v of pod.volumes ?? []) if (v?.secret?.secretName && !v.secret.optional) names.add(v.secret.secretName);
  for (const c of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
    for (const e of c?.env ?? [])
      if (e?.valueFrom?.secretKeyRef?.name && !e.valueFrom.secretKeyRef.optional) names.add(e.valueFrom.secretKeyRef.name);
  }
  return [...names].filter((n) => !cluster.peek(keyOf("v1", "Secret", ns, n)));
}

/** Ports a non-root container cannot bind (kernel: below net.ipv4.ip_unprivileged_port_start,
 * 1024 unless the pod sets the sysctl), so it crash-loops. Container ports are what it listens on. */
export function unbindablePorts(o: Obj): number[] {
  const pod = o.spec?.template?.spec ?? {};
  const sysctl = (pod.securityContext?.sysctls ?? []).find((s: Obj) => s?.name === "net.ipv4.ip_unprivileged_port_start");
  const start = sysctl ? Number(sysctl.value) : 1024;
  const out: number[] = [];
  for (const c of pod.containers ?? []) {
    const uid = c.securityContext?.runAsUser ?? pod.securityContext?.runAsUser;
    const root = uid === 0 || (uid === undefined && !(c.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot));
    // NET_BIND_SERVICE in capabilities.add would not help: a capability added for a non-root user
    // does not reach its process (Kubernetes sets no ambient capabilities).
    if (root) continue;
    for (const p of c.ports ?? []) if (typeof p.containerPort === "number" && p.containerPort < start) out.push(p.containerPort);
  }
  return out;
}

function workloadStatus(o: Obj, cluster: Cluster, world: World): Obj | undefined {
  const replicas = typeof o.spec?.replicas === "number" ? o.spec.replicas : 1;
  const generation = o.metadata?.generation ?? 1;
  if (world.deployments === "lagging") return o.status;
  const starts = missingSecrets(o, cluster).length === 0 && unbindablePorts(o).length === 0;
  const available = world.deployments === "available" && starts ? replicas : 0;
  return {
    observedGeneration: generation,
    replicas,
    updatedReplicas: replicas,
    readyReplicas: available,
    availableReplicas: available,
    ...(o.kind === "StatefulSet" ? { currentReplicas: replicas, currentRevision: `r${generation}`, updateRevision: `r${generation}` } : {}),
  };
}

function gatewayClassStatus(o: Obj): Obj {
  const known = [STUNNER_CONTROLLER, ENVOY_CONTROLLER].includes(o.spec?.controllerName);
  return { conditions: [condition("Accepted", known, known ? "Accepted" : "UnknownController")] };
}

function gatewayStatus(o: Obj, cluster: Cluster, world: World): Obj {
  const cls = cluster.peek(keyOf("gateway.networking.k8s.io/v1", "GatewayClass", undefined, o.spec?.gatewayClassName ?? ""));
  const accepted = isReady(cls, "Accepted");
  const controller = cls?.spec?.controllerName;
  const addresses = !accepted
    ? []
    : controller === STUNNER_CONTROLLER
      ? world.turnAddresses
      : world.signalingAddress
        ? [world.signalingAddress]
        : [];
  return {
    ...(addresses.length > 0 ? { addresses: addresses.map(addressEntry) } : {}),
    conditions: [condition("Accepted", accepted), condition("Programmed", accepted && world.gatewaysProgrammed)],
  };
}

function routeStatus(o: Obj, cluster: Cluster, world: World): Obj {
  const parents = (Array.isArray(o.spec?.parentRefs) ? o.spec.parentRefs : []).map((ref: Obj) => {
    const gateway = cluster.peek(keyOf("gateway.networking.k8s.io/v1", "Gateway", ref.namespace ?? o.metadata?.namespace, ref.name ?? ""));
    return { parentRef: ref, controllerName: "sim", conditions: [condition("Accepted", gateway !== undefined && world.routesAccepted)] };
  });
  return { parents };
}

function certificateStatus(o: Obj, cluster: Cluster, world: World): Obj {
  const ref = o.spec?.issuerRef ?? {};
  const issuerNs = ref.kind === "ClusterIssuer" ? undefined : o.metadata?.namespace;
  const issuer = cluster.peek(keyOf("cert-manager.io/v1", ref.kind ?? "Issuer", issuerNs, ref.name ?? ""));
  return { conditions: [condition("Ready", world.certificatesIssue && isReady(issuer))] };
}

function isManaged(o: Obj): boolean {
  const group = groupOf(o.apiVersion);
  return group.endsWith(".upbound.io") || group.endsWith("kubernetes.crossplane.io") || group === "kubernetes.m.crossplane.io";
}

function statusFor(o: Obj, cluster: Cluster, world: World): Obj | undefined {
  const group = groupOf(o.apiVersion);
  if (group === "apps" && (o.kind === "Deployment" || o.kind === "StatefulSet")) return workloadStatus(o, cluster, world);
  if (group === "gateway.networking.k8s.io" && o.kind === "GatewayClass") return gatewayClassStatus(o);
  if (group === "gateway.networking.k8s.io" && o.kind === "Gateway") return gatewayStatus(o, cluster, world);
  if (o.kind === "HTTPRoute" || o.kind === "UDPRoute") return routeStatus(o, cluster, world);
  if (group === "cert-manager.io" && o.kind === "Certificate") return certificateStatus(o, cluster, world);
  if (group === "cert-manager.io" && o.kind === "Issuer") return { conditions: [condition("Ready", world.issuersReady)] };
  if (isManaged(o)) return { conditions: [condition("Ready", world.managedResources.ready), condition("Synced", true)] };
  return o.status;
}

/** Runs every controller until nothing changes (statuses depend on each other: a Gateway on its
 * class, a Certificate on its issuer), at most a few rounds. */
export function settle(cluster: Cluster, world: World): void {
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const o of cluster.peekAll()) {
      const key = objectKey(o);
      changed = cluster.setStatus(key, statusFor(o, cluster, world)) || changed;
      if (isManaged(o) && world.managedResources.ready && world.managedResources.connectionDetails) {
        cluster.setConnectionDetails(key, world.managedResources.connectionDetails(o));
      }
    }
    if (!changed) return;
  }
}
