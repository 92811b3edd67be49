#!/usr/bin/env bash
# Debian's redis-server, for the LiveKit suites where servers share a Redis (test/livekit/). The
# tests start their own redis-server on a loopback port; this only makes sure the program exists.
# Installed with apt-get when missing and we are root (Debian's policy-rc.d, where present, keeps
# the packaged service from starting). Exit codes: 0 present, 3 missing and not installable here.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-redis: redis-server is missing and cannot be installed here (needs root and apt-get)" >&2
  exit 3
fi
echo "ensure-redis: installing Debian's redis-server" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends redis-server; }; then
  echo "ensure-redis: apt-get could not install redis-server" >&2
  exit 3
fi
redis-server --version >&2
