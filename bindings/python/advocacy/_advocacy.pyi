# SPDX-License-Identifier: MIT
"""Type stubs for the C++ extension advocacy._advocacy."""

import datetime
import os
from typing import Any, Iterable, Iterator, Literal, Optional, Sequence, overload

__version__: str

class _pybind11_type(type):
    """The metaclass of the extension's classes (pybind11_builtins.pybind11_type at run time)."""

class Error(Exception): ...

class ParseError(Error, ValueError):
    text: str
    position: int
    line: int
    reason: str

class ValidationError(Error, ValueError):
    field: str
    reason: str

class FileError(Error, OSError):
    """Also raised as the OSError subclass of its errno: FileError.FileNotFoundError is both a
    FileError and a FileNotFoundError, and so on."""
    path: str
    reason: str
    FileNotFoundError: type[FileError]
    PermissionError: type[FileError]
    IsADirectoryError: type[FileError]
    NotADirectoryError: type[FileError]
    FileExistsError: type[FileError]
    BrokenPipeError: type[FileError]
    BlockingIOError: type[FileError]
    InterruptedError: type[FileError]

class DateRange(metaclass=_pybind11_type):
    @overload
    def __init__(self, first: datetime.date, last: datetime.date) -> None: ...
    @overload
    def __init__(self, day: datetime.date) -> None: ...
    @staticmethod
    def parse(text: str | bytes, reference: Optional[datetime.date] = None) -> DateRange:
        """ParseError for bytes that are not UTF-8 or a str with lone surrogates."""
    @property
    def first(self) -> datetime.date: ...
    @property
    def last(self) -> datetime.date: ...
    @property
    def days(self) -> int: ...
    def to_iso(self) -> str:
        """to_iso(self): '2015-11-13/2015-11-15', or '2015-11-07' for one day."""
    def iso(self) -> str:
        """Deprecated (DeprecationWarning): to_iso()."""
    def overlaps(self, other: DateRange) -> bool: ...
    def intersection(self, other: DateRange) -> Optional[DateRange]: ...
    def __contains__(self, item: datetime.date | DateRange) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[datetime.date]: ...
    def __lt__(self, other: DateRange) -> bool: ...
    def __le__(self, other: DateRange) -> bool: ...
    def __gt__(self, other: DateRange) -> bool: ...
    def __ge__(self, other: DateRange) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def to_iso(range: DateRange) -> str:
    """ISO 8601: '2015-11-13/2015-11-15', or '2015-11-07' for one day."""
def parse_date_range(text: str | bytes, reference: Optional[datetime.date] = None) -> DateRange:
    """DateRange.parse(text, reference), by its C++ name."""
def parse_date_ranges(texts: Iterable[str], reference: Optional[datetime.date] = None) -> list[DateRange]: ...
def parse_days(text: str, reference: Optional[datetime.date] = None) -> list[DateRange]:
    """'June 12 & 16, 2026', 'May 3, 10 and 17', 'May 3-4 & 10-11, 2026': the days and ranges in order."""

# ---- location ----------------------------------------------------------------------------------

# Stubs for advocacy.Location (bindings/python/location.cpp).

class Location(metaclass=_pybind11_type):
    """A place. str() gives 'Baltimore, MD', 'Online' or 'Baltimore, MD + online'. Mutable: no __hash__."""
    venue: str
    @property
    def address_lines(self) -> tuple[str, ...]:
        """A tuple: assign a new sequence to change the lines."""
    @address_lines.setter
    def address_lines(self, lines: Iterable[str]) -> None: ...
    locality: str
    state: str
    """The state or province code ('MD'), '' when not known; ValidationError ('location.state') for anything else."""
    @property
    def region(self) -> str:
        """Deprecated (DeprecationWarning): state."""
    @region.setter
    def region(self, state: str) -> None: ...
    postal_code: str
    country: str
    time_zone: str
    online: str
    """'' in person only, 'online' without a link, else the joining link (http(s) URL)."""
    def __init__(self, *, venue: str = "", address_lines: list[str] = ..., locality: str = "", state: str = "",
                 postal_code: str = "", country: str = "US", time_zone: str = "", online: str = "",
                 region: str | None = None) -> None:
        """Raises ValidationError (field 'location.state', 'location.country', 'location.time_zone', ...) for a bad
        value; region= is the deprecated (DeprecationWarning) name of state=."""
    def validate(self) -> None: ...
    def to_dict(self) -> dict[str, Any]:
        """{'venue', 'address_lines', 'locality', 'region', 'postal_code', 'country', 'time_zone', 'online'}."""
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Location:
        """Missing keys take their defaults; unknown keys and wrong types raise ValidationError."""
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

# ---- contact -----------------------------------------------------------------------------------

# Stubs for advocacy.Contact (bindings/python/contact.cpp).

class Contact(metaclass=_pybind11_type):
    """A person to reach. Mutable: no __hash__."""
    name: str
    role: str
    email: str
    phone: str
    def __init__(self, *, name: str, role: str = "", email: str = "", phone: str = "") -> None:
        """Raises ValidationError (field 'contact.name', 'contact.email', 'contact.phone')."""
    @property
    def phone_digits(self) -> str:
        """'6125550143': digits only, a leading + kept, an extension left out."""
    def validate(self) -> None: ...
    def to_dict(self) -> dict[str, str]: ...
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Contact:
        """'name' required; unknown keys and wrong types raise ValidationError."""
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

# ---- meeting_schedule --------------------------------------------------------------------------

class MeetingTime(metaclass=_pybind11_type):
    """One meeting: start and end as zone-aware datetimes (zoneinfo)."""
    def __init__(self, start: datetime.datetime, end: datetime.datetime) -> None: ...
    @property
    def start(self) -> datetime.datetime: ...
    @property
    def end(self) -> datetime.datetime: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class MeetingSchedule(metaclass=_pybind11_type):
    """When a group meets. Weekdays are ints 0 = Monday .. 6 = Sunday."""
    @staticmethod
    def weekly(
        weekday: int, start: datetime.time, duration: datetime.timedelta, time_zone: str, interval: int = 1
    ) -> MeetingSchedule: ...
    @staticmethod
    def monthly_on_weekday(
        nth: int, weekday: int, start: datetime.time, duration: datetime.timedelta, time_zone: str
    ) -> MeetingSchedule: ...
    @staticmethod
    def monthly_on_day(
        day: int, start: datetime.time, duration: datetime.timedelta, time_zone: str
    ) -> MeetingSchedule: ...
    @staticmethod
    def daily(
        start: datetime.time, duration: datetime.timedelta, time_zone: str, interval: int = 1
    ) -> MeetingSchedule: ...
    @staticmethod
    def from_rrule(
        rule: str | bytes,
        first_day: datetime.date,
        start: datetime.time,
        duration: datetime.timedelta,
        time_zone: str,
    ) -> MeetingSchedule: ...
    @staticmethod
    def parse(text: str | bytes, *, time_zone: str) -> MeetingSchedule: ...
    @staticmethod
    def from_dict(d: dict[str, Any]) -> MeetingSchedule: ...
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(text: str) -> MeetingSchedule: ...
    @property
    def kind(self) -> str: ...
    @property
    def interval(self) -> int: ...
    @property
    def weekday(self) -> int | None: ...
    @property
    def nth(self) -> int | None: ...
    @property
    def day_of_month(self) -> int | None: ...
    @property
    def start(self) -> datetime.time: ...
    @property
    def duration(self) -> datetime.timedelta: ...
    @property
    def time_zone(self) -> str: ...
    @property
    def effective(self) -> DateRange | None: ...
    @property
    def first_day(self) -> datetime.date | None: ...
    @property
    def skipped(self) -> tuple[datetime.date, ...]: ...
    @property
    def weekdays(self) -> tuple[tuple[int, int], ...]: ...
    @property
    def month_days(self) -> tuple[int, ...]: ...
    @property
    def months(self) -> tuple[int, ...]: ...
    @property
    def count(self) -> int | None: ...
    @property
    def all_day(self) -> bool: ...
    def with_effective(self, dates: DateRange | None) -> MeetingSchedule: ...
    def with_first_day(self, day: datetime.date | None) -> MeetingSchedule: ...
    def with_skipped(self, days: list[datetime.date]) -> MeetingSchedule: ...
    def with_count(self, count: int | None) -> MeetingSchedule: ...
    def as_all_day(self) -> MeetingSchedule: ...
    @property
    def added(self) -> tuple[dict[str, Any], ...]:
        """Meetings off the rule (RDATE): {'start': naive local datetime, 'duration': timedelta}."""
    @property
    def overrides(self) -> tuple[dict[str, Any], ...]:
        """Changed meetings (RECURRENCE-ID): {'original', 'cancelled', 'start', 'duration', 'place'}."""
    def with_added(self, meetings: Iterable[dict[str, Any]]) -> MeetingSchedule: ...
    def with_overrides(self, changes: Iterable[dict[str, Any]]) -> MeetingSchedule: ...
    def override_of(self, meeting: MeetingTime) -> dict[str, Any] | None: ...
    def occurrences(self, days: DateRange) -> list[MeetingTime]: ...
    def next_after(self, instant: datetime.datetime) -> MeetingTime | None: ...
    def describe(self) -> str: ...
    def rrule(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

# ---- region_map --------------------------------------------------------------------------------

# Stubs for advocacy.RegionMap (bindings/python/region_map.cpp).

class RegionMap(metaclass=_pybind11_type):
    """Region names to state codes; a state belongs to at most one region. Mutable: no __hash__."""
    def __init__(self, regions: dict[str, Iterable[str]] | None = None) -> None:
        """RegionMap({'Mid Atlantic': ['MD', 'DE']}); ValidationError for a state in two regions or a bad code."""
    def add(self, region: str, states: Iterable[str]) -> None:
        """Adds states to a region (creating it); nothing changes when ValidationError is raised."""
    def region_of(self, state: str) -> str | None: ...
    def states_of(self, region: str) -> list[str]:
        """Sorted; [] for an unknown region."""
    def regions(self) -> list[str]:
        """Sorted region names."""
    def __contains__(self, region: str) -> bool: ...
    def __len__(self) -> int: ...
    def __bool__(self) -> bool: ...
    def to_dict(self) -> dict[str, list[str]]:
        """{region: sorted states}."""
    @staticmethod
    def from_dict(data: dict[str, Iterable[str]]) -> RegionMap: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

# ---- conference --------------------------------------------------------------------------------

# Stubs for advocacy.Conference (bindings/python/conference.cpp).

class Conference(metaclass=_pybind11_type):
    """A regional conference. str() gives 'Mid Atlantic Regional Conference, Nov 13–15, 2015, Baltimore, MD'.
    Mutable: no __hash__."""
    id: str
    name: str
    dates: DateRange
    sessions: tuple[DateRange, ...]  # the days it meets; () for every day of dates; set from a list or tuple
    location: Location  # the conference's own Location: conf.location.locality = ... changes it (unchecked)
    region: str
    registration_url: str
    description: str
    start_time: datetime.time | None  # local, in location.time_zone; None (with end_time) for all day
    end_time: datetime.time | None  # local, on dates.last
    @property
    def timed(self) -> bool: ...
    def __init__(self, *, id: str, name: str, dates: DateRange, location: Location = ..., region: str = "",
                 registration_url: str = "", description: str = "", start_time: datetime.time | None = None,
                 end_time: datetime.time | None = None, sessions: Sequence[DateRange] = ()) -> None:
        """Raises ValidationError with field 'conference "id": name', '... location.time_zone', ...;
        start_time and end_time both or neither."""
    def validate(self) -> None: ...
    def to_dict(self) -> dict[str, Any]:
        """dates as {'first': date, 'last': date}; start_time, end_time as time or None; location as
        Location.to_dict()."""
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Conference:
        """'dates' may be a dict or a DateRange, 'location' a dict or a Location."""
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

# ---- action ------------------------------------------------------------------------------------

# Stubs for advocacy.Action and advocacy.ActionTarget (bindings/python/action.cpp).

_ActionKind = Literal["letter", "attend_meeting", "attend_conference", "petition", "call", "email", "other"]
_TargetKind = Literal["group", "official", "organization"]

def action_kinds() -> tuple[str, ...]:
    """Every action kind's name, in the model's order; Action, its dicts, JSON and OSDI accept exactly these."""

class ActionTarget(metaclass=_pybind11_type):
    """Whom an action addresses; kind 'group' with id '' means the supporter's own local group."""
    kind: _TargetKind  # setting another name raises ParseError (a ValueError)
    id: str
    name: str
    def __init__(self, *, kind: _TargetKind = "group", id: str = "", name: str = "") -> None: ...
    def to_dict(self) -> dict[str, str]: ...
    @staticmethod
    def from_dict(data: dict[str, Any]) -> ActionTarget: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

class Action(metaclass=_pybind11_type):
    """An action of a campaign. str() gives 'Write to your local group (letter)'. Mutable: no __hash__."""
    id: str
    kind: _ActionKind  # setting another name raises ParseError (a ValueError)
    title: str
    description: str
    target: ActionTarget  # the action's own target: step.target.name = ... changes it
    window: DateRange | None
    @property
    def related_conferences(self) -> tuple[str, ...]:
        """A tuple: assign a new sequence to change the ids."""
    @related_conferences.setter
    def related_conferences(self, ids: Iterable[str]) -> None: ...
    @property
    def talking_points(self) -> tuple[str, ...]: ...
    @talking_points.setter
    def talking_points(self, points: Iterable[str]) -> None: ...
    def __init__(self, *, id: str, kind: _ActionKind, title: str, description: str = "",
                 target: ActionTarget = ..., window: DateRange | None = None,
                 related_conferences: list[str] = ..., talking_points: list[str] = ...) -> None:
        """ParseError for an unknown kind; ValidationError with field 'action "id": title', ..."""
    def validate(self) -> None: ...
    def to_dict(self) -> dict[str, Any]:
        """kind as str, target as a dict, window as {'first': date, 'last': date} or None."""
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Action: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

# ---- group -------------------------------------------------------------------------------------

# Stubs for advocacy.Group (bindings/python/group.cpp).

_GroupKind = Literal["local", "student", "regional_office", "national_office", "other"]

class Group(metaclass=_pybind11_type):
    """A group of the organization. str() gives 'Twin Cities Group 55 (Minneapolis, MN)'. Mutable: no __hash__."""
    id: str
    name: str
    kind: _GroupKind  # setting another name raises ParseError (a ValueError)
    location: Location  # location.state is the group's state
    region: str
    @property
    def contacts(self) -> tuple[Contact, ...]:
        """A tuple of copies: assign a new sequence to change the contacts."""
    @contacts.setter
    def contacts(self, contacts: Iterable[Contact]) -> None: ...
    meetings: MeetingSchedule | None
    website: str
    def __init__(self, *, id: str, name: str, kind: _GroupKind = "local", location: Location = ...,
                 region: str = "", contacts: list[Contact] = ..., meetings: MeetingSchedule | None = None,
                 website: str = "") -> None:
        """ParseError for an unknown kind; ValidationError with field 'group "id": contacts[0].email', ..."""
    def validate(self) -> None: ...
    def to_dict(self) -> dict[str, Any]:
        """place (the location) and contacts as dicts, meetings as MeetingSchedule.to_dict() or None."""
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Group: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

# ---- campaign ----------------------------------------------------------------------------------

# Stubs for the campaign binding (bindings/python/campaign.cpp).

class Milestone(metaclass=_pybind11_type):
    def __init__(self, day: datetime.date, title: str) -> None: ...
    @property
    def day(self) -> datetime.date: ...
    @property
    def title(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __lt__(self, other: Milestone) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Meeting(metaclass=_pybind11_type):
    def __init__(self, *, group: Group, start: datetime.datetime, end: datetime.datetime) -> None: ...
    @property
    def start(self) -> datetime.datetime: ...
    @property
    def end(self) -> datetime.datetime: ...
    @property
    def group(self) -> Group: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

class PlanStep(metaclass=_pybind11_type):
    @property
    def action_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def instruction(self) -> str: ...
    @property
    def groups(self) -> tuple[Group, ...]: ...
    @property
    def meetings(self) -> tuple[Meeting, ...]: ...
    @property
    def conference(self) -> Optional[Conference]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

class MilestoneSequence(Sequence[Milestone]):
    """A campaign's milestones (Campaign.milestones), in date order. An immutable sequence over a snapshot:
    taking it copies no Python object, reading an item gives an independent copy, and later changes
    to the campaign never show through. Equal to a tuple or list of equal items."""
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: int) -> Milestone: ...
    @overload
    def __getitem__(self, index: slice) -> MilestoneSequence: ...
    def __iter__(self) -> Iterator[Milestone]: ...
    def __contains__(self, value: object) -> bool: ...
    def count(self, value: object) -> int: ...
    def index(self, value: object, start: int = 0, stop: int = ...) -> int: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class ActionSequence(Sequence[Action]):
    """A campaign's actions (Campaign.actions), in order. An immutable sequence over a snapshot:
    taking it copies no Python object, reading an item gives an independent copy, and later changes
    to the campaign never show through. Equal to a tuple or list of equal items."""
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: int) -> Action: ...
    @overload
    def __getitem__(self, index: slice) -> ActionSequence: ...
    def __iter__(self) -> Iterator[Action]: ...
    def __contains__(self, value: object) -> bool: ...
    def count(self, value: object) -> int: ...
    def index(self, value: object, start: int = 0, stop: int = ...) -> int: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class ConferenceSequence(Sequence[Conference]):
    """A campaign's conferences (Campaign.conferences), in the order added. An immutable sequence over a snapshot:
    taking it copies no Python object, reading an item gives an independent copy, and later changes
    to the campaign never show through. Equal to a tuple or list of equal items."""
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: int) -> Conference: ...
    @overload
    def __getitem__(self, index: slice) -> ConferenceSequence: ...
    def __iter__(self) -> Iterator[Conference]: ...
    def __contains__(self, value: object) -> bool: ...
    def count(self, value: object) -> int: ...
    def index(self, value: object, start: int = 0, stop: int = ...) -> int: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class GroupSequence(Sequence[Group]):
    """A campaign's groups (Campaign.groups), in the order added. An immutable sequence over a snapshot:
    taking it copies no Python object, reading an item gives an independent copy, and later changes
    to the campaign never show through. Equal to a tuple or list of equal items."""
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: int) -> Group: ...
    @overload
    def __getitem__(self, index: slice) -> GroupSequence: ...
    def __iter__(self) -> Iterator[Group]: ...
    def __contains__(self, value: object) -> bool: ...
    def count(self, value: object) -> int: ...
    def index(self, value: object, start: int = 0, stop: int = ...) -> int: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Campaign(metaclass=_pybind11_type):
    """What a campaign hands out (properties, lookups, query results) are independent copies, and
    its collections are immutable sequences (snapshots): change a campaign only through add_*,
    replace_*, remove_* and set_regions, which check the change and leave the campaign unchanged
    when they raise. Long calls (next_meetings, plan, to_json, save, to_icalendar, ...) run without
    the GIL, so Python threads run them in parallel."""
    def __init__(self, *, id: str, title: str, summary: str = "", organization: str = "") -> None: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    summary: str
    organization: str
    def add_milestone(self, day: datetime.date, title: str) -> None: ...
    def add_action(self, action: Action) -> None: ...
    def add_conference(self, conference: Conference) -> None: ...
    def add_group(self, group: Group) -> None: ...
    def add_conferences(self, conferences: Iterable[Conference | dict[str, Any]]) -> None:
        """Adds in order with add_conference's checks; all or nothing, a bad one raises
        ValidationError naming its position ('conferences[3]: ...')."""
    def add_groups(self, groups: Iterable[Group | dict[str, Any]]) -> None:
        """Adds in order with add_group's checks; all or nothing, a bad one raises
        ValidationError naming its position ('groups[17]: ...')."""
    def set_regions(self, regions: RegionMap) -> None: ...
    def replace_conference(self, conference: Conference) -> None:
        """Replaces the conference with the same id; ValidationError as add_conference, or for an unknown id."""
    def remove_conference(self, id: str) -> None:
        """ValidationError for an unknown id or a conference an action still relates to."""
    def replace_group(self, group: Group) -> None: ...
    def remove_group(self, id: str) -> None: ...
    def replace_action(self, action: Action) -> None: ...
    def remove_action(self, id: str) -> None: ...
    @property
    def milestones(self) -> MilestoneSequence: ...
    @property
    def actions(self) -> ActionSequence: ...
    @property
    def conferences(self) -> ConferenceSequence: ...
    @property
    def groups(self) -> GroupSequence: ...
    @property
    def regions(self) -> RegionMap: ...
    def group(self, id: str) -> Optional[Group]: ...
    def conference(self, id: str) -> Optional[Conference]: ...
    def action(self, id: str) -> Optional[Action]: ...
    def upcoming_conferences(self, on_or_after: datetime.date) -> list[Conference]: ...
    def conferences_in(self, region: str) -> list[Conference]: ...
    def conference_for(self, state: str, on_or_after: datetime.date) -> Optional[Conference]: ...
    def conflicts(self) -> list[tuple[Conference, Conference]]: ...
    def groups_in(self, state: str) -> list[Group]: ...
    def groups_in_region(self, region: str) -> list[Group]: ...
    def next_meetings(self, days: DateRange) -> list[Meeting]: ...
    def plan(
        self, state: str, today: datetime.date, *, locality: str = "", preferred_group: str = ""
    ) -> list[PlanStep]: ...
    def plans(
        self,
        supporters: Iterable[Supporter | dict[str, Any]],
        today: datetime.date,
        *,
        threads: int = 1,
        chunk_size: int = 4096,
    ) -> _PlanIterator:
        """(supporter, steps) per supporter, in order; planned threads x chunk_size at a time
        without the GIL, against the campaign as it was when plans() was called."""
    def to_dict(self) -> dict[str, Any]: ...
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Campaign: ...
    @staticmethod
    def from_records(
        *,
        id: str,
        title: str,
        summary: str = "",
        organization: str = "",
        milestones: Optional[Iterable[Milestone | dict[str, Any]]] = None,
        regions: Optional[RegionMap | dict[str, Any]] = None,
        conferences: Optional[Iterable[Conference | dict[str, Any]]] = None,
        groups: Optional[Iterable[Group | dict[str, Any]]] = None,
        actions: Optional[Iterable[Action | dict[str, Any]]] = None,
    ) -> Campaign:
        """A campaign built at once from records (dicts in to_dict()'s form, or objects);
        conferences and groups go in as one batch each. ValidationError names a bad record's
        position ('groups[17]: ...')."""
    def __copy__(self) -> Campaign: ...
    def __deepcopy__(self, memo: dict[Any, Any]) -> Campaign: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]
    def to_json(self) -> str:
        """to_json(self): the campaign as a JSON document: 2-space indent, fixed key order, the oldest
        schema_version (1 to json_schema_version) that holds the campaign."""
    @staticmethod
    def from_json(text: str | bytes) -> Campaign:
        """campaign_from_json(text): reads a document written by to_json(): Campaign.from_json(c.to_json()) == c.
        Raises ParseError (syntax: .line/.position; values: reason starts with the JSON pointer)."""

# ---- sample ------------------------------------------------------------------------------------

# Stubs for the sample binding (bindings/python/sample.cpp).
def sample_campaign() -> Campaign: ...

# ---- import_result -----------------------------------------------------------------------------

# import_result: what every importer returns


class ImportWarning(metaclass=_pybind11_type):
    """A record an importer read and left out: the 1-based line where it is, the text that
    names it and why."""
    def __init__(self, line: int, text: str, reason: str) -> None: ...
    @property
    def line(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def reason(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class ImportResult(metaclass=_pybind11_type):
    """What an importer read: .campaign and .warnings."""
    @property
    def campaign(self) -> Campaign: ...
    @property
    def warnings(self) -> tuple[ImportWarning, ...]: ...
    @property
    def format(self) -> str:
        """The format read, for an importer that reads several (read_listing: 'text', 'markdown',
        'csv', 'tsv'); '' for the others."""
    def __eq__(self, other: object) -> bool:
        """Equal when the campaigns, the warnings and the formats are."""
    def __ne__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]  # unhashable, as its campaign is

# ---- json --------------------------------------------------------------------------------------

json_schema_version: int
"""The newest schema version (2); to_json() writes 1 unless a conference has times. Newer documents are refused."""

default_max_file_size: int
"""The largest file load() reads unless told otherwise: 1 GiB."""

class JsonProblem(metaclass=_pybind11_type):
    """A problem in a JSON campaign document: its JSON pointer, 1-based line and column, and the
    reason."""
    def __init__(self, pointer: str, line: int, column: int, reason: str) -> None: ...
    @property
    def pointer(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def reason(self) -> str: ...
    @property
    def field(self) -> str:
        """The value's path as fields and indexes: "groups[2].contacts[0].email"."""
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def to_json(campaign: Campaign) -> str:
    """The campaign as a JSON document; Campaign.to_json() is the same."""

def campaign_from_json(text: str | bytes) -> Campaign:
    """Reads a document written by to_json(); Campaign.from_json() is the same. Raises ParseError."""

def check_campaign_json(text: str | bytes) -> list[JsonProblem]:
    """Every problem Campaign.from_json() would stop at, object by object; an empty list when it
    reads the document. Bad JSON syntax is one problem; each object is checked on its own."""

def load(
    path: str | os.PathLike[str],
    format: str = "auto",
    *,
    max_size: int = ...,
    reference: datetime.date | None = None,
) -> Campaign:
    """Reads a campaign from a file in the format named: 'json', 'icalendar', 'vcard', 'listing',
    'text' (an announcement, or a listing of plain lines), or 'auto': the one its extension names
    (.json, .ics, .vcf, .md, .csv, .tsv, .txt), else the one its content shows. The content is
    checked: a .json file holding a calendar raises ParseError. What the model cannot hold is left
    out, each record with a LoadWarning ('PATH:line N: ...'). Raises FileError (also OSError, and
    the OSError subclass of its errno, e.g. FileNotFoundError; naming the path) when the file
    cannot be read, is not a regular file or is larger than max_size bytes
    (default_max_file_size); ParseError for bad content (.line, .position; for JSON a reason that
    starts with the JSON pointer of a bad value); ValidationError for 'osdi' (written only)."""

def import_file(
    path: str | os.PathLike[str],
    format: str = "auto",
    *,
    max_size: int = ...,
    reference: datetime.date | None = None,
) -> ImportResult:
    """Reads a file as load() does into an ImportResult: the campaign, the records left out as
    warnings, and the format read ('json', 'icalendar', 'vcard', 'listing' or 'text')."""

class LoadWarning(UserWarning):
    """What load() read in a file but left out: one warning per record."""

def save(campaign: Campaign, path: str | os.PathLike[str], format: str = "auto") -> None:
    """Writes the campaign atomically (temporary file in the same folder, synced, renamed over
    path) in the format named: 'json', 'icalendar', 'vcard', 'osdi', or 'auto': the one the
    extension names (.json, .ics, .vcf), JSON for a path without one. Raises ValidationError,
    before touching the file, for a format that cannot be written ('listing', 'text': .md, .csv,
    .tsv, .txt) or an extension that names none; FileError when the file cannot be written,
    leaving any previous file whole."""

# ---- osdi --------------------------------------------------------------------------------------

def to_osdi(campaign: Campaign) -> dict[str, Any]:
    """The campaign as an OSDI HAL+JSON document, as a dict: {'_links': {'self': ..., 'curies':
    [...]}, '_embedded': {'osdi:advocacy_campaigns': [...], 'osdi:events': [...], 'osdi:people':
    [...]}} with Open Supporter Data Interface field names (title, summary, type, templates,
    targets, start_date, end_date, all_day, timezone_identifier, location, contact, given_name,
    email_addresses, phone_numbers, custom_fields)."""

def read_osdi(text: str | bytes, *, campaign_id: str | None = None, campaign_title: str | None = None) -> ImportResult:
    """Reads an OSDI document (advocacy's own export, or a collection page as OSDI servers return
    it: '_embedded' with 'osdi:events', 'osdi:people', 'osdi:advocacy_campaigns') into an
    ImportResult; a warning names every record left out. ParseError for text that is not JSON or
    not OSDI."""

# ---- icalendar ---------------------------------------------------------------------------------

def to_icalendar(
    campaign: Campaign,
    *,
    stamp: datetime.datetime | None = None,
    open_start: datetime.date | None = None,
) -> str:
    """The campaign as iCalendar text (RFC 5545): conferences as all-day events (DTEND
    exclusive) or timed ones in their zone, group meetings as recurring events with VTIMEZONEs. `stamp` (an aware datetime)
    is the DTSTAMP, default now; `open_start` is where open-ended schedules start."""

def campaign_from_icalendar(text: str | bytes) -> Campaign:
    """Reads iCalendar text into a Campaign; raises ParseError with the line for any event it
    cannot read (read_icalendar(text, strict=True).campaign)."""

def from_icalendar(text: str | bytes) -> Campaign:
    """Deprecated (DeprecationWarning): campaign_from_icalendar(text)."""

def read_icalendar(text: str | bytes, *, strict: bool = False, campaign_id: str | None = None) -> ImportResult:
    """Reads iCalendar text into an ImportResult: every event is imported or named in a warning
    (line, SUMMARY or UID, reason). strict=True raises ParseError instead of warning."""

# ---- vcard -------------------------------------------------------------------------------------

# vcard: advocacy.to_vcard, advocacy.read_vcard


@overload
def to_vcard(source: Campaign | Group, version: Literal[3, 4] = 4) -> str:
    """Contacts as vCards (4 = RFC 6350, 3 = RFC 2426): one card per person (same name and email,
    or name and phone without an email), an ORG per group, ADR = its place. CRLF lines folded at
    75 octets."""
@overload
def to_vcard(source: Iterable[Contact], version: Literal[3, 4] = 4, *, organization: str = "") -> str:
    """Contacts as vCards with ORG = organization (left out when empty) and no address."""

def read_vcard(text: str | bytes) -> ImportResult:
    """Reads vCards (2.1, 3.0, 4.0) into a campaign with one group per ORG (place from ADR);
    cards without ORG go to the group 'unaffiliated'. Cards and data left out come back as
    warnings."""

# ---- announcement ------------------------------------------------------------------------------

# announcement: advocacy.parse_announcement


AnnouncementWarning = ImportWarning
AnnouncementResult = ImportResult

def parse_announcement(
    text: str | bytes,
    reference: datetime.date | None = None,
    *,
    campaign_id: str = "announcement",
    organization: str = "",
) -> ImportResult:
    """Reads a plain-text call to action into a campaign; lines it cannot place come back as
    warnings. Raises ParseError for a text without content, ValidationError for a bad id."""

# ---- listing -----------------------------------------------------------------------------------

# listing: advocacy.read_listing, advocacy.detect_listing_format


def read_listing(
    text: str | bytes,
    *,
    reference: datetime.date | None = None,
    format: Literal["auto", "text", "markdown", "csv", "tsv"] = "auto",
    campaign_id: str = "listing",
    title: str = "",
) -> ImportResult:
    """Reads an event listing (plain text, Markdown, CSV or TSV with a header row) into an
    ImportResult: a conference per event, a warning per line that looks like an event but cannot
    be read in full; .format names the format read. Raises ParseError for an empty text, an
    unknown format or a spreadsheet without a dates column, ValidationError for a bad id."""

def detect_listing_format(text: str | bytes) -> Literal["text", "markdown", "csv", "tsv"]:
    """The format read_listing(format='auto') reads the text as."""

# ---- site --------------------------------------------------------------------------------------

# site: advocacy.write_site


def write_site(
    campaign: Campaign,
    path: str | os.PathLike[str],
    *,
    today: datetime.date | None = None,
    base_url: str = "",
) -> list[str]:
    """Writes the campaign as a static web site into the folder path (made when missing):
    index.html (summary, actions, conference cards, a map of the states by region), a page per
    state with a group or a region (groups, next meetings, the personal plan as of `today`,
    default today), calendar feeds (.ics) for the campaign, each region, group and conference with
    the campaign's UIDs, and style sheets. base_url (an http(s) URL) is where the site is
    published, for canonical links. Returns the files written, relative to path
    ('states/mn.html'). Raises ValidationError for a bad base_url, FileError naming a file that
    cannot be written."""

# ---- supporter ---------------------------------------------------------------------------------

class Supporter(metaclass=_pybind11_type):
    """A person on the campaign's list. Mutable: no __hash__. Errors name the field, never the
    personal value."""
    id: str
    name: str
    email: str
    phone: str
    locality: str
    state: str
    postal_code: str
    country: str
    preferred_group: str | None
    def __init__(
        self,
        *,
        id: str,
        name: str,
        email: str = "",
        phone: str = "",
        locality: str = "",
        state: str = "",
        postal_code: str = "",
        country: str = "US",
        preferred_group: str | None = None,
    ) -> None:
        """Raises ValidationError (field 'supporter.id', 'supporter.email', ...)."""
    def validate(self) -> None: ...
    def to_dict(self) -> dict[str, str | None]: ...
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Supporter:
        """'id' and 'name' required; unknown keys and wrong types raise ValidationError."""
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(text: str) -> Supporter:
        """ParseError for bad JSON, ValidationError for a bad field."""
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

def state_of_zip(zip: str) -> str:
    """'55401' -> 'MN': the state, DC, territory or military code of a US ZIP code by its
    three-digit prefix (USPS list L002); '' for a prefix not in use."""

# ---- supporter_list ----------------------------------------------------------------------------

class SupporterWarning(metaclass=_pybind11_type):
    """A row of a supporter list skipped (or read with something left out): where and why, never
    what it holds."""
    def __init__(self, line: int, row: int, column: str, reason: str, skipped: bool = True) -> None: ...
    @property
    def line(self) -> int: ...
    @property
    def row(self) -> int: ...
    @property
    def column(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def skipped(self) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class SupporterList(metaclass=_pybind11_type):
    """What read_supporters read. len(supporters) + skipped warnings == rows."""
    @property
    def supporters(self) -> tuple[Supporter, ...]: ...
    @property
    def warnings(self) -> tuple[SupporterWarning, ...]: ...
    @property
    def rows(self) -> int: ...
    @property
    def format(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]

def read_supporters(
    text: str | bytes,
    *,
    format: Literal["auto", "csv", "tsv", "jsonl"] = "auto",
    country: str = "US",
    max_field_length: int = 4096,
) -> SupporterList:
    """Reads a supporter list (CSV/TSV with a header row, or JSON Lines). Raises ParseError for a
    text without a header naming a name column, ValidationError for a bad country."""

# ---- batch_plan --------------------------------------------------------------------------------

class _PlanIterator(metaclass=_pybind11_type):
    def __iter__(self) -> _PlanIterator: ...
    def __next__(self) -> tuple[Supporter, tuple[PlanStep, ...]]: ...

def plans_to_records(
    campaign: Campaign,
    supporters: Iterable[Supporter | dict[str, Any]],
    today: datetime.date,
    *,
    per_step: bool = False,
    threads: int = 1,
) -> list[dict[str, str | int]]:
    """One flat dict per supporter (id, email, state, 'steps.<action id>': instruction) or, with
    per_step, per step (id, email, state, step, action_id, kind, title, instruction): the rows of
    the CSV `advocacy plans` writes."""

# ---- plan_message ------------------------------------------------------------------------------

class PlanTemplate(metaclass=_pybind11_type):
    """A Mustache template for a supporter's plan (mail merge); fields in docs/supporters.md."""
    def __init__(self, text: str, escape: Literal["text", "html"] = "text") -> None:
        """ParseError (with the line) for a tag or section never closed, a section closed out of order, a partial."""
    @property
    def text(self) -> str: ...
    @property
    def escape(self) -> str: ...
    def render(self, campaign: Campaign, supporter: Supporter, steps: Sequence[PlanStep], today: datetime.date) -> str:
        """The message for one supporter."""
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]
