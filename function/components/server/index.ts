// Materializes the LiveKit server: config Secret, keys Secret (generated keys only), Deployment
// and Service, each with its readiness from the facts.
import { createHash } from "node:crypto";
import type { ServerFacts } from "../../pipeline/discover.js";
import { desiredObject, type ComponentOutput, type DesiredObject, type PodContribution } from "../../pipeline/outcome.js";
import { RESOURCE } from "../../pipeline/resource-names.js";
import type { ServerView } from "../../pipeline/views.js";
import { renderConfig } from "./config.js";
import { keysSecret, type ResolvedKeys } from "./keys.js";
import { webhookConfig, webhookSigner } from "./webhook.js";
import { configSecret, deployment, holdingPodTemplate, service, SPEC_CHECKSUM_ANNOTATION } from "./workload.js";

/** The server goes last: other components' pod contributions are folded into its config and pod. */
export function materializeServer(view: ServerView, facts: ServerFacts, keys: ResolvedKeys, contributions: PodContribution[]): ComponentOutput {
  const webhook = webhookConfig(view, webhookSigner(view, facts.keys, keys.pair));
  const config = renderConfig(view, webhook ? [...contributions, { config: webhook }] : contributions);
  const annotations = Object.assign({}, ...contributions.map((c) => c.configAnnotations ?? {})) as Record<string, string>;
  const objects: DesiredObject[] = [
    desiredObject(RESOURCE.serverConfig, configSecret(view, config.text, annotations), facts.configSecretExists),
  ];

  let keysChecksum: string | undefined;
  if (keys.secretData) {
    const data = keys.secretData;
    keysChecksum = createHash("sha256").update(data[view.apiKeys.key] ?? "").digest("hex").slice(0, 16);
    objects.push(desiredObject(RESOURCE.serverKeys, keysSecret(view, data), facts.keys.state === "present"));
  }

  // A new pool's pods start only once what they depend on is ready; running pods are never removed.
  // A key file that cannot be read would crash every pod started on it: the running pods' template
  // is held as it is until the keys are usable again, and a new pool's pods wait.
  const keysUnusable = facts.keys.state === "unreadable";
  const events = [...keys.events];
  const holdNewPods = !facts.rollout.exists && (keysUnusable || contributions.some((c) => c.waitFor));
  if (!holdNewPods) {
    const checksums = { config: config.checksum, ...(keysChecksum ? { keys: keysChecksum } : {}) };
    const rendered = deployment(view, checksums, contributions);
    const held = keysUnusable && facts.podTemplate;
    const workload = held ? holdingPodTemplate(rendered, facts.podTemplate!) : rendered;
    if (held) {
      events.push({
        severity: "warning",
        reason: "ServerTemplateHeld",
        message: `Deployment ${view.names.deployment} keeps the pod template its pods run until Secret ${view.names.keysSecret} holds usable keys again; other changes to the server wait too.`,
      });
    }
    // Ready only when the rollout observed is the rollout of this very spec: the call that changes
    // the pod template must not report the old pods as ready.
    const current = facts.deploymentSpecChecksum === workload.metadata?.annotations?.[SPEC_CHECKSUM_ANNOTATION];
    objects.push(desiredObject(RESOURCE.serverDeployment, workload, facts.rollout.ready && current));
  }
  objects.push(desiredObject(RESOURCE.serverService, service(view), facts.serviceExists));
  return { objects, events };
}
