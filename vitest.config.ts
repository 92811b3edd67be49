import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The real-control-plane suite runs on its own, in a private network namespace (npm run e2e).
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 120_000,
    // fast-check: one seed per run, and a replay command on a failed property.
    setupFiles: ["test/support/property-setup.ts"],
    hookTimeout: 60_000,
    // The render suite and the server tests start processes; keep the 2-core machines calm.
    maxWorkers: 2,
  },
});
