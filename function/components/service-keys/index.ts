// The API key pair LiveKit Ingress and Egress read (model/service-keys.ts). With generated keys they
// read the keys Secret itself; with a user's key file, this component copies its first pair into a
// Secret of the pool's own, once Crossplane has fetched the user's Secret (until then their pods
// wait for the copy to appear).
import { objectMeta, opaqueSecret } from "../../k8s/metadata.js";
import { component } from "../../model/component.js";
import { desiredObject } from "../../model/outcome.js";
import { poolNames } from "../../model/pool-names.js";
import { RESOURCE } from "../../model/resource-names.js";
import { API_KEY_FIELD, API_SECRET_FIELD, serviceKeys } from "../../model/service-keys.js";

interface ServiceKeysCopy {
  secretName: string;
  namespace: string;
  poolLabel: string;
}

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export const serviceKeysCopy = component<ServiceKeysCopy, undefined>({
  name: "service-keys",
  view: (pool) => {
    const keys = serviceKeys(pool);
    const needed = pool.spec.ingress.enabled || pool.spec.egress.enabled;
    return needed && keys.copy
      ? { secretName: keys.secretName, namespace: pool.namespace, poolLabel: poolNames(pool).poolLabel }
      : undefined;
  },
  discover: () => undefined,
  compose: (view, _facts, shared) => {
    const pair = shared.apiKeys;
    if (!pair) return { objects: [] };
    const secret = opaqueSecret(objectMeta(view, "server", view.secretName), {
      [API_KEY_FIELD]: b64(pair.apiKey),
      [API_SECRET_FIELD]: b64(pair.apiSecret),
    });
    return { objects: [desiredObject(RESOURCE.serviceApiKeys, secret)] };
  },
  report: () => ({ status: {}, conditions: [] }),
});
