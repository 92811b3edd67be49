#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, and runs the whole suite. A piece that cannot be
# provided here (no Go, no root for apt) makes its suites report themselves skipped with the
# reason; with CI=true every piece must be there and any failure stops the run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Runs an ensure-* script. Its exit code 3 means "cannot be provided on this machine".
ensure() {
  local script=$1 consequence=$2 rc
  set +e
  bash "$script"
  rc=$?
  set -e
  if [ "$rc" -eq 0 ]; then
    return 0
  fi
  if [ "$rc" -eq 3 ] && [ "${CI:-}" != "true" ]; then
    echo "test: $consequence" >&2
    return 0
  fi
  exit "$rc"
}

bash scripts/install-deps.sh
npm run --silent build
ensure scripts/ensure-crossplane.sh "Go is missing, so the crossplane CLI suites will be skipped"
ensure scripts/ensure-livekit.sh "Go is missing, so the LiveKit server suites will be skipped"
ensure scripts/ensure-stunner.sh "Go is missing, so the TURN allocation tests against STUNner will be skipped"
ensure scripts/ensure-redis.sh "redis-server is missing, so the suites that need Redis will be skipped"
ensure scripts/ensure-chromium.sh "chromium is missing, so the media suite (browsers through STUNner) will be skipped"
ensure scripts/ensure-bench-tools.sh "Go is missing, so the benchmark smoke test will be skipped"
ensure scripts/ensure-node24.sh "Node 24 cannot be fetched, so the runtime image's snapshot start will not be tested"
ensure scripts/ensure-kube.sh "Go is missing, so the real-control-plane suite will be skipped"
ensure scripts/ensure-registry.sh "docker-registry is missing, so the real-control-plane suite will be skipped"
npx tsc -p tsconfig.json --noEmit
# Lint (typescript-eslint) and format (Prettier) are part of the test: npm run format fixes both.
npm run --silent lint
npx vitest run "$@"
# The real-control-plane suite, in a private network namespace of its own (scripts/e2e.sh).
bash scripts/e2e.sh
