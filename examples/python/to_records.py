#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns campaign data into records (lists of flat dicts) that pandas or any records-based tool
takes as they are, e.g. ``pandas.DataFrame.from_records(conference_records(campaign))``."""

import csv
import sys
from collections.abc import Iterator
from typing import Any

import advocacy


def conference_records(campaign: advocacy.Campaign) -> Iterator[dict[str, Any]]:
    """One flat record per conference."""
    for c in campaign.conferences:
        yield {
            "id": c.id,
            "name": c.name,
            "first": c.dates.first,
            "last": c.dates.last,
            "days": c.dates.days,
            "start_time": c.start_time,  # None for an all-day conference
            "end_time": c.end_time,
            "time_zone": c.location.time_zone,
            "city": c.location.locality,
            "state": c.location.region,
            "region": c.region,
            "registration_url": c.registration_url,
        }


def contact_records(campaign: advocacy.Campaign) -> Iterator[dict[str, Any]]:
    """One flat record per contact person, with their group."""
    for g in campaign.groups:
        for person in g.contacts:
            yield {"group_id": g.id, "group": g.name, "state": g.location.region, **person.to_dict()}


def main() -> int:
    campaign = advocacy.sample_campaign()
    for records in (list(conference_records(campaign)), list(contact_records(campaign))):
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]))
        writer.writeheader()
        writer.writerows(records)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
