# SPDX-License-Identifier: MIT
import datetime
import json

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
                region="MA",
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
            location=Location(locality="Los Angeles", region="CA"),
        )
    )
    c.add_group(
        Group(
            id="la-3",
            name="Los Angeles Group 3",
            location=Location(locality="Los Angeles", region="CA"),
            contacts=[
                Contact(name="Ana de la Cruz", role="Chair", email="ana@example.org", phone="(213) 555-0111"),
                Contact(name="Lee", email="lee@example.com"),
            ],
        )
    )
    return c


def test_shape_and_field_names():
    doc = advocacy.to_osdi(campaign())
    assert list(doc) == ["osdi:advocacy_campaigns", "osdi:events", "osdi:people"]
    assert doc["osdi:advocacy_campaigns"] == [
        {
            "identifiers": ["advocacy:push-2015"],
            "origin_system": "advocacy",
            "name": "push-2015",
            "title": "Autumn push",
            "description": "Five conferences.",
        }
    ]
    one_day, three_days = doc["osdi:events"]
    assert one_day == {
        "identifiers": ["advocacy:northeast-2015"],
        "origin_system": "advocacy",
        "name": "northeast-2015",
        "title": "Northeast Regional Conference",
        "browser_url": "https://example.org/ne",
        "start_date": "2015-11-07T00:00:00",
        "end_date": "2015-11-07T23:59:59",
        "all_day": True,
        "all_day_date": "2015-11-07",
        "location": {
            "venue": "Civic Hall",
            "address_lines": ["1 Example Plaza"],
            "locality": "Boston",
            "region": "MA",
            "postal_code": "02108",
            "country": "US",
        },
        "time_zone": "America/New_York",
    }
    assert three_days["start_date"] == "2015-11-20T00:00:00"
    assert three_days["end_date"] == "2015-11-22T23:59:59"
    assert "all_day_date" not in three_days
    assert three_days["location"] == {"locality": "Los Angeles", "region": "CA", "country": "US"}


def test_people():
    ana, lee = advocacy.to_osdi(campaign())["osdi:people"]
    assert ana["identifiers"] == ["advocacy:la-3/contacts/0"]
    assert (ana["given_name"], ana["family_name"]) == ("Ana de la", "Cruz")
    assert ana["email_addresses"] == [{"address": "ana@example.org", "primary": True}]
    assert ana["phone_numbers"] == [{"number": "12135550111", "primary": True}]
    assert ana["custom_fields"] == {"group_id": "la-3", "group_name": "Los Angeles Group 3", "role": "Chair"}
    assert lee["given_name"] == "Lee"
    assert "family_name" not in lee
    assert "phone_numbers" not in lee


def test_sample_campaign_exports():
    sample = advocacy.sample_campaign()
    doc = advocacy.to_osdi(sample)
    assert [e["name"] for e in doc["osdi:events"]] == [c.id for c in sample.conferences]
    assert [e["title"] for e in doc["osdi:events"]] == [c.name for c in sample.conferences]
    assert len(doc["osdi:people"]) == sum(len(g.contacts) for g in sample.groups)
    for event in doc["osdi:events"]:
        assert event["all_day"] is True
        assert D.fromisoformat(event["start_date"][:10]) <= D.fromisoformat(event["end_date"][:10])
    # A plain dict of JSON types: it serializes again unchanged.
    assert json.loads(json.dumps(doc)) == doc


def test_timed_events_carry_times_and_offsets():
    c = Campaign(id="t", title="T")
    for cid, place in [("zoned", Location(locality="Chicago", region="IL", time_zone="America/Chicago")),
                       ("utc", Location(time_zone="UTC")), ("floating", Location())]:
        c.add_conference(Conference(id=cid, name=cid, dates=DateRange(D(2015, 11, 13), D(2015, 11, 14)),
                                    location=place, start_time=datetime.time(19), end_time=datetime.time(0, 30)))
    zoned, utc, floating = advocacy.to_osdi(c)["osdi:events"]
    assert (zoned["start_date"], zoned["end_date"]) == ("2015-11-13T19:00:00-06:00", "2015-11-14T00:30:00-06:00")
    assert zoned["all_day"] is False and "all_day_date" not in zoned
    assert (utc["start_date"], utc["end_date"]) == ("2015-11-13T19:00:00Z", "2015-11-14T00:30:00Z")
    assert (floating["start_date"], floating["end_date"]) == ("2015-11-13T19:00:00", "2015-11-14T00:30:00")
    assert "time_zone" not in floating


def test_sessions_go_in_a_custom_field():
    c = advocacy.Campaign(id="x", title="X")
    c.add_conference(advocacy.Conference(
        id="clinic", name="Policy Clinic", dates=advocacy.DateRange(datetime.date(2026, 6, 12), datetime.date(2026, 6, 16)),
        sessions=advocacy.parse_days("June 12 & 16, 2026")))
    (event,) = advocacy.to_osdi(c)["osdi:events"]
    assert (event["start_date"], event["end_date"]) == ("2026-06-12T00:00:00", "2026-06-16T23:59:59")
    assert event["custom_fields"] == {"sessions": "2026-06-12, 2026-06-16"}
