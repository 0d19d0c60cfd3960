#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds a small campaign from scratch: a region, a conference, a local group that meets on the
second Tuesday of each month, and two actions; then asks it a supporter's plan."""

import datetime

import advocacy
from advocacy import (Action, Campaign, Conference, Contact, DateRange, Group, Location,
                      MeetingSchedule, RegionMap)


def build() -> Campaign:
    campaign = Campaign(id="river-valley-2016", title="River Valley housing rights drive",
                        organization="River Valley Housing Network")
    campaign.add_milestone(datetime.date(2016, 3, 1), "City council hearing")
    campaign.set_regions(RegionMap({"Upper Midwest": ["MN", "WI", "IA"]}))
    campaign.add_conference(Conference(
        id="upper-midwest-2016",
        name="Upper Midwest Assembly",
        dates=DateRange.parse("Apr 8-10, 2016"),
        location=Location(locality="Madison", state="WI", time_zone="America/Chicago"),
        region="Upper Midwest",
        registration_url="https://example.org/assembly",
    ))
    campaign.add_group(Group(
        id="river-valley-north",
        name="River Valley North",
        location=Location(locality="Saint Paul", state="MN", time_zone="America/Chicago"),
        region="Upper Midwest",
        contacts=[Contact(name="Jordan Vale", role="Coordinator", email="jordan.vale@example.org",
                          phone="(651) 555-0117")],
        meetings=MeetingSchedule.parse("second Tuesday of each month at 7pm", time_zone="America/Chicago"),
    ))
    campaign.add_action(Action(id="write", kind="letter", title="Write to your local group"))
    campaign.add_action(Action(id="assembly", kind="attend_conference", title="Come to the assembly",
                               related_conferences=["upper-midwest-2016"]))
    return campaign


def main() -> None:
    campaign = build()
    print(repr(campaign))
    for step in campaign.plan("MN", datetime.date(2016, 2, 1)):
        print("-", step.instruction)


if __name__ == "__main__":
    main()
