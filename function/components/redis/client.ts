// The pool's Redis for programs other than the server (LiveKit Ingress and Egress): the same
// connection LiveKit uses, in the same `redis` config keys (livekit/protocol's RedisConfig), with
// the password as an env reference: neither program reads REDIS_PASSWORD itself
// (livekit/ingress@v1.5.0 pkg/config/config.go, livekit/egress@v1.14.1 pkg/config/service.go;
// livekit/egress#899), so it reaches their config body through `$(REDIS_PASSWORD)` expansion.
import { envRef } from "../../k8s/env-config.js";
import type { RedisClient } from "../../model/shared-values.js";
import { REDIS_PASSWORD_ENV, type RedisConnection } from "./connection.js";

export function redisClient(connection: RedisConnection): RedisClient {
  const password = connection.env.some((e) => e.name === REDIS_PASSWORD_ENV);
  return {
    config: { ...connection.config, ...(password ? { password: envRef(REDIS_PASSWORD_ENV) } : {}) },
    env: connection.env,
    volumes: connection.volumes,
    volumeMounts: connection.volumeMounts,
  };
}
