#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A supporter's personal action plan from the bundled sample campaign.

    python3 examples/python/plan_for_supporter.py MN 2015-09-01
"""

import datetime
import sys

import advocacy


def main(argv: list[str]) -> int:
    state = argv[1] if len(argv) > 1 else "MN"
    today = datetime.date.fromisoformat(argv[2]) if len(argv) > 2 else datetime.date(2015, 9, 1)
    campaign = advocacy.sample_campaign()
    print(f"{campaign.title}: your plan in {state} as of {today}")
    for number, step in enumerate(campaign.plan(state, today), start=1):
        print(f"{number}. {step.title}")
        print(f"   {step.instruction}")
        for meeting in step.meetings:
            print(f"   - {meeting.start:%a %b %d, %Y %I:%M %p %Z}  {meeting.group.name}")
        if step.conference is not None:
            print(f"   - {step.conference.name}: {step.conference.dates}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
