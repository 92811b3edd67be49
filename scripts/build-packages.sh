#!/usr/bin/env bash
# Builds the xpkg packages into _output/ (or OUT) with the pinned crossplane CLI:
#   function-livekit-pool[-<arch>].xpkg          package/ (meta Function + input CRD), examples/
#   configuration-livekit-pool.xpkg              crossplane.yaml + apis/ (XRDs, Compositions), examples/
#   configuration-livekit-pool-memorystore.xpkg  configurations/memorystore: provider-gcp-redis (optional)
#   configuration-livekit-pool-elasticache.xpkg  configurations/elasticache: provider-aws-elasticache (optional)
# REGISTRY (default ghcr.io/l7mp) is where the packages live: the Configuration depends on
# $REGISTRY/function-livekit-pool and its Compositions call the function by the name Crossplane
# gives that dependency (scripts/configuration-package.ts). With REGISTRY set, the packages are
# pushed there, tagged VERSION, unless PUSH=0.
# Where Docker with buildx is available, the function's runtime image is built for amd64 and arm64
# and embedded; otherwise the function package carries no runtime image (enough for checks, not
# for a cluster), and is not pushed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-crossplane.sh
xp=.tools/bin/crossplane
out=${OUT:-_output}
registry=${REGISTRY:-ghcr.io/l7mp}
registry=${registry%/}
version=${VERSION:-v$(node -p 'require("./package.json").version')}
rm -rf "$out" && mkdir -p "$out"

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
npx tsx scripts/configuration-package.ts "$registry" "$out/configuration"
"$xp" xpkg build --package-root="$out/configuration" --examples-root=examples -o "$out/configuration-livekit-pool.xpkg"
for mode in memorystore elasticache; do
  "$xp" xpkg build --package-root="configurations/$mode" -o "$out/configuration-livekit-pool-$mode.xpkg"
done

if [ -n "${REGISTRY:-}" ] && [ "${PUSH:-1}" != "0" ]; then
  if [ "${#function_files[@]}" -lt 2 ]; then
    echo "build-packages: refusing to push a function package without runtime images (PUSH=0 builds without pushing)" >&2
    exit 1
  fi
  files=$(IFS=,; echo "${function_files[*]}")
  "$xp" xpkg push --package-files="$files" "$registry/function-livekit-pool:$version"
  for pkg in configuration-livekit-pool configuration-livekit-pool-memorystore configuration-livekit-pool-elasticache; do
    "$xp" xpkg push --package-files="$out/$pkg.xpkg" "$registry/$pkg:$version"
  done
fi
ls -l "$out"/*.xpkg
