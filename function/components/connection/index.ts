// Connection details: what an application needs to talk to its pool. A namespaced XR gets a
// composed Secret of type connection.crossplane.io/v1alpha1 (Crossplane v2 has no XR connection
// secrets); a legacy XR returns them as XR connection details, which Crossplane writes to the XR's
// and the claim's Secret (filtered by the legacy XRD's connectionSecretKeys).
import { objectMeta } from "../../k8s/metadata.js";
import { objectName } from "../../k8s/names.js";
import type { Secret } from "../../k8s/types.js";
import { component } from "../../model/component.js";
import { desiredObject } from "../../model/outcome.js";
import { internalUrl, poolNames } from "../../model/pool-names.js";
import type { Pool } from "../../model/pool.js";
import { RESOURCE } from "../../model/resource-names.js";
import type { ApiKeyPair } from "../../model/shared-values.js";

/** Keys of the connection Secret; the legacy XRD lists the same in connectionSecretKeys. */
export const CONNECTION_KEYS = ["url", "internalUrl", "apiKey", "apiSecret", "turnUris"] as const;

export type ConnectionDetails = Partial<Record<(typeof CONNECTION_KEYS)[number], string>>;

export interface ConnectionView {
  /** secret: compose a connection Secret; xr: return XR connection details. */
  via: "secret" | "xr";
  namespace: string;
  secretName: string;
  poolLabel: string;
  /** What applications connect to: the public URL with networking, else the in-cluster one. */
  urls: { url: string; internalUrl: string };
}

export function connectionView(pool: Pool): ConnectionView {
  const inCluster = internalUrl(pool);
  return {
    via: pool.scope === "namespaced" ? "secret" : "xr",
    namespace: pool.namespace,
    secretName: pool.spec.writeConnectionSecretToRef?.name ?? objectName(pool.baseName, "connection"),
    poolLabel: poolNames(pool).poolLabel,
    urls: { url: pool.spec.networking ? `wss://${pool.spec.networking.hostname}` : inCluster, internalUrl: inCluster },
  };
}

export function connectionDetails(
  urls: { url: string; internalUrl: string },
  keys: ApiKeyPair | undefined,
  turnUris: string[],
): ConnectionDetails {
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
    metadata: objectMeta(view, "connection", view.secretName),
    type: "connection.crossplane.io/v1alpha1",
    data: Object.fromEntries(Object.entries(details).map(([k, v]) => [k, Buffer.from(v, "utf8").toString("base64")])),
  };
}

/** Comes after the server (the keys) and networking (the TURN URIs). */
export const connection = component<ConnectionView, undefined>({
  name: "connection",
  view: connectionView,
  discover: () => undefined,
  compose: (view, _facts, shared) => {
    const details = connectionDetails(view.urls, shared.apiKeys, shared.turnUris);
    if (view.via === "xr") return { objects: [], compositeConnectionDetails: details };
    return { objects: [desiredObject(RESOURCE.connectionSecret, connectionSecret(view, details))] };
  },
  report: () => ({ status: {}, conditions: [] }),
});
