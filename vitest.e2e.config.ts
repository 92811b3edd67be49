import { defineConfig } from "vitest/config";

// The real-control-plane suite (npm run e2e, scripts/e2e.sh): one file, one control plane, its
// scenarios in order. Waits have their own deadlines (test/support/control-plane/wait.ts).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
