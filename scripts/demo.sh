#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds, starts the function on a free loopback port and
# renders the example pool with the real crossplane CLI, printing the XR status and the resources.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
npm run --silent build
# The pinned crossplane CLI: one on the PATH when it is that version, else built into .tools/bin.
crossplane=$(bash scripts/ensure-crossplane.sh --cli)

work=$(mktemp -d)
node dist/main.js --insecure --address 127.0.0.1:0 >"$work/function.log" 2>&1 &
fn=$!
trap 'kill $fn 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  port=$(grep -o '"port":[0-9]*' "$work/function.log" | head -n 1 | cut -d: -f2 || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/function.log" >&2; exit 1; }
sed "s/localhost:9443/127.0.0.1:$port/" examples/functions.yaml >"$work/functions.yaml"

"$crossplane" render examples/pool.yaml apis/namespaced/composition.yaml "$work/functions.yaml" \
  --xrd apis/namespaced/definition.yaml --include-function-results
