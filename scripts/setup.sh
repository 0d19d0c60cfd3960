#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages that advocacy's build, tests and benchmarks need; with the
# argument "fuzz", also clang and its sanitizer runtimes for scripts/fuzz.sh; with "docs", doxygen.
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
  libmstch-dev  # Mustache templates: a message per supporter for mail merge (plan_message.hpp)
  iso-codes     # ISO 3166 country and subdivision names, made into a table at build time
  # tests
  libboost-test-dev
  python3-pytest python3-hypothesis
  python3-pandas  # advocacy.to_records / from_records read back through DataFrames (tests/python/test_records.py)
  python3-icalendar python3-vobject python3-recurring-ical-events
  python3-mypy  # stubtest and mypy --strict of the examples (.ci/run)
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

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then
  sudo=sudo
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
