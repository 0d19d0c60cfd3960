#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The plans of a supporter list on Dask: the same rows as `advocacy plans SUPPORTERS.csv
--format csv`, computed partition by partition on a dask.distributed cluster.

    python3 examples/python/dask_plans.py SUPPORTERS.csv [CAMPAIGN.json] --today 2015-09-01 \\
        [--scheduler tcp://scheduler.example.org:8786] [--blocksize 64MB] [-o plans.csv]

Without --scheduler, a LocalCluster on loopback. The supporters are read as a dask.dataframe (every
cell a string, so ZIP codes keep their leading zeros and empty cells stay empty); each partition goes
back to CSV text that advocacy.read_supporters reads as the command does (same columns recognized,
same states from ZIP codes), and advocacy.plans_to_records plans it. The campaign travels to the
workers once, pickled (Client.scatter). Every worker must be able to import advocacy and read
SUPPORTERS.csv at the same path (a shared file system, or a URL that dask reads such as s3://).

Each partition numbers its rows from 1: a list without an id column gets ids (row-<n>) that repeat
across partitions, so give the list one (CRM exports have one). A field that holds a line break
must not be split by --blocksize: split such a list into files (SUPPORTERS-*.csv) and pass
--blocksize 0, one partition per file.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import sys
from typing import Any

import advocacy
import pandas as pd  # type: ignore[import]
from dask.dataframe.core import DataFrame
from dask.dataframe.io.csv import read_csv
from distributed import Client, Future, LocalCluster

# The columns of the partitions' result that hold a warning of the reader and whether it skipped
# its row ("yes" or "no"); plan rows leave them empty.
WARNING, SKIPPED = "warning", "skipped"


def plan_columns(campaign: advocacy.Campaign) -> list[str]:
    """The columns of `advocacy plans --format csv` (one row per supporter)."""
    return ["id", "email", "state", *(f"steps.{action.id}" for action in campaign.actions)]


def plan_partition(
    frame: pd.DataFrame, campaign: advocacy.Campaign, today: datetime.date, partition_info: dict[str, Any] | None = None
) -> pd.DataFrame:
    """The plans of one partition's supporters, one row each, then a row per warning of the reader
    (every column empty but `warning` and `skipped`), so that every row of the input is accounted for."""
    columns = plan_columns(campaign)
    listing = advocacy.read_supporters(frame.to_csv(index=False), format="csv")
    records: list[dict[str, Any]] = advocacy.plans_to_records(campaign, listing.supporters, today)
    number = partition_info["number"] if partition_info is not None else 0
    for warning in listing.warnings:
        row: dict[str, Any] = dict.fromkeys(columns, "")
        row[WARNING] = f"partition {number}: {warning}"
        row[SKIPPED] = "yes" if warning.skipped else "no"
        records.append(row)
    return pd.DataFrame.from_records(records, columns=[*columns, WARNING, SKIPPED]).fillna("")


def plan_supporters(
    client: Client, supporters: str, campaign: advocacy.Campaign, today: datetime.date, blocksize: str | None
) -> DataFrame:
    """The plans of a supporter list, lazily, a partition for each block of the CSV file(s)."""
    frame = read_csv(supporters, dtype=str, keep_default_na=False, blocksize=blocksize)
    shipped: Future = client.scatter(campaign, broadcast=True)  # type: ignore[no-untyped-call]
    meta = pd.DataFrame({column: pd.Series(dtype=object) for column in [*plan_columns(campaign), WARNING, SKIPPED]})
    plans: DataFrame = frame.map_partitions(plan_partition, shipped, today, meta=meta)
    return plans


# distributed's Client and LocalCluster take untyped arguments.
def connect(stack: contextlib.ExitStack, scheduler: str | None, workers: int) -> Client:
    """A client of the scheduler at `scheduler`, else of a LocalCluster on loopback; closed with `stack`."""
    if not scheduler:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
        )
        stack.callback(cluster.close)
        scheduler = cluster.scheduler_address
    client = Client(scheduler)  # type: ignore[no-untyped-call]
    stack.callback(client.close)
    return client


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("supporters", help="CSV file(s) of supporters with a header row (a glob for several)")
    parser.add_argument("campaign", nargs="?", help="the campaign (JSON); default: the bundled sample")
    parser.add_argument("--today", type=datetime.date.fromisoformat, default=datetime.date.today())
    parser.add_argument("--scheduler", help="a dask scheduler's address (tcp://host:8786); default: a LocalCluster")
    parser.add_argument("--workers", type=int, default=2, help="the LocalCluster's worker processes")
    parser.add_argument("--blocksize", default="64MB", help="bytes of CSV per partition; 0: one per file")
    parser.add_argument("-o", "--output", help="where the plans go (CSV); default: standard output")
    args = parser.parse_args(argv[1:])

    campaign = advocacy.load(args.campaign) if args.campaign else advocacy.sample_campaign()
    with contextlib.ExitStack() as stack:
        client = connect(stack, args.scheduler, args.workers)
        plans = plan_supporters(client, args.supporters, campaign, args.today,
                                None if args.blocksize == "0" else args.blocksize)
        out = stack.enter_context(open(args.output, "w", newline="", encoding="utf-8")) if args.output else sys.stdout
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(plan_columns(campaign))
        planned = skipped = warned = 0
        # Partitions are computed on the workers and written here in input order, one at a time.
        for future in client.compute(plans.to_delayed()):  # type: ignore[no-untyped-call]
            part: pd.DataFrame = future.result()
            future.release()
            warnings = part[WARNING] != ""
            for warning in part.loc[warnings, WARNING]:
                print(warning, file=sys.stderr)
            writer.writerows(part.loc[~warnings].drop(columns=[WARNING, SKIPPED]).itertuples(index=False))
            planned += int((~warnings).sum())
            skipped += int((part[SKIPPED] == "yes").sum())
            warned += int(warnings.sum())
    summary = f"{planned + skipped} rows: {planned} planned, {skipped} skipped ({warned} warnings)"
    print(f"advocacy: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
