// Stand-in for a cloud's load-balancer controller (no cloud here): gives every LoadBalancer Service
// an address from the documentation range 203.0.113.0/24, written only into status.loadBalancer, as
// the cloud controller manager does. No traffic is ever sent to it.
import type { StandIn } from "./status.js";

export function loadBalancerStandIn(): StandIn {
  const assigned = new Map<string, string>();
  return {
    name: "load-balancer controller (stand-in)",
    async reconcile(kube) {
      for (const svc of await kube.list("v1", "Service")) {
        if (svc.spec.type !== "LoadBalancer" || svc.status?.loadBalancer?.ingress?.length) continue;
        const uid = svc.metadata.uid as string;
        if (!assigned.has(uid)) assigned.set(uid, `203.0.113.${(assigned.size % 250) + 1}`);
        await kube.writeServiceLoadBalancer(svc, { ingress: [{ ip: assigned.get(uid)!, ipMode: "VIP" }] });
      }
    },
  };
}
