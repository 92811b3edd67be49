// Stage 2, decompose: each component takes its view of the pool (only what it needs, platform
// defaults resolved); a component the pool does not use has none and takes no part in the rest.
import type { Component } from "../model/component.js";
import type { Pool } from "../model/pool.js";

export interface ActiveComponent {
  component: Component<unknown, unknown>;
  view: unknown;
}

export function decompose(pool: Pool, components: ReadonlyArray<Component<unknown, unknown>>): ActiveComponent[] {
  return components.flatMap((component) => {
    const view: unknown = component.view(pool);
    return view === undefined ? [] : [{ component, view }];
  });
}
