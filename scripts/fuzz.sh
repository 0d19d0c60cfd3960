#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of tests/fuzz with Clang (folder build-fuzz) and runs each for
# SECONDS (default 60), two at a time, on a copy of its corpus and regressions. Crash inputs go
# to build-fuzz/artifacts/<target>/; the exit status is non-zero when any target found one.
# With --tests, first builds the C++ test suites in the same build, where everything is compiled
# with AddressSanitizer and UndefinedBehaviorSanitizer, and runs them under ctest: the library is
# compiled once for both (CI's sanitizer pass).
# Usage: scripts/fuzz.sh [--tests] [SECONDS]. Environment: BUILD_DIR (default build-fuzz),
# FUZZ_JOBS (targets run at once, default 2), CXX (default clang++), ADVOCACY_WERROR (default OFF).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
with_tests=0
if [[ ${1:-} == --tests ]]; then
  with_tests=1
  shift
fi
seconds=${1:-60}
parallel=${FUZZ_JOBS:-2}
targets=()  # one per tests/fuzz/fuzz_*.cpp, as tests/fuzz/CMakeLists.txt builds them
for source in "$root"/tests/fuzz/fuzz_*.cpp; do
  targets+=("$(basename "$source" .cpp)")
done

if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds == 0)); then
  echo "usage: scripts/fuzz.sh [--tests] [SECONDS]  (SECONDS: a positive whole number, default 60)" >&2
  exit 2
fi

"$root/scripts/setup.sh" fuzz
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Line tables are all a sanitizer's or libFuzzer's stack trace needs, at a fraction of -g's cost.
cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER="${CXX:-clang++}" "${launcher[@]}" \
  -DADVOCACY_BUILD_FUZZERS=ON -DADVOCACY_BUILD_PYTHON=OFF -DADVOCACY_BUILD_EXAMPLES=OFF \
  -DADVOCACY_BUILD_BENCHMARKS=OFF -DADVOCACY_BUILD_CLI=OFF -DADVOCACY_WERROR="${ADVOCACY_WERROR:-OFF}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" >/dev/null
if ((with_tests)); then
  echo "== C++ tests under AddressSanitizer + UndefinedBehaviorSanitizer (Clang)"
  cmake --build "$build" -j "$(nproc)" --target advocacy_tests
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
fi
cmake --build "$build" -j "$(nproc)" --target fuzzers

# Each target fuzzes its own working corpus in the build folder, seeded from the repository's
# corpus and regressions, so new inputs never land in the source tree. The working corpus is kept
# between runs: coverage found once is not searched for again.
run_one() {
  local target=$1
  local work=$build/corpus/$target
  mkdir -p "$work" "$build/artifacts/$target" "$build/logs"
  for seeds in "$root/tests/fuzz/corpus/$target" "$root/tests/fuzz/regressions/$target"; do
    if [[ -d $seeds ]]; then
      find "$seeds" -maxdepth 1 -type f ! -name '.*' -exec cp {} "$work/" \;
    fi
  done
  local rc=0
  UBSAN_OPTIONS=print_stacktrace=1 "$build/tests/fuzz/$target" "$work" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target/" >"$build/logs/$target.log" 2>&1 || rc=$?
  echo "$rc" >"$build/logs/$target.rc"
  echo "fuzz: $target finished (exit $rc)"
}

echo "fuzz: running ${#targets[@]} targets for ${seconds}s each, $parallel at a time"
for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= parallel)); do
    wait -n || true
  done
  run_one "$target" &
done
wait

failed=0
for target in "${targets[@]}"; do
  rc=$(cat "$build/logs/$target.rc")
  log=$build/logs/$target.log
  if [[ $rc != 0 ]]; then
    failed=1
    echo
    echo "fuzz: $target FAILED (exit $rc); log: $log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY:|.*runtime error:|terminate called|.*what\(\):)' "$log" | head -5 || true
    artifacts=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
    if [[ -n $artifacts ]]; then
      for artifact in $artifacts; do
        echo "fuzz:   crashing input: $artifact"
        echo "fuzz:   reproduce: $build/tests/fuzz/$target $artifact"
      done
      echo "fuzz:   after fixing the bug, keep the input as a regression test:"
      echo "fuzz:     cp $artifacts $root/tests/fuzz/regressions/$target/"
    else
      tail -n 20 "$log"
    fi
  else
    echo "fuzz: $target ok: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs," \
      "$(grep -E '^#[0-9]+.*DONE' "$log" | grep -oE 'cov: [0-9]+' | head -1)"
  fi
done
exit "$failed"
