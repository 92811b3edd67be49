// Materializes the LiveKit server: config Secret, keys Secret (generated keys only), Deployment
// and Service, each with its readiness from the facts.
import { createHash } from "node:crypto";
import type { ServerFacts } from "../../pipeline/discover.js";
import type { ComponentOutput, DesiredObject, PodContribution, PoolEvent } from "../../pipeline/outcome.js";
import { RESOURCE } from "../../pipeline/resource-names.js";
import type { ServerView } from "../../pipeline/views.js";
import type { Minter } from "../../secrets/mint.js";
import { renderConfig } from "./config.js";
import { keysSecret, keysSecretData, mintKeys } from "./keys.js";
import { configSecret, deployment, service } from "./workload.js";

const asObject = (o: object) => o as Record<string, unknown>;

/** The keys Secret's data: what is observed (readable or not, never replaced), or new keys. */
function keysData(view: ServerView, facts: ServerFacts, mint: Minter, events: PoolEvent[]) {
  switch (facts.keys.state) {
    case "present":
      return keysSecretData(view, facts.keys.keys);
    case "unreadable":
      events.push({
        severity: "warning",
        reason: "ApiKeysUnreadable",
        message: `Secret ${view.names.keysSecret}: ${facts.keys.problem}; left unchanged. Restore it, or delete it to generate new keys.`,
      });
      return facts.keys.data;
    default:
      events.push({
        severity: "normal",
        reason: "ApiKeysGenerated",
        message: `Generated API keys into Secret ${view.names.keysSecret}.`,
      });
      return keysSecretData(view, mintKeys(view, mint));
  }
}

/** The server goes last: other components' pod contributions are folded into its config and pod. */
export function materializeServer(view: ServerView, facts: ServerFacts, mint: Minter, contributions: PodContribution[]): ComponentOutput {
  const events: PoolEvent[] = [];
  const config = renderConfig(view, contributions);
  const annotations = Object.assign({}, ...contributions.map((c) => c.configAnnotations ?? {})) as Record<string, string>;
  const objects: DesiredObject[] = [
    { name: RESOURCE.serverConfig, object: asObject(configSecret(view, config.text, annotations)), ready: facts.configSecretExists },
  ];

  let keysChecksum: string | undefined;
  if (view.apiKeys.source === "generated") {
    const data = keysData(view, facts, mint, events);
    keysChecksum = createHash("sha256").update(data[view.apiKeys.key] ?? "").digest("hex").slice(0, 16);
    objects.push({
      name: RESOURCE.serverKeys,
      object: asObject(keysSecret(view, data)),
      ready: facts.keys.state === "present",
    });
  }

  // A new pool's pods start only once what they depend on is ready; running pods are never removed.
  const holdNewPods = !facts.rollout.exists && contributions.some((c) => c.waitFor);
  if (!holdNewPods) {
    objects.push({
      name: RESOURCE.serverDeployment,
      object: asObject(deployment(view, { config: config.checksum, ...(keysChecksum ? { keys: keysChecksum } : {}) }, contributions)),
      ready: facts.rollout.ready,
    });
  }
  objects.push({ name: RESOURCE.serverService, object: asObject(service(view)), ready: facts.serviceExists });
  return { objects, events };
}
