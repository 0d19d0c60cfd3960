# SPDX-License-Identifier: MIT
import datetime
import json
import os
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import advocacy
from advocacy import (
    Action,
    ActionTarget,
    Campaign,
    Conference,
    Contact,
    DateRange,
    Group,
    Location,
    MeetingSchedule,
    RegionMap,
)

D = datetime.date


def small_campaign():
    c = Campaign(id="push-2015", title="Autumn push", summary="Letters and conferences.")
    c.set_regions(RegionMap({"Mid Atlantic": ["MD", "DC"]}))
    c.add_conference(
        Conference(
            id="mid-atlantic-2015",
            name="Mid Atlantic Regional Conference",
            dates=DateRange(D(2015, 11, 13), D(2015, 11, 15)),
            location=Location(locality="Baltimore", state="MD", time_zone="America/New_York"),
            region="Mid Atlantic",
        )
    )
    c.add_group(
        Group(
            id="campus-12",
            name="Campus Group 12",
            kind="student",
            location=Location(locality="Baltimore", state="MD"),
            contacts=[Contact(name="Dana Reyes", email="dana@example.org", phone="(410) 555-0123")],
            meetings=MeetingSchedule.monthly_on_weekday(
                2, 1, datetime.time(19, 0), datetime.timedelta(minutes=90), "America/New_York"
            ).with_skipped([D(2015, 12, 8)]),
        )
    )
    c.add_action(
        Action(
            id="attend",
            kind="attend_conference",
            title="Attend your regional conference",
            related_conferences=["mid-atlantic-2015"],
            window=DateRange(D(2015, 8, 11), D(2015, 11, 15)),
        )
    )
    c.add_milestone(D(2015, 8, 11), "The vote")
    return c


def test_to_json_is_a_document_with_schema_version():
    c = small_campaign()
    text = c.to_json()
    doc = json.loads(text)
    assert list(doc)[:3] == ["schema_version", "id", "title"]
    # Version 1 while no conference has times: older readers lose nothing.
    assert doc["schema_version"] == 1 and advocacy.json_schema_version == 5
    assert "start_time" not in doc["conferences"][0]
    assert doc["conferences"][0]["dates"] == {"first": "2015-11-13", "last": "2015-11-15"}
    meetings = doc["groups"][0]["meetings"]
    assert meetings["kind"] == "monthly_by_weekday"
    assert meetings["nth"] == 2
    assert meetings["weekday"] == "tuesday"
    assert meetings["start"] == "19:00"
    assert meetings["duration_minutes"] == 90
    assert meetings["skipped"] == ["2015-12-08"]
    assert meetings["rrule"] == "FREQ=MONTHLY;BYDAY=2TU"
    assert doc["actions"][0]["window"] == {"first": "2015-08-11", "last": "2015-11-15"}
    assert doc["regions"] == {"Mid Atlantic": ["DC", "MD"]}
    assert text.startswith('{\n  "schema_version": 1,\n  "id": "push-2015",\n')


def test_round_trip_small_and_sample():
    c = small_campaign()
    assert Campaign.from_json(c.to_json()) == c
    sample = advocacy.sample_campaign()
    back = Campaign.from_json(sample.to_json())
    assert back == sample
    assert back.to_json() == sample.to_json()


def test_save_and_load_with_str_and_pathlike(tmp_path):
    c = small_campaign()
    target = tmp_path / "campaign.json"
    advocacy.save(c, target)
    assert advocacy.load(target) == c
    assert advocacy.load(str(target)) == c
    assert target.read_text(encoding="utf-8") == c.to_json()
    advocacy.save(advocacy.sample_campaign(), str(target))
    assert advocacy.load(target) == advocacy.sample_campaign()
    assert os.listdir(tmp_path) == ["campaign.json"]


def test_failed_save_leaves_the_folder_unchanged(tmp_path):
    (tmp_path / "keep.json").write_text("old", encoding="utf-8")
    with pytest.raises(advocacy.FileError) as info:
        advocacy.save(small_campaign(), tmp_path / "missing" / "c.json")
    assert isinstance(info.value, OSError)
    assert isinstance(info.value, advocacy.Error)
    assert info.value.path == str(tmp_path / "missing" / "c.json")
    assert info.value.reason == "No such file or directory"
    (tmp_path / "folder").mkdir()
    with pytest.raises(advocacy.FileError) as in_the_way:
        advocacy.save(small_campaign(), tmp_path / "folder")
    assert in_the_way.value.reason == "Is a directory"
    assert sorted(os.listdir(tmp_path)) == ["folder", "keep.json"]
    assert os.listdir(tmp_path / "folder") == []
    assert (tmp_path / "keep.json").read_text(encoding="utf-8") == "old"


def test_load_errors(tmp_path):
    with pytest.raises(advocacy.FileError) as info:
        advocacy.load(tmp_path / "absent.json")
    assert isinstance(info.value, OSError)
    assert info.value.reason == "No such file or directory"
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "schema_version": 1,\n  "id": "x",\n  "title" "X"\n}\n', encoding="utf-8")
    with pytest.raises(advocacy.ParseError) as parse:
        advocacy.load(pathlib.Path(broken))
    assert isinstance(parse.value, ValueError)
    assert parse.value.line == 4
    assert parse.value.text == '  "title" "X"'
    assert parse.value.position == 12
    assert parse.value.reason.startswith("invalid JSON: syntax error while parsing object separator")


def test_semantic_error_names_pointer_and_line():
    text = small_campaign().to_json().replace('"first": "2015-11-13"', '"first": "2015-11-31"')
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(text)
    assert info.value.reason == '/conferences/0/dates/first: "2015-11-31": November has 30 days'
    lines = text.split("\n")
    assert lines[info.value.line - 1] == info.value.text == '        "first": "2015-11-31",'
    assert info.value.text[info.value.position :].startswith('"2015-11-31"')


def test_newer_schema_and_unknown_fields():
    doc = json.loads(small_campaign().to_json())
    doc["extra"] = {"anything": [1, 2, 3]}
    doc["conferences"][0]["colour"] = "green"
    assert Campaign.from_json(json.dumps(doc)) == small_campaign()
    doc["schema_version"] = 6
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(json.dumps(doc))
    assert info.value.reason == "schema_version 6 is newer than this library reads (5)"


def test_conference_times_are_schema_version_2():
    doc = json.loads(small_campaign().to_json())
    doc["conferences"][0].update(start_time="09:00", end_time="17:30")
    c = Campaign.from_json(json.dumps(doc))
    assert (c.conferences[0].start_time, c.conferences[0].end_time) == (datetime.time(9), datetime.time(17, 30))
    doc = json.loads(c.to_json())
    assert doc["schema_version"] == 2
    assert (doc["conferences"][0]["start_time"], doc["conferences"][0]["end_time"]) == ("09:00", "17:30")
    assert list(doc["conferences"][0])[:5] == ["id", "name", "dates", "start_time", "end_time"]
    assert Campaign.from_json(c.to_json()) == c
    for key, value, reason in [
        ("start_time", "9:00", '/conferences/0/start_time: "9:00": expected a 24-hour time HH:MM, as in "19:00"'),
        ("end_time", "24:00", '/conferences/0/end_time: "24:00": expected a time from 00:00 to 23:59'),
        ("end_time", 1730, "/conferences/0/end_time: expected a string, got a number"),
    ]:
        bad = json.loads(c.to_json())
        bad["conferences"][0][key] = value
        with pytest.raises(advocacy.ParseError) as info:
            Campaign.from_json(json.dumps(bad))
        assert info.value.reason == reason
    del doc["conferences"][0]["end_time"]
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(json.dumps(doc))
    assert info.value.reason.startswith('/conferences/0: conference "mid-atlantic-2015": end_time: required with start')


def test_model_errors_carry_the_object_pointer():
    doc = json.loads(small_campaign().to_json())
    doc["actions"][0]["related_conferences"] = ["nowhere"]
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(json.dumps(doc))
    assert info.value.reason.startswith('/actions/0: action "attend": related_conferences[0]')


# ---- generated campaigns --------------------------------------------------------------------

# Text without line breaks or surrogates (which cannot be UTF-8), for names and titles.
line_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(lambda s: s.strip() == s and s != "")
free_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
days = st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31))
zones = st.sampled_from(["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Berlin", "UTC"])
states = ["MD", "DC", "VA", "MN", "IL", "CA", "TX", "FL"]


@st.composite
def date_ranges(draw):
    first = draw(days)
    return DateRange(first, first + datetime.timedelta(days=draw(st.integers(0, 10))))


clock_times = st.builds(datetime.time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def conference_times(draw):
    start, end = sorted([draw(clock_times), draw(clock_times)])  # ordered: fits a one-day event too
    return {"start_time": start, "end_time": end}


@st.composite
def schedules(draw):
    start = datetime.time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45])))
    duration = datetime.timedelta(minutes=draw(st.integers(15, 240)))
    zone = draw(zones)
    kind = draw(st.sampled_from(["weekly", "nth", "day"]))
    if kind == "weekly":
        s = MeetingSchedule.weekly(draw(st.integers(0, 6)), start, duration, zone, draw(st.integers(1, 4)))
    elif kind == "nth":
        s = MeetingSchedule.monthly_on_weekday(
            draw(st.sampled_from([1, 2, 3, 4, 5, -1])), draw(st.integers(0, 6)), start, duration, zone
        )
    else:
        s = MeetingSchedule.monthly_on_day(draw(st.integers(1, 31)), start, duration, zone)
    if draw(st.booleans()):
        s = s.with_effective(draw(date_ranges()))
    return s.with_skipped(draw(st.lists(days, max_size=3)))


@st.composite
def campaigns(draw):
    c = Campaign(id="gen", title=draw(line_text), summary=draw(free_text), organization=draw(free_text))
    use_regions = draw(st.booleans())
    if use_regions:
        c.set_regions(RegionMap({"East": ["MD", "DC", "VA", "FL"], "West": ["CA", "MN", "IL", "TX"]}))
    region_of = {"MD": "East", "DC": "East", "VA": "East", "FL": "East"}
    conference_ids = []
    for i in range(draw(st.integers(0, 4))):
        state = draw(st.sampled_from(states))
        cid = f"conf-{i}"
        c.add_conference(
            Conference(
                id=cid,
                name=draw(line_text),
                dates=draw(date_ranges()),
                location=Location(
                    venue=draw(st.sampled_from(["", "Hall"])),
                    address_lines=draw(st.lists(line_text, max_size=2)),
                    locality=draw(line_text),
                    state=state,
                    postal_code=draw(st.sampled_from(["", "21201"])),
                    time_zone=draw(st.sampled_from(["", "America/New_York"])),
                    online=draw(st.sampled_from(["", "online", "https://zoom.us/j/123"])),
                ),
                region=region_of.get(state, "West") if use_regions else draw(st.sampled_from(["", "Somewhere"])),
                registration_url=draw(st.sampled_from(["", "https://example.org/r"])),
                description=draw(free_text),
                **draw(st.none().map(lambda _: {}) | conference_times()),
            )
        )
        conference_ids.append(cid)
    for i in range(draw(st.integers(0, 4))):
        state = draw(st.sampled_from(states))
        contacts = [
            Contact(
                name=draw(line_text),
                role=draw(st.sampled_from(["", "Coordinator"])),
                email=f"person{i}{k}@example.org",
                phone=f"(612) 555-01{k:02d}",
            )
            for k in range(draw(st.integers(0, 2)))
        ]
        c.add_group(
            Group(
                id=f"group-{i}",
                name=draw(line_text),
                kind=draw(st.sampled_from(["local", "student", "regional_office", "national_office", "other"])),
                location=Location(locality=draw(line_text), state=state,
                                  online=draw(st.sampled_from(["", "online"]))),
                region=region_of.get(state, "West") if use_regions else "",
                contacts=contacts,
                meetings=draw(st.none() | schedules()),
                website=draw(st.sampled_from(["", "https://example.org/g"])),
            )
        )
    kinds = ["letter", "attend_meeting", "attend_conference", "petition", "call", "email", "other"]
    for i in range(draw(st.integers(0, 3))):
        target_kind = draw(st.sampled_from(["group", "official", "organization"]))
        c.add_action(
            Action(
                id=f"action-{i}",
                kind=draw(st.sampled_from(kinds)),
                title=draw(line_text),
                description=draw(free_text),
                target=ActionTarget(kind=target_kind, name="" if target_kind == "group" else "Someone"),
                window=draw(st.none() | date_ranges()),
                related_conferences=draw(st.lists(st.sampled_from(conference_ids), unique=True))
                if conference_ids
                else [],
                talking_points=draw(st.lists(line_text, max_size=3)),
            )
        )
    for _ in range(draw(st.integers(0, 3))):
        c.add_milestone(draw(days), draw(line_text))
    return c


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_generated_campaigns_round_trip(c):
    text = c.to_json()
    back = Campaign.from_json(text)
    assert back == c
    assert back.to_json() == text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_every_part_of_generated_campaigns_reprs_to_an_equal_value(rebuild, c):
    # Free text (quotes, backslashes, any non-surrogate character) through every value's repr.
    parts = [*c.conferences, *c.groups, *c.actions, *c.milestones, c.regions]
    parts += [x for g in c.groups for x in (g.location, *g.contacts, g.meetings) if x is not None]
    parts += [x for a in c.actions for x in (a.target, a.window) if x is not None]
    parts += c.next_meetings(DateRange(D(2015, 10, 25), D(2015, 11, 7)))  # across a change of clocks
    for part in parts:
        assert rebuild(part) == part


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_to_json_has_the_shape_of_python_json(c):
    # The document is written straight into its text, in the shape of a JSON tree dumped with a
    # 2-space indent: the shape Python's json gives with UTF-8 kept as it is.
    text = c.to_json()
    assert json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n" == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_documents_written_by_other_writers_read_the_same(c):
    doc = json.loads(c.to_json())
    # Compact with \u escapes for everything outside ASCII, keys sorted, or spread out.
    for text in (json.dumps(doc), json.dumps(doc, sort_keys=True), json.dumps(doc, indent="\t", separators=(" ,", " : "))):
        assert Campaign.from_json(text) == c


def test_control_characters_are_escaped_as_python_json_escapes_them():
    c = Campaign(id="x", title="X", summary="".join(map(chr, range(1, 32))) + '\x7f "q" \\ / é 😀 \u2028')
    text = c.to_json()
    assert '"summary": "\\u0001\\u0002' in text and "\\b\\t\\n\\u000b\\f\\r" in text
    assert json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n" == text
    assert Campaign.from_json(text) == c


HEAD = '{"schema_version": 1, "id": "x", "title": "X", '


def test_duplicate_keys_are_refused_naming_the_key_and_pointer():
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json('{"schema_version": 1, "id": "x", "title": "X", "title": "Y"}')
    assert info.value.reason == '/title: duplicate key "title": a key may appear once in an object'
    text = HEAD + '"conferences": [{"id": "a", "name": "A",\n"dates": {"first": "2015-11-07", "first": "2015-11-08", "last": "2015-11-09"}}]}'
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(text)
    assert info.value.reason.startswith('/conferences/0/dates/first: duplicate key "first"')
    assert info.value.line == 2


def test_a_whole_number_beyond_64_bits_is_out_of_range_not_fractional():
    text = HEAD + (
        '"groups": [{"id": "g", "name": "G", "meetings": {"kind": "monthly_by_day", '
        '"day_of_month": 99999999999999999999, "start": "19:00", "duration_minutes": 60, "time_zone": "UTC"}}]}'
    )
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(text)
    assert info.value.reason.endswith("out of range")
    assert "fractional" not in info.value.reason


@pytest.mark.parametrize("year", ["0000", "0999"])
def test_years_before_1000_are_refused(year):
    text = small_campaign().to_json().replace('"first": "2015-11-13"', f'"first": "{year}-11-13"')
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(text)
    assert info.value.reason == f'/conferences/0/dates/first: "{year}-11-13": year must be between 1000 and 9999'


def test_a_leading_byte_order_mark_is_skipped():
    c = small_campaign()
    assert Campaign.from_json("\ufeff" + c.to_json()) == c


def test_an_online_place_makes_version_5_and_round_trips():
    c = advocacy.Campaign(id="x", title="X")
    c.add_conference(advocacy.Conference(
        id="hybrid", name="Hybrid Forum", dates=advocacy.DateRange(datetime.date(2026, 6, 12)),
        location=Location(locality="Boston", state="MA", online="https://zoom.us/j/123")))
    doc = json.loads(c.to_json())
    assert doc["schema_version"] == 5
    assert doc["conferences"][0]["place"]["online"] == "https://zoom.us/j/123"
    assert Campaign.from_json(c.to_json()) == c
    doc["conferences"][0]["place"]["online"] = "javascript:alert(1)"
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(json.dumps(doc))
    assert "place.online" in info.value.reason
    # Older documents, without the key, load as places in person only.
    del doc["conferences"][0]["place"]["online"]
    doc["schema_version"] = 4
    assert Campaign.from_json(json.dumps(doc)).conferences[0].location.online == ""


def test_conference_sessions_make_version_4_and_round_trip():
    c = advocacy.Campaign(id="x", title="X")
    c.add_conference(advocacy.Conference(
        id="clinic", name="Policy Clinic", dates=advocacy.DateRange(datetime.date(2026, 5, 3), datetime.date(2026, 5, 17)),
        sessions=advocacy.parse_days("May 3, 10 and 17, 2026")))
    doc = json.loads(c.to_json())
    assert doc["schema_version"] == 4
    assert doc["conferences"][0]["sessions"] == [{"first": f"2026-05-{d:02}", "last": f"2026-05-{d:02}"} for d in (3, 10, 17)]
    assert Campaign.from_json(c.to_json()) == c
    doc["conferences"][0]["sessions"][1]["first"] = "2026-05-02"
    with pytest.raises(advocacy.ParseError) as info:
        Campaign.from_json(json.dumps(doc))
    assert "sessions: session 1 (2026-05-02/2026-05-10) comes before session 0" in info.value.reason


def test_check_campaign_json_lists_every_problem_with_line_and_field():
    doc = json.loads(small_campaign().to_json())
    doc["conferences"][0]["dates"]["first"] = "2015-11-31"
    doc["groups"] = [{"id": "g1", "name": "G", "contacts": [{"name": "A", "email": 5}]}, {"id": "g2"}]
    text = json.dumps(doc, indent=2)
    problems = advocacy.check_campaign_json(text)
    assert [(p.field, p.reason) for p in problems] == [
        ("conferences[0].dates.first", '"2015-11-31": November has 30 days'),
        ("groups[0].contacts[0].email", "expected a string, got a number"),
        ("groups[1].name", "required, missing"),
        ("actions[0]", 'action "attend": related_conferences[0]: no conference "mid-atlantic-2015" in the campaign '
                       "(add the conference first)"),
    ]
    lines = text.split("\n")
    assert '"first": "2015-11-31"' in lines[problems[0].line - 1]
    assert '"email": 5' in lines[problems[1].line - 1]
    assert problems[1].pointer == "/groups/0/contacts/0/email"
    assert repr(problems[1]).startswith("JsonProblem(pointer='/groups/0/contacts/0/email', line=")
    assert problems[1] == advocacy.JsonProblem(problems[1].pointer, problems[1].line, problems[1].column,
                                               problems[1].reason)
    assert advocacy.check_campaign_json(small_campaign().to_json()) == []


def test_a_problem_repr_evaluates_to_an_equal_problem(rebuild):
    for problem in [advocacy.JsonProblem("/groups/0/contacts/0/email", 12, 20, "expected a string, got a number"),
                    advocacy.JsonProblem("", 1, 1, 'bad "quote" \\ in caf\u00e9 \u2013 it\'s wrong')]:
        assert rebuild(problem) == problem


def test_problems_are_hashable_values():
    a = advocacy.JsonProblem("/id", 2, 9, "required, missing")
    assert a == advocacy.JsonProblem("/id", 2, 9, "required, missing")
    assert a != advocacy.JsonProblem("/id", 2, 10, "required, missing")
    assert hash(a) == hash(advocacy.JsonProblem("/id", 2, 9, "required, missing"))
    assert len({a, advocacy.JsonProblem("/id", 2, 9, "required, missing"), advocacy.JsonProblem("", 1, 1, "x")}) == 2


def test_check_campaign_json_of_bad_syntax_is_one_problem():
    [problem] = advocacy.check_campaign_json('{\n  "schema_version": 1,\n  "id": "x",\n  "title" "X"\n}\n')
    assert (problem.pointer, problem.field, problem.line, problem.column) == ("", "", 4, 13)
    assert problem.reason.startswith("invalid JSON: syntax error while parsing object separator")


def test_to_json_and_campaign_from_json_are_functions_as_in_cpp():
    c = advocacy.sample_campaign()
    assert advocacy.to_json(c) == c.to_json()
    assert advocacy.campaign_from_json(advocacy.to_json(c)) == advocacy.Campaign.from_json(c.to_json()) == c
    with pytest.raises(advocacy.ParseError):
        advocacy.campaign_from_json("{")


def test_dicts_have_the_keys_of_the_json_document_in_its_order():
    # Both come from one list of fields per type: the dict holds every key the document holds, in
    # the same order, and the keys JSON leaves out while unset (times, sessions, online) as None or
    # empty.
    written_only_when_set = {"start_time", "end_time", "sessions", "online"}

    def check(d, j, where):
        assert [key for key in d if key in j] == list(j), where
        for key in set(d) - set(j):
            assert key in written_only_when_set and d[key] in (None, [], ""), (where, key)

    c = advocacy.sample_campaign()
    d, j = c.to_dict(), json.loads(advocacy.to_json(c))
    for kind in ("conferences", "groups", "actions", "milestones"):
        for i, (item, document) in enumerate(zip(d[kind], j[kind], strict=True)):
            check(item, document, f"{kind}[{i}]")
            for nested in ("place", "target"):
                if nested in document:
                    check(item[nested], document[nested], f"{kind}[{i}].{nested}")
            for k, (person, written) in enumerate(zip(item.get("contacts", []), document.get("contacts", []), strict=True)):
                check(person, written, f"{kind}[{i}].contacts[{k}]")
