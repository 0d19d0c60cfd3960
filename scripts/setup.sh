#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages that advocacy's build, tests and benchmarks need; with the
# argument "fuzz", also clang and its sanitizer runtimes for scripts/fuzz.sh; with "docs", doxygen.
# Also axe-core (npm), the accessibility rules the browser tests run in each page of the site.
# Idempotent: when everything is present it only checks and returns.
set -euo pipefail

packages=(
  # build
  cmake g++ make pkg-config
  libhowardhinnant-date-dev tzdata
  pybind11-dev python3-dev
  python3-setuptools python3-wheel python3-pip python3-venv
  nlohmann-json3-dev libical-dev libicu-dev
  libcli11-dev  # the command's arguments
  libkainjow-mustache-dev  # Mustache templates: the site's pages (write_site), messages for mail merge (plan_template)
  iso-codes     # ISO 3166 country and subdivision names, made into a table at build time
  # tests
  libboost-test-dev
  python3-pytest python3-hypothesis
  python3-pandas  # advocacy.to_records / from_records read back through DataFrames (tests/python/test_records.py)
  python3-icalendar python3-vobject python3-recurring-ical-events
  python3-mypy  # stubtest and mypy --strict of the examples (.ci/run)
  python3-html5lib  # the site's pages parsed as HTML5, strictly (tests/python/test_site.py)
  # batch plans past one machine: a dask.dataframe planned on a dask.distributed cluster
  # (examples/python/dask_plans.py; tests/python/test_dask.py runs it on a LocalCluster)
  python3-dask python3-distributed
  # the site in a real browser: headless chromium driven through selenium (tests/python/test_site_browser.py)
  chromium chromium-driver python3-selenium
  # benchmarks (peers measured side by side)
  libbenchmark-dev python3-dateutil
)

if [[ ${1:-} == fuzz ]]; then
  # libFuzzer and the sanitizer runtimes come with clang
  packages+=(clang libclang-rt-14-dev)
elif [[ ${1:-} == docs ]]; then
  packages+=(doxygen)  # the API reference: doxygen docs/Doxyfile
elif [[ $# -gt 0 ]]; then
  echo "usage: scripts/setup.sh [fuzz|docs]" >&2
  exit 2
fi

# npm brings axe-core below; a Node.js from elsewhere may have brought npm already.
if ! command -v npm >/dev/null; then
  packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ $(id -u) -ne 0 ]]; then
  sudo=sudo
else
  sudo=
fi

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# axe-core, installed globally (npm root -g: /usr/lib/node_modules or /usr/local/lib/node_modules),
# where tests/python/test_site_browser.py reads axe.min.js; no network is needed at test time.
if [[ ! -f $(npm root -g)/axe-core/axe.min.js ]]; then
  echo "setup: installing axe-core (npm)" >&2
  $sudo npm install -g --no-audit --no-fund axe-core@4 >/dev/null
fi
