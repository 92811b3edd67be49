// A component written the way README's "Adding a component" says, kept in the tests (not shipped):
// a Prometheus scrape config for the server's metrics, as a ConfigMap in the pool's namespace. It
// uses only the contract (model/component.ts) and what the model layer offers other components.
import { METRICS_PORT } from "../../function/api/reserved-ports.js";
import { objectMeta } from "../../function/k8s/metadata.js";
import { component } from "../../function/model/component.js";
import { desiredObject } from "../../function/model/outcome.js";
import { poolNames } from "../../function/model/pool-names.js";

export const SCRAPE_CONFIG = "scrape-config";

interface ScrapeView {
  namespace: string;
  poolLabel: string;
  name: string;
  target: string;
}

export const scrapeConfig = component<ScrapeView, { exists: boolean }>({
  name: "scrape-config",
  validate: (spec) => (spec.server.replicas > 100 ? ["spec.server.replicas: the scrape config lists at most 100 pods"] : []),
  view: (pool) => {
    const names = poolNames(pool);
    return {
      namespace: pool.namespace,
      poolLabel: names.poolLabel,
      name: `${names.serverService}-scrape`,
      target: `${names.serverService}.${pool.namespace}.svc:${METRICS_PORT}`,
    };
  },
  discover: (_view, cluster) => ({ exists: cluster.observed[SCRAPE_CONFIG] !== undefined }),
  compose: (view) => ({
    objects: [
      desiredObject(SCRAPE_CONFIG, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: objectMeta(view, "metrics", view.name),
        data: { "scrape.yaml": `- job_name: livekit\n  static_configs:\n    - targets: ["${view.target}"]\n` },
      }),
    ],
  }),
  report: (view, _facts, ctx) => ({
    status: {},
    conditions: [
      ctx.ready(SCRAPE_CONFIG)
        ? { type: "ScrapeConfigReady", status: true, reason: "Available", message: `ConfigMap ${view.name} scrapes ${view.target}.` }
        : { type: "ScrapeConfigReady", status: false, reason: "Creating", message: `Waiting for ConfigMap ${view.name} to be created.` },
    ],
  }),
});
