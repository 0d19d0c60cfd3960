#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Times advocacy.parse_date_ranges on 100,000 strings beside python-dateutil.

dateutil reads one date, not a range, so it is given the range's first end (what a tool built on
it would have to split out first) -- and it is shown getting the seed's "Nov 13-15" wrong.

    PYTHONPATH=build/python /usr/bin/python3 bench/parse_date_ranges.py
"""

import argparse
import datetime
import time

import advocacy

MIX = [
    "Nov 13-15", "Oct 23-25", "Nov 7", "Oct 23-25", "Nov 20 \u2013 22",
    "November 13\u201315, 2015", "Nov. 13-15, 2015", "Sept 3-5 2016", "Sep 30 - Oct 2, 2016",
    "Dec 30, 2015 - Jan 2, 2016", "May 5 to May 7 2017", "November 7th, 2015",
    "13-15 November 2015", "3rd-5th March 2017", "30 April - 2 May 2018", "25 Dec - 2 Jan 2016",
    "2015-11-07", "2015-11-13/2015-11-15", "2015-11-13/15", "Fri Nov 13 - Sun Nov 15, 2015",
    "7 June 2020",
]
REFERENCE = datetime.date(2015, 8, 11)


def best_of(repeats, fn):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="strings per run")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    texts = [MIX[i % len(MIX)] for i in range(args.n)]

    t = best_of(args.repeats, lambda: advocacy.parse_date_ranges(texts, reference=REFERENCE))
    print(f"advocacy.parse_date_ranges  {args.n / t:>12,.0f} ranges/s  ({t * 1e3:.1f} ms for {args.n:,})")

    t = best_of(args.repeats, lambda: [advocacy.DateRange.parse(s, reference=REFERENCE) for s in texts])
    print(f"advocacy.DateRange.parse    {args.n / t:>12,.0f} ranges/s  (one call per string)")

    try:
        from dateutil import parser as dateutil_parser
    except ImportError:
        print("python-dateutil is not installed: apt-get install python3-dateutil")
        return
    default = datetime.datetime(2015, 8, 11)
    firsts = [s.split(" - ")[0].split("/")[0] for s in texts]

    def dateutil_run():
        for s in firsts:
            try:
                dateutil_parser.parse(s, default=default, fuzzy=True)
            except (ValueError, OverflowError):
                pass

    n = min(args.n, 20_000)  # dateutil is slow; time a slice and scale
    firsts = firsts[:n]
    t = best_of(max(1, args.repeats // 2), dateutil_run)
    print(f"dateutil.parser.parse       {n / t:>12,.0f} dates/s   (first end only, fuzzy)")
    print(f'dateutil reads "Oct 23-25" as {dateutil_parser.parse("Oct 23-25", default=default, fuzzy=True).date()}; '
          f'advocacy as {advocacy.DateRange.parse("Oct 23-25", reference=REFERENCE)!r}')


if __name__ == "__main__":
    main()
