#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`advocacy plans` on a national list: 10^7 supporters (CSV in) against a campaign of 10^5
groups, the plans written as CSV to a file (issue "Supporters": at most 60 s on 2 cores, memory
independent of the list's length).

The campaign is the sample's actions and conferences with 10^5 groups over the 50 states and DC,
one group per town ("Town 17": 1,961 towns a state), each with a contact. The supporters live in
2,500 towns a state, so about four in five have a group in their town; the others get their
state's first three groups and the count of the rest. Both are built as
bench/batch_plan_bench.cpp builds them.

For each list length and --jobs: wall time, CPU time (user + system) and peak resident memory of
the command (getrusage of the child), and the output's size. Run with PYTHONPATH at the built
module and the built command:

    PYTHONPATH=build-release/python python3 bench/plans_command.py build-release/cli/advocacy
"""

import argparse
import os
import pathlib
import subprocess
import tempfile
import time

import advocacy

STATES = ["AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN",
          "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ",
          "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA",
          "WI", "WV", "WY"]
SUPPORTER_TOWNS = 2500


def write_campaign(path, groups):
    c = advocacy.sample_campaign()
    c.add_groups(
        advocacy.Group(
            id=f"g{i}",
            name=f"Group {i}",
            location=advocacy.Location(locality=f"Town {i // len(STATES)}", state=STATES[i % len(STATES)]),
            contacts=[advocacy.Contact(name=f"Coordinator {i}")],
        )
        for i in range(groups)
    )
    advocacy.save(c, path)


def write_supporters(path, n):
    states = STATES + [""]  # one in 52 without a state
    with open(path, "w", newline="") as f:
        f.write("id,first_name,last_name,email,zip_code,city,state\r\n")
        block = []
        for i in range(n):
            block.append(f"s{i},Dana,Reyes {i},s{i}@example.org,,Town {i * 7919 % SUPPORTER_TOWNS},"
                         f"{states[i % len(states)]}\r\n")
            if len(block) == 100_000:
                f.write("".join(block))
                block.clear()
        f.write("".join(block))


def run(command, jobs, supporters, campaign, out):
    """Wall and CPU time, peak memory (of this child alone: wait4) and the output's size."""
    start = time.perf_counter()
    child = subprocess.Popen([command, "plans", str(supporters), str(campaign), "--today", "2015-09-01",
                              "--jobs", str(jobs), "-o", str(out)], stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"advocacy plans failed with {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, out.stat().st_size


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", help="the built advocacy command")
    parser.add_argument("--groups", type=int, default=100_000)
    parser.add_argument("--supporters", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dir", help="where the files go (default: a temporary folder, removed after)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        folder = pathlib.Path(folder)
        campaign = folder / "campaign.json"
        write_campaign(campaign, args.groups)
        print(f"campaign: {args.groups} groups, {campaign.stat().st_size / 1e6:.1f} MB")
        print("| supporters | --jobs | wall | CPU | peak memory | CSV in | CSV out |")
        print("|---|---|---|---|---|---|---|")
        for n in args.supporters:
            supporters = folder / f"supporters-{n}.csv"
            write_supporters(supporters, n)
            for jobs in args.jobs:
                out = folder / "plans.csv"
                wall, cpu, peak_kb, size = run(args.command, jobs, supporters, campaign, out)
                print(f"| {n:,} | {jobs} | {wall:.1f} s | {cpu:.1f} s | {peak_kb / 1024:.0f} MB | "
                      f"{supporters.stat().st_size / 1e6:.0f} MB | {size / 1e6:.0f} MB |", flush=True)
                os.remove(out)
            os.remove(supporters)


if __name__ == "__main__":
    main()
