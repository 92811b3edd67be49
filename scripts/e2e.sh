#!/usr/bin/env bash
# `npm run e2e`: the real-control-plane suite (test/e2e/). It runs inside a private network namespace
# made here (`unshare --net`, loopback only), so every server it starts (etcd, the API server,
# Crossplane, the registry, the function) is reachable from this run alone and nothing listens beyond
# loopback, whatever a program binds. Without root (or unshare and ip) the suite runs outside one and
# reports itself skipped with the reason; with CI=true that is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
# What the suite runs, built or installed once (exit code 3: not possible here; the suite then says
# what is missing, and fails under CI=true).
for script in ensure-kube ensure-crossplane ensure-registry; do
  rc=0
  bash "scripts/$script.sh" || rc=$?
  if [ "$rc" -ne 0 ] && { [ "$rc" -ne 3 ] || [ "${CI:-}" = "true" ]; }; then exit "$rc"; fi
done
vitest=(node_modules/.bin/vitest run --config vitest.e2e.config.ts "$@")
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1 && command -v ip >/dev/null 2>&1; then
  exec unshare --net -- sh -c 'ip link set lo up && exec "$@"' e2e "${vitest[@]}"
fi
exec "${vitest[@]}"
