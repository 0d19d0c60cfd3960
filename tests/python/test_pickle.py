# SPDX-License-Identifier: MIT
"""Every class of the module pickles with every protocol and copies with copy.copy and
copy.deepcopy: the copy equals the original and is independent of it."""

import copy
import datetime
import inspect
import pickle
from zoneinfo import ZoneInfo

import pytest

import advocacy
from advocacy import _advocacy

D = datetime.date
CHICAGO = ZoneInfo("America/Chicago")


def caught(call):
    try:
        call()
    except advocacy.Error as e:
        return e
    raise AssertionError("expected an advocacy.Error")


def samples():
    place = advocacy.Location(venue="Hall", address_lines=["1 Main St", "Suite 2"], locality="Town", state="MN",
                              postal_code="55401", time_zone="America/Chicago")
    person = advocacy.Contact(name="Alex Doe", role="coordinator", email="alex@example.org", phone="(555) 555-0100")
    schedule = advocacy.MeetingSchedule.parse("second Tuesday of each month at 7pm", time_zone="America/Chicago")
    schedule = schedule.with_effective(advocacy.DateRange(D(2015, 1, 1), D(2015, 12, 31))).with_skipped([D(2015, 11, 10)])
    group = advocacy.Group(id="g1", name="Group 1", location=place, region="North", contacts=[person],
                           meetings=schedule, website="https://example.org")
    conference = advocacy.Conference(id="k1", name="Summit", dates=advocacy.DateRange(D(2015, 10, 1), D(2015, 10, 2)),
                                     location=place, region="North", start_time=datetime.time(9),
                                     end_time=datetime.time(17))
    target = advocacy.ActionTarget(kind="group", id="g1", name="Your group")
    action = advocacy.Action(id="a1", kind="attend_conference", title="Go", target=target,
                             window=advocacy.DateRange(D(2015, 9, 1), D(2015, 10, 31)), related_conferences=["k1"],
                             talking_points=["one", "two"])
    campaign = advocacy.Campaign(id="c", title="T", summary="S", organization="Org")
    campaign.set_regions(advocacy.RegionMap({"North": ["MN", "WI"]}))
    campaign.add_milestone(D(2015, 8, 11), "vote")
    campaign.add_conference(conference)
    campaign.add_group(group)
    campaign.add_action(action)
    campaign.add_action(advocacy.Action(id="a2", kind="attend_meeting", title="Meet"))
    result = advocacy.parse_announcement("Call to action\n\n1. Write to your group.\n2.\n", D(2015, 8, 11))
    steps = campaign.plan("MN", D(2015, 9, 1))
    return {
        "DateRange": advocacy.DateRange(D(2015, 11, 13), D(2015, 11, 15)),
        "Location": place,
        "Contact": person,
        "SupporterWarning": advocacy.SupporterWarning(3, 2, "email", "the email has no @", True),
        "SupporterList": advocacy.read_supporters("name,zip\nAlex Doe,55401\nLee,5540\n"),
        "Supporter": advocacy.Supporter(id="an-7", name="Alex Doe", email="alex@example.org", postal_code="55401",
                                        state="MN", preferred_group="g1"),
        "MeetingTime": advocacy.MeetingTime(datetime.datetime(2015, 10, 13, 19, tzinfo=CHICAGO),
                                            datetime.datetime(2015, 10, 13, 21, tzinfo=CHICAGO)),
        "MeetingSchedule": schedule,
        "RegionMap": campaign.regions,
        "Conference": conference,
        "ActionTarget": target,
        "Action": action,
        "Group": group,
        "Milestone": campaign.milestones[0],
        "Meeting": campaign.next_meetings(advocacy.DateRange(D(2015, 10, 1), D(2015, 10, 31)))[0],
        "PlanStep": steps[1],
        "PlanTemplate": advocacy.PlanTemplate("Dear {{first_name}},", escape="html"),
        "Campaign": campaign,
        "MilestoneSequence": campaign.milestones,
        "ActionSequence": campaign.actions,
        "ConferenceSequence": campaign.conferences,
        "GroupSequence": campaign.groups,
        "ImportWarning": advocacy.ImportWarning(3, "2.", "an empty item"),
        "JsonProblem": advocacy.check_campaign_json('{"schema_version": 1, "id": "c"}')[0],
        "ImportResult": result,
        "Error": advocacy.Error("plain"),
        "ParseError": caught(lambda: advocacy.DateRange.parse("Nov 31")),
        "ValidationError": caught(lambda: advocacy.Campaign(id="", title="T")),
        "FileError": caught(lambda: advocacy.load("/nonexistent/campaign.json")),
    }


SAMPLES = samples()


def same(a, b):
    assert type(a) is type(b)
    if isinstance(a, BaseException):
        assert str(a) == str(b) and vars(a) == vars(b)
    elif isinstance(a, advocacy.ImportResult):
        assert a.campaign == b.campaign and a.warnings == b.warnings
    else:
        assert a == b


# Each class once, under its own name (AnnouncementWarning and AnnouncementResult are other names of ImportWarning and ImportResult).
CLASSES = {
    name: value
    for name, value in vars(_advocacy).items()
    if inspect.isclass(value) and not name.startswith("_") and value.__name__ == name
}
ERRORS = sorted(name for name, value in CLASSES.items() if issubclass(value, BaseException))


def test_every_class_has_a_sample():
    assert {name for name, value in CLASSES.items() if not issubclass(value, BaseException)} <= set(SAMPLES)
    assert set(SAMPLES) <= set(CLASSES)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize("name", ERRORS)
def test_every_error_class_pickles(name, protocol):
    error = CLASSES[name]("what went wrong")
    same(pickle.loads(pickle.dumps(error, protocol=protocol)), error)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_pickle_round_trips_with_every_protocol(name, protocol):
    original = SAMPLES[name]
    back = pickle.loads(pickle.dumps(original, protocol=protocol))
    same(back, original)
    if not isinstance(original, BaseException):
        assert back is not original


@pytest.mark.parametrize("name", sorted(name for name in SAMPLES if not issubclass(CLASSES[name], BaseException)))
def test_a_state_of_another_kind_is_refused_with_a_typed_error(name):
    cls = CLASSES[name]
    for state in [(1, 2, 3, 4, 5), ("x",) * 6, ((),) * 4, ("Springfield \udc80",) * 6]:
        # Taken (when it is one of the class's states), or refused with a typed error that names
        # the class (pybind11's "incompatible ... arguments" does too): never a bare RuntimeError.
        try:
            cls.__new__(cls).__setstate__(state)
        except (TypeError, ValueError, advocacy.Error) as refused:
            if isinstance(refused, TypeError) and "incompatible" not in str(refused):
                assert str(refused).startswith(name + ": "), refused


@pytest.mark.parametrize("how", [copy.copy, copy.deepcopy])
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_copies_are_equal_and_new(name, how):
    original = SAMPLES[name]
    duplicate = how(original)
    same(duplicate, original)


def test_a_copy_is_independent():
    place = SAMPLES["Location"]
    for duplicate in (copy.copy(place), copy.deepcopy(place), pickle.loads(pickle.dumps(place, protocol=0))):
        duplicate.locality = "Elsewhere"
        assert place.locality == "Town"
    campaign = SAMPLES["Campaign"]
    for duplicate in (copy.copy(campaign), pickle.loads(pickle.dumps(campaign, protocol=1))):
        duplicate.remove_action("a2")
        assert len(campaign.actions) == 2
