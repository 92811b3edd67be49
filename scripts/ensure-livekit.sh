#!/usr/bin/env bash
# Builds the real LiveKit server into .tools/bin/livekit-server, once, for the end-to-end suite
# (test/livekit/). Pinned to the version of the function's default image (livekit/livekit-server
# v1.13.5). `go install pkg@version` builds the module exactly as its own go.mod and go.sum pin it
# (checked against sum.golang.org); the proxy serves this module's version list here, so its
# deprecation check passes (unlike the crossplane CLI, see ensure-crossplane.sh).
# Exit codes: 0 built or already present, 3 Go is missing, anything else a failed build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want=1.13.5
bin="$root/.tools/bin/livekit-server"

if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -qxF "livekit-server version $want"; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "ensure-livekit: Go is not installed; cannot build livekit-server v$want" >&2
  exit 3
fi
echo "ensure-livekit: building livekit-server v$want (first run only, takes a few minutes)" >&2
mkdir -p "$root/.tools/bin"
gobin=$(mktemp -d "$root/.tools/livekit-build.XXXXXX")
trap 'rm -rf "$gobin"' EXIT
# Outside any module, so the repository's package.json world does not matter to Go.
cd "$gobin"
GOBIN="$gobin" GOFLAGS=-buildvcs=false go install -trimpath -ldflags "-s -w" \
  "github.com/livekit/livekit-server/cmd/server@v$want"
# The module's main package is named `server`; install it under its real name.
mv "$gobin/server" "$bin"
"$bin" --version >&2
