// Credentials the function generates (API keys now; Redis and TURN secrets later).
//
// A credential is HMAC-SHA256(seed, pool identity + purpose), where the seed is 32 bytes from the
// CSPRNG drawn once per process. So within one process the same request always gives the same
// response (Crossplane may call twice before it observes what it applied), while nobody without
// the seed can predict a credential. Once applied, a credential is read back from the observed
// Secret on every later call and never minted again; the seed only matters for the first call.
import { createHmac, randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
// Largest multiple of 62 below 256: bytes at or above it are skipped so every character is
// equally likely (no modulo bias).
const UNBIASED_LIMIT = 248;

export type Minter = (identity: string, purpose: string, length: number) => string;

export function newSeed(): Buffer {
  return randomBytes(32);
}

export function minter(seed: Buffer): Minter {
  return (identity, purpose, length) => {
    let out = "";
    for (let block = 0; out.length < length; block++) {
      const bytes = createHmac("sha256", seed).update(`${identity}\u0000${purpose}\u0000${block}`).digest();
      for (const b of bytes) {
        if (b < UNBIASED_LIMIT && out.length < length) out += ALPHABET[b % 62];
      }
    }
    return out;
  };
}
