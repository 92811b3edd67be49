// LiveKit Ingress: Deployment, Service, its public routes, scaling, and its share of the server's
// config (where clients send streams). Off: none of it is returned, so Crossplane deletes every
// object and the server's config loses its `ingress` keys in the same call.
import type { Rollout } from "../../k8s/readiness.js";
import { component } from "../../model/component.js";
import { desiredObject, type DesiredObject } from "../../model/outcome.js";
import { RESOURCE } from "../../model/resource-names.js";
import { workloadCondition } from "../../workloads/condition.js";
import { scalingObjects, workloadRollout } from "../../workloads/scaling.js";
import { rtmpRoute, whipMediaRoute, whipRoute } from "./routes.js";
import { ingressView, type IngressView } from "./view.js";
import { COMPONENT, ingressBaseUrls, ingressConfig, ingressDeployment, ingressService } from "./workload.js";

export interface IngressFacts {
  rollout: Rollout;
}

export const ingress = component<IngressView, IngressFacts>({
  name: "ingress",
  view: ingressView,
  discover: (view, cluster) => ({ rollout: workloadRollout(view, cluster.observed[RESOURCE.ingressDeployment]) }),
  // Without the server's Redis, Ingress cannot run: a new Deployment waits for it. Its WHIP media
  // goes through the signaling Gateway, whose public address it must offer as ICE candidate.
  compose: (view, _facts, shared) => {
    const objects: DesiredObject[] = [];
    if (shared.redis)
      objects.push(
        desiredObject(
          RESOURCE.ingressDeployment,
          ingressDeployment(view, shared.redis, ingressConfig(view, shared.redis, shared.signalingAddress)),
        ),
      );
    objects.push(desiredObject(RESOURCE.ingressService, ingressService(view)));
    const pub = view.public;
    if (pub) {
      if (view.rtmp) objects.push(desiredObject(RESOURCE.ingressRtmpRoute, rtmpRoute(view, pub.gateway, view.rtmp.port)));
      if (view.whip) {
        objects.push(desiredObject(RESOURCE.ingressWhipRoute, whipRoute(view, pub.gateway, pub.hostname, view.whip.port)));
        objects.push(desiredObject(RESOURCE.ingressWhipMediaRoute, whipMediaRoute(view, pub.gateway, view.whip.udpPort)));
      }
    }
    objects.push(
      ...scalingObjects(view, COMPONENT, { autoscaler: RESOURCE.ingressAutoscaler, disruptionBudget: RESOURCE.ingressDisruptionBudget }),
    );
    // LiveKit learns where streams go only once Ingress can run: turning Ingress on for a pool that
    // had no Redis then changes the server's config (and rolls its pods) once, when Redis is ready,
    // not a first time for these keys and a second for Redis.
    return { objects, ...(shared.redis ? { gives: { pod: { config: { ingress: ingressBaseUrls(view) } } } } : {}) };
  },
  report: (view, facts) => {
    const urls = ingressBaseUrls(view);
    return {
      status: {
        ingress: {
          ...(urls.rtmp_base_url ? { rtmpUrl: urls.rtmp_base_url } : {}),
          ...(urls.whip_base_url ? { whipUrl: urls.whip_base_url } : {}),
        },
      },
      conditions: [workloadCondition("IngressAvailable", view.names.deployment, facts.rollout)],
    };
  },
});
