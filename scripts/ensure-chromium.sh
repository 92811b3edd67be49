#!/usr/bin/env bash
# Debian's chromium, the browser the media suite drives (test/livekit/media.test.ts) through
# playwright-core; no browser is downloaded. Installed with apt-get when missing and we are root.
# Exit codes: 0 present, 3 missing and not installable here.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: chromium is missing and cannot be installed here (needs root and apt-get)" >&2
  exit 3
fi
echo "ensure-chromium: installing Debian's chromium (about 2 minutes)" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; }; then
  echo "ensure-chromium: apt-get could not install chromium" >&2
  exit 3
fi
chromium --version >&2
