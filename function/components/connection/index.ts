// Connection details: what an application needs to talk to its pool. A namespaced XR gets a
// composed Secret of type connection.crossplane.io/v1alpha1 (Crossplane v2 has no XR connection
// secrets); a legacy XR returns them as XR connection details, which Crossplane writes to the XR's
// and the claim's Secret (filtered by the legacy XRD's connectionSecretKeys).
import { objectLabels } from "../../k8s/labels.js";
import { objectName } from "../../k8s/names.js";
import type { Secret } from "../../k8s/types.js";
import { desiredObject, type ComponentOutput } from "../../pipeline/outcome.js";
import type { Pool } from "../../pipeline/parse.js";
import { RESOURCE } from "../../pipeline/resource-names.js";
import type { ApiKeyPair } from "../server/keys.js";

/** Keys of the connection Secret; the legacy XRD lists the same in connectionSecretKeys. */
export const CONNECTION_KEYS = ["url", "internalUrl", "apiKey", "apiSecret", "turnUris"] as const;

export type ConnectionDetails = Partial<Record<(typeof CONNECTION_KEYS)[number], string>>;

export interface ConnectionView {
  /** secret: compose a connection Secret; xr: return XR connection details. */
  via: "secret" | "xr";
  namespace: string;
  secretName: string;
  poolLabel: string;
}

export function connectionView(pool: Pool, poolLabel: string): ConnectionView {
  return {
    via: pool.scope === "namespaced" ? "secret" : "xr",
    namespace: pool.namespace,
    secretName: pool.spec.writeConnectionSecretToRef?.name ?? objectName(pool.baseName, "connection"),
    poolLabel,
  };
}

export function connectionDetails(urls: { url: string; internalUrl: string }, keys: ApiKeyPair | undefined, turnUris: string[]): ConnectionDetails {
  return {
    url: urls.url,
    internalUrl: urls.internalUrl,
    ...(keys ? { apiKey: keys.apiKey, apiSecret: keys.apiSecret } : {}),
    ...(turnUris.length > 0 ? { turnUris: turnUris.join(",") } : {}),
  };
}

function connectionSecret(view: ConnectionView, details: ConnectionDetails): Secret {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: view.secretName, namespace: view.namespace, labels: objectLabels(view.poolLabel, "connection") },
    type: "connection.crossplane.io/v1alpha1",
    data: Object.fromEntries(Object.entries(details).map(([k, v]) => [k, Buffer.from(v, "utf8").toString("base64")])),
  };
}

export function materializeConnection(view: ConnectionView, details: ConnectionDetails, secretExists: boolean): ComponentOutput {
  if (view.via === "xr") return { objects: [], events: [], compositeConnectionDetails: details };
  return { objects: [desiredObject(RESOURCE.connectionSecret, connectionSecret(view, details), secretExists)], events: [] };
}
