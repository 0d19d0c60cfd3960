# SPDX-License-Identifier: MIT
"""Campaigns in and out of files: load(), import_file() and save() in every format, the format
told by the extension and checked against the content, and what is refused."""

import datetime
import errno
import json
import os
import warnings

import pytest

import advocacy

MARKDOWN = "## 2026\n- Policy Clinic - June 12 & 16 - Boston, MA\n"
CSV = 'name,dates,city,state\nPolicy Clinic,"June 12 & 16, 2026",Boston,MA\n'
TSV = "name\tdates\tcity\tstate\nPolicy Clinic\tJune 12 & 16, 2026\tBoston\tMA\n"
ANNOUNCEMENT = "Spring Drive\n\n1. Write a letter to the council.\n\nValley Summit May 3-4 - Fresno, CA\n"
# A note is more than a group's contact holds: the card is imported, the note warned of.
CARD_WITH_NOTE = (
    b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dana Reyes\r\nORG:Twin Cities Group 55\r\nEMAIL:dana@example.org\r\n"
    b"NOTE:call first\r\nEND:VCARD\r\n"
)


def test_save_writes_the_format_of_the_extension(tmp_path, without_stamps):
    c = advocacy.sample_campaign()
    advocacy.save(c, tmp_path / "c.json")
    assert (tmp_path / "c.json").read_text(encoding="utf-8") == c.to_json()
    advocacy.save(c, tmp_path / "campaign")  # no extension: JSON
    assert (tmp_path / "campaign").read_text(encoding="utf-8") == c.to_json()
    advocacy.save(c, tmp_path / "x.ics")
    written = (tmp_path / "x.ics").read_bytes().decode("utf-8")
    assert without_stamps(written) == without_stamps(advocacy.to_icalendar(c))
    advocacy.save(c, str(tmp_path / "x.vcf"))
    assert (tmp_path / "x.vcf").read_bytes().decode("utf-8") == advocacy.to_vcard(c)


def test_save_writes_the_format_named(tmp_path):
    c = advocacy.sample_campaign()
    advocacy.save(c, tmp_path / "osdi.json", "osdi")
    assert json.loads((tmp_path / "osdi.json").read_text(encoding="utf-8")) == advocacy.to_osdi(c)
    advocacy.save(c, tmp_path / "calendar.txt", format="icalendar")
    assert (tmp_path / "calendar.txt").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    with pytest.raises(advocacy.ParseError) as info:
        advocacy.save(c, tmp_path / "c.json", "ics")
    assert "icalendar" in info.value.reason


def test_every_format_written_reads_back(tmp_path):
    c = advocacy.sample_campaign()
    for name in ("c.json", "campaign"):
        advocacy.save(c, tmp_path / name)
        assert advocacy.load(tmp_path / name) == c
    advocacy.save(c, tmp_path / "c.ics")
    calendar = advocacy.load(tmp_path / "c.ics")
    assert [e.name for e in calendar.conferences] == [e.name for e in c.conferences]
    result = advocacy.import_file(tmp_path / "c.ics")
    assert (result.format, result.warnings) == ("icalendar", ())
    advocacy.save(c, tmp_path / "c.vcf")
    cards = advocacy.import_file(tmp_path / "c.vcf")
    assert cards.format == "vcard"
    assert len(cards.campaign.groups) == sum(1 for g in c.groups if g.contacts)
    advocacy.save(c, tmp_path / "osdi.json", "osdi")
    osdi = advocacy.import_file(tmp_path / "osdi.json")
    assert (osdi.format, osdi.warnings) == ("osdi", ())
    assert list(osdi.campaign.conferences) == list(c.conferences)
    with pytest.raises(advocacy.ParseError, match="holds a JSON campaign, not OSDI"):
        advocacy.load(tmp_path / "c.json", "osdi")


@pytest.mark.parametrize("name, text", [("events.md", MARKDOWN), ("events.csv", CSV), ("events.tsv", TSV)])
def test_listings_are_read_by_their_extension(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = advocacy.import_file(tmp_path / name, reference=datetime.date(2026, 1, 1))
    assert result.format == "listing"
    (event,) = result.campaign.conferences
    assert event.name == "Policy Clinic"
    assert len(event.sessions) == 2
    assert advocacy.load(tmp_path / name, reference=datetime.date(2026, 1, 1)) == result.campaign


def test_an_announcement_is_read_from_text(tmp_path):
    (tmp_path / "call.txt").write_text(ANNOUNCEMENT, encoding="utf-8")
    result = advocacy.import_file(tmp_path / "call.txt", reference=datetime.date(2016, 1, 1))
    assert result.format == "text"
    assert [e.name for e in result.campaign.conferences] == ["Valley Summit"]
    assert advocacy.import_file(tmp_path / "call.txt", "listing", reference=datetime.date(2016, 1, 1)).format == "listing"


def test_an_extension_that_contradicts_the_content_is_refused(tmp_path):
    c = advocacy.sample_campaign()
    calendar = tmp_path / "calendar.json"
    calendar.write_text(advocacy.to_icalendar(c), encoding="utf-8", newline="")
    with pytest.raises(advocacy.ParseError) as info:
        advocacy.load(calendar)
    assert info.value.line == 1
    assert info.value.text == "BEGIN:VCALENDAR"
    assert info.value.reason == (
        f"the file {calendar} holds iCalendar, not a JSON campaign as its extension .json says: "
        'name the format ("icalendar") to read it all the same'
    )
    assert len(advocacy.load(calendar, "icalendar").conferences) == len(c.conferences)
    (tmp_path / "events.csv").write_text(c.to_json(), encoding="utf-8")
    with pytest.raises(advocacy.ParseError, match="holds a JSON campaign, not a listing as its extension .csv says"):
        advocacy.load(tmp_path / "events.csv")
    # A file without a known extension is read as its content shows.
    (tmp_path / "calendar.data").write_text(advocacy.to_icalendar(c), encoding="utf-8", newline="")
    assert advocacy.import_file(tmp_path / "calendar.data").format == "icalendar"


@pytest.mark.parametrize("name", ["x.md", "x.csv", "x.tsv", "x.txt"])
def test_formats_that_cannot_be_written_are_refused(tmp_path, name):
    with pytest.raises(advocacy.ValidationError) as info:
        advocacy.save(advocacy.sample_campaign(), tmp_path / name)
    assert isinstance(info.value, ValueError)
    assert info.value.field == "format"
    assert info.value.reason.startswith(f"cannot save {tmp_path / name} as ")
    assert "json (.json), icalendar (.ics), vcard (.vcf) or osdi (named)" in info.value.reason
    assert os.listdir(tmp_path) == []


def test_unknown_extensions_and_formats_are_refused(tmp_path):
    c = advocacy.sample_campaign()
    with pytest.raises(advocacy.ValidationError, match="from its extension .xml"):
        advocacy.save(c, tmp_path / "c.xml")
    with pytest.raises(advocacy.ValidationError):
        advocacy.save(c, tmp_path / "c.json", "listing")
    with pytest.raises(advocacy.ParseError):
        advocacy.load(tmp_path / "c.json", "yaml")
    with pytest.raises(TypeError):
        advocacy.load(tmp_path / "c.json", 1000)  # the size is max_size=, by keyword
    assert os.listdir(tmp_path) == []


def test_a_failed_save_leaves_the_old_file_byte_for_byte(tmp_path):
    old = b"old bytes\r\n\x01 kept"
    c = advocacy.sample_campaign()  # a good campaign: what fails is the format or the path
    for name in ("keep.json", "keep.ics", "keep.vcf"):
        target = tmp_path / name
        target.write_bytes(old)
        with pytest.raises(advocacy.ValidationError):
            advocacy.save(c, target, "text")
        assert target.read_bytes() == old
    (tmp_path / "keep.md").write_bytes(old)
    with pytest.raises(advocacy.ValidationError):
        advocacy.save(c, tmp_path / "keep.md")
    assert (tmp_path / "keep.md").read_bytes() == old
    # The rename over a folder fails after the temporary file is written: it is removed again.
    (tmp_path / "folder.ics").mkdir()
    with pytest.raises(advocacy.FileError) as info:
        advocacy.save(c, tmp_path / "folder.ics")
    assert info.value.path == str(tmp_path / "folder.ics")
    assert sorted(os.listdir(tmp_path)) == ["folder.ics", "keep.ics", "keep.json", "keep.md", "keep.vcf"]


@pytest.mark.parametrize("name", ["absent.json", "absent.ics", "absent.vcf", "absent.md", "absent"])
def test_a_missing_file_is_a_file_error_naming_it(tmp_path, name):
    with pytest.raises(advocacy.FileError) as info:
        advocacy.load(tmp_path / name)
    assert isinstance(info.value, FileNotFoundError)
    assert info.value.path == str(tmp_path / name)
    assert info.value.errno == errno.ENOENT
    with pytest.raises(FileNotFoundError):
        advocacy.import_file(tmp_path / name)


def test_an_unreadable_path_is_a_file_error_naming_it(tmp_path):
    with pytest.raises(advocacy.FileError) as folder:
        advocacy.load(tmp_path)
    assert folder.value.path == str(tmp_path)
    assert folder.value.errno == errno.EISDIR
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.ics"
        locked.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
        locked.chmod(0)
        with pytest.raises(PermissionError) as denied:
            advocacy.load(locked)
        assert denied.value.path == str(locked)
    big = tmp_path / "big.json"
    advocacy.save(advocacy.sample_campaign(), big)
    with pytest.raises(advocacy.FileError) as too_big:
        advocacy.load(big, max_size=10)
    assert too_big.value.errno == errno.EFBIG


def test_what_is_left_out_is_a_load_warning(tmp_path):
    cards = tmp_path / "contacts.vcf"
    cards.write_bytes(CARD_WITH_NOTE)
    with pytest.warns(advocacy.LoadWarning) as caught:
        c = advocacy.load(cards)
    assert [g.name for g in c.groups] == ["Twin Cities Group 55"]
    (warning,) = caught
    assert issubclass(advocacy.LoadWarning, UserWarning)
    assert str(warning.message).startswith(f'{cards}:line 1: "Dana Reyes": ')
    assert "NOTE" in str(warning.message)
    assert warning.filename == __file__  # told where load() was called
    result = advocacy.import_file(cards)
    assert result.format == "vcard"
    assert [w.line for w in result.warnings] == [1]
    with warnings.catch_warnings():
        warnings.simplefilter("error", advocacy.LoadWarning)
        with pytest.raises(advocacy.LoadWarning):
            advocacy.load(cards)


def test_a_json_file_loads_without_warnings(tmp_path):
    target = tmp_path / "c.json"
    advocacy.save(advocacy.sample_campaign(), target)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert advocacy.load(target) == advocacy.sample_campaign()
