# SPDX-License-Identifier: MIT
import copy
import pickle

import pytest

import advocacy
from advocacy import Supporter


def dana(**changes):
    fields = dict(id="an-1001", name="Dana Reyes", email="dana@example.org", phone="(612) 555-0143",
                  locality="Minneapolis", state="MN", postal_code="55401", preferred_group="twin-cities")
    fields.update(changes)
    return Supporter(**fields)


def test_fields_and_defaults():
    person = Supporter(id="7", name="Lee")
    assert (person.email, person.state, person.country, person.preferred_group) == ("", "", "US", None)
    assert dana().preferred_group == "twin-cities"
    assert str(dana()) == "Dana Reyes <dana@example.org>, Minneapolis, MN 55401"


def test_repr_evaluates_to_an_equal_supporter(rebuild):
    assert repr(Supporter(id="7", name="Lee")) == "Supporter(id='7', name='Lee')"
    assert repr(Supporter(id="7", name="Lee", country="CA", state="ON")) == \
        "Supporter(id='7', name='Lee', state='ON', country='CA')"
    for person in [Supporter(id="7", name="Lee"), dana(), dana(name="Zo\u00eb O'Brien \"Z\"", preferred_group=None)]:
        assert rebuild(person) == person


def test_dict_round_trip_and_unknown_keys():
    d = dana().to_dict()
    assert list(d) == ["id", "name", "email", "phone", "locality", "state", "postal_code", "country",
                       "preferred_group"]
    assert Supporter.from_dict(d) == dana()
    assert Supporter.from_dict({"id": "7", "name": "Lee"}) == Supporter(id="7", name="Lee")
    with pytest.raises(advocacy.ValidationError) as info:
        Supporter.from_dict({"id": "7", "name": "Lee", "zip": "55401"})
    assert info.value.field == "supporter.zip"
    with pytest.raises(advocacy.ValidationError) as info:
        Supporter.from_dict({"id": "7"})
    assert info.value.field == "supporter.name"


def test_json_round_trip():
    text = dana().to_json()
    assert text.startswith('{"id":"an-1001","name":"Dana Reyes",')
    assert Supporter.from_json(text) == dana()
    with pytest.raises(advocacy.ParseError):
        Supporter.from_json('{"id": "7", "name": 3}')


@pytest.mark.parametrize("change, field", [
    (dict(id=""), "supporter.id"),
    (dict(name="  "), "supporter.name"),
    (dict(email="dana.reyes.example.org"), "supporter.email"),
    (dict(phone="call dana 612"), "supporter.phone"),
    (dict(state="Minnesota"), "supporter.state"),
    (dict(country="XX"), "supporter.country"),
    (dict(postal_code="5540"), "supporter.postal_code"),
    (dict(preferred_group="twin cities"), "supporter.preferred_group"),
])
def test_errors_name_the_field_never_the_value(change, field):
    with pytest.raises(advocacy.ValidationError) as info:
        dana(**change)
    assert info.value.field == field
    for personal in ["Dana", "dana", "555-0143", "twin cities"]:
        assert personal not in str(info.value)


def test_equality_copies_and_pickle():
    assert dana() == dana()
    assert dana() != dana(preferred_group=None)
    other = copy.deepcopy(dana())
    other.email = "other@example.org"
    assert dana().email == "dana@example.org"
    assert pickle.loads(pickle.dumps(dana(), protocol=5)) == dana()
    with pytest.raises(TypeError):
        hash(dana())


@pytest.mark.parametrize("zip_code, state", [
    ("55401", "MN"), ("02108", "MA"), ("05501", "MA"), ("20001", "DC"), ("20166", "VA"), ("00901", "PR"),
    ("96799", "AS"), ("96910", "GU"), ("09001", "AE"), ("73301", "TX"), ("55401-1234", "MN"),
    ("21301", ""), ("969", ""), ("", ""), ("ABCDE", ""),
])
def test_state_of_zip(zip_code, state):
    assert advocacy.state_of_zip(zip_code) == state
