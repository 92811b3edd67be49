// The types of the values components hand each other through Shared (component.ts).
import type { EnvVar, Volume, VolumeMount } from "../k8s/types.js";

/** A LiveKit API key and its secret. */
export interface ApiKeyPair {
  apiKey: string;
  apiSecret: string;
}

/** The pool's Redis for programs other than the server (LiveKit Ingress and Egress): the same
 * connection LiveKit uses, in LiveKit's `redis` config keys, the password as an env reference. */
export interface RedisClient {
  config: Record<string, unknown>;
  /** Secret env the config body refers to; they go before it. */
  env: EnvVar[];
  volumes: Volume[];
  volumeMounts: VolumeMount[];
}
