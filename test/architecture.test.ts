// The function's module structure, as the README's architecture section describes it: no import
// cycle, and layers that import only downwards. Components never import each other: what one gives
// another passes through the pipeline (model/component.ts Shared). Same graph as
// `npx madge --circular --extensions ts --ts-config tsconfig.json function`.
import { resolve } from "node:path";
import madge from "madge";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/paths.js";

/** Lower layers first; a module may import its own layer and the ones below. */
const LAYERS: Array<[prefix: string, layer: number]> = [
  ["api/", 0],
  ["k8s/", 1],
  ["secrets/", 1],
  ["model/", 2],
  ["workloads/", 3],
  ["components/", 4],
  ["pipeline/", 5],
  ["handler.ts", 6],
  ["server/", 6],
  ["serve.ts", 7],
  ["main.ts", 8],
  ["snapshot/", 8],
];

function layerOf(file: string): number {
  const hit = LAYERS.find(([prefix]) => file.startsWith(prefix));
  if (!hit) throw new Error(`${file} belongs to no layer: add its folder to LAYERS and the README`);
  return hit[1];
}

const componentOf = (file: string) => (file.startsWith("components/") ? file.split("/")[1] : undefined);

describe("the function's modules", async () => {
  const graph = await madge(resolve(ROOT, "function"), { fileExtensions: ["ts"], tsConfig: resolve(ROOT, "tsconfig.json") });
  const imports = Object.entries(graph.obj()).flatMap(([from, tos]) => tos.map((to) => ({ from, to })));

  it("import each other without cycles", () => {
    expect(graph.circular()).toEqual([]);
  });

  it("import only from their own layer or the ones below", () => {
    expect(imports.filter(({ from, to }) => layerOf(to) > layerOf(from))).toEqual([]);
  });

  it("keep each component to its own folder", () => {
    expect(imports.filter(({ from, to }) => componentOf(from) && componentOf(to) && componentOf(from) !== componentOf(to))).toEqual([]);
  });

  it("are all reached: the graph is the real one", () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(graph.obj()["pipeline/components.ts"]).toEqual(
      expect.arrayContaining(["components/server/index.ts", "components/redis/index.ts"]),
    );
  });
});
