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
import { configSecret, deployment, service, SPEC_CHECKSUM_ANNOTATION } from "./workload.js";

const asObject = (o: object) => o as Record<string, unknown>;

/** The keys Secret's data: what is observed (readable or not, never replaced, nothing dropped), or
 * new keys. */
function keysData(view: ServerView, facts: ServerFacts, mint: Minter, events: PoolEvent[]) {
  switch (facts.keys.state) {
    case "present":
      return facts.keys.data;
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
  const objects: DesiredObject[] = [
    { name: RESOURCE.serverConfig, object: asObject(configSecret(view, config.text, contributions)), ready: facts.configSecretExists },
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

  const workload = deployment(view, { config: config.checksum, ...(keysChecksum ? { keys: keysChecksum } : {}) }, contributions);
  // Ready only when the rollout observed is the rollout of this very spec: the call that changes
  // the pod template must not report the old pods as ready.
  const current = facts.deploymentSpecChecksum === workload.metadata?.annotations?.[SPEC_CHECKSUM_ANNOTATION];
  objects.push(
    { name: RESOURCE.serverDeployment, object: asObject(workload), ready: facts.rollout.ready && current },
    { name: RESOURCE.serverService, object: asObject(service(view)), ready: facts.serviceExists },
  );
  return { objects, events };
}
