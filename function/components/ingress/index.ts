// Materializes LiveKit Ingress: Deployment, Service, its public routes, scaling, and its share of
// the server's config (where clients send streams). Off: none of it is returned, so Crossplane
// deletes every object and the server's config loses its `ingress` keys in the same call.
import { deploymentRollout, exists, routeAccepted } from "../../k8s/readiness.js";
import type { Observed } from "../../pipeline/discover.js";
import { desiredObject, type ComponentOutput, type DesiredObject } from "../../pipeline/outcome.js";
import { RESOURCE } from "../../pipeline/resource-names.js";
import type { RedisClient } from "../redis/client.js";
import { scalingObjects } from "../scaling/index.js";
import { rtmpRoute, whipMediaRoute, whipRoute } from "./routes.js";
import type { IngressView } from "./view.js";
import { COMPONENT, ingressBaseUrls, ingressConfig, ingressDeployment, ingressService } from "./workload.js";

export interface IngressFacts {
  rollout: ReturnType<typeof deploymentRollout>;
  observed: Observed;
}

export function discoverIngress(view: IngressView, observed: Observed): IngressFacts {
  return { rollout: deploymentRollout(observed[RESOURCE.ingressDeployment], view.scaling.replicas, !!view.scaling.autoscaling), observed };
}

/** `redis`: the connection the server uses now; without one Ingress cannot run, so a new
 * Deployment waits for it. `publicAddress`: the signaling Gateway's address, if known. */
export function materializeIngress(view: IngressView, facts: IngressFacts, redis: RedisClient | undefined, publicAddress: string | undefined): ComponentOutput {
  const observed = facts.observed;
  const objects: DesiredObject[] = [];
  if (redis) {
    const deployment = ingressDeployment(view, redis, ingressConfig(view, redis, publicAddress));
    objects.push(desiredObject(RESOURCE.ingressDeployment, deployment, facts.rollout.ready));
  }
  objects.push(desiredObject(RESOURCE.ingressService, ingressService(view), exists(observed[RESOURCE.ingressService])));
  const pub = view.public;
  if (pub) {
    const route = (name: string, object: object) => objects.push(desiredObject(name, object, routeAccepted(observed[name])));
    if (view.rtmp) route(RESOURCE.ingressRtmpRoute, rtmpRoute(view, pub.gateway, view.rtmp.port));
    if (view.whip) {
      route(RESOURCE.ingressWhipRoute, whipRoute(view, pub.gateway, pub.hostname, view.whip.port));
      route(RESOURCE.ingressWhipMediaRoute, whipMediaRoute(view, pub.gateway, view.whip.udpPort));
    }
  }
  objects.push(
    ...scalingObjects(view, COMPONENT, { autoscaler: RESOURCE.ingressAutoscaler, disruptionBudget: RESOURCE.ingressDisruptionBudget }, observed),
  );
  return { objects, events: [], pod: { config: { ingress: ingressBaseUrls(view) } } };
}
