# SPDX-License-Identifier: MIT
"""vCards: what address books read back from advocacy.to_vcard()."""
import pytest
import vobject

import advocacy
from advocacy import Campaign, Contact, Group, Location


def twin_cities():
    return Group(
        id="twin-cities-55",
        name="Twin Cities Group 55",
        location=Location(address_lines=["2400 Example Ave S"], locality="Minneapolis",
                          region="MN", postal_code="55405"),
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
                      location=Location(locality="Saint Paul", region="MN"),
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
        assert adr.region == group.location.region
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
        "UID:urn:uuid:eb129bdc-be58-8a53-a79c-8d208c4cf1a2",
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
