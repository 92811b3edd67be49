// How LiveKit reaches its Redis: the `redis` section of livekit.yaml (addresses and TLS, never a
// secret value), the password as a secretKeyRef env var, and a CA bundle mounted from a Secret.
// LiveKit v1.13.5 reads REDIS_PASSWORD into redis.password (livekit/livekit@v1.13.5
// cmd/server/main.go flag `redis-password`, pkg/config/config.go updateFromCLI).
//
// The config Secret records which backend and which connection LiveKit is configured with, so the
// next call reads it back from observed state: the function keeps no memory of its own. No
// record means LiveKit runs without Redis (pools from before Redis support have none either).
import { z } from "zod";
import type { RedisMode } from "../../api/schema/redis.js";
import { field } from "../../k8s/observed.js";
import type { EnvVar, Volume, VolumeMount } from "../../k8s/types.js";
import type { PodContribution } from "../../model/outcome.js";

export const REDIS_PASSWORD_ENV = "REDIS_PASSWORD";
export const BACKEND_ANNOTATION = "livekit.stunner.l7mp.io/redis-backend";
export const CONNECTION_ANNOTATION = "livekit.stunner.l7mp.io/redis-connection";
const TLS_VOLUME = "redis-tls";
const TLS_DIR = "/etc/livekit/redis-tls";
const CA_FILE = "ca.crt";
// Readable through the pod's fsGroup, like the server's other Secret files.
const SECRET_FILE_MODE = 0o440;

export interface SecretKey {
  name: string;
  key: string;
}

const redisConfig = z.looseObject({
  address: z.string().min(1),
  username: z.string().optional(),
  db: z.int().optional(),
  tls: z.looseObject({ enabled: z.boolean(), ca_cert_file: z.string().optional(), server_name: z.string().optional() }).optional(),
});

const recordedConnection = z.strictObject({
  config: redisConfig,
  env: z.array(z.looseObject({ name: z.string() })),
  volumes: z.array(z.looseObject({ name: z.string() })),
  volumeMounts: z.array(z.looseObject({ name: z.string(), mountPath: z.string() })),
});

export interface RedisConnection {
  /** livekit.yaml `redis` section. */
  config: z.output<typeof redisConfig>;
  env: EnvVar[];
  volumes: Volume[];
  volumeMounts: VolumeMount[];
}

export interface ConnectionSpec {
  address: string;
  username?: string;
  db?: number;
  password?: SecretKey;
  /** TLS; `ca` is a PEM bundle to trust instead of the system CAs. */
  tls?: { ca?: SecretKey; serverName?: string };
}

export function redisConnection(c: ConnectionSpec): RedisConnection {
  const tls = c.tls && {
    enabled: true,
    ...(c.tls.ca ? { ca_cert_file: `${TLS_DIR}/${CA_FILE}` } : {}),
    ...(c.tls.serverName ? { server_name: c.tls.serverName } : {}),
  };
  const ca = c.tls?.ca;
  return {
    config: { address: c.address, ...(c.username ? { username: c.username } : {}), ...(c.db ? { db: c.db } : {}), ...(tls ? { tls } : {}) },
    env: c.password ? [{ name: REDIS_PASSWORD_ENV, valueFrom: { secretKeyRef: { name: c.password.name, key: c.password.key } } }] : [],
    volumes: ca
      ? [{ name: TLS_VOLUME, secret: { secretName: ca.name, defaultMode: SECRET_FILE_MODE, items: [{ key: ca.key, path: CA_FILE }] } }]
      : [],
    volumeMounts: ca ? [{ name: TLS_VOLUME, mountPath: TLS_DIR, readOnly: true }] : [],
  };
}

/** The share of the server pod for LiveKit on `backend`, with the record of it. */
export function podContribution(backend: RedisMode, connection: RedisConnection | undefined): PodContribution {
  if (backend === "none" || !connection) return {};
  return {
    config: { redis: connection.config },
    env: connection.env,
    volumes: connection.volumes,
    volumeMounts: connection.volumeMounts,
    configAnnotations: { [BACKEND_ANNOTATION]: backend, [CONNECTION_ANNOTATION]: JSON.stringify(connection) },
  };
}

export type Recorded = { backend: "none" } | { backend: Exclude<RedisMode, "none">; connection: RedisConnection };

export type ObservedRecord = { state: "absent" } | { state: "recorded"; record: Recorded } | { state: "unreadable"; problem: string };

const MODES: readonly string[] = ["embedded", "external", "memorystore", "elasticache"];

/** What the observed config Secret says LiveKit is configured with. */
export function readRecord(configSecret: unknown): ObservedRecord {
  if (configSecret === undefined) return { state: "absent" };
  const backend = field(configSecret, "metadata", "annotations", BACKEND_ANNOTATION);
  if (backend === undefined) return { state: "recorded", record: { backend: "none" } };
  if (typeof backend !== "string" || !MODES.includes(backend)) {
    return { state: "unreadable", problem: `annotation ${BACKEND_ANNOTATION} names no Redis backend` };
  }
  const text = field(configSecret, "metadata", "annotations", CONNECTION_ANNOTATION);
  let parsed: unknown;
  try {
    parsed = typeof text === "string" ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const connection = recordedConnection.safeParse(parsed);
  if (!connection.success) return { state: "unreadable", problem: `annotation ${CONNECTION_ANNOTATION} is not a Redis connection` };
  return { state: "recorded", record: { backend: backend as Exclude<RedisMode, "none">, connection: connection.data as RedisConnection } };
}
