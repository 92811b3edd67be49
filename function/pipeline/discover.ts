// Stage 3, discover: each component joins its view with what the cluster has learned (observed
// composed resources, required resources, published connection details, the XR's own status).
// Facts are all the later stages know about the cluster.
import type { ClusterState } from "../model/cluster.js";
import type { ActiveComponent } from "./views.js";

export interface Discovered extends ActiveComponent {
  facts: unknown;
}

export function discover(active: readonly ActiveComponent[], cluster: ClusterState): Discovered[] {
  return active.map((a) => ({ ...a, facts: a.component.discover(a.view, cluster) }));
}
