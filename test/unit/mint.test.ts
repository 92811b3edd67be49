import { describe, expect, it } from "vitest";
import { minter, newSeed } from "../../function/secrets/mint.js";

describe("minter", () => {
  it("gives the same credential for the same seed, identity and purpose", () => {
    const seed = newSeed();
    expect(minter(seed)("uid", "api", 48)).toBe(minter(Buffer.from(seed))("uid", "api", 48));
  });

  it("gives different credentials for other seeds, identities or purposes", () => {
    const m = minter(newSeed());
    const values = new Set([m("uid", "api", 48), m("uid2", "api", 48), m("uid", "redis", 48), minter(newSeed())("uid", "api", 48)]);
    expect(values.size).toBe(4);
  });

  it("draws every character from the base62 alphabet at the requested length", () => {
    const value = minter(newSeed())("uid", "api", 200);
    expect(value).toMatch(/^[A-Za-z0-9]{200}$/);
  });

  it("spreads characters evenly (no modulo bias)", () => {
    // A fixed seed, so the sample (and the verdict) is the same on every run.
    const m = minter(Buffer.alloc(32, 7));
    const counts = new Map<string, number>();
    for (let i = 0; i < 400; i++) for (const c of m(`id${i}`, "p", 62)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 24,800 draws over 62 symbols: 400 expected each; 5 standard deviations is about +-100.
    for (const n of counts.values()) expect(Math.abs(n - 400)).toBeLessThan(100);
  });

  it("draws a fresh 32-byte seed from the CSPRNG each time", () => {
    expect(newSeed().length).toBe(32);
    expect(newSeed().equals(newSeed())).toBe(false);
  });
});
