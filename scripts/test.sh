#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up, builds and runs every test: the C++ suites and import checks under ctest, then pytest.
# Environment: BUILD_DIR (default build), ADVOCACY_WERROR (ON|OFF, default OFF), JOBS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
jobs=${JOBS:-$(nproc)}

"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -DADVOCACY_WERROR="${ADVOCACY_WERROR:-OFF}" >/dev/null
cmake --build "$build" -j "$jobs"
ctest --test-dir "$build" --output-on-failure -j "$jobs"
# Debian's interpreter: it sees Debian's pytest, hypothesis, icalendar, vobject packages.
ADVOCACY_CLI="$build/cli/advocacy" PYTHONPATH="$build/python" /usr/bin/python3 -m pytest -q -p no:cacheprovider "$root/tests/python"
