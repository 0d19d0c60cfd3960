# SPDX-License-Identifier: MIT
"""The `advocacy` command, run as a user would. ADVOCACY_CLI names the program (scripts/test.sh
sets it); otherwise the one in build/examples is used."""

import json
import os
import pathlib
import subprocess

import pytest

import advocacy

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = os.environ.get("ADVOCACY_CLI", str(ROOT / "build" / "examples" / "advocacy"))
SEED = ROOT.parent / "shared" / "seed" / "announcement.txt"

pytestmark = pytest.mark.skipif(not pathlib.Path(CLI).exists(), reason=f"no advocacy program at {CLI}")


def run(*args, check_status=0):
    result = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=60)
    assert result.returncode == check_status, (result.returncode, result.stdout, result.stderr)
    return result


def test_help_everywhere():
    assert "plan --state" in run("--help").stdout
    for command in ("plan", "conferences", "groups", "meetings", "export", "import", "validate", "dates"):
        assert run(command, "--help").stdout.startswith(f"usage: advocacy {command}")


def test_version():
    assert run("--version").stdout.strip() == f"advocacy {advocacy.__version__}"


def test_plan_for_minnesota():
    out = run("plan", "--state", "MN", "--today", "2015-09-01").stdout
    assert "Mid Western Regional Conference" in out
    assert "Oct 23\u201325, 2015" in out
    assert "Minneapolis, MN" in out
    assert "https://" in out
    assert "@example.org" in out


def test_plan_after_the_conference_has_no_conference():
    out = run("plan", "--state", "MN", "--today", "2015-10-26").stdout
    assert "Mid Western Regional Conference" not in out


def test_conferences_in_date_order_and_by_region():
    lines = run("conferences").stdout.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("Oct 23\u201325, 2015")
    assert lines[-1].startswith("Nov 20\u201322, 2015")
    west = run("conferences", "--region", "Western").stdout.splitlines()
    assert len(west) == 1 and "Los Angeles, CA" in west[0]
    upcoming = run("conferences", "--upcoming", "--today", "2015-11-10").stdout.splitlines()
    assert [l.split("  ")[1] for l in upcoming] == ["Mid Atlantic Regional Conference", "Western Regional Conference"]


def test_groups_and_meetings():
    assert "MN" in run("groups", "--state", "MN").stdout
    out = run("meetings", "--from", "2015-10-01", "--to", "2015-11-30").stdout
    assert out.count("\n") >= 4
    assert "PM" in out


def test_dates():
    out = run("dates", "Nov 13-15", "Nov 20 \u2013 22", "--reference", "2015-08-11").stdout
    assert out.splitlines() == ["Nov 13\u201315, 2015\t2015-11-13/2015-11-15",
                                "Nov 20\u201322, 2015\t2015-11-20/2015-11-22"]


def test_export_formats(tmp_path):
    ics = run("export", "ics").stdout
    assert ics.startswith("BEGIN:VCALENDAR")
    assert "DTEND;VALUE=DATE:20151116" in ics
    assert run("export", "vcard").stdout.startswith("BEGIN:VCARD")
    osdi = json.loads(run("export", "osdi").stdout)
    assert len(osdi["osdi:events"]) == 5
    target = tmp_path / "campaign.json"
    run("export", "json", "-o", target)
    assert advocacy.load(target) == advocacy.sample_campaign()
    assert "valid" in run("validate", target).stdout


def test_import_the_seed(tmp_path):
    if not SEED.exists():
        pytest.skip(f"the seed announcement is not at {SEED}")
    target = tmp_path / "seed.json"
    result = run("import", SEED, "-o", target)
    assert "5 conferences" in result.stderr
    campaign = advocacy.load(target)
    assert len(campaign.conferences) == 5
    assert len(campaign.actions) == 3


def test_timed_conference_from_a_calendar(tmp_path):
    ics = tmp_path / "town-hall.ics"
    ics.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\nBEGIN:VEVENT\r\nUID:hall@example.org\r\n"
        b"DTSTAMP:20150801T000000Z\r\nSUMMARY:Town Hall\r\nLOCATION:Chicago\\, IL\r\n"
        b"DTSTART;TZID=America/Chicago:20151113T190000\r\nDTEND;TZID=America/Chicago:20151113T213000\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    target = tmp_path / "hall.json"
    run("import", ics, "-o", target)
    lines = run("conferences", target).stdout.splitlines()
    assert lines == ["Nov 13, 2015, 19:00\u201321:30 America/Chicago  Town Hall  Chicago, IL"]
    assert "DTSTART;TZID=America/Chicago:20151113T190000" in run("export", "ics", target).stdout
    ics.write_bytes(ics.read_bytes().replace(b"T190000", b"T190030"))
    error = run("import", ics, "-o", target, check_status=1).stderr
    assert "line 9" in error and "whole minutes" in error


def test_import_warnings_go_to_stderr(tmp_path):
    text = tmp_path / "call.txt"
    text.write_text("Spring Drive\n\nValley Summit May 3 - Fresno, CA\nHill Assembly Smarch 3-5 - Boise, ID\n")
    result = run("import", text, "-o", tmp_path / "out.json", "--reference", "2016-01-01")
    assert ":4:" in result.stderr or "line 4" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("frobnicate",),
        ("plan",),
        ("plan", "--state"),
        ("plan", "--state", "MN", "--bogus"),
        ("plan", "--state", "MN", "--today", "someday"),
        ("meetings", "--from", "2015-10-02", "--to", "2015-10-01"),
        ("export", "pdf"),
        ("export",),
        ("import", "x.txt"),
        ("dates",),
    ],
)
def test_usage_errors_exit_2(args):
    result = run(*args, check_status=2)
    assert result.stderr.startswith("advocacy: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_input_errors_exit_1(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "id": ')
    result = run("validate", bad, check_status=1)
    assert str(bad) in result.stderr or "line 1" in result.stderr
    assert result.stderr.count("\n") == 1
    assert run("validate", tmp_path / "missing.json", check_status=1).stderr.startswith("advocacy: ")
    assert "Smarch" in run("dates", "Smarch 3", check_status=1).stderr


def test_export_to_a_file_is_atomic(tmp_path):
    target = tmp_path / "campaign.ics"
    assert run("export", "ics", "-o", target).stdout == ""
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    result = run("export", "vcard", "-o", tmp_path / "missing" / "contacts.vcf", check_status=1)
    assert "No such file or directory" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["campaign.ics"]
