# SPDX-License-Identifier: MIT
import copy
import pickle

import pytest
from hypothesis import given, strategies as st

import advocacy
from advocacy import Contact


def dana(**changes):
    fields = dict(name="Dana Reyes", role="Group coordinator", email="dana@example.org", phone="(612) 555-0143")
    fields.update(changes)
    return Contact(**fields)


def test_fields_and_phone_digits():
    person = dana()
    assert person.name == "Dana Reyes"
    assert person.role == "Group coordinator"
    assert person.phone_digits == "6125550143"
    assert dana(phone="+1 612.555.0143").phone_digits == "+16125550143"
    assert dana(phone="612-555-0143 ext. 12").phone_digits == "6125550143"
    assert Contact(name="Lee").phone_digits == ""


def test_name_is_required():
    with pytest.raises(TypeError):
        Contact(email="dana@example.org")
    with pytest.raises(advocacy.ValidationError) as info:
        Contact(name="")
    assert info.value.field == "contact.name"
    assert info.value.reason == "required"


def test_str_and_repr():
    assert str(dana()) == "Dana Reyes (Group coordinator) <dana@example.org>, (612) 555-0143"
    assert str(Contact(name="Lee", phone="555-0199")) == "Lee, 555-0199"
    assert repr(Contact(name="Lee", email="lee@example.org")) == "Contact(name='Lee', email='lee@example.org')"
    assert repr(dana()) == ("Contact(name='Dana Reyes', role='Group coordinator', email='dana@example.org', "
                            "phone='(612) 555-0143')")


def test_repr_evaluates_to_an_equal_contact(rebuild):
    for person in [Contact(name="Lee"), dana(), dana(name="Zo\u00eb O'Brien \"Z\" \\ \u674e", role="")]:
        assert rebuild(person) == person


def test_equality_and_copies():
    assert dana() == dana()
    assert dana() != dana(role="Chair")
    other = copy.deepcopy(dana())
    other.email = "other@example.org"
    assert dana().email == "dana@example.org"
    with pytest.raises(TypeError):
        hash(dana())


@pytest.mark.parametrize("email, reason", [
    ("dana.example.org", '"dana.example.org" has no @: expected one, as in name@example.org'),
    ("dana@@example.org", '"dana@@example.org" has more than one @: expected one, as in name@example.org'),
    ("@example.org", '"@example.org" has nothing before the @'),
    ("dana@example", '"dana@example": the domain after the @ needs a dot, as in example.org'),
    ("dana@example.", '"dana@example.": the domain after the @ must not start or end with a dot'),
    ("dana reyes@example.org", '"dana reyes@example.org" holds a space or control character'),
])
def test_bad_emails(email, reason):
    with pytest.raises(advocacy.ValidationError) as info:
        dana(email=email)
    assert info.value.field == "contact.email"
    assert info.value.reason == reason


@pytest.mark.parametrize("phone", ["call me", "---", "612#555-0143", "612+555", "555-0143 x", "555\n0143"])
def test_bad_phones(phone):
    with pytest.raises(advocacy.ValidationError) as info:
        dana(phone=phone)
    assert info.value.field == "contact.phone"


def test_to_dict_and_back():
    d = dana().to_dict()
    assert d == {"name": "Dana Reyes", "role": "Group coordinator", "email": "dana@example.org",
                 "phone": "(612) 555-0143"}
    assert Contact.from_dict(d) == dana()
    assert Contact.from_dict({"name": "Lee"}) == Contact(name="Lee")
    with pytest.raises(advocacy.ValidationError) as info:
        Contact.from_dict({"role": "Chair"})
    assert (info.value.field, info.value.reason) == ("contact.name", "missing")
    with pytest.raises(advocacy.ValidationError) as info:
        Contact.from_dict({"name": "Lee", "mail": "lee@example.org"})
    assert info.value.field == "contact.mail"
    with pytest.raises(advocacy.ValidationError) as info:
        Contact.from_dict({"name": "Lee", "email": "nope"})
    assert info.value.field == "contact.email"


def test_pickle():
    assert pickle.loads(pickle.dumps(dana())) == dana()


names = st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=20).filter(
    lambda s: any(c not in " \u00a0" and not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in s))
local = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789._+-"), min_size=1, max_size=10)
label = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789-"), min_size=1, max_size=8)
emails = st.one_of(st.just(""), st.builds(lambda l, a, b: f"{l}@{a}.{b}", local, label, label))
phones = st.one_of(st.just(""), st.builds(lambda a, b: f"({a:03d}) 555-{b:04d}", st.integers(100, 999),
                                          st.integers(100, 199)))


@given(name=names, role=st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)),
                                max_size=10), email=emails, phone=phones)
def test_dict_pickle_and_repr_round_trip(rebuild, name, role, email, phone):
    person = Contact(name=name, role=role, email=email, phone=phone)
    assert Contact.from_dict(person.to_dict()) == person
    assert rebuild(person) == person
    assert pickle.loads(pickle.dumps(person)) == person
    assert person.phone_digits == "".join(c for c in phone if c.isdigit())


def test_a_name_of_control_characters_is_refused():
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.Contact(name="\x01\x02").validate()
    assert info.value.field == "contact.name"
    assert "\\x01\\x02" in str(info.value)


@pytest.mark.parametrize("name", ["x" * 15, "x" * 16, "é" * 7 + "x", "é" * 8, "Zoë " * 20])
def test_a_text_reads_back_whole_on_either_side_of_fifteen_bytes(name):
    # Up to 15 bytes of UTF-8 are held in place, longer texts apart: the same str either way.
    person = Contact(name=name, role=name, email="", phone="")
    assert person.name == name and person.role == name
    person.name = name[::-1]
    assert person.name == name[::-1]
    assert Contact.from_dict(person.to_dict()) == person


def test_a_text_without_utf8_form_is_refused():
    with pytest.raises(TypeError):
        Contact(name="Dana \udcff")
    person = dana()
    with pytest.raises(TypeError):
        person.name = "Dana \udcff"
    assert person == dana()
