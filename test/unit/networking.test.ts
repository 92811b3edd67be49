import { Severity, Status } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  discoverTurnAddress,
  gatewayAddress,
  readStunnerAuth,
  TURN_ADDRESS_ANNOTATION,
} from "../../function/components/networking/facts.js";
import { runFunction } from "../../function/handler.js";
import { minter, newSeed } from "../../function/secrets/mint.js";
import { deps, poolRequest } from "./../support/requests.js";

type Obj = Record<string, any>;

const b64 = (s: string) => Buffer.from(s).toString("base64");
const gateway = (addresses: Obj[]) => ({ status: { addresses, conditions: [{ type: "Programmed", status: "True" }] } });
const rememberedConfig = (address: string) => ({ metadata: { annotations: { [TURN_ADDRESS_ANNOTATION]: address } } });
const platformInput = {
  networking: {
    turn: { authSecretRef: { name: "stunner-auth", namespace: "stunner-system" } },
    tlsIssuerRef: { name: "le", kind: "ClusterIssuer" },
  },
};
const staticAuth = {
  apiVersion: "v1",
  kind: "Secret",
  metadata: { name: "stunner-auth", namespace: "stunner-system" },
  data: { type: b64("static"), username: b64("u"), password: b64("platform-pw-123") },
};
const ephemeralAuth = { ...staticAuth, data: { type: b64("ephemeral"), secret: b64("platform-shared-secret") } };

function netRequest(opts: { observed?: Record<string, Obj>; required?: Obj; spec?: Obj; namespace?: string } = {}) {
  const req = poolRequest({
    ...(opts.namespace !== undefined ? { namespace: opts.namespace } : {}),
    spec: { networking: { hostname: "meet.example.com", ...(opts.spec ?? {}) } },
    input: platformInput,
    observed: opts.observed ?? {},
  });
  if (opts.required)
    req.requiredResources = { "platform-turn-auth": { items: [{ resource: opts.required, connectionDetails: {}, ready: 0 }] } };
  return req;
}

const configOf = (rsp: ReturnType<typeof runFunction>["response"]) => {
  const secret = rsp.desired!.resources["server-config"]!.resource!;
  return { text: Buffer.from(secret.data["config.yaml"], "base64").toString(), secret };
};

describe("TURN address discovery", () => {
  it("prefers a fixed address, then the Gateway's, then the remembered one", () => {
    expect(discoverTurnAddress("198.51.100.1", gateway([{ type: "IPAddress", value: "34.1.1.1" }]), undefined)).toEqual({
      value: "198.51.100.1",
      source: "spec",
    });
    expect(discoverTurnAddress(undefined, gateway([{ type: "IPAddress", value: "34.1.1.1" }]), rememberedConfig("34.9.9.9"))).toEqual({
      value: "34.1.1.1",
      source: "gateway",
    });
    expect(discoverTurnAddress(undefined, gateway([]), rememberedConfig("34.9.9.9"))).toEqual({ value: "34.9.9.9", source: "remembered" });
    expect(discoverTurnAddress(undefined, undefined, undefined)).toBeUndefined();
  });

  it("falls back to the address in the XR's status when the config Secret is gone", () => {
    const xr = { status: { turn: { address: "34.9.9.9" } } };
    expect(discoverTurnAddress(undefined, gateway([]), undefined, xr)).toEqual({ value: "34.9.9.9", source: "remembered" });
    expect(discoverTurnAddress(undefined, gateway([]), rememberedConfig("34.8.8.8"), xr)).toEqual({
      value: "34.8.8.8",
      source: "remembered",
    });
    expect(discoverTurnAddress(undefined, undefined, undefined, { status: { turn: { address: "<junk>" } } })).toBeUndefined();
  });

  it("reads IPv4, IPv6 and hostname addresses and skips garbage", () => {
    expect(gatewayAddress(gateway([{ value: "not an address!" }, { type: "Hostname", value: "lb.elb.amazonaws.com" }]))).toBe(
      "lb.elb.amazonaws.com",
    );
    expect(gatewayAddress(gateway([{ type: "IPAddress", value: "2600:1900::a" }]))).toBe("2600:1900::a");
    expect(gatewayAddress({ status: { addresses: "nope" } })).toBeUndefined();
    expect(discoverTurnAddress(undefined, undefined, rememberedConfig("<script>"))).toBeUndefined();
  });

  it("reads STUNner auth Secrets of every spelling", () => {
    expect(readStunnerAuth({ data: { type: b64("plaintext"), username: b64("a"), password: b64("b") } })).toEqual({
      type: "static",
      username: "a",
      password: "b",
    });
    expect(readStunnerAuth({ data: { type: b64("longterm"), sharedSecret: b64("s") } })).toEqual({ type: "ephemeral", secret: "s" });
    expect(readStunnerAuth({ data: { username: b64("a"), password: b64("b") } })).toMatchObject({ type: "static" });
    expect(readStunnerAuth({ data: { type: b64("ephemeral") } })).toBe("type ephemeral needs secret");
    expect(readStunnerAuth({ data: { type: b64("oauth") } })).toBe('unknown auth type "oauth"');
  });
});

describe("networking through the handler", () => {
  it("asks Crossplane for the platform's TURN auth Secret, the same way on every call", () => {
    const a = runFunction(netRequest(), deps).response;
    const b = runFunction(netRequest({ required: staticAuth }), deps).response;
    const selector = { apiVersion: "v1", kind: "Secret", matchName: "stunner-auth", namespace: "stunner-system" };
    expect(a.requirements?.resources).toEqual({ "platform-turn-auth": selector });
    expect(b.requirements).toEqual(a.requirements);
  });

  it("runs LiveKit without TURN and says why until the platform's credentials arrive", () => {
    const rsp = runFunction(
      netRequest({ observed: { "turn-gateway": gateway([{ type: "IPAddress", value: "34.1.1.1" }]) } }),
      deps,
    ).response;
    expect(parseYaml(configOf(rsp).text).rtc.turn_servers).toBeUndefined();
    expect(rsp.conditions.find((c) => c.type === "TurnReady")).toMatchObject({
      status: Status.STATUS_CONDITION_FALSE,
      reason: "WaitingForCredentials",
    });
    expect(rsp.desired!.resources["turn-auth"]).toBeUndefined();
  });

  it("brackets IPv6 addresses in LiveKit's TURN and STUN servers", () => {
    const rsp = runFunction(
      netRequest({ required: staticAuth, observed: { "turn-gateway": gateway([{ type: "IPAddress", value: "2600:1900::a" }]) } }),
      deps,
    ).response;
    const rtc = parseYaml(configOf(rsp).text).rtc;
    expect(rtc.turn_servers[0]).toEqual({
      host: "[2600:1900::a]",
      port: 3478,
      protocol: "udp",
      username: "u",
      credential: "platform-pw-123",
    });
    expect(rtc.stun_servers).toEqual(["[2600:1900::a]:3478"]);
    expect(rsp.desired!.composite!.resource!.status.turn.uris).toEqual(["turn:[2600:1900::a]:3478?transport=udp"]);
  });

  it("rolls the pods when the TURN address changes", () => {
    const checksum = (ip: string) =>
      runFunction(netRequest({ required: staticAuth, observed: { "turn-gateway": gateway([{ type: "IPAddress", value: ip }]) } }), deps)
        .response.desired!.resources["server-deployment"]!.resource!.spec.template.metadata.annotations[
        "livekit.stunner.l7mp.io/config-checksum"
      ];
    expect(checksum("34.1.1.1")).not.toBe(checksum("34.2.2.2"));
    expect(checksum("34.1.1.1")).toBe(checksum("34.1.1.1"));
  });

  it("keeps the config as it was when the Gateway forgets its address", () => {
    const learned = runFunction(
      netRequest({ required: staticAuth, observed: { "turn-gateway": gateway([{ type: "IPAddress", value: "34.1.1.1" }]) } }),
      deps,
    ).response;
    const config = learned.desired!.resources["server-config"]!.resource!;
    const forgot = runFunction(
      netRequest({ required: staticAuth, observed: { "turn-gateway": gateway([]), "server-config": config } }),
      deps,
    ).response;
    expect(configOf(forgot).text).toBe(configOf(learned).text);
    expect(forgot.desired!.composite!.resource!.status.turn).toMatchObject({ address: "34.1.1.1", addressSource: "remembered" });
  });

  it("keeps TURN working from the pool's copy when the platform's Secret cannot be read", () => {
    const first = runFunction(
      netRequest({ required: ephemeralAuth, observed: { "turn-gateway": gateway([{ type: "IPAddress", value: "34.1.1.1" }]) } }),
      deps,
    ).response;
    const copy = first.desired!.resources["turn-auth"]!.resource!;
    const later = runFunction(
      netRequest({ observed: { "turn-gateway": gateway([{ type: "IPAddress", value: "34.1.1.1" }]), "turn-auth": copy } }),
      deps,
    ).response;
    expect(later.desired!.resources["turn-auth"]!.resource!.data).toEqual(copy.data);
    expect(configOf(later).text).toBe(configOf(first).text);
  });

  it("mounts the ephemeral shared secret as a file LiveKit accepts and keeps it out of the config", () => {
    const rsp = runFunction(
      netRequest({ required: ephemeralAuth, observed: { "turn-gateway": gateway([{ type: "IPAddress", value: "34.1.1.1" }]) } }),
      deps,
    ).response;
    const { text } = configOf(rsp);
    expect(text).not.toContain("platform-shared-secret");
    expect(parseYaml(text).rtc.turn_servers[0]).toEqual({
      host: "34.1.1.1",
      port: 3478,
      protocol: "udp",
      secret_file: "/etc/livekit/turn/secret",
    });
    const pod = rsp.desired!.resources["server-deployment"]!.resource!.spec.template.spec;
    expect(pod.volumes.find((v: Obj) => v.name === "turn-secret").secret).toEqual({
      secretName: "pool-livekit-turn",
      defaultMode: 0o440,
      items: [{ key: "secret", path: "secret" }],
    });
    expect(pod.containers[0].volumeMounts).toContainEqual({ name: "turn-secret", mountPath: "/etc/livekit/turn", readOnly: true });
  });

  it("warns when a namespaced pool asks for an auth type the platform does not use", () => {
    const rsp = runFunction(netRequest({ required: staticAuth, spec: { turn: { auth: { type: "ephemeral" } } } }), deps).response;
    expect(rsp.results).toContainEqual(expect.objectContaining({ severity: Severity.SEVERITY_WARNING, reason: "TurnAuthTypeIgnored" }));
  });

  it("gives cluster-scoped pools their own class, config and credentials, kept across auth-type changes", () => {
    const legacy = (observed: Record<string, Obj>, type: string) =>
      runFunction(netRequest({ namespace: "", spec: { turn: { auth: { type } } }, observed }), { mint: minter(newSeed()) }).response;
    const first = legacy({}, "ephemeral");
    expect(first.desired!.resources["turn-gateway-class"]!.resource!.metadata.namespace).toBeUndefined();
    expect(first.desired!.resources["turn-gateway-config"]!.resource!.spec.authRef).toEqual({
      name: "pool-livekit-turn",
      namespace: "livekit",
    });
    expect(first.requirements).toBeUndefined();
    const secretV1 = first.desired!.resources["turn-auth"]!.resource!;
    // Switching to static keeps the shared secret next to new static credentials; switching back
    // finds the very same secret (another process, so nothing could be re-minted identically).
    const toStatic = legacy({ "turn-auth": secretV1 }, "static").desired!.resources["turn-auth"]!.resource!;
    expect(toStatic.data.secret).toBe(secretV1.data.secret);
    expect(Buffer.from(toStatic.data.type, "base64").toString()).toBe("static");
    const back = legacy({ "turn-auth": toStatic }, "ephemeral").desired!.resources["turn-auth"]!.resource!;
    expect(back.data.secret).toBe(secretV1.data.secret);
  });

  it("keeps a long-named pool's GatewayClass description within Gateway API's 64 characters", () => {
    const rsp = runFunction(netRequest({ namespace: "", observed: {} }), deps).response;
    expect(rsp.desired!.resources["turn-gateway-class"]!.resource!.spec.description).toBe("STUNner TURN for LiveKit pool pool");
    const long = poolRequest({
      name: "a".repeat(63),
      namespace: "",
      spec: { networking: { hostname: "meet.example.com" } },
      input: platformInput,
    });
    expect(runFunction(long, deps).response.desired!.resources["turn-gateway-class"]!.resource!.spec.description.length).toBe(64);
  });

  it("requires the platform's auth Secret and an issuer, naming the fields", () => {
    const noPlatform = poolRequest({ spec: { networking: { hostname: "meet.example.com" } } });
    const rsp = runFunction(noPlatform, deps).response;
    expect(rsp.results[0]!.severity).toBe(Severity.SEVERITY_FATAL);
    expect(rsp.results[0]!.message).toContain("input.networking.turn.authSecretRef: required for namespaced pools");
    expect(rsp.results[0]!.message).toContain("spec.networking.tls: set issuerRef or acme");
  });

  it("keeps TURN and signaling secrets out of status, conditions and results", () => {
    const rsp = runFunction(
      netRequest({ required: staticAuth, observed: { "turn-gateway": gateway([{ type: "IPAddress", value: "34.1.1.1" }]) } }),
      deps,
    ).response;
    const visible = JSON.stringify({ status: rsp.desired!.composite, conditions: rsp.conditions, results: rsp.results });
    expect(visible).not.toContain("platform-pw-123");
    expect(visible).not.toContain(b64("platform-pw-123"));
  });
});
