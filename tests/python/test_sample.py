# SPDX-License-Identifier: MIT
import datetime
import pickle
from zoneinfo import ZoneInfo

import pytest

import advocacy
from advocacy import Campaign, DateRange

D = datetime.date
CHICAGO = ZoneInfo("America/Chicago")
CONFERENCE_IDS = ["mid-atlantic-2015", "mid-western-2015", "northeast-2015", "southern-2015", "western-2015"]


@pytest.fixture(scope="module")
def sample():
    return advocacy.sample_campaign()


def ids(items):
    return [x.id for x in items]


def test_restates_the_seed(sample):
    assert sample.id == "defend-the-decision-2015"
    assert sample.organization == "Amnesty International USA"
    assert [(m.day, m.title) for m in sample.milestones] == [
        (D(2015, 8, 11), "International Council vote on the sex worker policy")
    ]
    assert [a.kind for a in sample.actions] == ["letter", "attend_meeting", "attend_conference"]
    assert list(sample.actions[2].related_conferences) == CONFERENCE_IDS
    assert ids(sample.conferences) == CONFERENCE_IDS
    facts = [
        (c.name, c.dates.first, c.dates.last, c.location.locality, c.location.state, c.region, c.location.time_zone)
        for c in sample.conferences
    ]
    assert facts == [
        ("Mid Atlantic Regional Conference", D(2015, 11, 13), D(2015, 11, 15), "Baltimore", "MD", "Mid Atlantic",
         "America/New_York"),
        ("Mid Western Regional Conference", D(2015, 10, 23), D(2015, 10, 25), "Minneapolis", "MN", "Mid Western",
         "America/Chicago"),
        ("Northeast Regional Conference", D(2015, 11, 7), D(2015, 11, 7), "Boston", "MA", "Northeast",
         "America/New_York"),
        ("Southern Regional Conference", D(2015, 10, 23), D(2015, 10, 25), "Miami", "FL", "Southern",
         "America/New_York"),
        ("Western Regional Conference", D(2015, 11, 20), D(2015, 11, 22), "Los Angeles", "CA", "Western",
         "America/Los_Angeles"),
    ]
    assert all(c.registration_url.startswith("https://example.org/") for c in sample.conferences)
    assert sample.regions.regions() == ["Mid Atlantic", "Mid Western", "Northeast", "Southern", "Western"]
    assert sample.regions.region_of("MN") == "Mid Western"
    assert sample.regions.region_of("PR") is None


def test_groups_are_fictional(sample):
    assert 6 <= len(sample.groups) <= 8
    for g in sample.groups:
        assert g.contacts[0].email.endswith("@example.org")
        assert g.contacts[0].phone_digits[3:8] == "55501"
        assert g.meetings.time_zone == g.location.time_zone
        assert sample.regions.region_of(g.location.state) == g.region
    twin = sample.group("twin-cities-55")
    assert str(twin) == "Twin Cities Group 55 (Minneapolis, MN)"
    assert twin.meetings.rrule() == "FREQ=MONTHLY;BYDAY=2TU"
    assert ids(sample.groups_in("MN")) == ["twin-cities-55"]
    assert ids(sample.groups_in_region("Northeast")) == ["back-bay-133", "hudson-students"]
    assert sample.groups_in("WY") == []


def test_conference_questions(sample):
    assert ids(sample.upcoming_conferences(D(2015, 9, 1))) == [
        "mid-western-2015", "southern-2015", "northeast-2015", "mid-atlantic-2015", "western-2015"
    ]
    assert ids(sample.conferences_in("Western")) == ["western-2015"]
    assert sample.conference_for("MN", D(2015, 9, 1)).id == "mid-western-2015"
    assert sample.conference_for("MN", D(2015, 10, 26)) is None
    assert sample.conference_for("PR", D(2015, 9, 1)) is None
    assert [(a.id, b.id) for a, b in sample.conflicts()] == [("mid-western-2015", "southern-2015")]


def test_next_meetings_keep_local_time_across_the_november_change(sample):
    meetings = [m for m in sample.next_meetings(DateRange(D(2015, 10, 1), D(2015, 11, 30)))
                if m.group.id == "twin-cities-55"]
    assert [m.start for m in meetings] == [
        datetime.datetime(2015, 10, 13, 19, tzinfo=CHICAGO),
        datetime.datetime(2015, 11, 10, 19, tzinfo=CHICAGO),
    ]
    assert [m.start.astimezone(datetime.timezone.utc).hour for m in meetings] == [0, 1]
    assert [m.start.tzname() for m in meetings] == ["CDT", "CST"]


def test_next_meetings_in_time_order(sample):
    meetings = sample.next_meetings(DateRange(D(2015, 9, 1), D(2015, 9, 14)))
    assert [m.group.id for m in meetings] == [
        "back-bay-133", "chesapeake-212", "hudson-students", "twin-cities-55", "hudson-students"
    ]
    instants = [m.start.timestamp() for m in meetings]
    assert instants == sorted(instants)


def test_plan_for_minnesota_on_september_1(sample):
    steps = sample.plan("MN", D(2015, 9, 1))
    assert [s.kind for s in steps] == ["letter", "attend_meeting", "attend_conference"]
    assert steps[0].instruction == (
        "Write to Twin Cities Group 55 (Minneapolis, MN): Dana Reyes, group coordinator, dana.reyes@example.org"
    )
    assert ids(steps[0].groups) == ["twin-cities-55"]
    assert steps[1].instruction == (
        "Attend a meeting of Twin Cities Group 55: Tue Sep 8, 2015 7:00 pm CDT or Tue Oct 13, 2015 7:00 pm CDT"
    )
    assert [m.start for m in steps[1].meetings] == [
        datetime.datetime(2015, 9, 8, 19, tzinfo=CHICAGO),
        datetime.datetime(2015, 10, 13, 19, tzinfo=CHICAGO),
    ]
    assert steps[2].conference.id == "mid-western-2015"
    assert steps[2].instruction == (
        "Register for the Mid Western Regional Conference, Oct 23\u201325, 2015, Minneapolis, MN: "
        "https://example.org/conferences/2015/mid-western-2015"
    )
    records = [s.to_dict() for s in steps]
    assert records[1]["meetings"][0] == {
        "group": "twin-cities-55",
        "start": datetime.datetime(2015, 9, 8, 19, tzinfo=CHICAGO),
        "end": datetime.datetime(2015, 9, 8, 21, tzinfo=CHICAGO),
    }


def test_plan_for_minnesota_after_the_conference(sample):
    steps = sample.plan("MN", D(2015, 10, 26))
    assert [s.action_id for s in steps] == ["write-local-group", "attend-local-meetings"]
    assert all(s.conference is None for s in steps)


def test_round_trips(sample):
    assert advocacy.sample_campaign() == sample
    assert pickle.loads(pickle.dumps(sample)) == sample
    assert Campaign.from_dict(sample.to_dict()) == sample
