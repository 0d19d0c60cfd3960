# SPDX-License-Identifier: MIT
"""vCards: what address books read back from advocacy.to_vcard()."""
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

import advocacy
from advocacy import Campaign, Contact, Group, Location


def twin_cities():
    return Group(
        id="twin-cities-55",
        name="Twin Cities Group 55",
        location=Location(address_lines=["2400 Example Ave S"], locality="Minneapolis",
                          state="MN", postal_code="55405"),
        contacts=[
            Contact(name="Dana Reyes", role="Group coordinator", email="dana@example.org",
                    phone="(612) 555-0143"),
            Contact(name="Ana María Soto", role="Treasurer; letters, calls", email="ana@example.org"),
        ],
    )


def campaign():
    c = Campaign(id="defend-2015", title="Defend the decision")
    c.add_group(twin_cities())
    c.add_group(Group(id="river-city-12", name="River City, Group 12",
                      location=Location(locality="Saint Paul", state="MN"),
                      contacts=[Contact(name="Sam Okafor", phone="651-555-0107")]))
    return c


def cards(text):
    return list(vobject.readComponents(text))


def test_version_3_reads_back_with_the_same_fields():
    c = campaign()
    read = cards(advocacy.to_vcard(c, version=3))
    expected = [(g, p) for g in c.groups for p in g.contacts]
    assert len(read) == len(expected) == 3
    for card, (group, person) in zip(read, expected):
        assert card.version.value == "3.0"
        assert card.fn.value == person.name
        given, _, family = person.name.rpartition(" ")
        assert card.n.value.family == family
        assert card.n.value.given == given
        assert card.org.value == [group.name]
        if person.role:
            assert card.role.value == person.role
        else:
            assert "role" not in card.contents
        if person.email:
            assert card.email.value == person.email
            assert card.email.params["TYPE"] == ["INTERNET"]
        if person.phone:
            assert card.tel.value == person.phone
        adr = card.adr.value
        assert adr.city == group.location.locality
        assert adr.region == group.location.state
        assert adr.code == group.location.postal_code
        assert adr.country == "US"
        assert adr.street == (group.location.address_lines[0] if group.location.address_lines else "")
        assert card.uid.value.startswith("urn:uuid:")


def test_escaped_separators_survive_the_round_trip():
    read = cards(advocacy.to_vcard(campaign(), version=3))
    assert read[1].role.value == "Treasurer; letters, calls"
    assert read[2].org.value == ["River City, Group 12"]


def test_version_4_golden_card():
    text = advocacy.to_vcard([Contact(name="Dana Reyes", email="dana@example.org", phone="(612) 555-0143")],
                             organization="Example Coalition")
    assert text == "\r\n".join([
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Dana Reyes",
        "N:Reyes;Dana;;;",
        "ORG:Example Coalition",
        "EMAIL;TYPE=work:dana@example.org",
        "TEL;VALUE=uri;TYPE=voice:tel:+1-612-555-0143",
        "UID:urn:uuid:1a31e385-c488-845b-b205-72ef0e56c38a",
        "END:VCARD",
        "",
    ])


def test_a_group_alone_and_stable_uids():
    g = twin_cities()
    assert advocacy.to_vcard(g) == advocacy.to_vcard(g)
    assert advocacy.to_vcard(g, 3).count("BEGIN:VCARD") == 2


def test_long_values_are_folded_and_unfold():
    role = "Coordinatrice régionale des campagnes et des rencontres " * 3
    text = advocacy.to_vcard([Contact(name="Zoé Lefèvre", role=role.strip())], 3)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert cards(text)[0].role.value == role.strip()


def test_bad_arguments():
    with pytest.raises(advocacy.ValidationError):
        advocacy.to_vcard(campaign(), version=2)
    with pytest.raises(TypeError):
        advocacy.to_vcard("Dana Reyes")
    with pytest.raises(TypeError):
        advocacy.to_vcard([Contact(name="Dana Reyes"), "Sam"])
    with pytest.raises(TypeError):
        advocacy.to_vcard(campaign(), organization="Example Coalition")
    assert advocacy.to_vcard([]) == ""


# ---- one card per person -----------------------------------------------------------------------

def test_a_person_in_two_groups_gets_one_card_that_address_books_read():
    c = campaign()
    c.add_group(Group(id="statewide", name="Statewide Office",
                      contacts=[Contact(name="Dana Reyes", role="Board", email="dana@example.org",
                                        phone="(612) 555-0143")]))
    text = advocacy.to_vcard(c, version=3)
    read = cards(text)
    assert [card.fn.value for card in read] == ["Dana Reyes", "Ana María Soto", "Sam Okafor"]
    dana = read[0]
    assert [org.value for org in dana.contents["org"]] == [["Twin Cities Group 55"], ["Statewide Office"]]
    assert [org.group for org in dana.contents["org"]] == ["group1", "group2"]
    roles = {role.group: role.value for role in dana.contents["role"]}
    assert roles == {"group1": "Group coordinator", "group2": "Board"}
    assert dana.email.value == "dana@example.org" and dana.email.group is None
    assert len({card.uid.value for card in read}) == 3


# ---- reading -----------------------------------------------------------------------------------

GOOGLE = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Dana Reyes\r\n"
    "N:Reyes;Dana;;;\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK:dana@example.org\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=HOME:dana.reyes@example.com\r\n"
    "TEL;TYPE=CELL:(612) 555-0143\r\n"
    "item1.EMAIL;TYPE=INTERNET:dreyes@example.net\r\n"
    "item1.X-ABLabel:Volunteer\r\n"
    "ADR;TYPE=WORK:;;2400 Example Ave S;Minneapolis;MN;55405;US\r\n"
    "ORG:Twin Cities Group 55\r\n"
    "TITLE:Group coordinator\r\n"
    "CATEGORIES:myContacts\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Sam Okafor\r\n"
    "N:Okafor;Sam;;;\r\n"
    "TEL;TYPE=WORK:651-555-0107\r\n"
    "END:VCARD\r\n"
)

APPLE = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "PRODID:-//Apple Inc.//macOS 13.4//EN\n"
    "N:Okafor;Sam;;;\n"
    "FN:Sam Okafor\n"
    "ORG:River City Group 12;Letter writing team;\n"
    "item1.EMAIL;type=INTERNET;type=pref:sam@example.com\n"
    "item1.X-ABLabel:_$!<Other>!$_\n"
    "TEL;type=CELL;type=VOICE;type=pref:651-555-0107\n"
    "item2.ADR;type=WORK;type=pref:;;1 Example Plaza\\nFloor 2;Saint Paul;Minnesota;55101;United States\n"
    "item2.X-ABADR:us\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\n"
    + "".join("  " + "Q" * 72 + "\n" for _ in range(3000))
    + "  Q=\n"  # base64's padding ends in '=', which is no quoted-printable soft line break here
    + "X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE:ABPerson\n"
    "END:VCARD\n"
)

OUTLOOK = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=en-us:Lef=C3=A8vre;Zo=C3=A9\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=A9 Lef=C3=A8vre\r\n"
    "ORG:Example Coalition\r\n"
    "TITLE:Coordinatrice\r\n"
    "TEL;WORK;VOICE:(555) 555-0100 x123\r\n"
    "TEL;HOME;VOICE:(555) 555-0199\r\n"
    "EMAIL;PREF;INTERNET:zoe@example.org\r\n"
    "ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;12 Rue d'Exemple;Montr=C3=A9al;=\r\n"
    "QC;H2X 1Y4;Canada\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Met at the=\r\n"
    " spring conference\r\n"
    "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2\r\n"
    "END:VCARD\r\n"
)

VERSION_4 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Lee Park\r\n"
    "ORG:Example Coalition\r\n"
    "EMAIL;TYPE=work;PREF=1:lee@example.org\r\n"
    "TEL;VALUE=uri;TYPE=fax:tel:+1-555-555-0101\r\n"
    "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+1-555-555-0100;ext=12\r\n"
    "UID:urn:uuid:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\r\n"
    "END:VCARD\r\n"
)


def people(result):
    return {p.name: (g, p) for g in result.campaign.groups for p in g.contacts}


def test_google_contacts_export_agrees_with_vobject():
    result = advocacy.read_vcard(GOOGLE)
    assert isinstance(result, advocacy.ImportResult)
    assert (result.campaign.id, result.campaign.title) == ("imported", "Contacts")
    found = people(result)
    for card in cards(GOOGLE):
        group, person = found[card.fn.value]
        assert person.email in ([""] + [e.value for e in card.contents.get("email", [])])
        assert person.phone == card.tel.value
    group, dana = found["Dana Reyes"]
    assert dana == Contact(name="Dana Reyes", role="Group coordinator", email="dana@example.org",
                           phone="(612) 555-0143")
    assert (group.id, group.name) == ("twin-cities-group-55", "Twin Cities Group 55")
    assert (group.location.locality, group.location.state, group.location.postal_code) == ("Minneapolis", "MN", "55405")
    assert found["Sam Okafor"][0].id == "unaffiliated"
    lines = [(w.line, w.text) for w in result.warnings]
    assert lines == [(1, "Dana Reyes"), (15, "Contacts without an organization")]
    assert "dana.reyes@example.com" in result.warnings[0].reason
    assert "dreyes@example.net" in result.warnings[0].reason
    assert '1 card without ORG: put in the group "unaffiliated"' in result.warnings[1].reason


def test_apple_contacts_export_skips_the_photo_without_a_word():
    result = advocacy.read_vcard(APPLE)
    assert result.warnings == ()
    (group,) = result.campaign.groups
    assert group.name == "River City Group 12, Letter writing team"
    assert list(group.location.address_lines) == ["1 Example Plaza", "Floor 2"]
    assert (group.location.state, group.location.country) == ("MN", "US")
    (card,) = cards(APPLE)
    (sam,) = group.contacts
    assert (sam.name, sam.email, sam.phone) == (card.fn.value, card.email.value, card.tel.value)


def test_outlook_2_1_quoted_printable():
    result = advocacy.read_vcard(OUTLOOK.encode("ascii"))
    (group,) = result.campaign.groups
    (zoe,) = group.contacts
    assert zoe == Contact(name="Zoé Lefèvre", role="Coordinatrice", email="zoe@example.org", phone="(555) 555-0100 x123")
    assert (group.location.locality, group.location.state, group.location.country) == ("Montréal", "QC", "CA")
    (warning,) = result.warnings
    assert (warning.line, warning.text) == (1, "Zoé Lefèvre")
    assert warning.reason.endswith('NOTE; TEL "(555) 555-0199"')
    # vobject does not join quoted-printable soft line breaks ("=" at a line's end): join them for it.
    (card,) = cards(OUTLOOK.replace("=\r\n", ""))
    assert [t.value for t in card.contents["tel"]] == ["(555) 555-0100 x123", "(555) 555-0199"]
    assert card.email.value == zoe.email


def test_version_4_tel_uris():
    result = advocacy.read_vcard(VERSION_4)
    (group,) = result.campaign.groups
    assert group.contacts[0] == Contact(name="Lee Park", email="lee@example.org", phone="+1-555-555-0100 x12")
    assert 'TEL "+1-555-555-0101"' in result.warnings[0].reason
    (card,) = cards(VERSION_4)
    assert card.fn.value == "Lee Park" and card.email.value == "lee@example.org"


def test_what_vobject_writes_is_read():
    written = []
    for name, org, email, phone in [("Kim Park", "Example Coalition", "kim@example.org", "555-0101"),
                                    ("Ana María Soto", "Example Coalition", "ana@example.org", "+1 612 555 0199"),
                                    ("Jo Smith, Jr.", "North; South", "", "555-0102")]:
        card = vobject.vCard()
        card.add("fn").value = name
        card.add("n").value = vobject.vcard.Name(family=name.split()[-1], given=name.split()[0])
        card.add("org").value = [org]
        if email:
            card.add("email").value = email
            card.email.type_param = "INTERNET"
        card.add("tel").value = phone
        card.tel.type_param = "WORK"
        written.append(card.serialize())
    text = "".join(written)
    result = advocacy.read_vcard(text)
    assert result.warnings == ()
    found = people(result)
    for card in cards(text):
        group, person = found[card.fn.value]
        assert group.name == card.org.value[0]
        assert person.email == (card.email.value if "email" in card.contents else "")
        assert person.phone == card.tel.value
    assert [g.name for g in result.campaign.groups] == ["Example Coalition", "North; South"]


def test_broken_cards_are_named_and_the_rest_imported():
    text = ("BEGIN:VCARD\nFN:Cut Off\n"
            "BEGIN:VCARD\nFN:Kim Park\nORG:Example Coalition\nEND:VCARD\n"
            "garbage\n"
            "BEGIN:VCARD\nNOTE:nobody\nEND:VCARD\n")
    result = advocacy.read_vcard(text)
    assert [p.name for g in result.campaign.groups for p in g.contacts] == ["Kim Park"]
    assert [w.line for w in result.warnings] == [1, 7, 8]
    assert "not closed by END:VCARD" in result.warnings[0].reason
    assert "outside a card" in result.warnings[1].reason
    assert "without FN, N, EMAIL or TEL" in result.warnings[2].reason
    empty = advocacy.read_vcard("")
    assert empty.campaign.groups == [] or len(empty.campaign.groups) == 0
    assert "no complete vCard" in empty.warnings[0].reason
    with pytest.raises(advocacy.ParseError):
        advocacy.read_vcard(b"BEGIN:VCARD\nFN:Caf\xe9\nEND:VCARD\n")
    with pytest.raises(TypeError):
        advocacy.read_vcard(12)


# ---- round trip --------------------------------------------------------------------------------

NAMES = ["Dana Reyes", "Sam Okafor", "Ana María Soto", "Lee", "Jo Smith, Jr."]
EMAILS = ["", "dana@example.org", "Dana@Example.org", "sam@example.com"]
PHONES = ["", "(612) 555-0143", "+44 20 7946 0958 x12", "555-0101"]
ROLES = ["", "Chair", "Treasurer; letters"]
PLACES = [Location(), Location(locality="Saint Paul", state="MN"),
          Location(address_lines=["1 Example Plaza", "Floor 2"], locality="Toronto", state="ON",
                   postal_code="M5V 2T6", country="CA")]

_contacts = st.builds(Contact, name=st.sampled_from(NAMES), role=st.sampled_from(ROLES),
                      email=st.sampled_from(EMAILS), phone=st.sampled_from(PHONES))


@st.composite
def contact_campaigns(draw):
    c = Campaign(id=draw(st.sampled_from(["a", "b"])), title="T")
    for i in range(draw(st.integers(1, 4))):
        c.add_group(Group(id=f"g{i}", name=f"Group {i}; Unit, {i}", location=draw(st.sampled_from(PLACES)),
                          contacts=draw(st.lists(_contacts, max_size=4))))
    return c


def comparable(person, version):
    """What a card gives back: a v4 tel: URI keeps a number's digits, not its punctuation."""
    if version == 4 and person.phone:
        digits = "".join(ch for ch in person.phone.split(" x")[0] if ch.isdigit() or ch == "+")
        if digits.startswith("+1") and len(digits) == 12:
            digits = digits[2:]  # a NANP number gets its +1 in the URI
        return (person.name, person.role, person.email, digits, "x" in person.phone)
    return (person.name, person.role, person.email, person.phone)


@settings(max_examples=150, deadline=None)
@given(contact_campaigns(), st.sampled_from([3, 4]))
def test_read_vcard_gives_back_every_contact_with_its_group(c, version):
    text = advocacy.to_vcard(c, version)
    result = advocacy.read_vcard(text)
    if any(g.contacts for g in c.groups):
        assert result.warnings == ()
    else:
        assert text == "" and "no complete vCard" in result.warnings[0].reason
    read = {g.name: g for g in result.campaign.groups}
    for g in c.groups:
        if not g.contacts:
            assert g.name not in read
            continue
        back = read[g.name]
        assert sorted(comparable(p, version) for p in back.contacts) == sorted(comparable(p, version) for p in g.contacts)
        has_address = bool(g.location.address_lines or g.location.locality)
        assert back.location == (g.location if has_address else Location())
    # One card per person: the same name and email, or name and phone digits without an email.
    def key(p):
        return (p.name, p.email.lower()) if p.email else (p.name, "", "".join(ch for ch in p.phone if ch.isdigit()))
    persons = {key(p) for g in c.groups for p in g.contacts}
    assert text.count("BEGIN:VCARD") == len(persons)
    assert len(set(line for line in text.split("\r\n") if line.startswith("UID:"))) == len(persons)
    assert advocacy.to_vcard(c, version) == text
