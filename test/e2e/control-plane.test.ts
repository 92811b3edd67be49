// The product through a real control plane (test/support/control-plane): real Crossplane pulls the
// packages from a registry, establishes the XRDs, calls the function over mTLS with its own
// certificates, applies what it returns, binds claims, propagates connection Secrets and deletes
// what leaves the desired state; the real Deployment, ReplicaSet, StatefulSet, namespace and garbage
// collector controllers do their work and kwok runs the pods. Every assertion reads the API server.
// The scenarios build on each other, in order, on one control plane.
import { ApiException } from "@kubernetes/client-node";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTrue, condition, type Obj } from "../support/control-plane/client.js";
import { trace } from "../support/control-plane/crossplane.js";
import { startControlPlane, type ControlPlane } from "../support/control-plane/index.js";
import { installPackages } from "../support/control-plane/install.js";
import { yamlFile } from "../support/control-plane/platform.js";
import { controlPlaneMissing } from "../support/control-plane/tools.js";
import { eventually } from "../support/control-plane/wait.js";
import {
  API,
  claim,
  composed,
  compositeOf,
  decoded,
  deployment,
  ensureNamespace,
  key,
  pool,
  ready,
  reconcileTimes,
  secret,
  SETTLE_MS,
} from "./pools.js";
import { observeRedisSwitch } from "./redis-switch.js";

const reason = controlPlaneMissing();
const PKG = "pkg.crossplane.io/v1";
const XRD = "apiextensions.crossplane.io/v1";
/** A call Crossplane made while the function was down waits out its 2-minute reconcile deadline. */
const RECOVERY_MS = 300_000;
const CONNECTION_KEYS = ["apiKey", "apiSecret", "internalUrl", "turnUris", "url"];

describe.skipIf(reason !== undefined)("a real control plane", () => {
  let cp: ControlPlane;
  const started = Date.now();
  const figures: Record<string, number> = {};

  beforeAll(async () => {
    cp = await startControlPlane();
    figures.bringUpSeconds = (Date.now() - started) / 1000;
  });

  afterAll(async () => {
    await cp?.stop();
    figures.suiteSeconds = (Date.now() - started) / 1000;
    console.log(`e2e figures: ${JSON.stringify({ ...figures, ...cp?.timings })}`);
  });

  it("1. installs the packages: Function and Configuration Healthy, both XRDs Established (the legacy one Offered), both Compositions accepted", async () => {
    const { kube, functionName, packages } = cp;
    // README "Installing on a cluster", step 3: the function first, under the name the Configuration's
    // dependency resolves to, with the runtime config from cluster/.
    const installed = await installPackages(cp);
    expect(installed.function.status.currentIdentifier).toBe(packages.function);
    expect(installed.configuration.status.currentIdentifier).toBe(packages.configuration);
    // The function's pod runs (kwok) with the DeploymentRuntimeConfig applied.
    const fnDeployment = (await kube.list("apps/v1", "Deployment", "crossplane-system")).find(
      (d) => d.spec.selector.matchLabels?.["pkg.crossplane.io/function"] === functionName,
    )!;
    expect(isTrue(fnDeployment, "Available")).toBe(true);
    expect(fnDeployment.spec.template.spec.containers[0].args).toEqual(["--max-recv-message-size", "8"]);
    // The Configuration resolved its dependency to the Function installed above: no second one.
    expect((await kube.list(PKG, "Function")).map((f) => f.metadata.name)).toEqual([functionName]);

    const namespaced = await eventually(
      "the namespaced XRD to be Established",
      async () => {
        const o = await kube.get({ apiVersion: XRD, kind: "CompositeResourceDefinition", name: "livekitpools.livekit.stunner.l7mp.io" });
        return isTrue(o, "Established") ? o : undefined;
      },
      SETTLE_MS,
    );
    expect(namespaced.spec.scope).toBe("Namespaced");
    await eventually(
      "the legacy XRD to be Established and Offered",
      async () => {
        const o = await kube.get({ apiVersion: XRD, kind: "CompositeResourceDefinition", name: "xlivekitpools.livekit.stunner.l7mp.io" });
        return isTrue(o, "Established") && isTrue(o, "Offered");
      },
      SETTLE_MS,
    );
    // Accepted: stored by the API server, each with a revision Crossplane made, calling the function by its installed name.
    for (const name of ["livekitpools", "xlivekitpools"]) {
      const composition = await kube.mustGet({ apiVersion: XRD, kind: "Composition", name });
      expect(composition.spec.pipeline[0].functionRef.name).toBe(functionName);
      await eventually(
        `a CompositionRevision of ${name}`,
        async () => (await kube.list(XRD, "CompositionRevision", undefined, `crossplane.io/composition-name=${name}`)).length > 0,
        SETTLE_MS,
      );
    }
  });

  it("2. a namespaced pool (examples/pool.yaml) reaches Ready, its Deployment Available, its connection Secret complete, traced; no server-side-apply fight", async () => {
    const { kube } = cp;
    const [example] = yamlFile("examples/pool.yaml");
    await ensureNamespace(kube, example!.metadata.namespace);
    const t0 = Date.now();
    await kube.apply(example!);
    const xr = await ready(kube, pool("demo", "team-a"));
    figures.firstReadySeconds = (Date.now() - t0) / 1000;

    const server = await kube.mustGet(deployment("demo-livekit", "team-a"));
    expect(isTrue(server, "Available")).toBe(true);
    expect(server.status.availableReplicas).toBe(1);
    const pods = await kube.list("v1", "Pod", "team-a", "app.kubernetes.io/instance=demo,app.kubernetes.io/component=server");
    expect(pods.filter((p) => p.status.phase === "Running" && isTrue(p, "Ready"))).toHaveLength(1);

    const connection = decoded(await kube.mustGet(secret("demo-connection", "team-a")));
    const keys = decoded(await kube.mustGet(secret(xr.status.apiKeysSecret.name, "team-a")));
    expect(connection.url).toBe("ws://demo-livekit.team-a.svc.cluster.local:7880");
    expect(connection.apiKey).toMatch(/^API\w{12}$/);
    expect(keys[xr.status.apiKeysSecret.key]).toContain(`${connection.apiKey}: ${connection.apiSecret}`);

    const tree = trace(cp.kubeconfig, "livekitpool", "demo", "team-a");
    for (const line of ["LiveKitPool/demo", "Deployment/demo-livekit", "Secret/demo-livekit-keys", "Service/demo-livekit"])
      expect(tree).toContain(line);

    // The function's output equals what the API server keeps: reconciles write nothing.
    const before = new Map((await composed(kube, xr)).map((o) => [key(o), o.metadata.resourceVersion]));
    expect(before.size).toBeGreaterThanOrEqual(5);
    await reconcileTimes(kube, () => cp.crossplaneProcess(), xr, 3);
    const after = new Map(
      (await composed(kube, await kube.mustGet(pool("demo", "team-a")))).map((o) => [key(o), o.metadata.resourceVersion]),
    );
    expect(after).toEqual(before);
  });

  it("3. a claim with networking reaches Ready; the Gateway's address reaches LiveKit's config and the XR; the claim's Secret lands in its namespace", async () => {
    const { kube } = cp;
    await ensureNamespace(kube, "team-c");
    // README's ten-line claim, with the Secret it asks its connection details in.
    await kube.apply({
      apiVersion: API,
      kind: "LiveKitPoolClaim",
      metadata: { name: "town-hall", namespace: "team-c" },
      spec: {
        server: { replicas: 1 },
        networking: { hostname: "town-hall.example.com" },
        writeConnectionSecretToRef: { name: "town-hall-connection" },
      },
    });
    await ready(kube, claim("town-hall", "team-c"));
    const xr = await compositeOf(kube, claim("town-hall", "team-c"));
    const gateway = await kube.mustGet({
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "Gateway",
      name: "town-hall-turn",
      namespace: "team-c",
    });
    const address = gateway.status.addresses[0].value as string;
    expect(address).toMatch(/^203\.0\.113\.\d+$/);
    expect(xr.status.turn).toMatchObject({ address, addressSource: "gateway" });
    const config = JSON.parse(decoded(await kube.mustGet(secret("town-hall-livekit-config", "team-c")))["config.yaml"]!);
    expect(config.rtc.turn_servers.map((t: Obj) => t.host)).toContain(address);

    // Crossplane writes the XR's connection Secret, then copies it to the claim's: after Ready.
    const connection = await eventually(
      "the claim's connection Secret",
      () => kube.get(secret("town-hall-connection", "team-c")),
      SETTLE_MS,
    );
    expect(Object.keys(connection.data).sort()).toEqual(CONNECTION_KEYS);
    const details = decoded(connection);
    expect(details.url).toBe("wss://town-hall.example.com");
    expect(details.turnUris).toContain(`turn:${address}:3478?transport=udp`);
    expect(trace(cp.kubeconfig, "livekitpoolclaim", "town-hall", "team-c")).toContain("Gateway/town-hall-turn");
  });

  it("4. restarting Crossplane and the function changes no credential and recreates nothing", async () => {
    const { kube } = cp;
    const snapshot = async () => {
      const secrets = new Map((await kube.list("v1", "Secret")).map((s) => [key(s), JSON.stringify([s.metadata.uid, s.data])]));
      const objects = new Map<string, string>();
      for (const ref of [pool("demo", "team-a"), claim("town-hall", "team-c")]) {
        const xr = await compositeOf(kube, ref);
        objects.set(key(xr), xr.metadata.uid);
        for (const o of await composed(kube, xr)) objects.set(key(o), o.metadata.uid);
      }
      return { secrets, objects };
    };
    const before = await snapshot();
    await cp.stopFunction();
    await cp.restartCrossplane();
    await cp.startFunction();
    const townHall = await compositeOf(kube, claim("town-hall", "team-c"));
    for (const xr of [await kube.mustGet(pool("demo", "team-a")), townHall])
      await reconcileTimes(kube, () => cp.crossplaneProcess(), xr, 1);
    await ready(kube, pool("demo", "team-a"));
    await ready(kube, claim("town-hall", "team-c"));
    const after = await snapshot();
    // Compared whole; a failure names the Secret or object, never its data.
    expect([...after.secrets.keys()].sort()).toEqual([...before.secrets.keys()].sort());
    expect([...after.secrets].filter(([k, v]) => before.secrets.get(k) !== v).map(([k]) => k)).toEqual([]);
    expect(after.objects).toEqual(before.objects);
    console.log(`restart: ${after.secrets.size} Secrets unchanged, ${after.objects.size} objects kept`);
  });

  it("5. Ingress on, then off: its objects appear, then are deleted from the API server", async () => {
    const { kube } = cp;
    const ref = pool("demo", "team-a");
    await kube.mergePatch(ref, { spec: { ingress: { enabled: true } } });
    await eventually(
      "the pool to run Ingress",
      async () => {
        const xr = await kube.get(ref);
        return isTrue(xr, "Ready") && isTrue(xr, "IngressAvailable");
      },
      SETTLE_MS,
    );
    const ingressObjects = [
      deployment("demo-ingress", "team-a"),
      { apiVersion: "v1", kind: "Service", name: "demo-ingress", namespace: "team-a" },
    ];
    for (const o of ingressObjects) expect(await kube.get(o)).toBeDefined();
    expect(isTrue(await kube.get(deployment("demo-ingress", "team-a")), "Available")).toBe(true);

    await kube.mergePatch(ref, { spec: { ingress: { enabled: false } } });
    await eventually(
      "Ingress's objects to be deleted",
      async () => (await Promise.all(ingressObjects.map((o) => kube.get(o)))).every((o) => o === undefined),
      SETTLE_MS,
    );
    // Crossplane keeps a condition the function no longer returns: it must say Ingress is off.
    // Crossplane deletes what left the desired state before it writes the XR's status, so the
    // status is awaited, not read right after the deletion.
    const xr = await eventually(
      "the pool to report Ingress off",
      async () => {
        const current = await kube.get(ref);
        return isTrue(current, "Ready") && condition(current, "IngressAvailable")?.reason === "Disabled" && current;
      },
      SETTLE_MS,
    );
    expect(condition(xr, "IngressAvailable")).toMatchObject({ status: "False", reason: "Disabled" });
  });

  it("6. Redis embedded -> memorystore -> embedded: pods roll at each switch, LiveKit never points at an unready backend, the old one goes after the rollout", async () => {
    const { kube } = cp;
    const ref = pool("switch", "team-a");
    await kube.apply({
      apiVersion: API,
      kind: "LiveKitPool",
      metadata: { name: "switch", namespace: "team-a" },
      spec: { server: { replicas: 2 } },
    });
    await ready(kube, ref);
    expect((await kube.mustGet(ref)).status.redis).toMatchObject({ mode: "embedded", active: "embedded", phase: "Stable" });

    const toMemorystore = await observeRedisSwitch(
      kube,
      ref,
      { mode: "memorystore", memorystore: { region: "europe-west1" } },
      "memorystore",
    );
    expect(toMemorystore.unreadyConfigured).toEqual([]);
    expect(toMemorystore.rolled).toBe(true);
    expect(toMemorystore.oldBackendGoneAfterRollout).toBe(true);
    const back = await observeRedisSwitch(kube, ref, { mode: "embedded", memorystore: null }, "embedded");
    expect(back.unreadyConfigured).toEqual([]);
    expect(back.rolled).toBe(true);
    expect(back.oldBackendGoneAfterRollout).toBe(true);
    console.log(`redis switch: ${toMemorystore.samples + back.samples} observations`);
    // Memorystore defaults to deletionPolicy Retain: the instance outlives its managed resource.
    expect(cp.standIns.cloudProviders.cloud().map((i) => i.name)).toContain("team-a-switch-livekit");
  });

  it("7. bad input: the API server refuses what the schema refuses, naming the field; what only the function refuses is reported on the XR and deletes nothing", async () => {
    const { kube } = cp;
    const refused = await kube
      .create({ apiVersion: API, kind: "LiveKitPool", metadata: { name: "bad", namespace: "team-a" }, spec: { server: { replicas: 0 } } })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(refused).toBeInstanceOf(ApiException);
    expect((refused as ApiException<unknown>).code).toBe(422);
    expect(String((refused as ApiException<unknown>).body)).toContain("spec.server.replicas");
    expect(await kube.get(pool("bad", "team-a"))).toBeUndefined();

    const ref = pool("demo", "team-a");
    const uids = new Map((await composed(kube, await kube.mustGet(ref))).map((o) => [key(o), o.metadata.uid]));
    await kube.mergePatch(ref, { spec: { server: { rtc: { tcpPort: 7880 } } } });
    const synced = await eventually(
      "the XR to report the refused field",
      async () => {
        const c = condition(await kube.get(ref), "Synced");
        return c?.status === "False" && /spec\.server\.rtc\.tcpPort/.test(c.message ?? "") ? c : undefined;
      },
      SETTLE_MS,
    );
    expect(synced.message).toContain("7880");
    const still = await composed(kube, await kube.mustGet(ref));
    expect(new Map(still.map((o) => [key(o), o.metadata.uid]))).toEqual(uids);

    await kube.mergePatch(ref, { spec: { server: { rtc: { tcpPort: null } } } });
    await ready(kube, ref);
  });

  it("8. with the function down for a minute nothing composed is deleted, and the pool recovers by itself", async () => {
    const { kube } = cp;
    const ref = pool("demo", "team-a");
    const uids = new Map((await composed(kube, await kube.mustGet(ref))).map((o) => [key(o), o.metadata.uid]));
    const logLevel = async () =>
      JSON.parse(decoded(await kube.mustGet(secret("demo-livekit-config", "team-a")))["config.yaml"]!).logging.level;
    const down = Date.now();
    await cp.stopFunction();
    try {
      // A change Crossplane cannot compose without the function (its call to it waits out the
      // reconcile's 2-minute deadline, so Synced=False may come only after the minute is over).
      await kube.mergePatch(ref, { spec: { server: { logLevel: "debug" } } });
      // The scenario is "down for a minute": keep checking nothing is deleted until it is over.
      while (Date.now() - down < 60_000) {
        const present = await Promise.all([...uids.keys()].map(async (k) => uids.get(k) === (await kube.get(refOfKey(k)))?.metadata.uid));
        expect(present.every(Boolean)).toBe(true);
        await sleep(2_000);
      }
      expect(await logLevel()).toBe("info");
    } finally {
      await cp.startFunction();
    }
    // Nothing more from the test: Crossplane retries, the change lands, the pool is Ready.
    const xr = await eventually(
      "the pool to recover with the change",
      async () => {
        const o = await kube.get(ref);
        return isTrue(o, "Ready") && isTrue(o, "Synced") && (await logLevel()) === "debug" ? o : undefined;
      },
      RECOVERY_MS,
    );
    expect(new Map((await composed(kube, xr)).map((o) => [key(o), o.metadata.uid]))).toEqual(uids);
  });

  it("9. deleting the claim and the namespaced XRs removes every composed object; a cloud instance with deletionPolicy Retain stays in the cloud", async () => {
    const { kube } = cp;
    await kube.apply({
      apiVersion: API,
      kind: "LiveKitPool",
      metadata: { name: "scratch", namespace: "team-a" },
      spec: {
        server: { replicas: 2 },
        redis: { mode: "elasticache", deletionPolicy: "Delete", elasticache: { region: "eu-west-1", subnetGroupName: "media" } },
      },
    });
    await ready(kube, pool("scratch", "team-a"));
    expect(cp.standIns.cloudProviders.cloud().map((i) => i.name)).toContain("team-a-scratch-livekit");

    const refs = [pool("demo", "team-a"), pool("switch", "team-a"), pool("scratch", "team-a"), claim("town-hall", "team-c")];
    const everything: Obj[] = [];
    for (const ref of refs) {
      const xr = await compositeOf(kube, ref);
      everything.push(xr, ...(await composed(kube, xr)));
    }
    for (const ref of refs) await kube.delete(ref);
    await eventually(
      "every composed object to be deleted",
      async () => {
        const left = await Promise.all(
          everything.map(async (o) => ((await kube.get(refOfKey(key(o))))?.metadata.uid === o.metadata.uid ? key(o) : undefined)),
        );
        return left.every((k) => k === undefined);
      },
      SETTLE_MS,
    );
    expect(everything.length).toBeGreaterThan(20);
    const cloud = cp.standIns.cloudProviders.cloud().map((i) => i.name);
    expect(cloud).toContain("team-a-switch-livekit");
    expect(cloud).not.toContain("team-a-scratch-livekit");
  });
});

/** The reference back from `key()`. */
function refOfKey(k: string) {
  const [apiVersion, kind, path] = k.split(" ") as [string, string, string];
  const [namespace, name] = path.split("/") as [string, string];
  return { apiVersion, kind, name, namespace: namespace || undefined };
}

if (reason) it.skip(`a real control plane: ${reason}`, () => undefined);
