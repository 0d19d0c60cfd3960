# SPDX-License-Identifier: MIT
"""parse_announcement from Python: the campaign, the warnings, and the seed."""
import datetime
import pathlib
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import advocacy

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent / "data" / "announcements"
SEED = FIXTURES / "seed_2015.txt"  # the 2015 call to action the project grew from, as published


def test_seed():
    result = advocacy.parse_announcement(SEED.read_text(encoding="utf-8"))
    assert result.warnings == ()
    c = result.campaign
    assert [(m.day, m.title.split()[:3]) for m in c.milestones] == [
        (datetime.date(2015, 8, 11), ["A", "crucial", "vote"])]
    assert [(e.dates.first, e.dates.last, e.location.locality, e.location.state) for e in c.conferences] == [
        (datetime.date(2015, 11, 13), datetime.date(2015, 11, 15), "Baltimore", "MD"),
        (datetime.date(2015, 10, 23), datetime.date(2015, 10, 25), "Minneapolis", "MN"),
        (datetime.date(2015, 11, 7), datetime.date(2015, 11, 7), "Boston", "MA"),
        (datetime.date(2015, 10, 23), datetime.date(2015, 10, 25), "Miami", "FL"),
        (datetime.date(2015, 11, 20), datetime.date(2015, 11, 22), "Los Angeles", "CA"),
    ]
    assert [e.region for e in c.conferences] == ["Mid Atlantic", "Mid Western", "Northeast", "Southern", "Western"]
    assert [a.kind for a in c.actions] == ["letter", "attend_meeting", "attend_conference"]
    assert list(c.actions[2].related_conferences) == [e.id for e in c.conferences]


def test_fixture_with_warnings(reference):
    text = (FIXTURES / "winter_calendar.txt").read_text(encoding="utf-8")
    result = advocacy.parse_announcement(text, reference)
    assert [(w.line, w.text) for w in result.warnings] == [
        (10, "Bring snacks."),
        (15, "Lakes Summit Nov 31 \u2013 Madison, WI"),
        (16, "Prairie Conference Nov 14-15 \u2013 Fargo"),
    ]
    assert result.warnings[1].reason == 'its dates cannot be read: "Nov 31": November has 30 days'
    assert str(result.warnings[1]).startswith("line 15: ")
    assert "ImportWarning(line=15" in repr(result.warnings[1])
    northern = result.campaign.conferences[0]
    assert (northern.id, northern.dates.first, northern.dates.last) == (
        "northern-winter-assembly-2015", datetime.date(2015, 12, 28), datetime.date(2016, 1, 2))
    assert [a.kind for a in result.campaign.actions] == ["email", "attend_conference", "other"]


def test_reference_and_options():
    text = "Valley Summit May 3 - Fresno, CA\n"
    result = advocacy.parse_announcement(text, datetime.date(2015, 8, 11), campaign_id="valley",
                                         organization="Example Coalition")
    c = result.campaign
    assert (c.id, c.organization, c.title) == ("valley", "Example Coalition", "Valley Summit")
    assert c.conferences[0].dates.first == datetime.date(2016, 5, 3)
    assert c.conferences[0].location.locality == "Fresno"
    later = advocacy.parse_announcement(text, reference=datetime.date(2016, 6, 1))
    assert later.campaign.conferences[0].dates.first == datetime.date(2017, 5, 3)


def test_crlf_and_lf_agree(reference):
    text = (FIXTURES / "branch_libraries.txt").read_text(encoding="utf-8")
    a = advocacy.parse_announcement(text, reference)
    b = advocacy.parse_announcement(text.replace("\n", "\r\n"), reference)
    assert a.campaign == b.campaign
    assert a.warnings == b.warnings


def test_errors():
    with pytest.raises(advocacy.ParseError):
        advocacy.parse_announcement("   \n\n")
    with pytest.raises(advocacy.ValidationError):
        advocacy.parse_announcement("Title\n", campaign_id="")
    with pytest.raises(TypeError):
        advocacy.parse_announcement("Title\n", datetime.datetime(2015, 8, 11, 9, 0))


def test_pickle(reference):
    result = advocacy.parse_announcement((FIXTURES / "winter_calendar.txt").read_text(encoding="utf-8"), reference)
    again = pickle.loads(pickle.dumps(result))
    assert again.campaign == result.campaign
    assert again.warnings == result.warnings
    assert "warnings=3" in repr(result)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcNovMay 0123456789-\u2013,.)(*\n\r:CA")), max_size=120))
def test_any_text_gives_a_result_or_a_parse_error(text):
    try:
        result = advocacy.parse_announcement(text, datetime.date(2015, 8, 11))
    except advocacy.ParseError:
        assert text.strip() == ""
        return
    assert result.campaign.title
    for w in result.warnings:
        assert 1 <= w.line <= text.count("\n") + text.count("\r") + 1


def test_numbered_items_past_99_are_all_read():
    text = "Ways to help\n\n" + "".join(f"{i}. Write letter number {i}.\n" for i in range(1, 251))
    result = advocacy.parse_announcement(text, datetime.date(2015, 8, 11))
    assert len(result.campaign.actions) == 250
    assert result.campaign.actions[-1].description == "Write letter number 250."
    assert result.warnings == ()


def test_a_leading_byte_order_mark_is_skipped():
    result = advocacy.parse_announcement("\ufeffHold the line\n\n1. Write a letter.\n", datetime.date(2015, 8, 11))
    assert result.campaign.title == "Hold the line"


@pytest.mark.parametrize("dash, space", [("\u2010", " "), ("\u2011", " "), ("\u2013", "\u2002"), ("-", "\u3000")])
def test_every_readers_dashes_and_spaces(dash, space):
    text = f"Harbor Summit Nov 13-15{space}{dash}{space}Boston,\u00a0MA\n"
    result = advocacy.parse_announcement(text, datetime.date(2015, 8, 11))
    assert result.warnings == ()
    (summit,) = result.campaign.conferences
    assert (summit.name, summit.dates.to_iso(), summit.location.locality) == ("Harbor Summit", "2015-11-13/2015-11-15", "Boston")


def test_a_long_line_of_month_words_is_read():
    # A month alone is no date, and a line this long no event line: prose, read in one pass.
    result = advocacy.parse_announcement("Harbor Summit " + "May " * 100_000 + "\u2013 Boston, MA", datetime.date(2015, 8, 11))
    assert result.campaign.conferences == () and result.warnings == ()
    result = advocacy.parse_announcement("Harbor Summit " + "May " * 100_000 + "May 3 \u2013 Boston, MA",
                                         datetime.date(2015, 8, 11))
    assert [c.dates.to_iso() for c in result.campaign.conferences] == []


def test_a_region_only_from_words_that_name_one():
    text = ("Mid Atlantic Regional Conference Nov 13-15 - Baltimore, MD\n"
            "Southeast Regional Conference Oct 23-25 - Miami, FL\n"
            "Great Lakes Summit Oct 3 - Chicago, IL\n"
            "Library Summit Oct 1 - Boise, ID\n"
            "Valley Summit May 3 - Fresno, CA\n")
    c = advocacy.parse_announcement(text, datetime.date(2015, 8, 11)).campaign
    assert [(e.name, e.region) for e in c.conferences] == [
        ("Mid Atlantic Regional Conference", "Mid Atlantic"),
        ("Southeast Regional Conference", "Southeast"),
        ("Great Lakes Summit", "Great Lakes"),
        ("Library Summit", ""),
        ("Valley Summit", ""),
    ]


def test_event_lines_are_read_as_a_listing_reads_them():
    text = ("Events\n\n"
            "Policy Clinic June 12 & 16, 2016, 7-9pm ET \u2013 Online\n"
            "Route 66 Rally May 3 - Tulsa, OK\n"
            "Hill Assembly Smarch 3-5 - Boise, ID\n")
    result = advocacy.parse_announcement(text, datetime.date(2015, 8, 11))
    clinic, rally = result.campaign.conferences
    assert (clinic.location.online, clinic.start_time, clinic.location.time_zone) == (
        "online", datetime.time(19), "America/New_York")
    assert len(clinic.sessions) == 2
    assert rally.name == "Route 66 Rally"
    (w,) = result.warnings
    assert w.line == 5 and w.reason.startswith('no date that can be read before the place "Boise, ID"')
