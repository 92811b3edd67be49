import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    // fast-check: one seed per run, and a replay command on a failed property.
    setupFiles: ["test/support/property-setup.ts"],
    hookTimeout: 60_000,
    // The render suite and the server tests start processes; keep the 2-core machines calm.
    maxWorkers: 2,
  },
});
