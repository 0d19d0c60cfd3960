#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Publishes the sample campaign as a static web site, as of September 1, 2015: index.html with
the conferences and a map of the states, a page per state, and calendar feeds.

    python3 examples/python/publish_site.py OUTPUT_DIR
"""

import datetime
import pathlib
import sys

import advocacy


def main(argv: list[str]) -> int:
    out = pathlib.Path(argv[1] if len(argv) > 1 else "site")
    campaign = advocacy.sample_campaign()
    written = advocacy.write_site(campaign, out, today=datetime.date(2015, 9, 1),
                                  base_url="https://example.org/defend-the-decision/")
    pages = [name for name in written if name.endswith(".html")]
    feeds = [name for name in written if name.endswith(".ics")]
    print(f"wrote {len(pages)} pages and {len(feeds)} calendar feeds into {out}; open {out / 'index.html'}")
    assert "states/mn.html" in pages and "calendar/campaign.ics" in feeds
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
