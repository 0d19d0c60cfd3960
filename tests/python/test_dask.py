# SPDX-License-Identifier: MIT
"""The batch job past one machine: examples/python/dask_plans.py, run against a dask.distributed
LocalCluster of two worker processes on loopback, gives the rows of the single-process command
`advocacy plans --format csv`, row for row, for a generated list of 10^5 supporters read in several
partitions; and one partition gives its plans, then a row per warning of the reader. Without dask
or distributed the tests are skipped, saying so, but when $CI is set (as CI runs them), they fail."""

import csv
import datetime
import importlib.util
import io
import os
import pathlib
import random
import re
import subprocess
import sys

import pytest

import advocacy

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = os.environ.get("ADVOCACY_CLI", str(ROOT / "build" / "cli" / "advocacy"))
EXAMPLE = ROOT / "examples" / "python" / "dask_plans.py"
TODAY = "2015-09-01"
ROWS = 100_000

# ZIP codes of several states, some with a leading zero that a number column would lose.
ZIPS = ["55401", "53703", "02139", "06103", "85701", "21201", "10001", "60601", "94110", "98101", "00501"]


def missing(reason):
    """Skips the test, or fails it under CI, where every package must be there."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (scripts/setup.sh installs it)")
    pytest.skip(reason)


def supporters_csv(rows):
    """A CRM export of `rows` supporters, most of them good; some rows with a bad email, a bad ZIP code,
    no name, or a ZIP code whose prefix is not in use (read without a state)."""
    pick = random.Random(15)
    lines = ["uuid,first_name,last_name,email,zip_code,can2_state_abbreviated,can2_user_city"]
    for i in range(1, rows + 1):
        zip_code = pick.choice(ZIPS)
        state = pick.choice(["", "", "MN", "Florida"])
        email = f"p{i}@example.org"
        first, last = f"Person{i}", '"Doe, Jr."'
        if i % 9973 == 0:
            email = f"p{i}.example.org"
        elif i % 9967 == 0:
            zip_code = "5540"
        elif i % 9949 == 0:
            first = last = ""
        elif i % 9941 == 0:
            zip_code, state = "00100", ""
        lines.append(f"an-{i},{first},{last},{email},{zip_code},{state},Town {i % 50}")
    return "\r\n".join(lines) + "\r\n"


def test_dask_plans_equal_the_command_row_for_row(tmp_path):
    try:
        import dask.dataframe as dd
        import distributed
    except ImportError as e:
        missing(f"dask or distributed is not installed (Debian: python3-dask, python3-distributed): {e}")
    if not pathlib.Path(CLI).exists():
        missing(f"no advocacy program at {CLI}")
    source = tmp_path / "supporters.csv"
    source.write_text(supporters_csv(ROWS), encoding="utf-8", newline="")
    blocksize = source.stat().st_size // 4
    assert dd.read_csv(source, dtype=str, keep_default_na=False, blocksize=blocksize).npartitions >= 3

    command = subprocess.run([CLI, "plans", source, "--today", TODAY, "--format", "csv"], capture_output=True,
                             text=True, timeout=60, check=True)
    expected = list(csv.reader(io.StringIO(command.stdout, newline="")))
    counts = re.search(r"(\d+) rows: (\d+) planned, (\d+) skipped \((\d+) warnings\)", command.stderr)
    assert counts is not None, command.stderr
    planned, skipped, warnings = int(counts[2]), int(counts[3]), int(counts[4])
    assert int(counts[1]) == ROWS and planned + skipped == ROWS and 0 < skipped < warnings

    target = tmp_path / "plans.csv"
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        result = subprocess.run([sys.executable, EXAMPLE, source, "--today", TODAY, "--scheduler",
                                 cluster.scheduler_address, "--blocksize", str(blocksize), "-o", target],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == planned + 1
    assert rows[0] == expected[0] and rows[0][:3] == ["id", "email", "state"]
    assert rows == expected
    # Every row is accounted for: the warnings are those of the command, one line each, naming
    # their partition and no personal data.
    summary = f"advocacy: {ROWS} rows: {planned} planned, {skipped} skipped ({warnings} warnings)"
    assert result.stderr.splitlines()[-1] == summary
    reported = [line for line in result.stderr.splitlines() if line.startswith("partition ")]
    assert len(reported) == warnings
    assert sum(", read)" in line for line in reported) == warnings - skipped
    assert not any(re.search(r"Person|Doe|p\d+[.@]example", line) for line in reported)
    assert {re.search(r'column "(\w+)"', line)[1] for line in reported} == {"first_name", "email", "zip_code"}


def test_a_partition_gives_its_plans_then_its_warnings():
    try:
        import pandas as pd

        spec = importlib.util.spec_from_file_location("dask_plans", EXAMPLE)
        example = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(example)
    except ImportError as e:
        missing(f"dask, distributed or pandas is not installed: {e}")
    campaign = advocacy.sample_campaign()
    frame = pd.DataFrame({"uuid": ["an-1", "an-2", "an-3"], "name": ["Dana Reyes", "Ari Moss", ""],
                          "zip": ["02139", "00100", "55401"], "email": ["", "", ""]})
    part = example.plan_partition(frame, campaign, datetime.date(2015, 9, 1), {"number": 7, "division": None})
    assert list(part.columns) == [*example.plan_columns(campaign), "warning", "skipped"]
    assert list(part["id"]) == ["an-1", "an-2", "", ""]
    assert list(part["state"]) == ["MA", "", "", ""]  # the leading zero kept: 021 is Massachusetts
    assert list(part["skipped"]) == ["", "", "no", "yes"]
    assert part["warning"][2].startswith('partition 7: line 3 (row 2, read), column "zip"')
    assert part["warning"][3].startswith('partition 7: line 4 (row 3), column "name"')
    expected = advocacy.plans_to_records(campaign, advocacy.read_supporters(frame.to_csv(index=False)).supporters,
                                         datetime.date(2015, 9, 1))
    assert part.iloc[:2].drop(columns=["warning", "skipped"]).to_dict("records") == expected
