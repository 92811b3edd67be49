// Stage 4, compose: the desired objects, in list order, each component using what the ones before
// it gave (model/component.ts Shared). An object that is not returned here is deleted by
// Crossplane; there is no other cleanup.
import type { Composed, Shared } from "../model/component.js";
import type { DesiredObject, PoolEvent } from "../model/outcome.js";
import type { Minter } from "../secrets/mint.js";
import type { Discovered } from "./discover.js";

export interface ComposedPool {
  objects: DesiredObject[];
  events: PoolEvent[];
  compositeConnectionDetails?: Record<string, string>;
}

function give(shared: Shared, gives: Composed["gives"]): Shared {
  if (!gives) return shared;
  const { pod, ...values } = gives;
  return { ...shared, ...values, pod: pod ? [...shared.pod, pod] : shared.pod };
}

export function compose(components: readonly Discovered[], mint: Minter): ComposedPool {
  let shared: Shared = { pod: [], turnUris: [] };
  const out: ComposedPool = { objects: [], events: [] };
  for (const { component, view, facts } of components) {
    const composed = component.compose(view, facts, shared, mint);
    shared = give(shared, composed.gives);
    out.objects.push(...composed.objects);
    out.events.push(...(composed.events ?? []));
    if (composed.compositeConnectionDetails) out.compositeConnectionDetails = composed.compositeConnectionDetails;
  }
  return out;
}
