# SPDX-License-Identifier: MIT
"""Long calls run without the GIL: two threads doing them at once get what one thread gets doing
them one after the other, and a campaign changed by one thread while another reads it stays whole."""

import datetime
import threading
from concurrent.futures import ThreadPoolExecutor

import advocacy
from advocacy import Campaign, Conference, DateRange, Group, Location, MeetingSchedule

D = datetime.date
STAMP = datetime.datetime(2015, 8, 11, 12, 30, tzinfo=datetime.timezone.utc)
ZONES = ["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"]
PHRASES = ["second Tuesday of each month at 7pm", "every other Wednesday at 18:30", "last Thursday, 6:30 pm - 8 pm"]


def campaign(tag, size):
    c = Campaign(id=f"c-{tag}", title=f"Campaign {tag}")
    c.add_conferences(
        Conference(
            id=f"{tag}-c{i}",
            name=f"Conference {tag} {i}",
            dates=DateRange(D(2015, 1, 1) + datetime.timedelta(days=3 * i), D(2015, 1, 2) + datetime.timedelta(days=3 * i)),
            location=Location(locality="Springfield", state="IL"),
        )
        for i in range(size)
    )
    c.add_groups(
        Group(
            id=f"{tag}-g{i}",
            name=f"Group {tag} {i}",
            location=Location(locality="Town", state=["MN", "WI", "FL"][i % 3]),
            meetings=MeetingSchedule.parse(PHRASES[i % len(PHRASES)], time_zone=ZONES[i % len(ZONES)]),
        )
        for i in range(size)
    )
    return c


def in_parallel(work, inputs):
    """work(x) for each input, each in its own thread, started together."""
    start = threading.Barrier(len(inputs))

    def run(x):
        start.wait()
        return work(x)

    with ThreadPoolExecutor(max_workers=len(inputs)) as pool:
        return list(pool.map(run, inputs))


def test_two_calendars_read_in_parallel_as_in_turn():
    texts = [advocacy.to_icalendar(campaign(tag, 300), stamp=STAMP) for tag in ("a", "b")]
    in_turn = [advocacy.campaign_from_icalendar(t) for t in texts]
    together = in_parallel(advocacy.campaign_from_icalendar, texts)
    assert together == in_turn
    assert [len(c.conferences) for c in together] == [300, 300]
    assert in_parallel(lambda c: advocacy.to_icalendar(c, stamp=STAMP), in_turn) == texts


def test_two_json_campaigns_read_and_written_in_parallel_as_in_turn(tmp_path):
    sources = [campaign(tag, 300) for tag in ("a", "b")]
    texts = [c.to_json() for c in sources]
    in_turn = [Campaign.from_json(t) for t in texts]
    assert in_turn == sources
    assert in_parallel(Campaign.from_json, texts) == in_turn
    assert in_parallel(Campaign.to_json, sources) == texts
    paths = [tmp_path / "a.json", tmp_path / "b.json"]
    in_parallel(lambda i: advocacy.save(sources[i], paths[i]), [0, 1])
    assert in_parallel(advocacy.load, paths) == sources


def test_expansions_and_plans_in_parallel_as_in_turn():
    c = campaign("a", 200)
    year = DateRange(D(2015, 1, 1), D(2015, 12, 31))
    assert in_parallel(c.next_meetings, [year, year]) == [c.next_meetings(year)] * 2
    assert in_parallel(lambda s: c.plan(s, D(2015, 3, 1)), ["MN", "FL"]) == [c.plan("MN", D(2015, 3, 1)), c.plan("FL", D(2015, 3, 1))]
    schedule = MeetingSchedule.parse(PHRASES[0], time_zone=ZONES[0])
    assert in_parallel(schedule.occurrences, [year, year]) == [schedule.occurrences(year)] * 2
    text = "Call to action\n\n1. Write a letter to your representative.\n"
    assert in_parallel(advocacy.parse_announcement, [text, text])[0].campaign == advocacy.parse_announcement(text).campaign


def test_a_campaign_changed_while_another_thread_reads_it_stays_whole():
    c = campaign("a", 200)
    stop = threading.Event()
    documents = []

    def read():
        while not stop.is_set():
            documents.append(c.to_json())

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(200):
            c.add_group(Group(id=f"late{i}", name=f"Late {i}", location=Location(locality="Town", state="MN")))
    finally:
        stop.set()
        reader.join()
    assert len(c.groups) == 400
    # Every document read is a whole campaign: one of the states the changes went through.
    counts = {len(Campaign.from_json(d).groups) for d in documents}
    assert counts <= set(range(200, 401))
