#!/usr/bin/env bash
# Debian's docker-registry (the CNCF distribution registry), the OCI registry the real-control-plane
# suite (test/e2e/) pushes the packages to and Crossplane pulls them from, on loopback; and iproute2,
# whose `ip` brings up the loopback of the suite's private network namespace. The test starts its own
# registry; this only makes sure the programs exist. Installed with apt-get when missing and we are
# root (Debian's policy-rc.d, where present, keeps the packaged service from starting).
# Exit codes: 0 present, 3 missing and not installable here.
set -euo pipefail
if command -v docker-registry >/dev/null 2>&1 && command -v ip >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-registry: docker-registry or ip is missing and cannot be installed here (needs root and apt-get)" >&2
  exit 3
fi
echo "ensure-registry: installing Debian's docker-registry and iproute2" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends docker-registry iproute2; }; then
  echo "ensure-registry: apt-get could not install docker-registry" >&2
  exit 3
fi
# The package enables a service on :5000; where an init system started it, stop it: the test runs its own.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet docker-registry 2>/dev/null; then
  systemctl disable --now docker-registry >/dev/null 2>&1 || true
fi
docker-registry --version >&2
