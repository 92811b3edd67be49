// What the cluster has learned about the pool's networking: the public TURN address, the TURN
// credentials, the signaling address, and which objects are ready.
import { addressType } from "../../api/addresses.js";
import { field, rawSecretData, secretData, stringField } from "../../k8s/observed.js";
import { RESOURCE } from "../../model/resource-names.js";
import type { TurnAuthType, NetworkingView } from "./view.js";

/** Annotation on the config Secret that remembers the TURN address LiveKit was given. */
export const TURN_ADDRESS_ANNOTATION = "livekit.stunner.l7mp.io/turn-address";

export interface TurnAddress {
  value: string;
  source: "spec" | "gateway" | "remembered";
}

export type TurnCredentials = { type: "static"; username: string; password: string } | { type: "ephemeral"; secret: string };

export type CredentialFacts =
  | { state: "known"; credentials: TurnCredentials }
  /** Dedicated: credential fields already observed in the pool's Secret, kept when the type changes. */
  | { state: "mint"; kept: Record<string, string> }
  | { state: "missing"; problem: string };

export interface NetworkingFacts {
  address?: TurnAddress;
  credentials: CredentialFacts;
  /** Dedicated pools: their TURN Secret's data as observed, carried over byte for byte (the other
   * auth type's fields after a switch, keys of other versions); shared pools carry nothing. */
  turnSecretCarried: Record<string, string>;
  signalingAddress?: string;
}

/** The first usable address a Gateway reports in status.addresses. */
export function gatewayAddress(gateway: unknown): string | undefined {
  const addresses = field(gateway, "status", "addresses");
  if (!Array.isArray(addresses)) return undefined;
  for (const a of addresses) {
    const value = stringField(a, "value");
    if (value && addressType(value)) return value;
  }
  return undefined;
}

/** Discovery rules, in order: a fixed address from the spec; what the Gateway reports now; the
 * address LiveKit was last given (an address once learned is not dropped because one observation
 * lacks it), from the config Secret or, should that be gone, from the XR's own status; otherwise
 * none yet. */
export function discoverTurnAddress(
  fixed: string | undefined,
  gateway: unknown,
  configSecret: unknown,
  composite?: unknown,
): TurnAddress | undefined {
  if (fixed) return { value: fixed, source: "spec" };
  const reported = gatewayAddress(gateway);
  if (reported) return { value: reported, source: "gateway" };
  for (const remembered of [
    stringField(configSecret, "metadata", "annotations", TURN_ADDRESS_ANNOTATION),
    stringField(composite, "status", "turn", "address"),
  ]) {
    if (remembered && addressType(remembered)) return { value: remembered, source: "remembered" };
  }
  return undefined;
}

const CREDENTIAL_KEYS = ["username", "password", "secret"] as const;

/** STUNner's auth Secret keys: `type` (static/plaintext or ephemeral/longterm/timewindowed),
 * `username` + `password`, or `secret` (also spelled `sharedSecret`). */
export function readStunnerAuth(secret: unknown): TurnCredentials | string {
  const type = (secretData(secret, "type") ?? "static").trim().toLowerCase();
  if (["static", "plaintext"].includes(type)) {
    const username = secretData(secret, "username");
    const password = secretData(secret, "password");
    return username && password ? { type: "static", username, password } : "type static needs username and password";
  }
  if (["ephemeral", "longterm", "timewindowed"].includes(type)) {
    const shared = secretData(secret, "secret") ?? secretData(secret, "sharedSecret");
    return shared ? { type: "ephemeral", secret: shared } : "type ephemeral needs secret";
  }
  return `unknown auth type "${type}"`;
}

function dedicatedCredentials(authType: TurnAuthType, observed: unknown): CredentialFacts {
  const kept: Record<string, string> = {};
  for (const key of CREDENTIAL_KEYS) {
    const v = secretData(observed, key);
    if (v) kept[key] = v;
  }
  if (authType === "static" && kept.username && kept.password) {
    return { state: "known", credentials: { type: "static", username: kept.username, password: kept.password } };
  }
  if (authType === "ephemeral" && kept.secret) return { state: "known", credentials: { type: "ephemeral", secret: kept.secret } };
  return { state: "mint", kept };
}

/** Shared pools copy the platform's credentials into their own Secret. When the platform's Secret
 * cannot be read for a moment, the copy keeps LiveKit's TURN config as it was. */
function sharedCredentials(view: NetworkingView, platformSecret: unknown, poolCopy: unknown): CredentialFacts {
  const ref = view.turn.platformAuthSecret!;
  const read = platformSecret === undefined ? "not read yet" : platformSecret === null ? "not found" : readStunnerAuth(platformSecret);
  if (typeof read !== "string") return { state: "known", credentials: read };
  const copy = poolCopy === undefined ? undefined : readStunnerAuth(poolCopy);
  if (copy && typeof copy !== "string") return { state: "known", credentials: copy };
  return { state: "missing", problem: `the platform's TURN auth Secret ${ref.namespace}/${ref.name}: ${read}` };
}

export function discoverNetworking(
  view: NetworkingView,
  observed: Readonly<Record<string, unknown>>,
  platformAuthSecret: unknown,
  composite?: unknown,
): NetworkingFacts {
  const address = discoverTurnAddress(view.turn.fixedAddress, observed[RESOURCE.turnGateway], observed[RESOURCE.serverConfig], composite);
  const signalingAddress = gatewayAddress(observed[RESOURCE.signalingGateway]);
  return {
    ...(address ? { address } : {}),
    credentials:
      view.turn.model === "dedicated"
        ? dedicatedCredentials(view.turn.authType!, observed[RESOURCE.turnSecret])
        : sharedCredentials(view, platformAuthSecret, observed[RESOURCE.turnSecret]),
    turnSecretCarried: view.turn.model === "dedicated" ? rawSecretData(observed[RESOURCE.turnSecret]) : {},
    ...(signalingAddress ? { signalingAddress } : {}),
  };
}
