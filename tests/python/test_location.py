# SPDX-License-Identifier: MIT
import copy
import datetime
import pickle

import pytest
from hypothesis import given, strategies as st

import advocacy
from advocacy import Location


def baltimore(**changes):
    fields = dict(locality="Baltimore", state="MD", time_zone="America/New_York")
    fields.update(changes)
    return Location(**fields)


def test_defaults_and_attributes():
    place = Location()
    assert place.country == "US"
    assert place.venue == "" and place.locality == "" and place.address_lines == ()
    place = Location(venue="Hilton", address_lines=["401 W Pratt St"], locality="Baltimore", state="MD",
                     postal_code="21201", time_zone="America/New_York")
    assert place.address_lines == ("401 W Pratt St",)
    assert place.postal_code == "21201"
    place.locality = "Annapolis"
    assert place.locality == "Annapolis"


def test_positional_arguments_are_refused():
    with pytest.raises(TypeError):
        Location("Hilton")


def test_str_forms():
    assert str(baltimore()) == "Baltimore, MD"
    assert str(baltimore(venue="Hilton")) == "Hilton, Baltimore, MD"
    assert str(Location(locality="Baltimore")) == "Baltimore"
    assert str(Location(locality="Toronto", state="ON", country="CA")) == "Toronto, ON, CA"
    assert str(Location()) == ""


def test_repr_leaves_out_empty_fields():
    assert repr(Location(locality="Baltimore", state="MD")) == "Location(locality='Baltimore', state='MD')"
    assert repr(Location(locality="Toronto", country="CA")) == "Location(locality='Toronto', country='CA')"
    assert repr(Location(venue="O'Hare", address_lines=["1 Main St"])) == (
        "Location(venue=\"O'Hare\", address_lines=['1 Main St'])")
    assert repr(Location()) == "Location()"


def test_equality_copy_no_hash():
    a = baltimore()
    b = baltimore()
    assert a == b
    assert a != baltimore(venue="Hilton")
    assert a != "Baltimore, MD"
    c = copy.copy(a)
    c.locality = "Annapolis"
    assert a.locality == "Baltimore"
    with pytest.raises(TypeError):
        hash(a)


def test_unknown_time_zone_is_refused():
    with pytest.raises(advocacy.ValidationError) as info:
        baltimore(time_zone="Mars/Olympus")
    assert info.value.field == "location.time_zone"
    assert info.value.reason == 'unknown IANA time zone "Mars/Olympus"'
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("changes, field", [
    (dict(country="usa"), "location.country"),
    (dict(country=""), "location.country"),
    (dict(state="Maryland"), "location.state"),
    (dict(state="md"), "location.state"),
    (dict(venue="Hilton\nBaltimore"), "location.venue"),
    (dict(address_lines=["ok", "bad\r"]), "location.address_lines[1]"),
    (dict(locality="Balti\nmore"), "location.locality"),
    (dict(postal_code="21201\n"), "location.postal_code"),
])
def test_bad_fields_are_named(changes, field):
    with pytest.raises(advocacy.ValidationError) as info:
        baltimore(**changes)
    assert info.value.field == field


def test_a_country_code_iso_3166_does_not_assign_is_refused():
    with pytest.raises(advocacy.ValidationError, match="not a country code ISO 3166-1 assigns"):
        advocacy.Location(locality="Somewhere", country="ZZ")
    assert advocacy.Location(locality="Pristina", country="XK").country == "XK"


def test_validate_checks_attributes_set_later():
    place = baltimore()
    place.country = "usa"
    with pytest.raises(advocacy.ValidationError, match="location.country"):
        place.validate()


def test_to_dict_and_back():
    place = baltimore(venue="Hilton", address_lines=["401 W Pratt St"], postal_code="21201")
    d = place.to_dict()
    assert d == {"venue": "Hilton", "address_lines": ["401 W Pratt St"], "locality": "Baltimore", "region": "MD",
                 "postal_code": "21201", "country": "US", "time_zone": "America/New_York", "online": ""}
    assert Location.from_dict(d) == place
    assert Location.from_dict({"locality": "Baltimore"}) == Location(locality="Baltimore")


def test_from_dict_refuses_bad_input():
    with pytest.raises(advocacy.ValidationError) as info:
        Location.from_dict({"locality": 5})
    assert info.value.field == "location.locality"
    assert info.value.reason == "expected a str, got int"
    with pytest.raises(advocacy.ValidationError) as info:
        Location.from_dict({"city": "Baltimore"})
    assert info.value.field == "location.city"
    with pytest.raises(advocacy.ValidationError) as info:
        Location.from_dict({"address_lines": "1 Main St"})
    assert info.value.field == "location.address_lines"
    with pytest.raises(advocacy.ValidationError) as info:
        Location.from_dict({"time_zone": "Mars/Olympus"})
    assert info.value.field == "location.time_zone"


def test_online_part():
    online = Location(online="online")
    assert online.online == "online"
    assert str(online) == "Online"
    assert repr(online) == "Location(online='online')"
    hybrid = baltimore(online="https://zoom.us/j/123")
    assert str(hybrid) == "Baltimore, MD + online"
    assert hybrid != baltimore()
    assert repr(hybrid).endswith("online='https://zoom.us/j/123')")
    assert hybrid.to_dict()["online"] == "https://zoom.us/j/123"
    assert Location.from_dict(hybrid.to_dict()) == hybrid
    assert pickle.loads(pickle.dumps(hybrid)) == hybrid
    assert Location().online == ""


@pytest.mark.parametrize("link", ["javascript:alert(1)", "Online", "zoom", "ftp://example.org/x", "https://",
                                  "https://a b"])
def test_online_part_is_online_or_an_http_link(link):
    with pytest.raises(advocacy.ValidationError) as info:
        Location(online=link)
    assert info.value.field == "location.online"
    with pytest.raises(advocacy.ValidationError) as info:
        Location.from_dict({"online": link})
    assert info.value.field == "location.online"


def test_pickle():
    place = baltimore(venue="Hilton", address_lines=["a", "b"])
    assert pickle.loads(pickle.dumps(place)) == place


single_line = st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=20)
codes = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), min_size=1, max_size=3)
# Codes ISO 3166-1 assigns (the model refuses others), from several continents.
countries = st.sampled_from(["US", "CA", "MX", "GB", "DE", "FR", "BR", "IN", "JP", "ZA", "AU", "GE", "XK"])
zones = st.sampled_from(["", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                         "Europe/Berlin", "UTC"])


onlines = st.sampled_from(["", "online", "https://zoom.us/j/123", "http://example.org/join?x=1"])


@given(venue=single_line, lines=st.lists(single_line, max_size=3), locality=single_line,
       region=st.one_of(st.just(""), codes), postal_code=single_line, country=countries, time_zone=zones,
       online=onlines)
def test_dict_and_pickle_round_trip(venue, lines, locality, region, postal_code, country, time_zone, online):
    place = Location(venue=venue, address_lines=lines, locality=locality, state=region, postal_code=postal_code,
                     country=country, time_zone=time_zone, online=online)
    assert Location.from_dict(place.to_dict()) == place
    assert pickle.loads(pickle.dumps(place)) == place


def test_repr_evaluates_to_an_equal_location(rebuild):
    for place in [Location(), baltimore(), Location(locality="Toronto", state="ON", country="CA"),
                  baltimore(venue="O'Hare \"B\" \\ Caf\u00e9 \u2013 \U0001f600", address_lines=["1 Main St", "Suite 2"],
                            postal_code="21201", online="https://zoom.us/j/123")]:
        assert rebuild(place) == place


@given(venue=single_line, lines=st.lists(single_line, max_size=3), locality=single_line,
       region=st.one_of(st.just(""), codes), postal_code=single_line, country=countries, time_zone=zones,
       online=onlines)
def test_any_repr_evaluates_to_an_equal_location(rebuild, venue, lines, locality, region, postal_code, country,
                                                 time_zone, online):
    place = Location(venue=venue, address_lines=lines, locality=locality, state=region, postal_code=postal_code,
                     country=country, time_zone=time_zone, online=online)
    assert rebuild(place) == place


def test_state_is_a_code_and_region_its_deprecated_name():
    place = advocacy.Location(locality="Baltimore", state="MD")
    assert place.state == "MD"
    with pytest.warns(DeprecationWarning, match=r"Location\.region is deprecated.*Location\.state"):
        assert place.region == "MD"
    with pytest.warns(DeprecationWarning):
        place.region = "VA"
    assert place.state == "VA"
    with pytest.warns(DeprecationWarning, match=r"Location\(region=\.\.\.\) is deprecated"):
        assert advocacy.Location(locality="Baltimore", region="MD") == advocacy.Location(locality="Baltimore", state="MD")
    with pytest.raises(advocacy.ValidationError) as info:
        place.state = "Maryland"
    assert info.value.field == "location.state"
    assert place.state == "VA"
    # The document keeps the address's own name for it, as vCard's ADR and OSDI do.
    assert place.to_dict()["region"] == "VA"


def test_queries_take_a_state_code():
    c = advocacy.sample_campaign()
    today = datetime.date(2015, 9, 1)
    assert c.plan("MN", today) == c.plan("MN", today)
    for bad in ("mn", "Minnesota", "M N"):
        with pytest.raises(advocacy.ValidationError) as info:
            c.plan(bad, today)
        assert info.value.field == "state"
        with pytest.raises(advocacy.ValidationError):
            c.groups_in(bad)
        with pytest.raises(advocacy.ValidationError):
            c.conference_for(bad, today)
    assert c.groups_in("") == []
