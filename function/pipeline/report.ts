// Stage 5, report: XR status, conditions that say what the pool waits for, and how soon Crossplane
// should call again. Nothing here may carry a secret value: only names and counts.
import type { PoolStatus } from "../api/spec.js";
import { SIGNAL_PORT } from "../components/server/config.js";
import type { Facts } from "./discover.js";
import type { DesiredObject } from "./outcome.js";
import type { Views } from "./views.js";

export const TTL_CONVERGING_SECONDS = 15;
export const TTL_READY_SECONDS = 300;

export interface PoolCondition {
  type: string;
  status: boolean;
  reason: string;
  message: string;
}

export interface Report {
  status: PoolStatus;
  conditions: PoolCondition[];
  ttlSeconds: number;
  allReady: boolean;
}

function apiKeysCondition(views: Views, facts: Facts): PoolCondition {
  const secret = views.server.apiKeys.secretName;
  const keys = facts.server.keys;
  switch (keys.state) {
    case "user":
      return { type: "ApiKeysReady", status: true, reason: "UserProvided", message: `Using API keys from Secret ${secret}.` };
    case "present":
      return { type: "ApiKeysReady", status: true, reason: "Available", message: `API keys are in Secret ${secret}.` };
    case "unreadable":
      return {
        type: "ApiKeysReady",
        status: false,
        reason: "SecretUnreadable",
        message: `Secret ${secret}: ${keys.problem}. Restore it, or delete it to generate new keys.`,
      };
    default:
      return { type: "ApiKeysReady", status: false, reason: "Creating", message: `Waiting for Secret ${secret} to be created.` };
  }
}

function serverCondition(views: Views, facts: Facts): PoolCondition {
  const { rollout } = facts.server;
  const { replicas, names } = views.server;
  const counts = `${rollout.available}/${replicas} replicas of Deployment ${names.deployment} available`;
  if (rollout.ready) return { type: "ServerAvailable", status: true, reason: "Available", message: `${counts}.` };
  return {
    type: "ServerAvailable",
    status: false,
    reason: rollout.exists ? "RollingOut" : "Creating",
    message: rollout.exists ? `Waiting for the rollout: ${counts}.` : `Waiting for Deployment ${names.deployment} to be created.`,
  };
}

export function report(views: Views, facts: Facts, objects: DesiredObject[]): Report {
  const server = views.server;
  const allReady = objects.every((o) => o.ready);
  return {
    status: {
      internalUrl: `ws://${server.names.service}.${server.namespace}.svc.cluster.local:${SIGNAL_PORT}`,
      apiKeysSecret: { name: server.apiKeys.secretName, key: server.apiKeys.key },
      server: { replicas: server.replicas, availableReplicas: facts.server.rollout.available },
    },
    conditions: [serverCondition(views, facts), apiKeysCondition(views, facts)],
    ttlSeconds: allReady ? TTL_READY_SECONDS : TTL_CONVERGING_SECONDS,
    allReady,
  };
}
