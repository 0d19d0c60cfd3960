// SPDX-License-Identifier: MIT
// A campaign published as a static site (include/advocacy/site.hpp): the files written, what the
// pages show, escaping, the calendar feeds' UIDs, and what is refused. The pages' HTML validity,
// links and look are checked from Python (tests/python/test_site.py, test_site_browser.py).
#include <boost/test/unit_test.hpp>

#include "advocacy/error.hpp"
#include "advocacy/icalendar.hpp"
#include "advocacy/sample.hpp"
#include "advocacy/site.hpp"

#include "scratch.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

using namespace advocacy::literals;

BOOST_AUTO_TEST_SUITE(site)

namespace {

namespace fs = std::filesystem;
using namespace date::literals;

// A fresh folder, removed with its content at the end of the test.
struct scratch : advocacy::testing::scratch {
    scratch() : advocacy::testing::scratch("site-test") {}
};

using advocacy::testing::read_text;

auto count(const std::string& text, const std::string& what) -> std::size_t {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

auto uids(const std::string& calendar) -> std::set<std::string> {
    std::set<std::string> out;
    std::istringstream in(calendar);
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("UID:")) out.insert(line);
    }
    return out;
}

auto options_on(date::sys_days day) -> advocacy::site_options {
    advocacy::site_options options;
    options.today = day;
    options.calendar.stamp = date::sys_days{2015_y / date::August / 1};
    return options;
}

}  // namespace

BOOST_AUTO_TEST_CASE(sample_site_files) {
    const scratch dir;
    const auto written = advocacy::write_site(advocacy::sample_campaign(), dir.path, options_on(2015_y / date::September / 1));
    // style and print sheets, the index, 51 states (the sample's regions cover the 50 and DC), the
    // campaign's feed, 5 regions, 7 groups, 5 conferences
    BOOST_TEST(written.size() == 2U + 1U + 51U + 1U + 5U + 7U + 5U);
    for (const auto& path : written) BOOST_TEST(fs::is_regular_file(dir.path / path), path);
    for (const char* path : {"index.html", "style.css", "print.css", "states/mn.html", "states/dc.html",
                             "calendar/campaign.ics", "calendar/regions/mid-western.ics",
                             "calendar/groups/twin-cities-55.ics", "calendar/conferences/northeast-2015.ics"}) {
        BOOST_TEST((std::find(written.begin(), written.end(), fs::path(path)) != written.end()), path);
    }
}

BOOST_AUTO_TEST_CASE(index_page) {
    const scratch dir;
    advocacy::write_site(advocacy::sample_campaign(), dir.path, options_on(2015_y / date::September / 1));
    const auto index = read_text(dir.path / "index.html");
    BOOST_TEST(index.starts_with("<!DOCTYPE html>"));
    BOOST_TEST(count(index, "<rect ") == 51U);
    BOOST_TEST(count(index, "<article class=\"card\"") == 5U);
    BOOST_TEST(count(index, "<script type=\"application/ld+json\">") == 5U);
    BOOST_TEST(index.find("<time datetime=\"2015-11-13\">Nov 13–15, 2015</time>") != std::string::npos);
    BOOST_TEST(index.find("<time datetime=\"2015-11-07\">Nov 7, 2015</time>") != std::string::npos);
    BOOST_TEST(index.find("href=\"states/mn.html\"") != std::string::npos);
    BOOST_TEST(index.find("href=\"calendar/conferences/mid-atlantic-2015.ics\"") != std::string::npos);
    BOOST_TEST(index.find("\"startDate\":\"2015-11-13\",\"endDate\":\"2015-11-15\"") != std::string::npos);
    BOOST_TEST(count(index, "<h3>") == 3U);  // the three actions, as numbered steps
}

BOOST_AUTO_TEST_CASE(state_page) {
    const scratch dir;
    advocacy::write_site(advocacy::sample_campaign(), dir.path, options_on(2015_y / date::September / 1));
    const auto mn = read_text(dir.path / "states/mn.html");
    BOOST_TEST(mn.find("<h1>Minnesota (MN)</h1>") != std::string::npos);
    BOOST_TEST(mn.find("Twin Cities Group 55") != std::string::npos);
    BOOST_TEST(mn.find("mailto:dana.reyes@example.org") != std::string::npos);
    BOOST_TEST(mn.find("tel:6125550143") != std::string::npos);
    // second Tuesday of each month at 7 pm, Minneapolis time: September 8, then October 13
    BOOST_TEST(mn.find("<time datetime=\"2015-09-08T19:00-05:00\">") != std::string::npos);
    BOOST_TEST(mn.find("<time datetime=\"2015-10-13T19:00-05:00\">") != std::string::npos);
    BOOST_TEST(mn.find("Mid Western Regional Conference") != std::string::npos);
    BOOST_TEST(mn.find("Write to your local group") != std::string::npos);
    // a state of a region without a group of its own
    const auto nd = read_text(dir.path / "states/nd.html");
    BOOST_TEST(nd.find("No local group here yet") != std::string::npos);
    BOOST_TEST(nd.find("Mid Western Regional Conference") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(plan_as_of_today) {
    const scratch dir;
    // After every conference and action window: the plan keeps only what has no end.
    advocacy::write_site(advocacy::sample_campaign(), dir.path, options_on(2016_y / date::June / 1));
    const auto mn = read_text(dir.path / "states/mn.html");
    BOOST_TEST(mn.find("<time datetime=\"2016-06-01\">Jun 1, 2016</time>") != std::string::npos);
    BOOST_TEST(mn.find("<time datetime=\"2016-06-14T19:00-05:00\">") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(values_are_escaped) {
    const scratch dir;
    auto c = advocacy::sample_campaign();
    advocacy::group g;
    g.id = "xss";
    g.name = "<script>alert(1)</script>";
    g.place.locality = "Duluth \"&\" <b>";
    g.place.state = "MN"_state;
    g.contacts.push_back({.name = "Ann 'A' <i>", .role = "", .email = "ann@example.org", .phone = ""});
    c.add_group(g);
    advocacy::write_site(c, dir.path, options_on(2015_y / date::September / 1));
    const auto mn = read_text(dir.path / "states/mn.html");
    BOOST_TEST(mn.find("<script") == std::string::npos);
    BOOST_TEST(mn.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(mn.find("Duluth &quot;&amp;&quot; &lt;b&gt;") != std::string::npos);
    BOOST_TEST(mn.find("Ann &apos;A&apos; &lt;i&gt;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(json_ld_cannot_end_its_script) {
    const scratch dir;
    auto c = advocacy::sample_campaign();
    auto e = *c.find_conference("northeast-2015");
    e.name = "Northeast </script><script>alert(1)</script>";
    c.replace_conference(e);
    advocacy::write_site(c, dir.path, options_on(2015_y / date::September / 1));
    const auto index = read_text(dir.path / "index.html");
    BOOST_TEST(count(index, "<script") == 5U);
    BOOST_TEST(count(index, "</script>") == 5U);
    BOOST_TEST(index.find("Northeast \\u003c/script\\u003e") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(feeds_share_the_campaign_uids) {
    const scratch dir;
    const auto c = advocacy::sample_campaign();
    const auto options = options_on(2015_y / date::September / 1);
    advocacy::write_site(c, dir.path, options);
    const auto all = uids(advocacy::to_icalendar(c, options.calendar));
    BOOST_TEST(all.size() == 12U);
    BOOST_TEST((uids(read_text(dir.path / "calendar/campaign.ics")) == all));
    const auto group = uids(read_text(dir.path / "calendar/groups/twin-cities-55.ics"));
    BOOST_TEST((group == std::set<std::string>{"UID:twin-cities-55-meetings@defend-the-decision-2015.advocacy\r"}));
    const auto region = uids(read_text(dir.path / "calendar/regions/mid-western.ics"));
    BOOST_TEST(region.size() == 3U);  // the conference and two groups
    BOOST_TEST(std::includes(all.begin(), all.end(), region.begin(), region.end()));
    const auto conference = uids(read_text(dir.path / "calendar/conferences/northeast-2015.ics"));
    BOOST_TEST((conference == std::set<std::string>{"UID:northeast-2015@defend-the-decision-2015.advocacy\r"}));
}

BOOST_AUTO_TEST_CASE(base_url) {
    const scratch dir;
    auto c = advocacy::sample_campaign();
    auto e = *c.find_conference("northeast-2015");
    e.registration_url.clear();
    c.replace_conference(e);
    auto options = options_on(2015_y / date::September / 1);
    options.base_url = "https://example.org/campaign";
    advocacy::write_site(c, dir.path, options);
    const auto index = read_text(dir.path / "index.html");
    BOOST_TEST(index.find("<link rel=\"canonical\" href=\"https://example.org/campaign/index.html\">") !=
               std::string::npos);
    BOOST_TEST(index.find("\"url\":\"https://example.org/campaign/index.html#conference-northeast-2015\"") !=
               std::string::npos);
    for (const char* bad : {"javascript:alert(1)", "example.org", "https://example.org/\"><x", "https://a b"}) {
        options.base_url = bad;
        BOOST_CHECK_EXCEPTION(advocacy::write_site(c, dir.path / "other", options), advocacy::validation_error,
                              [](const advocacy::validation_error& err) { return err.field() == "base_url"; });
    }
    BOOST_TEST(!fs::exists(dir.path / "other"));
}

BOOST_AUTO_TEST_CASE(unwritable_folder) {
    const scratch dir;
    {
        std::ofstream file(dir.path / "taken");
    }
    BOOST_CHECK_EXCEPTION(advocacy::write_site(advocacy::sample_campaign(), dir.path / "taken" / "site"),
                          advocacy::io_error,
                          [](const advocacy::io_error& err) { return err.path().find("taken") != std::string::npos; });
}

BOOST_AUTO_TEST_CASE(campaign_without_regions) {
    const scratch dir;
    advocacy::campaign c("small", "A small campaign");
    advocacy::group g;
    g.id = "toronto";
    g.name = "Toronto group";
    g.place.locality = "Toronto";
    g.place.state = "ON"_state;
    g.place.country = "CA";
    c.add_group(g);
    const auto written = advocacy::write_site(c, dir.path, options_on(2015_y / date::September / 1));
    BOOST_TEST(written.size() == 5U);  // style, print, index, states/on.html, the campaign's feed
    const auto index = read_text(dir.path / "index.html");
    BOOST_TEST(count(index, "<rect ") == 51U);
    BOOST_TEST(count(index, "<a href=\"states") == 1U);  // Ontario, in the list of other places
    BOOST_TEST(index.find("Ontario (ON)") != std::string::npos);
    BOOST_TEST(read_text(dir.path / "states/on.html").find("<h1>Ontario (ON)</h1>") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
