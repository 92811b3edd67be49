#!/usr/bin/env bash
# Builds the benchmark's pinned Go tools into .tools/bin, once:
#   ghz v0.121.0 (load generator; a grpc-go client like Crossplane's)
#   function-patch-and-transform v0.5.0 (the Go peer), pinned by tools/patch-and-transform/go.mod.
#   v0.5.0 is the newest release the Go module proxy serves here: v0.6.0 and later are refused.
# The benchmark reads run_function.proto from the pinned crossplane module (scripts/ensure-crossplane.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
mkdir -p "$bin"
if ! command -v go >/dev/null 2>&1; then
  echo "ensure-bench-tools: Go is not installed" >&2
  exit 3
fi
bash "$root/scripts/ensure-crossplane.sh"
(cd "$root/tools/crossplane" && GOFLAGS=-mod=mod go mod download github.com/crossplane/crossplane/v2)
# ghz reports its version as "dev" when built from the module proxy, so a stamp file records it.
if ! [ -x "$bin/ghz" ] || ! [ -f "$bin/.ghz-v0.121.0" ]; then
  echo "ensure-bench-tools: building ghz v0.121.0" >&2
  GOBIN="$bin" go install github.com/bojand/ghz/cmd/ghz@v0.121.0
  touch "$bin/.ghz-v0.121.0"
fi
if ! [ -x "$bin/function-patch-and-transform" ]; then
  echo "ensure-bench-tools: building function-patch-and-transform (pinned in tools/patch-and-transform)" >&2
  (cd "$root/tools/patch-and-transform" && GOFLAGS=-mod=mod go build -trimpath -o "$bin/function-patch-and-transform" github.com/crossplane-contrib/function-patch-and-transform)
fi
