# SPDX-License-Identifier: MIT
import copy
import pickle

import pytest

import advocacy
from advocacy import Contact, Group, Location


def twin_cities(**changes):
    fields = dict(id="twin-cities-55", name="Twin Cities Group 55",
                  location=Location(locality="Minneapolis", state="MN", time_zone="America/Chicago"),
                  region="Mid Western",
                  contacts=[Contact(name="Dana Reyes", role="Group coordinator", email="dana@example.org",
                                    phone="(612) 555-0143")],
                  website="https://example.org/groups/55")
    fields.update(changes)
    return Group(**fields)


def test_fields_and_defaults():
    g = twin_cities()
    assert g.kind == "local"
    assert g.location.state == "MN"
    assert g.contacts[0].name == "Dana Reyes"
    assert g.meetings is None
    bare = Group(id="g1", name="Group 1")
    assert bare.location == Location() and bare.contacts == () and bare.website == ""
    assert twin_cities(location=Location(state="MN")).location.locality == ""  # a state alone is enough


def test_kind_is_a_string():
    assert twin_cities(kind="student").kind == "student"
    g = twin_cities()
    g.kind = "regional_office"
    assert g.kind == "regional_office"
    with pytest.raises(advocacy.ParseError, match="local, student, regional_office, national_office, other"):
        g.kind = "chapter"
    with pytest.raises(ValueError):
        twin_cities(kind="chapter")


def test_str_and_repr():
    assert str(twin_cities()) == "Twin Cities Group 55 (Minneapolis, MN)"
    assert str(Group(id="g1", name="Group 1")) == "Group 1"
    assert repr(Group(id="g1", name="Group 1", kind="student", contacts=[Contact(name="Lee")])) == (
        "Group(id='g1', name='Group 1', kind='student', contacts=[Contact(name='Lee')])")


def test_repr_evaluates_to_an_equal_group(rebuild):
    groups = [Group(id="g1", name="Group 1"), twin_cities(), twin_cities(kind="student", name="\u00c9tudiants \"Nord\" d'\u00e9t\u00e9 \\"),
              twin_cities(meetings=advocacy.MeetingSchedule.parse("second Tuesday of each month at 7pm",
                                                                  time_zone="America/Chicago"))]
    for g in groups:
        assert rebuild(g) == g


def test_equality_and_copies():
    assert twin_cities() == twin_cities()
    assert twin_cities() != twin_cities(website="")
    other = copy.deepcopy(twin_cities())
    other.contacts = [*other.contacts, Contact(name="Lee")]
    assert len(other.contacts) == 2
    assert other != twin_cities()
    with pytest.raises(TypeError):
        hash(other)


@pytest.mark.parametrize("changes, field", [
    (dict(id=""), "group: id"),
    (dict(name=""), 'group "twin-cities-55": name'),
    (dict(region="Mid\nWestern"), 'group "twin-cities-55": region'),
    (dict(website="www.example.org"), 'group "twin-cities-55": website'),
])
def test_bad_fields_are_named(changes, field):
    with pytest.raises(advocacy.ValidationError) as info:
        twin_cities(**changes)
    assert info.value.field == field


def test_contact_errors_name_the_index():
    g = twin_cities()
    lee = Contact(name="Lee")
    lee.email = "lee.example.org"  # attributes are checked when the object is validated
    g.contacts = [g.contacts[0], lee]
    with pytest.raises(advocacy.ValidationError) as info:
        g.validate()
    assert info.value.field == 'group "twin-cities-55": contacts[1].email'
    with pytest.raises(advocacy.ValidationError) as info:
        Group.from_dict(dict(twin_cities().to_dict(), contacts=[{"name": "Lee", "email": "nope"}]))
    assert info.value.field == 'group "twin-cities-55": contacts[0].email'


def test_to_dict_and_back():
    g = twin_cities()
    d = g.to_dict()
    assert d["kind"] == "local"
    assert d["place"]["locality"] == "Minneapolis"
    assert d["contacts"] == [{"name": "Dana Reyes", "role": "Group coordinator", "email": "dana@example.org",
                              "phone": "(612) 555-0143"}]
    assert d["meetings"] is None
    assert d["website"] == "https://example.org/groups/55"
    assert Group.from_dict(d) == g
    with pytest.raises(advocacy.ValidationError) as info:
        Group.from_dict(dict(d, contacts="Dana"))
    assert info.value.field == 'group "twin-cities-55": contacts'
    with pytest.raises(advocacy.ValidationError) as info:
        Group.from_dict(dict(d, meetings="monthly"))
    assert info.value.field == 'group "twin-cities-55": meetings'
    # A schedule's own fields are named inside the group.
    mondays = advocacy.MeetingSchedule.parse("every Monday at 7pm", time_zone="America/Chicago").to_dict()
    for meetings, field in [({"time_zone": "America/Chicago"}, "meetings.kind"),
                            (dict(mondays, skipped=["2015-01-05"]), "meetings.skipped[0]"),
                            (dict(mondays, start="19:00"), "meetings.start"),
                            (dict(mondays, time_zone="Mars/Base"), "meetings.time_zone"),
                            (dict(mondays, weekday="someday"), "meetings.weekday")]:
        with pytest.raises(advocacy.ValidationError) as info:
            Group.from_dict(dict(d, meetings=meetings))
        assert info.value.field == 'group "twin-cities-55": ' + field


def test_pickle():
    assert pickle.loads(pickle.dumps(twin_cities())) == twin_cities()


def schedule():
    MeetingSchedule = getattr(advocacy, "MeetingSchedule", None)
    if MeetingSchedule is None or not hasattr(MeetingSchedule, "parse"):
        pytest.skip("MeetingSchedule is not bound yet")
    return MeetingSchedule.parse("second Tuesday of each month at 7pm", time_zone="America/Chicago")


def test_meetings_round_trip():
    meets = schedule()
    g = twin_cities(meetings=meets)
    assert g.meetings == meets
    assert "meetings=" in repr(g)
    assert Group.from_dict(g.to_dict()) == g
    assert pickle.loads(pickle.dumps(g)) == g
    g.meetings = None
    assert g.meetings is None


def test_the_old_location_key_is_read_with_a_deprecation_warning():
    d = twin_cities().to_dict()
    d["location"] = d.pop("place")
    with pytest.warns(DeprecationWarning, match="'location' is deprecated"):
        assert Group.from_dict(d) == twin_cities()
