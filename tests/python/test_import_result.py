# SPDX-License-Identifier: MIT
"""ImportWarning and ImportResult: the one result type of every importer."""

import pickle

import pytest

import advocacy


def test_a_warning_names_its_line_record_and_reason():
    w = advocacy.ImportWarning(12, "Board meeting", "RRULE FREQ=SECONDLY is not a meeting schedule")
    assert (w.line, w.text, w.reason) == (12, "Board meeting", "RRULE FREQ=SECONDLY is not a meeting schedule")
    assert str(w) == 'line 12: "Board meeting": RRULE FREQ=SECONDLY is not a meeting schedule'
    assert str(advocacy.ImportWarning(1, "", "the calendar has no VEVENT")) == "line 1: the calendar has no VEVENT"
    assert repr(w).startswith("ImportWarning(line=12")


def test_the_announcement_names_are_the_same_classes():
    assert advocacy.AnnouncementWarning is advocacy.ImportWarning
    assert advocacy.AnnouncementResult is advocacy.ImportResult


def test_an_announcement_returns_an_import_result():
    result = advocacy.parse_announcement("Write a letter\n\n1. Frobnicate the widgets\n")
    assert isinstance(result, advocacy.ImportResult)
    assert [w.line for w in result.warnings] == [3]
    assert isinstance(result.warnings[0], advocacy.ImportWarning)
    assert repr(result) == ("<advocacy.ImportResult title='Write a letter' conferences=0 actions=1 groups=0 "
                            "milestones=0 warnings=1>")


def test_a_result_round_trips_through_pickle():
    result = advocacy.parse_announcement("Write a letter\n\n1. Frobnicate the widgets\n")
    back = pickle.loads(pickle.dumps(result))
    assert back.campaign == result.campaign and back.warnings == result.warnings


def test_a_warning_repr_evaluates_to_an_equal_warning(rebuild):
    for w in [advocacy.ImportWarning(12, "Board meeting", "RRULE FREQ=SECONDLY is not a meeting schedule"),
              advocacy.ImportWarning(1, "", "the calendar has no VEVENT"),
              advocacy.ImportWarning(3, "Caf\u00e9 \"Nord\" d'\u00e9t\u00e9 \\ \u2013", "line\nbreak")]:
        assert rebuild(w) == w


def test_results_compare_by_value_and_are_unhashable_as_their_campaign():
    text = "Write a letter\n\n1. Frobnicate the widgets\n"
    result = advocacy.parse_announcement(text)
    assert result == advocacy.parse_announcement(text)
    assert not (result != advocacy.parse_announcement(text))
    assert result != advocacy.parse_announcement(text, campaign_id="other")
    assert result != advocacy.parse_announcement("Write a letter\n")
    assert result != result.campaign and (result == 3) is False
    assert pickle.loads(pickle.dumps(result)) == result
    with pytest.raises(TypeError):
        hash(result)


def test_warnings_are_hashable_values():
    a = advocacy.ImportWarning(3, "2.", "an empty item")
    assert a == advocacy.ImportWarning(3, "2.", "an empty item")
    assert a != advocacy.ImportWarning(3, "2.", "other")
    assert hash(a) == hash(advocacy.ImportWarning(3, "2.", "an empty item"))
    assert len({a, advocacy.ImportWarning(3, "2.", "an empty item"), advocacy.ImportWarning(4, "2.", "x")}) == 2
