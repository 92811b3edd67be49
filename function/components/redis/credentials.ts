// Credentials the pool generates for Redis (the embedded password, the ElastiCache AUTH token).
// Like the API keys, a credential is minted once (secrets/mint.ts) and read back from the observed
// Secret on every later call, so it never changes under a running pool. A Secret someone damaged
// is kept byte for byte and reported, never silently replaced.
import { secretData } from "../../k8s/observed.js";
import type { Minter } from "../../secrets/mint.js";
import type { PoolEvent } from "../../model/outcome.js";

export type ObservedCredential =
  { state: "absent" } | { state: "present"; value: string } | { state: "unreadable"; data: Record<string, string>; problem: string };

export interface CredentialRule {
  /** Data key of the credential in its Secret. */
  key: string;
  /** What a usable credential looks like, and how to say it. */
  pattern: RegExp;
  rule: string;
}

export function readCredential(secret: unknown, rule: CredentialRule): ObservedCredential {
  if (secret === undefined) return { state: "absent" };
  const raw = (secret as { data?: unknown }).data;
  const data = raw && typeof raw === "object" ? (raw as Record<string, string>) : {};
  const value = secretData(secret, rule.key);
  if (value === undefined) return { state: "unreadable", data, problem: `missing ${rule.key}` };
  if (!rule.pattern.test(value)) return { state: "unreadable", data, problem: `${rule.key} is not ${rule.rule}` };
  return { state: "present", value };
}

export const CREDENTIAL_LENGTH = 48;

export interface CredentialSecret {
  name: string;
  /** Minting identity of the pool, and what the credential is for. */
  identity: string;
  purpose: string;
  /** The Secret's data holding a credential. */
  data: (value: string) => Record<string, string>;
}

/** The credential Secret's data: from the observed credential, or from a new one (with an event
 * saying so); an unreadable Secret's data is kept as it is. */
export function credentialSecretData(
  observed: ObservedCredential,
  secret: CredentialSecret,
  mint: Minter,
  events: PoolEvent[],
): Record<string, string> {
  switch (observed.state) {
    case "present":
      return secret.data(observed.value);
    case "unreadable":
      events.push({
        severity: "warning",
        reason: "RedisCredentialUnreadable",
        message: `Secret ${secret.name}: ${observed.problem}; left unchanged. Restore it, or delete it to generate a new credential.`,
      });
      return observed.data;
    default:
      events.push({
        severity: "normal",
        reason: "RedisCredentialGenerated",
        message: `Generated a Redis credential into Secret ${secret.name}.`,
      });
      return secret.data(mint(secret.identity, secret.purpose, CREDENTIAL_LENGTH));
  }
}
