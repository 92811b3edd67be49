#!/usr/bin/env bash
# Builds the real control plane of the end-to-end suite (test/e2e/) into .tools/bin, once:
#   kube-apiserver, kube-controller-manager, kube-scheduler  Kubernetes v1.34.4 (tools/kube)
#   etcd                                                     v3.6.16 (tools/etcd)
#   kwok                                                     v0.7.0 (tools/kwok): nodes and kubelets
# Each is pinned by its wrapper module's go.mod and go.sum; v1.34.4 and v3.6.16 are the newest
# patch releases of those minors the Go module proxy serves here. k8s.io/kubernetes refers to its
# staging modules by relative path, so tools/kube/go.mod replaces each with its v0.34.4 release.
# The Kubernetes binaries get their version stamped, as the release build does (kubectl version,
# /version and the API server's discovery report it).
# Exit codes: 0 built or already present, 3 Go is missing, anything else a failed build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
kube=$(awk 'NF >= 2 && $(NF-1) == "k8s.io/kubernetes" {print $NF; exit}' "$root/tools/kube/go.mod")
# The stamp names every pin itself (go.mod and go.sum), so a changed pin rebuilds.
pin=$(cat "$root"/tools/{kube,etcd,kwok}/go.{mod,sum} | sha256sum | cut -c1-12)
stamp="$bin/.kube-$kube-$pin"
programs=(kube-apiserver kube-controller-manager kube-scheduler etcd kwok)

all_built() {
  for p in "${programs[@]}"; do [ -x "$bin/$p" ] || return 1; done
  [ -f "$stamp" ]
}
if all_built; then
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "ensure-kube: Go is not installed; cannot build the control plane (Kubernetes $kube)" >&2
  exit 3
fi
echo "ensure-kube: building kube-apiserver, kube-controller-manager, kube-scheduler $kube, etcd and kwok (first run only, about 25 minutes on two cores)" >&2
mkdir -p "$bin"
minor=${kube#v1.}
minor=${minor%%.*}
version_pkg=k8s.io/component-base/version
ldflags="-s -w -X $version_pkg.gitVersion=$kube -X $version_pkg.gitMajor=1 -X $version_pkg.gitMinor=$minor -X $version_pkg.gitTreeState=clean"
# -mod=readonly: go.mod and go.sum are the pin; a build may not rewrite them. One `go build` for
# the three Kubernetes programs, so the packages they share are compiled once.
(cd "$root/tools/kube" && CGO_ENABLED=0 GOFLAGS=-mod=readonly go build -trimpath -ldflags "$ldflags" -o "$bin/" \
  k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager k8s.io/kubernetes/cmd/kube-scheduler)
(cd "$root/tools/etcd" && CGO_ENABLED=0 GOFLAGS=-mod=readonly go build -trimpath -ldflags "-s -w" -o "$bin/etcd" go.etcd.io/etcd/server/v3)
(cd "$root/tools/kwok" && CGO_ENABLED=0 GOFLAGS=-mod=readonly go build -trimpath -ldflags "-s -w" -o "$bin/kwok" sigs.k8s.io/kwok/cmd/kwok)
rm -f "$bin"/.kube-*
touch "$stamp"
"$bin/kube-apiserver" --version >&2
