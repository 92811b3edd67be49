// The runtime image cannot be built here (no Docker), so what can fail in its Dockerfile without
// building is checked: every file it copies from the build context exists and is let through by
// .dockerignore, which excludes everything else. (A script missing from the context fails the
// image build only, long after the change that needed it.)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/paths.js";

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

/** Sources of the Dockerfile's COPY instructions that take from the build context (not --from). */
function contextSources(): string[] {
  return read("Dockerfile")
    .split("\n")
    .filter((l) => l.startsWith("COPY ") && !l.includes("--from="))
    .flatMap((l) => l.split(/\s+/).slice(1, -1));
}

describe("the runtime image's Dockerfile", () => {
  it("copies only files that exist and that .dockerignore lets into the build context", () => {
    const allowed = read(".dockerignore")
      .split("\n")
      .filter((l) => l.startsWith("!"))
      .map((l) => l.slice(1).replace(/\/$/, ""));
    expect(read(".dockerignore").split("\n")[0]).toBe("*");
    const sources = contextSources();
    expect(sources).toContain("scripts/build-snapshot.mjs");
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), source).toBe(true);
      expect(
        allowed.some((a) => source === a || source.startsWith(`${a}/`)),
        `${source} is excluded by .dockerignore`,
      ).toBe(true);
    }
  });
});
