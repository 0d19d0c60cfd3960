#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up, builds and runs every test: the C++ suites and import checks under ctest, then pytest.
# Environment: BUILD_DIR (default build), ADVOCACY_WERROR (ON|OFF, default OFF), JOBS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
jobs=${JOBS:-$(nproc)}

"$root/scripts/setup.sh"
# Optimized as RelWithDebInfo, without the debug information, which the tests never use and which
# makes the build half as slow again (pybind11 and Boost.Test code above all).
cmake -S "$root" -B "$build" -DADVOCACY_WERROR="${ADVOCACY_WERROR:-OFF}" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" >/dev/null
cmake --build "$build" -j "$jobs"
ctest --test-dir "$build" --output-on-failure -j "$jobs"
# Debian's interpreter: it sees Debian's pytest, hypothesis, icalendar, vobject packages. The browser
# tests of the site leave their screenshots in the build folder, for people to look at.
ADVOCACY_CLI="$build/cli/advocacy" ADVOCACY_SCREENSHOTS="$build/site-screenshots" PYTHONPATH="$build/python" /usr/bin/python3 -m pytest -q -p no:cacheprovider "$root/tests/python"
