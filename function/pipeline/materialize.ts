// Stage 4, materialize: views + facts become the desired composed objects. An object that is not
// returned here is deleted by Crossplane; there is no other cleanup.
import { materializeServer } from "../components/server/index.js";
import type { Minter } from "../secrets/mint.js";
import type { Facts } from "./discover.js";
import type { DesiredObject, PoolEvent } from "./outcome.js";
import type { Views } from "./views.js";

export interface Materialized {
  objects: DesiredObject[];
  events: PoolEvent[];
}

export function materialize(views: Views, facts: Facts, mint: Minter): Materialized {
  const server = materializeServer(views.server, facts.server, mint);
  return { objects: server.objects, events: server.events };
}
