#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""JSON reading and writing side by side: advocacy's load/to_json/save against Python's json module.

For n conferences plus n groups (each group with one contact and one meeting schedule), the
campaign is saved once by advocacy; then, in this one process and on that same file:

    json.load(f)                          advocacy.load(path)
    json.loads(text)                      Campaign.from_json(text)
    json.dumps(document, indent=2)        campaign.to_json()
    json.dump(document, f, indent=2)      advocacy.save(campaign, path)
      + flush + os.fsync                    (atomic: temporary file, fsync, rename)

`document` is what json.load returned: the same dicts advocacy writes. Times are the best of a
few runs, as CPU time of this process (time.process_time); the saves, which wait for the disk, are
also shown as wall-clock time. Run with PYTHONPATH pointing at the built module:

    PYTHONPATH=build-release/python python3 bench/json_peers.py
"""

import argparse
import gc
import json
import os
import tempfile
import time

import advocacy

ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"]
WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]


def schedule(i):
    """The mix of bench/json_bench.cpp: weekly, every other week, nth weekday, day of month."""
    zone = ZONES[i % len(ZONES)]
    fields = {"start": f"{17 + i % 4}:00", "duration_minutes": 90, "time_zone": zone}
    kind = i % 4
    if kind in (0, 1):
        return {"kind": "weekly", "interval": 1 + kind, "weekday": WEEKDAYS[i % 7], **fields}
    if kind == 2:
        return {"kind": "monthly_by_weekday", "nth": 1 + i % 4, "weekday": WEEKDAYS[i % 7], **fields}
    return {"kind": "monthly_by_day", "day_of_month": 1 + i % 28, **fields}


def document(n):
    """The campaign of bench/json_bench.cpp as a JSON document (the days drawn differently)."""
    state = 42

    def draw(k):
        nonlocal state
        state = (state * 1664525 + 1013904223) % 2**32
        return (state >> 8) % k

    regions = {f"Region {r}": [f"S{10 + s}" for s in range(r, 50, 10)] for r in range(10)}
    conferences = []
    for i in range(n):
        first = 2015 + draw(10), 1 + draw(12), 1 + draw(25)
        last_day = first[2] + draw(4)
        conferences.append({
            "id": f"k{i}",
            "name": f"Regional Conference {i}",
            "dates": {"first": "%04d-%02d-%02d" % first, "last": "%04d-%02d-%02d" % (first[0], first[1], last_day)},
            "place": {"venue": "Convention Center", "address_lines": [f"{100 + i % 900} Main Street"],
                      "locality": "Montréal" if i % 10 == 0 else "Springfield", "region": f"S{10 + i % 50}",
                      "postal_code": str(10000 + i % 90000), "country": "US", "time_zone": ZONES[i % 4]},
            "region": f"Region {i % 10}",
            "registration_url": f"https://example.org/conferences/k{i}",
            "description": 'Workshops, a lobby day briefing and a "town hall" with the regional coordinators.',
        })
    groups = []
    for i in range(n):
        groups.append({
            "id": f"g{i}",
            "name": f"Group {i}",
            "kind": "local",
            "place": {"locality": f"Town {i % 1000}", "region": f"S{10 + i % 50}", "time_zone": ZONES[i % 4]},
            "website": f"https://example.org/groups/g{i}",
            "contacts": [{"name": f"Leader {i}", "role": "Group leader", "email": f"leader{i}@example.org",
                          "phone": "555-0100"}],
            "meetings": schedule(i),
        })
    return {"schema_version": 1, "id": "national", "title": "National campaign",
            "summary": "Letters, calls and meetings with the representatives of every district.",
            "organization": "Example Coalition", "regions": regions, "conferences": conferences, "groups": groups}


def best(fn, runs):
    """(CPU seconds, wall seconds) of the fastest of `runs` calls, garbage collection held off."""
    cpu, wall = float("inf"), float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn()
        c1, w1 = time.process_time(), time.perf_counter()
        gc.enable()
        del result
        cpu, wall = min(cpu, c1 - c0), min(wall, w1 - w0)
    return cpu, wall


def measure(n, folder, runs):
    path = os.path.join(folder, f"campaign-{n}.json")
    scratch = os.path.join(folder, f"scratch-{n}.json")
    campaign = advocacy.Campaign.from_json(json.dumps(document(n)))
    advocacy.save(campaign, path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, encoding="utf-8") as f:
        parsed = json.load(f)
    # The shape Python's json writes with the same indent and UTF-8 left as it is.
    assert json.dumps(parsed, indent=2, ensure_ascii=False) + "\n" == text

    def json_load():
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def json_dump():
        with open(scratch, "w", encoding="utf-8") as f:
            json.dump(parsed, f, indent=2)
            f.flush()
            os.fsync(f.fileno())

    rows = {
        "load": (best(json_load, runs), best(lambda: advocacy.load(path), runs)),
        "from text": (best(lambda: json.loads(text), runs), best(lambda: advocacy.Campaign.from_json(text), runs)),
        "to text": (best(lambda: json.dumps(parsed, indent=2), runs), best(campaign.to_json, runs)),
        "save": (best(json_dump, runs), best(lambda: advocacy.save(campaign, scratch), runs)),
    }
    os.remove(path)
    os.remove(scratch)
    return len(text), rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (1 at the largest size)")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="advocacy-json-peers-") as folder:
        for n in args.sizes:
            runs = 1 if n >= 100_000 else args.runs
            results[n] = measure(n, folder, runs)
            print(f"n = {n:,}: {results[n][0] / 1e6:.1f} MB", flush=True)

    peers = {"load": "json.load", "from text": "json.loads", "to text": "json.dumps(indent=2)",
             "save": "json.dump(indent=2) + fsync"}
    ours = {"load": "advocacy.load", "from text": "Campaign.from_json", "to text": "Campaign.to_json",
            "save": "advocacy.save"}
    sizes = args.sizes
    print()
    print("| What | " + " | ".join(f"n = {n:,}" for n in sizes) + " | growth per 10× | advocacy ÷ json |")
    print("| --- | " + " | ".join("---" for _ in sizes) + " | --- | --- |")
    for op in peers:
        for side, name in ((0, peers[op]), (1, ours[op])):
            clock = 1 if op == "save" else 0  # saves wait for the disk: wall clock
            times = [results[n][1][op][side][clock] for n in sizes]
            growth = ", ".join(f"{b / a:.1f}×" for a, b in zip(times, times[1:]))
            ratios = ", ".join(f"{results[n][1][op][1][clock] / results[n][1][op][0][clock]:.2f}" for n in sizes)
            cells = " | ".join(f"{t * 1e3:,.1f} ms" for t in times)
            print(f"| {name} | {cells} | {growth} | {ratios if side else ''} |")
    print()
    print("CPU time, except the saves (wall clock, as they wait for fsync).")


if __name__ == "__main__":
    main()
