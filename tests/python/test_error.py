# SPDX-License-Identifier: MIT
import pytest

import advocacy


def test_hierarchy():
    assert issubclass(advocacy.ParseError, advocacy.Error) and issubclass(advocacy.ParseError, ValueError)
    assert issubclass(advocacy.ValidationError, advocacy.Error) and issubclass(advocacy.ValidationError, ValueError)
    assert issubclass(advocacy.FileError, advocacy.Error) and issubclass(advocacy.FileError, OSError)
    assert advocacy.ParseError.__module__ == "advocacy"


def test_parse_error_attributes():
    with pytest.raises(advocacy.ParseError) as info:
        advocacy.DateRange.parse("Smarch 3")
    e = info.value
    assert (e.text, e.position, e.line) == ("Smarch 3", 0, 0)
    assert "Smarch" in e.reason
    assert str(e).startswith('"Smarch 3": ')


def test_file_error_says_the_path_and_the_reason(tmp_path):
    missing = tmp_path / "missing.json"
    with pytest.raises(advocacy.FileError) as info:
        advocacy.load(missing)
    e = info.value
    assert e.path == str(missing)
    assert e.reason
    assert str(e) == f"{missing}: {e.reason}"


def test_control_characters_are_escaped_in_str_and_kept_in_reason():
    with pytest.raises(advocacy.ParseError) as info:
        advocacy.DateRange.parse("Nov \x00 13")
    e = info.value
    assert "\x00" not in str(e)
    assert str(e).startswith('"Nov \\x00 13": ')
    assert str(e).endswith("(at offset 4)")
    assert e.text == "Nov \x00 13"
    assert "\x00" in e.reason


def test_a_name_of_control_characters_is_refused_and_shown_escaped():
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.Campaign(id="c", title="\x01\x1b")
    assert info.value.field == "campaign: title"
    assert "\\x01\\x1b" in str(info.value)
