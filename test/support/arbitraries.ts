// fast-check generators for the property suites: valid pool specs over every field the API has,
// XR identities (namespaced, legacy, claims; long and dotted names), platform inputs, invalid
// mutations that name the field they break, and junk.
import fc from "fast-check";
import { portClashes } from "../../function/api/port-clashes.js";
import { namespacedPoolSpec } from "../../function/api/spec.js";
import { webhookSpec } from "../../function/api/schema/server.js";
import { compositionInput, type Obj } from "./sim/index.js";

const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,14}[a-z0-9])?$/);
const labelKey = fc.oneof(
  label,
  fc.tuple(fc.constantFrom("example.com", "topology.kubernetes.io", "team.io"), label).map(([p, n]) => `${p}/${n}`),
);
const labelValue = fc.stringMatching(/^([a-z0-9]([a-z0-9._-]{0,20}[a-z0-9])?)?$/);

export const hostname = fc
  .array(label, { minLength: 2, maxLength: 4 })
  .map((parts) => parts.join("."))
  .filter((h) => h.length <= 253);

/** XR and claim names: short or long, dashes and dots. At most 63 characters: Crossplane puts
 * the XR's name in the crossplane.io/composite label of every composed object. */
export const objectNameArb = fc
  .array(label, { minLength: 1, maxLength: 8 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom("-", "."), { minLength: parts.length - 1, maxLength: parts.length - 1 })
      .map((seps) => parts.reduce((acc, p, i) => (i === 0 ? p : acc + seps[i - 1] + p), "")),
  )
  .filter((n) => n.length <= 63);

const quantity = fc.oneof(
  fc.constantFrom("100m", "250m", "1", "2", "1500m", "128Mi", "512Mi", "1Gi", "4Gi"),
  fc.integer({ min: 1, max: 64 }),
);
const resources = fc.record(
  {
    requests: fc.record({ cpu: quantity, memory: quantity }, { requiredKeys: [] }),
    limits: fc.record({ cpu: quantity, memory: quantity }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const rtc = fc
  .tuple(fc.integer({ min: 1024, max: 64000 }), fc.integer({ min: 0, max: 10000 }), fc.boolean(), fc.integer({ min: 0, max: 500 }))
  .map(([start, span, below, offset]) => {
    const end = Math.min(65535, start + span);
    const tcpPort = below || end >= 65535 ? Math.max(1, start - 1 - offset) : Math.min(65535, end + 1 + offset);
    return { portRangeStart: start, portRangeEnd: end, tcpPort };
  });
/** Ports next to the ones the server uses (7880, 6789) and well-known ones, often. */
const tcpPortBias = fc.constantFrom(7879, 7881, 6788, 6790, 443, 80);
const rtcWithBias = fc.oneof(
  { weight: 4, arbitrary: rtc },
  { weight: 1, arbitrary: tcpPortBias.map((tcpPort) => ({ portRangeStart: 50000, portRangeEnd: 60000, tcpPort })) },
  // Privileged ports (below 1024) for media, as a team behind a strict firewall might ask.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 900 }).map((start) => ({ portRangeStart: start, portRangeEnd: start + 100, tcpPort: 7881 })),
  },
);

const toleration = fc.record({
  key: label,
  operator: fc.constantFrom("Exists", "Equal"),
  effect: fc.constantFrom("NoSchedule", "PreferNoSchedule", "NoExecute"),
});
const affinity = fc.record({
  nodeAffinity: fc.record({
    requiredDuringSchedulingIgnoredDuringExecution: fc.record({
      nodeSelectorTerms: fc.array(
        fc.record({
          matchExpressions: fc.array(
            fc.record({ key: labelKey, operator: fc.constant("In"), values: fc.array(labelValue, { minLength: 1, maxLength: 3 }) }),
            { minLength: 1, maxLength: 2 },
          ),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
  }),
});
const spread = fc.record({
  maxSkew: fc.integer({ min: 1, max: 3 }),
  topologyKey: fc.constantFrom("topology.kubernetes.io/zone", "kubernetes.io/hostname"),
  whenUnsatisfiable: fc.constantFrom("DoNotSchedule", "ScheduleAnyway"),
  labelSelector: fc.record({ matchLabels: fc.dictionary(label, labelValue, { maxKeys: 2 }) }),
});
const scheduling = fc.record(
  {
    nodeSelector: fc.dictionary(labelKey, labelValue, { maxKeys: 3 }),
    tolerations: fc.array(toleration, { maxLength: 3 }),
    affinity,
    topologySpreadConstraints: fc.array(spread, { maxLength: 2 }),
    priorityClassName: label,
  },
  { requiredKeys: [] },
);

/** livekit.yaml keys the function does not manage, as a team would add them. */
const extraConfig = fc.record(
  {
    room: fc.record(
      { empty_timeout: fc.integer({ min: 1, max: 3600 }), max_participants: fc.integer({ min: 0, max: 500 }) },
      { requiredKeys: [] },
    ),
    webhook: fc.record({ url_notifier: fc.record({ queue_size: fc.integer({ min: 1, max: 1000 }) }) }),
    limit: fc.record({ num_tracks: fc.integer({ min: 0, max: 100 }) }),
  },
  { requiredKeys: [] },
);

/** Webhooks as teams write them; the function's own schema says which URLs are valid (a host such
 * as xn--a.example is a DNS name but no URL host: "xn--" starts a punycode label). */
const webhook = fc
  .record({
    urls: fc.array(
      fc.oneof(
        hostname.map((h) => `https://${h}/hook`),
        fc.constant("http://backend.team.svc:8080/livekit"),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .filter((w) => webhookSpec.safeParse(w).success);

export const serverSpec = fc.record(
  {
    image: fc.constantFrom("livekit/livekit-server:v1.13.5", "registry.example.com/livekit/livekit-server@sha256:" + "a".repeat(64)),
    replicas: fc.integer({ min: 1, max: 1000 }),
    resources,
    logLevel: fc.constantFrom("debug", "info", "warn", "error"),
    rtc: rtcWithBias,
    terminationGracePeriodSeconds: fc.integer({ min: 0, max: 86400 }),
    scheduling,
    apiKeys: fc.record({
      secretRef: fc.record({ name: hostname, key: fc.stringMatching(/^[a-z][a-z0-9._-]{0,20}$/) }, { requiredKeys: ["name"] }),
    }),
    webhook,
    config: extraConfig,
  },
  { requiredKeys: [] },
);

const annotations = fc.dictionary(
  fc.constantFrom("service.beta.kubernetes.io/aws-load-balancer-type", "networking.gke.io/load-balancer-type", "example.com/tier"),
  fc.constantFrom("nlb", "Internal", "gold"),
  { maxKeys: 2 },
);
export const turnAddress = fc.oneof(fc.ipV4(), fc.ipV6(), hostname);

export const networkingSpec = (needsTls: boolean) =>
  fc.record(
    {
      hostname,
      signaling: fc.record({ gatewayClassName: label, annotations }, { requiredKeys: [] }),
      turn: fc.record(
        {
          address: turnAddress,
          port: fc.integer({ min: 1, max: 65535 }),
          tcp: fc.record({ enabled: fc.boolean(), port: fc.integer({ min: 1, max: 65535 }) }, { requiredKeys: [] }),
          tls: fc.record({ enabled: fc.boolean(), port: fc.integer({ min: 1, max: 65535 }), hostname }, { requiredKeys: [] }),
          auth: fc.record({ type: fc.constantFrom("static", "ephemeral") }, { requiredKeys: [] }),
          service: fc.record({ type: fc.constantFrom("LoadBalancer", "NodePort"), annotations }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
      tls: fc.oneof(
        fc.record({ issuerRef: fc.record({ name: label, kind: fc.constantFrom("Issuer", "ClusterIssuer") }, { requiredKeys: ["name"] }) }),
        fc.record({
          acme: fc.record({ email: fc.constant("ops@example.com"), solver: fc.constant("http01") }, { requiredKeys: ["email"] }),
        }),
        fc.record({
          acme: fc.record({
            email: fc.constant("dns@example.org"),
            solver: fc.constant("dns01"),
            dns01: fc.constant({ route53: { region: "eu-west-1" } }),
          }),
        }),
      ),
    },
    { requiredKeys: needsTls ? ["hostname", "tls"] : ["hostname"] },
  );

export type ScopeKind = "namespaced" | "legacy" | "claim";

export interface GeneratedPool {
  scope: ScopeKind;
  name: string;
  namespace: string;
  uid: string;
  spec: Obj;
  input: Obj;
}

/** The function's own cross-field port rules (api/port-clashes.ts): a spec the generators make
 * must pass them, so the rules cannot drift apart from what the generators believe valid. */
function portsAgree(spec: Obj): boolean {
  const parsed = namespacedPoolSpec.safeParse(spec);
  return !parsed.success || portClashes(parsed.data).length === 0;
}

/** A valid pool: the spec, and a platform input that gives networking what it needs. */
export const validPool: fc.Arbitrary<GeneratedPool> = fc
  .record({
    scope: fc.constantFrom<ScopeKind>("namespaced", "legacy", "claim"),
    name: objectNameArb,
    namespace: label,
    uid: fc.uuid(),
    server: serverSpec,
    withNetworking: fc.boolean(),
    platformIssuer: fc.boolean(),
    platformImage: fc.option(fc.constantFrom("livekit/livekit-server:v1.13.4", "mirror.example.com/livekit:v1.13.5"), { nil: undefined }),
  })
  .chain((p) =>
    (p.withNetworking
      ? networkingSpec(!p.platformIssuer).map((n) => ({ ...p, networking: n as Obj | undefined }))
      : fc.constant({ ...p, networking: undefined as Obj | undefined })
    ).map((p2) => {
      const input = structuredClone(compositionInput(p2.scope === "namespaced" ? "namespaced" : "legacy"));
      if (!p2.platformIssuer) delete input.networking.tlsIssuerRef;
      if (p2.platformImage) input.server.image = p2.platformImage;
      const spec: Obj = { server: p2.server, ...(p2.networking ? { networking: p2.networking } : {}) };
      return { scope: p2.scope, name: p2.name, namespace: p2.namespace, uid: p2.uid, spec, input };
    }),
  )
  .filter((p) => portsAgree(p.spec));

/** An invalid value at a path the FATAL result must name. */
export interface Mutation {
  path: string;
  value: unknown;
  /** Also required: networking for its own fields. */
  needs?: "networking";
}

const mutationCatalog: Mutation[] = [
  { path: "spec.server.replicas", value: 0 },
  { path: "spec.server.replicas", value: 1001 },
  { path: "spec.server.replicas", value: 2.5 },
  { path: "spec.server.replicas", value: "3" },
  { path: "spec.server.logLevel", value: "chatty" },
  { path: "spec.server.image", value: "" },
  { path: "spec.server.image", value: " livekit/livekit-server:v1.13.5" },
  { path: "spec.server.scheduling.priorityClassName", value: "High_Priority" },
  { path: "spec.server.apiKeys.secretRef.key", value: ".." },
  { path: "spec.server.rtc.portRangeStart", value: 0 },
  { path: "spec.server.rtc.tcpPort", value: 70000 },
  { path: "spec.server.rtc.tcpPort", value: 7880 },
  { path: "spec.server.rtc.tcpPort", value: 6789 },
  { path: "spec.server.terminationGracePeriodSeconds", value: -5 },
  { path: "spec.server.resources.requests.cpu", value: "lots" },
  { path: "spec.server.apiKeys.secretRef.name", value: "Bad_Name" },
  { path: "spec.server.scheduling.priorityClassName", value: "" },
  { path: "spec.server.config.port", value: 1234 },
  { path: "spec.server.config.rtc.node_ip", value: "1.2.3.4" },
  { path: "spec.server.config.redis", value: { address: "r:6379" } },
  { path: "spec.networking.hostname", value: "Not A Host", needs: "networking" },
  { path: "spec.networking.turn.address", value: "not an address!", needs: "networking" },
  { path: "spec.networking.turn.port", value: 0, needs: "networking" },
  { path: "spec.networking.turn.service.type", value: "ClusterIP", needs: "networking" },
  { path: "spec.networking.turn.auth.type", value: "oauth", needs: "networking" },
  { path: "spec.networking.turn.tls.hostname", value: "UPPER.example.com", needs: "networking" },
  { path: "spec.networking.tls.acme.email", value: "not-an-email", needs: "networking" },
  { path: "spec.networking.signaling.gatewayClassName", value: "", needs: "networking" },
  { path: "spec.networking.signaling.gatewayClassName", value: "Envoy Gateway", needs: "networking" },
];

export const mutation = fc.constantFrom(...mutationCatalog);

/** Sets `value` at a dotted path under the XR (`spec.`), creating maps on the way. */
export function setPath(root: Obj, path: string, value: unknown): void {
  const parts = path.split(".");
  let cur = root;
  for (const p of parts.slice(0, -1)) {
    if (cur[p] === null || typeof cur[p] !== "object" || Array.isArray(cur[p])) cur[p] = {};
    cur = cur[p];
  }
  cur[parts[parts.length - 1]!] = value;
}

/** Anything JSON can hold, for specs and observed objects nobody should have written. */
export const junk = fc.jsonValue({ maxDepth: 4 });

/** Map keys and values a user might type: valid ones, and ones Kubernetes refuses. */
const anyKey = fc.oneof(
  labelKey,
  fc.string({ maxLength: 70 }),
  fc.constantFrom(
    "a b",
    "-x",
    "x/",
    "/x",
    "example.com/",
    "UPPER.example.com/x",
    "x".repeat(64),
    `${"a".repeat(254)}/x`,
    "kubernetes.io/arch",
  ),
);
const anyValue = fc.oneof(labelValue, fc.string({ maxLength: 70 }), fc.constantFrom("amd64", "a b", "x".repeat(64), "-x"));
const anyMap = fc.dictionary(anyKey, anyValue, { minKeys: 1, maxKeys: 3 });

/** The maps of the spec that go into object metadata or a pod (annotations, node selector). */
export const MAP_FIELDS = [
  "spec.server.scheduling.nodeSelector",
  "spec.networking.signaling.annotations",
  "spec.networking.turn.service.annotations",
] as const;

/** A valid pool whose maps hold whatever a user might type. */
export const poolWithAnyMaps = fc.tuple(validPool, fc.constantFrom(...MAP_FIELDS), anyMap).map(([p, field, map]) => {
  const spec = structuredClone(p.spec);
  if (field !== MAP_FIELDS[0] && !spec.networking)
    spec.networking = { hostname: "pool.example.com", tls: { acme: { email: "ops@example.com" } } };
  setPath({ spec }, field, map);
  return { pool: { ...p, spec }, field };
});

/** Pod scheduling objects as a user might write them: valid, misspelled, or wrongly typed. */
const anyObject = fc.oneof(
  fc.object({ maxDepth: 2, maxKeys: 3 }),
  fc.record({ key: junk, operator: junk, effect: junk, tolerationSeconds: junk }, { requiredKeys: [] }),
);
export const SCHEDULING_FIELDS = ["tolerations", "affinity", "topologySpreadConstraints"] as const;
export const poolWithAnyScheduling = fc
  .tuple(
    validPool,
    fc.constantFrom(...SCHEDULING_FIELDS),
    fc.array(anyObject, { minLength: 1, maxLength: 2 }),
    fc.record({ nodeAffinity: anyObject, podAntiAffinity: anyObject }, { requiredKeys: [] }),
  )
  .map(([p, field, list, affinityValue]) => {
    const spec = structuredClone(p.spec);
    setPath({ spec }, `spec.server.scheduling.${field}`, field === "affinity" ? affinityValue : list);
    return { pool: { ...p, spec }, field: `spec.server.scheduling.${field}` };
  });

/** String fields of the spec and the input that end up in composed objects. */
export const STRING_FIELDS = [
  "spec.server.image",
  "spec.server.scheduling.priorityClassName",
  "spec.server.apiKeys.secretRef.name",
  "spec.server.apiKeys.secretRef.key",
  "spec.networking.hostname",
  "spec.networking.signaling.gatewayClassName",
  "spec.networking.turn.address",
  "spec.networking.turn.tls.hostname",
  "spec.networking.tls.issuerRef.name",
  "spec.networking.tls.issuerRef.group",
  "input.server.image",
  "input.networking.signalingGatewayClassName",
  "input.networking.turn.gatewayClassName",
  "input.networking.turn.authSecretRef.name",
  "input.networking.turn.dataplane",
  "input.networking.tlsIssuerRef.name",
] as const;

const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    " leading",
    "trailing ",
    "Upper",
    "with space",
    "under_score",
    "a".repeat(64),
    "a".repeat(254),
    "-dash",
    "dot.",
    "ünïcode",
    "x:y",
    "a/b",
  ),
);

/** A valid pool with one string field (spec or platform input) set to whatever a user might type. */
export const poolWithAnyString = fc.tuple(validPool, fc.constantFrom(...STRING_FIELDS), anyString).map(([p, field, value]) => {
  const spec = structuredClone(p.spec);
  const input = structuredClone(p.input);
  const needsNetworking = field.includes("networking");
  if (needsNetworking && !spec.networking) spec.networking = { hostname: "pool.example.com", tls: { acme: { email: "ops@example.com" } } };
  if (field === "spec.networking.tls.issuerRef.name" || field === "spec.networking.tls.issuerRef.group")
    spec.networking.tls = { issuerRef: { name: "team-issuer" } };
  if (field === "spec.networking.turn.tls.hostname") spec.networking.turn = { ...spec.networking.turn, tls: { enabled: true } };
  if (field === "input.networking.tlsIssuerRef.name") input.networking.tlsIssuerRef ??= { name: "x", kind: "ClusterIssuer" };
  if (field === "input.networking.turn.authSecretRef.name") input.networking.turn.authSecretRef ??= { name: "x", namespace: "y" };
  if (field === "spec.server.apiKeys.secretRef.key") spec.server.apiKeys = { secretRef: { name: "team-keys" } };
  if (field === "spec.server.apiKeys.secretRef.name") spec.server.apiKeys = { secretRef: { name: "x" } };
  setPath({ spec, input }, field, value);
  return { pool: { ...p, spec, input }, field };
});
