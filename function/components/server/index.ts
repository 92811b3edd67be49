// The LiveKit server: config Secret, keys Secret (generated keys only), Deployment, Service and its
// scaling. It comes after the components that contribute to its pod (config keys, env, volumes) and
// gives the components after it the API key pair.
import type { ResourceSelector } from "@crossplane-org/function-sdk-typescript";
import { createHash } from "node:crypto";
import { component } from "../../model/component.js";
import { desiredObject, type DesiredObject } from "../../model/outcome.js";
import { RESOURCE } from "../../model/resource-names.js";
import { scalingObjects } from "../../workloads/scaling.js";
import { renderConfig } from "./config.js";
import { discoverServer, USER_API_KEYS, type ServerFacts } from "./discover.js";
import { keysSecret, resolveApiKeys } from "./keys.js";
import { reportServer } from "./report.js";
import { serverView, type ServerView } from "./view.js";
import { webhookConfig, webhookSigner } from "./webhook.js";
import { COMPONENT, configSecret, deployment, holdingPodTemplate, service } from "./workload.js";

export const server = component<ServerView, ServerFacts>({
  name: "server",
  leadsReport: true,
  view: serverView,
  requirements: (view): Record<string, ResourceSelector> =>
    view.apiKeys.source === "user"
      ? { [USER_API_KEYS]: { apiVersion: "v1", kind: "Secret", matchName: view.apiKeys.secretName, namespace: view.namespace } }
      : {},
  discover: discoverServer,
  compose: (view, facts, shared, mint) => {
    const keys = resolveApiKeys(view, facts.keys, mint);
    const contributions = shared.pod;
    const webhook = webhookConfig(view, webhookSigner(view, facts.keys, keys.pair));
    const config = renderConfig(view, webhook ? [...contributions, { config: webhook }] : contributions);
    const annotations = Object.assign({}, ...contributions.map((c) => c.configAnnotations ?? {})) as Record<string, string>;
    const objects: DesiredObject[] = [desiredObject(RESOURCE.serverConfig, configSecret(view, config.text, annotations))];

    let keysChecksum: string | undefined;
    if (keys.secretData) {
      const data = keys.secretData;
      keysChecksum = createHash("sha256")
        .update(data[view.apiKeys.key] ?? "")
        .digest("hex")
        .slice(0, 16);
      objects.push(desiredObject(RESOURCE.serverKeys, keysSecret(view, data), { knownUnready: facts.keys.state === "unreadable" }));
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
      if (held) {
        events.push({
          severity: "warning",
          reason: "ServerTemplateHeld",
          message: `Deployment ${view.names.deployment} keeps the pod template its pods run until Secret ${view.names.keysSecret} holds usable keys again; other changes to the server wait too.`,
        });
      }
      objects.push(desiredObject(RESOURCE.serverDeployment, held ? holdingPodTemplate(rendered, facts.podTemplate!) : rendered));
    }
    objects.push(desiredObject(RESOURCE.serverService, service(view)));
    objects.push(
      ...scalingObjects(view, COMPONENT, { autoscaler: RESOURCE.serverAutoscaler, disruptionBudget: RESOURCE.serverDisruptionBudget }),
    );
    return { objects, events, ...(keys.pair ? { gives: { apiKeys: keys.pair } } : {}) };
  },
  report: (view, facts, ctx) => reportServer(view, facts, ctx.ready(RESOURCE.serverDeployment)),
});
