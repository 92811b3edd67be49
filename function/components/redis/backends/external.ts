// Mode external: a Redis server the pool does not manage. Nothing is composed; LiveKit gets the
// address and TLS settings in its config, the password from the user's Secret through a
// secretKeyRef, and the CA bundle mounted from the user's Secret. The pool cannot see whether the
// server is up, so it counts as ready at once.
import { redisConnection, type RedisConnection } from "../connection.js";
import type { ExternalSettings } from "../view.js";

export interface ExternalFacts {
  mode: "external";
  ready: true;
  waitingFor?: undefined;
  connection: RedisConnection;
}

export function observeExternal(settings: ExternalSettings): ExternalFacts {
  return {
    mode: "external",
    ready: true,
    connection: redisConnection({
      address: settings.address,
      ...(settings.username ? { username: settings.username } : {}),
      ...(settings.db !== undefined ? { db: settings.db } : {}),
      ...(settings.passwordSecretRef ? { password: settings.passwordSecretRef } : {}),
      ...(settings.tls
        ? {
            tls: {
              ...(settings.tls.caSecretRef ? { ca: settings.tls.caSecretRef } : {}),
              ...(settings.tls.serverName ? { serverName: settings.tls.serverName } : {}),
            },
          }
        : {}),
    }),
  };
}
