#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns campaign data into records (lists of flat dicts) that pandas or any records-based tool
takes as they are, e.g. ``pandas.DataFrame.from_records(advocacy.to_records(campaign.conferences))``,
and reads them back with ``advocacy.from_records(advocacy.Conference, frame)``."""

import csv
import sys

import advocacy


def main() -> int:
    campaign = advocacy.sample_campaign()
    # One row per conference and per group (a group's contacts in numbered columns:
    # contacts.0.name, contacts.0.email, contacts.1.name, ...).
    for records in (advocacy.to_records(campaign.conferences), advocacy.to_records(campaign.groups)):
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]))
        writer.writeheader()
        writer.writerows(records)
        print()
    # The records read back as the objects they came from.
    assert advocacy.from_records(advocacy.Group, advocacy.to_records(campaign.groups)) == list(campaign.groups)
    return 0


if __name__ == "__main__":
    sys.exit(main())
