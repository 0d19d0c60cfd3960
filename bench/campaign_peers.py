#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A campaign's Python face at 10^3, 10^4 and 10^5 groups and conferences.

- c.groups / c.conferences: taking the collection (an immutable view over a snapshot), beside
  tuple(c.groups), which makes a Python copy of every item (what taking the collection cost when
  it was a tuple of copies).
- Adding: one call per object (add_group, add_conference) against one batch (add_groups,
  add_conferences), from objects; and from dicts, Group.from_dict + add_group per record against
  Campaign.from_records.
- c.to_dict(): the campaign as Python dicts and lists, beside its peer, Python's json.loads of the
  campaign's JSON text (the same tree, with days and times left as strings).

CPU time (time.process_time), the best of a few runs; the two ways of adding run in turn. Run
with PYTHONPATH at the built module:

    PYTHONPATH=build-release/python python3 bench/campaign_peers.py
"""

import argparse
import datetime
import json
import time

from advocacy import Campaign, Conference, Contact, DateRange, Group, Location, MeetingSchedule

STATES = ["MN", "WI", "FL", "GA", "CA", "TX", "NY", "IL"]
ZONES = ["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"]


def make_groups(n):
    """Groups with one contact and one schedule each, as bench/campaign_bench.cpp builds them."""
    schedules = [MeetingSchedule.parse("second Tuesday of each month at 7pm", time_zone=z) for z in ZONES]
    return [
        Group(
            id=f"g{i}",
            name=f"Group {i}",
            location=Location(locality="Town", state=STATES[i % len(STATES)]),
            contacts=[Contact(name=f"Person {i}", email=f"p{i}@example.org")],
            meetings=schedules[i % len(schedules)],
        )
        for i in range(n)
    ]


def make_conferences(n):
    first = datetime.date(2015, 1, 1)
    return [
        Conference(
            id=f"c{i}",
            name=f"Conference {i}",
            dates=DateRange(first + datetime.timedelta(days=i % 3000), first + datetime.timedelta(days=i % 3000 + 2)),
            location=Location(locality="Springfield", state="IL"),
        )
        for i in range(n)
    ]


def cpu(fn, repeat):
    """The least CPU time of `repeat` calls of fn, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def groups_one_by_one(groups):
    c = Campaign(id="bench", title="Bench")
    for g in groups:
        c.add_group(g)


def conferences_one_by_one(conferences):
    c = Campaign(id="bench", title="Bench")
    for e in conferences:
        c.add_conference(e)


def group_records_one_by_one(records):
    c = Campaign(id="bench", title="Bench")
    for d in records:
        c.add_group(Group.from_dict(d))


def conference_records_one_by_one(records):
    c = Campaign(id="bench", title="Bench")
    for d in records:
        c.add_conference(Conference.from_dict(d))


def fmt(seconds):
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def paired(one_by_one, batch, repeat):
    """(one by one, batch): the least CPU time of each, the two run in turn so that both meet the
    same state of the heap (at 10^5 it changes the figures by up to 2x)."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, fn in enumerate((one_by_one, batch)):
            best[i] = min(best[i], cpu(fn, 1))
    return best


def measure(n, repeat):
    groups, conferences = make_groups(n), make_conferences(n)
    group_dicts, conference_dicts = [g.to_dict() for g in groups], [e.to_dict() for e in conferences]
    out = {}
    out["add_group × n"], out["add_groups(n)"] = paired(
        lambda: groups_one_by_one(groups), lambda: Campaign(id="bench", title="Bench").add_groups(groups), repeat
    )
    out["add_conference × n"], out["add_conferences(n)"] = paired(
        lambda: conferences_one_by_one(conferences),
        lambda: Campaign(id="bench", title="Bench").add_conferences(conferences),
        repeat,
    )
    out["Group.from_dict + add_group × n"], out["from_records(groups=dicts)"] = paired(
        lambda: group_records_one_by_one(group_dicts),
        lambda: Campaign.from_records(id="bench", title="Bench", groups=group_dicts),
        repeat,
    )
    out["Conference.from_dict + add_conference × n"], out["from_records(conferences=dicts)"] = paired(
        lambda: conference_records_one_by_one(conference_dicts),
        lambda: Campaign.from_records(id="bench", title="Bench", conferences=conference_dicts),
        repeat,
    )
    c = Campaign(id="bench", title="Bench")
    c.add_groups(groups)
    c.add_conferences(conferences)
    fast = max(1, repeat * 3)
    views = {
        "c.groups": cpu(lambda: c.groups, fast),
        "c.conferences": cpu(lambda: c.conferences, fast),
        "tuple(c.groups)": cpu(lambda: tuple(c.groups), repeat),
        "tuple(c.conferences)": cpu(lambda: tuple(c.conferences), repeat),
    }
    text = c.to_json()
    views["c.to_dict()"] = cpu(c.to_dict, repeat)
    views["json.loads(text of c.to_json())"] = cpu(lambda: json.loads(text), repeat)
    return {**views, **out}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (the best is kept)")
    args = parser.parse_args()
    results = {n: measure(n, args.repeat) for n in args.sizes}
    rows = list(next(iter(results.values())))
    sizes = args.sizes
    header = ["path"] + [f"{n:,}" for n in sizes] + [f"×{sizes[i + 1] // sizes[i]} growth" for i in range(len(sizes) - 1)]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        cells = [fmt(results[n][row]) for n in sizes]
        growth = [f"{results[sizes[i + 1]][row] / results[sizes[i]][row]:.1f}" for i in range(len(sizes) - 1)]
        print("| " + " | ".join([f"`{row}`"] + cells + growth) + " |")
    print()
    for n in sizes:
        r = results[n]
        print(
            f"n = {n:,}: batch speed-up: groups {r['add_group × n'] / r['add_groups(n)']:.1f}×, "
            f"conferences {r['add_conference × n'] / r['add_conferences(n)']:.1f}×, "
            f"group records {r['Group.from_dict + add_group × n'] / r['from_records(groups=dicts)']:.1f}×, "
            f"conference records {r['Conference.from_dict + add_conference × n'] / r['from_records(conferences=dicts)']:.1f}×"
        )


if __name__ == "__main__":
    main()
