// Stage 4, materialize: views + facts become the desired composed objects. An object that is not
// returned here is deleted by Crossplane; there is no other cleanup.
//
// Each component materializes on its own; the server comes last because the others contribute to
// its pod (config keys, env, volumes).
import { materializeRedis } from "../components/redis/index.js";
import { materializeServer } from "../components/server/index.js";
import type { Minter } from "../secrets/mint.js";
import type { Facts } from "./discover.js";
import type { ComponentOutput, DesiredObject, PoolEvent } from "./outcome.js";
import type { Views } from "./views.js";

export interface Materialized {
  objects: DesiredObject[];
  events: PoolEvent[];
}

export function materialize(views: Views, facts: Facts, mint: Minter): Materialized {
  const components: ComponentOutput[] = [materializeRedis(views.redis, facts.redis, mint)];
  const server = materializeServer(views.server, facts.server, mint, components.flatMap((c) => (c.pod ? [c.pod] : [])));
  const all = [...components, server];
  return { objects: all.flatMap((c) => c.objects), events: all.flatMap((c) => c.events) };
}
