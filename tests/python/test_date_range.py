# SPDX-License-Identifier: MIT
import datetime
import pickle

import pytest
from hypothesis import given, strategies as st

import advocacy
from advocacy import DateRange

D = datetime.date


def test_construction_and_accessors():
    r = DateRange(D(2015, 11, 13), D(2015, 11, 15))
    assert r.first == D(2015, 11, 13)
    assert r.last == D(2015, 11, 15)
    assert r.days == 3
    assert len(r) == 3
    assert list(r) == [D(2015, 11, 13), D(2015, 11, 14), D(2015, 11, 15)]
    assert DateRange(D(2015, 11, 7)).days == 1


def test_end_before_start_is_a_validation_error():
    with pytest.raises(advocacy.ValidationError) as info:
        DateRange(D(2015, 11, 15), D(2015, 11, 13))
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, advocacy.Error)
    assert info.value.field == "last"


def test_datetime_is_refused_with_type_error():
    with pytest.raises(TypeError, match="datetime.datetime"):
        DateRange(datetime.datetime(2015, 11, 13, 9, 0), D(2015, 11, 15))
    with pytest.raises(TypeError):
        DateRange("2015-11-13", D(2015, 11, 15))


def test_membership_overlap_intersection():
    r = DateRange(D(2015, 10, 23), D(2015, 10, 25))
    assert D(2015, 10, 24) in r
    assert D(2015, 10, 26) not in r
    assert DateRange(D(2015, 10, 24), D(2015, 10, 25)) in r
    assert DateRange(D(2015, 10, 24), D(2015, 10, 26)) not in r
    other = DateRange(D(2015, 10, 25), D(2015, 10, 27))
    assert r.overlaps(other)
    assert r.intersection(other) == DateRange(D(2015, 10, 25), D(2015, 10, 25))
    assert r.intersection(DateRange(D(2015, 11, 1), D(2015, 11, 2))) is None


def test_ordering_hash_and_pickle():
    a = DateRange(D(2015, 10, 23), D(2015, 10, 25))
    b = DateRange(D(2015, 11, 13), D(2015, 11, 15))
    assert a < b and b > a and a <= a and a != b
    assert sorted([b, a]) == [a, b]
    assert len({a, DateRange(D(2015, 10, 23), D(2015, 10, 25)), b}) == 2
    assert pickle.loads(pickle.dumps(b)) == b


def test_repr_str_and_iso():
    r = DateRange(D(2015, 11, 13), D(2015, 11, 15))
    assert repr(r) == "DateRange(datetime.date(2015, 11, 13), datetime.date(2015, 11, 15))"
    assert str(r) == "Nov 13\u201315, 2015"
    assert r.to_iso() == "2015-11-13/2015-11-15"
    assert DateRange(D(2015, 11, 7)).to_iso() == "2015-11-07"
    assert str(DateRange(D(2015, 12, 30), D(2016, 1, 2))) == "Dec 30, 2015 \u2013 Jan 2, 2016"


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("Nov 13-15", D(2015, 11, 13), D(2015, 11, 15)),
        ("Oct 23-25", D(2015, 10, 23), D(2015, 10, 25)),
        ("Nov 7", D(2015, 11, 7), D(2015, 11, 7)),
        ("Nov 20 \u2013 22", D(2015, 11, 20), D(2015, 11, 22)),
        ("Jan 5-7", D(2016, 1, 5), D(2016, 1, 7)),
        ("Aug 10-12", D(2015, 8, 10), D(2015, 8, 12)),
        ("25 Dec - 2 Jan 2016", D(2015, 12, 25), D(2016, 1, 2)),
        ("2015-11-13/15", D(2015, 11, 13), D(2015, 11, 15)),
        ("Feb 2016", D(2016, 2, 1), D(2016, 2, 29)),
        # French and Spanish names, from the one calendar table; every reader's spaces and dashes.
        ("13-15 novembre 2015", D(2015, 11, 13), D(2015, 11, 15)),
        ("13 al 15 de noviembre de 2015", D(2015, 11, 13), D(2015, 11, 15)),
        ("3 F\u00c9VRIER 2016", D(2016, 2, 3), D(2016, 2, 3)),
        ("Nov\u300013\u201015", D(2015, 11, 13), D(2015, 11, 15)),
    ],
)
def test_parse(text, first, last, reference):
    assert DateRange.parse(text, reference=reference) == DateRange(first, last)


def test_parse_error_has_text_and_position(reference):
    with pytest.raises(advocacy.ParseError) as info:
        DateRange.parse("Nov 31", reference=reference)
    e = info.value
    assert isinstance(e, ValueError) and isinstance(e, advocacy.Error)
    assert e.text == "Nov 31"
    assert e.position == 4
    assert "30 days" in str(e)


def test_parse_without_reference_uses_today():
    today = datetime.datetime.now(datetime.timezone.utc).date()
    r = DateRange.parse(today.strftime("%b %d"))
    assert r.first == today


def test_batch_parse(reference):
    texts = ["Nov 13-15", "Oct 23-25", "Nov 7"]
    assert advocacy.parse_date_ranges(texts, reference=reference) == [
        DateRange(D(2015, 11, 13), D(2015, 11, 15)),
        DateRange(D(2015, 10, 23), D(2015, 10, 25)),
        DateRange(D(2015, 11, 7), D(2015, 11, 7)),
    ]
    assert advocacy.parse_date_ranges((t for t in texts), reference=reference)[2].days == 1
    assert advocacy.parse_date_ranges([], reference=reference) == []


def test_batch_parse_names_the_bad_item(reference):
    with pytest.raises(advocacy.ParseError, match="item 1"):
        advocacy.parse_date_ranges(["Nov 13-15", "Smarch 3"], reference=reference)
    with pytest.raises(TypeError, match="item 1"):
        advocacy.parse_date_ranges(["Nov 13-15", 7], reference=reference)
    with pytest.raises(TypeError):
        advocacy.parse_date_ranges("Nov 13-15", reference=reference)


days = st.dates(min_value=D(1000, 1, 1), max_value=D(9998, 12, 31))


@given(days, st.integers(min_value=0, max_value=800))
def test_both_formatted_forms_parse_back(first, length):
    last = first + datetime.timedelta(days=length)
    if last.year > 9999:
        last = D(9999, 12, 31)
    r = DateRange(first, last)
    assert DateRange.parse(str(r)) == r
    assert DateRange.parse(r.to_iso()) == r


@given(days, st.integers(min_value=0, max_value=800))
def test_repr_evaluates_to_an_equal_range(rebuild, first, length):
    last = min(first + datetime.timedelta(days=length), D(9999, 12, 31))
    r = DateRange(first, last)
    assert rebuild(r) == r
    assert rebuild(DateRange(first)) == DateRange(first)


@pytest.mark.parametrize("text", ["0000-01-01", "0000-01-01/0000-01-05", "0999-12-31", "Nov 13 0000"])
def test_years_before_1000_are_refused_never_replaced(text):
    with pytest.raises(advocacy.ParseError) as info:
        DateRange.parse(text, reference=D(2015, 8, 11))
    assert info.value.reason == "year must be between 1000 and 9999"


def test_a_year_past_9999_is_refused_by_the_parser():
    with pytest.raises(advocacy.ParseError) as info:
        DateRange.parse("Dec 31 9999 - Jan 1")
    assert "10000" in info.value.reason
    assert info.value.position == 14


def test_a_leading_byte_order_mark_is_skipped():
    assert DateRange.parse("\ufeffNov 13-15", reference=D(2015, 8, 11)) == DateRange(D(2015, 11, 13), D(2015, 11, 15))


# ---- parse_days: lists of days and ranges ---------------------------------------------------------

SEED = D(2015, 8, 11)


@pytest.mark.parametrize("text, expected", [
    ("June 12 & 16, 2026", [(D(2026, 6, 12), D(2026, 6, 12)), (D(2026, 6, 16), D(2026, 6, 16))]),
    ("Nov 28 & Dec 1, 2025", [(D(2025, 11, 28), D(2025, 11, 28)), (D(2025, 12, 1), D(2025, 12, 1))]),
    ("May 3, 10 and 17", [(D(2016, 5, d), D(2016, 5, d)) for d in (3, 10, 17)]),
    ("May 3, 10, and 17, 2026", [(D(2026, 5, d), D(2026, 5, d)) for d in (3, 10, 17)]),
    ("May 3-4 & 10-11, 2026", [(D(2026, 5, 3), D(2026, 5, 4)), (D(2026, 5, 10), D(2026, 5, 11))]),
    ("Nov 13-15, 2015", [(D(2015, 11, 13), D(2015, 11, 15))]),
    ("Nov 15, 2015", [(D(2015, 11, 15), D(2015, 11, 15))]),
    ("2015-11-15", [(D(2015, 11, 15), D(2015, 11, 15))]),
    ("3, 10 et 17 mai 2026", [(D(2026, 5, d), D(2026, 5, d)) for d in (3, 10, 17)]),
    ("3 y 10 de mayo de 2026", [(D(2026, 5, 3), D(2026, 5, 3)), (D(2026, 5, 10), D(2026, 5, 10))]),
    ("Dec 30 & Jan 2", [(D(2015, 12, 30), D(2015, 12, 30)), (D(2016, 1, 2), D(2016, 1, 2))]),
])
def test_parse_days_reads_lists(text, expected):
    assert advocacy.parse_days(text, reference=SEED) == [DateRange(a, b) for a, b in expected]


@pytest.mark.parametrize("text, offset, reason", [
    ("June 16 & 12, 2026", 10, "Jun 12, 2026 comes before Jun 16, 2026; expected the days in order"),
    ("June 12 & 12, 2026", 10, "Jun 12, 2026 is listed twice"),
    ("May 3-5 & 4, 2026", 10, "May 4, 2026 shares days with May 3\u20135, 2026; expected each day once"),
    ("June 12 &", 8, 'nothing after "&"; expected a day or date'),
    ("June 12 & 31", 10, "June has 30 days"),
])
def test_parse_days_errors_name_the_days_and_the_offset(text, offset, reason):
    with pytest.raises(advocacy.ParseError) as info:
        advocacy.parse_days(text, reference=SEED)
    assert (info.value.position, info.value.reason) == (offset, reason)


def test_parse_date_range_refuses_a_list_and_points_at_parse_days():
    with pytest.raises(advocacy.ParseError, match="parse_days reads a list"):
        DateRange.parse("June 12 & 16, 2026")
    with pytest.raises(TypeError):
        advocacy.parse_days(["June 12"])


def test_to_iso_is_a_function_and_a_method_and_iso_is_deprecated():
    r = DateRange(D(2015, 11, 13), D(2015, 11, 15))
    assert advocacy.to_iso(r) == r.to_iso() == "2015-11-13/2015-11-15"
    assert advocacy.parse_date_range("Nov 13-15", reference=D(2015, 8, 11)) == r
    with pytest.warns(DeprecationWarning, match=r"DateRange.iso\(\) is deprecated.*to_iso"):
        assert r.iso() == "2015-11-13/2015-11-15"
