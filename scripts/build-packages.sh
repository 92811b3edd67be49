#!/usr/bin/env bash
# Builds the two xpkg packages into _output/ with the pinned crossplane CLI:
#   function-livekit-pool[-<arch>].xpkg   package/ (meta Function + input CRD), examples/
#   configuration-livekit-pool.xpkg       crossplane.yaml + apis/ (XRDs, Compositions), examples/
# Where Docker with buildx is available, the function's runtime image is built for amd64 and arm64
# and embedded; otherwise the function package carries no runtime image (enough for checks, not
# for a cluster). With REGISTRY set (e.g. ghcr.io/l7mp), both packages are pushed, tagged VERSION.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-crossplane.sh
xp=.tools/bin/crossplane
out=_output
version=${VERSION:-v$(node -p 'require("./package.json").version')}
rm -rf "$out" && mkdir -p "$out/configuration"

function_files=()
if command -v docker >/dev/null 2>&1 && docker buildx version >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  for arch in amd64 arm64; do
    docker buildx build --platform "linux/$arch" --target image --output "type=docker,dest=$out/runtime-$arch.tar" .
    "$xp" xpkg build --package-root=package --examples-root=examples \
      --embed-runtime-image-tarball="$out/runtime-$arch.tar" -o "$out/function-livekit-pool-$arch.xpkg"
    function_files+=("$out/function-livekit-pool-$arch.xpkg")
  done
else
  echo "build-packages: no Docker engine; the function package has no runtime image" >&2
  "$xp" xpkg build --package-root=package --examples-root=examples -o "$out/function-livekit-pool.xpkg"
  function_files+=("$out/function-livekit-pool.xpkg")
fi

# The Configuration's package root may hold only its meta file and API objects.
cp crossplane.yaml "$out/configuration/"
cp -r apis "$out/configuration/"
"$xp" xpkg build --package-root="$out/configuration" --examples-root=examples -o "$out/configuration-livekit-pool.xpkg"

if [ -n "${REGISTRY:-}" ]; then
  if [ "${#function_files[@]}" -lt 2 ]; then
    echo "build-packages: refusing to push a function package without runtime images" >&2
    exit 1
  fi
  files=$(IFS=,; echo "${function_files[*]}")
  "$xp" xpkg push --package-files="$files" "$REGISTRY/function-livekit-pool:$version"
  "$xp" xpkg push --package-files="$out/configuration-livekit-pool.xpkg" "$REGISTRY/configuration-livekit-pool:$version"
fi
ls -l "$out"/*.xpkg
