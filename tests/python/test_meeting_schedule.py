# SPDX-License-Identifier: MIT
import datetime
import json
import os
import pickle
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule as du
from hypothesis import given, settings
from hypothesis import strategies as st

import advocacy
from advocacy import DateRange, MeetingSchedule, MeetingTime

CHICAGO = "America/Chicago"
UTC = datetime.timezone.utc


def d(y, m, day):
    return datetime.date(y, m, day)


def utc(y, m, day, h, minute=0):
    return datetime.datetime(y, m, day, h, minute, tzinfo=UTC)


YEAR_2015 = DateRange(d(2015, 1, 1), d(2015, 12, 31))
T = datetime.time
H = datetime.timedelta


# ---- parse ---------------------------------------------------------------------------------

PARSE_CASES = [
    # text, kind, interval, weekday (0 = Monday), nth, day_of_month, start, duration
    ("second Tuesday of each month at 7pm", "monthly_by_weekday", 1, 1, 2, None, T(19), H(hours=2)),
    ("2nd Tue of the month, 7 pm", "monthly_by_weekday", 1, 1, 2, None, T(19), H(hours=2)),
    ("every other Wednesday at 18:30", "weekly", 2, 2, None, None, T(18, 30), H(hours=2)),
    ("every Wednesday 6:30pm", "weekly", 1, 2, None, None, T(18, 30), H(hours=2)),
    ("every 3 weeks on Monday at noon", "weekly", 3, 0, None, None, T(12), H(hours=2)),
    ("weekly on Thursdays at 7:00 p.m.", "weekly", 1, 3, None, None, T(19), H(hours=2)),
    ("last Thursday, 6:30 pm \u2013 8 pm", "monthly_by_weekday", 1, 3, -1, None, T(18, 30), H(minutes=90)),
    ("the 15th of every month at 7 pm", "monthly_by_day", 1, None, None, 15, T(19), H(hours=2)),
    ("monthly on the 1st at 19:00", "monthly_by_day", 1, None, None, 1, T(19), H(hours=2)),
    ("fifth Friday at 8pm", "monthly_by_weekday", 1, 4, 5, None, T(20), H(hours=2)),
    ("every Sunday at 7:30pm for 90 minutes", "weekly", 1, 6, None, None, T(19, 30), H(minutes=90)),
    ("every Sunday at 7pm for 2 hours", "weekly", 1, 6, None, None, T(19), H(hours=2)),
    ("every Saturday 10pm - 1am", "weekly", 1, 5, None, None, T(22), H(hours=3)),
    ("every Monday from 6:30 to 8 pm", "weekly", 1, 0, None, None, T(18, 30), H(minutes=90)),
]


@pytest.mark.parametrize("text,kind,interval,weekday,nth,day,start,duration", PARSE_CASES)
def test_parse_examples(text, kind, interval, weekday, nth, day, start, duration):
    s = MeetingSchedule.parse(text, time_zone=CHICAGO)
    assert s.kind == kind
    assert s.interval == interval
    assert s.weekday == weekday
    assert s.nth == nth
    assert s.day_of_month == day
    assert s.start == start
    assert s.duration == duration
    assert s.time_zone == CHICAGO
    assert s.effective is None
    assert s.skipped == ()


def test_parse_reads_every_readers_spaces_and_dashes():
    expected = MeetingSchedule.parse("every Wednesday at 7pm - 9pm", time_zone=CHICAGO)
    assert MeetingSchedule.parse("every\u2002Weds at\u30007pm\u20109pm", time_zone=CHICAGO) == expected


def test_parse_needs_the_zone_by_keyword():
    with pytest.raises(TypeError):
        MeetingSchedule.parse("every Monday at 7pm", CHICAGO)


@pytest.mark.parametrize(
    "text,position,reason",
    [
        ("0th Tuesday at 7pm", 0, "ordinal must be first to fifth or last"),
        ("every Wednesday at 13:75", 22, "minutes must be 00 to 59"),
        ("every Wednesday at 25:00", 19, "hour must be 00 to 23"),
        ("second Tuesday", 14, 'expected a time such as "7pm"'),
        ("every banana at 7pm", 6, 'unknown word "banana"; expected a weekday such as "Tuesday"'),
    ],
)
def test_parse_errors(text, position, reason):
    with pytest.raises(advocacy.ParseError) as caught:
        MeetingSchedule.parse(text, time_zone=CHICAGO)
    assert caught.value.position == position
    assert caught.value.reason == reason
    assert caught.value.text == text
    assert isinstance(caught.value, ValueError)


def test_unknown_zone_is_a_validation_error():
    with pytest.raises(advocacy.ValidationError) as caught:
        MeetingSchedule.parse("every Monday at 7pm", time_zone="America/Chicgo")
    assert caught.value.field == "time_zone"
    assert caught.value.reason == 'unknown IANA time zone "America/Chicgo"'


# ---- factories -----------------------------------------------------------------------------


def test_factories():
    w = MeetingSchedule.weekly(2, T(18, 30), H(hours=2), CHICAGO, interval=2)
    assert w == MeetingSchedule.parse("every other Wednesday at 18:30", time_zone=CHICAGO)
    m = MeetingSchedule.monthly_on_weekday(-1, 3, T(18, 30), H(minutes=90), CHICAGO)
    assert m.describe() == "last Thursday of each month, 6:30 pm \u2013 8:00 pm"
    day = MeetingSchedule.monthly_on_day(15, T(19), H(hours=2), CHICAGO)
    assert day.rrule() == "FREQ=MONTHLY;BYMONTHDAY=15"


@pytest.mark.parametrize(
    "make,field",
    [
        (lambda: MeetingSchedule.weekly(7, T(19), H(hours=2), CHICAGO), "weekday"),
        (lambda: MeetingSchedule.weekly(-1, T(19), H(hours=2), CHICAGO), "weekday"),
        (lambda: MeetingSchedule.weekly(0, T(19), H(hours=2), CHICAGO, interval=0), "interval"),
        (lambda: MeetingSchedule.weekly(0, T(19), H(hours=2), CHICAGO, interval=-3), "interval"),
        (lambda: MeetingSchedule.weekly(0, T(19), H(0), CHICAGO), "duration"),
        (lambda: MeetingSchedule.weekly(0, T(19), H(hours=25), CHICAGO), "duration"),
        (lambda: MeetingSchedule.monthly_on_weekday(0, 1, T(19), H(hours=2), CHICAGO), "nth"),
        (lambda: MeetingSchedule.monthly_on_day(32, T(19), H(hours=2), CHICAGO), "day_of_month"),
        (lambda: MeetingSchedule.monthly_on_day(-1, T(19), H(hours=2), CHICAGO), "day_of_month"),
        (lambda: MeetingSchedule.monthly_on_day(1, T(19), H(hours=2), "Nowhere"), "time_zone"),
    ],
)
def test_factory_errors_name_the_field(make, field):
    with pytest.raises(advocacy.ValidationError) as caught:
        make()
    assert caught.value.field == field


def test_durations_and_times_must_be_whole_minutes():
    with pytest.raises(ValueError):
        MeetingSchedule.weekly(0, T(19), H(minutes=90, seconds=1), CHICAGO)
    with pytest.raises(ValueError):
        MeetingSchedule.weekly(0, T(19, 0, 30), H(hours=2), CHICAGO)


# ---- describe / rrule ----------------------------------------------------------------------


def test_describe_and_str_and_repr():
    s = MeetingSchedule.parse("2nd Tue of the month, 7 pm", time_zone=CHICAGO)
    assert s.describe() == "second Tuesday of each month, 7:00 pm \u2013 9:00 pm"
    assert str(s) == s.describe()
    assert repr(s) == (
        "MeetingSchedule.parse('second Tuesday of each month, 7:00 pm \u2013 9:00 pm', "
        "time_zone='America/Chicago')"
    )
    assert eval(repr(s), {"MeetingSchedule": MeetingSchedule}) == s
    assert MeetingSchedule.parse("the 15th of every month at 7 pm", time_zone=CHICAGO).describe() == (
        "the 15th of each month, 7:00 pm \u2013 9:00 pm"
    )
    assert MeetingSchedule.parse("every 3 weeks on Monday at noon", time_zone=CHICAGO).describe() == (
        "every 3 weeks on Monday, 12:00 pm \u2013 2:00 pm"
    )


@pytest.mark.parametrize(
    "text,rule",
    [
        ("second Tuesday of each month at 7pm", "FREQ=MONTHLY;BYDAY=2TU"),
        ("last Thursday at 7pm", "FREQ=MONTHLY;BYDAY=-1TH"),
        ("every other Wednesday at 7pm", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("the 15th of each month at 7pm", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("every Friday at 7pm", "FREQ=WEEKLY;BYDAY=FR"),
    ],
)
def test_rrule(text, rule):
    assert MeetingSchedule.parse(text, time_zone=CHICAGO).rrule() == rule


def test_rrule_until_is_the_utc_instant_of_the_last_possible_start():
    s = MeetingSchedule.parse("second Tuesday at 7pm", time_zone=CHICAGO).with_effective(YEAR_2015)
    assert s.rrule() == "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20160101T010000Z"


def test_a_rule_to_the_last_day_has_no_until():
    s = MeetingSchedule.parse("second Tuesday at 7pm", time_zone=CHICAGO)
    to_the_end = s.with_effective(DateRange(datetime.date(2015, 1, 1), datetime.date(9999, 12, 31)))
    assert to_the_end.rrule() == "FREQ=MONTHLY;BYDAY=2TU"


weekdays = st.integers(min_value=0, max_value=6)
starts = st.builds(datetime.time, st.integers(0, 23), st.integers(0, 59))
durations = st.integers(min_value=1, max_value=24 * 60).map(lambda m: datetime.timedelta(minutes=m))
zones = st.sampled_from(["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver", "UTC"])
schedules = st.one_of(
    st.builds(
        MeetingSchedule.weekly, weekdays, starts, durations, zones, interval=st.integers(min_value=1, max_value=52)
    ),
    st.builds(
        MeetingSchedule.monthly_on_weekday,
        st.sampled_from([1, 2, 3, 4, 5, -1]),
        weekdays,
        starts,
        durations,
        zones,
    ),
    st.builds(MeetingSchedule.monthly_on_day, st.integers(1, 31), starts, durations, zones),
)


@settings(max_examples=300, deadline=None)
@given(schedules)
def test_describe_parses_back_to_an_equal_schedule(s):
    assert MeetingSchedule.parse(s.describe(), time_zone=s.time_zone) == s


@settings(max_examples=100, deadline=None)
@given(schedules, st.lists(st.dates(d(2014, 1, 1), d(2016, 12, 31)), max_size=4))
def test_pickle_and_dict_round_trip(s, skipped):
    s = s.with_effective(YEAR_2015).with_skipped(skipped)
    assert pickle.loads(pickle.dumps(s)) == s
    assert MeetingSchedule.from_dict(s.to_dict()) == s
    assert hash(MeetingSchedule.from_dict(s.to_dict())) == hash(s)


def test_from_dict_first_thing_in_a_fresh_interpreter():
    # Reading days before anything else touched datetime once crashed the interpreter.
    code = ("import datetime, advocacy; print(advocacy.MeetingSchedule.from_dict({'rule': 'every Monday at 7pm', "
            "'time_zone': 'America/Chicago', 'skipped': [datetime.date(2015, 1, 5)]}).skipped)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "(datetime.date(2015, 1, 5),)"


def test_from_dict_days_must_be_dates():
    base = MeetingSchedule.parse("every Monday at 7pm", time_zone=CHICAGO).to_dict()
    for bad, field in [(dict(skipped=[datetime.datetime(2015, 1, 5, 19)]), "skipped[0]"),
                       (dict(skipped=["2015-01-05"]), "skipped[0]"),
                       (dict(effective={"first": d(2015, 1, 1), "last": datetime.datetime(2015, 2, 1)}),
                        "effective.last")]:
        with pytest.raises(advocacy.ValidationError) as info:
            MeetingSchedule.from_dict(dict(base, **bad))
        assert info.value.field == field


# ---- occurrences ---------------------------------------------------------------------------


def test_chicago_stays_at_seven_pm_across_dst_2015():
    s = MeetingSchedule.parse("every Sunday at 7pm", time_zone=CHICAGO)
    spring = s.occurrences(DateRange(d(2015, 3, 1), d(2015, 3, 15)))
    assert [m.start for m in spring] == [utc(2015, 3, 2, 1), utc(2015, 3, 9, 0), utc(2015, 3, 16, 0)]
    fall = s.occurrences(DateRange(d(2015, 10, 25), d(2015, 11, 8)))
    assert [m.start for m in fall] == [utc(2015, 10, 26, 0), utc(2015, 11, 2, 1), utc(2015, 11, 9, 1)]
    for m in spring + fall:
        assert isinstance(m.start.tzinfo, ZoneInfo)
        assert m.start.tzinfo.key == CHICAGO
        assert (m.start.hour, m.start.minute) == (19, 0)
        assert m.end - m.start == datetime.timedelta(hours=2)
    assert [m.start.utcoffset() for m in spring] == [H(hours=-6), H(hours=-5), H(hours=-5)]
    assert [m.start.utcoffset() for m in fall] == [H(hours=-5), H(hours=-6), H(hours=-6)]


def test_gap_and_repeated_hour():
    gap = MeetingSchedule.parse("every Sunday at 2:30 am", time_zone=CHICAGO)
    [m] = gap.occurrences(DateRange(d(2015, 3, 8)))
    assert m.start == utc(2015, 3, 8, 8, 30)
    assert (m.start.hour, m.start.minute) == (3, 30)
    twice = MeetingSchedule.parse("every Sunday at 1:30 am", time_zone=CHICAGO)
    [m] = twice.occurrences(DateRange(d(2015, 11, 1)))
    # PEP 495: an ambiguous local time never compares equal across zones, so compare in UTC.
    assert m.start.astimezone(UTC) == utc(2015, 11, 1, 6, 30)
    assert m.start.fold == 0
    assert m.start.utcoffset() == H(hours=-5)
    # A 2-hour meeting from the first 1:30 ends at 2:30 CST, an hour later on the clock than
    # naive arithmetic would say, because the hour repeats.
    assert m.end == utc(2015, 11, 1, 8, 30)
    assert (m.end.hour, m.end.minute) == (2, 30)


def test_a_second_of_a_repeated_hour_comes_back_with_fold():
    # MeetingTime built from the later 1:30 (CST) keeps its instant and says fold=1.
    later = datetime.datetime(2015, 11, 1, 1, 30, fold=1, tzinfo=ZoneInfo(CHICAGO))
    t = MeetingTime(later, later + datetime.timedelta(hours=1))
    assert t.start.astimezone(UTC) == utc(2015, 11, 1, 7, 30)
    assert t.start.fold == 1
    assert t.start.utcoffset() == H(hours=-6)


def test_fifth_friday_skips_months():
    s = MeetingSchedule.parse("fifth Friday at 8pm", time_zone=CHICAGO)
    assert [m.start.date() for m in s.occurrences(YEAR_2015)] == [
        d(2015, 1, 30),
        d(2015, 5, 29),
        d(2015, 7, 31),
        d(2015, 10, 30),
    ]


def test_day_31_skips_short_months():
    s = MeetingSchedule.parse("the 31st of each month at 7pm", time_zone=CHICAGO)
    assert [m.start.month for m in s.occurrences(YEAR_2015)] == [1, 3, 5, 7, 8, 10, 12]


def test_effective_and_skipped():
    s = (
        MeetingSchedule.parse("every Wednesday at 7pm", time_zone=CHICAGO)
        .with_effective(DateRange(d(2015, 11, 4), d(2015, 12, 31)))
        .with_skipped([d(2015, 12, 30), d(2015, 11, 25), d(2015, 12, 23)])
    )
    assert s.skipped == (d(2015, 11, 25), d(2015, 12, 23), d(2015, 12, 30))
    assert s.effective == DateRange(d(2015, 11, 4), d(2015, 12, 31))
    assert [m.start.date() for m in s.occurrences(YEAR_2015)] == [
        d(2015, 11, 4),
        d(2015, 11, 11),
        d(2015, 11, 18),
        d(2015, 12, 2),
        d(2015, 12, 9),
        d(2015, 12, 16),
    ]
    assert s.with_effective(None).effective is None
    assert repr(s).endswith(
        ".with_effective(DateRange(datetime.date(2015, 11, 4), datetime.date(2015, 12, 31)))"
        ".with_skipped([datetime.date(2015, 11, 25), datetime.date(2015, 12, 23), datetime.date(2015, 12, 30)])"
    )


def test_every_other_week_is_counted_from_the_effective_week():
    s = MeetingSchedule.parse("every other Wednesday at 7pm", time_zone=CHICAGO)
    jan = DateRange(d(2015, 1, 1), d(2015, 1, 31))
    assert [m.start.day for m in s.occurrences(jan)] == [7, 21]
    from_12 = s.with_effective(DateRange(d(2015, 1, 12), d(2015, 12, 31)))
    assert [m.start.day for m in from_12.occurrences(jan)] == [14, 28]


# Cross-check against dateutil.rrule, which implements RFC 5545: the same local days and times.
@pytest.mark.parametrize(
    "text,rule",
    [
        ("second Tuesday of each month at 7pm", dict(freq=du.MONTHLY, byweekday=du.TU(2))),
        ("last Thursday at 6:30pm", dict(freq=du.MONTHLY, byweekday=du.TH(-1))),
        ("fifth Friday at 8pm", dict(freq=du.MONTHLY, byweekday=du.FR(5))),
        ("the 31st of each month at 7pm", dict(freq=du.MONTHLY, bymonthday=31)),
        ("every Wednesday at 7pm", dict(freq=du.WEEKLY, byweekday=du.WE)),
        ("every other Wednesday at 18:30", dict(freq=du.WEEKLY, interval=2, byweekday=du.WE)),
        ("every 3 weeks on Sunday at 9am", dict(freq=du.WEEKLY, interval=3, byweekday=du.SU)),
    ],
)
@pytest.mark.parametrize("zone", ["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"])
def test_occurrences_match_dateutil(text, rule, zone):
    s = MeetingSchedule.parse(text, time_zone=zone)
    effective = DateRange(d(2015, 1, 15), d(2016, 1, 31))  # starts on a Thursday mid-month
    s = s.with_effective(effective)
    tz = ZoneInfo(zone)
    start = datetime.datetime(2015, 1, 15, s.start.hour, s.start.minute, tzinfo=tz)
    until = datetime.datetime(2016, 1, 31, 23, 59, tzinfo=tz)
    expected = list(du.rrule(dtstart=start, until=until, wkst=du.MO, **rule))
    ours = s.occurrences(DateRange(d(2014, 12, 1), d(2016, 3, 1)))
    assert [m.start for m in ours] == expected
    assert [m.start.astimezone(UTC) for m in ours] == [e.astimezone(UTC) for e in expected]
    assert all(m.start.tzinfo is tz for m in ours)


# ---- next_after ----------------------------------------------------------------------------


def test_next_after():
    s = MeetingSchedule.parse("second Tuesday of each month at 7pm", time_zone=CHICAGO)
    n = s.next_after(utc(2015, 8, 11, 12))
    assert n.start == utc(2015, 8, 12, 0)
    assert n.start.tzinfo.key == CHICAGO
    assert s.next_after(n.start).start == utc(2015, 9, 9, 0)
    local = datetime.datetime(2015, 8, 11, 19, 0, tzinfo=ZoneInfo(CHICAGO))
    assert s.next_after(local).start == utc(2015, 9, 9, 0)
    ended = s.with_effective(YEAR_2015)
    assert ended.next_after(utc(2016, 1, 1, 0)) is None


def test_next_after_needs_an_aware_datetime():
    s = MeetingSchedule.parse("every Monday at 7pm", time_zone=CHICAGO)
    with pytest.raises(TypeError, match="needs a zone-aware datetime"):
        s.next_after(datetime.datetime(2015, 8, 11, 12))


# ---- MeetingTime and the dict form ---------------------------------------------------------


def test_meeting_time_value():
    s = MeetingSchedule.parse("every Monday at 7pm", time_zone=CHICAGO)
    a, b = s.occurrences(DateRange(d(2015, 8, 3), d(2015, 8, 10)))
    assert a == a and a != b
    assert pickle.loads(pickle.dumps(a)) == a
    assert len({a, b, pickle.loads(pickle.dumps(a))}) == 2
    assert repr(a) == (
        "MeetingTime(start=datetime.datetime(2015, 8, 3, 19, 0, tzinfo=zoneinfo.ZoneInfo(key='America/Chicago')), "
        "end=datetime.datetime(2015, 8, 3, 21, 0, tzinfo=zoneinfo.ZoneInfo(key='America/Chicago')))"
    )


def test_to_dict():
    s = (
        MeetingSchedule.parse("2nd Tue of the month, 7 pm", time_zone=CHICAGO)
        .with_effective(YEAR_2015)
        .with_skipped([d(2015, 12, 8)])
    )
    # The fields of the JSON document's "meetings" object, with Python values; "rule" and "rrule"
    # say it for people.
    assert s.to_dict() == {
        "kind": "monthly_by_weekday",
        "nth": 2,
        "weekday": "tuesday",
        "start": T(19),
        "duration_minutes": 120,
        "time_zone": CHICAGO,
        "effective": {"first": d(2015, 1, 1), "last": d(2015, 12, 31)},
        "skipped": [d(2015, 12, 8)],
        "rule": "second Tuesday of each month, 7:00 pm \u2013 9:00 pm",
        "rrule": "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20160101T010000Z",
    }
    assert list(s.to_dict()) == list(json.loads(s.to_json()))
    assert MeetingSchedule.from_json(s.to_json()) == s
    assert MeetingSchedule.from_dict(s.to_dict()) == s
    assert MeetingSchedule.from_dict(dict(s.to_dict(), effective=YEAR_2015)) == s  # a DateRange as well
    without_words = {key: value for key, value in s.to_dict().items() if key not in ("rule", "rrule")}
    assert MeetingSchedule.from_dict(without_words) == s
    with pytest.raises(advocacy.ValidationError) as info:
        MeetingSchedule.from_dict(dict(s.to_dict(), rule="every Monday at 7pm"))  # edited apart from the fields
    assert info.value.field == "rule"


def test_the_rule_phrase_dict_of_earlier_releases_is_read_with_a_deprecation_warning():
    with pytest.warns(DeprecationWarning, match="'rule'.*deprecated"):
        plain = MeetingSchedule.from_dict({"rule": "every Monday at 7pm", "time_zone": CHICAGO})
    assert plain == MeetingSchedule.weekly(0, T(19), H(hours=2), CHICAGO)


@pytest.mark.parametrize(
    "data,field",
    [
        ({"time_zone": CHICAGO}, "kind"),
        ({"rule": "every Monday at 7pm"}, "time_zone"),
        ({"rule": 7, "time_zone": CHICAGO}, "rule"),
        ({"rule": "every Monday at 7pm", "time_zone": CHICAGO, "effective": "2015"}, "effective"),
        ({"rule": "every Monday at 7pm", "time_zone": CHICAGO, "effective": {"first": d(2015, 1, 1)}}, "effective.last"),
        ({"rule": "every Monday at 7pm", "time_zone": CHICAGO, "skipped": ["2015-01-01"]}, "skipped[0]"),
        ({"rule": "every Monday at 7pm", "time_zone": CHICAGO, "skiped": []}, "skiped"),  # misspelt: not dropped
    ],
)
@pytest.mark.filterwarnings("ignore:meeting_schedule. a dict of 'rule':DeprecationWarning")
def test_from_dict_errors(data, field):
    with pytest.raises(advocacy.ValidationError) as caught:
        MeetingSchedule.from_dict(data)
    assert caught.value.field == field


def test_from_dict_reads_floats_and_refuses_text_that_is_not_text():
    plain = MeetingSchedule.weekly(0, T(19), H(hours=2), CHICAGO, interval=2)
    data = {key: value for key, value in plain.to_dict().items() if key not in ("rule", "rrule")}
    # A whole float (pandas' column of ints beside a NaN) is the int; NaN is a missing value.
    assert MeetingSchedule.from_dict({**data, "interval": 2.0, "duration_minutes": 120.0}) == plain
    every_week = MeetingSchedule.weekly(0, T(19), H(hours=2), CHICAGO)
    assert MeetingSchedule.from_dict({**data, "interval": float("nan")}) == every_week
    with pytest.raises(advocacy.ValidationError) as caught:
        MeetingSchedule.from_dict({**data, "interval": 1.5})
    assert caught.value.field == "interval"
    with pytest.raises(advocacy.ValidationError) as caught:
        MeetingSchedule.from_dict({**data, "time_zone": "America/Chi\udc80"})
    assert (caught.value.field, caught.value.reason) == ("time_zone", "not text (it holds a lone surrogate)")
    with pytest.raises(advocacy.ValidationError) as caught:
        MeetingSchedule.from_dict({**data, "start": datetime.time(19, 0, 30)})
    assert (caught.value.field, caught.value.reason) == ("start", "expected whole minutes")
    # 'rule' and 'rrule' must say the schedule: a value that is not that text, a str or not, is
    # refused at its key.
    for key in ("rule", "rrule"):
        for said in (7, "", "every Monday\udc80", plain.to_dict()[key] + " "):
            with pytest.raises(advocacy.ValidationError) as caught:
                MeetingSchedule.from_dict({**plain.to_dict(), key: said})
            assert caught.value.field == key and caught.value.reason.startswith("does not say the schedule")


# ---- refused values ------------------------------------------------------------------------


def test_the_machine_zone_localtime_is_refused():
    with pytest.raises(advocacy.ValidationError) as info:
        MeetingSchedule.parse("every Monday at 7pm", time_zone="localtime")
    assert info.value.field == "time_zone"
    assert "depends on the machine" in info.value.reason


def test_a_meeting_time_cannot_end_before_it_starts():
    start = datetime.datetime(2015, 8, 3, 19, 0, tzinfo=ZoneInfo(CHICAGO))
    assert MeetingTime(start, start).end == start
    with pytest.raises(advocacy.ValidationError) as info:
        MeetingTime(start, start - datetime.timedelta(minutes=1))
    assert info.value.field == "end"


def test_kept_days_lie_in_the_years_1000_to_9999():
    s = MeetingSchedule.parse("every Monday at 7pm", time_zone=CHICAGO)
    with pytest.raises(advocacy.ValidationError) as info:
        s.with_skipped([d(999, 12, 27)])
    assert info.value.field == "skipped[0]"
    with pytest.raises(advocacy.ValidationError) as info:
        s.with_effective(DateRange(d(500, 1, 1), d(2015, 1, 1)))
    assert info.value.field == "effective.first"


def test_a_leading_byte_order_mark_is_skipped():
    assert MeetingSchedule.parse("\ufeffevery Monday at 7pm", time_zone=CHICAGO) == MeetingSchedule.parse(
        "every Monday at 7pm", time_zone=CHICAGO
    )



# ---- general rules ----------------------------------------------------------------------------

dt = datetime


def test_general_rules_are_readable_and_constructible():
    s = MeetingSchedule.from_rrule(
        "FREQ=MONTHLY;BYDAY=1TU,3TU;COUNT=4", dt.date(2015, 1, 6), dt.time(19), dt.timedelta(hours=2), "America/Chicago"
    )
    assert s.kind == "monthly_by_weekday"
    assert s.weekdays == ((1, 1), (3, 1))
    assert s.count == 4
    assert s.rrule() == "FREQ=MONTHLY;BYDAY=1TU,3TU;COUNT=4"
    assert [m.start.date() for m in s.occurrences(DateRange(dt.date(2015, 1, 1), dt.date(2015, 12, 31)))] == [
        dt.date(2015, 1, 6), dt.date(2015, 1, 20), dt.date(2015, 2, 3), dt.date(2015, 2, 17)]
    assert MeetingSchedule.from_dict(s.to_dict()) == s
    assert pickle.loads(pickle.dumps(s)) == s
    assert repr(s).endswith(".with_count(4)")
    # Its last day is the 4th meeting's, not an end of its own: it can be counted again.
    assert s.with_count(6).effective == DateRange(dt.date(2015, 1, 6), dt.date(2015, 3, 17))
    assert s.with_count(None).effective is None and s.with_count(None).first_day == dt.date(2015, 1, 6)
    yearly = MeetingSchedule.parse("the 15th of March each year, 10am", time_zone="UTC")
    assert (yearly.kind, yearly.months, yearly.month_days) == ("yearly", (3,), (15,))
    vigil = MeetingSchedule.parse("every Saturday, all day", time_zone="America/Chicago")
    assert vigil.all_day and vigil.weekdays == ((0, 5),)
    assert MeetingSchedule.daily(dt.time(7), dt.timedelta(minutes=30), "UTC", 2).describe() == (
        "every other day, 7:00 am \u2013 7:30 am")
    with pytest.raises(advocacy.ParseError):
        MeetingSchedule.from_rrule("FREQ=HOURLY", dt.date(2015, 1, 6), dt.time(19), dt.timedelta(hours=2), "UTC")
    with pytest.raises(advocacy.ValidationError) as info:
        MeetingSchedule.from_rrule("FREQ=MONTHLY;BYDAY=6TU", dt.date(2015, 1, 6), dt.time(19), dt.timedelta(hours=2), "UTC")
    assert info.value.field == "weekdays"


# Each new kind across the DST changes of 2015 in Chicago, exported and expanded by
# recurring_ical_events: the same instants as the model's.
@pytest.mark.parametrize(
    "rrule, first",
    [
        ("FREQ=WEEKLY;BYDAY=TU,TH", dt.date(2015, 1, 6)),
        ("FREQ=MONTHLY;BYDAY=1TU,-1FR", dt.date(2015, 1, 6)),
        ("FREQ=MONTHLY;BYMONTHDAY=1,-1", dt.date(2015, 1, 1)),
        ("FREQ=YEARLY;BYMONTH=3,11;BYDAY=2SU", dt.date(2015, 3, 8)),
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8", dt.date(2015, 3, 8)),
        ("FREQ=DAILY;INTERVAL=3", dt.date(2015, 1, 1)),
        ("FREQ=DAILY;COUNT=20", dt.date(2015, 10, 25)),
        ("FREQ=WEEKLY;BYDAY=SU;UNTIL=20151102T005959Z", dt.date(2015, 1, 4)),
    ],
)
def test_new_kinds_agree_with_recurring_ical_events(rrule, first):
    icalendar = pytest.importorskip("icalendar")
    recurring_ical_events = pytest.importorskip("recurring_ical_events")
    s = MeetingSchedule.from_rrule(rrule, first, dt.time(19), dt.timedelta(hours=1), "America/Chicago")
    c = advocacy.Campaign(id="dst", title="DST")
    c.add_group(advocacy.Group(id="g", name="G", meetings=s))
    text = advocacy.to_icalendar(c)
    window = (dt.date(2015, 1, 1), dt.date(2018, 1, 1))
    theirs = sorted(
        e["DTSTART"].dt.astimezone(dt.timezone.utc)
        for e in recurring_ical_events.of(icalendar.Calendar.from_ical(text)).between(*window)
    )
    ours = [m.start.astimezone(dt.timezone.utc) for m in s.occurrences(DateRange(window[0], window[1] - dt.timedelta(days=1)))]
    assert ours == theirs
    assert advocacy.campaign_from_icalendar(text).groups[0].meetings == s


# ---- additions (RDATE) and overrides (RECURRENCE-ID) -------------------------------------------


def _tuesdays_with_exceptions():
    return (
        MeetingSchedule.parse("every Tuesday, 7 pm - 8:30 pm", time_zone="America/Chicago")
        .with_added([{"start": datetime.datetime(2025, 3, 8, 10), "duration": datetime.timedelta(hours=2)}])
        .with_overrides(
            [
                {"original": datetime.datetime(2025, 3, 4, 19), "cancelled": True},
                {
                    "original": datetime.datetime(2025, 3, 11, 19),
                    "start": datetime.datetime(2025, 3, 13, 18),
                    "duration": datetime.timedelta(hours=1),
                    "place": "Library",
                },
            ]
        )
    )


def test_additions_and_overrides_apply_after_the_rule():
    s = _tuesdays_with_exceptions()
    march = s.occurrences(DateRange(d(2025, 3, 1), d(2025, 3, 20)))
    chicago = ZoneInfo("America/Chicago")
    assert [m.start for m in march] == [
        datetime.datetime(2025, 3, 8, 10, tzinfo=chicago),
        datetime.datetime(2025, 3, 13, 18, tzinfo=chicago),
        datetime.datetime(2025, 3, 18, 19, tzinfo=chicago),
    ]
    assert s.override_of(march[1])["place"] == "Library"
    assert s.override_of(march[2]) is None
    assert s.next_after(utc(2025, 3, 1, 0)).start == datetime.datetime(2025, 3, 8, 10, tzinfo=chicago)
    assert s.next_after(utc(2025, 3, 8, 17)).start == datetime.datetime(2025, 3, 13, 18, tzinfo=chicago)


def test_exceptions_are_part_of_the_value():
    s = _tuesdays_with_exceptions()
    plain = MeetingSchedule.parse("every Tuesday, 7 pm - 8:30 pm", time_zone="America/Chicago")
    assert s != plain
    assert s == MeetingSchedule.from_dict(s.to_dict())
    assert hash(s) == hash(MeetingSchedule.from_dict(s.to_dict()))
    assert pickle.loads(pickle.dumps(s)) == s
    assert eval(repr(s), {"MeetingSchedule": MeetingSchedule, "DateRange": DateRange, "datetime": datetime}) == s
    assert [o["cancelled"] for o in s.overrides] == [True, False]
    assert s.added == ({"start": datetime.datetime(2025, 3, 8, 10), "duration": datetime.timedelta(hours=2)},)
    assert "added" not in plain.to_dict() and "overrides" not in plain.to_dict()


def test_an_override_of_a_start_off_the_rule_is_a_validation_error():
    plain = MeetingSchedule.parse("every Tuesday at 7pm", time_zone="America/Chicago")
    with pytest.raises(advocacy.ValidationError, match=r"2025-03-05 19:00 is not the start of a meeting of the rule"):
        plain.with_overrides([{"original": datetime.datetime(2025, 3, 5, 19), "cancelled": True}])
    with pytest.raises(advocacy.ValidationError, match="already a meeting of the rule"):
        plain.with_added([{"start": datetime.datetime(2025, 3, 4, 19), "duration": datetime.timedelta(hours=1)}])
    with pytest.raises(advocacy.ValidationError, match="naive"):
        plain.with_added(
            [{"start": datetime.datetime(2025, 3, 5, 19, tzinfo=datetime.timezone.utc), "duration": datetime.timedelta(hours=1)}]
        )


@pytest.mark.parametrize("start, duration, field, reason", [
    (datetime.date(2025, 3, 8), datetime.timedelta(hours=1), "added[0].start", "expected a naive datetime.datetime"),
    ("2025-03-08T10:00", datetime.timedelta(hours=1), "added[0].start", "expected a naive datetime.datetime"),
    (datetime.datetime(2025, 3, 8, 10), datetime.timedelta(seconds=90), "added[0].duration", "must be whole minutes"),
    (datetime.datetime(2025, 3, 8, 10), datetime.timedelta(minutes=1, microseconds=1), "added[0].duration",
     "must be whole minutes"),
    (datetime.datetime(2025, 3, 8, 10), datetime.timedelta(minutes=-5), "added[0].duration", "got -5 minutes"),
    (datetime.datetime(2025, 3, 8, 10), 45, "added[0].duration", "expected a datetime.timedelta"),
])
def test_an_addition_takes_a_naive_datetime_and_whole_minutes(start, duration, field, reason):
    plain = MeetingSchedule.parse("every Tuesday at 7pm", time_zone="America/Chicago")
    with pytest.raises(advocacy.ValidationError) as caught:
        plain.with_added([{"start": start, "duration": duration}])
    assert caught.value.field == field and reason in caught.value.reason


def test_an_addition_of_a_whole_day_keeps_its_length():
    plain = MeetingSchedule.parse("every Tuesday at 7pm", time_zone="America/Chicago")
    day_long = {"start": datetime.datetime(2025, 3, 8, 10), "duration": datetime.timedelta(days=1)}
    assert plain.with_added([day_long]).added == (day_long,)


# ---- a first day with no end ------------------------------------------------------------------


def _weekly_tuesdays_from_september_8():
    return MeetingSchedule.from_rrule("FREQ=WEEKLY;BYDAY=TU", d(2015, 9, 8), T(19), datetime.timedelta(hours=2), CHICAGO)


def test_a_rule_without_until_or_count_has_a_first_day_and_no_end():
    s = _weekly_tuesdays_from_september_8()
    assert s.effective is None
    assert s.first_day == d(2015, 9, 8)
    assert s.rrule() == "FREQ=WEEKLY;BYDAY=TU"
    days = [m.start.date() for m in s.occurrences(DateRange(d(2015, 9, 1), d(2015, 9, 20)))]
    assert days == [d(2015, 9, 8), d(2015, 9, 15)]
    assert s.to_dict()["effective"] == {"first": d(2015, 9, 8), "last": None}
    assert "9999" not in repr(s.to_dict())
    assert repr(s) == ("MeetingSchedule.parse('every Tuesday, 7:00 pm \u2013 9:00 pm', time_zone='America/Chicago')"
                       ".with_first_day(datetime.date(2015, 9, 8))")
    assert s == MeetingSchedule.parse("every Tuesday at 7pm", time_zone=CHICAGO).with_first_day(d(2015, 9, 8))
    assert s != s.with_first_day(None)
    assert s != s.with_effective(DateRange(d(2015, 9, 8), d(9999, 12, 31)))
    assert s.with_first_day(None).first_day is None
    assert s.with_effective(YEAR_2015).first_day == d(2015, 1, 1)
    with pytest.raises(advocacy.ValidationError) as info:
        s.with_first_day(d(999, 12, 31))
    assert info.value.field == "effective.first"


def test_a_first_day_round_trips_through_dict_pickle_and_hash():
    for s in [_weekly_tuesdays_from_september_8(),
              MeetingSchedule.from_rrule("FREQ=MONTHLY;BYDAY=1TU,3TU", d(2015, 9, 1), T(19), datetime.timedelta(hours=2),
                                         CHICAGO).with_first_day(d(2015, 8, 31))]:
        back = pickle.loads(pickle.dumps(s))
        assert back == s and back.first_day == s.first_day and back.effective is None
        assert MeetingSchedule.from_dict(s.to_dict()) == s
        assert hash(MeetingSchedule.from_dict(s.to_dict())) == hash(s)
    # A pickle from before first days (seven fields) still loads as it did.
    bounded = _weekly_tuesdays_from_september_8().with_effective(YEAR_2015)
    for s in [bounded, bounded.with_effective(None)]:
        state = s.__getstate__()
        assert len(state) == 8
        old = MeetingSchedule.__new__(MeetingSchedule)
        old.__setstate__(state[:7])
        assert old == s


def test_an_open_ended_interval_keeps_its_phase_from_the_first_day():
    s = MeetingSchedule.from_rrule("FREQ=WEEKLY;INTERVAL=2", d(2015, 9, 8), T(19), datetime.timedelta(hours=2), CHICAGO)
    september = DateRange(d(2015, 9, 1), d(2015, 9, 30))
    assert [m.start.date() for m in s.occurrences(september)] == [d(2015, 9, 8), d(2015, 9, 22)]
    # Open both ways, the weeks count from the week of 1970-01-05 instead.
    assert [m.start.date() for m in s.with_first_day(None).occurrences(september)] == [
        d(2015, 9, 1), d(2015, 9, 15), d(2015, 9, 29)]
    back = MeetingSchedule.from_dict(s.to_dict())
    assert [m.start.date() for m in back.occurrences(september)] == [d(2015, 9, 8), d(2015, 9, 22)]
    assert pickle.loads(pickle.dumps(s)).occurrences(september) == s.occurrences(september)


def test_a_first_day_dict_is_checked():
    base = _weekly_tuesdays_from_september_8().to_dict()
    for bad, field in [({"last": None}, "effective.first"),
                       ({"first": "2015-09-08", "last": None}, "effective.first"),
                       ({"first": d(2015, 9, 8), "last": None, "end": None}, "effective.end")]:
        with pytest.raises(advocacy.ValidationError) as info:
            MeetingSchedule.from_dict(dict(base, effective=bad))
        assert info.value.field == field


# ---- repr ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rrule, first",
    [
        ("FREQ=WEEKLY;BYDAY=TU", dt.date(2015, 9, 8)),
        ("FREQ=WEEKLY;BYDAY=TU,TH", dt.date(2015, 1, 6)),
        ("FREQ=WEEKLY;INTERVAL=2", dt.date(2015, 9, 8)),
        ("FREQ=MONTHLY;BYDAY=1TU,-1FR", dt.date(2015, 1, 6)),
        ("FREQ=MONTHLY;BYDAY=1TU,3TU;COUNT=4", dt.date(2015, 1, 6)),
        ("FREQ=MONTHLY;BYMONTHDAY=1,-1", dt.date(2015, 1, 1)),
        ("FREQ=YEARLY;BYMONTH=3,11;BYDAY=2SU", dt.date(2015, 3, 8)),
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8", dt.date(2015, 3, 8)),
        ("FREQ=DAILY;INTERVAL=3", dt.date(2015, 1, 1)),
        ("FREQ=WEEKLY;BYDAY=SU;UNTIL=20151102T005959Z", dt.date(2015, 1, 4)),
    ],
)
def test_repr_evaluates_to_an_equal_schedule(rebuild, rrule, first):
    s = MeetingSchedule.from_rrule(rrule, first, dt.time(19), dt.timedelta(hours=1), "America/Chicago")
    unbounded = [s.with_first_day(None)] if s.count is None else []  # a counted rule needs its first day
    for x in [s, s.as_all_day(), s.with_skipped([first]), *unbounded]:
        assert rebuild(x) == x
    exceptions = _tuesdays_with_exceptions()
    assert rebuild(exceptions) == exceptions


@settings(max_examples=100, deadline=None)
@given(schedules, st.lists(st.dates(d(2014, 1, 1), d(2016, 12, 31)), max_size=3), st.booleans())
def test_any_repr_evaluates_to_an_equal_schedule(rebuild, s, skipped, bounded):
    s = (s.with_effective(YEAR_2015) if bounded else s).with_skipped(skipped)
    assert rebuild(s) == s


def test_meeting_time_repr_evaluates_to_an_equal_time(rebuild):
    s = MeetingSchedule.parse("every Sunday at 1:30 am", time_zone=CHICAGO)
    times = s.occurrences(DateRange(d(2015, 10, 25), d(2015, 11, 1)))
    for t in times:
        assert rebuild(t) == t
    # The second 1:30 of the day the clocks go back (fold=1) keeps its instant.
    later = datetime.datetime(2015, 11, 1, 1, 30, fold=1, tzinfo=ZoneInfo(CHICAGO))
    t = MeetingTime(later, later + datetime.timedelta(hours=1))
    assert "fold=1" in repr(t)
    assert rebuild(t) == t


def _with_python_times(value, key=None):
    """A schedule's JSON value as to_dict() gives it: days, times and local date-times as datetime
    objects, by the key that holds them; key order kept."""
    if isinstance(value, dict):
        return [(k, _with_python_times(v, k)) for k, v in value.items()]
    if isinstance(value, list):
        return [_with_python_times(v, key) for v in value]
    if isinstance(value, str) and key in ("first", "last", "skipped"):
        return datetime.date.fromisoformat(value)
    if isinstance(value, str) and key in ("start", "original"):
        return datetime.datetime.fromisoformat(value) if "T" in value else datetime.time.fromisoformat(value)
    return value


def _in_order(value):
    """A dict as the list of its items, nested dicts too, so that == compares key order as well."""
    if isinstance(value, dict):
        return [(k, _in_order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_in_order(v) for v in value]
    return value


def test_from_dict_reads_every_form_of_a_value_to_the_same_schedule():
    # A dict of to_dict()'s own types is read from its values; the other forms a value may take (a
    # DateRange, a whole float, a tuple of days) go through the schedule's JSON text. One schedule
    # either way, with or without the phrases.
    for s in [
        MeetingSchedule.parse("every other Wednesday at 6:30pm", time_zone="America/New_York"),
        MeetingSchedule.parse("the 15th of each month at 7am", time_zone="UTC"),
        MeetingSchedule.parse("last Friday of each month at 7pm", time_zone=CHICAGO)
        .with_effective(DateRange(d(2025, 1, 1), d(2025, 12, 31)))
        .with_skipped([d(2025, 3, 28)]),
    ]:
        plain = s.to_dict()
        assert MeetingSchedule.from_dict(plain) == s
        assert MeetingSchedule.from_dict({k: v for k, v in plain.items() if k not in ("rule", "rrule")}) == s
        other = {**plain, "duration_minutes": float(plain["duration_minutes"]), "skipped": tuple(plain["skipped"])}
        if plain["effective"] is not None:
            other["effective"] = DateRange(plain["effective"]["first"], plain["effective"]["last"])
        assert MeetingSchedule.from_dict(other) == s


def test_to_dict_is_the_json_document_with_python_times():
    # to_dict() is made from the values the JSON writer writes, without its text: both must say the
    # same, member for member and in the same order, for every part a schedule can have.
    general = MeetingSchedule.from_rrule("FREQ=MONTHLY;BYDAY=1TU,3TU", d(2015, 9, 1), T(19),
                                         datetime.timedelta(hours=2), CHICAGO)
    for s in [
        _tuesdays_with_exceptions(),
        _tuesdays_with_exceptions().with_effective(DateRange(d(2025, 1, 1), d(2025, 12, 31))).with_skipped(
            [d(2025, 3, 18), d(2025, 3, 25)]),
        general.with_first_day(d(2015, 8, 31)),
        general.with_count(4),
        MeetingSchedule.parse("every Saturday, all day", time_zone="America/Chicago"),
        MeetingSchedule.parse("every other Wednesday at 6:30pm", time_zone="America/New_York"),
        MeetingSchedule.parse("the 15th of each month at 7am", time_zone="UTC"),
    ]:
        assert _in_order(s.to_dict()) == _with_python_times(json.loads(s.to_json())), s
        assert MeetingSchedule.from_dict(s.to_dict()) == s
