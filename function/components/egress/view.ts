// The Egress view: what the egress component needs from the pool, with platform defaults resolved.
import type { EgressSpec } from "../../api/spec.js";
import { objectName, poolLabelValue } from "../../k8s/names.js";
import type { ResourceRequirements } from "../../k8s/types.js";
import type { Pool } from "../../pipeline/parse.js";
import { scaling, type Scaling } from "../scaling/index.js";
import type { ServiceKeysView } from "../server/service-keys.js";

export interface EgressView {
  namespace: string;
  poolLabel: string;
  names: { deployment: string };
  image: string;
  scaling: Scaling;
  resources?: ResourceRequirements;
  terminationGracePeriodSeconds: number;
  logLevel: string;
  storage?: NonNullable<EgressSpec["storage"]>;
  wsUrl: string;
  keys: ServiceKeysView;
}

export function egressView(pool: Pool, keys: ServiceKeysView, wsUrl: string): EgressView | undefined {
  const spec = pool.spec.egress;
  if (!spec.enabled) return undefined;
  const platform = pool.defaults.egress;
  const resources = spec.resources ?? platform.resources;
  return {
    namespace: pool.namespace,
    poolLabel: poolLabelValue(pool.baseName),
    names: { deployment: objectName(pool.baseName, "egress") },
    image: spec.image ?? platform.image,
    scaling: scaling(spec.replicas, spec.autoscaling),
    ...(resources ? { resources: resources as ResourceRequirements } : {}),
    terminationGracePeriodSeconds: platform.terminationGracePeriodSeconds,
    logLevel: spec.logLevel,
    ...(spec.storage ? { storage: spec.storage } : {}),
    wsUrl,
    keys,
  };
}
