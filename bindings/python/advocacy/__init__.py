# SPDX-License-Identifier: MIT
"""advocacy: campaigns, conferences, local groups and their dates.

Everything is implemented in C++ (the extension ``advocacy._advocacy``) and re-exported here,
so ``advocacy.X`` is the documented name of each class and function.
"""

from ._advocacy import *  # noqa: F401,F403 -- every public name; a static import, so type checkers see them
from ._advocacy import __version__
from ._records import from_records, to_records

# Written out (not computed from dir()) so that type checkers know what `from advocacy import *`
# brings; tests/python/test_stubs.py checks it against the compiled module and the pure-Python
# helpers (to_records, from_records).
__all__ = [
    "Action",
    "ActionSequence",
    "ActionTarget",
    "AnnouncementResult",
    "AnnouncementWarning",
    "Campaign",
    "Conference",
    "ConferenceSequence",
    "Contact",
    "DateRange",
    "Error",
    "FileError",
    "Group",
    "GroupSequence",
    "ImportResult",
    "ImportWarning",
    "JsonProblem",
    "LoadWarning",
    "Location",
    "Meeting",
    "MeetingSchedule",
    "MeetingTime",
    "Milestone",
    "MilestoneSequence",
    "ParseError",
    "PlanStep",
    "RegionMap",
    "Supporter",
    "SupporterList",
    "SupporterWarning",
    "ValidationError",
    "__version__",
    "action_kinds",
    "campaign_from_icalendar",
    "campaign_from_json",
    "check_campaign_json",
    "default_max_file_size",
    "detect_listing_format",
    "from_icalendar",
    "from_records",
    "import_file",
    "json_schema_version",
    "load",
    "parse_announcement",
    "parse_date_range",
    "parse_date_ranges",
    "parse_days",
    "plans_to_records",
    "read_icalendar",
    "read_listing",
    "read_osdi",
    "read_supporters",
    "read_vcard",
    "sample_campaign",
    "save",
    "state_of_zip",
    "to_icalendar",
    "to_iso",
    "to_json",
    "to_osdi",
    "to_records",
    "to_vcard",
    "write_site",
]
