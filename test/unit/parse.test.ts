import { describe, expect, it } from "vitest";
import { parse } from "../../function/pipeline/parse.js";

const xr = (spec: unknown, metadata: Record<string, unknown> = { name: "p", namespace: "ns", uid: "u" }) => ({ metadata, spec });

describe("parse", () => {
  it("defaults an empty spec and takes platform defaults from the input", () => {
    const r = parse(xr({}), { server: { image: "mirror/livekit:v1", terminationGracePeriodSeconds: 60 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pool.spec.server.replicas).toBe(1);
    expect(r.pool.spec.server.rtc).toEqual({ portRangeStart: 50000, portRangeEnd: 60000, tcpPort: 7881 });
    expect(r.pool.defaults.server.image).toBe("mirror/livekit:v1");
    expect(r.pool.defaults.server.terminationGracePeriodSeconds).toBe(60);
    expect(r.pool).toMatchObject({ scope: "namespaced", namespace: "ns", baseName: "p", identity: "u" });
  });

  it("names every bad field with its path and the problem", () => {
    const r = parse(xr({ server: { replicas: 0, logLevel: "loud", rtc: { tcpPort: 55000 }, scheduling: { tolerations: {} } } }), {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^spec\.server\.replicas: .*>=1/),
        expect.stringMatching(/^spec\.server\.logLevel: /),
        expect.stringMatching(/^spec\.server\.rtc\.tcpPort: must lie outside the UDP port range/),
        expect.stringMatching(/^spec\.server\.scheduling\.tolerations: /),
      ]),
    );
  });

  it("keeps ICE over TCP off the ports the server already listens on", () => {
    for (const tcpPort of [7880, 6789]) {
      const r = parse(xr({ server: { rtc: { tcpPort } } }), {});
      expect(r.ok ? [] : r.errors).toEqual([
        expect.stringMatching(new RegExp(`^spec\\.server\\.rtc\\.tcpPort: ${tcpPort} is also the server pod's (signaling|metrics) port`)),
      ]);
    }
  });

  it("refuses label and annotation maps the API server would refuse, naming the key", () => {
    const r = parse(
      xr({
        server: { scheduling: { nodeSelector: { "a b": "x", zone: "-bad" } } },
        networking: { hostname: "h.example.com", signaling: { annotations: { "/x": "v" } } },
      }),
      {
        networking: { turn: { authSecretRef: { name: "a", namespace: "b" } }, tlsIssuerRef: { name: "le" } },
      },
    );
    expect(r.ok ? [] : r.errors).toEqual([
      expect.stringMatching(/^spec\.server\.scheduling\.nodeSelector\.a b: key must be/),
      expect.stringMatching(/^spec\.server\.scheduling\.nodeSelector\.zone: value must be/),
      expect.stringMatching(/^spec\.networking\.signaling\.annotations\.\/x: key prefix must be/),
    ]);
    expect(parse(xr({ server: { scheduling: { nodeSelector: { "topology.kubernetes.io/zone": "eu-west-1a" } } } }), {}).ok).toBe(true);
  });

  it("checks tolerations, affinity and spread constraints against the Kubernetes schemas", () => {
    const r = parse(
      xr({ server: { scheduling: { tolerations: [{ key: "gpu", operator: 5 }], topologySpreadConstraints: [{ maxSkew: 1 }] } } }),
      {},
    );
    expect(r.ok ? [] : r.errors).toEqual(
      expect.arrayContaining([
        "spec.server.scheduling.tolerations[0].operator: must be string",
        "spec.server.scheduling.topologySpreadConstraints[0]: must have required property topologyKey",
      ]),
    );
  });

  it("rejects unknown fields inside the server spec (typos are not silently ignored)", () => {
    const r = parse(xr({ server: { replica: 2 } }), {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^spec\.server: .*replica/);
  });

  it("rejects livekit.yaml keys the function manages, naming the field to use instead", () => {
    const r = parse(
      xr({ server: { config: { key_file: "/x", rtc: { tcp_port: 1, congestion_control: { enabled: true } }, logging: "loud" } } }),
      {},
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContain("spec.server.config.key_file: managed by the function (use spec.server.apiKeys)");
    expect(r.errors).toContain("spec.server.config.rtc.tcp_port: managed by the function (use spec.server.rtc.tcpPort)");
    // `logging: "loud"` would replace the managed logging.level map.
    expect(r.errors).toContain("spec.server.config.logging: managed by the function (use spec.server.logLevel)");
  });

  it("sends Redis settings in spec.server.config to spec.redis", () => {
    const r = parse(xr({ server: { config: { redis: { address: "redis:6379" } } } }), {});
    expect(!r.ok && r.errors).toEqual(["spec.server.config.redis: managed by the function (use spec.redis)"]);
  });

  it("accepts livekit.yaml keys the function does not manage", () => {
    const r = parse(xr({ server: { config: { room: { empty_timeout: 60 }, rtc: { congestion_control: { enabled: true } } } } }), {});
    expect(r.ok).toBe(true);
  });

  it("reports bad function input under `input`", () => {
    const r = parse(xr({}), { server: { terminationGracePeriodSeconds: -1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^input\.server\.terminationGracePeriodSeconds: /);
  });

  it("puts a claim-backed legacy XR's objects into the claim's namespace, named after the claim", () => {
    const r = parse(xr({ claimRef: { name: "c", namespace: "team-b" } }, { name: "c-x1y2z", uid: "u2" }), {});
    expect(r.ok && r.pool).toMatchObject({
      scope: "cluster",
      namespace: "team-b",
      baseName: "c",
      xrName: "c-x1y2z",
      claim: { name: "c", namespace: "team-b" },
    });
  });

  it("puts a legacy XR without a claim into the platform's namespace", () => {
    const r = parse(xr({}, { name: "solo" }), { legacyNamespace: "livekit-pools" });
    expect(r.ok && r.pool).toMatchObject({ scope: "cluster", namespace: "livekit-pools", identity: "livekit-pools/solo" });
  });

  it("fails cleanly on an XR without a name or spec", () => {
    const r = parse(undefined, undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain("metadata.name: the composite resource has no name");
  });
});

describe("parse: ports the server binds itself", () => {
  it.each([7880, 6789])("rejects rtc.tcpPort %i", (tcpPort) => {
    const r = parse({ metadata: { name: "p", namespace: "ns" }, spec: { server: { rtc: { tcpPort } } } }, {});
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatch(
        new RegExp(
          `^spec\\.server\\.rtc\\.tcpPort: ${tcpPort} is also the server pod's (signaling|metrics) port; the server pod cannot bind TCP port ${tcpPort} twice$`,
        ),
      );
  });
});

describe("parse: spec.server.config against LiveKit's config keys", () => {
  const withConfig = (config: Record<string, unknown>) =>
    parse({ metadata: { name: "p", namespace: "ns" }, spec: { server: { config } } }, {});

  it("refuses a top-level key LiveKit does not know, which would stop every pod in strict mode", () => {
    const r = withConfig({ rooms: { empty_timeout: 60 } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual(["spec.server.config.rooms: not a key of LiveKit v1.13.5's config (strict mode would stop the server)"]);
  });

  it("refuses a nested key LiveKit does not know, in maps and lists too, and accepts what it knows", () => {
    const r = withConfig({
      room: { empty_timout: 120, departure_timeout: 20 },
      rtc: { interfaces: { includes: ["eth0"], exclude: ["lo"] }, congestion_control: { enabled: true } },
      audio: { active_level: 35 },
      limit: { num_tracks: 100 },
      // Map values (node_selector.regions) and list items are checked too.
      node_selector: { kind: "regionaware", regions: [{ name: "eu", lat: 1, lon: 2, region: "x" }] },
    });
    expect(r.ok ? [] : r.errors).toEqual([
      "spec.server.config.room.empty_timout: not a key of LiveKit v1.13.5's config (strict mode would stop the server)",
      "spec.server.config.rtc.interfaces.exclude: not a key of LiveKit v1.13.5's config (strict mode would stop the server)",
      "spec.server.config.node_selector.regions[0].region: not a key of LiveKit v1.13.5's config (strict mode would stop the server)",
    ]);
    expect(
      withConfig({ room: { empty_timeout: 120, enabled_codecs: [{ mime: "video/vp8" }] }, rtc: { interfaces: { excludes: ["lo"] } } }).ok,
    ).toBe(true);
  });

  it("accepts LiveKit's own top-level keys, sip and webhook tuning among them", () => {
    expect(withConfig({ sip: {}, webhook: { url_notifier: { queue_size: 500 } }, room: { auto_create: false } }).ok).toBe(true);
  });

  it("refuses the webhook keys spec.server.webhook manages, naming the field to use", () => {
    const r = withConfig({ webhook: { urls: ["https://hooks.example.com"], api_key: "APIx" } });
    expect(r.ok ? [] : r.errors).toEqual([
      "spec.server.config.webhook.urls: managed by the function (use spec.server.webhook.urls)",
      "spec.server.config.webhook.api_key: managed by the function (use spec.server.webhook.apiKey, or nothing: the pool signs with its own key)",
    ]);
  });
});

describe("parse: every image is checked as the API server checks it", () => {
  // The server's image always was; Ingress's, Egress's and the embedded Redis's were checked only
  // for being non-empty, so an image with a space passed the function and failed at apply.
  it.each([
    ["spec.ingress.image", { ingress: { enabled: true, image: "livekit/ingress v1.5.0" } }],
    ["spec.egress.image", { egress: { enabled: true, image: "livekit/egress:v1.14.1 " } }],
    ["spec.redis.embedded.image", { server: { replicas: 2 }, redis: { embedded: { image: " valkey/valkey:8" } } }],
    ["spec.server.image", { server: { image: "livekit/livekit-server:v1.13.5\t" } }],
  ])("refuses %s with whitespace, naming the field", (field, spec) => {
    const r = parse({ metadata: { name: "p", namespace: "ns" }, spec }, {});
    expect(r.ok ? [] : r.errors).toEqual([`${field}: must be an image reference without whitespace`]);
  });
});
