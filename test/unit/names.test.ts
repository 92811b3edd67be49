import { describe, expect, it } from "vitest";
import { objectName, poolLabelValue } from "../../function/k8s/names.js";

const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

describe("objectName", () => {
  it("keeps short names readable", () => {
    expect(objectName("demo", "livekit-keys")).toBe("demo-livekit-keys");
  });

  it("cuts long names to 63 characters, valid as Service names", () => {
    const base = "customer-success-team-video-conferencing-platform-eu-west-1a";
    for (const suffix of ["livekit", "livekit-config", "livekit-keys"]) {
      const name = objectName(base, suffix);
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(DNS1035);
      expect(name.endsWith(`-${suffix}`)).toBe(true);
    }
  });

  it("keeps two long pools with a common prefix apart", () => {
    const a = objectName("customer-success-team-video-conferencing-platform-eu-west-1a", "livekit-config");
    const b = objectName("customer-success-team-video-conferencing-platform-eu-west-1b", "livekit-config");
    expect(a).not.toBe(b);
  });

  it("starts with a letter even when the pool name starts with a digit", () => {
    expect(objectName("1st-pool", "livekit")).toMatch(DNS1035);
  });

  it("gives label values of at most 63 characters", () => {
    expect(poolLabelValue("x".repeat(63) + "y").length).toBeLessThanOrEqual(63);
    expect(poolLabelValue("demo")).toBe("demo");
  });
});
