// What the server component tells the user: its status fields and conditions.
import type { PoolStatus } from "../../api/spec.js";
import type { ServerFacts } from "./discover.js";
import type { PoolCondition } from "../../model/outcome.js";
import type { ServerView } from "./view.js";
import type { UserKeys } from "./keys.js";
import { webhookSigner } from "./webhook.js";

function userKeysCondition(view: ServerView, keys: UserKeys): PoolCondition {
  if (keys.problem) {
    return {
      type: "ApiKeysReady",
      status: false,
      reason: keys.problem.reason,
      message: `${keys.problem.message}: the server cannot start on it, and the connection details have no apiKey or apiSecret until it holds LiveKit's key file.`,
    };
  }
  const signer = webhookSigner(view, keys, keys.pair);
  if (signer.state === "waiting" && signer.problem)
    return { type: "ApiKeysReady", status: false, reason: "WebhookKeyNotFound", message: `${signer.problem}.` };
  return { type: "ApiKeysReady", status: true, reason: "UserProvided", message: `Using API keys from Secret ${view.apiKeys.secretName}.` };
}

function apiKeysCondition(view: ServerView, facts: ServerFacts): PoolCondition {
  const secret = view.apiKeys.secretName;
  const keys = facts.keys;
  switch (keys.state) {
    case "user":
      return userKeysCondition(view, keys);
    case "present":
      return { type: "ApiKeysReady", status: true, reason: "Available", message: `API keys are in Secret ${secret}.` };
    case "unreadable":
      return {
        type: "ApiKeysReady",
        status: false,
        reason: "SecretUnreadable",
        message: `Secret ${secret}: ${keys.problem}. Restore it, or delete it to generate new keys; until then no server pod starts on it (running ones keep their template).`,
      };
    default:
      return { type: "ApiKeysReady", status: false, reason: "Creating", message: `Waiting for Secret ${secret} to be created.` };
  }
}

function serverCondition(view: ServerView, facts: ServerFacts, deploymentReady: boolean): PoolCondition {
  const { rollout } = facts;
  const counts = `${rollout.available}/${rollout.replicas} replicas of Deployment ${view.names.deployment} available`;
  if (rollout.ready && deploymentReady) return { type: "ServerAvailable", status: true, reason: "Available", message: `${counts}.` };
  if (rollout.ready) {
    return {
      type: "ServerAvailable",
      status: false,
      reason: "RollingOut",
      message: `Rolling out a new spec of Deployment ${view.names.deployment}; the previous one has ${counts.replace(/ of Deployment \S+/, "")}.`,
    };
  }
  return {
    type: "ServerAvailable",
    status: false,
    reason: rollout.exists ? "RollingOut" : "Creating",
    message: rollout.exists ? `Waiting for the rollout: ${counts}.` : `Waiting for Deployment ${view.names.deployment} to be created.`,
  };
}

/** `deploymentReady`: the verdict materialize gave the Deployment (ready on its current spec). */
export function reportServer(
  view: ServerView,
  facts: ServerFacts,
  deploymentReady: boolean,
): { status: PoolStatus; conditions: PoolCondition[] } {
  return {
    status: {
      internalUrl: view.internalUrl,
      apiKeysSecret: { name: view.apiKeys.secretName, key: view.apiKeys.key },
      server: { replicas: facts.rollout.replicas, availableReplicas: facts.rollout.available },
    },
    conditions: [serverCondition(view, facts, deploymentReady), apiKeysCondition(view, facts)],
  };
}
