import { describe, expect, it } from "vitest";
import { objectName, poolLabelValue } from "../../function/k8s/names.js";
import { desiredObjects, poolRequest } from "../support/requests.js";

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

describe("a claim's pool", () => {
  // Two claims of one name in two namespaces, each behind its XR with a generated name.
  const claimPool = (namespace: string, xr: string) =>
    desiredObjects(
      poolRequest({
        name: xr,
        namespace: "",
        claimRef: { apiVersion: "livekit.stunner.l7mp.io/v1alpha1", kind: "LiveKitPoolClaim", name: "demo", namespace },
        spec: {
          server: { replicas: 2 },
          networking: { hostname: `${namespace}.example.com` },
          redis: { mode: "memorystore", memorystore: { region: "r" } },
        },
        input: { networking: { tlsIssuerRef: { name: "le", kind: "ClusterIssuer" } } },
      }),
    );

  it("names its namespaced objects after the claim, and its cluster-wide ones after the XR, so two claims of one name stay apart", () => {
    const a = claimPool("team-a", "demo-x7k2p");
    const b = claimPool("team-b", "demo-q9r4t");
    expect(a["server-deployment"]?.metadata.name ?? a["server-config"]!.metadata.name).toMatch(/^demo-livekit/);
    const clusterWide = (objects: Record<string, Record<string, any>>) =>
      Object.values(objects)
        .filter((o) => o.metadata.namespace === undefined)
        .map((o) => `${o.kind}/${o.metadata.name}`)
        .sort();
    expect(clusterWide(a)).toEqual(["GatewayClass/demo-x7k2p-stunner", "Instance/demo-x7k2p-livekit"]);
    expect(clusterWide(b)).toEqual(["GatewayClass/demo-q9r4t-stunner", "Instance/demo-q9r4t-livekit"]);
    // The cloud resource's own name too: cloud names are global in a project.
    expect(a["redis-memorystore-instance"]!.metadata.name).not.toBe(b["redis-memorystore-instance"]!.metadata.name);
  });
});
