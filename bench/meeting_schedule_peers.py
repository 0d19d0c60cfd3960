#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Meeting expansion side by side: advocacy's MeetingSchedule.occurrences against dateutil.rrule.

The same rules (weekly, every other week, nth and last weekday, day of the month) in four US zones
are expanded over 2015; dateutil's local datetimes are converted to UTC through zoneinfo, as
advocacy converts every meeting to an instant. Run with PYTHONPATH pointing at the built module:

    PYTHONPATH=build/python python3 bench/meeting_schedule_peers.py --schedules 10000
"""

import argparse
import datetime
import time
from zoneinfo import ZoneInfo

from dateutil import rrule as du

from advocacy import DateRange, MeetingSchedule

ZONES = ["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"]
DU_DAYS = [du.MO, du.TU, du.WE, du.TH, du.FR, du.SA, du.SU]
YEAR = DateRange(datetime.date(2015, 1, 1), datetime.date(2015, 12, 31))
UTC = datetime.timezone.utc


def make_rules(count):
    """(MeetingSchedule, dateutil keyword arguments) pairs: the mix of bench/meeting_schedule_bench.cpp."""
    state = 12345
    rules = []

    def nxt(n):
        nonlocal state
        state = (state * 1664525 + 1013904223) % 2**32
        return (state >> 8) % n

    for i in range(count):
        zone = ZONES[i % len(ZONES)]
        wd = (nxt(7) + 6) % 7  # the C++ bench draws C encoding (0 = Sunday); Python counts from Monday
        minutes = 17 * 60 + 30 + 30 * nxt(6)  # 5:30 pm to 8 pm
        start = datetime.time(minutes // 60, minutes % 60)
        length = datetime.timedelta(minutes=60 + 30 * nxt(3))
        kind = nxt(5)
        if kind in (0, 1):
            interval = 1 + kind
            s = MeetingSchedule.weekly(wd, start, length, zone, interval=interval)
            rule = dict(freq=du.WEEKLY, interval=interval, byweekday=DU_DAYS[wd])
        elif kind in (2, 3):
            nth = [1, 2, 3, 4, 5, -1][nxt(6)]
            s = MeetingSchedule.monthly_on_weekday(nth, wd, start, length, zone)
            rule = dict(freq=du.MONTHLY, byweekday=DU_DAYS[wd](nth))
        else:
            day = 1 + nxt(31)
            s = MeetingSchedule.monthly_on_day(day, start, length, zone)
            rule = dict(freq=du.MONTHLY, bymonthday=day)
        rules.append((s, rule))
    return rules


def timed(label, fn):
    begin = time.perf_counter()
    meetings = fn()
    seconds = time.perf_counter() - begin
    rate = meetings / seconds if seconds else float("inf")
    print(f"{label:<48} {meetings:>8} meetings {seconds * 1000:>9.1f} ms  {rate / 1e6:>7.3f} M meetings/s")
    return meetings, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schedules", type=int, default=10_000)
    parser.add_argument("--dateutil-schedules", type=int, default=2_000,
                        help="dateutil is slow: it expands this many of the schedules (rates are per meeting)")
    args = parser.parse_args()
    rules = make_rules(args.schedules)

    def advocacy_lists():
        return sum(len(s.occurrences(YEAR)) for s, _ in rules)

    def advocacy_starts():
        n = 0
        for s, _ in rules:
            for m in s.occurrences(YEAR):
                m.start
                n += 1
        return n

    def advocacy_starts_utc():
        n = 0
        for s, _ in rules:
            for m in s.occurrences(YEAR):
                m.start.astimezone(UTC)
                n += 1
        return n

    subset = rules[: args.dateutil_schedules]
    # The dateutil side also lists advocacy's first meeting for DTSTART; time that part apart.
    firsts = [(s, rule, s.occurrences(YEAR)) for s, rule in subset]

    def dateutil_only():
        count = 0
        for s, rule, first in firsts:
            if not first:
                continue
            tz = ZoneInfo(s.time_zone)
            dtstart = first[0].start
            until = datetime.datetime(2015, 12, 31, 23, 59, tzinfo=tz)
            for local in du.rrule(dtstart=dtstart, until=until, wkst=du.MO, **rule):
                local.astimezone(UTC)
                count += 1
        return count

    print(f"{args.schedules} schedules over 2015 ({args.dateutil_schedules} for dateutil)")
    timed("advocacy occurrences() -> MeetingTime list", advocacy_lists)
    timed("advocacy occurrences() + .start (aware datetime)", advocacy_starts)
    timed("advocacy occurrences() + .start.astimezone(UTC)", advocacy_starts_utc)
    ours = sum(len(f) for _, _, f in firsts)
    theirs, _ = timed("dateutil.rrule + astimezone(UTC)", dateutil_only)
    print(f"same meetings on the dateutil subset: {ours == theirs} ({ours} vs {theirs})")


if __name__ == "__main__":
    main()
