// Port collisions a Gateway or a pod would hit are refused at parse time, naming both fields.
import { describe, expect, it } from "vitest";
import { parse } from "../../function/pipeline/parse.js";

const withNetworking = (spec: Record<string, unknown>, acme = false) => ({
  ...spec,
  networking: {
    hostname: "pool.example.com",
    ...((spec.networking as object) ?? {}),
    tls: acme ? { acme: { email: "ops@example.com" } } : { issuerRef: { name: "le" } },
  },
});
const errorsOf = (spec: unknown) => {
  const r = parse(
    { metadata: { name: "p", namespace: "ns" }, spec },
    { networking: { turn: { authSecretRef: { name: "a", namespace: "b" } } } },
  );
  return r.ok ? [] : r.errors;
};

describe("port clashes", () => {
  it("lets TURN over UDP and over TCP share a port number (the defaults)", () => {
    expect(errorsOf(withNetworking({ networking: { turn: { tcp: { enabled: true } } } }))).toEqual([]);
  });

  it("refuses TURN over TCP and over TLS on one port of the STUNner Gateway", () => {
    expect(
      errorsOf(withNetworking({ networking: { turn: { tcp: { enabled: true, port: 443 }, tls: { enabled: true, port: 443 } } } })),
    ).toEqual([
      "spec.networking.turn.tls.port: 443 is also spec.networking.turn.tcp.port; the STUNner Gateway cannot bind TCP port 443 twice",
    ]);
  });

  it("refuses an RTMPS port the signaling Gateway already serves HTTPS (or ACME HTTP-01) on", () => {
    expect(errorsOf(withNetworking({ ingress: { enabled: true, rtmp: { port: 443 } } }))).toEqual([
      "spec.ingress.rtmp.port: 443 is also the signaling Gateway's HTTPS listener; the signaling Gateway cannot bind TCP port 443 twice",
    ]);
    expect(errorsOf(withNetworking({ ingress: { enabled: true, rtmp: { port: 80 } } }, true))).toEqual([
      "spec.ingress.rtmp.port: 80 is also the signaling Gateway's HTTP listener for ACME HTTP-01; the signaling Gateway cannot bind TCP port 80 twice",
    ]);
    // Without HTTP-01 the Gateway has no port 80 listener (the Ingress pod binds 80 as root-less
    // pods may: see the unprivileged-port sysctl).
    expect(errorsOf(withNetworking({ ingress: { enabled: true, rtmp: { port: 80 } } }))).toEqual([]);
  });

  it("refuses Ingress ports that clash in its pod, with each other or with its own fixed ports", () => {
    expect(errorsOf({ ingress: { enabled: true, rtmp: { port: 8080 } } })).toEqual([
      "spec.ingress.whip.port: 8080 is also spec.ingress.rtmp.port; the Ingress pod cannot bind TCP port 8080 twice",
    ]);
    expect(errorsOf({ ingress: { enabled: true, whip: { port: 7888 } } })).toEqual([
      "spec.ingress.whip.port: 7888 is also the Ingress pod's health port; the Ingress pod cannot bind TCP port 7888 twice",
    ]);
    expect(errorsOf({ ingress: { enabled: true, rtmp: { port: 9090 } } })).toEqual([
      "spec.ingress.rtmp.port: 9090 is also the Ingress pod's HTTP relay port; the Ingress pod cannot bind TCP port 9090 twice",
    ]);
    // One TCP and one UDP port of one number do not clash; a switched-off listener binds nothing.
    expect(errorsOf({ ingress: { enabled: true, whip: { port: 7885, udpPort: 7885 } } })).toEqual([]);
    expect(errorsOf({ ingress: { enabled: true, rtmp: { enabled: false, port: 8080 } } })).toEqual([]);
  });
});
