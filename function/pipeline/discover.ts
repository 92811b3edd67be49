// Stage 3, discover: join the views with the observed composed resources into facts the cluster
// has learned. Facts are all the later stages know about the cluster.
import { discoverRedis, type RedisFacts } from "../components/redis/discover.js";
import { readObservedKeys, type ObservedKeys } from "../components/server/keys.js";
import { deploymentRollout, exists } from "../k8s/readiness.js";
import { RESOURCE } from "./resource-names.js";
import type { Views } from "./views.js";

/** Observed composed objects by composition resource name. */
export type Observed = Readonly<Record<string, unknown>>;

/** Keys of the observed connection details of composed resources (managed resources write them),
 * by composition resource name. Only which keys hold a value: the values are never read. */
export type ConnectionKeys = Readonly<Record<string, ReadonlySet<string>>>;

export interface ServerFacts {
  /** Generated keys as observed; "user" when the pool uses the user's own Secret. */
  keys: ObservedKeys | { state: "user" };
  rollout: ReturnType<typeof deploymentRollout>;
  configSecretExists: boolean;
  keysSecretExists: boolean;
  serviceExists: boolean;
}

export interface Facts {
  server: ServerFacts;
  redis: RedisFacts;
}

export function discover(views: Views, observed: Observed, connectionKeys: ConnectionKeys = {}): Facts {
  const server = views.server;
  return {
    server: {
      keys:
        server.apiKeys.source === "user"
          ? { state: "user" }
          : readObservedKeys(observed[RESOURCE.serverKeys], server.apiKeys.key),
      rollout: deploymentRollout(observed[RESOURCE.serverDeployment], server.replicas),
      configSecretExists: exists(observed[RESOURCE.serverConfig]),
      keysSecretExists: exists(observed[RESOURCE.serverKeys]),
      serviceExists: exists(observed[RESOURCE.serverService]),
    },
    redis: discoverRedis(views.redis, observed, connectionKeys),
  };
}
