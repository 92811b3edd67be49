// The in-cluster Service of one component of a pool: ClusterIP, selecting that component's pods,
// each port targeting the container port of the same name.
import { selectorLabels } from "./labels.js";
import { objectMeta } from "./metadata.js";
import type { Service } from "./types.js";

export interface NamedPort {
  name: string;
  port: number;
  protocol: "TCP" | "UDP";
}

export function clusterIpService(name: string, namespace: string, poolLabel: string, component: string, ports: NamedPort[]): Service {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: objectMeta({ namespace, poolLabel }, component, name),
    spec: {
      type: "ClusterIP",
      selector: selectorLabels(poolLabel, component),
      ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.name, protocol: p.protocol })),
    },
  };
}
