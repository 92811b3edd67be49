// How deep the property suites go, and how long they may take. PROPERTY_RUNS scales every property
// (CI: 120 cases for the base property; `npm run test:deep`: 10,000); the timeouts scale with it, so
// a deep run is not cut off by a limit meant for the CI size. A failure prints the command that
// replays its counterexample (test/support/property-setup.ts).
export const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

/** The time a property of `runs` cases may take: two minutes per 120 cases, never less than two
 * minutes. A bound on a hang, not a figure the test checks. */
export function propertyTimeout(runs: number = PROPERTY_RUNS): number {
  return Math.max(120_000, Math.ceil((runs / 120) * 120_000));
}
