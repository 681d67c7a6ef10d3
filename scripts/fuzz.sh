#!/usr/bin/env bash
# The libFuzzer targets of the engine's parsers (tests/fuzz), built with clang, ASan and UBSan (CMake preset "fuzz").
#   scripts/fuzz.sh build                    configure + build the targets, write the seed corpora (make_corpus.py)
#   scripts/fuzz.sh run MINUTES [TARGET...]  fuzz each target for MINUTES (one process, -jobs=1) on its corpus, then
#                                            print executions, exec/s, coverage (cov, ft) and crashes per target
#   scripts/fuzz.sh replay [TARGET...]       CI: each target over its seeds for a fixed number of runs (fixed seed);
#                                            exits non-zero when any target crashes, hangs, leaks or runs out of memory
# TARGET is a name without "fuzz_" (idx, picture, ...); all targets by default. What `run` finds grows the corpus in
# build/fuzz/corpus/TARGET; inputs that crash land in build/fuzz/artifacts/TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."

root=$PWD
build=$root/build/fuzz
all=(idx safetensors torchfile unpickler picture result_json resume_json config_json recipe weights_catalog sweep_json
     progress_jsonl)
replay_runs=2000

# LibTorch, zlib, libpng, libjpeg and Qt are not instrumented. libFuzzer stops on the first report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

die() { printf 'fuzz.sh: %s\n' "$*" >&2; exit 2; }

# The dictionaries (tests/fuzz/*.dict) of one target, joined into one file: libFuzzer takes a single -dict.
dict_of() {
  local parts=()
  case "$1" in
    safetensors) parts=(json safetensors) ;;
    torchfile) parts=(zip pickle) ;;
    unpickler) parts=(pickle) ;;
    picture) parts=(picture) ;;
    result_json|resume_json|config_json|recipe|weights_catalog|sweep_json|progress_jsonl) parts=(json) ;;
  esac
  [ ${#parts[@]} -eq 0 ] && return 0
  mkdir -p "$build/dicts"
  local out="$build/dicts/$1.dict" part
  for part in "${parts[@]}"; do cat "$root/tests/fuzz/$part.dict"; done >"$out"
  echo "-dict=$out"
}

targets_of() {
  local t
  [ $# -eq 0 ] && set -- "${all[@]}"
  for t in "$@"; do
    [ -x "$build/fuzz_$t" ] || die "no build/fuzz/fuzz_$t (known: ${all[*]}; run scripts/fuzz.sh build first)"
    echo "$t"
  done
}

build() {
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  rm -rf "$build/seeds"
  /usr/bin/python3 tests/fuzz/make_corpus.py "$build/seeds"
}

# libFuzzer's final figures from a log: executions, exec/s, cov, ft.
figures() {
  local log=$1 runs speed cov ft
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  echo "${runs:-?} ${speed:-?} ${cov:-?} ${ft:-?}"
}

run() {
  local minutes=${1:-}
  [[ $minutes =~ ^[0-9]+$ ]] && [ "$minutes" -gt 0 ] || die "usage: scripts/fuzz.sh run MINUTES [TARGET...]"
  shift
  local t rows=() failed=0
  for t in $(targets_of "$@"); do
    local corpus="$build/corpus/$t" artifacts="$build/artifacts/$t/" log="$build/logs/$t.log"
    mkdir -p "$corpus" "$artifacts" "$build/logs"
    echo "== fuzz_$t for $minutes min" >&2
    # -jobs=1 runs one fuzzing process and writes its log to fuzz-0.log in the working folder: the log folder.
    (cd "$build/logs" && rm -f fuzz-0.log &&
      "$build/fuzz_$t" "$corpus" "$build/seeds/$t" $(dict_of "$t") -jobs=1 -max_total_time=$((minutes * 60)) \
        -timeout=25 -print_final_stats=1 -artifact_prefix="$artifacts" >/dev/null 2>&1) || true
    mv "$build/logs/fuzz-0.log" "$log"
    local crashes
    crashes=$(find "$artifacts" -type f | wc -l)
    [ "$crashes" -gt 0 ] && failed=1
    rows+=("fuzz_$t $(figures "$log") $crashes")
  done
  local row format='%-22s %12s %8s %6s %7s %8s\n'
  printf "$format" target executions exec/s cov ft crashes
  for row in ${rows[@]+"${rows[@]}"}; do printf "$format" $row; done
  [ $failed -eq 0 ] || echo "inputs that crashed: build/fuzz/artifacts/TARGET/ (logs: build/fuzz/logs/)" >&2
  return $failed
}

replay() {
  local t failed=()
  for t in $(targets_of "$@"); do
    local log="$build/logs/replay-$t.log" found="$build/replay/$t"
    # libFuzzer adds what it finds to the first folder: a scratch one, so that the seeds stay as generated.
    rm -rf "$found" "$build/artifacts/replay-$t"
    mkdir -p "$build/logs" "$build/artifacts/replay-$t" "$found"
    if "$build/fuzz_$t" "$found" "$build/seeds/$t" $(dict_of "$t") -runs=$replay_runs -seed=1 -timeout=25 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/replay-$t/" >"$log" 2>&1; then
      printf 'fuzz_%-18s ok   %s runs\n' "$t" "$(figures "$log" | cut -d' ' -f1)"
    else
      printf 'fuzz_%-18s FAILED (log: %s)\n' "$t" "${log#"$root"/}"
      grep -m3 -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: )' "$log" || true
      failed+=("$t")
    fi
  done
  [ ${#failed[@]} -eq 0 ] || die "crashed: ${failed[*]}"
}

case "${1:-}" in
  build) build ;;
  run) shift; run "$@" ;;
  replay) shift; replay "$@" ;;
  *) die "usage: scripts/fuzz.sh build | run MINUTES [TARGET...] | replay [TARGET...]" ;;
esac
