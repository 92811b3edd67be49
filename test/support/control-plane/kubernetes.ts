// The Kubernetes control plane, each program started directly so the test holds every pid and every
// flag: etcd, kube-apiserver, kube-controller-manager (the real Deployment, ReplicaSet, StatefulSet,
// namespace and garbage-collector controllers), kube-scheduler, and kwok, which plays the nodes and
// their kubelets (no containers exist here: kwok marks the pods the scheduler binds as running and
// ready). All on 127.0.0.1 inside the suite's private network namespace.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Kube } from "./client.js";
import { makePki, writeKubeconfig, type ControlPlanePki } from "./pki.js";
import { startProcess, type ManagedProcess } from "./process.js";
import { TOOLS } from "./tools.js";
import { eventually, setDiagnostics, setLiveness } from "./wait.js";

const LOOPBACK = "127.0.0.1";
const ETCD_PORT = 2379;
const APISERVER_PORT = 6443;
const START_TIMEOUT_MS = 120_000;
/** kwok renews its nodes' leases; without leases the node lifecycle controller marks them Unknown
 * after a minute and the pods lose their readiness. */
const NODE_LEASE_SECONDS = 40;
export const NODE_NAMES = ["kwok-node-0", "kwok-node-1"];

export interface KubernetesControlPlane {
  kube: Kube;
  kubeconfig: string;
  pki: ControlPlanePki;
  processes: ManagedProcess[];
}

/** `apiserverArgs`: more kube-apiserver flags (the scale benchmark's audit log). */
export async function startKubernetes(dir: string, apiserverArgs: string[] = []): Promise<KubernetesControlPlane> {
  const pkiDir = join(dir, "pki");
  mkdirSync(pkiDir, { recursive: true });
  const pki = makePki(pkiDir);
  const kubeconfig = join(dir, "admin.kubeconfig");
  writeKubeconfig(kubeconfig, `https://${LOOPBACK}:${APISERVER_PORT}`, pki);
  const processes: ManagedProcess[] = [];
  const kube = new Kube(kubeconfig);
  setDiagnostics(async () => processes.map((p) => p.logTail(30)).join("\n"));
  setLiveness(
    () =>
      processes
        .filter((p) => p.exited() !== undefined)
        .map((p) => `${p.name} exited (${p.exited()})`)
        .join("; ") || undefined,
  );

  processes.push(
    startProcess("etcd", [
      TOOLS.etcd,
      "--name=e2e",
      `--data-dir=${join(dir, "etcd")}`,
      `--listen-client-urls=http://${LOOPBACK}:${ETCD_PORT}`,
      `--advertise-client-urls=http://${LOOPBACK}:${ETCD_PORT}`,
      `--listen-peer-urls=http://${LOOPBACK}:${ETCD_PORT + 1}`,
      `--initial-advertise-peer-urls=http://${LOOPBACK}:${ETCD_PORT + 1}`,
      `--initial-cluster=e2e=http://${LOOPBACK}:${ETCD_PORT + 1}`,
      // A throwaway store on a busy machine: no fsync, and small.
      "--unsafe-no-fsync",
      "--quota-backend-bytes=2147483648",
      "--log-level=warn",
    ]),
  );
  processes.push(
    startProcess("kube-apiserver", [
      TOOLS.kubeApiserver,
      `--etcd-servers=http://${LOOPBACK}:${ETCD_PORT}`,
      `--bind-address=${LOOPBACK}`,
      `--advertise-address=${LOOPBACK}`,
      `--secure-port=${APISERVER_PORT}`,
      `--tls-cert-file=${pki.serverCert}`,
      `--tls-private-key-file=${pki.serverKey}`,
      `--client-ca-file=${pki.caCert}`,
      `--service-account-key-file=${pki.serviceAccountPublicKey}`,
      `--service-account-signing-key-file=${pki.serviceAccountKey}`,
      "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
      "--service-cluster-ip-range=10.96.0.0/16",
      "--authorization-mode=Node,RBAC",
      "--allow-privileged=true",
      // The API server's own `kubernetes` Service endpoints would name 127.0.0.1, which Endpoints refuse.
      "--endpoint-reconciler-type=none",
      ...apiserverArgs,
    ]),
  );
  await eventually("the API server to be ready", async () => (await serving(kube)) || undefined, START_TIMEOUT_MS);

  const componentKubeconfig = [`--kubeconfig=${kubeconfig}`, "--leader-elect=false", `--bind-address=${LOOPBACK}`];
  processes.push(
    startProcess("kube-controller-manager", [
      TOOLS.kubeControllerManager,
      ...componentKubeconfig,
      "--secure-port=10257",
      `--root-ca-file=${pki.caCert}`,
      `--service-account-private-key-file=${pki.serviceAccountKey}`,
      "--use-service-account-credentials=false",
    ]),
  );
  processes.push(startProcess("kube-scheduler", [TOOLS.kubeScheduler, ...componentKubeconfig, "--secure-port=10259"]));
  processes.push(
    startProcess("kwok", [
      TOOLS.kwok,
      `--kubeconfig=${kubeconfig}`,
      "--manage-all-nodes=false",
      "--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake",
      `--node-lease-duration-seconds=${NODE_LEASE_SECONDS}`,
      `--server-address=${LOOPBACK}:10247`,
      `--node-ip=${LOOPBACK}`,
      "--cidr=10.244.0.1/16",
    ]),
  );
  for (const name of NODE_NAMES) await kube.apply(fakeNode(name));
  await eventually(
    "kwok's nodes to be Ready",
    async () => {
      const nodes = await kube.list("v1", "Node");
      return (
        nodes.length === NODE_NAMES.length &&
        nodes.every((n) => n.status?.conditions?.some((c: any) => c.type === "Ready" && c.status === "True"))
      );
    },
    START_TIMEOUT_MS,
  );
  return { kube, kubeconfig, pki, processes };
}

async function serving(kube: Kube): Promise<boolean> {
  // The namespace list answers only once the API server serves requests (RBAC bootstrap included).
  await kube.list("v1", "Namespace");
  return (await kube.get({ apiVersion: "v1", kind: "Namespace", name: "default" })) !== undefined;
}

/** A node kwok manages (its annotation). */
function fakeNode(name: string) {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name,
      annotations: { "kwok.x-k8s.io/node": "fake", "node.alpha.kubernetes.io/ttl": "0" },
      labels: { "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64", type: "kwok" },
    },
    // kwok gives the node its capacity and conditions.
    spec: {},
  };
}
