// The kubelet model the LiveKit suites run pods from (test/support/pod.ts): Secret projection,
// file modes under fsGroup, env from Secrets, and refusal of what it does not model. Pure.
import { describe, expect, it } from "vitest";
import { podFromDeployment } from "../support/pod.js";
import { renderPool, secretStore } from "../support/rendered-pool.js";
import { SERVER_CONTAINER } from "../support/livekit-pods.js";

type Obj = Record<string, any>;

const b64 = (s: string) => Buffer.from(s).toString("base64");
const secret = (name: string, data: Record<string, string>): Obj => ({
  apiVersion: "v1",
  kind: "Secret",
  metadata: { name },
  data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
});

function deploymentWith(container: Obj, volumes: Obj[] = [], fsGroup: number | null = 2000): Obj {
  return {
    metadata: { name: "d", namespace: "ns" },
    spec: {
      template: {
        spec: {
          securityContext: { runAsUser: 1000, ...(fsGroup !== null ? { fsGroup } : {}) },
          containers: [{ name: "c", ...container }],
          volumes,
        },
      },
    },
  };
}

describe("the pod model", () => {
  it("projects only a Secret volume's items, at their paths, with the kubelet's modes", () => {
    const secrets = new Map([["s", secret("s", { a: "A", b: "B" })]]);
    const volumes = [{ name: "v", secret: { secretName: "s", defaultMode: 0o400, items: [{ key: "b", path: "dir/b.txt" }] } }];
    const plan = podFromDeployment(deploymentWith({ volumeMounts: [{ name: "v", mountPath: "/x" }] }, volumes), secrets, "c");
    const v = plan.volumes[0]!;
    // fsGroup makes every file of a Secret volume group-readable: 0400 becomes 0440.
    expect(v.kind === "secret" && v.files.map((f) => [f.path, f.content.toString(), f.mode.toString(8)])).toEqual([
      ["dir/b.txt", "B", "440"],
    ]);
    const noFsGroup = podFromDeployment(deploymentWith({ volumeMounts: [{ name: "v", mountPath: "/x" }] }, volumes, null), secrets, "c");
    expect(noFsGroup.volumes[0]!.kind === "secret" && noFsGroup.volumes[0]!.files[0]!.mode.toString(8)).toBe("400");
    expect(plan.security).toMatchObject({ uid: 1000, gid: 1000, groups: [1000, 2000], fsGroup: 2000 });
  });

  it("resolves env from Secrets and identity fields, and leaves addresses to the rewrite", () => {
    const secrets = new Map([["redis", secret("redis", { password: "pw" })]]);
    const env = [
      { name: "REDIS_PASSWORD", valueFrom: { secretKeyRef: { name: "redis", key: "password" } } },
      { name: "POD", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
      { name: "NODE_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
    ];
    expect(podFromDeployment(deploymentWith({ env }), secrets, "c").env).toEqual([
      { name: "REDIS_PASSWORD", value: "pw" },
      { name: "POD", value: "d-0" },
      { name: "NODE_IP", fieldPath: "status.podIP" },
    ]);
    expect(() => podFromDeployment(deploymentWith({ env }), new Map(), "c")).toThrow(/Secret redis does not exist/);
    const elsewhere = secret("redis", { password: "pw" });
    elsewhere.metadata.namespace = "other";
    expect(() => podFromDeployment(deploymentWith({ env }), new Map([["redis", elsewhere]]), "c")).toThrow(/Secret redis does not exist/);
  });

  it("refuses what it does not model, and a Secret the pod needs that does not exist", () => {
    expect(() => podFromDeployment(deploymentWith({ command: ["sh"] }), new Map(), "c")).toThrow(/does not model a container command/);
    expect(() => podFromDeployment(deploymentWith({ envFrom: [{}] }), new Map(), "c")).toThrow(/does not model envFrom/);
    const cm = [{ name: "v", configMap: { name: "x" } }];
    expect(() => podFromDeployment(deploymentWith({ volumeMounts: [{ name: "v", mountPath: "/x" }] }, cm), new Map(), "c")).toThrow(
      /volume type of v/,
    );
    const pool = renderPool({ spec: { server: { apiKeys: { secretRef: { name: "absent" } } } } });
    expect(() => podFromDeployment(pool.objects["server-deployment"]!, secretStore(pool), SERVER_CONTAINER)).toThrow(
      /Secret absent does not exist/,
    );
  });
});
