// The Ingress view: what the ingress component needs from the pool, with platform defaults
// resolved. Public exposure follows spec.networking: with it, RTMP and WHIP media get listeners on
// the pool's signaling Gateway (RTMPS on a TLS listener, WHIP media on a UDP listener) and WHIP
// goes through its HTTPS listener; without it, the Service is in-cluster only.
import { objectName } from "../../k8s/names.js";
import type { ResourceRequirements } from "../../k8s/types.js";
import type { Pool } from "../../model/pool.js";
import { scaling, type Scaling } from "../../workloads/scaling.js";
import { internalUrl, poolNames } from "../../model/pool-names.js";
import { serviceKeys, type ServiceKeys } from "../../model/service-keys.js";

export interface IngressView {
  namespace: string;
  poolLabel: string;
  names: { deployment: string; service: string; rtmpRoute: string; whipRoute: string; whipMediaRoute: string };
  image: string;
  scaling: Scaling;
  resources?: ResourceRequirements;
  terminationGracePeriodSeconds: number;
  logLevel: string;
  rtmp?: { port: number };
  whip?: { port: number; udpPort: number };
  /** The server's in-cluster WebSocket URL: Ingress joins rooms as a participant. */
  wsUrl: string;
  keys: ServiceKeys;
  /** With spec.networking: the Gateway to attach routes to and the public host. */
  public?: { hostname: string; gateway: string };
}

export function ingressView(pool: Pool): IngressView | undefined {
  const spec = pool.spec.ingress;
  if (!spec.enabled) return undefined;
  const platform = pool.defaults.ingress;
  const resources = spec.resources ?? platform.resources;
  const base = pool.baseName;
  const net = pool.spec.networking;
  return {
    namespace: pool.namespace,
    poolLabel: poolNames(pool).poolLabel,
    names: {
      deployment: objectName(base, "ingress"),
      service: objectName(base, "ingress"),
      rtmpRoute: objectName(base, "ingress-rtmp"),
      whipRoute: objectName(base, "ingress-whip"),
      whipMediaRoute: objectName(base, "ingress-whip-media"),
    },
    image: spec.image ?? platform.image,
    scaling: scaling(spec.replicas, spec.autoscaling),
    ...(resources ? { resources: resources as ResourceRequirements } : {}),
    terminationGracePeriodSeconds: platform.terminationGracePeriodSeconds,
    logLevel: pool.spec.server.logLevel,
    ...(spec.rtmp.enabled ? { rtmp: { port: spec.rtmp.port } } : {}),
    ...(spec.whip.enabled ? { whip: { port: spec.whip.port, udpPort: spec.whip.udpPort } } : {}),
    wsUrl: internalUrl(pool),
    keys: serviceKeys(pool),
    ...(net ? { public: { hostname: net.hostname, gateway: poolNames(pool).signalingGateway } } : {}),
  };
}
