# SPDX-License-Identifier: MIT
"""The `advocacy` command, run as a user would. ADVOCACY_CLI names the program (scripts/test.sh
sets it); otherwise the one in build/cli is used."""

import csv
import datetime
import fcntl
import io
import json
import os
import pathlib
import re
import stat
import subprocess
import threading

import pytest

import advocacy

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = os.environ.get("ADVOCACY_CLI", str(ROOT / "build" / "cli" / "advocacy"))
SEED = ROOT / "tests" / "data" / "announcements" / "seed_2015.txt"

pytestmark = pytest.mark.skipif(not pathlib.Path(CLI).exists(), reason=f"no advocacy program at {CLI}")


# What the command says on standard error when no campaign file is given.
SAMPLE_NOTE = "advocacy: using the bundled sample campaign (2015)\n"


def run(*args, check_status=0, input=None):
    result = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=60, input=input)
    assert result.returncode == check_status, (result.returncode, result.stdout, result.stderr)
    return result


def test_help_everywhere():
    assert "plan --state" in run("--help").stdout
    for command in ("plan", "plans", "conferences", "groups", "meetings", "export", "import", "validate", "dates",
                    "regions"):
        assert run(command, "--help").stdout.startswith(f"usage: advocacy {command}")


def test_version():
    assert run("--version").stdout.strip() == f"advocacy {advocacy.__version__}"


@pytest.mark.parametrize(
    "command, options",
    [
        ("plan", ["--state", "--today", "--max-size", "CAMPAIGN.json"]),
        ("plans", ["SUPPORTERS", "CAMPAIGN.json", "--today", "--format", "--layout", "--jobs", "-o", "--max-size"]),
        ("conferences", ["--upcoming", "--today", "--region", "--max-size"]),
        ("groups", ["--state", "--region", "--max-size"]),
        ("meetings", ["--from", "--to", "--today", "--group", "--state", "--region", "--max-size"]),
        ("export", ["FORMAT", "-o", "--vcard-version", "--group", "--state", "--region", "--max-size"]),
        ("import", ["FILE", "-o", "--reference", "--max-size"]),
        ("validate", ["CAMPAIGN.json", "--max-size"]),
        ("dates", ["TEXT", "--reference"]),
        ("regions", ["CAMPAIGN.json", "--format", "--max-size", "set", "remove", "load"]),
    ],
)
def test_help_of_each_command_shows_its_usage_and_every_option(command, options):
    out = run(command, "--help").stdout
    assert out.startswith(f"usage: advocacy {command} ")
    for option in options:
        assert option in out
    assert run(command, "-h").stdout == out
    assert run("help", command).stdout == out  # `advocacy help COMMAND` is the same
    assert f"\n  {command} " in run("--help").stdout  # and the command is listed in the main help


def test_version_is_the_project_version_set_in_cmake():
    project = re.search(r"project\(advocacy VERSION ([0-9.]+)", (ROOT / "CMakeLists.txt").read_text())
    assert project is not None
    assert run("--version").stdout == f"advocacy {project.group(1)}\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (("pln", "--state", "MN"), 'unknown command "pln"; did you mean "plan"?'),
        (("conference",), 'unknown command "conference"; did you mean "conferences"?'),
        (("exprot", "ics"), 'unknown command "exprot"; did you mean "export"?'),
        (("frobnicate",), 'unknown command "frobnicate"; try `advocacy --help`'),
        (("plan", "--stat", "MN"), "unknown option --stat; did you mean --state?"),
        (("plan", "--state=MN", "--todya=2015-09-01"), "unknown option --todya=2015-09-01; did you mean --today?"),
        (("conferences", "--upcomming"), "unknown option --upcomming; did you mean --upcoming?"),
        (("export", "vcard", "--vcard-verison", "3"), "unknown option --vcard-verison; did you mean --vcard-version?"),
        (("validate", "x.json", "--max-szie", "1K"), "unknown option --max-szie; did you mean --max-size?"),
        (("--verison",), "unknown option --verison; did you mean --version?"),
        (("plan", "--state", "MN", "--zzzzzz"), "unknown option --zzzzzz"),
    ],
)
def test_a_misspelt_command_or_option_is_named_with_the_nearest_one(args, message):
    result = run(*args, check_status=2)
    assert result.stderr == f"advocacy: {message}\n" and result.stdout == ""


@pytest.mark.parametrize(
    "args, message",
    [
        (("plan", "--state", "MN", "--today", "Sep 1-3, 2015"), '--today: takes one day, got "Sep 1-3, 2015"'),
        (("plan", "--state", "MN", "--today", "2015-02-30"), "--today: "),
        (("plan", "--state", "MN", "--today"), "--today"),
        (("plan", "--state", ""), "--state: takes a state, e.g. --state MN"),
        (("plan", "--today", "2015-09-01"), "--state is required"),
        (("meetings", "--from", "2015-10-02", "--to", "2015-10-01"), "--to 2015-10-01 is before the first day, 2015-10-02 (--from)"),
        (("meetings", "--today", "2015-10-02", "--to", "2015-10-01"), "--to 2015-10-01 is before the first day, 2015-10-02 (--today)"),
        (("meetings", "--group", ""), "--group: takes a group's id"),
        (("meetings", "--region", ""), "--region: takes a region, e.g. --region Midwest"),
        (("meetings", "--today", "Oct 1-2, 2015"), '--today: takes one day, got "Oct 1-2, 2015"'),
        (("export", "json", "--state", "MN"), "--group, --state and --region are for `export ics`: a json export is the whole campaign"),
        (("export", "vcard", "--group", "twin-cities-55"), "are for `export ics`"),
        (("meetings", "--from", "2015-10-01", "--to", "someday"), '--to: "someday"'),
        (("export", "pdf"), 'unknown export format "pdf"; expected ics, vcard, json or osdi'),
        (("export", "vcard", "--vcard-version", "5"), "--vcard-version: is 3 or 4, not 5"),
        (("validate", "x.json", "--max-size", "1T"), '--max-size: takes a number of bytes, optionally with K, M or G, not "1T"'),
        (("plan", "--state", "MN", "one.json", "two.json"), "too many arguments: two.json"),
        (("validate",), "CAMPAIGN.json is required"),
        (("import", "call.txt"), "-o is required"),
    ],
)
def test_a_value_an_option_does_not_take_is_a_usage_error_naming_it(args, message):
    result = run(*args, check_status=2)
    error = result.stderr.removeprefix(SAMPLE_NOTE)  # a region is checked against the campaign read
    assert error.startswith("advocacy: ") and message in error
    assert error.count("\n") == 1 and result.stdout == ""


def test_the_usage_lines_in_docs_command_md_are_the_commands_own():
    block = (ROOT / "docs" / "command.md").read_text(encoding="utf-8").split("```text\n", 1)[1].split("```", 1)[0]
    lines = block.splitlines()
    assert [line.split()[1] for line in lines] == [
        "plan", "plans", "conferences", "groups", "meetings", "export", "import", "validate", "dates", "regions",
        "site"]
    assert lines == [run(line.split()[1], "--help").stdout.splitlines()[0].removeprefix("usage: ") for line in lines]


def test_a_day_is_read_in_any_form_dates_reads():
    assert run("plan", "--state", "MN", "--today", "Sep 1, 2015").stdout == \
        run("plan", "--state", "MN", "--today=2015-09-01").stdout


def test_plan_for_minnesota():
    out = run("plan", "--state", "MN", "--today", "2015-09-01").stdout
    assert "Mid Western Regional Conference" in out
    assert "Oct 23\u201325, 2015" in out
    assert "Minneapolis, MN" in out
    assert "https://" in out
    assert "@example.org" in out


def test_plan_for_a_town_and_a_chosen_group(tmp_path):
    c = advocacy.sample_campaign()
    for gid, town in (("duluth-a", "Duluth"), ("duluth-b", "Duluth"), ("superior", "Superior")):
        c.add_group(advocacy.Group(id=gid, name=f"Group {gid}", location=advocacy.Location(locality=town, state="MN")))
    path = tmp_path / "c.json"
    advocacy.save(c, str(path))

    def groups(*args):
        rows = json.loads(run("plan", "--state", "MN", "--today", "2015-09-01", "--format", "json", *args,
                              str(path)).stdout)
        return [r["groups"] for r in rows if r["groups"]]

    assert groups("--town", "duluth")[0] == ["duluth-a", "duluth-b"]
    assert groups("--town", "Duluth", "--group", "superior")[0] == ["superior"]
    assert len(groups()[0]) == 3  # the state's first three, the others counted
    assert "more group" in run("plan", "--state", "MN", "--today", "2015-09-01", str(path)).stdout
    assert 'unknown group "nowhere"' in run("plan", "--state", "MN", "--group", "nowhere", str(path),
                                             check_status=1).stderr


def test_plan_after_the_conference_has_no_conference():
    out = run("plan", "--state", "MN", "--today", "2015-10-26").stdout
    assert "Mid Western Regional Conference" not in out


def test_conferences_in_date_order_and_by_region():
    def conferences(*args):  # the lines naming a conference, not the indented id lines
        return [line for line in run("conferences", *args).stdout.splitlines() if not line.startswith(" ")]
    lines = conferences()
    assert len(lines) == 5
    assert lines[0].startswith("Oct 23\u201325, 2015")
    assert lines[-1].startswith("Nov 20\u201322, 2015")
    west = conferences("--region", "Western")
    assert len(west) == 1 and "Los Angeles, CA" in west[0]
    upcoming = conferences("--upcoming", "--today", "2015-11-10")
    assert [l.split("  ")[1] for l in upcoming] == ["Mid Atlantic Regional Conference", "Western Regional Conference"]


def test_conferences_that_find_nothing_say_so():
    assert run("conferences", "--upcoming", "--today", "2030-01-01").stdout == \
        "No conference ends on or after 2030-01-01.\n"
    assert run("conferences", "--region", "Western", "--upcoming", "--today", "2016-01-01").stdout == \
        "No conference in the region Western ends on or after 2016-01-01.\n"
    assert run("conferences", "--upcoming", "--today", "2030-01-01", "--format", "json").stdout == "[]\n"


def test_conferences_show_their_ids_and_registration_links():
    out = run("conferences", "--region", "Western").stdout
    assert out == ("Nov 20\u201322, 2015  Western Regional Conference  Los Angeles, CA  [Western]\n"
                   "  id: western-2015; register: https://example.org/conferences/2015/western-2015\n")


def test_groups_and_meetings():
    assert "MN" in run("groups", "--state", "MN").stdout
    out = run("meetings", "--from", "2015-10-01", "--to", "2015-11-30").stdout
    assert out.count("\n") >= 4
    assert " pm " in out


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
    assert len(osdi["_embedded"]["osdi:events"]) == 5
    target = tmp_path / "campaign.json"
    run("export", "json", "-o", target)
    assert advocacy.load(target) == advocacy.sample_campaign()
    assert "valid" in run("validate", target).stdout


def test_import_the_seed(tmp_path):
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
    assert lines == ["Nov 13, 2015, 7:00 pm\u20139:30 pm CST  Town Hall  Chicago, IL", "  id: hall"]
    assert "DTSTART;TZID=America/Chicago:20151113T190000" in run("export", "ics", target).stdout
    # Read leniently: seconds are rounded down, and the warning says where.
    ics.write_bytes(ics.read_bytes().replace(b"T190000", b"T190030"))
    result = run("import", ics, "-o", target)
    assert "warning" in result.stderr and "line 9" in result.stderr and "whole minutes" in result.stderr
    assert result.stderr.rstrip().endswith("1 conference, 0 groups with meetings, 1 warning")
    # An event the model cannot hold is named, and the file with nothing else is refused.
    ics.write_bytes(ics.read_bytes().replace(b"END:VEVENT", b"RRULE:FREQ=HOURLY\r\nEND:VEVENT"))
    error = run("import", ics, "-o", target, check_status=1).stderr
    assert "warning" in error and "\"Town Hall\"" in error and "nothing to import" in error
    assert run("conferences", target).stdout.splitlines() == [
        "Nov 13, 2015, 7:00 pm\u20139:30 pm CST  Town Hall  Chicago, IL", "  id: hall"]


def test_import_warnings_go_to_stderr(tmp_path):
    text = tmp_path / "call.txt"
    text.write_text("Spring Drive\n\nValley Summit May 3 - Fresno, CA\nHill Assembly Smarch 3-5 - Boise, ID\n")
    result = run("import", text, "-o", tmp_path / "out.json", "--reference", "2016-01-01")
    assert ":4:" in result.stderr or "line 4" in result.stderr


@pytest.mark.parametrize(
    "name, content",
    [
        ("events.md", "## 2026\n- Policy Clinic \u2014 June 12 & 16 \u2014 Boston, MA\n- Bad - June 16 & 12 - Boston, MA\n"),
        ("events.csv", "name,dates,city,state\nPolicy Clinic,\"June 12 & 16, 2026\",Boston,MA\nBad,\"June 16 & 12, 2026\",Boston,MA\n"),
        ("events.tsv", "name\tdates\tcity\tstate\nPolicy Clinic\tJune 12 & 16, 2026\tBoston\tMA\nBad\tJune 16 & 12, 2026\tBoston\tMA\n"),
        ("events.txt", "Events\nPolicy Clinic - June 12 & 16, 2026 - Boston, MA\nBad - June 16 & 12, 2026 - Boston, MA\n"),
    ],
)
def test_import_reads_listings_and_names_what_it_leaves_out(tmp_path, name, content):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("import", source, "-o", out, "--reference", "2026-01-01")
    assert f"{name}:line 3:" in result.stderr
    assert "expected the days in order" in result.stderr
    assert "1 conference, 1 warning" in result.stderr
    (conference,) = advocacy.load(str(out)).conferences
    assert conference.name == "Policy Clinic"
    assert [(d.first, d.last) for d in conference.sessions] == [
        (datetime.date(2026, 6, 12), datetime.date(2026, 6, 12)),
        (datetime.date(2026, 6, 16), datetime.date(2026, 6, 16)),
    ]


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


# ---- what import reads: the content decides, not the file name -------------------------------

def test_import_of_a_campaign_onto_itself_keeps_it(tmp_path):
    target = tmp_path / "camp.json"
    run("export", "json", "-o", target)
    result = run("import", target, "-o", target)
    assert "5 conferences" in result.stderr
    assert advocacy.load(target) == advocacy.sample_campaign()


def test_a_calendar_saved_as_text_is_read_as_a_calendar(tmp_path):
    calendar = tmp_path / "calendar.txt"
    calendar.write_text(run("export", "ics").stdout)
    target = tmp_path / "out.json"
    assert "5 conferences" in run("import", calendar, "-o", target).stderr
    assert len(advocacy.load(target).conferences) == 5
    run("import", calendar, "-o", target, "--reference", "2015-01-01", check_status=2)


def test_a_vcard_is_imported_with_its_warnings(tmp_path):
    source = tmp_path / "contacts.txt"  # told by its content, not its name
    source.write_bytes(
        b"begin:vcard\r\nVERSION:3.0\r\nFN:Dana Reyes\r\nORG:Twin Cities Group 55\r\n"
        b"EMAIL;TYPE=WORK:dana@example.org\r\nEMAIL;TYPE=HOME:dana.reyes@example.com\r\nNOTE:x\r\nend:vcard\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Okafor\r\nTEL:651-555-0107\r\nEND:VCARD\r\n")
    target = tmp_path / "camp.json"
    result = run("import", source, "-o", target)
    assert result.stderr.splitlines() == [
        f'advocacy: warning: {source}:line 1: "Dana Reyes": imported; left out what a group\'s contact cannot hold: '
        'NOTE; EMAIL "dana.reyes@example.com"',
        f'advocacy: warning: {source}:line 9: "Contacts without an organization": 1 card without ORG: put in the '
        'group "unaffiliated"',
        f"advocacy: wrote {target}: 2 groups, 2 contacts, 2 warnings",
    ]
    groups = advocacy.load(target).groups
    assert [(g.id, [p.name for p in g.contacts]) for g in groups] == [
        ("twin-cities-group-55", ["Dana Reyes"]), ("unaffiliated", ["Sam Okafor"])]
    run("import", source, "-o", target, "--reference", "2015-01-01", check_status=2)
    # What the command exports comes back: one group per group with contacts.
    exported = tmp_path / "export.vcf"
    run("export", "vcard", "-o", exported)
    run("import", exported, "-o", target)
    assert len(advocacy.load(target).groups) == sum(1 for g in advocacy.sample_campaign().groups if g.contacts)
    # A vCard file without anyone in it is refused, after the warning that says why.
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n")
    target.write_text("precious", encoding="utf-8")
    result = run("import", empty, "-o", target, check_status=1)
    assert result.stderr.splitlines() == [
        f"advocacy: warning: {empty}:line 1: a card without FN, N, EMAIL or TEL: nobody to import",
        f"advocacy: {empty}: no action, conference or group found in this vCard file: nothing to import, "
        f"nothing written to {target}",
    ]
    assert target.read_text(encoding="utf-8") == "precious"


def test_import_reads_osdi_from_its_export_and_from_osdi_servers(tmp_path):
    # What `export osdi` writes comes back, in every field OSDI carries.
    exported = tmp_path / "export.json"
    run("export", "osdi", "-o", exported)
    target = tmp_path / "camp.json"
    result = run("import", exported, "-o", target)
    assert result.stderr.splitlines() == [f"advocacy: wrote {target}: 3 actions, 5 conferences, 7 contacts, 0 warnings"]
    back = advocacy.load(target)
    sample = advocacy.sample_campaign()
    assert (back.id, back.title, back.summary) == (sample.id, sample.title, sample.summary)
    assert list(back.conferences) == list(sample.conferences)
    # A page of events as an OSDI server returns it: the record it cannot read is named.
    page = pathlib.Path(__file__).parent.parent / "data" / "osdi" / "events_page.json"
    result = run("import", page, "-o", target)
    assert result.stderr.splitlines()[0].startswith(
        f'advocacy: warning: {page}:line 3: "House Party for Progress": osdi:events[2]: ')
    assert result.stderr.splitlines()[-1] == f"advocacy: wrote {target}: 0 actions, 2 conferences, 0 contacts, 1 warning"
    assert [c.name for c in advocacy.load(target).conferences] == ["Rally for Justice", "Day of Action"]
    run("import", page, "-o", target, "--reference", "2015-01-01", check_status=2)


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("empty.txt", b"\n \n", ["empty"]),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", ["0x89", "line 1"]),
        ("letter.txt", b"Dear friends,\nsee you soon.\n", ["nothing to import"]),
        ("calendar.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\nEND:VCALENDAR\r\n", ["nothing to import"]),
    ],
)
def test_import_refuses_what_it_cannot_read_and_keeps_the_target(tmp_path, name, content, words):
    source = tmp_path / name
    source.write_bytes(content)
    target = tmp_path / "camp.json"
    target.write_text("precious", encoding="utf-8")
    result = run("import", source, "-o", target, check_status=1)
    *warnings, refusal = result.stderr.splitlines()
    assert refusal.startswith(f"advocacy: {source}: ")
    assert all(line.startswith(f"advocacy: warning: {source}:") for line in warnings)
    for word in words:
        assert word in result.stderr
    assert target.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["camp.json", name])


# ---- writes that fail are reported -------------------------------------------------------------

def run_to(stdout, *args):
    return subprocess.run([CLI, *map(str, args)], stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("args", [("export", "json"), ("conferences",), ("--help",), ("dates", "Nov 13-15")])
def test_a_full_standard_output_is_an_error(args):
    with open("/dev/full", "w") as full:
        result = run_to(full, *args)
    assert result.returncode == 1
    # Commands that work on the bundled sample say so first.
    note = SAMPLE_NOTE if args[0] in ("export", "conferences") else ""
    assert result.stderr == note + "advocacy: cannot write to standard output: No space left on device\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_device_named_by_o_is_written_through_and_reported():
    result = run("export", "json", "-o", "/dev/full", check_status=1)
    assert result.stderr == SAMPLE_NOTE + "advocacy: /dev/full: No space left on device\n"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_o_writes_through_a_fifo_and_keeps_it(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    run("export", "ics", "-o", fifo)
    reader.join(timeout=60)
    assert received and received[0].startswith(b"BEGIN:VCALENDAR\r\n")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_o_dev_stdout_writes_to_a_pipe():
    result = run("export", "vcard", "-o", "/dev/stdout")
    assert result.stdout.startswith("BEGIN:VCARD\n") and result.stderr == SAMPLE_NOTE  # text mode: CRLF read as LF


def test_o_through_a_symbolic_link_replaces_its_target_and_keeps_the_link(tmp_path):
    (tmp_path / "real.json").write_text("old", encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real.json")
    run("export", "json", "-o", tmp_path / "link.json")
    assert (tmp_path / "link.json").is_symlink()
    assert advocacy.load(tmp_path / "real.json") == advocacy.sample_campaign()


def test_stale_temporary_files_are_removed_on_the_next_save(tmp_path):
    dead = 2147483647  # above the largest pid_max: no process has it
    stale = [f".camp.json.advocacy-{dead}-1.tmp", f".camp.json.tmp-{dead}-2"]
    live = [f".camp.json.advocacy-{os.getpid()}-1.tmp", f".other.json.advocacy-{dead}-1.tmp"]
    for name in stale + live:
        (tmp_path / name).write_text("partial", encoding="utf-8")
    run("export", "json", "-o", tmp_path / "camp.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(live + ["camp.json"])
    advocacy.save(advocacy.sample_campaign(), tmp_path / "other.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(live[:1] + ["camp.json", "other.json"])


# ---- inputs that never end, or are too large ----------------------------------------------------

def test_a_fifo_or_a_device_is_refused_as_input(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("validate", fifo, check_status=1)
    assert "FIFO" in result.stderr and result.stderr.count("\n") == 1
    assert "FIFO" in run("import", fifo, "-o", tmp_path / "c.json", check_status=1).stderr
    if os.path.exists("/dev/zero"):
        assert "character device" in run("validate", "/dev/zero", check_status=1).stderr


def test_max_size(tmp_path):
    target = tmp_path / "camp.json"
    run("export", "json", "-o", target)
    size = target.stat().st_size
    assert "valid" in run("validate", target, "--max-size", size).stdout
    result = run("validate", target, "--max-size", size - 1, check_status=1)
    assert f"{size} bytes, more than the limit of {size - 1} bytes" in result.stderr
    assert "limit of 1024 bytes (1 KiB)" in run("conferences", target, "--max-size", "1K", check_status=1).stderr
    assert "limit of" in run("import", target, "-o", tmp_path / "x.json", "--max-size=1K", check_status=1).stderr
    for bad in ("", "ten", "1T", "-1", "99999999999999999999", "20000000000000000G"):
        run("validate", target, "--max-size", bad, check_status=2)


# ---- what the command prints cannot drive the terminal -----------------------------------------

def test_names_and_messages_are_printed_with_control_characters_escaped(tmp_path):
    doc = json.loads(run("export", "json").stdout)
    doc["title"] = "Pwn \u001b]0;pwn\u0007 drive"
    doc["conferences"][0]["name"] = "Town \u001b[31mHall\u009b"
    target = tmp_path / "camp.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    out = run("conferences", target).stdout
    assert "Town \\x1b[31mHall\\u009b" in out
    assert "Pwn \\x1b]0;pwn\\x07 drive" in run("validate", target).stdout
    plan = run("plan", "--state", "MN", "--today", "2015-09-01", target).stdout
    assert plan.startswith("Pwn \\x1b]0;pwn\\x07 drive\n")
    exported = run("export", "json", target).stdout
    assert "\\u001b]0;pwn\\u0007" in exported  # file content is written as it is
    for printed in (out, plan):
        assert "\x1b" not in printed and "\x07" not in printed and "\x9b" not in printed
    errors = [run("dates", "Nov \x1b]0;pwn\x07 3", check_status=1).stderr,
              run("plan", "--state", "MN", "--bogus\x1b[2J", check_status=2).stderr,
              run("validate", tmp_path / "x\x1b[2J\n.json", check_status=1).stderr]
    for error in errors:
        assert "\x1b" not in error and "\x07" not in error and error.count("\n") == 1
    assert "\\x1b[2J" in errors[1]


# ---- "-" is standard input, or standard output for -o; the bundled sample is named -------------

def test_without_a_campaign_file_the_bundled_sample_is_used_and_named_on_stderr(tmp_path):
    result = run("plan", "--state", "MN", "--today", "2015-09-01")
    assert result.stderr == SAMPLE_NOTE
    assert result.stdout.startswith("Stand behind the August 2015 decision\nYour action plan in MN, as of 2015-09-01\n")
    target = tmp_path / "camp.json"
    run("export", "json", "-o", target)
    with_file = run("plan", "--state", "MN", "--today", "2015-09-01", target)
    assert with_file.stderr == "" and with_file.stdout == result.stdout
    assert run("dates", "Nov 13-15", "--reference", "2015-08-11").stderr == ""  # reads no campaign


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "--state", "MN", "--today", "2015-09-01"),
        ("conferences", "--upcoming", "--today", "2015-11-10"),
        ("groups", "--state", "MN"),
        ("meetings", "--from", "2015-10-01", "--to", "2015-10-31"),
        ("export", "ics"),
        ("export", "osdi"),
    ],
)
def test_a_campaign_file_named_dash_is_standard_input(args, without_stamps):
    campaign = run("export", "json").stdout
    from_stdin = run(*args, "-", input=campaign)
    assert from_stdin.stderr == ""
    assert without_stamps(from_stdin.stdout) == without_stamps(run(*args).stdout)


def test_validate_and_import_read_standard_input(tmp_path):
    campaign = run("export", "json").stdout
    assert run("validate", "-", input=campaign).stdout == \
        'standard input: valid: "Stand behind the August 2015 decision", 3 actions, 5 conferences, 7 groups\n'
    target = tmp_path / "call.json"
    text = "Spring Drive\n\nValley Summit May 3 - Fresno, CA\nHill Assembly Smarch 3-5 - Boise, ID\n"
    result = run("import", "-", "-o", target, "--reference", "2016-01-01", input=text)
    assert result.stderr.splitlines()[0].startswith("advocacy: warning: standard input:")
    assert result.stderr.splitlines()[-1] == f"advocacy: wrote {target}: 0 actions, 1 conference, 1 warning"
    assert [c.name for c in advocacy.load(target).conferences] == ["Valley Summit"]


def test_o_dash_is_standard_output(tmp_path, without_stamps):
    assert without_stamps(run("export", "ics", "-o", "-").stdout) == without_stamps(run("export", "ics").stdout)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    source = tmp_path / "camp.json"
    run("export", "json", "-o", source)
    result = run("import", source, "-o", "-")
    assert advocacy.Campaign.from_json(result.stdout) == advocacy.sample_campaign()
    assert result.stderr == "advocacy: wrote standard output: 3 actions, 5 conferences, 7 groups\n"
    piped = run("import", "-", "-o", "-", input=source.read_text(encoding="utf-8"))
    assert piped.stdout == result.stdout
    assert not (tmp_path / "-").exists()


def test_bad_standard_input_is_an_input_error_naming_it():
    result = run("validate", "-", input='{"schema_version": 1, "id": ', check_status=1)
    assert result.stderr.startswith("advocacy: standard input: ") and result.stderr.count("\n") == 1
    result = run("plan", "--state", "MN", "-", "--max-size", "1K", input=run("export", "json").stdout, check_status=1)
    assert result.stderr == "advocacy: standard input: more than the limit of 1024 bytes for a file read\n"
    empty = run("import", "-", "-o", "-", input="", check_status=1)
    assert empty.stderr.startswith("advocacy: standard input: ") and empty.stdout == ""
    assert run("plan", "--state", "MN", "-", "-", input="", check_status=2).stderr == "advocacy: too many arguments: -\n"


# ---- --format json|csv: what scripts read ------------------------------------------------------

def flatten(record, prefix=""):
    """A JSON object's fields as the CSV columns name them: "dates.first"; nulls left out."""
    cells = {}
    for key, value in record.items():
        if isinstance(value, dict):
            cells.update(flatten(value, f"{prefix}{key}."))
        elif value is not None:
            cells[f"{prefix}{key}"] = value
    return cells


def csv_cell(value):
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"), ensure_ascii=False)


FORMATTED = [
    (("conferences",), 5, ["id", "name", "dates.first", "dates.last"]),
    (("conferences", "--upcoming", "--today", "2015-11-10"), 2, ["id", "name", "dates.first", "dates.last"]),
    (("groups",), 7, ["id", "name", "kind", "place.venue"]),
    (("groups", "--state", "mn"), 1, ["id", "name", "kind", "place.venue"]),
    (("meetings", "--from", "2015-10-01", "--to", "2015-10-31"), None, ["group.id", "group.name", "start", "end", "time_zone"]),
    (("plan", "--state", "MN", "--today", "2015-09-01"), 3, ["action_id", "kind", "title", "instruction", "groups"]),
    (("dates", "Nov 13-15", "Nov 20 \u2013 22", "--reference", "2015-08-11"), 2, ["text", "first", "last"]),
]


@pytest.mark.parametrize("args, count, first_columns", FORMATTED)
def test_json_is_an_array_of_objects_and_csv_the_same_records(args, count, first_columns):
    records = json.loads(run(*args, "--format", "json").stdout)
    assert isinstance(records, list) and all(isinstance(r, dict) for r in records)
    assert count is None or len(records) == count
    raw = subprocess.run([CLI, *args, "--format", "csv"], capture_output=True, timeout=60).stdout
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")  # RFC 4180 line ends
    table = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    header, rows = table[0], table[1:]
    assert header[:len(first_columns)] == first_columns
    assert len(rows) == len(records)
    for record, row in zip(records, rows):
        cells = flatten(record)
        assert set(cells) <= set(header)  # no field is dropped
        assert dict(zip(header, row)) == {name: csv_cell(cells[name]) if name in cells else "" for name in header}
    assert run(*args, "--format", "TEXT").stdout == run(*args).stdout  # text is the default, any case


def test_conferences_and_groups_in_json_are_the_campaign_schema_objects():
    campaign = json.loads(run("export", "json").stdout)
    conferences = json.loads(run("conferences", "--format", "json").stdout)
    assert sorted(conferences, key=lambda c: c["id"]) == sorted(campaign["conferences"], key=lambda c: c["id"])
    assert [c["dates"]["first"] for c in conferences] == sorted(c["dates"]["first"] for c in conferences)
    assert json.loads(run("groups", "--format", "json").stdout) == campaign["groups"]
    west = json.loads(run("conferences", "--region", "Western", "--format", "json").stdout)
    assert [c["place"]["locality"] for c in west] == ["Los Angeles"]


def test_meetings_plan_dates_and_validate_records(tmp_path):
    meetings = json.loads(run("meetings", "--from", "2015-10-13", "--to", "2015-10-13", "--format", "json").stdout)
    assert {"group": {"id": "twin-cities-55", "name": "Twin Cities Group 55"}, "start": "2015-10-13T19:00",
            "end": "2015-10-13T21:00", "time_zone": "America/Chicago"} in meetings
    plan = json.loads(run("plan", "--state", "MN", "--today", "2015-09-01", "--format", "json").stdout)
    assert plan[-1]["conference"] == "mid-western-2015" and plan[0]["groups"] == ["twin-cities-55"]
    assert plan[1]["meetings"] == ["2015-09-08T19:00", "2015-10-13T19:00"]
    dates = json.loads(run("dates", "Nov 13-15", "--reference", "2015-08-11", "--format", "json").stdout)
    assert dates == [{"text": "Nov 13-15", "first": "2015-11-13", "last": "2015-11-15"}]
    target = tmp_path / "camp.json"
    run("export", "json", "-o", target)
    assert json.loads(run("validate", target, "--format", "json").stdout) == [
        {"file": str(target), "valid": True, "title": "Stand behind the August 2015 decision",
         "actions": 3, "conferences": 5, "groups": 7}]
    rows = list(csv.DictReader(io.StringIO(run("validate", "--format=csv", target).stdout)))
    assert rows == [{"file": str(target), "valid": "true", "title": "Stand behind the August 2015 decision",
                     "actions": "3", "conferences": "5", "groups": "7"}]


def test_an_empty_listing_is_an_empty_array_or_a_header_row():
    assert json.loads(run("groups", "--state", "WY", "--format", "json").stdout) == []
    assert run("groups", "--state", "WY", "--format", "csv").stdout.startswith("id,name,kind,")
    assert run("groups", "--state", "WY", "--format", "csv").stdout.count("\n") == 1
    assert run("groups", "--state", "WY").stdout == "No group is listed in WY.\n"


def test_csv_quotes_as_rfc_4180_and_escapes_control_characters(tmp_path):
    doc = json.loads(run("export", "json").stdout)
    doc["conferences"][0]["name"] = 'Town "Hall", West Wing \u001b[31m'
    doc["conferences"][0]["description"] = "Two\nlines"
    target = tmp_path / "camp.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    out = run("conferences", target, "--format", "csv").stdout
    assert ',"Town ""Hall"", West Wing \\x1b[31m",' in out and "\x1b" not in out
    assert [line for line in out.splitlines() if "Town" in line][0].endswith(",Two\\nlines")  # one record a line
    assert "\x1b" not in run("conferences", target, "--format", "json").stdout  # \u001b in JSON


def test_a_format_there_is_not_is_a_usage_error():
    assert run("groups", "--format", "xml", check_status=2).stderr == \
        'advocacy: --format: is text, json or csv, not "xml"\n'
    assert "--format" in run("export", "ics", "--format", "json", check_status=2).stderr  # export has its formats


# ---- groups without a filter; states checked ---------------------------------------------------

def test_groups_without_a_filter_lists_every_group():
    names = [line for line in run("groups").stdout.splitlines() if not line.startswith(" ")]
    assert len(names) == len(advocacy.sample_campaign().groups) == 7


def test_a_state_is_read_in_any_case_and_an_unknown_one_is_named(tmp_path):
    assert run("groups", "--state", "mn").stdout == run("groups", "--state", "MN").stdout
    assert run("plan", "--state", "mn", "--today", "2015-09-01").stdout == \
        run("plan", "--state", "MN", "--today", "2015-09-01").stdout
    for args in (("plan", "--state", "xx"), ("groups", "--state", "XX")):
        result = run(*args, check_status=1)
        assert result.stderr.splitlines()[-1] == \
            'advocacy: unknown state "XX": not a US state or territory, nor a state the campaign names'
    assert run("groups", "--state", "pr").stdout == "No group is listed in PR.\n"  # a territory
    doc = json.loads(run("export", "json").stdout)
    doc["groups"][0]["place"]["region"] = "ON"
    target = tmp_path / "camp.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    assert doc["groups"][0]["name"] in run("groups", "--state", "on", target).stdout


# ---- regions: the region map, shown and changed ------------------------------------------------

SAMPLE_MAP_TEXT = """\
Mid Atlantic: DC, DE, MD, NJ, PA, VA, WV
Mid Western: IA, IL, IN, KS, MI, MN, MO, ND, NE, OH, SD, WI
Northeast: CT, MA, ME, NH, NY, RI, VT
Southern: AL, AR, FL, GA, KY, LA, MS, NC, OK, SC, TN, TX
Western: AK, AZ, CA, CO, HI, ID, MT, NM, NV, OR, UT, WA, WY
"""


def mapless_campaign(path):
    """A campaign without a region map: a conference in Minneapolis, one in Baltimore, a group in MN."""
    doc = json.loads(run("export", "json").stdout)
    del doc["regions"]
    keep = {"mid-western-2015", "mid-atlantic-2015"}
    doc["conferences"] = [dict(c, region="") for c in doc["conferences"] if c["id"] in keep]
    doc["groups"] = [dict(g, region="") for g in doc["groups"] if g["place"]["region"] == "MN"]
    for a in doc["actions"]:
        a["related_conferences"] = [r for r in a.get("related_conferences", []) if r in keep]
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def test_regions_shows_the_map_as_text_json_and_csv():
    result = run("regions")
    assert result.stdout == SAMPLE_MAP_TEXT and result.stderr == SAMPLE_NOTE
    rows = json.loads(run("regions", "--format", "json").stdout)
    assert rows[0] == {"region": "Mid Atlantic", "state": "DC"} and len(rows) == 51
    table = list(csv.DictReader(io.StringIO(run("regions", "--format=csv").stdout)))
    assert table == [{k: str(v) for k, v in row.items()} for row in rows]


def test_regions_of_a_campaign_without_a_map_says_so(tmp_path):
    target = mapless_campaign(tmp_path / "camp.json")
    assert run("regions", target).stdout == \
        "The campaign has no region map: a supporter's conferences are those held in their state.\n"
    assert run("regions", target, "--format", "json").stdout == "[]\n"
    assert run("regions", "-", input=target.read_text(encoding="utf-8")).stdout.startswith("The campaign has no")


def test_plan_without_a_region_map_takes_the_conference_held_in_the_state(tmp_path):
    target = mapless_campaign(tmp_path / "camp.json")
    out = run("plan", "--state", "MN", "--today", "2015-09-01", target).stdout
    assert "Register for the Mid Western Regional Conference" in out
    assert "(the campaign has no region map: conferences held in MN)" in out
    assert "Mid Atlantic" not in run("plan", "--state", "WI", "--today", "2015-09-01", target).stdout


def test_regions_set_remove_and_load_change_the_file(tmp_path):
    target = mapless_campaign(tmp_path / "camp.json")
    result = run("regions", "set", "Upper Midwest", "mn", "WI", target)
    assert result.stdout == ""
    assert result.stderr == f'advocacy: wrote {target}: region "Upper Midwest" covers MN, WI, 1 region\n'
    assert run("regions", target).stdout == "Upper Midwest: MN, WI\n"
    run("regions", "set", "East", "MD", "dc", target)
    run("regions", "set", "Upper Midwest", "MN", "IA", target)  # set replaces the region's states
    assert run("regions", target).stdout == "East: DC, MD\nUpper Midwest: IA, MN\n"
    assert advocacy.load(target).regions.states_of("East") == ["DC", "MD"]
    # The map decides the plan now: WI is in no region.
    assert "Register for" not in run("plan", "--state", "WI", "--today", "2015-09-01", target).stdout
    result = run("regions", "remove", "East", target)
    assert result.stderr == f'advocacy: wrote {target}: region "East" removed, 1 region\n'
    assert run("regions", target).stdout == "Upper Midwest: IA, MN\n"

    table = tmp_path / "map.csv"
    table.write_text("region,state\r\nNorth,MN\r\n\r\n\"North\", wi\r\nSouth,FL\r\n", encoding="utf-8")
    result = run("regions", "load", table, target)
    assert result.stderr == f"advocacy: wrote {target}: 3 states from {table}, 2 regions\n"
    assert run("regions", target).stdout == "North: MN, WI\nSouth: FL\n"
    # What --format csv writes, load reads back.
    exported = run("regions", "--format", "csv").stdout
    run("regions", "load", "-", target, input=exported)
    assert run("regions", target).stdout == SAMPLE_MAP_TEXT
    run("regions", "load", "-", target, input="region,state\n")  # no rows: no map
    assert run("regions", target).stdout.startswith("The campaign has no region map")


def test_regions_edits_run_at_once_each_keep_their_change(tmp_path):
    # Each reads the file, changes the map and saves: without taking turns, a save made from an
    # older read drops the changes saved since.
    target = mapless_campaign(tmp_path / "camp.json")
    states = ["MN", "WI", "IA", "IL", "FL", "GA", "CA", "TX"]
    edits = [
        subprocess.Popen([CLI, "regions", "set", f"R{i}", state, str(target)], stderr=subprocess.PIPE, text=True)
        for i, state in enumerate(states)
    ]
    for edit in edits:
        assert edit.wait(timeout=60) == 0, edit.stderr.read()
        edit.stderr.close()
    assert run("regions", target).stdout == "".join(f"R{i}: {state}\n" for i, state in enumerate(states))


def test_a_regions_edit_waits_for_the_lock_and_reads_the_file_saved_meanwhile(tmp_path):
    target = mapless_campaign(tmp_path / "camp.json")
    with open(target, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as another edit holds it
        edit = subprocess.Popen([CLI, "regions", "set", "North", "MN", str(target)], stderr=subprocess.PIPE, text=True)
        assert edit.stderr.readline() == f"advocacy: waiting for another advocacy command to finish changing {target}\n"
        # The other edit saves (a new file in the old one's place), then lets go of the lock.
        changed = advocacy.load(target)
        changed.set_regions(advocacy.RegionMap({"South": ["FL"]}))
        advocacy.save(changed, target)
    assert edit.wait(timeout=60) == 0
    assert edit.stderr.read() == f'advocacy: wrote {target}: region "North" covers MN, 2 regions\n'
    edit.stderr.close()
    assert run("regions", target).stdout == "North: MN\nSouth: FL\n"


def test_regions_edits_of_standard_input_go_to_standard_output(tmp_path):
    source = mapless_campaign(tmp_path / "camp.json").read_text(encoding="utf-8")
    result = run("regions", "set", "North", "MN", "-", input=source)
    assert result.stderr == 'advocacy: wrote standard output: region "North" covers MN, 1 region\n'
    assert advocacy.Campaign.from_json(result.stdout).regions.regions() == ["North"]
    removed = run("regions", "remove", "North", "-", input=result.stdout)
    assert advocacy.Campaign.from_json(removed.stdout).regions.regions() == []


@pytest.mark.parametrize(
    "args, status, message",
    [
        (("set", "North", "XX"), 1, 'advocacy: unknown state "XX": not a US state or territory, nor a state the campaign names'),
        (("set", "Mid Western", "MD"), 1, 'camp.json: region_map: "MD": already in region "Mid Atlantic", cannot also be in "Mid Western"'),
        (("set", " ", "MN"), 1, "region_map: region: required: a region needs a name"),
        (("remove", "Nowhere"), 1, 'no region "Nowhere" in the region map; its regions: "Mid Atlantic", "Mid Western", '
                                   '"Northeast", "Southern" and "Western"'),
        (("remove", "Western"), 1, '"Western" is not a region of the new region map'),
    ],
)
def test_a_failed_regions_edit_is_named_and_leaves_the_file_as_it_was(tmp_path, args, status, message):
    target = tmp_path / "camp.json"
    run("export", "json", "-o", target)
    before = target.read_bytes()
    result = run("regions", *args, target, check_status=status)
    assert result.stderr.startswith("advocacy: ") and result.stderr.count("\n") == 1
    assert message in result.stderr, result.stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["camp.json"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("region,state\nNorth,MN\nSouth\n", "map.csv:3: expected two fields, region,state; found 1"),
        ("North,MN\nSouth,XX\n", 'map.csv:2: unknown state "XX"'),
        ("North,MN\nSouth,mn\n", 'map.csv:2: "MN" is already in region "North" (line 1), cannot also be in "South"'),
        ("North,MN\n,WI\n", "map.csv:2: the region is empty"),
        ('North,"MN\n', "map.csv:1: a quoted field is not closed"),
        ("Mid Atlantic,MD\n", '"Mid Western" is not a region of the new region map'),
    ],
)
def test_regions_load_names_the_bad_row_and_leaves_the_file_as_it_was(tmp_path, content, message):
    target = tmp_path / "camp.json"
    run("export", "json", "-o", target)
    before = target.read_bytes()
    table = tmp_path / "map.csv"
    table.write_text(content, encoding="utf-8")
    result = run("regions", "load", table, target, check_status=1)
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    "args, message",
    [
        (("regions", "set", "North", "MN"), "regions set: takes REGION, one or more states and CAMPAIGN.json"),
        (("regions", "set", "North", "MN", "WI"), "regions set: CAMPAIGN.json is missing after the states"),
        (("regions", "remove", "North"), "CAMPAIGN.json is required"),
        (("regions", "load", "map.csv"), "CAMPAIGN.json is required"),
        (("regions", "load", "-", "-"), "regions load: FILE.csv and CAMPAIGN.json cannot both be standard input"),
        (("regions", "--format", "xml"), '--format: is text, json or csv, not "xml"'),
        (("regions", "set", "North", "MN", "camp.json", "--bogus"), "unknown option --bogus"),
        (("regions", "sett", "North", "MN", "camp.json"), 'unknown command "sett"; did you mean "set"?'),
        (("regions", "camp.json", "set", "North", "MN"), "regions set: CAMPAIGN.json goes last, after the states"),
    ],
)
def test_regions_usage_errors_exit_2(args, message):
    result = run(*args, check_status=2)
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_regions_help():
    out = run("regions", "--help").stdout
    assert out.startswith("usage: advocacy regions ")
    for word in ("set REGION ST... CAMPAIGN.json", "remove REGION CAMPAIGN.json", "load FILE.csv CAMPAIGN.json", "--format"):
        assert word in out
    assert run("regions", "set", "--help").stdout.startswith("usage: advocacy regions set REGION ST... CAMPAIGN.json\n")
    assert run("help", "regions", "load").stdout.startswith("usage: advocacy regions load FILE.csv CAMPAIGN.json\n")


# ---- validate: every problem, with its file, line and field ------------------------------------

def test_validate_lists_every_problem_with_file_line_and_field(tmp_path):
    doc = json.loads(run("export", "json").stdout)
    doc["conferences"][1]["dates"]["first"] = "2015-11-31"
    doc["groups"][2]["contacts"][0]["email"] = 5
    del doc["groups"][3]["name"]
    target = tmp_path / "camp.json"
    text = json.dumps(doc, indent=2)
    target.write_text(text, encoding="utf-8")
    result = run("validate", target, check_status=1)
    lines = result.stdout.splitlines()
    assert [line.split(": ", 2)[1:] for line in lines] == [
        ["conferences[1].dates.first", '"2015-11-31": November has 30 days'],
        ["groups[2].contacts[0].email", "expected a string, got a number"],
        ["groups[3].name", "required, missing"],
        # The refused conference is left out, so the action relating to it is reported too.
        ["actions[2]", 'action "attend-regional-conference": related_conferences[1]: no conference '
                       '"mid-western-2015" in the campaign (add the conference first)'],
    ]
    numbers = [int(line.split(":")[1]) for line in lines]
    source = text.split("\n")
    assert '"2015-11-31"' in source[numbers[0] - 1] and '"email": 5' in source[numbers[1] - 1]
    assert all(line.startswith(f"{target}:") for line in lines)
    assert result.stderr == f"advocacy: {target}: not a valid campaign: 4 problems\n"
    rows = json.loads(run("validate", target, "--format", "json", check_status=1).stdout)
    assert [(r["line"], r["field"], r["pointer"]) for r in rows][1] == \
        (numbers[1], "groups[2].contacts[0].email", "/groups/2/contacts/0/email")
    assert rows[0]["valid"] is False and rows[0]["file"] == str(target)
    table = list(csv.DictReader(io.StringIO(run("validate", target, "--format", "csv", check_status=1).stdout)))
    assert [r["reason"] for r in table] == [r["reason"] for r in rows]


def test_validate_lists_a_hundred_problems_and_counts_the_rest(tmp_path):
    doc = json.loads(run("export", "json").stdout)
    doc["milestones"] = [{"day": "2015-02-30", "title": f"m{i}"} for i in range(130)]
    target = tmp_path / "camp.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    result = run("validate", target, check_status=1)
    lines = result.stdout.splitlines()
    assert len(lines) == 101
    assert lines[0] == f'{target}:1: milestones[0].day: "2015-02-30": February 2015 has 28 days'
    assert lines[-1] == f"{target}: and 30 more problems"
    assert result.stderr == f"advocacy: {target}: not a valid campaign: 130 problems (the first 100 listed)\n"


def test_a_syntax_error_names_the_file_line_and_column_not_the_text(tmp_path):
    target = tmp_path / "camp.json"
    target.write_text('{"schema_version": 1, "id": "x", "title" "X", "summary": "' + "long " * 100 + '"}',
                      encoding="utf-8")
    result = run("validate", target, check_status=1)
    assert result.stdout.startswith(f"{target}:1:44: invalid JSON: syntax error while parsing object separator")
    assert "long long" not in result.stdout + result.stderr
    other = run("plan", "--state", "MN", target, check_status=1)
    assert other.stderr.startswith(f"advocacy: {target}:1:44: invalid JSON: ") and "long long" not in other.stderr


# ---- meetings: a window by default, one group, one state or one region -------------------------

def meeting_records(*args, input=None):
    return json.loads(run("meetings", *args, "--format", "json", input=input).stdout)


def test_meetings_default_to_the_30_days_from_today():
    window = run("meetings", "--from", "2015-10-01", "--to", "2015-10-30").stdout
    assert window.splitlines()[0] == "11 meetings from 2015-10-01 to 2015-10-30:"
    assert run("meetings", "--today", "2015-10-01").stdout == window
    assert run("meetings", "--from", "2015-10-01").stdout == window  # --from alone: 30 days from it
    assert run("meetings", "--today", "2015-10-01", "--to", "2015-10-30").stdout == window  # --to alone: from today
    assert run("meetings", "--today", "2015-10-01", "--to", "2015-10-01").stdout.splitlines()[0] == \
        "1 meeting from 2015-10-01 to 2015-10-01:"
    assert run("meetings", "--today", "2015-10-01", "--format", "json").stdout == \
        run("meetings", "--from", "2015-10-01", "--to", "2015-10-30", "--format", "json").stdout
    assert run("meetings", "--today", "9999-12-20", "--format", "json").stdout == \
        run("meetings", "--from", "9999-12-20", "--to", "9999-12-31", "--format", "json").stdout  # no year 10000
    today = datetime.date.today()
    first = run("meetings").stdout.splitlines()[0]
    assert first.endswith(f" from {today.isoformat()} to {(today + datetime.timedelta(days=29)).isoformat()}.") or \
        first.endswith(f" from {today.isoformat()} to {(today + datetime.timedelta(days=29)).isoformat()}:")


def test_meetings_of_one_group_one_state_or_one_region():
    days = ("--from", "2015-10-01", "--to", "2015-11-30")
    every = meeting_records(*days)
    one = meeting_records(*days, "--group", "twin-cities-55")
    assert one == [m for m in every if m["group"]["id"] == "twin-cities-55"] and len(one) == 2
    assert meeting_records(*days, "--state", "mn") == one
    northeast = meeting_records(*days, "--region", "Northeast")
    assert northeast == [m for m in every if m["group"]["id"] in ("back-bay-133", "hudson-students")]
    assert len(northeast) > 4
    assert meeting_records(*days, "--state", "NY", "--region", "Northeast") == \
        [m for m in every if m["group"]["id"] == "hudson-students"]
    text = run("meetings", *days, "--group", "twin-cities-55", "--state", "MN").stdout
    assert text.splitlines() == ["2 meetings of the group twin-cities-55 in MN from 2015-10-01 to 2015-11-30:",
                                 "Tue Oct 13, 2015 7:00 pm CDT  Twin Cities Group 55 (Minneapolis, MN)",
                                 "Tue Nov 10, 2015 7:00 pm CST  Twin Cities Group 55 (Minneapolis, MN)"]
    assert run("meetings", *days, "--state", "MN", "--region", "Western").stdout == \
        "No meeting in MN in the region Western from 2015-10-01 to 2015-11-30.\n"
    assert run("meetings", *days, "--state", "WY", "--format", "json").stdout == "[]\n"
    rows = list(csv.DictReader(io.StringIO(run("meetings", *days, "--group", "twin-cities-55", "--format", "csv").stdout)))
    assert [r["start"] for r in rows] == ["2015-10-13T19:00", "2015-11-10T19:00"]
    assert list(rows[0]) == ["group.id", "group.name", "start", "end", "time_zone"]


def test_meetings_of_a_selection_read_from_standard_input():
    campaign = run("export", "json").stdout
    args = ("--today", "2015-10-01", "--region", "Mid Western")
    assert run("meetings", *args, "-", input=campaign).stdout == run("meetings", *args).stdout
    assert meeting_records("--today", "2015-10-01", "--group", "lakeshore-310", "-", input=campaign) == \
        [{"group": {"id": "lakeshore-310", "name": "Lakeshore Group 310"}, "start": "2015-10-26T19:00",
          "end": "2015-10-26T21:00", "time_zone": "America/Chicago"}]


@pytest.mark.parametrize(
    "args, message",
    [
        (("--group", "twin-cities-5"), 'unknown group "twin-cities-5"; did you mean "twin-cities-55"?'),
        (("--group", "nobody-here"), 'unknown group "nobody-here": the campaign has no group with this id'),
        (("--state", "xx"), 'unknown state "XX": not a US state or territory, nor a state the campaign names'),
        (("--region", "Midwest"), 'unknown region "Midwest"; the campaign\'s regions: '
                                  "Mid Atlantic, Mid Western, Northeast, Southern, Western"),
    ],
)
def test_meetings_of_an_unknown_group_state_or_region_is_an_input_error(args, message):
    result = run("meetings", "--today", "2015-10-01", *args, check_status=1)
    assert result.stderr == SAMPLE_NOTE + f"advocacy: {message}\n" and result.stdout == ""


# ---- unknown regions, groups by region ---------------------------------------------------------

def test_an_unknown_region_is_named_with_the_campaigns_regions(tmp_path):
    regions = "Mid Atlantic, Mid Western, Northeast, Southern, Western"
    for command in (("conferences",), ("groups",), ("meetings",), ("export", "ics")):
        result = run(*command, "--region", "Nowhere", check_status=1)
        assert result.stderr == SAMPLE_NOTE + f'advocacy: unknown region "Nowhere"; the campaign\'s regions: {regions}\n'
    doc = json.loads(run("export", "json").stdout)
    doc["regions"] = {}
    for item in doc["conferences"] + doc["groups"]:
        item.pop("region", None)
    target = tmp_path / "camp.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    assert run("conferences", "--region", "Western", target, check_status=1).stderr == \
        'advocacy: unknown region "Western"; the campaign has no regions\n'
    doc["groups"][0]["region"] = "Lakes"  # without a region map, the regions its groups and conferences name
    target.write_text(json.dumps(doc), encoding="utf-8")
    assert run("groups", "--region", "West", target, check_status=1).stderr == \
        'advocacy: unknown region "West"; the campaign\'s regions: Lakes\n'
    assert run("groups", "--region", "Lakes", target, "--format", "json").stdout.count('"id": "twin-cities-55"') == 1


def test_groups_of_a_region():
    ids = [g["id"] for g in json.loads(run("groups", "--region", "Northeast", "--format", "json").stdout)]
    assert ids == ["back-bay-133", "hudson-students"]
    assert [g["id"] for g in json.loads(run("groups", "--region", "Northeast", "--state", "ma", "--format", "json").stdout)] == \
        ["back-bay-133"]
    assert run("groups", "--region", "Western", "--state", "MN").stdout == "No group is listed in MN in the region Western.\n"
    campaign = run("export", "json").stdout
    assert run("groups", "--region", "Northeast", "-", input=campaign).stdout == run("groups", "--region", "Northeast").stdout


# ---- export ics of one group, one state or one region ------------------------------------------

def calendar_events(text):
    """The VEVENTs of a calendar by UID, each as its lines without DTSTAMP."""
    icalendar = pytest.importorskip("icalendar")
    events = {}
    for event in icalendar.Calendar.from_ical(text).walk("VEVENT"):
        lines = [line for line in event.to_ical().decode().splitlines() if not line.startswith("DTSTAMP")]
        events[str(event["UID"])] = lines
    return events


@pytest.mark.parametrize(
    "selection, uids",
    [
        (("--group", "twin-cities-55"), {"twin-cities-55-meetings"}),
        (("--state", "mn"), {"twin-cities-55-meetings", "mid-western-2015"}),
        (("--state", "NY"), {"hudson-students-meetings", "northeast-2015"}),
        (("--region", "Northeast"), {"back-bay-133-meetings", "hudson-students-meetings", "northeast-2015"}),
        (("--state", "NY", "--region", "Northeast"), {"hudson-students-meetings", "northeast-2015"}),
        (("--group", "twin-cities-55", "--region", "Western"), set()),
        (("--state", "WY"), {"western-2015"}),
    ],
)
def test_export_ics_of_a_selection_has_the_whole_calendars_events_and_uids(selection, uids):
    whole = calendar_events(run("export", "ics").stdout)
    part_text = run("export", "ics", *selection).stdout
    part = calendar_events(part_text)
    assert set(part) == {f"{uid}@defend-the-decision-2015.advocacy" for uid in uids}
    assert set(part) <= set(whole)
    for uid, lines in part.items():
        assert lines == whole[uid]  # the very same event: a subscriber sees no change
    assert part_text.startswith("BEGIN:VCALENDAR\n") and part_text.endswith("END:VCALENDAR\n")  # text mode: CRLF read as LF


def test_export_ics_of_a_selection_to_a_file_and_from_standard_input(tmp_path):
    campaign = run("export", "json").stdout
    target = tmp_path / "mn.ics"
    assert run("export", "ics", "--state", "MN", "-o", target, "-", input=campaign).stdout == ""
    assert target.read_text(encoding="utf-8").replace("\r\n", "\n") != ""
    assert set(calendar_events(target.read_bytes())) == set(calendar_events(run("export", "ics", "--state", "MN").stdout))
    result = run("export", "ics", "--group", "twin-cities-5", "-o", tmp_path / "x.ics", check_status=1)
    assert result.stderr.endswith('advocacy: unknown group "twin-cities-5"; did you mean "twin-cities-55"?\n')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mn.ics"]
    assert "X-WR-CALNAME:Stand behind the August 2015 decision (MN)" in run("export", "ics", "--state", "MN").stdout


# ---- progress of long work: a bar on a terminal, nothing otherwise ----------------------------

def run_with_slow_input(data, stderr_is_a_terminal, seconds=1.5):
    """Runs `validate -` fed `data` over `seconds`, its standard error a terminal or a pipe;
    returns (status, stdout, stderr bytes)."""
    import pty
    if stderr_is_a_terminal:
        controller, terminal = pty.openpty()
        stderr = terminal
    else:
        controller, stderr = None, subprocess.PIPE
    process = subprocess.Popen([CLI, "validate", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr)
    if stderr_is_a_terminal:
        os.close(terminal)
    received = bytearray()
    reader = None
    if controller is not None:
        def drain():
            while True:
                try:
                    chunk = os.read(controller, 4096)
                except OSError:  # the terminal's other end is closed: the program ended
                    return
                if not chunk:
                    return
                received.extend(chunk)
        reader = threading.Thread(target=drain)
        reader.start()
    pieces = 30
    step = len(data) // pieces + 1
    for i in range(0, len(data), step):
        process.stdin.write(data[i:i + step])
        process.stdin.flush()
        threading.Event().wait(seconds / pieces)
    process.stdin.close()
    stdout = process.stdout.read()
    if controller is None:
        received.extend(process.stderr.read())
    status = process.wait(timeout=60)
    if reader is not None:
        reader.join(timeout=10)
        os.close(controller)
    return status, stdout, bytes(received)


def test_long_reading_shows_a_progress_bar_on_a_terminal_only():
    campaign = run("export", "json").stdout.encode()
    doc = json.loads(campaign)
    doc["summary"] = "x" * 2_000_000  # about 2 MB, fed over 1.5 s
    data = json.dumps(doc).encode()
    status, stdout, stderr = run_with_slow_input(data, stderr_is_a_terminal=True)
    assert status == 0 and stdout.startswith(b"standard input: valid:")
    assert b"\radvocacy: reading standard input " in stderr and b" MB" in stderr
    assert stderr.endswith(b"\r\x1b[K")  # the line is cleared at the end
    assert b"\n" not in stderr  # one line, redrawn in place
    status, stdout, stderr = run_with_slow_input(data, stderr_is_a_terminal=False)
    assert status == 0 and stdout.startswith(b"standard input: valid:") and stderr == b""


# ---- docs/command.md, run ------------------------------------------------------------------------

def _examples_of_docs_command_md():
    """Each `$ advocacy ...` line of docs/command.md's ```sh blocks, with the lines shown after it
    (its standard output and standard error, in order), grouped by block: a block's commands run
    in turn in one folder, so one may read the file the one before wrote."""
    doc = (ROOT / "docs" / "command.md").read_text(encoding="utf-8")
    blocks = []
    for block in re.findall(r"```sh\n(.*?)```", doc, re.S):
        examples = []
        for line in block.splitlines():
            if line.startswith("$ "):
                examples.append((line[2:], []))
            elif examples:
                examples[-1][1].append(line)
        blocks.append([(command, "".join(shown_line + "\n" for shown_line in shown)) for command, shown in examples])
    return blocks


@pytest.mark.parametrize("block", _examples_of_docs_command_md(), ids=lambda block: block[0][0][:60])
def test_each_example_of_docs_command_md_prints_what_it_shows(block, tmp_path):
    # The examples name files as the repository holds them (tests/data/...): run them from a folder
    # where `tests` is the repository's, with `advocacy` the built program.
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    bin_dir = tmp_path / ".bin"
    bin_dir.mkdir()
    (bin_dir / "advocacy").symlink_to(pathlib.Path(CLI).resolve())
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    for command, shown in block:
        result = subprocess.run(command + " 2>&1", shell=True, cwd=tmp_path, env=env, capture_output=True,
                                text=True, timeout=60)
        if "\n...\n" in "\n" + shown:  # "..." stands for lines left out of the page
            pattern = ".*".join(re.escape(part) for part in ("\n" + shown).split("\n...\n"))
            assert re.fullmatch(pattern, "\n" + result.stdout, re.S), (command, result.stdout)
        else:
            assert result.stdout == shown, command


SUPPORTERS = (
    "uuid,first_name,last_name,email,zip_code\r\n"
    "an-1,Dana,Reyes,dana@example.org,55401\r\n"
    "an-2,Ari,Moss,ari.example.com,85701\r\n"
    "an-3,Bo,Chen,bo@example.com,21201\r\n"
    "an-4,Cy,Park,cy@example.com,21301\r\n"
)


def test_plans_csv_matches_the_library(tmp_path):
    source = tmp_path / "supporters.csv"
    source.write_text(SUPPORTERS)
    result = run("plans", source, "--today", "2015-09-01", "--jobs", "2")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    supporters = advocacy.read_supporters(SUPPORTERS).supporters
    expected = advocacy.plans_to_records(advocacy.sample_campaign(), supporters, datetime.date(2015, 9, 1))
    assert rows == expected
    assert [r["id"] for r in rows] == ["an-1", "an-3", "an-4"]
    assert 'line 3 (row 2), column "email"' in result.stderr
    assert "Ari" not in result.stderr and "ari.example.com" not in result.stderr
    assert result.stderr.splitlines()[-1].endswith("4 rows: 3 planned, 1 skipped (2 warnings)")


def test_plans_jsonl_per_step_to_a_file(tmp_path):
    source = tmp_path / "supporters.csv"
    source.write_text(SUPPORTERS)
    target = tmp_path / "plans.jsonl"
    result = run("plans", source, "--today", "2015-09-01", "--format", "jsonl", "--layout", "step", "-o", target)
    assert result.stdout == ""
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    expected = advocacy.plans_to_records(advocacy.sample_campaign(), advocacy.read_supporters(SUPPORTERS).supporters,
                                         datetime.date(2015, 9, 1), per_step=True)
    assert lines == expected
    assert not (tmp_path / "plans.jsonl.part").exists()


def test_plans_text_and_errors(tmp_path):
    source = tmp_path / "supporters.csv"
    source.write_text(SUPPORTERS)
    out = run("plans", source, "--today", "2015-09-01", "--format", "text").stdout
    assert out.startswith("an-1 (MN)\n  1. ")
    run("plans", source, "--format", "xml", check_status=2)
    bad = tmp_path / "bad.csv"
    bad.write_text("email,zip\na@example.org,55401\n")
    assert "names no name column" in run("plans", bad, check_status=1).stderr


def test_plans_with_a_template(tmp_path):
    source = tmp_path / "supporters.csv"
    source.write_text(SUPPORTERS)
    template = tmp_path / "mail.html"
    template.write_text("<p>Dear {{first_name}} & co,</p>{{#steps}}<li>{{title}}</li>{{/steps}}")
    rows = list(csv.DictReader(io.StringIO(run("plans", source, "--today", "2015-09-01", "--template", template).stdout)))
    assert rows[0]["message"].startswith("<p>Dear Dana & co,</p><li>")
    assert list(rows[0])[-1] == "message"
    text = tmp_path / "mail.txt"
    text.write_text("Dear {{name}} <{{email}}>\n")
    out = run("plans", source, "--today", "2015-09-01", "--format", "text", "--template", text).stdout
    assert out.startswith("Dear Dana Reyes <dana@example.org>\n\nDear Bo Chen <bo@example.com>\n")
    odd = tmp_path / "odd.csv"
    odd.write_text('name,email\n"Dana <R> & co",dana@example.org\n')
    escaped = run("plans", odd, "--format", "jsonl", "--template", text, "--escape", "html").stdout
    assert json.loads(escaped)["message"] == "Dear Dana &lt;R&gt; &amp; co <dana@example.org>\n"
    run("plans", source, "--template", text, "--layout", "step", check_status=2)
    bad = tmp_path / "bad.txt"
    bad.write_text("Dear {{#steps}}\n")
    assert "never closed" in run("plans", source, "--template", bad, check_status=1).stderr
