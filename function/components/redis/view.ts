// The Redis view: what the redis component needs from the pool, with platform defaults resolved
// (spec, then function input, then built-in). Only the backend the spec asks for has settings:
// any other backend still in the cluster is kept exactly as observed (migration.ts).
import type { PoolDefaults } from "../../api/input.js";
import type { DeletionPolicy, RedisMode } from "../../api/schema/redis.js";
import { objectName, poolLabelValue, shortHash } from "../../k8s/names.js";
import type { ResourceRequirements } from "../../k8s/types.js";
import type { Pool } from "../../model/pool.js";
import { effectiveMode } from "./requirement.js";

export interface ProviderConfigRef {
  name: string;
  kind: "ClusterProviderConfig" | "ProviderConfig";
}

export interface EmbeddedSettings {
  mode: "embedded";
  image: string;
  resources?: ResourceRequirements;
  storage?: { size: string | number; storageClassName?: string };
}

export interface ExternalSettings {
  mode: "external";
  address: string;
  username?: string;
  db?: number;
  passwordSecretRef?: { name: string; key: string };
  tls?: { caSecretRef?: { name: string; key: string }; serverName?: string };
}

export interface MemorystoreSettings {
  mode: "memorystore";
  region: string;
  tier: "BASIC" | "STANDARD_HA";
  memorySizeGb: number;
  redisVersion: string;
  authorizedNetwork?: string;
  authEnabled: boolean;
  transitEncryption: boolean;
  providerConfigRef: ProviderConfigRef;
}

export interface ElasticacheSettings {
  mode: "elasticache";
  region: string;
  nodeType: string;
  numCacheClusters: number;
  engine: "redis" | "valkey";
  engineVersion?: string;
  /** An existing subnet group, or subnets for the one the pool composes. */
  network: { subnetGroupName: string } | { subnetIds: string[] };
  securityGroupIds?: string[];
  providerConfigRef: ProviderConfigRef;
}

export type BackendSettings = { mode: "none" } | EmbeddedSettings | ExternalSettings | MemorystoreSettings | ElasticacheSettings;

export interface RedisNames {
  /** StatefulSet, Service and NetworkPolicy of the embedded Redis. */
  embedded: string;
  embeddedAuth: string;
  /** Cloud resources are named within the cloud account too: at most 40 characters, and unique
   * across the namespaces of a cluster. */
  cloud: string;
  memorystoreConnection: string;
  memorystoreCa: string;
  elasticacheAuth: string;
}

export interface RedisView {
  /** The backend the spec asks for, with its settings. */
  target: BackendSettings;
  scope: Pool["scope"];
  namespace: string;
  poolLabel: string;
  /** Credential-minting identity of the pool. */
  identity: string;
  /** `<namespace>/<name>` of the pool (or its claim), for descriptions in cloud consoles. */
  poolRef: string;
  names: RedisNames;
  deletionPolicy: DeletionPolicy;
}

const CLOUD_NAME_MAX = 40;

/** A name GCP Memorystore and AWS ElastiCache both accept: lower-case letters, digits and single
 * hyphens, a letter first, at most 40 characters. Long names keep a hash of the full name. */
export function cloudName(text: string): string {
  const clean = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const name = /^[a-z]/.test(clean) ? clean : `lk-${clean}`;
  if (name.length <= CLOUD_NAME_MAX && name === text) return name;
  if (name.length <= CLOUD_NAME_MAX - 9) return `${name}-${shortHash(text)}`;
  return `${name.slice(0, CLOUD_NAME_MAX - 9).replace(/-+$/, "")}-${shortHash(text)}`;
}

function resolveProviderConfigRef(
  own?: { name: string; kind?: ProviderConfigRef["kind"] },
  platform?: { name: string; kind?: ProviderConfigRef["kind"] },
): ProviderConfigRef {
  const ref = own ?? platform;
  return { name: ref?.name ?? "default", kind: ref?.kind ?? "ClusterProviderConfig" };
}

function withStorageClass(storage: { size: string | number; storageClassName?: string | undefined }, platformClass?: string) {
  const storageClassName = storage.storageClassName ?? platformClass;
  return { size: storage.size, ...(storageClassName ? { storageClassName } : {}) };
}

function targetSettings(pool: Pool, mode: RedisMode): BackendSettings {
  const redis = pool.spec.redis;
  const platform: PoolDefaults["redis"] = pool.defaults.redis;
  switch (mode) {
    case "none":
      return { mode };
    case "embedded": {
      const own = redis.embedded;
      const resources = own?.resources ?? platform.embedded.resources;
      return {
        mode,
        image: own?.image ?? platform.embedded.image,
        ...(resources ? { resources: resources as ResourceRequirements } : {}),
        ...(own?.storage ? { storage: withStorageClass(own.storage, platform.embedded.storageClassName) } : {}),
      };
    }
    case "external": {
      // validate.ts has made sure the settings exist.
      const { address, username, db, passwordSecretRef, tls } = redis.external!;
      return {
        mode,
        address,
        ...(username ? { username } : {}),
        ...(db !== undefined ? { db } : {}),
        ...(passwordSecretRef ? { passwordSecretRef } : {}),
        ...(tls ? { tls } : {}),
      };
    }
    case "memorystore": {
      const own = redis.memorystore;
      const authorizedNetwork = own?.authorizedNetwork ?? platform.memorystore.authorizedNetwork;
      return {
        mode,
        region: (own?.region ?? platform.memorystore.region)!,
        tier: own?.tier ?? platform.memorystore.tier,
        memorySizeGb: own?.memorySizeGb ?? platform.memorystore.memorySizeGb,
        redisVersion: own?.redisVersion ?? platform.memorystore.redisVersion,
        ...(authorizedNetwork ? { authorizedNetwork } : {}),
        authEnabled: own?.authEnabled ?? true,
        transitEncryption: own?.transitEncryption ?? true,
        providerConfigRef: resolveProviderConfigRef(own?.providerConfigRef, platform.memorystore.providerConfigRef),
      };
    }
    case "elasticache": {
      const own = redis.elasticache;
      const p = platform.elasticache;
      // The spec's network choice replaces the platform's as a whole.
      const net = own?.subnetGroupName || own?.subnetIds ? own : p;
      const engineVersion = own?.engineVersion ?? p.engineVersion;
      const securityGroupIds = own?.securityGroupIds ?? p.securityGroupIds;
      return {
        mode,
        region: (own?.region ?? p.region)!,
        nodeType: own?.nodeType ?? p.nodeType,
        numCacheClusters: own?.numCacheClusters ?? p.numCacheClusters,
        engine: own?.engine ?? p.engine,
        ...(engineVersion ? { engineVersion } : {}),
        network: net.subnetGroupName ? { subnetGroupName: net.subnetGroupName } : { subnetIds: net.subnetIds! },
        ...(securityGroupIds ? { securityGroupIds } : {}),
        providerConfigRef: resolveProviderConfigRef(own?.providerConfigRef, p.providerConfigRef),
      };
    }
  }
}

export function redisView(pool: Pool): RedisView {
  const mode = effectiveMode(pool.spec);
  const cloudMode = mode === "memorystore" || mode === "elasticache";
  return {
    target: targetSettings(pool, mode),
    scope: pool.scope,
    namespace: pool.namespace,
    poolLabel: poolLabelValue(pool.baseName),
    identity: pool.identity,
    poolRef: pool.claim ? `${pool.claim.namespace}/${pool.claim.name}` : `${pool.namespace}/${pool.xrName}`,
    names: {
      embedded: objectName(pool.baseName, "redis"),
      embeddedAuth: objectName(pool.baseName, "redis-auth"),
      // Cloud names (and legacy managed resources, which are cluster-scoped) must be unique across
      // the cluster: a namespaced pool's name is unique only in its namespace, a legacy XR's name
      // (not its claim's) cluster-wide.
      cloud: cloudName(pool.scope === "namespaced" ? `${pool.namespace}-${pool.xrName}-livekit` : `${pool.xrName}-livekit`),
      memorystoreConnection: objectName(pool.baseName, "redis-memorystore"),
      memorystoreCa: objectName(pool.baseName, "redis-memorystore-ca"),
      elasticacheAuth: objectName(pool.baseName, "redis-elasticache-auth"),
    },
    deletionPolicy: pool.spec.redis.deletionPolicy ?? (cloudMode ? "Retain" : "Delete"),
  };
}
