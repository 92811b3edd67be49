#!/usr/bin/env bash
# `npm run bench:scale`: the scale benchmark (bench/scale/run.ts) in the real control plane of the
# end-to-end suite, inside a private network namespace made here (loopback only), as scripts/e2e.sh
# runs that suite. Builds what it runs first: the control plane, Crossplane, the registry, and the
# peer function-patch-and-transform (scripts/ensure-bench-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
for script in ensure-kube ensure-crossplane ensure-registry ensure-bench-tools; do bash "scripts/$script.sh"; done
npm run --silent build
if [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null 2>&1; then
  echo "bench:scale needs root and unshare (a private network namespace, as npm run e2e)" >&2
  exit 1
fi
exec unshare --net -- sh -c 'ip link set lo up && exec "$@"' bench-scale node_modules/.bin/tsx bench/scale/run.ts
