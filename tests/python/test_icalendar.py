# SPDX-License-Identifier: MIT
"""iCalendar export read by python icalendar, recurring_ical_events and vobject, and import round trips."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject
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
                location=advocacy.Location(locality="Springfield", state="IL"),
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
    back = advocacy.campaign_from_icalendar(_export(campaign))
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
    back = advocacy.campaign_from_icalendar(text)
    assert _get(back, "conferences")[0].description == "one\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected"


def test_naive_stamp_is_refused():
    with pytest.raises(TypeError):
        advocacy.to_icalendar(advocacy.sample_campaign(), stamp=datetime.datetime(2015, 8, 11))


def test_import_errors_are_parse_errors_with_lines():
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        "DTSTART;TZID=America/Chicago:20150908T190000\r\nRRULE:FREQ=HOURLY\r\nSUMMARY:x\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(advocacy.ParseError, match="RRULE FREQ=HOURLY is not a meeting schedule") as caught:
        advocacy.campaign_from_icalendar(text)
    assert "line 6" in str(caught.value) or getattr(caught.value, "line", 6) == 6
    with pytest.raises(ValueError):
        advocacy.campaign_from_icalendar("BEGIN:VEVENT\r\nEND:VEVENT\r\n")


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
    back = advocacy.campaign_from_icalendar(text)
    assert [c.name for c in _get(back, "conferences")] == names


# --- timed conferences -------------------------------------------------------------------------

T = datetime.time
D = datetime.date


def _timed_campaign():
    campaign = advocacy.Campaign(id="timed", title="Timed events")
    where = advocacy.Location(locality="Chicago", state="IL", time_zone="America/Chicago")
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
            locality="Los Angeles", state="CA", time_zone="America/Los_Angeles")),
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
    back = advocacy.campaign_from_icalendar(_export(campaign))
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
    one, two, three = _get(advocacy.campaign_from_icalendar(text), "conferences")
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
        advocacy.campaign_from_icalendar(text)
    assert caught.value.line == 6
    text = text.replace("190015", "190000\r\nDTEND;TZID=America/Chicago:20151113T180000")
    with pytest.raises(advocacy.ParseError, match="ends before DTSTART") as caught:
        advocacy.campaign_from_icalendar(text)
    assert caught.value.line == 7


# ---- the edges: what every reader accepts, and errors at their line -----------------------------

LAST_DAY = datetime.date(9999, 12, 31)


def _calendar(body):
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n" + body + "END:VCALENDAR\r\n"


def _last_day_campaign():
    campaign = advocacy.Campaign(id="end", title="End")
    campaign.add_conference(
        advocacy.Conference(
            id="last", name="Last days", dates=advocacy.DateRange(datetime.date(9999, 12, 29), LAST_DAY)
        )
    )
    schedule = advocacy.MeetingSchedule.parse("second Tuesday of each month at 7pm", time_zone="America/Chicago")
    schedule = schedule.with_effective(advocacy.DateRange(datetime.date(2015, 9, 1), LAST_DAY))
    campaign.add_group(advocacy.Group(id="open", name="Open", meetings=schedule))
    return campaign


def test_the_last_day_is_written_so_that_every_reader_accepts_it():
    campaign = _last_day_campaign()
    text = _export(campaign)
    assert "00000101" not in text and "UNTIL=" not in text

    # python icalendar
    events = {str(e["UID"]): e for e in _events(text)}
    last = events["last@end.advocacy"]
    assert last["DTSTART"].dt == datetime.date(9999, 12, 29)
    assert last["DURATION"].dt == datetime.timedelta(days=3)
    rule = events["open-meetings@end.advocacy"]["RRULE"]
    assert "UNTIL" not in rule and rule["BYDAY"] == ["2TU"]

    # vobject
    calendar = vobject.readOne(text)
    by_uid = {e.uid.value: e for e in calendar.vevent_list}
    assert by_uid["last@end.advocacy"].dtstart.value == datetime.date(9999, 12, 29)
    assert by_uid["last@end.advocacy"].duration.value == datetime.timedelta(days=3)
    meetings = by_uid["open-meetings@end.advocacy"]
    assert meetings.rrule.value == "FREQ=MONTHLY;BYDAY=2TU"
    assert meetings.getrruleset()[0] == datetime.datetime(2015, 9, 8, 19, tzinfo=meetings.dtstart.value.tzinfo)

    # libical, through advocacy's own import
    back = advocacy.campaign_from_icalendar(text)
    assert back.conferences == campaign.conferences
    assert back.group("open").meetings == campaign.group("open").meetings


def test_an_open_rule_from_another_tool_is_written_back_open():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:weekly\r\nSUMMARY:Weekly meeting\r\n"
        "DTSTART;TZID=America/Chicago:20150909T183000\r\nRRULE:FREQ=WEEKLY;BYDAY=WE\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
    )
    campaign = advocacy.campaign_from_icalendar(text)
    meetings = campaign.group("weekly").meetings
    # In effect from DTSTART's day, with no end: no last day stands in for "never".
    assert meetings.effective is None
    assert meetings.first_day == datetime.date(2015, 9, 9)
    assert meetings.to_dict()["effective"] == {"first": datetime.date(2015, 9, 9), "last": None}
    again = _export(campaign)
    assert "9999" not in again
    rule = _events(again)[0]["RRULE"]
    assert "UNTIL" not in rule
    assert vobject.readOne(again).vevent.rrule.value == "FREQ=WEEKLY;BYDAY=WE"
    assert advocacy.campaign_from_icalendar(again).group("weekly").meetings == meetings
    assert "9999" not in campaign.to_json()
    assert advocacy.Campaign.from_json(campaign.to_json()).group("weekly").meetings == meetings


def test_an_imported_weekly_rule_has_its_first_day_and_no_end():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:tuesdays\r\nSUMMARY:Tuesday meeting\r\n"
        "DTSTART;TZID=America/Chicago:20150908T190000\r\nDURATION:PT2H\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\nEND:VEVENT\r\n"
    )
    campaign = advocacy.campaign_from_icalendar(text)
    meetings = campaign.group("tuesdays").meetings
    assert meetings.effective is None and meetings.first_day == datetime.date(2015, 9, 8)
    assert "9999" not in repr(meetings) and "9999" not in repr(meetings.to_dict())
    assert "9999" not in campaign.to_json()
    again = _export(campaign)
    assert "X-ADVOCACY-EFFECTIVE:20150908/open" in again
    assert advocacy.campaign_from_icalendar(again).group("tuesdays").meetings == meetings
    # recurring_ical_events expands the export into the same meetings as the model.
    window = (datetime.date(2015, 9, 1), datetime.date(2016, 1, 1))
    events = recurring_ical_events.of(icalendar.Calendar.from_ical(again)).between(*window)
    expanded = sorted(e["DTSTART"].dt for e in events)
    model = [m.start for m in meetings.occurrences(advocacy.DateRange(window[0], datetime.date(2015, 12, 31)))]
    assert expanded == model and expanded[0] == datetime.datetime(2015, 9, 8, 19, tzinfo=ZoneInfo("America/Chicago"))


def test_an_open_interval_keeps_its_phase_through_export_and_import():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:fortnight\r\nSUMMARY:Fortnightly meeting\r\n"
        "DTSTART;TZID=America/Chicago:20150908T190000\r\nDURATION:PT2H\r\nRRULE:FREQ=WEEKLY;INTERVAL=2\r\nEND:VEVENT\r\n"
    )
    meetings = advocacy.campaign_from_icalendar(text).group("fortnight").meetings
    september = advocacy.DateRange(datetime.date(2015, 9, 1), datetime.date(2015, 9, 30))
    days = [m.start.date() for m in meetings.occurrences(september)]
    assert days == [datetime.date(2015, 9, 8), datetime.date(2015, 9, 22)]
    # From the Monday before, the phase is the same and the marker keeps the first day.
    from_monday = meetings.with_first_day(datetime.date(2015, 9, 7))
    campaign = advocacy.Campaign(id="c", title="C")
    campaign.add_group(advocacy.Group(id="fortnight", name="Fortnight", meetings=from_monday))
    back = advocacy.campaign_from_icalendar(_export(campaign)).group("fortnight").meetings
    assert back == from_monday
    assert [m.start.date() for m in back.occurrences(september)] == days


def test_years_after_3000_read_back():
    campaign = advocacy.Campaign(id="far", title="Far")
    campaign.add_conference(
        advocacy.Conference(
            id="far", name="Far", dates=advocacy.DateRange(datetime.date(4000, 2, 28), datetime.date(4000, 3, 1))
        )
    )
    assert advocacy.campaign_from_icalendar(_export(campaign)).conferences == campaign.conferences


@pytest.mark.parametrize(
    ("properties", "line", "reason"),
    [
        ("DESCRIPTION:fine\r\nDTEND:\r\n", 8, "DTEND is empty"),
        ("SUMMARY:x\r\nDTEND;VALUE=DATE:2015x114\r\n", 8, "DTEND"),
        ("SUMMARY:x\r\nURL:ftp://example.org\r\n", 8, "is not a URL"),
        ("SUMMARY:x\r\nX-ADVOCACY-REGION:a\\nb\r\n", 8, "region"),
        ("SUMMARY:x\r\nDURATION:P9999999W\r\n", 8, "ends after 9999-12-31"),
        ("SUMMARY:x\r\nDURATION:-P613566756W\r\n", 8, "ends before 1000-01-01"),
        ("SUMMARY:x\r\nDTEND;VALUE=DATE:20151112\r\n", 8, "the end must be after DTSTART"),
    ],
)
def test_property_errors_name_their_line(properties, line, reason):
    text = _calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20151113\r\n" + properties + "END:VEVENT\r\n")
    with pytest.raises(advocacy.ParseError, match=reason) as caught:
        advocacy.campaign_from_icalendar(text)
    assert caught.value.line == line


def test_huge_durations_and_counts_are_refused_with_their_reason():
    meeting = (
        "BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\nDTSTART;TZID=America/Chicago:{start}\r\n"
        "RRULE:{rule}\r\nDURATION:PT2H\r\nEND:VEVENT\r\n"
    )
    with pytest.raises(advocacy.ParseError, match="at most 24 hours") as caught:
        advocacy.campaign_from_icalendar(
            _calendar(meeting.format(start="20150908T190000", rule="FREQ=MONTHLY;BYDAY=2TU").replace(
                "DURATION:PT2H", "DURATION:P9999999W"))
        )
    assert caught.value.line == 9
    monthly = advocacy.campaign_from_icalendar(
        _calendar(meeting.format(start="20150908T190000", rule="FREQ=MONTHLY;BYDAY=2TU;COUNT=10000"))
    )
    assert monthly.group("m").meetings.effective.last == datetime.date(2848, 12, 8)
    with pytest.raises(advocacy.ParseError, match="COUNT=10000 reaches past 9999-12-31") as caught:
        advocacy.campaign_from_icalendar(
            _calendar(meeting.format(start="99000105T190000", rule="FREQ=WEEKLY;BYDAY=TU;COUNT=10000"))
        )
    assert caught.value.line == 8


def test_exrule_beside_an_rrule_is_refused_and_rdate_adds_a_meeting():
    def series(extra):
        return _calendar(
            "BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
            f"RRULE:FREQ=MONTHLY;BYDAY=2TU\r\n{extra}\r\nDURATION:PT2H\r\nEND:VEVENT\r\n"
        )

    with pytest.raises(advocacy.ParseError, match="EXRULE is not supported") as caught:
        advocacy.campaign_from_icalendar(series("EXRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=2TU"))
    assert caught.value.line == 9
    (group,) = advocacy.campaign_from_icalendar(series("RDATE;TZID=America/Chicago:20151014T190000")).groups
    assert group.meetings.added == ({"start": datetime.datetime(2015, 10, 14, 19), "duration": datetime.timedelta(hours=2)},)


def test_a_changed_meeting_of_a_series_replaces_it():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
        "RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nDURATION:PT2H\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:m\r\nRECURRENCE-ID;TZID=America/Chicago:20151013T190000\r\nSUMMARY:m moved\r\n"
        "DTSTART;TZID=America/Chicago:20151014T190000\r\nEND:VEVENT\r\n"
    )
    (group,) = advocacy.campaign_from_icalendar(text).groups
    october = group.meetings.occurrences(advocacy.DateRange(datetime.date(2015, 10, 1), datetime.date(2015, 10, 31)))
    assert [m.start for m in october] == [datetime.datetime(2015, 10, 14, 19, tzinfo=CHICAGO)]


def test_byte_order_mark_and_deep_nesting():
    event = "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n"
    assert len(advocacy.campaign_from_icalendar("\ufeff" + _calendar(event)).conferences) == 1
    deep = "BEGIN:X\r\n" * 50_000 + "END:X\r\n" * 50_000
    assert len(advocacy.campaign_from_icalendar(_calendar(deep + event)).conferences) == 1


def test_every_vevent_is_read_whatever_its_begin_line():
    events = "".join(
        f"{begin}\r\nUID:{uid}\r\nSUMMARY:{uid}\r\nDTSTART;VALUE=DATE:20151113\r\n"
        f"X-ADVOCACY-REGION:{uid}\r\nEND:VEVENT\r\n"
        for begin, uid in [("BEGIN:VEVENT", "plain"), ("BEGIN:VEVENT ", "spaced"), ("BEGIN;X=1:VEVENT", "param")]
    )
    conferences = advocacy.campaign_from_icalendar(_calendar(events)).conferences
    assert [(c.id, c.region) for c in conferences] == [("plain", "plain"), ("spaced", "spaced"), ("param", "param")]


def test_events_sharing_a_uid_get_the_ids_they_always_had():
    uids = ["talk", "talk", "talk-2@elsewhere", "talk", "talk-2", "meet-2", "meet", "meet", None, "event-9"]
    events = "".join(
        "BEGIN:VEVENT\r\n"
        + (f"UID:{uid}\r\n" if uid else "")
        + f"SUMMARY:e{i}\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n"
        for i, uid in enumerate(uids)
    )
    ids = {c.name: c.id for c in advocacy.campaign_from_icalendar(_calendar(events)).conferences}
    assert ids == {
        "e0": "talk",
        "e1": "talk-2",
        "e2": "talk-2-2",
        "e3": "talk-3",
        "e4": "talk-2-3",
        "e5": "meet-2",
        "e6": "meet",
        "e7": "meet-3",
        "e8": "event-9",
        "e9": "event-9-2",
    }


def test_folded_lines_across_blank_lines_and_the_lines_of_later_errors():
    folded = (
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Hello\r\n\r\n  world\r\ndtstart;value=date:2015\r\n 1113\r\n"
        "END:VEVENT\r\n"
    )
    [conference] = advocacy.campaign_from_icalendar(_calendar(folded)).conferences
    assert conference.name == "Hello world"
    assert conference.dates.first == datetime.date(2015, 11, 13)
    # The first event takes lines 4 to 11; the second one's DTEND starts on line 17.
    later = (
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:b\r\n\r\nDTSTART;VALUE=DATE:20151113\r\n"
        "DTEND;VALUE=DATE:2015\r\n 1112\r\nEND:VEVENT\r\n"
    )
    with pytest.raises(advocacy.ParseError, match="the end must be after DTSTART") as caught:
        advocacy.campaign_from_icalendar(_calendar(folded + later))
    assert caught.value.line == 17


# ---- read_icalendar: calendars as other tools write them ------------------------------------------


def _reference_events(text):
    """The VEVENTs python icalendar reads from `text` (several VCALENDARs allowed), by UID."""
    events = {}
    for calendar in icalendar.Calendar.from_ical(text.lstrip("\ufeff"), multiple=True):
        for event in calendar.walk("VEVENT"):
            events[str(event["UID"])] = event
    return events


def _assert_same_as_python_icalendar(text, result):
    """Every imported conference has the days and times python icalendar reads for its event."""
    events = _reference_events(text)
    conferences = _get(result.campaign, "conferences")
    assert conferences
    for conference in conferences:
        event = next(e for uid, e in events.items() if uid.split("@")[0] == conference.id)
        start = event["DTSTART"].dt
        all_day = not isinstance(start, datetime.datetime)
        # No DTEND: an all-day event lasts its one day, a timed one ends when it starts.
        end = event["DTEND"].dt if "DTEND" in event else start + datetime.timedelta(days=1 if all_day else 0)
        if all_day:
            assert (conference.dates.first, conference.dates.last) == (start, end - datetime.timedelta(days=1))
            continue
        zone = ZoneInfo(conference.location.time_zone)
        ours_start = datetime.datetime.combine(conference.dates.first, conference.start_time, zone)
        ours_end = datetime.datetime.combine(conference.dates.last, conference.end_time, zone)
        assert _utc(ours_start) == _utc(start).replace(second=0)
        assert _utc(ours_end) == _utc(end).replace(second=0)


GOOGLE = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
    "METHOD:PUBLISH\r\nX-WR-CALNAME:Group calendar\r\nX-WR-TIMEZONE:America/Chicago\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20151113T150000Z\r\nDTEND:20151113T170000Z\r\nDTSTAMP:20151101T000000Z\r\n"
    "UID:7kukuqrfedlm2f9t0vq8d3l1eo@google.com\r\nCREATED:20151001T000000Z\r\nDESCRIPTION:\r\n"
    "LAST-MODIFIED:20151001T000000Z\r\nLOCATION:\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Rally planning\r\n"
    "TRANSP:OPAQUE\r\nX-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder\r\nTRIGGER:-P0DT0H30M0S\r\nEND:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20151120\r\nDTEND;VALUE=DATE:20151122\r\nDTSTAMP:20151101T000000Z\r\n"
    "UID:0a1b2c3d4e5f@google.com\r\nDESCRIPTION:\r\nSUMMARY:Weekend canvass\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

APPLE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 13.0//EN\r\nCALSCALE:GREGORIAN\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\nBEGIN:STANDARD\r\nDTSTART:20071104T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:20070311T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
    "TZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:5A1B2C3D-0000-4000-8000-000000000001\r\nSUMMARY:Vigil\r\n"
    "DTSTART;TZID=America/Chicago:20151113T190000\r\nDTEND;TZID=America/Chicago:20151113T203000\r\n"
    "LOCATION:City Hall\\nSpringfield\r\n"
    'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="1 Main St\\\\nSpringfield";X-APPLE-RADIUS=72;\r\n'
    ' X-TITLE="City Hall":geo:39.78,-89.65\r\nX-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC\r\n'
    "X-APPLE-CREATOR-IDENTITY:com.apple.calendar\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _one_day(uid, summary, extra=""):
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\nDTSTART;VALUE=DATE:20151113\r\n{extra}END:VEVENT\r\n"


@pytest.mark.parametrize("text", [GOOGLE, APPLE], ids=["google", "apple"])
def test_google_and_apple_calendars_read_as_python_icalendar_reads_them(text):
    result = advocacy.read_icalendar(text)
    assert result.warnings == ()
    _assert_same_as_python_icalendar(text, result)
    assert advocacy.campaign_from_icalendar(text) == result.campaign


def test_a_caldav_dump_with_several_vcalendars():
    text = (
        _calendar(_one_day("a", "A"))
        + _calendar("BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:B\r\nDTSTART:20151114T180000Z\r\nDTEND:20151114T200000Z\r\nEND:VEVENT\r\n")
        + _calendar(_one_day("c", "C"))
    )
    result = advocacy.read_icalendar(text)
    assert result.warnings == ()
    assert [c.id for c in result.campaign.conferences] == ["a", "b", "c"]
    _assert_same_as_python_icalendar(text, result)


def test_byte_order_mark_lf_only_and_bytes():
    text = "\ufeff" + _calendar(_one_day("a", "Caf\u00e9") + _one_day("b", "B")).replace("\r\n", "\n")
    result = advocacy.read_icalendar(text.encode("utf-8"))
    assert result.warnings == ()
    assert [c.name for c in result.campaign.conferences] == ["Caf\u00e9", "B"]
    _assert_same_as_python_icalendar(text, result)
    with pytest.raises(advocacy.ParseError):
        advocacy.read_icalendar(b"BEGIN:VCALENDAR\r\nX-WR-CALNAME:\xff\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize("strict", [False, True])
def test_a_calendar_without_events_says_so(strict):
    text = _calendar("BEGIN:VTODO\r\nUID:t\r\nSUMMARY:Call the council\r\nEND:VTODO\r\n")
    result = advocacy.read_icalendar(text, strict=strict)
    assert len(result.campaign.conferences) == 0
    assert [(w.line, w.text) for w in result.warnings] == [(1, "")]
    assert result.warnings[0].reason.startswith("the calendar holds no VEVENT")


def test_an_event_without_dtstart_among_good_ones():
    text = _calendar(_one_day("a", "A") + "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:No start\r\nEND:VEVENT\r\n" + _one_day("c", "C"))
    result = advocacy.read_icalendar(text)
    assert [c.id for c in result.campaign.conferences] == ["a", "c"]
    assert result.warnings == (advocacy.ImportWarning(9, "No start", "VEVENT has no DTSTART"),)
    with pytest.raises(advocacy.ParseError, match="VEVENT has no DTSTART") as caught:
        advocacy.read_icalendar(text, strict=True)
    assert caught.value.line == 9
    with pytest.raises(advocacy.ParseError):
        advocacy.campaign_from_icalendar(text)


def test_link_related_to_and_unknown_properties_are_not_read():
    extra = (
        "RELATED-TO;RELTYPE=SNOOZE;VALUE=URI:https://example.org/a\r\nRELATED-TO;VALUE=UID:b@example.org\r\n"
        'LINK;LINKREL="latest-version";VALUE=URI:https://example.org/v2\r\nLINK;VALUE=XML-REFERENCE:#x\r\n'
        'FOO;BAR="b;a:z":anything\r\nX-A;X-B=1:2\r\nDTSTAMP:2015-11-01 12:00\r\n'
    )
    result = advocacy.read_icalendar(_calendar(_one_day("a", "A", extra)), strict=True)
    assert result.warnings == ()
    assert [c.id for c in result.campaign.conferences] == ["a"]


def test_an_invalid_value_of_a_property_not_read_is_left_out_on_its_line():
    text = _calendar(_one_day("a", "A", "CREATED:yesterday\r\n"))
    result = advocacy.read_icalendar(text)
    assert [c.id for c in result.campaign.conferences] == ["a"]
    assert [(w.line, w.text) for w in result.warnings] == [(8, "A")]
    assert result.warnings[0].reason.endswith("CREATED is left out (advocacy does not read it)")
    with pytest.raises(advocacy.ParseError) as caught:
        advocacy.read_icalendar(text, strict=True)
    assert caught.value.line == 8


def test_seconds_are_rounded_down_with_a_warning():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART:20151113T150030Z\r\nDTEND:20151113T170059Z\r\nEND:VEVENT\r\n"
    )
    result = advocacy.read_icalendar(text)
    (conference,) = result.campaign.conferences
    assert (conference.start_time, conference.end_time) == (datetime.time(15, 0), datetime.time(17, 0))
    assert [w.line for w in result.warnings] == [7, 8]
    assert "rounded down to the minute" in result.warnings[0].reason
    _assert_same_as_python_icalendar(text, result)
    with pytest.raises(advocacy.ParseError, match="DTSTART has seconds"):
        advocacy.read_icalendar(text, strict=True)


def test_a_cancelled_event_is_not_imported():
    text = _calendar(_one_day("a", "Called off", "STATUS:CANCELLED\r\n") + _one_day("b", "B"))
    result = advocacy.read_icalendar(text)
    assert [c.id for c in result.campaign.conferences] == ["b"]
    assert result.warnings == (
        advocacy.ImportWarning(8, "Called off", "the event is cancelled (STATUS:CANCELLED); left out"),
    )


def test_empty_values_and_a_missing_summary():
    text = _calendar(
        _one_day("a", "", "DESCRIPTION:\r\nLOCATION:\r\nCATEGORIES:\r\n")
        + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20151114\r\nEND:VEVENT\r\n"
    )
    result = advocacy.read_icalendar(text, strict=True)
    assert result.warnings == ()
    assert [c.name for c in result.campaign.conferences] == ["untitled event", "untitled event"]
    _assert_same_as_python_icalendar(text, result)


def test_text_after_the_calendar_and_lines_without_a_colon():
    text = _calendar("REFRESH - INTERVAL\r\n" + _one_day("a", "A", "ORGANIZER;CN=Sixt SE\r\n") + _one_day("b", "B"))
    text += "\r\nnot iCalendar\r\n"
    result = advocacy.read_icalendar(text)
    assert [c.id for c in result.campaign.conferences] == ["b"]
    assert [(w.line, w.text) for w in result.warnings] == [(4, ""), (9, "A"), (18, "")]
    assert result.warnings[2].reason.startswith("text after END:VCALENDAR")


def test_property_errors_name_their_own_line_in_both_modes():
    text = _calendar(_one_day("a", "A") + _one_day("b", "B", "DTEND;VALUE=DATE:2015x114\r\n"))
    (warning,) = advocacy.read_icalendar(text).warnings
    assert (warning.line, warning.text) == (13, "B")
    with pytest.raises(advocacy.ParseError) as caught:
        advocacy.read_icalendar(text, strict=True)
    assert caught.value.line == 13


def test_campaign_id_option():
    text = _calendar("X-WR-CALNAME:Fall events\r\n" + _one_day("a", "A"))
    assert advocacy.read_icalendar(text).campaign.id == "fall-events"
    assert advocacy.read_icalendar(text, campaign_id="mine").campaign.id == "mine"
    with pytest.raises(advocacy.ValidationError):
        advocacy.read_icalendar(text, campaign_id="not an id")
    with pytest.raises(TypeError):
        advocacy.read_icalendar(text, strict="yes")


def _reads_windows_zone_names():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:o\r\nSUMMARY:O\r\nDTSTART;TZID=Pacific Standard Time:20151113T090000\r\nEND:VEVENT\r\n"
    )
    return not advocacy.read_icalendar(text).warnings


OUTLOOK = _calendar(
    "BEGIN:VTIMEZONE\r\nTZID:Pacific Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\n"
    "TZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008\r\nSUMMARY:Outlook meeting\r\n"
    "DTSTART;TZID=Pacific Standard Time:20151113T090000\r\nDTEND;TZID=Pacific Standard Time:20151113T100000\r\n"
    "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\nEND:VEVENT\r\n"
)


@pytest.mark.skipif(not _reads_windows_zone_names(), reason="Windows zone names are not resolved yet")
def test_outlook_windows_zone_names():
    result = advocacy.read_icalendar(OUTLOOK)
    assert result.warnings == ()
    (conference,) = result.campaign.conferences
    assert conference.location.time_zone == "America/Los_Angeles"
    _assert_same_as_python_icalendar(OUTLOOK, result)


def test_an_unknown_zone_is_a_warning():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Mars\r\nDTSTART;TZID=Mars/Olympus:20151113T190000\r\nEND:VEVENT\r\n"
        + _one_day("a", "A")
    )
    result = advocacy.read_icalendar(text)
    assert [c.id for c in result.campaign.conferences] == ["a"]
    ((line, name, reason),) = [(w.line, w.text, w.reason) for w in result.warnings]
    assert (line, name) == (7, "Mars")
    assert reason.startswith('TZID "Mars/Olympus" is not a time zone advocacy knows')


# ---- additions (RDATE) and overrides (RECURRENCE-ID) -------------------------------------------

CHICAGO = ZoneInfo("America/Chicago")


def _local(y, m, d, h, minute=0):
    return datetime.datetime(y, m, d, h, minute)


def _schedule_with_exceptions():
    """Every Tuesday 7 pm in Chicago, February to November 2025 (both clock changes): meetings
    added, one cancelled, two moved (one across the November change), one held elsewhere."""
    return (
        advocacy.MeetingSchedule.parse("every Tuesday, 7 pm - 8:30 pm", time_zone="America/Chicago")
        .with_effective(advocacy.DateRange(datetime.date(2025, 2, 1), datetime.date(2025, 11, 30)))
        .with_skipped([datetime.date(2025, 7, 1)])
        .with_added(
            [
                {"start": _local(2025, 3, 8, 10), "duration": datetime.timedelta(minutes=90)},
                {"start": _local(2025, 3, 9, 3), "duration": datetime.timedelta(minutes=45)},
                {"start": _local(2025, 12, 6, 10), "duration": datetime.timedelta(hours=2)},
            ]
        )
        .with_overrides(
            [
                {"original": _local(2025, 3, 4, 19), "cancelled": True},
                {
                    "original": _local(2025, 3, 11, 19),
                    "start": _local(2025, 3, 13, 18),
                    "duration": datetime.timedelta(hours=1),
                    "place": "Town Hall, Room 2",
                },
                {
                    "original": _local(2025, 10, 28, 19),
                    "start": _local(2025, 11, 3, 18, 30),
                    "duration": datetime.timedelta(minutes=90),
                },
                {
                    "original": _local(2025, 11, 4, 19),
                    "start": _local(2025, 11, 4, 19),
                    "duration": datetime.timedelta(minutes=90),
                    "place": "Park; by the fountain",
                },
            ]
        )
    )


def _campaign_with_exceptions():
    campaign = advocacy.Campaign(id="spring-2025", title="Spring 2025")
    campaign.add_group(
        advocacy.Group(
            id="riverside",
            name="Riverside",
            location=advocacy.Location(locality="Chicago", state="IL"),
            meetings=_schedule_with_exceptions(),
        )
    )
    return campaign


def _expanded_meetings(text, year=2025):
    """(UTC start, UTC end) of every live meeting recurring_ical_events expands from `text`."""
    calendar = icalendar.Calendar.from_ical(text)
    return sorted(
        (_utc(e["DTSTART"].dt), _utc(e["DTEND"].dt if "DTEND" in e else e["DTSTART"].dt + e["DURATION"].dt))
        for e in recurring_ical_events.of(calendar).between((year, 1, 1), (year + 1, 1, 1))
        if str(e.get("STATUS", "")).upper() != "CANCELLED"
    )


def test_exceptions_agree_with_recurring_ical_events_across_dst():
    campaign = _campaign_with_exceptions()
    text = _export(campaign)
    schedule = campaign.group("riverside").meetings
    model = sorted(
        (_utc(m.start), _utc(m.end))
        for m in schedule.occurrences(advocacy.DateRange(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)))
    )
    assert _expanded_meetings(text) == model
    starts = {start for start, _ in model}
    utc = datetime.timezone.utc
    assert datetime.datetime(2025, 3, 5, 1, tzinfo=utc) not in starts  # cancelled (CST)
    assert datetime.datetime(2025, 3, 12, 0, tzinfo=utc) not in starts  # moved away (CDT)
    assert datetime.datetime(2025, 3, 13, 23, tzinfo=utc) in starts  # moved here
    assert datetime.datetime(2025, 11, 4, 0, 30, tzinfo=utc) in starts  # moved past fall-back (CST)
    assert datetime.datetime(2025, 3, 8, 16, tzinfo=utc) in starts  # added
    assert datetime.datetime(2025, 12, 6, 16, tzinfo=utc) in starts  # added after the effective dates


def test_exceptions_as_python_icalendar_reads_them():
    events = _events(_export(_campaign_with_exceptions()))
    series = [e for e in events if "RECURRENCE-ID" not in e]
    overrides = [e for e in events if "RECURRENCE-ID" in e]
    assert len(series) == 1
    # four changes, and two additions of their own length
    assert sorted(str(e["UID"]) for e in overrides) == [str(series[0]["UID"])] * 6
    rdates = sorted(p.dt if not isinstance(p.dt, tuple) else p.dt[0] for r in _as_list(series[0]["RDATE"]) for p in r.dts)
    rdates = [t.astimezone(CHICAGO) for t in rdates]
    assert rdates == [
        datetime.datetime(2025, 3, 8, 10, tzinfo=CHICAGO),
        datetime.datetime(2025, 3, 9, 3, tzinfo=CHICAGO),
        datetime.datetime(2025, 12, 6, 10, tzinfo=CHICAGO),
    ]
    by_original = {e["RECURRENCE-ID"].dt: e for e in overrides}
    assert str(by_original[datetime.datetime(2025, 3, 4, 19, tzinfo=CHICAGO)]["STATUS"]) == "CANCELLED"
    moved = by_original[datetime.datetime(2025, 3, 11, 19, tzinfo=CHICAGO)]
    assert moved["DTSTART"].dt == datetime.datetime(2025, 3, 13, 18, tzinfo=CHICAGO)
    assert str(moved["LOCATION"]) == "Town Hall, Room 2"
    assert str(by_original[datetime.datetime(2025, 10, 28, 19, tzinfo=CHICAGO)]["LOCATION"]) == "Chicago, IL"


def _as_list(value):
    return value if isinstance(value, list) else [value]


def test_exceptions_round_trip_through_import():
    campaign = _campaign_with_exceptions()
    back = advocacy.campaign_from_icalendar(_export(campaign))
    assert back.group("riverside").meetings == campaign.group("riverside").meetings
    assert _export(back) == _export(campaign)


GOOGLE_SERIES = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
    "METHOD:PUBLISH\r\nX-WR-CALNAME:Riverside group\r\nX-WR-TIMEZONE:America/Chicago\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\nX-LIC-LOCATION:America/Chicago\r\nBEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nTZNAME:CDT\r\nDTSTART:19700308T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-0500\r\n"
    "TZOFFSETTO:-0600\r\nTZNAME:CST\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
    "END:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nDTSTART;TZID=America/Chicago:20250225T190000\r\nDTEND;TZID=America/Chicago:20250225T203000\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250430T235959Z\r\nDTSTAMP:20250301T120000Z\r\nUID:4v2kq8c1@google.com\r\n"
    "CREATED:20250101T100000Z\r\nLAST-MODIFIED:20250220T100000Z\r\nLOCATION:Riverside Library\r\nSEQUENCE:0\r\n"
    "STATUS:CONFIRMED\r\nSUMMARY:Riverside group\r\nTRANSP:OPAQUE\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder\r\nTRIGGER:-P0DT0H30M0S\r\nEND:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;TZID=America/Chicago:20250313T180000\r\nDTEND;TZID=America/Chicago:20250313T190000\r\n"
    "DTSTAMP:20250301T120000Z\r\nUID:4v2kq8c1@google.com\r\nRECURRENCE-ID;TZID=America/Chicago:20250311T190000\r\n"
    "CREATED:20250101T100000Z\r\nLAST-MODIFIED:20250305T100000Z\r\nLOCATION:Town Hall\\, Room 2\r\nSEQUENCE:1\r\n"
    "STATUS:CONFIRMED\r\nSUMMARY:Riverside group\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;TZID=America/Chicago:20250304T190000\r\nDTEND;TZID=America/Chicago:20250304T203000\r\n"
    "DTSTAMP:20250301T120000Z\r\nUID:4v2kq8c1@google.com\r\nRECURRENCE-ID;TZID=America/Chicago:20250304T190000\r\n"
    "CREATED:20250101T100000Z\r\nLAST-MODIFIED:20250302T100000Z\r\nLOCATION:Riverside Library\r\nSEQUENCE:1\r\n"
    "STATUS:CANCELLED\r\nSUMMARY:Riverside group\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_google_style_overrides_read_as_recurring_ical_events_expands_them():
    campaign = advocacy.campaign_from_icalendar(GOOGLE_SERIES)
    assert len(_get(campaign, "conferences")) == 0
    (group,) = _get(campaign, "groups")
    meetings = group.meetings.occurrences(advocacy.DateRange(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)))
    assert sorted((_utc(m.start), _utc(m.end)) for m in meetings) == _expanded_meetings(GOOGLE_SERIES)
    moved = [m for m in meetings if group.meetings.override_of(m) is not None]
    assert [(m.start, group.meetings.override_of(m)["place"]) for m in moved] == [
        (datetime.datetime(2025, 3, 13, 18, tzinfo=CHICAGO), "Town Hall, Room 2")
    ]
    assert [o["cancelled"] for o in group.meetings.overrides] == [True, False]


def test_an_override_without_its_series_is_a_parse_error_at_its_line():
    orphan = GOOGLE_SERIES.replace("UID:4v2kq8c1@google.com\r\nRECURRENCE-ID", "UID:other@google.com\r\nRECURRENCE-ID", 1)
    with pytest.raises(advocacy.ParseError) as caught:
        advocacy.campaign_from_icalendar(orphan)
    assert caught.value.line == orphan.split("\r\n").index("RECURRENCE-ID;TZID=America/Chicago:20250311T190000") + 1
    assert "RECURRENCE-ID changes a meeting of a series this calendar does not hold" in str(caught.value)
    # Read leniently, the series is imported and the stray override named in a warning.
    result = advocacy.read_icalendar(orphan)
    assert len(_get(result.campaign, "groups")) == 1
    ((warning,),) = [[w for w in result.warnings if "does not hold" in w.reason]]
    assert warning.line == caught.value.line


def test_a_refused_override_leaves_its_series_out_with_a_warning():
    thisandfuture = GOOGLE_SERIES.replace(
        "RECURRENCE-ID;TZID=America/Chicago:20250311T190000", "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=America/Chicago:20250311T190000", 1
    )
    result = advocacy.read_icalendar(thisandfuture)
    assert _get(result.campaign, "groups") == ()
    assert any("THISANDFUTURE" in w.reason for w in result.warnings)


# As Apple Calendar and Outlook write a weekly series on two days: WKST=SU, X-APPLE-* properties,
# an UNTIL with a time, an EXDATE, and the zone's VTIMEZONE (Outlook's under its Windows name).
APPLE_SERIES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.0//EN\r\nCALSCALE:GREGORIAN\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0600\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
    "DTSTART:20070311T020000\r\nTZNAME:CDT\r\nTZOFFSETTO:-0500\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\n"
    "TZOFFSETFROM:-0500\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nDTSTART:20071104T020000\r\nTZNAME:CST\r\n"
    "TZOFFSETTO:-0600\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nCREATED:20250101T100000Z\r\nUID:8C1E2F6A-3B4D-4E5F-9A0B-1C2D3E4F5A6B\r\n"
    "DTEND;TZID={tzid}:20250304T200000\r\nRRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20250327T235959Z;BYDAY=TU,TH\r\n"
    "EXDATE;TZID={tzid}:20250313T190000\r\nTRANSP:OPAQUE\r\nX-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC\r\n"
    "SUMMARY:Phone bank\r\nLAST-MODIFIED:20250102T100000Z\r\nDTSTAMP:20250102T100000Z\r\n"
    "DTSTART;TZID={tzid}:20250304T190000\r\nSEQUENCE:0\r\nX-APPLE-CREATOR-IDENTITY:com.apple.calendar\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize("tzid", ["America/Chicago", "Central Standard Time"])
def test_apple_and_outlook_series_on_two_days_read_as_recurring_ical_events_expands_them(tzid):
    text = APPLE_SERIES.format(tzid=tzid)
    result = advocacy.read_icalendar(text)
    assert result.warnings == ()
    (group,) = _get(result.campaign, "groups")
    assert group.meetings.time_zone == "America/Chicago"
    assert group.meetings.rrule().startswith("FREQ=WEEKLY;BYDAY=TU,TH")
    meetings = group.meetings.occurrences(advocacy.DateRange(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)))
    model = [(_utc(m.start), _utc(m.end)) for m in meetings]
    # The reference reads the IANA form (python icalendar 4 cannot resolve a Windows name).
    assert model == _expanded_meetings(APPLE_SERIES.format(tzid="America/Chicago"))
    assert len(model) == 6  # Mar 4, 6, 11, (13 skipped), 18, 20, 25; the 27th at 7 pm is after UNTIL in Chicago


# ---- conference sessions ---------------------------------------------------------------------------


def _sessions_campaign():
    campaign = advocacy.Campaign(id="clinics", title="Clinics")
    campaign.add_conference(advocacy.Conference(
        id="clinic", name="Policy Clinic", dates=advocacy.DateRange(D(2026, 6, 12), D(2026, 6, 17)),
        sessions=[advocacy.DateRange(D(2026, 6, 12), D(2026, 6, 12)), advocacy.DateRange(D(2026, 6, 16), D(2026, 6, 17))],
        location=advocacy.Location(locality="Portland", state="ME"), region="Northeast"))
    where = advocacy.Location(locality="Chicago", state="IL", time_zone="America/Chicago")
    campaign.add_conference(advocacy.Conference(
        id="evenings", name="Evenings", dates=advocacy.DateRange(D(2026, 5, 3), D(2026, 5, 17)),
        sessions=advocacy.parse_days("May 3, 10 and 17, 2026"), location=where, start_time=T(19), end_time=T(21)))
    campaign.add_conference(advocacy.Conference(
        id="plain", name="Plain", dates=advocacy.DateRange(D(2026, 7, 1), D(2026, 7, 3))))
    return campaign


def _days_of(events):
    """The days each UID's events cover, as python icalendar or recurring_ical_events give them."""
    days = {}
    for e in events:
        start, end = e["DTSTART"].dt, e["DTEND"].dt
        if isinstance(start, datetime.datetime):
            span = [start.date() + datetime.timedelta(days=n) for n in range((end.date() - start.date()).days + 1)]
        else:
            span = [start + datetime.timedelta(days=n) for n in range((end - start).days)]
        days.setdefault(str(e["SUMMARY"]), []).extend(span)
    return {name: sorted(span) for name, span in days.items()}


def _model_days(conference):
    ranges = conference.sessions or (conference.dates,)
    return sorted(day for r in ranges for day in r)


def test_sessions_are_exactly_the_days_python_icalendar_sees():
    campaign = _sessions_campaign()
    seen = _days_of(_events(_export(campaign)))
    for conference in campaign.conferences:
        assert seen[conference.name] == _model_days(conference)
    assert seen["Policy Clinic"] == [D(2026, 6, 12), D(2026, 6, 16), D(2026, 6, 17)]


def test_sessions_are_exactly_the_days_recurring_ical_events_sees():
    campaign = _sessions_campaign()
    calendar = icalendar.Calendar.from_ical(_export(campaign))
    seen = _days_of(recurring_ical_events.of(calendar).between((2026, 1, 1), (2027, 1, 1)))
    for conference in campaign.conferences:
        assert seen[conference.name] == _model_days(conference)
    # A timed session keeps the conference's times on each of its days.
    evenings = [e for e in recurring_ical_events.of(calendar).between((2026, 5, 1), (2026, 6, 1)) if str(e["SUMMARY"]) == "Evenings"]
    assert sorted(e["DTSTART"].dt for e in evenings) == [
        datetime.datetime(2026, 5, d, 19, tzinfo=ZoneInfo("America/Chicago")) for d in (3, 10, 17)]


def test_sessions_read_back_into_one_conference():
    campaign = _sessions_campaign()
    text = _export(campaign)
    result = advocacy.read_icalendar(text)
    assert result.warnings == ()
    assert result.campaign.conferences == campaign.conferences
    assert result.campaign.conferences[0].sessions == campaign.conferences[0].sessions


def test_a_session_without_its_conference_is_named():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:s2@x\r\nSUMMARY:Lost\r\nDTSTART;VALUE=DATE:20260616\r\n"
        "X-ADVOCACY-SESSION-OF:nowhere@x\r\nEND:VEVENT\r\n")
    result = advocacy.read_icalendar(text)
    assert len(result.campaign.conferences) == 0
    assert [w.text for w in result.warnings] == ["Lost"]
    assert "which no event before it is" in result.warnings[0].reason
    with pytest.raises(advocacy.ParseError, match="which no event before it is"):
        advocacy.read_icalendar(text, strict=True)


def test_sessions_out_of_order_are_refused_with_the_field():
    text = _calendar(
        "BEGIN:VEVENT\r\nUID:c@x\r\nSUMMARY:C\r\nDTSTART;VALUE=DATE:20260616\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:c-2@x\r\nSUMMARY:C\r\nDTSTART;VALUE=DATE:20260612\r\n"
        "X-ADVOCACY-SESSION-OF:c@x\r\nEND:VEVENT\r\n")
    result = advocacy.read_icalendar(text)
    assert [c.id for c in result.campaign.conferences] == ["c"]
    assert result.campaign.conferences[0].sessions == ()
    assert 'conference "c": sessions: session 1 (2026-06-12) comes before session 0' in result.warnings[0].reason


def test_online_places_go_through_conference_and_python_icalendar_reads_them():
    c = advocacy.Campaign(id="x", title="X")
    c.add_conference(advocacy.Conference(
        id="hybrid", name="Hybrid Forum", dates=advocacy.DateRange(datetime.date(2026, 6, 12)),
        location=advocacy.Location(locality="Boston", state="MA", online="https://zoom.us/j/123")))
    c.add_conference(advocacy.Conference(
        id="call", name="Call", dates=advocacy.DateRange(datetime.date(2026, 6, 13)),
        location=advocacy.Location(online="online")))
    text = _export(c)
    events = {str(e["UID"]): e for e in _events(text)}
    hybrid = events["hybrid@x.advocacy"]
    assert str(hybrid["LOCATION"]) == "Boston, MA + online"
    assert str(hybrid["CONFERENCE"]) == "https://zoom.us/j/123"
    assert str(events["call@x.advocacy"]["LOCATION"]) == "Online"
    back = advocacy.campaign_from_icalendar(text)
    assert back.conferences == c.conferences


def test_from_icalendar_is_deprecated_for_campaign_from_icalendar():
    text = advocacy.to_icalendar(advocacy.sample_campaign(), stamp=datetime.datetime(2015, 8, 11, tzinfo=datetime.timezone.utc))
    with pytest.warns(DeprecationWarning, match=r"from_icalendar\(\) is deprecated.*campaign_from_icalendar"):
        old = advocacy.from_icalendar(text)
    assert old == advocacy.campaign_from_icalendar(text)
    with pytest.warns(DeprecationWarning), pytest.raises(advocacy.ParseError):
        advocacy.from_icalendar("BEGIN:VEVENT\r\nEND:VEVENT\r\n")
