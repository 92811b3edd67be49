#!/usr/bin/env bash
# Installs the npm packages when they are missing or older than the lock file (always in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
# playwright-core drives Debian's chromium (scripts/ensure-chromium.sh): no browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ "${CI:-}" = "true" ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
