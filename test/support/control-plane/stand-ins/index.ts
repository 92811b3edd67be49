// Runs the stand-ins: one pass of each, over and over, until stopped. Errors are kept for the
// diagnostics (a pass may race with a deletion: the next pass sees the new state).
import { setTimeout as sleep } from "node:timers/promises";
import type { Kube } from "../client.js";
import { certManagerStandIn } from "./cert-manager.js";
import { cloudProvidersStandIn, type CloudProvidersStandIn } from "./cloud-providers.js";
import { envoyGatewayStandIn, stunnerOperatorStandIn } from "./gateways.js";
import { loadBalancerStandIn } from "./load-balancer.js";
import type { StandIn } from "./status.js";

const PASS_INTERVAL_MS = 300;
const KEPT_ERRORS = 20;

export interface RunningStandIns {
  cloudProviders: CloudProvidersStandIn;
  recentErrors(): string[];
  stop(): Promise<void>;
}

export function runStandIns(kube: Kube, memorystoreCaPem: string): RunningStandIns {
  const cloudProviders = cloudProvidersStandIn(memorystoreCaPem);
  const standIns: StandIn[] = [
    loadBalancerStandIn(),
    stunnerOperatorStandIn(),
    envoyGatewayStandIn(),
    certManagerStandIn(),
    cloudProviders,
  ];
  const errors: string[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const s of standIns) {
        try {
          await s.reconcile(kube);
        } catch (err) {
          errors.push(`${s.name}: ${err instanceof Error ? err.message : String(err)}`);
          errors.splice(0, Math.max(0, errors.length - KEPT_ERRORS));
        }
      }
      await sleep(PASS_INTERVAL_MS);
    }
  })();
  return {
    cloudProviders,
    recentErrors: () => [...errors],
    stop: async () => {
      running = false;
      await loop;
    },
  };
}
