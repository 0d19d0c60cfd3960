#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up, builds and runs the main job on the bundled example: a supporter's action plan in
# Minnesota on 2015-09-01, from the sample campaign (the 2015 call to action).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}" --target advocacy_cli  # the command alone: no tests or bindings
"$build/cli/advocacy" plan --state MN --today 2015-09-01
