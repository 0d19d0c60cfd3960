# SPDX-License-Identifier: MIT
"""iCalendar export read by python icalendar and recurring_ical_events, and import round trips."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import given, settings
from hypothesis import strategies as st

import advocacy

STAMP = datetime.datetime(2015, 8, 11, 12, 30, tzinfo=datetime.timezone.utc)
YEAR_2015 = (datetime.date(2015, 1, 1), datetime.date(2015, 12, 31))


def _get(obj, name):
    """A property or an argument-less method, whichever the binding chose."""
    value = getattr(obj, name)
    return value() if callable(value) else value


def _export(campaign):
    return advocacy.to_icalendar(campaign, stamp=STAMP)


def _events(text):
    calendar = icalendar.Calendar.from_ical(text)
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def _generated_campaign(names):
    campaign = advocacy.Campaign(id="generated", title="Generated; with, odd \\ characters")
    for i, name in enumerate(names):
        first = datetime.date(2015, 1, 1) + datetime.timedelta(days=37 * i)
        campaign.add_conference(
            advocacy.Conference(
                id=f"c{i}",
                name=name,
                dates=advocacy.DateRange(first, first + datetime.timedelta(days=i % 4)),
                location=advocacy.Location(locality="Springfield", region="IL"),
                description=f"{name}\nEND:VEVENT\nline {i}",
            )
        )
    zones = ["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Phoenix"]
    phrases = [
        "second Tuesday of each month at 7pm",
        "every other Wednesday at 18:30",
        "last Thursday, 6:30 pm - 8 pm",
        "the 15th of every month at 7 pm",
    ]
    for i, (zone, phrase) in enumerate(zip(zones, phrases)):
        schedule = advocacy.MeetingSchedule.parse(phrase, time_zone=zone)
        campaign.add_group(advocacy.Group(id=f"g{i}", name=f"Group {i}", meetings=schedule))
    return campaign


def _campaigns():
    return [advocacy.sample_campaign(), _generated_campaign(["Summit", "Caf\u00e9 \u2013 forum", "A, B; C"])]


def _utc(moment):
    return moment.astimezone(datetime.timezone.utc)


@pytest.mark.parametrize("campaign", _campaigns(), ids=["sample", "generated"])
def test_python_icalendar_reads_the_same_conferences(campaign):
    events = {str(e["UID"]): e for e in _events(_export(campaign))}
    conferences = _get(campaign, "conferences")
    assert conferences, "the campaign has conferences to compare"
    for conference in conferences:
        event = events[f"{conference.id}@{campaign.id}.advocacy"]
        assert str(event["SUMMARY"]) == conference.name
        assert event["DTSTART"].dt == conference.dates.first
        # DTEND is exclusive: the day after the last day.
        assert event["DTEND"].dt == conference.dates.last + datetime.timedelta(days=1)
        assert not isinstance(event["DTSTART"].dt, datetime.datetime)


@pytest.mark.parametrize("campaign", _campaigns(), ids=["sample", "generated"])
def test_recurring_ical_events_gives_the_model_meetings(campaign):
    text = _export(campaign)
    calendar = icalendar.Calendar.from_ical(text)
    # A margin on both sides, then both sides filtered by local day, as next_meetings counts.
    expanded = recurring_ical_events.of(calendar).between((2014, 12, 30), (2016, 1, 2))
    from_file = sorted(
        (str(e["UID"]).split("-meetings@")[0], _utc(e["DTSTART"].dt), _utc(e["DTEND"].dt))
        for e in expanded
        if "-meetings@" in str(e["UID"]) and YEAR_2015[0] <= e["DTSTART"].dt.date() <= YEAR_2015[1]
    )
    meetings = campaign.next_meetings(advocacy.DateRange(*YEAR_2015))
    from_model = sorted((m.group.id, _utc(m.start), _utc(m.end)) for m in meetings)
    assert len(from_model) > 12
    assert from_file == from_model
    # Both 2015 DST changes are crossed: some meetings are at UTC-5 and some at UTC-6 in Chicago.
    offsets = {m.start.utcoffset() for m in meetings if str(m.start.tzinfo) == "America/Chicago"}
    if offsets:
        assert offsets == {datetime.timedelta(hours=-5), datetime.timedelta(hours=-6)}


@pytest.mark.parametrize("campaign", _campaigns(), ids=["sample", "generated"])
def test_schedule_occurrences_match_expansion(campaign):
    calendar = icalendar.Calendar.from_ical(_export(campaign))
    for group in _get(campaign, "groups"):
        if group.meetings is None:
            continue
        uid = f"{group.id}-meetings@{campaign.id}.advocacy"
        expanded = [
            e
            for e in recurring_ical_events.of(calendar).between((2014, 12, 30), (2016, 1, 2))
            if str(e["UID"]) == uid and YEAR_2015[0] <= e["DTSTART"].dt.date() <= YEAR_2015[1]
        ]
        expected = [_utc(m.start) for m in group.meetings.occurrences(advocacy.DateRange(*YEAR_2015))]
        assert sorted(_utc(e["DTSTART"].dt) for e in expanded) == expected


@pytest.mark.parametrize("campaign", _campaigns(), ids=["sample", "generated"])
def test_import_round_trip(campaign):
    back = advocacy.from_icalendar(_export(campaign))
    assert back.id == campaign.id
    assert back.title == campaign.title
    assert _get(back, "conferences") == _get(campaign, "conferences")
    scheduled = [g for g in _get(campaign, "groups") if g.meetings is not None]
    imported = {g.id: g for g in _get(back, "groups")}
    assert sorted(imported) == sorted(g.id for g in scheduled)
    for group in scheduled:
        assert imported[group.id].meetings == group.meetings
        assert imported[group.id].name == group.name


def test_to_icalendar_is_deterministic_with_a_stamp():
    campaign = advocacy.sample_campaign()
    text = _export(campaign)
    assert text == _export(campaign)
    assert "DTSTAMP:20150811T123000Z\r\n" in text
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//advocacy//advocacy ")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_line_breaks_are_normalised_not_injected():
    campaign = advocacy.Campaign(id="c", title="C")
    campaign.add_conference(
        advocacy.Conference(
            id="x",
            name="X",
            dates=advocacy.DateRange(datetime.date(2015, 11, 7), datetime.date(2015, 11, 7)),
            description="one\r\nEND:VEVENT\rBEGIN:VEVENT\nSUMMARY:Injected",
        )
    )
    text = _export(campaign)
    events = _events(text)
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == "X"
    assert str(events[0]["DESCRIPTION"]) == "one\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected"
    back = advocacy.from_icalendar(text)
    assert _get(back, "conferences")[0].description == "one\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected"


def test_naive_stamp_is_refused():
    with pytest.raises(TypeError):
        advocacy.to_icalendar(advocacy.sample_campaign(), stamp=datetime.datetime(2015, 8, 11))


def test_import_errors_are_parse_errors_with_lines():
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        "DTSTART;TZID=America/Chicago:20150908T190000\r\nRRULE:FREQ=DAILY\r\nSUMMARY:x\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(advocacy.ParseError, match="RRULE FREQ=DAILY is not a meeting schedule") as caught:
        advocacy.from_icalendar(text)
    assert "line 6" in str(caught.value) or getattr(caught.value, "line", 6) == 6
    with pytest.raises(ValueError):
        advocacy.from_icalendar("BEGIN:VEVENT\r\nEND:VEVENT\r\n")


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(",;\\:\"\u2013\u00e9"),
    min_size=1,
    max_size=120,
).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=60, deadline=None)
@given(st.lists(_text, min_size=1, max_size=4))
def test_any_names_survive_python_icalendar_and_import(names):
    campaign = _generated_campaign(names)
    text = _export(campaign)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    summaries = {
        str(e["UID"]).split("@")[0]: str(e["SUMMARY"]) for e in _events(text) if "-meetings@" not in str(e["UID"])
    }
    assert len(summaries) == len(names)
    for i, name in enumerate(names):
        # python icalendar 4.0.3 unescapes "\\," as "\," then as "," (replacements in sequence), so
        # names with a backslash are checked through libical (advocacy's import) only.
        if "\\" not in name:
            assert summaries[f"c{i}"] == name
    back = advocacy.from_icalendar(text)
    assert [c.name for c in _get(back, "conferences")] == names


# --- timed conferences -------------------------------------------------------------------------

T = datetime.time
D = datetime.date


def _timed_campaign():
    campaign = advocacy.Campaign(id="timed", title="Timed events")
    where = advocacy.Location(locality="Chicago", region="IL", time_zone="America/Chicago")
    events = [
        ("hall", D(2015, 11, 13), D(2015, 11, 13), T(19), T(21, 30), where),  # CST
        ("summer", D(2015, 7, 1), D(2015, 7, 1), T(9), T(17), where),  # CDT
        ("weekend", D(2015, 10, 30), D(2015, 11, 1), T(18), T(12), where),  # across the DST change
        ("late", D(2015, 12, 31), D(2016, 1, 1), T(21), T(0, 30), where),  # past midnight
        ("webinar", D(2015, 9, 8), D(2015, 9, 8), T(17), T(18), advocacy.Location(time_zone="UTC")),
        ("anywhere", D(2015, 9, 9), D(2015, 9, 9), T(12), T(12, 45), advocacy.Location()),  # floating
        ("gap", D(2015, 3, 8), D(2015, 3, 8), T(2, 30), T(3, 30), where),  # 02:30 does not exist that day
        ("overlap", D(2015, 11, 1), D(2015, 11, 1), T(1, 30), T(1, 45), where),  # 01:30 happens twice
        ("la", D(2015, 11, 20), D(2015, 11, 22), T(8, 30), T(16), advocacy.Location(
            locality="Los Angeles", region="CA", time_zone="America/Los_Angeles")),
    ]
    for cid, first, last, start, end, place in events:
        campaign.add_conference(advocacy.Conference(
            id=cid, name=cid.title(), dates=advocacy.DateRange(first, last), location=place,
            start_time=start, end_time=end))
    campaign.add_conference(advocacy.Conference(
        id="all-day", name="All day", dates=advocacy.DateRange(D(2015, 11, 13), D(2015, 11, 15))))
    return campaign


def _model_moment(conference, day, time):
    """The model's local time as python icalendar shows it: aware in the zone, naive when floating."""
    local = datetime.datetime.combine(day, time)
    zone = conference.location.time_zone
    return local.replace(tzinfo=ZoneInfo(zone)) if zone else local


def test_timed_conferences_read_by_python_icalendar():
    campaign = _timed_campaign()
    events = {str(e["UID"]).split("@")[0]: e for e in _events(_export(campaign))}
    for conference in _get(campaign, "conferences"):
        event = events[conference.id]
        if not conference.timed:
            assert event["DTSTART"].dt == conference.dates.first
            continue
        start = _model_moment(conference, conference.dates.first, conference.start_time)
        end = _model_moment(conference, conference.dates.last, conference.end_time)
        # The same wall-clock times and, in a zone, the same instants (compared through UTC: Python
        # never finds aware times of different tzinfo kinds equal in a DST gap or overlap). Which
        # instant a gap or overlap time means is the reader's choice (RFC 5545 3.3.5 says the
        # first; python icalendar 4.0.3 takes the standard-time one), so those get the wall clock.
        for got, want in ((event["DTSTART"].dt, start), (event["DTEND"].dt, end)):
            assert got.replace(tzinfo=None) == want.replace(tzinfo=None)
            if want.tzinfo is None:
                assert got.tzinfo is None
            elif want.utcoffset() == want.replace(fold=1).utcoffset():
                assert _utc(got) == _utc(want)
    assert events["hall"]["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=-6)
    assert events["summer"]["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=-5)


def test_timed_conferences_expanded_by_recurring_ical_events():
    campaign = _timed_campaign()
    calendar = icalendar.Calendar.from_ical(_export(campaign))
    expanded = {str(e["UID"]).split("@")[0]: e for e in recurring_ical_events.of(calendar).between((2015, 1, 1), (2016, 2, 1))}
    assert sorted(expanded) == sorted(c.id for c in _get(campaign, "conferences"))
    weekend = expanded["weekend"]
    # Oct 30 18:00 CDT to Nov 1 12:00 CST: 43 hours, one more than the wall clocks show.
    assert _utc(weekend["DTEND"].dt) - _utc(weekend["DTSTART"].dt) == datetime.timedelta(hours=43)


def test_timed_conferences_round_trip_through_import():
    campaign = _timed_campaign()
    back = advocacy.from_icalendar(_export(campaign))
    assert _get(back, "conferences") == _get(campaign, "conferences")


def test_foreign_timed_events_keep_start_end_and_zone():
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other tool//EN\r\n"
        "BEGIN:VEVENT\r\nUID:one@example.org\r\nDTSTAMP:20150801T000000Z\r\nSUMMARY:Phone bank\r\n"
        "DTSTART;TZID=America/New_York:20151113T180000\r\nDTEND;TZID=America/New_York:20151113T203000\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:two@example.org\r\nDTSTAMP:20150801T000000Z\r\nSUMMARY:Call\r\n"
        "DTSTART:20151114T150000Z\r\nDURATION:PT1H30M\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:three@example.org\r\nDTSTAMP:20150801T000000Z\r\nSUMMARY:Vigil\r\n"
        "DTSTART:20151115T200000\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    one, two, three = _get(advocacy.from_icalendar(text), "conferences")
    assert (one.dates.first, one.start_time, one.end_time, one.location.time_zone) == (
        D(2015, 11, 13), T(18), T(20, 30), "America/New_York")
    assert (two.dates.first, two.start_time, two.end_time, two.location.time_zone) == (
        D(2015, 11, 14), T(15), T(16, 30), "UTC")
    # No DTEND or DURATION: it ends when it starts; floating: no zone.
    assert (three.start_time, three.end_time, three.location.time_zone) == (T(20), T(20), "")


def test_timed_import_errors_name_the_line():
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\n"
        "DTSTART;TZID=America/Chicago:20151113T190015\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(advocacy.ParseError, match="whole minutes") as caught:
        advocacy.from_icalendar(text)
    assert caught.value.line == 6
    text = text.replace("190015", "190000\r\nDTEND;TZID=America/Chicago:20151113T180000")
    with pytest.raises(advocacy.ParseError, match="ends before DTSTART") as caught:
        advocacy.from_icalendar(text)
    assert caught.value.line == 7
