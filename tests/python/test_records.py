# SPDX-License-Identifier: MIT
"""to_records / from_records: flat records of conferences, groups, meetings and plan steps, read
back equal from plain dicts and from pandas DataFrames (NaN, NaT and Timestamps included)."""

import datetime
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import advocacy
from advocacy import Conference, Contact, DateRange, Group, Location, Meeting, MeetingSchedule, PlanStep

D = datetime.date
OCTOBER = DateRange(D(2015, 10, 1), D(2015, 10, 31))


def shaped_conferences():
    """Every shape a conference's record takes: sessions, times, address lines."""
    return [
        Conference(id="all-day", name="All Day", dates=DateRange(D(2015, 11, 13), D(2015, 11, 15)),
                   location=Location(locality="Baltimore", state="MD", time_zone="America/New_York")),
        Conference(id="timed", name="Timed", dates=DateRange(D(2015, 12, 1), D(2015, 12, 4)),
                   sessions=[DateRange(D(2015, 12, 1)), DateRange(D(2015, 12, 3), D(2015, 12, 4))],
                   start_time=datetime.time(9, 0), end_time=datetime.time(17, 30),
                   location=Location(venue="Hall", address_lines=["1 Main St", "Suite 2"], locality="Austin",
                                     state="TX", postal_code="78701", time_zone="America/Chicago"),
                   region="South", registration_url="https://example.org/r", description="Two days."),
    ]


def shaped_groups():
    """No contacts and no schedule; two contacts and an open-ended schedule with skipped, added and
    changed meetings; a counted one."""
    base = MeetingSchedule.parse("every Tuesday at 7pm", time_zone="America/Chicago")
    rich = (base.with_first_day(D(2015, 9, 1)).with_skipped([D(2015, 9, 8), D(2015, 9, 15)])
            .with_added([{"start": datetime.datetime(2015, 9, 10, 19, 0), "duration": datetime.timedelta(hours=2)}])
            .with_overrides([{"original": datetime.datetime(2015, 9, 22, 19, 0), "cancelled": True}]))
    return [
        Group(id="bare", name="Bare", location=Location(locality="Ely", state="MN")),
        Group(id="rich", name="Rich", kind="student", location=Location(locality="Duluth", state="MN"),
              region="North", website="https://example.org/g", meetings=rich,
              contacts=[Contact(name="Ann Lee", email="ann@example.org"),
                        Contact(name="Bo Ray", role="chair", phone="612-555-0143")]),
        Group(id="counted", name="Counted", location=Location(locality="Mesa", state="AZ"),
              meetings=base.with_effective(DateRange(D(2015, 9, 1), D(2015, 12, 31))).with_count(4),
              contacts=[Contact(name="Cy Moe")]),
    ]


@pytest.fixture(scope="module")
def campaign():
    return advocacy.sample_campaign()


def kinds(c):
    """(kind, objects, from_records keywords) for every kind of records."""
    return [
        (Conference, list(c.conferences) + shaped_conferences(), {}),
        (Group, list(c.groups) + shaped_groups(), {}),
        (Meeting, c.next_meetings(OCTOBER), {"groups": c.groups}),
        (PlanStep, c.plan("MN", D(2015, 9, 1)) + c.plan("MD", D(2015, 9, 1)), {}),
    ]


def plain(value):
    return value is None or isinstance(value, (str, int, float, datetime.date, datetime.time, datetime.timedelta))


def test_records_are_flat_plain_and_all_of_the_same_columns(campaign):
    for kind, items, _ in kinds(campaign):
        records = advocacy.to_records(items)
        assert len(records) == len(items)
        columns = list(records[0])
        for record in records:
            assert list(record) == columns, kind
            assert all(plain(v) for v in record.values()), (kind, record)
        assert all("[" not in column for column in columns)


def test_conference_and_group_columns_are_dotted_to_dict_keys():
    conferences = advocacy.to_records(shaped_conferences())
    assert conferences[1]["place.locality"] == "Austin"
    assert conferences[1]["dates.first"] == D(2015, 12, 1)
    assert conferences[1]["sessions.1.last"] == D(2015, 12, 4)
    assert conferences[1]["place.address_lines.1"] == "Suite 2"
    assert conferences[0]["sessions.1.last"] is None and conferences[0]["start_time"] is None
    groups = advocacy.to_records(shaped_groups())
    # contacts as numbered columns, one row per group; columns of one contact stay together
    columns = list(groups[0])
    assert columns.index("contacts.1.name") == columns.index("contacts.0.phone") + 1
    assert groups[1]["contacts.1.role"] == "chair" and groups[0]["contacts.0.name"] is None
    assert groups[1]["meetings.skipped.1"] == D(2015, 9, 15) and groups[1]["meetings.overrides.0.cancelled"] is True
    assert groups[0]["meetings.rule"] is None and "meetings" not in groups[0]


def test_plain_records_read_back_equal(campaign):
    for kind, items, keywords in kinds(campaign):
        assert advocacy.from_records(kind, advocacy.to_records(items), **keywords) == list(items), kind


def test_empty_records():
    assert advocacy.to_records([]) == []
    assert advocacy.from_records(Group, []) == []


def test_missing_values_are_defaults():
    nan = float("nan")
    [g] = advocacy.from_records(Group, [{"id": "g", "name": "G", "kind": None, "website": nan, "meetings.rule": None,
                                         "contacts.0.name": nan, "contacts.0.email": None}])
    assert g == Group(id="g", name="G")


def test_mixed_or_foreign_items_are_refused(campaign):
    with pytest.raises(TypeError, match=r"items\[1\]"):
        advocacy.to_records([campaign.conferences[0], campaign.groups[0]])
    with pytest.raises(TypeError):
        advocacy.to_records([{"id": "x"}])
    with pytest.raises(TypeError):
        advocacy.from_records(Contact, [])
    with pytest.raises(TypeError, match="groups="):
        advocacy.from_records(Meeting, [])


def records_with(items, row, **changes):
    records = advocacy.to_records(items)
    records[row].update(changes)
    return records


@pytest.mark.parametrize("changes, field, reason", [
    ({"place.time_zone": "Mars/Base"}, "records[1]: place.time_zone", ""),
    ({"dates.first": None}, "records[1]: dates.first", "missing"),
    ({"dates.last": D(2015, 1, 1)}, "records[1]: dates.last", "before first"),
    ({"start_time": "noon"}, "records[1]: start_time", "datetime.time"),
    ({"dates.first": datetime.datetime(2015, 12, 1, 10, 0)}, "records[1]: dates.first", "a day"),
    ({"colour": "red"}, "records[1]: colour", "unknown key"),
    ({"sessions.3.first": D(2015, 12, 2)}, "records[1]: sessions.3", "sessions.2 is empty"),
])
def test_a_bad_conference_record_names_row_and_column(changes, field, reason):
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.from_records(Conference, records_with(shaped_conferences(), 1, **changes))
    assert info.value.field == field
    assert reason in info.value.reason
    assert str(info.value).startswith(field)


def test_a_bad_group_record_names_row_and_column():
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.from_records(Group, records_with(shaped_groups(), 2, **{"contacts.0.email": "nobody"}))
    assert info.value.field == "records[2]: contacts.0.email"
    with pytest.raises(advocacy.ParseError, match=r"^records\[1\]: kind: "):
        advocacy.from_records(Group, records_with(shaped_groups(), 1, kind="club"))
    # The rule is the schedule in words: edited apart from the fields, it is refused, not dropped.
    with pytest.raises(advocacy.ValidationError, match=r"^records\[2\]: meetings.rule: does not say") as said:
        advocacy.from_records(Group, records_with(shaped_groups(), 2, **{"meetings.rule": "whenever"}))
    assert said.value.field == "records[2]: meetings.rule"
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.from_records(Group, records_with(shaped_groups(), 1, **{"meetings.weekday": "someday"}))
    assert info.value.field == "records[1]: meetings.weekday"
    with pytest.raises(advocacy.ValidationError, match=r"^records\[1\]: expected a dict") as row:
        advocacy.from_records(Group, [{"id": "g", "name": "G"}, "not a record"])
    assert row.value.field == "records[1]"


def test_a_meeting_of_an_unknown_group_names_row_and_column(campaign):
    records = records_with(campaign.next_meetings(OCTOBER), 2, group="nobody")
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.from_records(Meeting, records, groups=campaign.groups)
    assert info.value.field == "records[2]: group"


def test_a_bad_plan_step_names_row_and_column(campaign):
    steps = campaign.plan("MN", D(2015, 9, 1))
    with pytest.raises(advocacy.ParseError, match=r"^records\[0\]: kind: "):
        advocacy.from_records(PlanStep, records_with(steps, 0, kind="dance"))
    row = next(i for i, s in enumerate(steps) if s.groups)
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.from_records(PlanStep, records_with(steps, row, **{"groups.0.place.time_zone": "Mars/Base"}))
    assert info.value.field == f"records[{row}]: groups.0.place.time_zone"


names = st.sampled_from(["Ann Lee", "Bo Ray", "Cy Moe", "Di Fox"])
contacts = st.builds(Contact, name=names, role=st.sampled_from(["", "chair"]),
                     email=st.sampled_from(["", "a@example.org"]), phone=st.sampled_from(["", "612-555-0143"]))
schedules = st.sampled_from([None] + [g.meetings for g in shaped_groups() if g.meetings])
random_groups = st.lists(
    st.builds(Group, id=st.sampled_from(["a", "b"]), name=names, contacts=st.lists(contacts, max_size=3),
              meetings=schedules, location=st.builds(Location, locality=st.sampled_from(["", "Ely"]),
                                                     state=st.sampled_from(["", "MN"]))),
    max_size=5)


@settings(max_examples=60, deadline=None)
@given(random_groups)
def test_any_groups_read_back_equal(groups):
    # rows of different numbers of contacts and schedules or none: the columns line up
    records = advocacy.to_records(groups)
    assert advocacy.from_records(Group, records) == groups
    try:
        import pandas
    except ImportError:
        return
    assert advocacy.from_records(Group, pandas.DataFrame.from_records(records)) == groups


# ---- pandas ------------------------------------------------------------------------------------


def test_each_kind_survives_a_dataframe(campaign):
    pd = pytest.importorskip("pandas")
    for kind, items, keywords in kinds(campaign):
        frame = pd.DataFrame.from_records(advocacy.to_records(items))
        assert len(frame) == len(items)
        assert advocacy.from_records(kind, frame, **keywords) == list(items), kind
        assert advocacy.from_records(kind, frame.to_dict("records"), **keywords) == list(items), kind


def test_dataframe_nan_nat_and_timestamps_are_read():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame.from_records(advocacy.to_records(shaped_conferences()))
    for column in ("dates.first", "dates.last", "sessions.0.first", "sessions.0.last", "sessions.1.first",
                   "sessions.1.last"):
        frame[column] = pd.to_datetime(frame[column])  # datetime64: Timestamps, NaT where missing
    assert frame["sessions.0.first"].isna()[0]
    frame.loc[0, "description"] = math.nan
    assert advocacy.from_records(Conference, frame) == shaped_conferences()


def test_a_schedule_survives_a_float_column():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame.from_records(advocacy.to_records(shaped_groups()))
    assert frame["meetings.duration_minutes"].dtype.kind == "f"  # NaN beside 120: pandas makes it 120.0
    assert advocacy.from_records(Group, frame) == shaped_groups()


def test_a_bad_dataframe_row_is_named_by_position():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame.from_records(advocacy.to_records(shaped_conferences()))
    frame.loc[1, "dates.first"] = pd.NaT
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.from_records(Conference, frame)
    assert info.value.field == "records[1]: dates.first"
