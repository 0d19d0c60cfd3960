# SPDX-License-Identifier: MIT
import errno
import os
import pickle

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


def test_file_errors_are_the_oserror_subclass_of_their_errno(tmp_path):
    missing = tmp_path / "missing.json"
    with pytest.raises(FileNotFoundError) as info:
        advocacy.load(missing)
    e = info.value
    assert isinstance(e, advocacy.FileError) and isinstance(e, advocacy.Error)
    assert type(e) is advocacy.FileError.FileNotFoundError
    assert (e.errno, e.strerror, e.filename) == (errno.ENOENT, "No such file or directory", str(missing))
    assert e.path == str(missing) and e.reason == e.strerror
    assert str(e) == f"{missing}: No such file or directory"
    again = pickle.loads(pickle.dumps(e))
    assert type(again) is type(e) and (again.errno, again.filename) == (e.errno, e.filename)

    with pytest.raises(IsADirectoryError) as folder:
        advocacy.load(tmp_path)
    assert isinstance(folder.value, advocacy.FileError) and folder.value.errno == errno.EISDIR
    with pytest.raises(FileNotFoundError):
        advocacy.save(advocacy.sample_campaign(), tmp_path / "absent" / "c.json")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        advocacy.load(tmp_path / "file" / "c.json")


def test_file_errors_without_a_subclass_keep_errno_and_filename(tmp_path):
    target = tmp_path / "c.json"
    advocacy.save(advocacy.sample_campaign(), target)
    size = target.stat().st_size
    assert advocacy.load(target, max_size=size) == advocacy.sample_campaign()
    with pytest.raises(advocacy.FileError) as big:
        advocacy.load(target, max_size=size - 1)
    assert big.value.errno == errno.EFBIG and big.value.filename == str(target)
    assert f"more than the limit of {size - 1} bytes" in str(big.value)
    assert advocacy.default_max_file_size == 1 << 30
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(advocacy.FileError) as refused:
        advocacy.load(fifo)
    assert refused.value.errno is None and refused.value.filename == str(fifo)
    assert str(refused.value) == f"{fifo}: a FIFO (named pipe), not a regular file: refused, as it may never end"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_a_permission_error(tmp_path):
    target = tmp_path / "c.json"
    advocacy.save(advocacy.sample_campaign(), target)
    target.chmod(0)
    with pytest.raises(PermissionError) as info:
        advocacy.load(target)
    assert isinstance(info.value, advocacy.FileError)
