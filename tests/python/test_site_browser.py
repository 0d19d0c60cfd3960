# SPDX-License-Identifier: MIT
"""The sample's site as a person sees it: Debian's chromium, headless, driven through selenium and
chromium-driver, loading the pages from file:// (nothing but the loopback connection to the
driver; every host name resolves to nothing). Checks the conference cards, the map's tiles and
where they lead, console errors, screenshots at desktop and phone sizes (nothing wider than a
phone's screen), axe-core's accessibility rules, heading order, and that a state's page prints on
one page.

Screenshots go to $ADVOCACY_SCREENSHOTS (scripts/test.sh sets <build>/site-screenshots), else to a
temporary folder. axe-core is read from $ADVOCACY_AXE_JS, else from where scripts/setup.sh's npm
puts it. Without chromium, its driver, selenium or axe-core the tests are skipped, saying what is
missing, but when $CI is set (as CI runs them), they fail."""

import base64
import datetime
import os
import pathlib
import re
import shutil
import urllib.parse

import pytest

import advocacy

TODAY = datetime.date(2015, 9, 1)
AXE_PLACES = [pathlib.Path(p) / "axe-core" / "axe.min.js"
              for p in ("/usr/lib/node_modules", "/usr/local/lib/node_modules")]
SIZES = [(1280, 800), (390, 844)]


def missing(reason):
    """Skips the test, or fails it under CI, where every tool must be there."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (scripts/setup.sh installs it)")
    pytest.skip(reason)


def axe_source():
    places = [pathlib.Path(os.environ["ADVOCACY_AXE_JS"])] if os.environ.get("ADVOCACY_AXE_JS") else AXE_PLACES
    for place in places:
        if place.is_file():
            return place.read_text(encoding="utf-8")
    missing("axe-core not found at " + ", ".join(map(str, places)))
    return ""


@pytest.fixture(scope="module")
def driver():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("selenium is not installed (Debian: python3-selenium)")
    browser = shutil.which("chromium")
    chromedriver = shutil.which("chromedriver")
    if not browser or not chromedriver:
        missing("chromium or chromedriver not found (Debian: chromium, chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-default-apps",
                     "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars", "--window-size=1280,800"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The driver's path is given, so selenium looks nothing up on the network.
    chrome = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    chrome.set_script_timeout(60)
    yield chrome
    chrome.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    advocacy.write_site(advocacy.sample_campaign(), folder, today=TODAY)
    return folder


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory):
    folder = os.environ.get("ADVOCACY_SCREENSHOTS")
    if not folder:
        return tmp_path_factory.mktemp("screenshots")
    path = pathlib.Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def pages(site):
    return sorted(site.rglob("*.html"))


def viewport(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def load(driver, page):
    driver.get(page.as_uri())
    driver.get_log("browser")  # what an earlier page logged is not this one's


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_index_shows_five_conference_cards_with_their_dates(driver, site):
    from selenium.webdriver.common.by import By
    viewport(driver, 1280, 800)
    load(driver, site / "index.html")
    cards = driver.find_elements(By.CSS_SELECTOR, "article.card")
    assert len(cards) == 5
    shown = {}
    for card in cards:
        assert card.is_displayed()
        time = card.find_element(By.TAG_NAME, "time")
        shown[card.find_element(By.TAG_NAME, "h3").text] = (time.text, time.get_attribute("datetime"))
    assert shown == {
        "Mid Atlantic Regional Conference": ("Nov 13–15, 2015", "2015-11-13"),
        "Mid Western Regional Conference": ("Oct 23–25, 2015", "2015-10-23"),
        "Northeast Regional Conference": ("Nov 7, 2015", "2015-11-07"),
        "Southern Regional Conference": ("Oct 23–25, 2015", "2015-10-23"),
        "Western Regional Conference": ("Nov 20–22, 2015", "2015-11-20"),
    }
    assert console_errors(driver) == []


def test_each_of_the_51_tiles_opens_a_page(driver, site):
    from selenium.webdriver.common.by import By
    viewport(driver, 1280, 800)
    load(driver, site / "index.html")
    tiles = driver.find_elements(By.CSS_SELECTOR, "svg.tile-map a")
    assert len(tiles) == 51
    # "MN 2: Minnesota, region Mid Western"
    # (an SVG link's href property is an SVGAnimatedString: its attribute is read, as written)
    index = (site / "index.html").as_uri()
    targets = {tile.get_attribute("aria-label").split(": ")[1].split(",")[0]:
               urllib.parse.urljoin(index, tile.get_dom_attribute("href")) for tile in tiles}
    assert len(targets) == 51
    # a click on a tile, as a person would
    driver.find_element(By.CSS_SELECTOR, "svg.tile-map a[href$='mn.html']").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "Minnesota (MN)"
    for name, href in targets.items():
        driver.get(href)
        assert driver.find_element(By.TAG_NAME, "h1").text.startswith(name), href
        assert console_errors(driver) == [], href


def test_no_page_logs_an_error(driver, site):
    for page in pages(site):
        load(driver, page)
        assert console_errors(driver) == [], page


def test_screenshots_and_nothing_wider_than_a_phone(driver, site, screenshots):
    for width, height in SIZES:
        viewport(driver, width, height)
        for page in (site / "index.html", site / "states" / "mn.html"):
            load(driver, page)
            name = f"{page.stem}-{width}x{height}.png"
            assert driver.save_screenshot(str(screenshots / name))
            assert (screenshots / name).stat().st_size > 1000
    viewport(driver, 390, 844)
    for page in pages(site):
        load(driver, page)
        scroll, inner = driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, page
    viewport(driver, 1280, 800)


AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, Object.assign({preload: false}, arguments[0])).then(
  r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))),
  e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));
"""


def test_axe_finds_no_serious_violation(driver, site):
    source = axe_source()
    viewport(driver, 1280, 800)
    for page in pages(site):
        load(driver, page)
        driver.execute_script(source)
        violations = driver.execute_async_script(AXE_RUN, {"resultTypes": ["violations"]})
        assert console_errors(driver) == [], page
        serious = [v for v in violations if v["impact"] in ("serious", "critical")]
        assert serious == [], page
        # headings in order (axe's heading-order rule is only "moderate": held to it here)
        assert [v for v in violations if v["id"] == "heading-order"] == [], page


def test_axe_checks_contrast_at_phone_width(driver, site):
    source = axe_source()
    viewport(driver, 390, 844)
    load(driver, site / "index.html")
    driver.execute_script(source)
    violations = driver.execute_async_script(AXE_RUN, {"runOnly": ["color-contrast", "target-size"]})
    assert [v for v in violations if v["impact"] in ("serious", "critical")] == []
    viewport(driver, 1280, 800)


def pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def test_a_state_page_prints_on_one_page(driver, site):
    from selenium.webdriver.common.print_page_options import PrintOptions
    options = PrintOptions()
    options.page_width, options.page_height = 21.59, 27.94  # US Letter, in cm
    for state in ("mn", "ny", "nd"):
        load(driver, site / "states" / f"{state}.html")
        pdf = base64.b64decode(driver.print_page(options))
        assert pdf.startswith(b"%PDF")
        assert pdf_pages(pdf) == 1, state
