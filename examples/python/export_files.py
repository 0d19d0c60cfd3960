#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Exports the sample campaign as an iCalendar feed, a vCard address book and JSON.

    python3 examples/python/export_files.py OUTPUT_DIR
"""

import pathlib
import sys

import advocacy


def main(argv: list[str]) -> int:
    out = pathlib.Path(argv[1] if len(argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    campaign = advocacy.sample_campaign()
    # save() writes the format the extension names, atomically.
    advocacy.save(campaign, out / "campaign.ics")
    advocacy.save(campaign, out / "campaign.json")
    assert advocacy.load(out / "campaign.json") == campaign
    assert len(advocacy.load(out / "campaign.ics").conferences) == len(campaign.conferences)
    # vCard 3.0 for older address books; its lines end in CRLF: write the text unchanged.
    (out / "contacts.vcf").write_bytes(advocacy.to_vcard(campaign, version=3).encode("utf-8"))
    for name in ("campaign.ics", "contacts.vcf", "campaign.json"):
        print(f"wrote {out / name} ({(out / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
