#!/usr/bin/env bash
# Builds, once, into .tools/bin:
#  - the pinned crossplane CLI (crank) as crossplane;
#  - Crossplane core (cmd/crossplane) of the same pin as crossplane-core, for the real-control-plane
#    suite (test/e2e/), with its version stamped like the CLI's;
#  - crossplane-pki (tools/crossplane-pki, Go's standard library only): TLS certificates shaped as
#    Crossplane makes the ones it calls functions with, for the function server's mTLS tests.
# With `--cli`, only the CLI, and prints the path of the one to run: a crossplane of the pinned
# version already on the PATH is used as it is (npm run demo).
# The CLI's version is pinned by tools/crossplane/go.mod and go.sum. It is v2.2.1: the newest v2.2
# release the Go module proxy serves here (v2.2.2 to v2.2.4 answer 403), and `go install
# pkg@version` cannot be used because its deprecation check needs the proxy's version list,
# which is refused too. Later CLI releases moved render onto Docker, which these machines lack.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
want=$(awk 'NF >= 2 && $(NF-1) == "github.com/crossplane/crossplane/v2" {print $NF; exit}' "$root/tools/crossplane/go.mod")
pki_pin=$(cat "$root"/tools/crossplane-pki/{go.mod,main.go} | sha256sum | cut -c1-12)

is_pinned_cli() { [ -x "$1" ] && "$1" version --client 2>/dev/null | grep -qF "$want"; }
cli_built() { is_pinned_cli "$bin/crossplane"; }
core_built() { [ -x "$bin/crossplane-core" ] && "$bin/crossplane-core" --version 2>/dev/null | grep -qxF "$want"; }
pki_built() { [ -x "$bin/crossplane-pki" ] && [ -f "$bin/.crossplane-pki-$pki_pin" ]; }

only_cli=false
[ "${1:-}" = "--cli" ] && only_cli=true
if $only_cli; then
  on_path=$(command -v crossplane || true)
  if [ -n "$on_path" ] && is_pinned_cli "$on_path"; then
    echo "$on_path"
    exit 0
  fi
fi
if cli_built && { $only_cli || { pki_built && core_built; }; }; then
  $only_cli && echo "$bin/crossplane"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "ensure-crossplane: Go is not installed; cannot build the crossplane CLI $want" >&2
  exit 3
fi
mkdir -p "$bin"
if ! cli_built; then
  echo "ensure-crossplane: building crossplane CLI $want (first run only, takes a few minutes)" >&2
  (cd "$root/tools/crossplane" && GOFLAGS=-mod=mod go build -trimpath \
    -ldflags "-s -w -X github.com/crossplane/crossplane/v2/internal/version.version=$want" \
    -o "$bin/crossplane" github.com/crossplane/crossplane/v2/cmd/crank)
  "$bin/crossplane" version --client >&2
fi
if $only_cli; then
  echo "$bin/crossplane"
  exit 0
fi
if ! core_built; then
  echo "ensure-crossplane: building Crossplane core $want (first run only, takes a few minutes)" >&2
  (cd "$root/tools/crossplane" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath \
    -ldflags "-s -w -X github.com/crossplane/crossplane/v2/internal/version.version=$want" \
    -o "$bin/crossplane-core" github.com/crossplane/crossplane/v2/cmd/crossplane)
fi
if ! pki_built; then
  (cd "$root/tools/crossplane-pki" && go build -trimpath -o "$bin/crossplane-pki" .)
  rm -f "$bin"/.crossplane-pki-*
  touch "$bin/.crossplane-pki-$pki_pin"
fi
