# SPDX-License-Identifier: MIT
import datetime
import json
import pathlib

import pytest

import advocacy
from advocacy import Campaign, Conference, Contact, DateRange, Group, Location

D = datetime.date


def campaign():
    c = Campaign(id="push-2015", title="Autumn push", summary="Five conferences.")
    c.add_conference(
        Conference(
            id="northeast-2015",
            name="Northeast Regional Conference",
            dates=DateRange(D(2015, 11, 7), D(2015, 11, 7)),
            location=Location(
                venue="Civic Hall",
                address_lines=["1 Example Plaza"],
                locality="Boston",
                state="MA",
                postal_code="02108",
                time_zone="America/New_York",
            ),
            registration_url="https://example.org/ne",
        )
    )
    c.add_conference(
        Conference(
            id="western-2015",
            name="Western Regional Conference",
            dates=DateRange(D(2015, 11, 20), D(2015, 11, 22)),
            location=Location(locality="Los Angeles", state="CA"),
        )
    )
    c.add_group(
        Group(
            id="la-3",
            name="Los Angeles Group 3",
            location=Location(locality="Los Angeles", state="CA"),
            contacts=[
                Contact(name="Ana de la Cruz", role="Chair", email="ana@example.org", phone="(213) 555-0111"),
                Contact(name="Lee", email="lee@example.com"),
            ],
        )
    )
    return c


def embedded(doc):
    return doc["_embedded"]


def test_a_hal_document_with_links_and_embedded_collections():
    doc = advocacy.to_osdi(campaign())
    assert list(doc) == ["_links", "_embedded"]
    assert doc["_links"] == {
        "self": {"href": "advocacy:push-2015"},
        "curies": [{"name": "osdi", "href": "https://opensupporter.github.io/osdi-docs/{rel}.html", "templated": True}],
    }
    assert list(embedded(doc)) == ["osdi:advocacy_campaigns", "osdi:events", "osdi:people"]
    assert embedded(doc)["osdi:advocacy_campaigns"] == [
        {
            "identifiers": ["advocacy:push-2015"],
            "origin_system": "advocacy",
            "name": "push-2015",
            "title": "Autumn push",
            "summary": "Five conferences.",
            "_links": {"self": {"href": "advocacy:push-2015"}},
        }
    ]


def test_events_have_osdi_fields():
    c = campaign()
    c.organization = "Example Org"
    one_day, three_days = embedded(advocacy.to_osdi(c))["osdi:events"]
    assert one_day == {
        "identifiers": ["advocacy:northeast-2015"],
        "origin_system": "advocacy",
        "name": "northeast-2015",
        "title": "Northeast Regional Conference",
        "browser_url": "https://example.org/ne",
        "type": "open",
        "status": "confirmed",
        "start_date": "2015-11-07T00:00:00Z",
        "end_date": "2015-11-07T23:59:59Z",
        "all_day_date": "2015-11-07",
        "all_day": True,
        "timezone_identifier": "America/New_York",
        "visibility": "public",
        "location": {
            "venue": "Civic Hall",
            "address_lines": ["1 Example Plaza"],
            "locality": "Boston",
            "region": "MA",
            "postal_code": "02108",
            "country": "US",
        },
        "contact": {"name": "Example Org"},
        "_links": {"self": {"href": "advocacy:northeast-2015"}},
    }
    assert "time_zone" not in one_day
    assert three_days["start_date"] == "2015-11-20T00:00:00Z"
    assert three_days["end_date"] == "2015-11-22T23:59:59Z"
    assert "all_day_date" not in three_days and "timezone_identifier" not in three_days
    assert three_days["location"] == {"locality": "Los Angeles", "region": "CA", "country": "US"}


def test_people():
    ana, lee = embedded(advocacy.to_osdi(campaign()))["osdi:people"]
    assert ana["identifiers"] == ["advocacy:la-3/contacts/0"]
    assert (ana["given_name"], ana["family_name"]) == ("Ana de la", "Cruz")
    assert ana["email_addresses"] == [{"primary": True, "address": "ana@example.org", "address_type": "work"}]
    assert ana["phone_numbers"] == [{"primary": True, "number": "12135550111", "number_type": "Work"}]
    assert ana["custom_fields"] == {"group_id": "la-3", "group_name": "Los Angeles Group 3", "role": "Chair"}
    assert lee["given_name"] == "Lee"
    assert "family_name" not in lee
    assert "phone_numbers" not in lee


def test_actions_are_advocacy_campaigns_with_targets_and_templates():
    c = advocacy.sample_campaign()
    c.add_action(advocacy.Action(id="call-senator", kind="call", title="Call the senator",
                                 target=advocacy.ActionTarget(kind="official", name="Senator Jane Doe"),
                                 talking_points=["Thank her for her vote."]))
    campaigns = embedded(advocacy.to_osdi(c))["osdi:advocacy_campaigns"]
    assert [x["name"] for x in campaigns] == [c.id] + [a.id for a in c.actions]
    assert "summary" in campaigns[0] and "type" not in campaigns[0]
    letter, meet, attend, call = campaigns[1:]
    assert letter["identifiers"] == ["advocacy:actions/write-local-group"]
    assert letter["type"] == "postal mail"
    assert letter["templates"] == list(c.action("write-local-group").talking_points)
    assert letter["targets"] == [{"organization": "Your local group", "advocacy:target_kind": "group"}]
    assert meet["type"] == "in-person"
    assert attend["type"] == "attend_conference"  # no OSDI word: the model's name
    assert attend["targets"] == [{"organization": "Amnesty International USA", "advocacy:target_kind": "organization"}]
    assert call["type"] == "phone"
    assert call["targets"] == [{"title": "Senator Jane Doe", "advocacy:target_kind": "official"}]
    assert call["templates"] == ["Thank her for her vote."]


def test_sample_campaign_exports():
    sample = advocacy.sample_campaign()
    doc = advocacy.to_osdi(sample)
    events = embedded(doc)["osdi:events"]
    assert [e["name"] for e in events] == [c.id for c in sample.conferences]
    assert [e["title"] for e in events] == [c.name for c in sample.conferences]
    assert len(embedded(doc)["osdi:people"]) == sum(len(g.contacts) for g in sample.groups)
    for event in events:
        assert event["all_day"] is True
        assert D.fromisoformat(event["start_date"][:10]) <= D.fromisoformat(event["end_date"][:10])
    # A plain dict of JSON types: it serializes again unchanged.
    assert json.loads(json.dumps(doc)) == doc


def test_timed_events_carry_times_and_offsets():
    c = Campaign(id="t", title="T")
    for cid, place in [("zoned", Location(locality="Chicago", state="IL", time_zone="America/Chicago")),
                       ("utc", Location(time_zone="UTC")), ("floating", Location())]:
        c.add_conference(Conference(id=cid, name=cid, dates=DateRange(D(2015, 11, 13), D(2015, 11, 14)),
                                    location=place, start_time=datetime.time(19), end_time=datetime.time(0, 30)))
    zoned, utc, floating = embedded(advocacy.to_osdi(c))["osdi:events"]
    assert (zoned["start_date"], zoned["end_date"]) == ("2015-11-13T19:00:00-06:00", "2015-11-14T00:30:00-06:00")
    assert zoned["all_day"] is False and "all_day_date" not in zoned
    assert (utc["start_date"], utc["end_date"]) == ("2015-11-13T19:00:00Z", "2015-11-14T00:30:00Z")
    assert (floating["start_date"], floating["end_date"]) == ("2015-11-13T19:00:00", "2015-11-14T00:30:00")
    assert zoned["timezone_identifier"] == "America/Chicago" and utc["timezone_identifier"] == "UTC"
    assert "timezone_identifier" not in floating


def test_sessions_go_in_a_custom_field():
    c = advocacy.Campaign(id="x", title="X")
    c.add_conference(advocacy.Conference(
        id="clinic", name="Policy Clinic", dates=advocacy.DateRange(datetime.date(2026, 6, 12), datetime.date(2026, 6, 16)),
        sessions=advocacy.parse_days("June 12 & 16, 2026")))
    (event,) = embedded(advocacy.to_osdi(c))["osdi:events"]
    assert (event["start_date"], event["end_date"]) == ("2026-06-12T00:00:00Z", "2026-06-16T23:59:59Z")
    assert event["custom_fields"] == {"sessions": "2026-06-12, 2026-06-16"}


# ---- reading -----------------------------------------------------------------------------------

DATA = pathlib.Path(__file__).parent.parent / "data" / "osdi"


def osdi_phone(phone, country="US"):
    """The phone as OSDI brings it back: + and the digits with the country code, then ' x' and the extension."""
    if not phone:
        return ""
    main, _, extension = phone.lower().partition("x")
    digits = "".join(ch for ch in main if ch.isdigit())
    if not main.strip().startswith("+") and len(digits) == 10 and country in ("US", "CA"):
        digits = "1" + digits
    out = "+" + digits if len(digits) > 10 else digits
    extension = "".join(ch for ch in extension if ch.isdigit())
    return out + (" x" + extension if extension else "")


def carried_by_osdi(c):
    """The campaign's dict without what OSDI cannot carry (docs/formats.md, "OSDI")."""
    d = c.to_dict()
    d["milestones"] = []
    d["regions"] = {}
    if not d["conferences"]:
        d["organization"] = ""
    for action in d["actions"]:
        action["window"] = None
        action["related_conferences"] = []
    groups = []
    for g in d["groups"]:
        if not g["contacts"]:
            continue
        country = g["place"]["country"]
        fresh = advocacy.Group(id=g["id"], name=g["name"]).to_dict()
        fresh["region"] = g["region"]
        fresh["contacts"] = [dict(person, phone=osdi_phone(person["phone"], country)) for person in g["contacts"]]
        groups.append(fresh)
    d["groups"] = groups
    return d


def test_the_sample_campaign_comes_back_in_every_field_osdi_carries():
    sample = advocacy.sample_campaign()
    result = advocacy.read_osdi(json.dumps(advocacy.to_osdi(sample)))
    assert isinstance(result, advocacy.ImportResult)
    assert result.warnings == ()
    assert result.campaign.to_dict() == carried_by_osdi(sample)
    assert result.campaign == Campaign.from_dict(carried_by_osdi(sample))
    assert result.campaign.organization == "Amnesty International USA"
    assert list(result.campaign.conferences) == list(sample.conferences)


def test_round_trip_of_times_targets_and_kinds():
    c = Campaign(id="x", title="X", summary="S", organization="Org")
    c.add_conference(Conference(id="zoned", name="Zoned", dates=DateRange(D(2015, 11, 13), D(2015, 11, 14)),
                                location=Location(locality="Chicago", state="IL", time_zone="America/Chicago"),
                                start_time=datetime.time(19), end_time=datetime.time(0, 30)))
    for kind in ["letter", "call", "email", "petition", "attend_meeting", "attend_conference", "other"]:
        c.add_action(advocacy.Action(id=kind, kind=kind, title=kind.title(), talking_points=["Say it."],
                                     target=advocacy.ActionTarget(kind="organization", name="Council")))
    assert advocacy.read_osdi(json.dumps(advocacy.to_osdi(c))).campaign == c


def test_an_events_page_as_osdi_servers_return_it():
    result = advocacy.read_osdi((DATA / "events_page.json").read_text(), campaign_id="an", campaign_title="From AN")
    c = result.campaign
    assert (c.id, c.title) == ("an", "From AN")
    rally, day = c.conferences
    assert rally.id == "d91b4b2e-ae0e-4cd3-9ed7-d0ec501b0bc3"
    assert rally.name == "Rally for Justice"
    assert rally.dates == DateRange(D(2015, 3, 14), D(2015, 3, 14))
    assert (rally.start_time, rally.end_time) == (datetime.time(12), datetime.time(14))
    assert rally.location.time_zone == "UTC"
    assert (rally.location.venue, rally.location.locality, rally.location.state) == ("Lafayette Square", "Washington", "DC")
    assert rally.registration_url == "https://osdi.example.org/events/rally-for-justice"
    assert day.dates == DateRange(D(2015, 4, 2), D(2015, 4, 2)) and day.start_time is None
    assert day.location.time_zone == "America/New_York"
    (warning,) = result.warnings
    assert (warning.line, warning.text) == (3, "House Party for Progress")
    assert warning.reason.startswith("osdi:events[2]: ") and "start_date" in warning.reason


def test_a_people_page_accounts_for_every_person():
    result = advocacy.read_osdi((DATA / "people_page.json").read_bytes())
    (g,) = result.campaign.groups
    assert [p.name for p in g.contacts] == ["Edward Doe", "Jane Roe"]
    edward = g.contacts[0]
    assert (edward.email, edward.phone) == ("edward.doe@example.org", "+12025550132 x245")
    assert [(w.line, w.text) for w in result.warnings] == [(1, "Edward Doe"), (3, "")]
    assert "1 more email_addresses left out" in result.warnings[0].reason
    assert "email" in result.warnings[1].reason


def test_bad_json_is_a_parse_error_with_line_and_column():
    with pytest.raises(advocacy.ParseError) as caught:
        advocacy.read_osdi('{\n  "_embedded": {\n    "osdi:events": [1,]\n  }\n}\n')
    assert caught.value.line == 3
    assert caught.value.reason.startswith("invalid JSON")
    with pytest.raises(advocacy.ParseError, match="not an OSDI document"):
        advocacy.read_osdi(advocacy.sample_campaign().to_json())


def test_advocacy_campaigns_of_other_systems_become_actions():
    page = {
        "total_pages": 1,
        "_links": {"self": {"href": "https://osdi.example.org/api/v2/advocacy_campaigns"}},
        "_embedded": {"osdi:advocacy_campaigns": [
            {"identifiers": ["osdi_sample_system:d91b4b2e"], "title": "Tell Congress to pass the bill",
             "summary": "Email your member of Congress.", "target_universe": "U.S. Congress", "type": "email"},
            {"title": "Write the senator", "type": "postal mail", "templates": ["Dear Senator,"],
             "targets": [{"title": "Senator", "given_name": "Jennifer", "family_name": "Larson",
                          "organization": "U.S. Senate"}]},
        ]},
    }
    result = advocacy.read_osdi(json.dumps(page))
    email, letter = result.campaign.actions
    assert (email.id, email.kind, email.description) == ("d91b4b2e", "email", "Email your member of Congress.")
    assert email.target == advocacy.ActionTarget(kind="organization", name="U.S. Congress")
    assert (letter.id, letter.kind, letter.talking_points) == ("write-the-senator", "letter", ("Dear Senator,",))
    assert letter.target == advocacy.ActionTarget(kind="official", name="Senator Jennifer Larson")
    assert result.warnings == ()


def test_an_unknown_time_zone_is_a_warning():
    page = {"osdi:events": [{"title": "On Mars", "start_date": "2015-03-14T12:00:00Z",
                             "end_date": "2015-03-14T14:00:00Z", "timezone_identifier": "Mars/Olympus"}]}
    result = advocacy.read_osdi(json.dumps(page))
    assert list(result.campaign.conferences) == []
    (warning,) = result.warnings
    assert (warning.line, warning.text) == (1, "On Mars")
    assert "Mars/Olympus" in warning.reason

