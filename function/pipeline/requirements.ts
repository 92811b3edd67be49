// Resources the function asks Crossplane to fetch (required resources), derived from the views
// alone so every call of one reconcile asks for the same set, as Crossplane requires.
import type { ResourceSelector } from "@crossplane-org/function-sdk-typescript";
import type { ActiveComponent } from "./views.js";

export function requiredResources(active: readonly ActiveComponent[]): Record<string, ResourceSelector> {
  return Object.assign({}, ...active.map(({ component, view }) => component.requirements?.(view) ?? {})) as Record<
    string,
    ResourceSelector
  >;
}
