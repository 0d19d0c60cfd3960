# SPDX-License-Identifier: MIT
import datetime
import json
import pickle

import pytest

import advocacy
from advocacy import Action, ActionTarget, DateRange

D = datetime.date

KINDS = ["letter", "attend_meeting", "attend_conference", "petition", "call", "email", "other"]


def letter(**changes):
    fields = dict(id="write-local-group", kind="letter", title="Write to your local group",
                  target=ActionTarget(kind="group", name="Your local group"),
                  window=DateRange(D(2015, 8, 11), D(2015, 12, 31)),
                  talking_points=["Why it matters locally"])
    fields.update(changes)
    return Action(**fields)


def test_fields_and_defaults():
    step = letter()
    assert step.kind == "letter"
    assert step.target.kind == "group" and step.target.id == ""
    assert step.window == DateRange(D(2015, 8, 11), D(2015, 12, 31))
    plain = Action(id="a", kind="other", title="Something")
    assert plain.window is None
    assert plain.target == ActionTarget()
    assert plain.related_conferences == () and plain.talking_points == () and plain.description == ""


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_round_trips(kind):
    step = letter(kind=kind)
    assert step.kind == kind
    assert Action.from_dict(step.to_dict()).kind == kind


def test_unknown_kinds_raise_parse_error():
    with pytest.raises(advocacy.ParseError) as info:
        letter(kind="Letter")
    assert "expected one of letter, attend_meeting, attend_conference, petition, call, email, other" in str(
        info.value)
    assert isinstance(info.value, ValueError)
    step = letter()
    with pytest.raises(ValueError):
        step.kind = "tweet"
    assert step.kind == "letter"
    step.kind = "call"
    assert step.kind == "call"
    with pytest.raises(advocacy.ParseError, match="group, official, organization"):
        ActionTarget(kind="senator")
    target = ActionTarget()
    target.kind = "official"
    assert target.kind == "official"


def test_str_repr():
    assert str(letter()) == "Write to your local group (letter)"
    assert repr(Action(id="a", kind="call", title="Call")) == "Action(id='a', kind='call', title='Call')"
    assert repr(letter()) == (
        "Action(id='write-local-group', kind='letter', title='Write to your local group', "
        "target=ActionTarget(kind='group', name='Your local group'), "
        "window=DateRange(datetime.date(2015, 8, 11), datetime.date(2015, 12, 31)), "
        "talking_points=['Why it matters locally'])")
    assert repr(ActionTarget(kind="official", name="Governor")) == "ActionTarget(kind='official', name='Governor')"


@pytest.mark.parametrize("kind", KINDS)
def test_repr_evaluates_to_an_equal_action(rebuild, kind):
    steps = [Action(id="a", kind=kind, title="Call"),
             letter(kind=kind, description="Say \"why\" \u2013 it's \\ local \u00e9t\u00e9",
                    related_conferences=["mid-atlantic", "south"],
                    target=ActionTarget(kind="official", id="gov", name="Governor O'Neil"))]
    for step in steps:
        assert rebuild(step) == step
        assert rebuild(step.target) == step.target


def test_equality():
    assert letter() == letter()
    assert letter() != letter(window=None)
    assert ActionTarget(name="x") != ActionTarget(name="y")
    with pytest.raises(TypeError):
        hash(letter())


@pytest.mark.parametrize("changes, field", [
    (dict(id=""), "action: id"),
    (dict(id="write local"), 'action "write local": id'),
    (dict(title=""), 'action "write-local-group": title'),
    (dict(target=ActionTarget(kind="group", id="group 55")), 'action "write-local-group": target.id'),
    (dict(target=ActionTarget(kind="official")), 'action "write-local-group": target.name'),
    (dict(related_conferences=["ma-2015", "ma-2015"]), 'action "write-local-group": related_conferences[1]'),
    (dict(related_conferences=["ma 2015"]), 'action "write-local-group": related_conferences[0]'),
    (dict(talking_points=["ok", " "]), 'action "write-local-group": talking_points[1]'),
])
def test_bad_fields_are_named(changes, field):
    with pytest.raises(advocacy.ValidationError) as info:
        letter(**changes)
    assert info.value.field == field


def test_to_dict_and_back():
    step = letter(related_conferences=["ma-2015", "mw-2015"])
    d = step.to_dict()
    assert d == {"id": "write-local-group", "kind": "letter", "title": "Write to your local group",
                 "description": "", "target": {"kind": "group", "id": "", "name": "Your local group"},
                 "window": {"first": D(2015, 8, 11), "last": D(2015, 12, 31)},
                 "related_conferences": ["ma-2015", "mw-2015"], "talking_points": ["Why it matters locally"]}
    assert Action.from_dict(d) == step
    assert Action.from_dict(dict(d, window=None)).window is None
    assert Action.from_dict({"id": "a", "title": "A"}) == Action(id="a", kind="other", title="A")
    with pytest.raises(advocacy.ValidationError) as info:
        Action.from_dict(dict(d, talking_points=[1]))
    assert info.value.field == 'action "write-local-group": talking_points[0]'
    with pytest.raises(advocacy.ParseError):
        Action.from_dict(dict(d, kind="tweet"))


def test_pickle():
    step = letter(related_conferences=["ma-2015"])
    assert pickle.loads(pickle.dumps(step)) == step
    assert pickle.loads(pickle.dumps(step.target)) == step.target


def test_every_kind_of_the_name_table_travels_through_dicts_json_and_osdi():
    # The model's name table is the one list: a kind added there alone is accepted everywhere.
    kinds = advocacy.action_kinds()
    assert kinds[0] == "letter" and "other" in kinds and len(set(kinds)) == len(kinds)
    for kind in kinds:
        step = advocacy.Action(id="step", kind=kind, title="Step " + kind)
        assert advocacy.Action.from_dict(step.to_dict()) == step
        c = advocacy.Campaign(id="kinds", title="Kinds")
        c.add_action(step)
        assert advocacy.Campaign.from_dict(c.to_dict()) == c
        assert advocacy.Campaign.from_json(c.to_json()) == c
        result = advocacy.read_osdi(json.dumps(advocacy.to_osdi(c)))
        assert (result.campaign, result.warnings) == (c, ())
