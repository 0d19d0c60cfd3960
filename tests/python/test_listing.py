# SPDX-License-Identifier: MIT
"""read_listing from Python: each shape of a listing, its warnings, and the format it chose."""
import datetime
import pickle

import pytest

import advocacy

REF = datetime.date(2015, 8, 11)


def read(text, **kwargs):
    return advocacy.read_listing(text, reference=REF, **kwargs)


def test_a_markdown_bullet_with_a_link():
    result = read("* [Harbor Rights Summit](https://example.org/summit) - May 15-17, 2024 - Portland, Maine\n")
    assert result.format == "markdown"
    assert result.warnings == ()
    (c,) = result.campaign.conferences
    assert (c.id, c.name) == ("harbor-rights-summit-2024", "Harbor Rights Summit")
    assert (c.dates.first, c.dates.last) == (datetime.date(2024, 5, 15), datetime.date(2024, 5, 17))
    assert (c.location.locality, c.location.state, c.location.country) == ("Portland", "ME", "US")
    assert c.registration_url == "https://example.org/summit"


def test_a_table_with_a_header_row():
    result = read("| Event | Dates | Where |\n|---|---|---|\n"
                  "| [Open Doors Assembly](https://example.org/od) | Aug 3-8, 2024 | Tacoma (WA) :us: |\n")
    (c,) = result.campaign.conferences
    assert c.name == "Open Doors Assembly"
    assert (c.location.locality, c.location.state) == ("Tacoma", "WA")
    assert (c.dates.first, c.dates.last) == (datetime.date(2024, 8, 3), datetime.date(2024, 8, 8))


def test_the_heading_gives_the_year_and_the_name():
    result = read("## 2026\n- River Summit - Mar 3-5 - Boise, ID\n### Desert Forum\nOctober 7-8. Henderson, Nevada, USA\n")
    assert result.warnings == ()
    first, second = result.campaign.conferences
    assert first.dates.first == datetime.date(2026, 3, 3)
    assert (second.name, second.dates.first, second.location.state) == ("Desert Forum", datetime.date(2026, 10, 7), "NV")


def test_what_is_left_out_of_an_event_is_warned():
    result = read("Spring Training Days, April 14-16, 2021, 7am PST / 10am EST / 4pm CEST, Berlin, Germany\n")
    assert result.format == "text"
    (c,) = result.campaign.conferences
    assert c.name == "Spring Training Days"
    assert (c.location.locality, c.location.state, c.location.country) == ("Berlin", "", "DE")
    (w,) = result.warnings
    assert w.line == 1
    assert "its times" in w.reason and "Berlin" not in w.reason


@pytest.mark.parametrize("line, start, end, zone", [
    ("Town Hall, May 3, 2024, 7-9pm CDT, Chicago, IL", datetime.time(19), datetime.time(21), "America/Chicago"),
    ("Town Hall, May 3, 2024, 7 - 9 pm, Chicago, IL", datetime.time(19), datetime.time(21), "America/Chicago"),
    ("Webinar, May 3, 2024, 4-5pm PT / 7-8pm ET, Online", datetime.time(16), datetime.time(17), "America/Los_Angeles"),
    ("Berlin Day, June 3, 2024, 10:00-16:30 CEST, Berlin, Germany", datetime.time(10), datetime.time(16, 30),
     "Europe/Berlin"),
])
def test_times_with_one_clear_zone_make_a_timed_conference(line, start, end, zone):
    result = read(line + "\n")
    (c,) = result.campaign.conferences
    assert not result.warnings
    assert (c.start_time, c.end_time, c.location.time_zone) == (start, end, zone)
    assert c.dates.first == c.dates.last == datetime.date(2024, c.dates.first.month, c.dates.first.day)


@pytest.mark.parametrize("line, reason", [
    ("Webinar, May 3, 2024, 4-5pm PT / 8-9pm ET, Online", "are not the same moment"),
    ("Clinic, May 3, 2024, 7-9pm CST, Boston, MA", "that is not the place's (America/New_York)"),
    ("Online Hour, June 3, 2024, 7-9pm, Online", "give no time zone"),
    ("Gathering, June 3, 2024, 7pm, Denver, CO", "give a start but no end time"),
])
def test_times_without_one_clear_zone_leave_the_days_and_a_warning(line, reason):
    result = read(line + "\n")
    (c,) = result.campaign.conferences
    assert c.start_time is None
    (w,) = result.warnings
    assert reason in w.reason and "imported as an all-day event" in w.reason


@pytest.mark.parametrize("place, locality, region, country, online, zone", [
    ("Boston, MA", "Boston", "MA", "US", "", "America/New_York"),
    ("Tacoma (WA)", "Tacoma", "WA", "US", "", "America/Los_Angeles"),
    ("Portland, Maine", "Portland", "ME", "US", "", "America/New_York"),
    ("Henderson, Nevada, USA", "Henderson", "NV", "US", "", ""),
    ("Paris, France", "Paris", "", "FR", "", "Europe/Paris"),
    ("Berlin, Germany", "Berlin", "", "DE", "", ""),
    ("Toronto, Ontario", "Toronto", "ON", "CA", "", ""),
    ("Toronto, ON, Canada", "Toronto", "ON", "CA", "", ""),
    ("Munich, Bavaria, Germany", "Munich", "BY", "DE", "", ""),
    ("Online", "", "", "US", "online", ""),
    ("Virtual", "", "", "US", "online", ""),
    ("https://zoom.us/j/123", "", "", "US", "https://zoom.us/j/123", ""),
    ("Boston, MA + Online", "Boston", "MA", "US", "online", "America/New_York"),
    ("Boston, MA & online", "Boston", "MA", "US", "online", "America/New_York"),
])
def test_place_shapes(place, locality, region, country, online, zone):
    result = read(f"Policy Clinic \u2014 June 12, 2026 \u2014 {place}\n", format="text")
    assert result.warnings == ()
    (c,) = result.campaign.conferences
    where = c.location
    assert (where.locality, where.state, where.country, where.online, where.time_zone) == (
        locality, region, country, online, zone)
    assert c.registration_url == ""


def test_an_unknown_place_stays_a_warning():
    result = read("Policy Clinic - June 12, 2026 - Springfield, Narnia\n", format="text")
    (c,) = result.campaign.conferences
    assert c.location.locality == "" and c.description == "Place: Springfield, Narnia"
    (w,) = result.warnings
    assert 'the place "Springfield, Narnia" was not read' in w.reason


def test_a_day_list_is_one_event_with_its_sessions():
    result = read("- Policy Clinic \u2014 June 12 & 16, 2026 \u2014 Boston, MA\n")
    assert result.warnings == ()
    (c,) = result.campaign.conferences
    assert c.dates == advocacy.DateRange(datetime.date(2026, 6, 12), datetime.date(2026, 6, 16))
    assert list(c.sessions) == advocacy.parse_days("June 12 & 16, 2026")
    assert (c.location.locality, c.location.state) == ("Boston", "MA")


@pytest.mark.parametrize("line, reason", [
    ("- Policy Clinic \u2014 June 16 & 12, 2026 \u2014 Boston, MA", "expected the days in order"),
    ("- Harbor Summit - Nov 31, 2025 - Boston, MA", "November has 30 days"),
    ("- Harbor Summit - Nov 15-13, 2025 - Boston, MA", "its dates cannot be read"),
    ("- Harbor Summit - TBD - Boston, MA", "to be announced"),
    ("- Harbor Summit - November 2025 - Boston, MA", "gives only a month"),
    ("October 7-8, 2025. Henderson, Nevada, USA", "no event name"),
])
def test_a_line_that_cannot_be_read_is_a_warning_never_an_event(line, reason):
    result = read(line)
    assert result.campaign.conferences == ()
    (w,) = result.warnings
    assert (w.line, w.text) == (1, line.strip())
    assert reason in w.reason


def test_prose_is_no_event():
    result = read("The vote is on Nov 7 at the hall.\nRegistration closes by May 1, 2025.\n")
    assert result.campaign.conferences == () and result.warnings == ()


def test_csv_and_tsv():
    csv = read('name,dates,city,state\n"Harbor Summit, East","May 15-17, 2024",Portland,ME\n')
    assert csv.format == "csv"
    assert csv.campaign.conferences[0].name == "Harbor Summit, East"
    tsv = read("Event\tStart\tEnd\tLocation\nHarbor Summit\t2024-05-15\t2024-05-17\tBoise (ID)\n")
    assert tsv.format == "tsv"
    assert tsv.campaign.conferences[0].location.state == "ID"
    assert advocacy.detect_listing_format("Event\tDate\nA\tMay 3\n") == "tsv"


def test_format_can_be_forced_and_is_checked():
    result = read("# Not a heading in text - May 3, 2025 - Boise, ID\n", format="text")
    assert result.format == "text"
    with pytest.raises(advocacy.ParseError):
        read("- A - May 3, 2025\n", format="xlsx")
    with pytest.raises(advocacy.ParseError):
        read("name,city\nA,Boise\n", format="csv")


def test_errors_and_options():
    with pytest.raises(advocacy.ParseError):
        read("  \n")
    with pytest.raises(advocacy.ValidationError):
        read("- A - May 3, 2025\n", campaign_id="not an id")
    result = read(b"- A Forum - May 3, 2025\n", campaign_id="mine", title="Mine")
    assert (result.campaign.id, result.campaign.title) == ("mine", "Mine")
    assert result.campaign.conferences[0].name == "A Forum"


def test_other_importers_have_no_format_and_the_format_pickles():
    assert advocacy.parse_announcement("Title\n\nHarbor Summit Nov 7 \u2013 Boston, MA\n").format == ""
    result = read("- A Forum - May 3, 2025\n")
    again = pickle.loads(pickle.dumps(result))
    assert again.format == result.format == "text"
    assert again.campaign == result.campaign


def test_weekdays_before_the_days_are_checked():
    agreed = read("- Summer School - Monday 16th - Friday 20th June 2025 - Leeds, UK\n")
    (c,) = agreed.campaign.conferences
    assert (c.dates.first, c.dates.last) == (datetime.date(2025, 6, 16), datetime.date(2025, 6, 20))
    wrong = read("- Summer School - Tuesday 16th - Friday 20th June 2025 - Leeds, UK\n")
    assert wrong.campaign.conferences == ()
    (w,) = wrong.warnings
    assert "Jun 16, 2025 is a Monday, not a Tuesday" in w.reason
