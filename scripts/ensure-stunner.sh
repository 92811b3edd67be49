#!/usr/bin/env bash
# Builds STUNner's TURN server (stunnerd) and TURN client (turncat) into .tools/bin, once.
# Pinned by tools/stunner/go.mod and go.sum at STUNner v1.1.0: the newest release the Go module
# proxy serves here (v1.1.1 and later answer 403; the platform runs v1.2.x, whose ephemeral and
# static auth checks are the same). As in STUNner's own build, its TURN server needs l7mp's fork of
# pion/turn; the fork's hashes in go.sum are copied from STUNner v1.1.0's go.sum, since the
# checksum database does not list the fork. `go install pkg@version` is not used: the proxy refuses
# the version list its deprecation check reads.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
want=$(awk 'NF >= 2 && $(NF-1) == "github.com/l7mp/stunner" {print $NF; exit}' "$root/tools/stunner/go.mod")
# The stamp names the pin itself (go.mod and go.sum), so a changed pin or fork rebuilds.
pin=$(cat "$root/tools/stunner/go.mod" "$root/tools/stunner/go.sum" | sha256sum | cut -c1-12)
stamp="$bin/.stunner-$want-$pin"

if [ -x "$bin/stunnerd" ] && [ -x "$bin/turncat" ] && [ -f "$stamp" ]; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "ensure-stunner: Go is not installed; cannot build stunnerd and turncat $want" >&2
  exit 3
fi
echo "ensure-stunner: building stunnerd and turncat $want (first run only, about a minute)" >&2
mkdir -p "$bin"
cd "$root/tools/stunner"
for cmd in stunnerd turncat; do
  # -mod=readonly: go.mod and go.sum are the pin; a build may not rewrite them.
  GOFLAGS=-mod=readonly go build -trimpath -ldflags "-s -w" -o "$bin/$cmd" "github.com/l7mp/stunner/cmd/$cmd"
done
touch "$stamp"
