// Stage 4, materialize: views + facts become the desired composed objects. An object that is not
// returned here is deleted by Crossplane; there is no other cleanup.
//
// Each component materializes on its own; the server comes last because the others contribute to
// its pod (config keys, env, volumes).
import { connectionDetails, materializeConnection } from "../components/connection/index.js";
import { materializeNetworking } from "../components/networking/index.js";
import { turnUris } from "../components/networking/turn.js";
import { materializeEgress } from "../components/egress/index.js";
import { materializeIngress } from "../components/ingress/index.js";
import { redisClient } from "../components/redis/client.js";
import { materializeRedis } from "../components/redis/index.js";
import { scalingObjects } from "../components/scaling/index.js";
import { serviceKeysObjects } from "../components/server/service-keys.js";
import { RESOURCE } from "./resource-names.js";
import { internalUrl } from "../components/server/report.js";
import { materializeServer } from "../components/server/index.js";
import { COMPONENT as SERVER_COMPONENT } from "../components/server/workload.js";
import { resolveApiKeys } from "../components/server/keys.js";
import type { Minter } from "../secrets/mint.js";
import type { Facts } from "./discover.js";
import type { ComponentOutput, DesiredObject, PoolEvent } from "./outcome.js";
import type { Views } from "./views.js";

export interface Materialized {
  objects: DesiredObject[];
  events: PoolEvent[];
  compositeConnectionDetails?: Record<string, string>;
}

export function materialize(views: Views, facts: Facts, mint: Minter): Materialized {
  const components: ComponentOutput[] = [materializeRedis(views.redis, facts.redis, mint)];
  if (views.networking && facts.networking) components.push(materializeNetworking(views.networking, facts.networking, mint));
  // Ingress and Egress use the Redis the server is configured with after this call.
  const redis = facts.redis.plan.active && facts.redis.plan.active !== "none" && facts.redis.connection ? redisClient(facts.redis.connection) : undefined;
  if (views.ingress && facts.ingress) components.push(materializeIngress(views.ingress, facts.ingress, redis, facts.networking?.signalingAddress));
  if (views.egress && facts.egress) components.push(materializeEgress(views.egress, facts.egress, redis));
  const keys = resolveApiKeys(views.server, facts.server.keys, mint);
  if (views.serviceKeys) {
    components.push({ objects: serviceKeysObjects(views.serviceKeys, keys.pair, facts.server.serviceKeysSecretExists), events: [] });
  }
  const serverScaling = scalingObjects(
    views.server,
    SERVER_COMPONENT,
    { autoscaler: RESOURCE.serverAutoscaler, disruptionBudget: RESOURCE.serverDisruptionBudget },
    facts.observed,
  );
  const server = materializeServer(views.server, facts.server, keys, components.flatMap((c) => (c.pod ? [c.pod] : [])));
  const net = views.networking;
  const address = facts.networking?.address?.value;
  const urls = { internalUrl: internalUrl(views.server), url: net ? `wss://${net.hostname}` : internalUrl(views.server) };
  const connection = materializeConnection(
    views.connection,
    connectionDetails(urls, keys.pair, net && address ? turnUris(net, address) : []),
    facts.connectionSecretExists,
  );
  const all = [...components, server, { objects: serverScaling, events: [] }, connection];
  return {
    objects: all.flatMap((c) => c.objects),
    events: all.flatMap((c) => c.events),
    ...(connection.compositeConnectionDetails ? { compositeConnectionDetails: connection.compositeConnectionDetails } : {}),
  };
}
