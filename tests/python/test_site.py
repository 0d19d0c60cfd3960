# SPDX-License-Identifier: MIT
"""advocacy.write_site and `advocacy site`, checked without a browser: every page is valid HTML5
(html5lib, strict), every internal link leads to a written file (and anchor), the JSON-LD of each
conference matches the model, values are escaped, and the calendar feeds share the campaign's UIDs.
The pages as a browser shows them: test_site_browser.py."""

import datetime
import json
import os
import pathlib
import subprocess
import urllib.parse

import html5lib
import icalendar
import pytest

import advocacy

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = os.environ.get("ADVOCACY_CLI", str(ROOT / "build" / "cli" / "advocacy"))
TODAY = datetime.date(2015, 9, 1)
SVG = "{http://www.w3.org/2000/svg}"


def parse(path):
    """The page's tree; html5lib.html5parser.ParseError for any HTML5 parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    with open(path, "rb") as page:
        return parser.parse(page)


def pages(folder):
    return sorted(pathlib.Path(folder).rglob("*.html"))


def links(tree):
    """Every address a page refers to: a, link and svg a's href."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("a", "link", f"{SVG}a") and "href" in element.attrib:
            yield element.attrib["href"]


def ids(tree):
    return {e.attrib["id"] for e in tree.iter() if isinstance(e.tag, str) and "id" in e.attrib}


def json_ld(tree):
    return [json.loads(e.text) for e in tree.iter("script") if e.attrib.get("type") == "application/ld+json"]


def text_of(element):
    return "".join(element.itertext())


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    written = advocacy.write_site(advocacy.sample_campaign(), folder, today=TODAY)
    return folder, written


def test_writes_the_sample_site(sample_site):
    folder, written = sample_site
    # style sheets, index, 51 states, the campaign's, 5 regions', 7 groups' and 5 conferences' feeds
    assert len(written) == 2 + 1 + 51 + 1 + 5 + 7 + 5
    assert {"index.html", "style.css", "print.css", "states/mn.html", "calendar/campaign.ics",
            "calendar/regions/mid-atlantic.ics", "calendar/groups/back-bay-133.ics",
            "calendar/conferences/western-2015.ics"} <= set(written)
    assert all((folder / name).is_file() for name in written)
    assert len(pages(folder)) == 52


def test_every_page_is_valid_html5(sample_site):
    folder, _ = sample_site
    for page in pages(folder):
        tree = parse(page)  # raises on the first parse error
        assert tree.find("head/title") is not None, page
        assert tree.attrib["lang"] == "en"


def test_no_page_needs_javascript(sample_site):
    folder, _ = sample_site
    for page in pages(folder):
        tree = parse(page)
        for script in tree.iter("script"):
            assert script.attrib.get("type") == "application/ld+json", page
        for element in tree.iter():
            if isinstance(element.tag, str):
                assert not any(name.startswith("on") for name in element.attrib), (page, element.tag)
        for href in links(tree):
            assert not href.lower().startswith("javascript:"), (page, href)


def test_every_internal_link_resolves(sample_site):
    folder, _ = sample_site
    checked = 0
    for page in pages(folder):
        for href in links(parse(page)):
            scheme = urllib.parse.urlsplit(href).scheme
            if scheme in ("http", "https", "mailto", "tel", "data"):
                continue
            assert scheme == "", (page, href)
            path, _, fragment = href.partition("#")
            target = (page.parent / urllib.parse.unquote(path)).resolve() if path else page
            assert target.is_file(), (page, href)
            assert folder.resolve() in target.parents, (page, href)
            if fragment:
                assert fragment in ids(parse(target)), (page, href)
            checked += 1
    assert checked > 52 * 3


def test_index_shows_the_campaign(sample_site):
    folder, _ = sample_site
    tree = parse(folder / "index.html")
    campaign = advocacy.sample_campaign()
    assert text_of(tree.find(".//h1")) == campaign.title
    steps = tree.find(".//ol[@class='steps']")
    assert [text_of(h) for h in steps.iter("h3")] == [a.title for a in campaign.actions]
    cards = [a for a in tree.iter("article") if a.attrib.get("class") == "card"]
    assert len(cards) == 5
    times = {text_of(card.find("h3")): card.find(".//time") for card in cards}
    for conference in campaign.conferences:
        time = times[conference.name]
        assert time.attrib["datetime"] == conference.dates.first.isoformat()
        assert time.text == str(conference.dates)
    assert times["Northeast Regional Conference"].text == "Nov 7, 2015"
    assert times["Mid Atlantic Regional Conference"].text == "Nov 13–15, 2015"


def test_the_map_has_51_linked_tiles_and_a_text_alternative(sample_site):
    folder, _ = sample_site
    tree = parse(folder / "index.html")
    svg = tree.find(f".//{SVG}svg")
    tiles = svg.findall(f".//{SVG}rect")
    assert len(tiles) == 51
    anchors = svg.findall(f"{SVG}a")
    assert len(anchors) == 51
    codes = {text_of(a.find(f"{SVG}text")) for a in anchors}
    assert len(codes) == 51 and {"DC", "AK", "HI", "MN"} <= codes
    for a in anchors:
        assert (folder / a.attrib["href"]).is_file()
        # the link's name starts with what the tile shows: the state's code and its region's number
        shown = " ".join(text_of(t) for t in a.findall(f"{SVG}text"))
        assert a.attrib["aria-label"].startswith(shown + ": "), a.attrib["aria-label"]
    labels = {a.attrib["href"]: a.attrib["aria-label"] for a in anchors}
    assert labels["states/mn.html"] == "MN 2: Minnesota, region Mid Western"
    assert labels["states/dc.html"] == "DC 1: District of Columbia, region Mid Atlantic"
    # the legend names each region with its number, not only its color
    legend = [text_of(li) for li in tree.find(".//ul[@class='legend']")]
    assert legend == ["1 1: Mid Atlantic", "2 2: Mid Western", "3 3: Northeast", "4 4: Southern", "5 5: Western"]
    # the text alternative: every state under its region's heading
    listed = [a.attrib["href"] for ul in tree.iter("ul") if ul.attrib.get("class") == "states" for a in ul.iter("a")]
    assert len(listed) == 51


def test_state_page(sample_site):
    folder, _ = sample_site
    tree = parse(folder / "states" / "mn.html")
    assert text_of(tree.find(".//h1")) == "Minnesota (MN)"
    group = tree.find(".//article[@id='group-twin-cities-55']")
    assert text_of(group.find("h3")) == "Twin Cities Group 55"
    meetings = [t.attrib["datetime"] for t in group.iter("time")]
    assert meetings == ["2015-09-08T19:00-05:00", "2015-10-13T19:00-05:00", "2015-11-10T19:00-06:00"]
    plan = [text_of(h) for h in tree.find(".//section[@id='plan']").iter("h3")]
    assert plan == [step.title for step in advocacy.sample_campaign().plan("MN", TODAY)]
    conferences = [text_of(h) for h in tree.find(".//section[@id='conferences']").iter("h3")]
    assert conferences == ["Mid Western Regional Conference"]
    hrefs = set(links(tree))
    assert "../calendar/regions/mid-western.ics" in hrefs
    assert "../calendar/groups/twin-cities-55.ics" in hrefs


def test_headings_do_not_skip_a_level(sample_site):
    folder, _ = sample_site
    for page in pages(folder):
        levels = [int(e.tag[1]) for e in parse(page).iter() if isinstance(e.tag, str) and e.tag in
                  ("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels[0] == 1 and levels.count(1) == 1, page
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), (page, levels)


def test_json_ld_matches_the_model(sample_site):
    folder, _ = sample_site
    events = json_ld(parse(folder / "index.html"))
    campaign = advocacy.sample_campaign()
    assert len(events) == len(campaign.conferences) == 5
    for event, conference in zip(events, campaign.conferences):
        assert event["@context"] == "https://schema.org"
        assert event["@type"] == "Event"
        assert event["name"] == conference.name
        assert event["startDate"] == conference.dates.first.isoformat()
        assert event["endDate"] == conference.dates.last.isoformat()
        assert event["url"] == conference.registration_url
        assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
        assert event["location"]["@type"] == "Place"
        address = event["location"]["address"]
        assert address["addressLocality"] == conference.location.locality
        assert address["addressRegion"] == conference.location.state
        assert address["addressCountry"] == "US"
        assert event["organizer"]["name"] == campaign.organization


def online_campaign():
    campaign = advocacy.Campaign(id="online", title="Online and hybrid")
    campaign.add_conference(advocacy.Conference(
        id="webinar", name="Webinar", dates=advocacy.DateRange(datetime.date(2026, 3, 5)),
        location=advocacy.Location(online="https://example.org/join", time_zone="America/New_York"),
        start_time=datetime.time(19, 0), end_time=datetime.time(20, 30)))
    campaign.add_conference(advocacy.Conference(
        id="hybrid", name="Hybrid day", dates=advocacy.DateRange(datetime.date(2026, 4, 1), datetime.date(2026, 4, 2)),
        location=advocacy.Location(venue="Town Hall", locality="Boston", state="MA", online="online")))
    return campaign


def test_json_ld_of_online_and_hybrid_events(tmp_path):
    advocacy.write_site(online_campaign(), tmp_path, today=TODAY, base_url="https://example.org/site")
    webinar, hybrid = json_ld(parse(tmp_path / "index.html"))
    assert webinar["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert webinar["startDate"] == "2026-03-05T19:00-05:00"
    assert webinar["endDate"] == "2026-03-05T20:30-05:00"
    assert webinar["location"] == {"@type": "VirtualLocation", "url": "https://example.org/join"}
    assert webinar["url"] == "https://example.org/site/index.html#conference-webinar"
    assert hybrid["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = hybrid["location"]
    assert place["name"] == "Town Hall" and place["address"]["addressLocality"] == "Boston"
    assert virtual == {"@type": "VirtualLocation"}


def test_an_empty_campaign_has_a_valid_site(tmp_path):
    written = advocacy.write_site(advocacy.Campaign(id="empty", title="Nothing yet"), tmp_path, today=TODAY)
    assert written == ["style.css", "print.css", "index.html", "calendar/campaign.ics"]
    tree = parse(tmp_path / "index.html")
    svg = tree.find(f".//{SVG}svg")
    assert len(svg.findall(f".//{SVG}rect")) == 51 and svg.findall(f"{SVG}a") == []
    assert [text_of(h) for h in tree.iter("h2")] == ["Find your state", "Calendars"]
    for href in links(tree):
        path = href.partition("#")[0]
        assert href.startswith("data:") or not path or (tmp_path / path).is_file(), href


def test_a_script_in_a_name_shows_as_text(tmp_path):
    campaign = advocacy.sample_campaign()
    name = "<script>alert(1)</script>"
    campaign.add_group(advocacy.Group(id="xss", name=name, location=advocacy.Location(locality="Duluth", state="MN"),
                                      contacts=[advocacy.Contact(name='"><img src=x onerror=alert(1)>')]))
    conference = campaign.conference("northeast-2015")
    conference.name = "</script><script>alert(2)</script>"
    campaign.replace_conference(conference)
    advocacy.write_site(campaign, tmp_path, today=TODAY)
    tree = parse(tmp_path / "states" / "mn.html")
    assert not list(tree.iter("script")) and not list(tree.iter("img"))
    assert text_of(tree.find(".//article[@id='group-xss']/h3")) == name
    index = parse(tmp_path / "index.html")
    assert all(s.attrib.get("type") == "application/ld+json" for s in index.iter("script"))
    assert "</script><script>alert(2)</script>" in [e["name"] for e in json_ld(index)]


@pytest.mark.parametrize("link", ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "ftp://x.org"])
def test_a_javascript_link_is_still_refused(link):
    campaign = advocacy.sample_campaign()
    with pytest.raises(advocacy.ValidationError, match="registration_url"):
        campaign.add_conference(advocacy.Conference(id="bad", name="Bad", dates=advocacy.DateRange(TODAY),
                                                    registration_url=link))
    with pytest.raises(advocacy.ValidationError, match="website"):
        campaign.add_group(advocacy.Group(id="bad", name="Bad", website=link))
    with pytest.raises(advocacy.ValidationError, match="online"):
        campaign.add_conference(advocacy.Conference(id="bad", name="Bad", dates=advocacy.DateRange(TODAY),
                                                    location=advocacy.Location(online=link)))


@pytest.mark.parametrize("base_url", ["javascript:alert(1)", "example.org", 'https://example.org/"><b>', "https:// x"])
def test_a_bad_base_url_is_refused(tmp_path, base_url):
    with pytest.raises(advocacy.ValidationError, match="base_url"):
        advocacy.write_site(advocacy.sample_campaign(), tmp_path / "site", base_url=base_url)
    assert not (tmp_path / "site").exists()


def test_a_folder_that_cannot_be_made(tmp_path):
    (tmp_path / "taken").write_text("a file")
    with pytest.raises(advocacy.FileError, match="taken"):
        advocacy.write_site(advocacy.sample_campaign(), tmp_path / "taken" / "site")


def test_today_defaults_to_today(tmp_path):
    advocacy.write_site(advocacy.sample_campaign(), str(tmp_path))
    footer = parse(tmp_path / "index.html").find(".//footer//time")
    utc_today = datetime.datetime.now(datetime.timezone.utc).date()
    assert footer.attrib["datetime"] in (utc_today.isoformat(), (utc_today - datetime.timedelta(days=1)).isoformat())


def uids(path):
    calendar = icalendar.Calendar.from_ical(pathlib.Path(path).read_bytes())
    return {str(event["UID"]) for event in calendar.walk("VEVENT")}


def test_feeds_have_the_campaigns_uids(sample_site):
    folder, _ = sample_site
    everything = uids(folder / "calendar" / "campaign.ics")
    assert len(everything) == 12
    feeds = list((folder / "calendar").rglob("*.ics"))
    assert len(feeds) == 1 + 5 + 7 + 5
    for feed in feeds:
        assert uids(feed) and uids(feed) <= everything, feed
    assert uids(folder / "calendar" / "groups" / "twin-cities-55.ics") == {
        "twin-cities-55-meetings@defend-the-decision-2015.advocacy"}
    assert uids(folder / "calendar" / "regions" / "northeast.ics") == {
        "northeast-2015@defend-the-decision-2015.advocacy", "back-bay-133-meetings@defend-the-decision-2015.advocacy",
        "hudson-students-meetings@defend-the-decision-2015.advocacy"}


def run(*args):
    return subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=60)


def test_command_writes_the_site(tmp_path):
    result = run("site", "-o", tmp_path / "out", "--today", "2015-09-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote 72 files into {tmp_path / 'out'}\n"
    assert (tmp_path / "out" / "states" / "mn.html").is_file()
    assert "2015-09-08T19:00-05:00" in (tmp_path / "out" / "states" / "mn.html").read_text(encoding="utf-8")


def test_command_reads_a_campaign_file(tmp_path):
    path = tmp_path / "online.json"
    advocacy.save(online_campaign(), path)
    result = run("site", path, "-o", tmp_path / "out", "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert '<link rel="canonical"' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_command_needs_a_folder_and_a_good_base_url(tmp_path):
    result = run("site")
    assert result.returncode == 2
    assert "-o" in result.stderr
    result = run("site", "-o", tmp_path / "out", "--base-url", "javascript:alert(1)")
    assert result.returncode == 1
    assert "base_url" in result.stderr
