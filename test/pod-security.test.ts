// Pod security: every workload the function renders passes the Kubernetes "restricted" Pod
// Security Standard, with no exception: LiveKit needs no capability and no host network; when a
// spec asks for RTC ports below 1024, the pod lowers net.ipv4.ip_unprivileged_port_start (a sysctl
// the profile allows) so the non-root server can bind them. First the checker itself: each check
// must catch a pod that breaks it.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { poolWithAnyScheduling, validPool } from "./support/arbitraries.js";
import { ROOT } from "./support/paths.js";
import { podTemplateOf, RESTRICTED_CHECKS, restrictedViolations } from "./support/pod-security.js";
import { allFeatureCombinations, simulatorFor, simulatorForGenerated } from "./support/pools.js";
import type { Obj } from "./support/sim/index.js";
import { parse as parseYaml } from "yaml";
import { parseDocs } from "./support/yaml-docs.js";

const compliant = (): Obj => ({
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } },
  containers: [
    {
      name: "app",
      image: "x",
      securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
      ports: [{ containerPort: 8080 }],
    },
  ],
  volumes: [{ name: "v", emptyDir: {} }],
});

/** One pod per check that breaks exactly that rule of a compliant pod. */
const breakers: Record<string, (p: Obj, meta: Obj) => void> = {
  hostProcess: (p) => (p.securityContext.windowsOptions = { hostProcess: true }),
  hostNamespaces: (p) => (p.hostNetwork = true),
  privileged: (p) => (p.containers[0].securityContext.privileged = true),
  capabilities_baseline: (p) => (p.containers[0].securityContext.capabilities.add = ["SYS_ADMIN"]),
  hostPathVolumes: (p) => p.volumes.push({ name: "host", hostPath: { path: "/" } }),
  hostPorts: (p) => (p.containers[0].ports[0].hostPort = 8080),
  hostProbesAndHostLifecycle: (p) => (p.containers[0].livenessProbe = { httpGet: { host: "10.0.0.1", port: 80 } }),
  appArmorProfile: (p) => (p.securityContext.appArmorProfile = { type: "Unconfined" }),
  seLinuxOptions: (p) => (p.securityContext.seLinuxOptions = { type: "spc_t" }),
  procMount: (p) => (p.containers[0].securityContext.procMount = "Unmasked"),
  seccompProfile_baseline: (p) => (p.containers[0].securityContext.seccompProfile = { type: "Unconfined" }),
  sysctls: (p) => (p.securityContext.sysctls = [{ name: "kernel.msgmax", value: "1" }]),
  restrictedVolumes: (p) => p.volumes.push({ name: "nfs", nfs: { server: "s", path: "/" } }),
  allowPrivilegeEscalation: (p) => delete p.containers[0].securityContext.allowPrivilegeEscalation,
  runAsNonRoot: (p) => delete p.securityContext.runAsNonRoot,
  runAsUser: (p) => (p.containers[0].securityContext.runAsUser = 0),
  seccompProfile_restricted: (p) => delete p.securityContext.seccompProfile,
  capabilities_restricted: (p) => (p.containers[0].securityContext.capabilities = { drop: ["NET_RAW"] }),
};

function workloads(objects: Obj[]): Obj[] {
  return objects.filter((o) => podTemplateOf(o) !== undefined);
}

/** LiveKit's listening ports (from its config) must be bindable by the non-root server. */
function expectBindable(objects: Obj[], where: string): void {
  const config = objects.find((o) => o.kind === "Secret" && o.data?.["config.yaml"]);
  const deployment = objects.find((o) => o.kind === "Deployment");
  if (!config || !deployment) return;
  const c = parseYaml(Buffer.from(config.data["config.yaml"], "base64").toString()) as Obj;
  const sysctl = (deployment.spec.template.spec.securityContext?.sysctls ?? []).find(
    (s: Obj) => s.name === "net.ipv4.ip_unprivileged_port_start",
  );
  const start = sysctl ? Number(sysctl.value) : 1024;
  for (const port of [c.port, c.rtc?.tcp_port, c.rtc?.port_range_start, c.prometheus?.port])
    expect(port, `${where}: LiveKit binds ${port} as non-root`).toBeGreaterThanOrEqual(start);
}

/** The one exception, by workload component: LiveKit Egress runs as its image's own user `egress`
 * (created by name, with no fixed UID, and owning the PulseAudio runtime directory Chrome uses), so
 * the pod cannot name a numeric UID, and kubelet refuses runAsNonRoot for a non-numeric image user.
 * Everything else of the profile holds for it. */
const EXCEPTIONS: Record<string, string[]> = { egress: ["runAsNonRoot"] };

function expectRestricted(o: Obj, where: string): void {
  const { spec, metadata } = podTemplateOf(o)!;
  const allowed = EXCEPTIONS[o.metadata?.labels?.["app.kubernetes.io/component"] ?? ""] ?? [];
  const violations = restrictedViolations(spec, metadata).filter((v) => !allowed.includes(v.check));
  expect(violations, `${where}: ${o.kind} ${o.metadata?.name}`).toEqual([]);
}

describe("the restricted-profile checker", () => {
  it("passes a compliant pod and catches a pod that breaks each check", () => {
    expect(restrictedViolations(compliant())).toEqual([]);
    expect(Object.keys(breakers).sort()).toEqual(Object.keys(RESTRICTED_CHECKS).sort());
    for (const [check, breakIt] of Object.entries(breakers)) {
      const pod = compliant();
      const meta: Obj = {};
      breakIt(pod, meta);
      expect(
        restrictedViolations(pod, meta).map((v) => v.check),
        check,
      ).toContain(check);
    }
    // Allowed variants stay allowed: NET_BIND_SERVICE, a Localhost profile, container-level settings.
    const variant = compliant();
    variant.securityContext = {};
    variant.containers[0].securityContext = {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      seccompProfile: { type: "Localhost", localhostProfile: "p.json" },
      capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] },
    };
    expect(
      restrictedViolations(variant, { annotations: { "container.apparmor.security.beta.kubernetes.io/app": "runtime/default" } }),
    ).toEqual([]);
  });
});

describe("every workload the function renders passes the restricted profile", () => {
  it("in every render golden and example", () => {
    let checked = 0;
    const dir = resolve(ROOT, "test/render");
    const files = readdirSync(dir).flatMap((c) =>
      c === "examples" ? readdirSync(join(dir, c)).map((f) => join(dir, c, f)) : [join(dir, c, "expected.yaml")],
    );
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue; // error cases have no golden
      }
      for (const o of workloads(parseDocs(text))) {
        expectRestricted(o, file);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("for every feature combination and for generated pools, including user-written scheduling", async () => {
    let checked = 0;
    for (const f of allFeatureCombinations().filter((_, i) => i % 4 === 0)) {
      const { sim } = simulatorFor(f);
      await sim.untilReady(3);
      for (const h of sim.history)
        for (const o of workloads(Object.values(h.response.desired!.resources).map((r) => r.resource!))) {
          expectRestricted(o, "feature combination");
          checked++;
        }
    }
    const pools = [
      ...fc.sample(validPool, { numRuns: 80, seed: 11 }),
      ...fc.sample(poolWithAnyScheduling, { numRuns: 40, seed: 12 }).map((m) => m.pool),
    ];
    for (const p of pools) {
      const { sim } = simulatorForGenerated(p);
      const r = await sim.reconcile();
      const objects = Object.values(r.response.desired!.resources).map((x) => x.resource!);
      expectBindable(objects, "generated pool");
      for (const o of workloads(objects)) {
        expectRestricted(o, "generated pool");
        checked++;
      }
    }
    console.log(
      `[pod-security] ${checked} rendered workloads pass all ${Object.keys(RESTRICTED_CHECKS).length} checks of the restricted profile; no exception needed`,
    );
  });
});
