#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the two ways advocacy is installed: `cmake --install` used by a consumer project through
# find_package, and `pip install .` into a fresh virtual environment running the Python tests
# against the installed package, not the build tree. Expects scripts/test.sh to have built BUILD_DIR.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== cmake --install, then tests/find_package against the installed copy"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$root/tests/find_package" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" -j "$(nproc)" >/dev/null
"$work/consumer/consumer"

echo "== pkg-config: compile and link a program with nothing but its flags"
pc_path=$(dirname "$(find "$work/prefix" -name advocacy.pc | head -1)")
# shellcheck disable=SC2046 # the flags are words
c++ "$root/tests/find_package/pkg_config.cpp" -o "$work/pkg_config" \
  $(PKG_CONFIG_PATH="$pc_path" pkg-config --cflags --libs advocacy)
"$work/pkg_config"

echo "== pip install . into a fresh virtual environment"
# Debian's interpreter with its site packages visible: pytest and hypothesis come from Debian,
# since no package index is reachable.
/usr/bin/python3 -m venv --system-site-packages "$work/venv"
# The extension scripts/test.sh built is packaged as it is (ADVOCACY_PREBUILT_DIR); without that
# variable pip compiles it afresh, in Release.
ADVOCACY_PREBUILT_DIR="$build" "$work/venv/bin/python" -m pip install --quiet --no-build-isolation --no-deps "$root"
cd "$work"  # away from the source tree, so only the installed package can be imported
"$work/venv/bin/python" -c "import advocacy, pathlib; p = pathlib.Path(advocacy.__file__).parent; assert (p / 'py.typed').exists() and (p / '_advocacy.pyi').exists(), p; print('installed', advocacy.__version__, 'at', p)"
# The browser and Dask tests exercise the same extension through other programs (chromium, worker
# processes) and ran already in scripts/test.sh; here they would only double their minute.
ADVOCACY_CLI="$build/cli/advocacy" "$work/venv/bin/python" -m pytest -q -p no:cacheprovider "$root/tests/python" \
  --ignore="$root/tests/python/test_site_browser.py" --ignore="$root/tests/python/test_dask.py"
