# SPDX-License-Identifier: MIT
import collections.abc
import copy
import datetime
import pickle
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import advocacy
from advocacy import (
    Action,
    Campaign,
    Conference,
    Contact,
    DateRange,
    Group,
    Location,
    MeetingSchedule,
    Milestone,
    RegionMap,
)

D = datetime.date


def conference(id, region, first, last, name=None):
    return Conference(
        id=id,
        name=name or f"Conference {id}",
        dates=DateRange(first, last),
        location=Location(locality="Springfield", state="IL"),
        region=region,
        registration_url=f"https://example.org/register/{id}",
    )


def group(id, state, region="", meetings=None):
    return Group(
        id=id,
        name=f"Group {id}",
        location=Location(locality="Town", state=state),
        region=region,
        contacts=[Contact(name="Alex Doe", role="coordinator", email="alex@example.org", phone="(555) 555-0100")],
        meetings=meetings,
    )


def regions():
    return RegionMap({"North": ["MN", "WI"], "South": ["FL", "GA"]})


@pytest.fixture
def small():
    c = Campaign(id="c", title="T", summary="S", organization="Example Org")
    c.set_regions(regions())
    c.add_conference(conference("long", "North", D(2015, 10, 1), D(2015, 12, 31)))
    c.add_conference(conference("short", "North", D(2015, 10, 20), D(2015, 10, 22)))
    c.add_conference(conference("south", "South", D(2015, 10, 1), D(2015, 10, 2)))
    c.add_group(group("mn1", "MN"))
    c.add_group(group("fl1", "FL"))
    c.add_group(group("mn2", "MN", "North"))
    c.add_group(group("ca1", "CA", "South"))
    c.add_action(Action(id="write", kind="letter", title="Write"))
    c.add_action(Action(id="go", kind="attend_conference", title="Go", related_conferences=["long", "short"]))
    return c


def ids(items):
    return [x.id for x in items]


def test_constructor_and_fields():
    c = Campaign(id="c", title="T")
    assert (c.id, c.title, c.summary, c.organization) == ("c", "T", "", "")
    c.summary = "about"
    c.organization = "Org"
    assert (c.summary, c.organization) == ("about", "Org")
    assert c.actions == () and c.conferences == () and c.groups == () and c.milestones == ()
    assert not c.regions
    with pytest.raises(advocacy.ValidationError) as info:
        Campaign(id="", title="T")
    assert info.value.field == "campaign: id"
    with pytest.raises(advocacy.ValidationError) as info:
        Campaign(id="c", title="")
    assert info.value.field == "campaign: title"
    with pytest.raises(TypeError):
        Campaign("c", "T")  # keyword only


def test_milestones_in_date_order():
    c = Campaign(id="c", title="T")
    c.add_milestone(D(2015, 9, 1), "later")
    c.add_milestone(D(2015, 8, 11), "vote")
    assert c.milestones == (Milestone(D(2015, 8, 11), "vote"), Milestone(D(2015, 9, 1), "later"))
    assert c.milestones[0].day == D(2015, 8, 11)
    assert c.milestones[0].title == "vote"
    assert repr(c.milestones[0]) == "Milestone(datetime.date(2015, 8, 11), 'vote')"
    assert c.milestones[0].to_dict() == {"day": D(2015, 8, 11), "title": "vote"}
    assert pickle.loads(pickle.dumps(c.milestones[0])) == c.milestones[0]


def test_milestone_and_meeting_reprs_evaluate_to_equal_values(rebuild):
    for m in [Milestone(D(2015, 8, 11), "vote"), Milestone(D(2015, 9, 1), "Caf\u00e9 \"vote\" d'\u00e9t\u00e9 \\ \u2013")]:
        assert rebuild(m) == m
    c = Campaign(id="c", title="T")
    c.add_group(group("bos", "MA", meetings=MeetingSchedule.parse("every Tuesday at 7pm", time_zone="America/New_York")))
    meetings = c.next_meetings(DateRange(D(2015, 10, 27), D(2015, 11, 3)))
    assert len(meetings) == 2
    for m in meetings:
        assert rebuild(m) == m
        assert isinstance(m.group, advocacy.Group)


def test_consistency_errors_name_object_and_field(small):
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_conference(conference("long", "North", D(2016, 1, 1), D(2016, 1, 1)))
    assert info.value.field == 'conference "long": id'
    assert info.value.reason == "already used by another conference"
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_group(group("mn1", "WI"))
    assert info.value.field == 'group "mn1": id'
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_action(Action(id="write", kind="call", title="Call"))
    assert info.value.field == 'action "write": id'
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_action(Action(id="x", kind="attend_conference", title="X", related_conferences=["long", "nope"]))
    assert info.value.field == 'action "x": related_conferences[1]'
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_conference(conference("w", "West", D(2016, 1, 1), D(2016, 1, 1)))
    assert info.value.field == 'conference "w": region'
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_group(group("w", "CA", "West"))
    assert info.value.field == 'group "w": region'
    with pytest.raises(advocacy.ValidationError) as info:
        small.set_regions(RegionMap({"North": ["MN"]}))
    assert info.value.field == 'conference "south": region'
    assert small.regions == regions()
    assert ids(small.conferences) == ["long", "short", "south"]
    assert ids(small.groups) == ["mn1", "fl1", "mn2", "ca1"]
    assert [a.id for a in small.actions] == ["write", "go"]


def test_lookups(small):
    assert small.group("mn2").region == "North"
    assert small.group("nope") is None
    assert small.conference("short").dates == DateRange(D(2015, 10, 20), D(2015, 10, 22))
    assert small.conference("mn1") is None
    assert small.action("go").related_conferences == ("long", "short")
    assert small.action("long") is None


def test_conference_questions(small):
    # Date order is (first day, last day, name): "south" ends before "long", both start Oct 1.
    assert ids(small.upcoming_conferences(D(2015, 9, 1))) == ["south", "long", "short"]
    assert ids(small.upcoming_conferences(D(2015, 10, 3))) == ["long", "short"]
    assert ids(small.upcoming_conferences(on_or_after=D(2016, 1, 1))) == []
    assert ids(small.conferences_in("North")) == ["long", "short"]
    assert small.conferences_in("West") == []
    assert small.conference_for("MN", D(2015, 10, 21)).id == "long"
    assert small.conference_for("FL", D(2015, 10, 2)).id == "south"
    assert small.conference_for("FL", D(2015, 10, 3)) is None
    assert small.conference_for("CA", D(2015, 9, 1)) is None
    pairs = small.conflicts()
    assert [(a.id, b.id) for a, b in pairs] == [("south", "long"), ("long", "short")]
    assert isinstance(pairs[0], tuple)


def test_group_questions(small):
    assert ids(small.groups_in("MN")) == ["mn1", "mn2"]
    assert small.groups_in("TX") == []
    assert ids(small.groups_in_region("North")) == ["mn1", "mn2"]
    assert ids(small.groups_in_region("South")) == ["fl1", "ca1"]


def test_next_meetings_are_zone_aware_and_know_their_group():
    c = Campaign(id="c", title="T")
    chicago = MeetingSchedule.parse("every Tuesday at 7pm", time_zone="America/Chicago")
    boston = MeetingSchedule.parse("every Tuesday at 7pm", time_zone="America/New_York")
    c.add_group(group("chi", "IL", meetings=chicago))
    c.add_group(group("none", "MN"))
    c.add_group(group("bos", "MA", meetings=boston))
    meetings = c.next_meetings(DateRange(D(2015, 10, 27), D(2015, 11, 3)))
    assert [m.group.id for m in meetings] == ["bos", "chi", "bos", "chi"]
    chicago_zone = ZoneInfo("America/Chicago")
    assert meetings[1].start == datetime.datetime(2015, 10, 27, 19, tzinfo=chicago_zone)
    assert meetings[3].start == datetime.datetime(2015, 11, 3, 19, tzinfo=chicago_zone)
    assert meetings[3].start.hour == 19
    assert meetings[3].start.utcoffset() == datetime.timedelta(hours=-6)
    assert meetings[1].start.utcoffset() == datetime.timedelta(hours=-5)
    assert meetings[3].end - meetings[3].start == datetime.timedelta(hours=2)
    assert meetings[0].to_dict()["group"] == "bos"
    assert pickle.loads(pickle.dumps(meetings[0])) == meetings[0]
    assert repr(meetings[0]).startswith("Meeting(group=Group(id='bos', ")


def test_plan_steps(small):
    steps = small.plan("MN", D(2015, 9, 1))
    assert [s.action_id for s in steps] == ["write", "go"]
    assert [s.kind for s in steps] == ["letter", "attend_conference"]
    assert steps[0].instruction == (
        "Write to Group mn1 (Town, MN): Alex Doe, coordinator, alex@example.org; "
        "or Group mn2 (Town, MN): Alex Doe, coordinator, alex@example.org"
    )
    assert ids(steps[0].groups) == ["mn1", "mn2"]
    assert steps[0].meetings == ()
    assert steps[0].conference is None
    assert steps[1].conference.id == "long"
    assert steps[1].instruction.startswith("Register for the Conference long, Oct 1")
    assert steps[1].instruction.endswith(": https://example.org/register/long")
    nobody = small.plan("GA", D(2015, 10, 5))
    assert [s.instruction for s in nobody] == ["No local group is listed in GA; ask Example Org for the nearest one"]
    d = steps[1].to_dict()
    assert d["kind"] == "attend_conference" and d["conference"]["id"] == "long" and d["meetings"] == []
    assert pickle.loads(pickle.dumps(steps[1])) == steps[1]
    # A step cannot be built from Python, so its repr is not a call.
    assert repr(steps[0]).startswith("<advocacy.PlanStep action_id='write' kind='letter' instruction='Write to Group mn1")
    assert repr(steps[0]).endswith("'>")


def test_copies_are_equal_and_independent(small):
    other = copy.copy(small)
    assert other == small
    other.add_group(group("mn3", "MN"))
    other.add_conference(conference("early", "North", D(2015, 9, 5), D(2015, 9, 6)))
    assert other != small
    assert ids(small.groups_in("MN")) == ["mn1", "mn2"]
    assert ids(other.groups_in("MN")) == ["mn1", "mn2", "mn3"]
    assert small.conference_for("MN", D(2015, 9, 1)).id == "long"
    assert other.conference_for("MN", D(2015, 9, 1)).id == "early"
    deep = copy.deepcopy(small)
    assert deep == small


def test_dict_and_pickle_round_trip(small):
    small.add_milestone(D(2015, 8, 11), "vote")
    d = small.to_dict()
    assert set(d) == {"id", "title", "summary", "organization", "milestones", "regions", "conferences", "groups", "actions"}
    assert d["milestones"] == [{"day": D(2015, 8, 11), "title": "vote"}]
    assert [x["id"] for x in d["groups"]] == ["mn1", "fl1", "mn2", "ca1"]
    back = Campaign.from_dict(d)
    assert back == small
    assert ids(back.groups_in("MN")) == ["mn1", "mn2"]
    assert pickle.loads(pickle.dumps(small)) == small
    assert repr(small) == "<advocacy.Campaign id='c' title='T' milestones=1 actions=2 conferences=3 groups=4>"


def test_pickle_holds_the_json_text_and_reads_the_dict_of_older_pickles(small):
    # The state is the JSON document (a string, fast to pickle and to read back, as a campaign
    # shipped to a cluster's workers is); a pickle made when the state was to_dict() still loads.
    state = small.__getstate__()
    assert state == small.to_json()
    for protocol in (0, 2, 5):
        assert pickle.loads(pickle.dumps(small, protocol=protocol)) == small
    old = Campaign.__new__(Campaign)
    old.__setstate__(small.to_dict())
    assert old == small
    with pytest.raises(advocacy.ParseError):
        Campaign.__new__(Campaign).__setstate__("{")


def test_from_dict_errors():
    with pytest.raises(advocacy.ValidationError) as info:
        Campaign.from_dict({"title": "T"})
    assert info.value.field == "campaign: id"
    with pytest.raises(advocacy.ValidationError) as info:
        Campaign.from_dict({"id": "c", "title": "T", "colour": "red"})
    assert info.value.field == "campaign: colour"
    with pytest.raises(advocacy.ValidationError) as info:
        Campaign.from_dict({"id": "c", "title": "T", "milestones": [{"day": "2015-08-11", "title": "x"}]})
    assert info.value.field == "campaign: milestones[0].day"
    with pytest.raises(advocacy.ValidationError) as info:  # a datetime is not a day
        Campaign.from_dict({"id": "c", "title": "T", "milestones": [{"day": datetime.datetime(2015, 8, 11), "title": "x"}]})
    assert info.value.field == "campaign: milestones[0].day"
    assert "datetime.datetime" in info.value.reason
    with pytest.raises(advocacy.ValidationError) as info:
        Campaign.from_dict({"id": "c", "title": 5})
    assert info.value.field == "campaign: title"


_states = st.sampled_from(["MN", "WI", "FL", "GA", "CA"])
_days = st.dates(min_value=D(2015, 1, 1), max_value=D(2016, 12, 31))


@st.composite
def campaigns(draw):
    c = Campaign(id="c", title=draw(st.text(st.characters(blacklist_categories=["Cc", "Cs"]), min_size=1, max_size=20).filter(
        lambda s: s.strip() != "")))
    c.set_regions(regions())
    for i in range(draw(st.integers(0, 6))):
        first = draw(_days)
        last = first + datetime.timedelta(days=draw(st.integers(0, 5)))
        c.add_conference(conference(f"k{i}", draw(st.sampled_from(["North", "South", ""])), first, last))
    for i in range(draw(st.integers(0, 6))):
        c.add_group(group(f"g{i}", draw(_states), draw(st.sampled_from(["North", "South", ""]))))
    for day in draw(st.lists(_days, max_size=3)):
        c.add_milestone(day, "event")
    return c


@settings(max_examples=50, deadline=None)
@given(campaigns(), _states, _days)
def test_round_trip_keeps_data_and_answers(c, state, day):
    back = Campaign.from_dict(c.to_dict())
    assert back == c
    assert pickle.loads(pickle.dumps(c)) == c
    assert ids(back.groups_in(state)) == ids(c.groups_in(state))
    assert back.conference_for(state, day) == c.conference_for(state, day)
    # conference_for is the first of the region's upcoming conferences.
    region = c.regions.region_of(state)
    upcoming = [x for x in c.upcoming_conferences(day) if x.region == region]
    assert c.conference_for(state, day) == (upcoming[0] if upcoming else None)


def test_objects_handed_out_survive_later_changes():
    c = Campaign(id="c", title="T")
    c.add_conference(conference("first", "", D(2015, 10, 1), D(2015, 10, 2), name="The first conference, named at length"))
    c.add_action(Action(id="a0", kind="letter", title="The first action, titled at length"))
    held = c.conferences[0]
    action = c.actions[0]
    milestones = c.milestones
    for i in range(200):  # the vectors reallocate many times over
        c.add_conference(conference(f"k{i}", "", D(2015, 10, 1), D(2015, 10, 2)))
        c.add_action(Action(id=f"a{i + 1}", kind="call", title=f"Call {i}"))
        c.add_milestone(D(2015, 8, 11), f"m{i}")
    assert held.name == "The first conference, named at length"
    assert action.title == "The first action, titled at length"
    assert milestones == ()
    c.remove_conference("first")
    assert held.id == "first"


def test_objects_handed_out_are_copies(small):
    before = small.to_dict()
    x = small.conferences[0]
    x.id = "short"  # another conference's id: a copy may take it, the campaign never sees it
    x.dates = DateRange(D(2030, 1, 1))
    x.location.locality = "Elsewhere"
    small.conference("short").region = "South"
    small.groups[0].region = "Nowhere"
    small.group("mn1").location.state = "ZZ"
    small.actions[1].related_conferences = ("nope",)
    small.action("go").target.name = "Changed"
    small.regions.add("West", ["CA"])
    assert small.to_dict() == before
    assert [(a.id, b.id) for a, b in small.conflicts()] == [("south", "long"), ("long", "short")]
    assert "West" not in small.regions
    assert small.conferences[0] is not small.conferences[0]


def test_collections_handed_out_are_immutable_sequences(small):
    # Immutable sequences over a snapshot, no longer tuples of copies: nothing to append to or
    # assign into, and equal to the tuple of the same items.
    for items in (small.conferences, small.groups, small.actions, small.milestones):
        assert isinstance(items, collections.abc.Sequence)
        assert not isinstance(items, collections.abc.MutableSequence)
        assert items == tuple(items) and items == list(items)
    with pytest.raises(AttributeError):
        small.conferences.append(conference("x", "North", D(2015, 1, 1), D(2015, 1, 1)))
    with pytest.raises(TypeError):
        small.groups[0] = group("zz", "MN")
    g = small.group("mn1")
    with pytest.raises(AttributeError):
        g.contacts.append(Contact(name="Sam Roe"))
    g.contacts = g.contacts + (Contact(name="Sam Roe"),)  # assigning really changes the group
    assert [p.name for p in g.contacts] == ["Alex Doe", "Sam Roe"]
    small.replace_group(g)
    assert [p.name for p in small.group("mn1").contacts] == ["Alex Doe", "Sam Roe"]


def test_replace_and_remove_conferences(small):
    moved = small.conference("long")
    moved.region = "South"
    moved.dates = DateRange(D(2015, 9, 1), D(2015, 9, 3))
    small.replace_conference(moved)
    assert ids(small.conferences) == ["long", "short", "south"]
    assert ids(small.conferences_in("South")) == ["long", "south"]
    assert small.conference_for("FL", D(2015, 9, 2)).id == "long"
    assert small.conflicts() == []
    with pytest.raises(advocacy.ValidationError) as info:
        small.remove_conference("short")
    assert info.value.field == 'action "go": related_conferences[1]'
    assert '"short"' in info.value.reason
    assert ids(small.conferences) == ["long", "short", "south"]
    go = small.action("go")
    go.related_conferences = ["long"]
    small.replace_action(go)
    small.remove_conference("short")
    assert ids(small.conferences_in("North")) == []
    assert Campaign.from_json(small.to_json()) == small


def test_replace_and_remove_refuse_bad_changes_without_a_trace(small):
    before = small.to_json()
    with pytest.raises(advocacy.ValidationError) as info:
        small.replace_conference(conference("nope", "North", D(2015, 1, 1), D(2015, 1, 1)))
    assert info.value.field == 'conference "nope": id'
    with pytest.raises(advocacy.ValidationError) as info:
        small.replace_conference(conference("long", "West", D(2015, 1, 1), D(2015, 1, 1)))
    assert info.value.field == 'conference "long": region'
    with pytest.raises(advocacy.ValidationError) as info:
        small.replace_group(group("mn1", "MN", "West"))
    assert info.value.field == 'group "mn1": region'
    with pytest.raises(advocacy.ValidationError) as info:
        small.replace_action(Action(id="go", kind="attend_conference", title="Go", related_conferences=["x"]))
    assert info.value.field == 'action "go": related_conferences[0]'
    for remove, kind in ((small.remove_group, "group"), (small.remove_action, "action"), (small.remove_conference, "conference")):
        with pytest.raises(advocacy.ValidationError) as info:
            remove("nope")
        assert info.value.field == f'{kind} "nope": id'
    assert small.to_json() == before


def test_replace_and_remove_groups_and_actions(small):
    small.replace_group(group("mn1", "WI"))
    assert ids(small.groups_in("MN")) == ["mn2"]
    assert ids(small.groups_in_region("North")) == ["mn1", "mn2"]
    small.remove_group("mn2")
    assert ids(small.groups) == ["mn1", "fl1", "ca1"]
    assert small.group("mn2") is None
    small.remove_action("write")
    assert [a.id for a in small.actions] == ["go"]
    assert Campaign.from_dict(small.to_dict()) == small


def test_sequence_view_reads_like_a_tuple(small):
    groups = small.groups
    as_tuple = tuple(groups)
    assert len(groups) == 4
    assert ids(groups) == ["mn1", "fl1", "mn2", "ca1"]
    assert groups[-1].id == "ca1" and groups[-4].id == "mn1"
    with pytest.raises(IndexError):
        groups[4]
    with pytest.raises(IndexError):
        groups[-5]
    assert ids(groups[1:3]) == ["fl1", "mn2"]
    assert ids(groups[::-1]) == ["ca1", "mn2", "fl1", "mn1"]
    assert ids(groups[::-2][1:]) == ["fl1"]
    assert ids(groups[10:]) == [] and groups[10:] == ()
    assert groups[1:3] == as_tuple[1:3]
    assert ids(reversed(groups)) == ["ca1", "mn2", "fl1", "mn1"]
    assert as_tuple[2] in groups and group("zz", "MN") not in groups and "mn1" not in groups
    assert groups.count(as_tuple[0]) == 1 and groups.count("mn1") == 0
    assert groups.index(as_tuple[2]) == 2
    with pytest.raises(ValueError):
        groups.index(as_tuple[2], 3)
    assert groups == small.groups and groups != small.groups[1:] and groups != ids(groups)
    assert (groups == 5) is False
    assert small.milestones == () and not small.milestones
    assert hash(small.milestones) == hash(())
    assert repr(small.actions).startswith("<advocacy.ActionSequence [Action(")
    assert repr(small.milestones) == "<advocacy.MilestoneSequence []>"
    assert pickle.loads(pickle.dumps(groups)) == as_tuple and type(pickle.loads(pickle.dumps(groups[1:]))) is type(groups)
    assert copy.deepcopy(small.conferences) == small.conferences


def test_sequence_view_is_a_snapshot(small):
    groups = small.groups
    conferences = small.conferences
    first = groups[0]
    first.name = "Changed"
    assert small.group("mn1").name == "Group mn1" and groups[0].name == "Group mn1"
    small.remove_group("mn1")
    small.replace_group(group("fl1", "GA"))
    small.add_conference(conference("new", "North", D(2016, 1, 1), D(2016, 1, 2)))
    assert ids(groups) == ["mn1", "fl1", "mn2", "ca1"] and groups[1].location.state == "FL"
    assert ids(conferences) == ["long", "short", "south"]
    assert ids(small.groups) == ["fl1", "mn2", "ca1"] and small.groups[0].location.state == "GA"
    it = iter(small.groups)
    actions, milestones, tail = small.actions, small.milestones, small.conferences[1:]
    small.add_milestone(D(2015, 8, 11), "vote")
    small.remove_action("go")
    with pytest.raises(advocacy.ValidationError):
        small.add_conference(conference("new", "North", D(2016, 1, 1), D(2016, 1, 2)))
    small.remove_conference("long")
    assert ids(actions) == ["write", "go"] and milestones == () and ids(tail) == ["short", "south", "new"]
    assert ids(small.actions) == ["write"] and len(small.milestones) == 1
    assert ids(small.conferences) == ["short", "south", "new"]
    kept = small.conferences
    del small
    assert [g.id for g in it] == ["fl1", "mn2", "ca1"]
    assert ids(kept) == ["short", "south", "new"]


def test_add_groups_and_conferences_in_one_batch(small):
    one_by_one = copy.copy(small)
    more = [group("wi1", "WI"), group("ga1", "GA").to_dict(), group("mn3", "MN", "North")]
    small.add_groups(g for g in more)  # any iterable; dicts or objects
    for g in more:
        one_by_one.add_group(g if isinstance(g, Group) else Group.from_dict(g))
    events = [conference("n2", "North", D(2015, 10, 5), D(2015, 10, 6)), conference("s2", "South", D(2015, 9, 1), D(2015, 9, 1))]
    small.add_conferences(events)
    for e in events:
        one_by_one.add_conference(e)
    assert small == one_by_one
    assert ids(small.groups_in_region("North")) == ["mn1", "mn2", "wi1", "mn3"]
    assert ids(small.conferences_in("North")) == ["long", "n2", "short"]
    small.add_groups([])
    assert small == one_by_one


def test_add_groups_copies_each_object_and_takes_subclasses(small):
    class LocalGroup(Group):
        pass

    class LocalConference(Conference):
        pass

    mine = LocalGroup(id="wi9", name="Group wi9", location=Location(locality="Town", state="WI"))
    plain = group("ga9", "GA")
    event = LocalConference(id="n9", name="N9", dates=DateRange(D(2015, 10, 5), D(2015, 10, 6)), region="North")
    small.add_groups([mine, plain])
    small.add_conferences([event])
    mine.name = "Changed"  # the campaign keeps its own copies
    plain.contacts = ()
    event.name = "Changed"
    assert small.group("wi9").name == "Group wi9"
    assert len(small.group("ga9").contacts) == 1
    assert small.conference("n9").name == "N9"


@pytest.mark.parametrize("as_generator", [False, True])
def test_add_groups_of_thousands_keeps_each_one(as_generator):
    # More groups than one block of the batch holds (1,024), from a list and from a generator
    # (whose length is not known ahead).
    many = [Group(id=f"g{i}", name=f"Group {i}", location=Location(state="MN" if i % 2 else "WI")) for i in range(2500)]
    c = Campaign(id="c", title="C")
    c.add_groups((g for g in many) if as_generator else many)
    assert list(c.groups) == many
    assert c.group("g2499") == many[2499]
    assert len(c.groups_in("WI")) == 1250


@pytest.mark.parametrize(
    "batch, field, reason",
    [
        ([group("a1", "MN"), group("mn1", "MN")], 'groups[1]: group "mn1": id', "already used by another group"),
        ([group("a1", "MN"), group("a2", "MN"), group("a1", "WI")], 'groups[2]: group "a1": id', "used by groups[0]"),
        ([group("a1", "MN"), group("a2", "MN", "Nowhere")], 'groups[1]: group "a2": region', None),
        ([group("a1", "MN"), {"id": "a2"}], 'groups[1]: group "a2": name', "missing"),
        ([group("a1", "MN"), 5], "groups[1]: group", None),
    ],
)
def test_add_groups_refuses_a_bad_one_whole(small, batch, field, reason):
    before = copy.copy(small)
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_groups(batch)
    assert info.value.field == field
    if reason:
        assert reason in info.value.reason
    assert small == before


def test_add_conferences_refuses_a_bad_one_whole(small):
    before = copy.copy(small)
    batch = [conference("c1", "North", D(2016, 1, 1), D(2016, 1, 2)), conference("c1", "South", D(2016, 1, 1), D(2016, 1, 2))]
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_conferences(batch)
    assert info.value.field == 'conferences[1]: conference "c1": id'
    with pytest.raises(advocacy.ValidationError) as info:
        small.add_conferences([batch[0], conference("c2", "Nowhere", D(2016, 1, 1), D(2016, 1, 2))])
    assert info.value.field == 'conferences[1]: conference "c2": region'
    with pytest.raises(TypeError):
        small.add_conferences("not a list")
    assert small == before


def test_from_records_builds_the_campaign_of_from_dict(small):
    d = small.to_dict()
    built = Campaign.from_records(
        id="c",
        title="T",
        summary="S",
        organization="Example Org",
        milestones=iter(d["milestones"]),
        regions=small.regions,
        conferences=d["conferences"],
        groups=(g for g in small.groups),
        actions=d["actions"],
    )
    assert built == small == Campaign.from_dict(d)
    assert Campaign.from_records(id="e", title="Empty") == Campaign(id="e", title="Empty")
    d["groups"][2]["region"] = "Nowhere"
    with pytest.raises(advocacy.ValidationError) as info:
        Campaign.from_dict(d)
    assert info.value.field == 'groups[2]: group "mn2": region'
    with pytest.raises(advocacy.ValidationError) as info:
        Campaign.from_records(id="c", title="T", conferences=[{"id": "x"}])
    assert info.value.field == 'conferences[0]: conference "x": name'


def test_without_a_region_map_a_state_has_the_conferences_held_in_it():
    c = Campaign(id="c", title="T")
    c.add_conference(Conference(id="mn", name="Mid Western Regional Conference", dates=DateRange(D(2015, 10, 23), D(2015, 10, 25)),
                                location=Location(locality="Minneapolis", state="MN")))
    c.add_conference(conference("il", "", D(2015, 10, 1), D(2015, 10, 2)))  # held in IL
    assert c.conference_for("MN", D(2015, 9, 1)).id == "mn"
    assert c.conference_for("IL", D(2015, 9, 1)).id == "il"
    assert c.conference_for("WI", D(2015, 9, 1)) is None
    c.add_action(Action(id="go", kind="attend_conference", title="Go"))
    [step] = c.plan("MN", D(2015, 9, 1))
    assert step.conference.id == "mn"
    assert step.instruction.endswith("(the campaign has no region map: conferences held in MN)")
    assert c.plan("WI", D(2015, 9, 1)) == []
    c.set_regions(RegionMap({"North": ["MN", "WI"]}))  # a map decides again: no conference in North
    assert c.conference_for("MN", D(2015, 9, 1)) is None
    assert c.plan("MN", D(2015, 9, 1)) == []
