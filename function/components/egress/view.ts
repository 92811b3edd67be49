// The Egress view: what the egress component needs from the pool, with platform defaults resolved.
import type { EgressSpec } from "../../api/schema/egress.js";
import { objectName } from "../../k8s/names.js";
import type { ResourceRequirements } from "../../k8s/types.js";
import type { Pool } from "../../model/pool.js";
import { scaling, type Scaling } from "../../workloads/scaling.js";
import { internalUrl, poolNames } from "../../model/pool-names.js";
import { serviceKeys, type ServiceKeys } from "../../model/service-keys.js";

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
  keys: ServiceKeys;
}

export function egressView(pool: Pool): EgressView | undefined {
  const spec = pool.spec.egress;
  if (!spec.enabled) return undefined;
  const platform = pool.defaults.egress;
  const resources = spec.resources ?? platform.resources;
  return {
    namespace: pool.namespace,
    poolLabel: poolNames(pool).poolLabel,
    names: { deployment: objectName(pool.baseName, "egress") },
    image: spec.image ?? platform.image,
    scaling: scaling(spec.replicas, spec.autoscaling),
    ...(resources ? { resources: resources as ResourceRequirements } : {}),
    terminationGracePeriodSeconds: platform.terminationGracePeriodSeconds,
    logLevel: spec.logLevel,
    ...(spec.storage ? { storage: spec.storage } : {}),
    wsUrl: internalUrl(pool),
    keys: serviceKeys(pool),
  };
}
