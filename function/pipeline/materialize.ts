// Stage 4, materialize: views + facts become the desired composed objects. An object that is not
// returned here is deleted by Crossplane; there is no other cleanup.
//
// Each component materializes on its own; the server comes last because the others contribute to
// its pod (config keys, env, volumes).
import { connectionDetails, materializeConnection } from "../components/connection/index.js";
import { materializeNetworking } from "../components/networking/index.js";
import { turnUris } from "../components/networking/turn.js";
import { materializeRedis } from "../components/redis/index.js";
import { internalUrl } from "../components/server/report.js";
import { materializeServer } from "../components/server/index.js";
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
  const keys = resolveApiKeys(views.server, facts.server.keys, mint);
  const server = materializeServer(views.server, facts.server, keys, components.flatMap((c) => (c.pod ? [c.pod] : [])));
  const net = views.networking;
  const address = facts.networking?.address?.value;
  const urls = { internalUrl: internalUrl(views.server), url: net ? `wss://${net.hostname}` : internalUrl(views.server) };
  const connection = materializeConnection(
    views.connection,
    connectionDetails(urls, keys.pair, net && address ? turnUris(net, address) : []),
    facts.connectionSecretExists,
  );
  const all = [...components, server, connection];
  return {
    objects: all.flatMap((c) => c.objects),
    events: all.flatMap((c) => c.events),
    ...(connection.compositeConnectionDetails ? { compositeConnectionDetails: connection.compositeConnectionDetails } : {}),
  };
}
