# SPDX-License-Identifier: MIT
"""Readers take text as str (or UTF-8 bytes). Input with no UTF-8 form is refused with a short
ParseError that quotes a few dozen characters around the offending position, never the whole
input. A dict's text with no UTF-8 form is a ValidationError at its field."""

import datetime

import pytest

import advocacy

MEGABYTE = 1 << 20

READERS = {
    "from_json": advocacy.Campaign.from_json,
    "campaign_from_icalendar": advocacy.campaign_from_icalendar,
    "parse_announcement": advocacy.parse_announcement,
    "read_vcard": advocacy.read_vcard,
    "DateRange.parse": advocacy.DateRange.parse,
    "MeetingSchedule.parse": lambda text: advocacy.MeetingSchedule.parse(text, time_zone="America/Chicago"),
    "parse_date_ranges": lambda text: advocacy.parse_date_ranges([text]),
}


@pytest.mark.parametrize("name", sorted(READERS))
def test_bytes_that_are_not_utf8_give_a_short_parse_error(name):
    text = b"a" * 1000 + b"\xff" + b"b" * MEGABYTE
    if name == "parse_date_ranges":
        pytest.skip("parse_date_ranges takes str items only")
    with pytest.raises(advocacy.ParseError) as info:
        READERS[name](text)
    assert len(str(info.value)) < 300
    assert "0xFF is not UTF-8" in str(info.value)
    assert info.value.position == 1000


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_str_with_lone_surrogates_gives_a_short_parse_error(name):
    text = ("a" * 1000 + "\xff" + "b" * MEGABYTE).encode("latin-1").decode("utf-8", "surrogateescape")
    with pytest.raises(advocacy.ParseError) as info:
        READERS[name](text)
    message = str(info.value)
    assert len(message) < 300
    assert "U+DCFF" in message and "surrogate" in message
    assert info.value.position == 1000
    assert "\\udcff" in message


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_wrong_type_names_the_type_only(name):
    with pytest.raises(TypeError) as info:
        READERS[name](bytearray(MEGABYTE))
    assert len(str(info.value)) < 300
    assert "bytearray" in str(info.value)


def test_utf8_bytes_are_read_as_text():
    assert advocacy.DateRange.parse("Nov 13–15, 2015".encode()) == advocacy.DateRange(
        datetime.date(2015, 11, 13), datetime.date(2015, 11, 15))


def test_a_wrong_other_argument_does_not_repeat_the_text():
    text = "x" * MEGABYTE
    calls = {
        "DateRange.parse": lambda: advocacy.DateRange.parse(text, reference="2015-01-01"),
        "parse_date_ranges": lambda: advocacy.parse_date_ranges([text], reference=5),
        "parse_announcement": lambda: advocacy.parse_announcement(text, campaign_id=5),
        "MeetingSchedule.parse": lambda: advocacy.MeetingSchedule.parse(text, time_zone=None),
    }
    for name, call in calls.items():
        with pytest.raises(TypeError) as info:
            call()
        assert len(str(info.value)) < 300, name
    with pytest.raises(TypeError) as info:
        advocacy.DateRange.parse(text, reference="2015-01-01")
    assert str(info.value) == "expected Optional[datetime.date], got str"
    with pytest.raises(TypeError) as info:
        advocacy.parse_date_ranges(5)
    assert "int" in str(info.value)


# A dict's text with no UTF-8 form: json.load gives one for the JSON string "\udc80".
SURROGATE = "Springfield \udc80"

DICT_READERS = [
    (advocacy.Location.from_dict, {"locality": SURROGATE}, "location.locality"),
    (advocacy.Contact.from_dict, {"name": "Dana", "email": SURROGATE}, "contact.email"),
    (advocacy.Group.from_dict, {"id": "g", "name": SURROGATE}, 'group "g": name'),
    (advocacy.Group.from_dict, {"id": SURROGATE, "name": "G"}, "group: id"),
    (advocacy.Group.from_dict, {"id": "g", "name": "G", "place": {"venue": SURROGATE}}, 'group "g": place.venue'),
    (advocacy.Conference.from_dict,
     {"id": "c", "name": "C", "dates": {"first": datetime.date(2015, 11, 20), "last": datetime.date(2015, 11, 22)},
      "description": SURROGATE}, 'conference "c": description'),
    (advocacy.RegionMap, {SURROGATE: ["MD"]}, "region_map: region"),
    (advocacy.RegionMap, {"Mid Atlantic": [SURROGATE]}, 'region_map: "Mid Atlantic"'),
    (advocacy.Supporter.from_dict, {"id": "s", "name": "Dana", SURROGATE: 1}, "supporter.<key>"),
    (lambda d: advocacy.Campaign.from_records(id="c", title="C", groups=[d]), {"id": "g", "name": SURROGATE},
     'groups[0]: group "g": name'),
]


@pytest.mark.parametrize("read,data,field", DICT_READERS)
def test_a_dict_text_with_lone_surrogates_is_refused_at_its_field(read, data, field):
    with pytest.raises(advocacy.ValidationError) as info:
        read(data)
    assert info.value.field == field
    assert "lone surrogate" in info.value.reason
