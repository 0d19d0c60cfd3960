# SPDX-License-Identifier: MIT
import copy
import datetime
import pickle

import pytest

import advocacy
from advocacy import Conference, DateRange, Location

D = datetime.date


def mid_atlantic(**changes):
    fields = dict(id="ma-2015", name="Mid Atlantic Regional Conference",
                  dates=DateRange(D(2015, 11, 13), D(2015, 11, 15)),
                  location=Location(locality="Baltimore", state="MD"), region="Mid Atlantic")
    fields.update(changes)
    return Conference(**fields)


def test_fields():
    event = mid_atlantic(registration_url="https://example.org/ma", description="Workshops.")
    assert event.id == "ma-2015"
    assert event.dates.first == D(2015, 11, 13)
    assert event.location.locality == "Baltimore"
    assert event.region == "Mid Atlantic"
    assert event.registration_url == "https://example.org/ma"
    plain = Conference(id="x", name="X", dates=DateRange(D(2015, 1, 1)))
    assert plain.location == Location()
    assert plain.region == "" and plain.description == ""


def test_str_and_repr():
    assert str(mid_atlantic()) == "Mid Atlantic Regional Conference, Nov 13\u201315, 2015, Baltimore, MD"
    assert repr(mid_atlantic()) == (
        "Conference(id='ma-2015', name='Mid Atlantic Regional Conference', "
        "dates=DateRange(datetime.date(2015, 11, 13), datetime.date(2015, 11, 15)), "
        "location=Location(locality='Baltimore', state='MD'), "
        "region='Mid Atlantic')")
    assert repr(Conference(id="x", name="X", dates=DateRange(D(2015, 1, 1)))) == (
        "Conference(id='x', name='X', dates=DateRange(datetime.date(2015, 1, 1), datetime.date(2015, 1, 1)))")


def test_repr_evaluates_to_an_equal_conference(rebuild):
    events = [mid_atlantic(), Conference(id="x", name="X", dates=DateRange(D(2015, 1, 1))), clinic(),
              mid_atlantic(name="Caf\u00e9 \"Quotes\" O'Hare \\ \u2013 \u6771\u4eac",
                           location=Location(venue="Hilton", locality="Baltimore", state="MD",
                                             time_zone="America/New_York", online="online"),
                           start_time=datetime.time(9, 30), end_time=datetime.time(17, 0),
                           registration_url="https://example.org/ma", description="Line one.\nLine two.")]
    for event in events:
        assert rebuild(event) == event


def test_equality_and_copies():
    assert mid_atlantic() == mid_atlantic()
    assert mid_atlantic() != mid_atlantic(region="Southern")
    other = copy.deepcopy(mid_atlantic())
    other.location.locality = "Annapolis"  # the attribute is the conference's own location
    assert other.location.locality == "Annapolis"
    assert other != mid_atlantic()
    with pytest.raises(TypeError):
        hash(other)


@pytest.mark.parametrize("changes, field", [
    (dict(id=""), "conference: id"),
    (dict(id="ma 2015"), 'conference "ma 2015": id'),
    (dict(name=""), 'conference "ma-2015": name'),
    (dict(region="Mid\nAtlantic"), 'conference "ma-2015": region'),
    (dict(registration_url="example.org"), 'conference "ma-2015": registration_url'),
    (dict(registration_url="https://example.org/a b"), 'conference "ma-2015": registration_url'),
])
def test_bad_fields_are_named(changes, field):
    with pytest.raises(advocacy.ValidationError) as info:
        mid_atlantic(**changes)
    assert info.value.field == field


def test_location_errors_are_prefixed():
    event = mid_atlantic()
    event.location.time_zone = "Mars/Olympus"
    with pytest.raises(advocacy.ValidationError) as info:
        event.validate()
    assert info.value.field == 'conference "ma-2015": place.time_zone'


def test_to_dict_and_back():
    event = mid_atlantic(registration_url="https://example.org/ma")
    d = event.to_dict()
    assert d == {"id": "ma-2015", "name": "Mid Atlantic Regional Conference",
                 "dates": {"first": D(2015, 11, 13), "last": D(2015, 11, 15)}, "sessions": [],
                 "start_time": None, "end_time": None,
                 "place": {"venue": "", "address_lines": [], "locality": "Baltimore", "region": "MD",
                           "postal_code": "", "country": "US", "time_zone": "", "online": ""},
                 "region": "Mid Atlantic", "registration_url": "https://example.org/ma", "description": ""}
    assert Conference.from_dict(d) == event
    assert Conference.from_dict({"id": "x", "name": "X", "dates": DateRange(D(2015, 1, 1))}).dates.days == 1


def test_from_dict_errors():
    base = mid_atlantic().to_dict()
    for key, field in [("id", "conference: id"), ("name", 'conference "ma-2015": name'),
                       ("dates", 'conference "ma-2015": dates')]:
        d = dict(base)
        del d[key]
        with pytest.raises(advocacy.ValidationError) as info:
            Conference.from_dict(d)
        assert (info.value.field, info.value.reason) == (field, "missing")
    with pytest.raises(advocacy.ValidationError) as info:
        Conference.from_dict(dict(base, dates={"first": D(2015, 11, 15), "last": D(2015, 11, 13)}))
    assert info.value.field == 'conference "ma-2015": dates.last'
    with pytest.raises(advocacy.ValidationError) as info:
        Conference.from_dict(dict(base, dates={"first": "2015-11-13", "last": D(2015, 11, 13)}))
    assert info.value.field == 'conference "ma-2015": dates.first'
    with pytest.raises(advocacy.ValidationError) as info:
        Conference.from_dict(dict(base, place={"country": "usa"}))
    assert info.value.field == 'conference "ma-2015": place.country'
    with pytest.raises(advocacy.ValidationError) as info:
        Conference.from_dict(dict(base, url="https://example.org"))
    assert info.value.field == 'conference "ma-2015": url'


def test_pickle():
    event = mid_atlantic(description="Two days of workshops.\nBring a friend.")
    assert pickle.loads(pickle.dumps(event)) == event
    timed = town_hall()
    assert pickle.loads(pickle.dumps(timed)) == timed


T = datetime.time


def town_hall(**changes):
    fields = dict(id="hall", name="Town Hall", dates=DateRange(D(2015, 11, 13)),
                  location=Location(locality="Chicago", state="IL", time_zone="America/Chicago"),
                  start_time=T(19), end_time=T(21, 30))
    fields.update(changes)
    return Conference(**fields)


def test_timed_fields():
    event = town_hall()
    assert (event.start_time, event.end_time, event.timed) == (T(19), T(21, 30), True)
    assert (mid_atlantic().start_time, mid_atlantic().end_time, mid_atlantic().timed) == (None, None, False)
    assert str(event) == "Town Hall, Nov 13, 2015, 19:00\u201321:30, Chicago, IL"
    assert repr(event).endswith("start_time=datetime.time(19, 0), end_time=datetime.time(21, 30))")
    assert event != town_hall(end_time=T(22))
    # Past midnight: the end is on the next day.
    late = town_hall(dates=DateRange(D(2015, 11, 13), D(2015, 11, 14)), start_time=T(22), end_time=T(1))
    assert late.dates.days == 2
    # Floating (no zone) and zero-length events are allowed.
    assert town_hall(location=Location(), end_time=T(19)).timed


def test_timed_to_dict_and_back():
    d = town_hall().to_dict()
    assert (d["start_time"], d["end_time"]) == (T(19), T(21, 30))
    assert Conference.from_dict(d) == town_hall()
    assert Conference.from_dict(dict(d, start_time=None, end_time=None)) == town_hall(start_time=None, end_time=None)


@pytest.mark.parametrize("changes, field, words", [
    (dict(end_time=None), 'conference "hall": end_time', "required with start_time"),
    (dict(start_time=None), 'conference "hall": start_time', "required with end_time"),
    (dict(end_time=T(18)), 'conference "hall": end_time', "18:00 is before the start time 19:00"),
    (dict(start_time=T(19, 0, 30)), 'conference "hall": start_time', "whole minutes"),
    (dict(start_time=T(19, tzinfo=datetime.timezone.utc)), 'conference "hall": start_time', "naive"),
    (dict(end_time="21:30"), 'conference "hall": end_time', "expected a datetime.time or None, got str"),
])
def test_bad_times_are_named(changes, field, words):
    with pytest.raises(advocacy.ValidationError) as info:
        town_hall(**changes)
    assert info.value.field == field
    assert words in info.value.reason
    with pytest.raises(advocacy.ValidationError) as info:
        Conference.from_dict(dict(town_hall().to_dict(), **changes))
    assert info.value.field == field


def test_time_attributes_are_checked_on_set_and_on_validate():
    event = town_hall()
    with pytest.raises(advocacy.ValidationError):
        event.start_time = datetime.datetime(2015, 11, 13, 19)
    event.start_time = None  # the pair is checked as a whole by validate()
    with pytest.raises(advocacy.ValidationError) as info:
        event.validate()
    assert info.value.field == 'conference "hall": start_time'


@pytest.mark.parametrize("changes, field", [
    (dict(name="\x01\x1b"), 'conference "ma-2015": name'),
    (dict(name=" \u00a0\u0085"), 'conference "ma-2015": name'),
    (dict(dates=DateRange(D(999, 12, 31), D(1000, 1, 2))), 'conference "ma-2015": dates'),
])
def test_blank_names_machine_zones_and_far_years_are_refused(changes, field):
    with pytest.raises(advocacy.ValidationError) as info:
        mid_atlantic(**changes)
    assert info.value.field == field


def test_the_machine_zone_localtime_is_refused():
    with pytest.raises(advocacy.ValidationError) as info:
        Location(locality="Baltimore", state="MD", time_zone="localtime")
    assert info.value.field == "location.time_zone"
    assert "depends on the machine" in info.value.reason


# ---- sessions: the days a conference meets when not every day of its dates -------------------------


def clinic(**changes):
    fields = dict(id="clinic", name="Policy Clinic", dates=DateRange(D(2026, 6, 12), D(2026, 6, 16)),
                  sessions=advocacy.parse_days("June 12 & 16, 2026"))
    fields.update(changes)
    return Conference(**fields)


def test_sessions_are_a_tuple_of_date_ranges():
    event = clinic()
    assert event.sessions == (DateRange(D(2026, 6, 12)), DateRange(D(2026, 6, 16)))
    assert mid_atlantic().sessions == ()
    with pytest.raises(AttributeError):
        event.sessions.append(DateRange(D(2026, 6, 14)))  # a snapshot that cannot be changed in place
    event.sessions = [DateRange(D(2026, 6, 12), D(2026, 6, 13)), DateRange(D(2026, 6, 16))]
    assert event.sessions[0].days == 2
    event.sessions = []
    assert event.sessions == ()


def test_sessions_in_repr_equality_dict_and_pickle():
    event = clinic()
    assert repr(event) == (
        "Conference(id='clinic', name='Policy Clinic', "
        "dates=DateRange(datetime.date(2026, 6, 12), datetime.date(2026, 6, 16)), "
        "sessions=[DateRange(datetime.date(2026, 6, 12), datetime.date(2026, 6, 12)), "
        "DateRange(datetime.date(2026, 6, 16), datetime.date(2026, 6, 16))])")
    assert event != clinic(sessions=[])
    assert str(event) == "Policy Clinic, Jun 12, 2026 & Jun 16, 2026"
    assert advocacy.parse_days(str(event).split(", ", 1)[1]) == list(event.sessions)
    d = event.to_dict()
    assert d["sessions"] == [{"first": D(2026, 6, 12), "last": D(2026, 6, 12)},
                             {"first": D(2026, 6, 16), "last": D(2026, 6, 16)}]
    assert Conference.from_dict(d) == event
    assert Conference.from_dict(dict(d, sessions=None)) == clinic(sessions=[])
    assert pickle.loads(pickle.dumps(event)) == event
    assert copy.deepcopy(event) == event


@pytest.mark.parametrize("sessions, words", [
    ([DateRange(D(2026, 6, 16)), DateRange(D(2026, 6, 12))], "session 1 (2026-06-12) comes before session 0"),
    ([DateRange(D(2026, 6, 12), D(2026, 6, 14)), DateRange(D(2026, 6, 14), D(2026, 6, 16))], "shares days with"),
    ([DateRange(D(2026, 6, 13)), DateRange(D(2026, 6, 16))], "the first session starts and the last ends with the dates"),
    ([DateRange(D(2026, 6, 12)), DateRange(D(2026, 6, 17))], "the sessions run 2026-06-12/2026-06-17"),
    ([DateRange(D(2026, 6, 12), D(2026, 6, 16))], "has no sessions"),
])
def test_bad_sessions_are_named(sessions, words):
    with pytest.raises(advocacy.ValidationError) as info:
        clinic(sessions=sessions)
    assert info.value.field == 'conference "clinic": sessions'
    assert words in info.value.reason
    event = clinic()
    event.sessions = sessions  # set unchecked, like every attribute; validate() names it
    with pytest.raises(advocacy.ValidationError):
        event.validate()


def test_sessions_from_dict_errors():
    d = clinic().to_dict()
    with pytest.raises(advocacy.ValidationError) as info:
        Conference.from_dict(dict(d, sessions="June 12"))
    assert info.value.field == 'conference "clinic": sessions'
    with pytest.raises(advocacy.ValidationError) as info:
        Conference.from_dict(dict(d, sessions=[{"first": D(2026, 6, 12)}]))
    assert info.value.field == 'conference "clinic": sessions[0].last'


def test_the_old_location_key_is_read_with_a_deprecation_warning():
    base = mid_atlantic().to_dict()
    old = {("location" if key == "place" else key): value for key, value in base.items()}
    with pytest.warns(DeprecationWarning, match="'location' is deprecated .* use 'place'"):
        assert Conference.from_dict(old) == mid_atlantic()
    with pytest.raises(advocacy.ValidationError) as info:
        Conference.from_dict(dict(base, location=base["place"]))
    assert info.value.field == 'conference "ma-2015": place'
    assert "given twice" in info.value.reason
