#!/usr/bin/env bash
# Builds the pinned crossplane CLI (crank) into .tools/bin/crossplane, once.
# The version is pinned by tools/crossplane/go.mod and go.sum. It is v2.2.1: the newest v2.2
# release the Go module proxy serves here (v2.2.2 to v2.2.4 answer 403), and `go install
# pkg@version` cannot be used because its deprecation check needs the proxy's version list,
# which is refused too. Later CLI releases moved render onto Docker, which these machines lack.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin/crossplane"
want=$(awk 'NF >= 2 && $(NF-1) == "github.com/crossplane/crossplane/v2" {print $NF; exit}' "$root/tools/crossplane/go.mod")

if [ -x "$bin" ] && "$bin" version --client 2>/dev/null | grep -qF "$want"; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "ensure-crossplane: Go is not installed; cannot build the crossplane CLI $want" >&2
  exit 3
fi
echo "ensure-crossplane: building crossplane CLI $want (first run only, takes a few minutes)" >&2
mkdir -p "$root/.tools/bin"
cd "$root/tools/crossplane"
GOFLAGS=-mod=mod go build -trimpath \
  -ldflags "-s -w -X github.com/crossplane/crossplane/v2/internal/version.version=$want" \
  -o "$bin" github.com/crossplane/crossplane/v2/cmd/crank
"$bin" version --client >&2
