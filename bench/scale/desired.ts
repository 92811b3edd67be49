// What our function returns for a pool in the cluster: it is called in process with the request
// Crossplane would send (the live XR, its live composed objects, the Composition's input, the
// resources the function requires, fetched as Crossplane fetches them).
import { RunFunctionRequest } from "@crossplane-org/function-sdk-typescript";
import { randomBytes } from "node:crypto";
import { runFunction } from "../../function/handler.js";
import { minter } from "../../function/secrets/mint.js";
import type { Kube, Obj } from "../../test/support/control-plane/client.js";
import { yamlFile } from "../../test/support/control-plane/platform.js";
import { composed } from "../../test/e2e/pools.js";

const RESOURCE_NAME = "crossplane.io/composition-resource-name";

export async function ourDesiredObjects(kube: Kube, xr: Obj): Promise<Record<string, Obj>> {
  const [composition] = yamlFile("apis/namespaced/composition.yaml");
  const observed = Object.fromEntries((await composed(kube, xr)).map((o) => [o.metadata.annotations[RESOURCE_NAME], { resource: o }]));
  const deps = { mint: minter(randomBytes(32)) };
  const request = (required: RunFunctionRequest["requiredResources"]) =>
    RunFunctionRequest.fromPartial({
      meta: { tag: "bench-scale" },
      observed: { composite: { resource: xr }, resources: observed },
      input: composition!.spec.pipeline[0].input,
      requiredResources: required,
    });
  const first = runFunction(request({}), deps).response;
  const required: RunFunctionRequest["requiredResources"] = {};
  for (const [name, selector] of Object.entries(first.requirements?.resources ?? {})) {
    const found = await kube.get({
      apiVersion: selector.apiVersion,
      kind: selector.kind,
      name: selector.matchName!,
      namespace: selector.namespace,
    });
    required[name] = { items: found ? [{ resource: found, connectionDetails: {}, ready: 0 }] : [] };
  }
  const { response } = runFunction(request(required), deps);
  return Object.fromEntries(Object.entries(response.desired!.resources).map(([name, r]) => [name, r.resource as Obj]));
}
