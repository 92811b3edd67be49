// Stage 3, discover: join the views with the observed composed resources into facts the cluster
// has learned. Facts are all the later stages know about the cluster.
import { discoverNetworking, type NetworkingFacts } from "../components/networking/facts.js";
import { readObservedKeys, type ObservedKeys } from "../components/server/keys.js";
import { SPEC_CHECKSUM_ANNOTATION } from "../components/server/workload.js";
import { stringField } from "../k8s/observed.js";
import { deploymentRollout, exists } from "../k8s/readiness.js";
import { RESOURCE } from "./resource-names.js";
import { PLATFORM_TURN_AUTH } from "./requirements.js";
import type { Views } from "./views.js";

/** Observed composed objects by composition resource name. */
export type Observed = Readonly<Record<string, unknown>>;

/** Required resources Crossplane fetched for us, by requirement key (first match only). */
export type Required = Readonly<Record<string, unknown>>;

export interface ServerFacts {
  /** Generated keys as observed; "user" when the pool uses the user's own Secret. */
  keys: ObservedKeys | { state: "user" };
  rollout: ReturnType<typeof deploymentRollout>;
  /** Which Deployment spec the observed rollout belongs to (see SPEC_CHECKSUM_ANNOTATION). */
  deploymentSpecChecksum?: string;
  configSecretExists: boolean;
  keysSecretExists: boolean;
  serviceExists: boolean;
}

export interface Facts {
  server: ServerFacts;
  networking?: NetworkingFacts;
}

/** `composite`: the observed XR, whose status keeps what the pool has learned. */
export function discover(views: Views, observed: Observed, required: Required = {}, composite?: unknown): Facts {
  const server = views.server;
  const specChecksum = stringField(observed[RESOURCE.serverDeployment], "metadata", "annotations", SPEC_CHECKSUM_ANNOTATION);
  return {
    ...(views.networking ? { networking: discoverNetworking(views.networking, observed, required[PLATFORM_TURN_AUTH], composite) } : {}),
    server: {
      keys:
        server.apiKeys.source === "user"
          ? { state: "user" }
          : readObservedKeys(observed[RESOURCE.serverKeys], server.apiKeys.key),
      rollout: deploymentRollout(observed[RESOURCE.serverDeployment], server.replicas),
      ...(specChecksum ? { deploymentSpecChecksum: specChecksum } : {}),
      configSecretExists: exists(observed[RESOURCE.serverConfig]),
      keysSecretExists: exists(observed[RESOURCE.serverKeys]),
      serviceExists: exists(observed[RESOURCE.serverService]),
    },
  };
}
