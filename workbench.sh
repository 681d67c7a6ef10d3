#!/usr/bin/env bash
# MNIST Workbench in one command, on Debian 12 (as root, or a user with sudo):
#   ./workbench.sh          install what is missing, fetch MNIST, build, start the app on MNIST
#   ./workbench.sh test     install what is missing, fetch MNIST, build, run the whole test suite
# Idempotent: a second run installs nothing, downloads nothing and rebuilds only what changed (ccache).
set -euo pipefail
cd "$(dirname "$0")"
preset=${MW_PRESET:-dev}
case "${1:-run}" in
  run)
    MW_PRESET=$preset scripts/setup.sh deps data build
    exec "build/$preset/src/app/mnist-workbench" --dataset MNIST "${@:2}"
    ;;
  test)
    MW_PRESET=$preset scripts/setup.sh deps data build
    ctest --preset "$preset" "${@:2}"
    ;;
  *)
    echo "usage: ./workbench.sh [run|test] [extra arguments for the app or ctest]" >&2
    exit 2
    ;;
esac
