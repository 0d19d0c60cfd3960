# SPDX-License-Identifier: MIT
"""Random sequences of public campaign calls, including attempts to change a campaign through the
objects it hands out: after every step the campaign survives a JSON round trip unchanged and
answers every question as the copy read back does, and no copy taken earlier (copy, deepcopy,
pickle) has changed: copy.copy shares the campaign's storage until one of the two changes."""

import copy
import datetime
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

import advocacy
from advocacy import Action, Campaign, Conference, Contact, DateRange, Group, Location, MeetingSchedule, RegionMap

D = datetime.date
IDS = ["a", "b", "c"]
STATES = ["MN", "WI", "FL", "GA", "CA"]
REGIONS = ["North", "South", ""]
DAYS = [D(2015, 9, 1), D(2015, 10, 2), D(2015, 10, 21), D(2016, 1, 1)]
MAPS = [
    RegionMap(),
    RegionMap({"North": ["MN", "WI"], "South": ["FL", "GA"]}),
    RegionMap({"North": ["MN", "WI", "FL"], "South": ["GA"], "West": ["CA"]}),
]
SCHEDULE = MeetingSchedule.parse("every Tuesday at 7pm", time_zone="America/Chicago")

_day = st.dates(min_value=D(2015, 9, 1), max_value=D(2015, 12, 31))
_id = st.sampled_from(IDS)
_region = st.sampled_from(REGIONS)


@st.composite
def conferences(draw):
    first = draw(_day)
    return Conference(
        id=draw(_id),
        name=draw(st.sampled_from(["Summit", "Gathering", "Meetup"])),
        dates=DateRange(first, first + datetime.timedelta(days=draw(st.integers(0, 3)))),
        location=Location(locality="Springfield", state="IL"),
        region=draw(_region),
    )


@st.composite
def groups(draw):
    return Group(
        id=draw(_id),
        name=f"Group {draw(st.integers(1, 3))}",
        location=Location(locality="Town", state=draw(st.sampled_from(STATES))),
        region=draw(_region),
        contacts=[Contact(name="Alex Doe", email="alex@example.org")],
        meetings=draw(st.sampled_from([None, SCHEDULE])),
    )


@st.composite
def actions(draw):
    kind = draw(st.sampled_from(["letter", "attend_meeting", "attend_conference", "petition"]))
    return Action(
        id=draw(_id),
        kind=kind,
        title=f"Do {kind}",
    )


def attempt_mutation(c, which, value):
    """Changes the objects a campaign hands out: none of it may reach the campaign."""
    if which == "conference" and c.conferences:
        x = c.conferences[0]
        x.id, x.name, x.region = value, "Changed", "Nowhere"
        x.dates = DateRange(D(2030, 1, 1))
        x.location.locality = "Elsewhere"
    elif which == "group" and c.groups:
        g = c.groups[0]
        g.id, g.region = value, "Nowhere"
        g.location.state = "ZZ"
        try:
            g.contacts.append(Contact(name="Nobody"))
        except AttributeError:
            pass
        else:
            raise AssertionError("Group.contacts must not take append()")
        g.contacts = ()
    elif which == "action" and c.actions:
        a = c.actions[0]
        a.id, a.kind = value, "other"
        a.related_conferences = ["nowhere"]
        a.target.name = "Changed"
    elif which == "regions":
        c.regions.add("East", ["NY"])
    elif which == "lookup" and c.conference(value) is not None:
        c.conference(value).name = "Changed"
        c.group(value) and setattr(c.group(value), "name", "Changed")
        c.action(value) and setattr(c.action(value), "title", "Changed")


OPERATIONS = [
    "add_conference", "replace_conference", "remove_conference",
    "add_group", "replace_group", "remove_group",
    "add_action", "replace_action", "remove_action",
    "add_conferences", "add_groups",
    "set_regions", "add_milestone", "mutate",
]  # fmt: skip


def existing_or_new(data, items):
    """Mostly an id the campaign holds (so replace and remove act), sometimes any id."""
    held = [x.id for x in items]
    return data.draw(st.sampled_from(held) if held and data.draw(st.integers(0, 4)) else _id)


def draw_step(data, c):
    name = data.draw(st.sampled_from(OPERATIONS))
    kind = name.split("_", 1)[-1]
    if name == "set_regions":
        return name, MAPS[data.draw(st.integers(0, len(MAPS) - 1))]
    if name == "add_milestone":
        return name, data.draw(_day)
    if name == "mutate":
        return name, (data.draw(st.sampled_from(["conference", "group", "action", "regions", "lookup"])),
                      existing_or_new(data, c.conferences))
    if name in ("add_conferences", "add_groups"):
        # A batch of up to 4, which may repeat an id held or one of its own (then nothing is added).
        return name, data.draw(st.lists(conferences() if name == "add_conferences" else groups(), max_size=4))
    held = {"conference": c.conferences, "group": c.groups, "action": c.actions}[kind]
    if name.startswith("remove"):
        return name, existing_or_new(data, held)
    value = data.draw({"conference": conferences(), "group": groups(), "action": actions()}[kind])
    if name.startswith("replace"):
        value.id = existing_or_new(data, held)
    if kind == "action" and c.conferences and data.draw(st.booleans()):
        value.related_conferences = [data.draw(st.sampled_from([x.id for x in c.conferences]))]
    return name, value


def apply(c, name, arg):
    if name == "add_milestone":
        c.add_milestone(arg, "event")
    elif name == "mutate":
        attempt_mutation(c, *arg)
    else:
        getattr(c, name)(arg)


def answers(c):
    out = {
        "conflicts": c.conflicts(),
        "meetings": c.next_meetings(DateRange(D(2015, 10, 1), D(2015, 10, 15))),
    }
    for region in REGIONS + ["West"]:
        out["in", region] = c.conferences_in(region)
        out["groups_in_region", region] = c.groups_in_region(region)
    for day in DAYS:
        out["upcoming", day] = c.upcoming_conferences(day)
    for state in STATES:
        out["groups_in", state] = c.groups_in(state)
        for day in DAYS[:3]:
            out["for", state, day] = c.conference_for(state, day)
            out["plan", state, day] = c.plan(state, day)
    return out


COPIES = [copy.copy, copy.deepcopy, lambda c: pickle.loads(pickle.dumps(c))]


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_every_step_survives_json_and_answers_as_the_copy(data):
    c = Campaign(id="c", title="Property", organization="Example Org")
    # A start with something of each kind, so that replace and remove find what they name.
    for value in data.draw(st.tuples(conferences(), groups(), actions())):
        apply(c, "add_" + type(value).__name__.lower(), value)
    earlier = []  # (a copy taken before some step, its JSON, its answers)
    for _ in range(data.draw(st.integers(1, 20))):
        if data.draw(st.integers(0, 5)) == 0:
            taken = data.draw(st.sampled_from(COPIES))(c)
            assert taken == c
            if data.draw(st.booleans()):
                c, taken = taken, c  # go on with the copy: the original must stay as it is
            earlier.append((taken, taken.to_json(), answers(taken)))
        name, arg = draw_step(data, c)
        before = c.to_json()
        try:
            apply(c, name, arg)
        except advocacy.ValidationError:
            # A refused change leaves the campaign exactly as it was.
            assert c.to_json() == before, name
        if name == "mutate":
            assert c.to_json() == before
        back = Campaign.from_json(c.to_json())
        assert back == c
        assert answers(back) == answers(c)
        for taken, text, taken_answers in earlier:
            assert taken.to_json() == text, name
            assert answers(taken) == taken_answers, name
