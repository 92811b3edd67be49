#!/usr/bin/env bash
# Builds the real LiveKit server into .tools/bin/livekit-server, once, for the end-to-end suite
# (test/livekit/). Pinned to the version of the function's default image (livekit/livekit-server
# v1.13.5). Also builds .tools/bin/livekit-config (tools/livekit-config, pinned to the same
# server by its go.mod): the shape of LiveKit's config file, which `npm run generate:livekit-config`
# writes to function/api/livekit-config-shape.json and a test compares with the committed file. `go install pkg@version` builds the module exactly as its own go.mod and go.sum pin it
# (checked against sum.golang.org); the proxy serves this module's version list here, so its
# deprecation check passes (unlike the crossplane CLI, see ensure-crossplane.sh).
# Exit codes: 0 built or already present, 3 Go is missing, anything else a failed build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want=1.13.5
bin="$root/.tools/bin/livekit-server"

shape_bin="$root/.tools/bin/livekit-config"
shape_pin=$(cat "$root"/tools/livekit-config/{go.mod,go.sum,main.go} | sha256sum | cut -c1-12)
shape_built() { [ -x "$shape_bin" ] && [ -f "$root/.tools/bin/.livekit-config-$shape_pin" ]; }
server_built() { [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -qxF "livekit-server version $want"; }

if server_built && shape_built; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "ensure-livekit: Go is not installed; cannot build livekit-server v$want" >&2
  exit 3
fi
mkdir -p "$root/.tools/bin"
if ! shape_built; then
  (cd "$root/tools/livekit-config" && GOFLAGS=-mod=readonly go build -trimpath -o "$shape_bin" .)
  rm -f "$root"/.tools/bin/.livekit-config-*
  touch "$root/.tools/bin/.livekit-config-$shape_pin"
fi
if server_built; then
  exit 0
fi
echo "ensure-livekit: building livekit-server v$want (first run only, takes a few minutes)" >&2
gobin=$(mktemp -d "$root/.tools/livekit-build.XXXXXX")
trap 'rm -rf "$gobin"' EXIT
# Outside any module, so the repository's package.json world does not matter to Go.
cd "$gobin"
GOBIN="$gobin" GOFLAGS=-buildvcs=false go install -trimpath -ldflags "-s -w" \
  "github.com/livekit/livekit-server/cmd/server@v$want"
# The module's main package is named `server`; install it under its real name.
mv "$gobin/server" "$bin"
"$bin" --version >&2
