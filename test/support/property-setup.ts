// Vitest setup for every test file: fast-check's global settings. Each run draws one seed (or
// takes PROPERTY_SEED), and a failed property names the command that replays its counterexample:
// the seed, the path fast-check shrank to, and the test. PROPERTY_PATH replays that one case.
import { relative } from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import { PROPERTY_RUNS } from "./property-runs.js";

const seed = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED);
const path = process.env.PROPERTY_PATH;

function replayMessage(details: fc.RunDetails<unknown>): string {
  const { currentTestName, testPath } = expect.getState();
  const title = (currentTestName ?? "").split(" > ").at(-1) ?? "";
  const pattern = title.replace(/[.*+?^${}()|[\]\\"]/g, "\\$&");
  return (
    `${fc.defaultReportMessage(details)}\n` +
    `Replay it: PROPERTY_SEED=${details.seed} PROPERTY_PATH=${details.counterexamplePath} PROPERTY_RUNS=${PROPERTY_RUNS} ` +
    `npx vitest run ${testPath ? relative(process.cwd(), testPath) : ""} -t "${pattern}"`
  );
}

fc.configureGlobal({
  ...(seed !== undefined ? { seed } : {}),
  ...(path ? { path, endOnFailure: true } : {}),
  // Used for synchronous and asynchronous properties alike.
  reporter: (details) => {
    if (details.failed) throw new Error(replayMessage(details));
  },
});
