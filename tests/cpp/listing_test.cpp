// SPDX-License-Identifier: MIT
#include "advocacy/listing.hpp"

#include "advocacy/error.hpp"
#include "advocacy/location.hpp"

#include <boost/test/unit_test.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace advocacy::literals;

namespace {

using namespace date::literals;

auto options(advocacy::listing_format format = advocacy::listing_format::automatic) -> advocacy::listing_options {
    advocacy::listing_options out;
    out.reference = date::sys_days{2015_y / 8 / 11};
    out.format = format;
    return out;
}

auto read(std::string_view text, advocacy::listing_format format = advocacy::listing_format::automatic) {
    return advocacy::read_listing(text, options(format));
}

auto range(date::year_month_day first, date::year_month_day last) { return advocacy::date_range{first, last}; }

// The reason of the only warning, or a message saying there was none or several.
auto only_warning(const advocacy::import_result& result) -> std::string {
    if (result.warnings.size() != 1) return "expected one warning, got " + std::to_string(result.warnings.size());
    return result.warnings.front().reason;
}

auto contains(const std::string& text, std::string_view part) -> bool { return text.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(listing)

// ---- the shapes of the issue --------------------------------------------------------------

BOOST_AUTO_TEST_CASE(reads_a_markdown_bullet_with_a_link_and_a_state_name) {
    const auto result = read("* [Harbor Rights Summit](https://example.org/summit) - May 15-17, 2024 - Portland, Maine\n");
    BOOST_TEST(result.format == "markdown");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    const auto& c = result.value.conferences().front();
    BOOST_TEST(c.name == "Harbor Rights Summit");
    BOOST_TEST(c.id == "harbor-rights-summit-2024");
    BOOST_TEST((c.dates == range(2024_y / 5 / 15, 2024_y / 5 / 17)));
    BOOST_TEST(c.place.locality == "Portland");
    BOOST_TEST(c.place.state == "ME"_state);
    BOOST_TEST(c.place.country == "US");
    BOOST_TEST(c.registration_url == "https://example.org/summit");
}

BOOST_AUTO_TEST_CASE(reads_a_table_row_with_city_st_in_parentheses_and_an_emoji) {
    const auto result = read("| Event | Dates | Where |\n"
                             "| --- | --- | --- |\n"
                             "| [Open Doors Assembly](https://example.org/od) | Aug 3-8, 2024 | Tacoma (WA) :us: |\n");
    BOOST_TEST(result.format == "markdown");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    const auto& c = result.value.conferences().front();
    BOOST_TEST(c.name == "Open Doors Assembly");
    BOOST_TEST((c.dates == range(2024_y / 8 / 3, 2024_y / 8 / 8)));
    BOOST_TEST(c.place.locality == "Tacoma");
    BOOST_TEST(c.place.state == "WA"_state);
    BOOST_TEST(c.registration_url == "https://example.org/od");
}

BOOST_AUTO_TEST_CASE(reads_a_table_row_without_a_header_as_a_line) {
    const auto result = read("| [Open Doors Assembly](https://example.org/od) | Aug 3-8, 2024 | Tacoma (WA) \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 |\n");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences().front().name == "Open Doors Assembly");
    BOOST_TEST(result.value.conferences().front().place.state == "WA"_state);
}

BOOST_AUTO_TEST_CASE(a_date_and_place_line_takes_its_name_from_the_heading_above) {
    const auto result = read("### Desert Justice Forum\n"
                             "October 7-8, 2025. Henderson, Nevada, USA\n");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    const auto& c = result.value.conferences().front();
    BOOST_TEST(c.name == "Desert Justice Forum");
    BOOST_TEST((c.dates == range(2025_y / 10 / 7, 2025_y / 10 / 8)));
    BOOST_TEST(c.place.locality == "Henderson");
    BOOST_TEST(c.place.state == "NV"_state);
}

BOOST_AUTO_TEST_CASE(a_date_and_place_line_without_a_name_is_a_warning) {
    const auto result = read("October 7-8, 2025. Henderson, Nevada, USA\n", advocacy::listing_format::text);
    BOOST_TEST(result.value.conferences().empty());
    BOOST_TEST(contains(only_warning(result), "no event name"));
    BOOST_TEST(result.warnings.front().line == 1u);
}

BOOST_AUTO_TEST_CASE(times_are_warned_of_and_a_foreign_place_read) {
    const auto result = read("Spring Training Days, April 14-16, 2021, 7am PST / 10am EST / 4pm CEST, Berlin, Germany\n");
    BOOST_TEST(result.format == "text");
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    const auto& c = result.value.conferences().front();
    BOOST_TEST(c.name == "Spring Training Days");
    BOOST_TEST((c.dates == range(2021_y / 4 / 14, 2021_y / 4 / 16)));
    BOOST_TEST(c.place.locality == "Berlin");
    BOOST_TEST(c.place.country == "DE");
    BOOST_TEST(c.place.time_zone.empty());  // Germany has two zones in the tz database (Büsingen)
    BOOST_TEST(c.description.empty());
    // Three zones, and no end time: the days only.
    BOOST_TEST(contains(only_warning(result),
                        "imported, but its times (\"7am PST / 10am EST / 4pm CEST\") give a start but no end time"));
}

// Times after the dates make a timed conference when one zone is clear: the place's own, the
// one of the place's zones that the abbreviation names, or the abbreviation's alone where there
// is no place. Otherwise the days only, and a warning saying why.
BOOST_AUTO_TEST_CASE(times_make_a_timed_conference_when_one_zone_is_clear) {
    struct row {
        std::string_view line;
        int start, end;  // minutes; -1: all day
        std::string_view zone, warning;
    };
    const row rows[] = {
        {"Town Hall, May 3, 2024, 7-9pm CDT, Chicago, IL", 19 * 60, 21 * 60, "America/Chicago", ""},
        {"Town Hall, May 3, 2024, 7pm-9pm, Chicago, IL", 19 * 60, 21 * 60, "America/Chicago", ""},
        {"Town Hall - May 3 2024 - 7 - 9 pm - Chicago, IL", 19 * 60, 21 * 60, "America/Chicago", ""},
        {"Town Hall, May 3, 2024 7-9pm, Chicago, IL", 19 * 60, 21 * 60, "America/Chicago", ""},
        {"Town Hall, June 3, 2024, 7:00 p.m. - 9:30 p.m. (CDT), Chicago, IL", 19 * 60, 21 * 60 + 30, "America/Chicago", ""},
        {"Clinic, Jan 3, 2024, 7-9pm EDT, Boston, MA", 19 * 60, 21 * 60, "America/New_York", ""},  // the season is loose
        {"Webinar, May 3, 2024, 7-8pm ET, Online", 19 * 60, 20 * 60, "America/New_York", ""},
        {"Webinar, May 3, 2024, 4-5pm PT / 7-8pm ET, Online", 16 * 60, 17 * 60, "America/Los_Angeles", ""},
        {"Berlin Day, June 3, 2024, 10:00-16:00 CEST, Berlin, Germany", 10 * 60, 16 * 60, "Europe/Berlin", ""},
        {"Day, June 3, 2024, 9am-5pm PDT / 6pm-2am CEST, Berlin, Germany", -1, -1, "", "run past midnight"},
        // The same moment on the next day in Berlin: the line gives one day for both.
        {"Berlin Day, June 3, 2024, 4-5pm PT / 1-2am CEST, Berlin, Germany", -1, -1, "", "are not the same moment"},
        {"Webinar, May 3, 2024, 4-5pm PT / 8-9pm ET, Online", -1, -1, "", "are not the same moment"},
        {"Clinic, May 3, 2024, 7-9pm CST, Boston, MA", -1, -1, "America/New_York",
         "name a zone (\"CST\") that is not the place's (America/New_York)"},
        {"Late, June 3, 2024, 10pm-1am, Denver, CO", -1, -1, "America/Denver", "run past midnight"},
        {"Gathering, June 3, 2024, 7pm, Denver, CO", -1, -1, "America/Denver", "give a start but no end time"},
        {"Online Hour, June 3, 2024, 7-9pm, Online", -1, -1, "", "give no time zone"},
        {"Online Hour, June 3, 2024, 7-9pm XYZT, Online", -1, -1, "", "name no time zone that can be told (\"XYZT\")"},
        {"Town Hall, May 3, 2024, 7-9pm Chicago time, Chicago, IL", -1, -1, "America/Chicago", "name no time zone"},
    };
    for (const auto& r : rows) {
        BOOST_TEST_CONTEXT(r.line) {
            const auto result = read(std::string(r.line) + "\n");
            BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
            const auto& c = result.value.conferences().front();
            BOOST_TEST(c.place.time_zone == r.zone);
            if (r.start < 0) {
                BOOST_TEST(!c.timed());
                BOOST_TEST(contains(only_warning(result), r.warning), only_warning(result));
            } else {
                BOOST_TEST(result.warnings.empty());
                BOOST_TEST_REQUIRE(c.timed());
                BOOST_TEST(c.start_time->count() == r.start);
                BOOST_TEST(c.end_time->count() == r.end);
                BOOST_TEST((c.dates.first() == c.dates.last()));
            }
        }
    }
}

// Weekday names before the days are checked against the date: a contradiction is a warning, and
// no event.
BOOST_AUTO_TEST_CASE(weekdays_before_the_days_are_checked) {
    const auto agreed = read("- Summer School - Monday 16th - Friday 20th June 2025 - Leeds, UK\n");
    BOOST_TEST(agreed.warnings.empty());
    BOOST_TEST_REQUIRE(agreed.value.conferences().size() == 1u);
    BOOST_TEST((agreed.value.conferences().front().dates == range(2025_y / 6 / 16, 2025_y / 6 / 20)));
    const auto wrong = read("- Summer School - Tuesday 16th - Friday 20th June 2025 - Leeds, UK\n");
    BOOST_TEST(wrong.value.conferences().empty());
    BOOST_TEST(contains(only_warning(wrong), "Jun 16, 2025 is a Monday, not a Tuesday"), only_warning(wrong));
}

// Times over several days are each day's: every day is a session from start to end.
BOOST_AUTO_TEST_CASE(times_over_several_days_make_a_session_a_day) {
    const auto result = read("Workshop, June 3-5, 2024, 9am-5pm, Denver, CO\n");
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    const auto& c = result.value.conferences().front();
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST((c.dates == range(2024_y / 6 / 3, 2024_y / 6 / 5)));
    BOOST_TEST_REQUIRE(c.sessions.size() == 3u);
    BOOST_TEST((c.sessions[1] == range(2024_y / 6 / 4, 2024_y / 6 / 4)));
    BOOST_TEST(c.start_time->count() == 9 * 60);
    BOOST_TEST(c.end_time->count() == 17 * 60);
    // A spreadsheet's time column is read the same way.
    const auto csv = read("name,dates,time,city,state\nWorkshop,June 3-5 2024,9am-5pm MDT,Denver,CO\n");
    BOOST_TEST_REQUIRE(csv.value.conferences().size() == 1u);
    BOOST_TEST(csv.warnings.empty());
    BOOST_TEST(csv.value.conferences().front() == c);
}

// Each place shape, and what it gives: city, region, country, online part and time zone.
BOOST_AUTO_TEST_CASE(place_shapes) {
    struct row {
        std::string_view place;
        std::string_view locality, region, country, online, time_zone;
    };
    const std::vector<row> rows{
        {"Boston, MA", "Boston", "MA", "US", "", "America/New_York"},
        {"Tacoma (WA)", "Tacoma", "WA", "US", "", "America/Los_Angeles"},
        {"Portland, Maine", "Portland", "ME", "US", "", "America/New_York"},
        {"Henderson, Nevada, USA", "Henderson", "NV", "US", "", ""},  // West Wendover keeps Mountain time
        {"Austin, TX", "Austin", "TX", "US", "", ""},                  // Texas spans two zones
        {"Atlanta, Georgia", "Atlanta", "GA", "US", "", "America/New_York"},
        {"Berlin, Germany", "Berlin", "", "DE", "", ""},
        {"Paris, France", "Paris", "", "FR", "", "Europe/Paris"},
        {"Lyon (France)", "Lyon", "", "FR", "", "Europe/Paris"},
        {"London, UK", "London", "", "GB", "", "Europe/London"},
        {"Toronto, Ontario", "Toronto", "ON", "CA", "", ""},
        {"Montr\xC3\xA9" "al, Qu\xC3\xA9" "bec", "Montr\xC3\xA9" "al", "QC", "CA", "", ""},
        {"Toronto, ON, Canada", "Toronto", "ON", "CA", "", ""},
        {"Toronto, ON, CA", "Toronto", "ON", "CA", "", ""},
        {"Munich, Bavaria, Germany", "Munich", "BY", "DE", "", ""},
        {"M\xC3\xBCnchen, Bayern, Deutschland", "M\xC3\xBCnchen", "BY", "DE", "", ""},
        {"Online", "", "", "US", "online", ""},
        {"Virtual", "", "", "US", "online", ""},
        {"Boston, MA + Online", "Boston", "MA", "US", "online", "America/New_York"},
        {"Boston, MA & online", "Boston", "MA", "US", "online", "America/New_York"},
        {"Online / Paris, France", "Paris", "", "FR", "online", "Europe/Paris"},
        {"https://zoom.us/j/123", "", "", "US", "https://zoom.us/j/123", ""},
        {"https://example.org/join", "", "", "US", "https://example.org/join", ""},
        {"Online: https://example.org/join", "", "", "US", "https://example.org/join", ""},
        {"Boston, MA + online https://meet.google.com/abc-defg-hij", "Boston", "MA", "US",
         "https://meet.google.com/abc-defg-hij", "America/New_York"},
    };
    for (const auto& r : rows) {
        const std::string line = "Policy Clinic \xE2\x80\x94 June 12, 2026 \xE2\x80\x94 " + std::string(r.place) + "\n";
        const auto result = read(line, advocacy::listing_format::text);
        BOOST_TEST(result.warnings.empty(), r.place);
        BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u, r.place);
        const auto& c = result.value.conferences().front();
        BOOST_TEST(c.name == "Policy Clinic", r.place);
        BOOST_TEST(c.place.locality == r.locality, r.place);
        BOOST_TEST(c.place.state.str() == r.region, r.place);
        BOOST_TEST(c.place.country == r.country, r.place);
        BOOST_TEST(c.place.online == r.online, r.place);
        BOOST_TEST(c.place.time_zone == r.time_zone, r.place);
        BOOST_TEST(c.registration_url.empty(), r.place);
    }
}

BOOST_AUTO_TEST_CASE(a_meeting_link_joins_and_another_link_registers) {
    const auto result = read("- [Policy Call](https://example.org/call) - June 12, 2026 - "
                             "[Join on Zoom](https://us02web.zoom.us/j/555)\n"
                             "- Harbor Forum - June 14, 2026 - Boston, MA https://example.org/forum\n");
    BOOST_TEST(result.warnings.empty());
    const auto& cs = result.value.conferences();
    BOOST_TEST_REQUIRE(cs.size() == 2u);
    BOOST_TEST(cs[0].place.online == "https://us02web.zoom.us/j/555");
    BOOST_TEST(cs[0].registration_url == "https://example.org/call");
    BOOST_TEST(cs[1].place.online.empty());  // a link after a place is its page, not a way to join
    BOOST_TEST(cs[1].registration_url == "https://example.org/forum");
    // In a spreadsheet, a link in a place column is where the event is joined.
    const auto csv = read("name,dates,location,url\n"
                          "Call,\"June 12, 2026\",https://meet.example.org/x,https://example.org/call\n"
                          "Hybrid,\"June 13, 2026\",\"Boston, MA + online\",\n"
                          "Abroad,\"June 14, 2026\",\"Munich, Bavaria, Germany\",\n");
    BOOST_TEST(csv.warnings.empty());
    BOOST_TEST_REQUIRE(csv.value.conferences().size() == 3u);
    BOOST_TEST(csv.value.conferences()[0].place.online == "https://meet.example.org/x");
    BOOST_TEST(csv.value.conferences()[0].registration_url == "https://example.org/call");
    BOOST_TEST(csv.value.conferences()[1].place.online == "online");
    BOOST_TEST(csv.value.conferences()[1].place.locality == "Boston");
    BOOST_TEST(csv.value.conferences()[2].place.state == "BY"_state);
    BOOST_TEST(csv.value.conferences()[2].place.country == "DE");
    // A country column's code is the country, not a US state: "DE" is Germany there.
    const auto columns = read("name,dates,city,state,country\n"
                              "A,\"June 12, 2026\",Berlin,,DE\n"
                              "B,\"June 13, 2026\",Dover,DE,US\n"
                              "C,\"June 14, 2026\",Toronto,ON,ca\n");
    BOOST_TEST(columns.warnings.empty());
    BOOST_TEST_REQUIRE(columns.value.conferences().size() == 3u);
    BOOST_TEST(columns.value.conferences()[0].place.country == "DE");
    BOOST_TEST(columns.value.conferences()[0].place.state == advocacy::state_code{});
    BOOST_TEST(columns.value.conferences()[1].place.country == "US");
    BOOST_TEST(columns.value.conferences()[1].place.state == "DE"_state);
    BOOST_TEST(columns.value.conferences()[2].place.country == "CA");
    BOOST_TEST(columns.value.conferences()[2].place.state == "ON"_state);
}

BOOST_AUTO_TEST_CASE(places_not_recognized_stay_a_warning) {
    for (std::string_view place : {"Springfield, Narnia", "Gotham, ZZ", "Tbilisi, Bavaria"}) {
        const auto result = read("Policy Clinic - June 12, 2026 - " + std::string(place) + "\n", advocacy::listing_format::text);
        BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u, place);
        const auto& c = result.value.conferences().front();
        BOOST_TEST(c.place.locality.empty(), place);
        BOOST_TEST(c.description == "Place: " + std::string(place), place);
        BOOST_TEST(contains(only_warning(result), "the place \"" + std::string(place) + "\" was not read"), place);
    }
}

// A day list is one event on its days: the overall range, and each day a session (parse_days).
BOOST_AUTO_TEST_CASE(a_day_list_gives_sessions) {
    struct row {
        std::string_view line;
        std::vector<advocacy::date_range> sessions;
    };
    const std::vector<row> rows{
        {"Policy Clinic \xE2\x80\x94 June 12 & 16, 2026 \xE2\x80\x94 Boston, MA",
         {range(2026_y / 6 / 12, 2026_y / 6 / 12), range(2026_y / 6 / 16, 2026_y / 6 / 16)}},
        {"Policy Clinic - Nov 28 & Dec 1, 2025 - Boston, MA",
         {range(2025_y / 11 / 28, 2025_y / 11 / 28), range(2025_y / 12 / 1, 2025_y / 12 / 1)}},
        {"Policy Clinic - May 3, 10 and 17, 2026 - Boston, MA",
         {range(2026_y / 5 / 3, 2026_y / 5 / 3), range(2026_y / 5 / 10, 2026_y / 5 / 10),
          range(2026_y / 5 / 17, 2026_y / 5 / 17)}},
        {"Policy Clinic - May 3-4 & 10-11, 2026 - Boston, MA",
         {range(2026_y / 5 / 3, 2026_y / 5 / 4), range(2026_y / 5 / 10, 2026_y / 5 / 11)}},
    };
    for (const auto& [line, sessions] : rows) {
        const auto result = read(line);
        BOOST_TEST(result.warnings.empty(), line);
        BOOST_REQUIRE_EQUAL(result.value.conferences().size(), 1u);
        const auto& c = result.value.conferences()[0];
        BOOST_TEST(c.name == "Policy Clinic");
        BOOST_TEST(c.place.locality == "Boston");
        BOOST_TEST((c.sessions == sessions), line);
        BOOST_TEST((c.dates == advocacy::date_range{sessions.front().first(), sessions.back().last()}), line);
    }
    // Out of order, or followed by something that is not a place: a warning, no event.
    for (std::string_view line : {"Policy Clinic - June 16 & 12, 2026 - Boston, MA", "Policy Clinic - June 12 & 12, 2026 - Boston, MA"}) {
        const auto result = read(line);
        BOOST_TEST(result.value.conferences().empty(), line);
        BOOST_TEST(contains(only_warning(result), "its days cannot be read"), line);
    }
    const auto csv = read("name,dates,city,state\nClinic,\"June 12 & 16, 2026\",Boston,MA\nBad,\"June 12 & 16, 2026 x\",Boston,MA\n");
    BOOST_REQUIRE_EQUAL(csv.value.conferences().size(), 1u);
    BOOST_TEST(csv.value.conferences()[0].sessions.size() == 2u);
    BOOST_TEST(contains(only_warning(csv), "\"x\" follows the days"));
}

BOOST_AUTO_TEST_CASE(a_time_after_the_day_is_no_day) {
    const auto result = read("- Town Hall - May 5, 7 pm - Boise, ID\n");
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST((result.value.conferences().front().dates == range(2016_y / 5 / 5, 2016_y / 5 / 5)));
    BOOST_TEST(result.value.conferences().front().place.state == "ID"_state);
    BOOST_TEST(contains(only_warning(result), "its times (\"7 pm\") give a start but no end time"));
}

BOOST_AUTO_TEST_CASE(an_online_event_is_online) {
    const auto result = read("- Policy Clinic \xE2\x80\x94 June 12-13, 2026 \xE2\x80\x94 Online\n");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences().front().place.locality.empty());
    BOOST_TEST(result.value.conferences().front().place.online == "online");
    BOOST_TEST(advocacy::to_string(result.value.conferences().front().place) == "Online");
}

BOOST_AUTO_TEST_CASE(dates_first_then_name_then_place_and_a_venue) {
    const auto result = read("Oct 7-8, 2025: SeaGL, Seattle, WA\n"
                             "Harbor Summit, May 3, 2025, Convention Center, Portland, ME <https://example.org/h>\n"
                             "Room 12 Forum May 5-7, 2025 https://example.org/r - Boise, ID\n");
    BOOST_TEST(result.warnings.empty());
    const auto& cs = result.value.conferences();
    BOOST_TEST_REQUIRE(cs.size() == 3u);
    BOOST_TEST(cs[0].name == "SeaGL");
    BOOST_TEST(cs[0].place.locality == "Seattle");
    BOOST_TEST(cs[1].name == "Harbor Summit");
    BOOST_TEST(cs[1].place.venue == "Convention Center");
    BOOST_TEST(cs[1].registration_url == "https://example.org/h");
    BOOST_TEST(cs[2].name == "Room 12 Forum");
    BOOST_TEST((cs[2].dates == range(2025_y / 5 / 5, 2025_y / 5 / 7)));
    BOOST_TEST(cs[2].registration_url == "https://example.org/r");
}

BOOST_AUTO_TEST_CASE(a_plain_text_heading_names_the_dates_below_it) {
    const auto result = read("Desert Justice Forum\nOctober 7-8, 2025 - Henderson, NV\n", advocacy::listing_format::text);
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences().front().name == "Desert Justice Forum");
}

BOOST_AUTO_TEST_CASE(fenced_code_is_not_read) {
    const auto result = read("# Events\n```\n- Harbor Summit - Nov 31, 2025 - Boston, MA\n```\n");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST(result.value.conferences().empty());
}

// ---- the year ---------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_year_comes_from_the_line_else_the_heading_else_the_reference) {
    const auto result = read("# Events\n"
                             "## 2026\n"
                             "- River Summit - Mar 3-5 - Boise, ID\n"
                             "- Lake Forum 2027 - Mar 3-5 - Boise, ID\n"
                             "- Hill Assembly - Mar 3-5, 2030 - Boise, ID\n"
                             "# Later\n"
                             "- Valley Summit - Mar 3-5 - Boise, ID\n");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST(result.value.title() == "Events");
    const auto& cs = result.value.conferences();
    BOOST_TEST_REQUIRE(cs.size() == 4u);
    BOOST_TEST((cs[0].dates == range(2026_y / 3 / 3, 2026_y / 3 / 5)));
    BOOST_TEST((cs[1].dates == range(2027_y / 3 / 3, 2027_y / 3 / 5)));
    BOOST_TEST((cs[2].dates == range(2030_y / 3 / 3, 2030_y / 3 / 5)));
    BOOST_TEST((cs[3].dates == range(2016_y / 3 / 3, 2016_y / 3 / 5)));  // the reference 2015-08-11
}

BOOST_AUTO_TEST_CASE(a_plain_text_line_that_is_a_year_sets_the_year) {
    const auto result = read("2026\nRiver Summit - Mar 3-5 - Boise, ID\n", advocacy::listing_format::text);
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST((result.value.conferences().front().dates == range(2026_y / 3 / 3, 2026_y / 3 / 5)));
}

// ---- never a date invented ----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(unreadable_dates_are_warnings_never_events) {
    struct row {
        std::string_view line;
        std::string_view reason;
    };
    for (const auto& r : {row{"- Harbor Summit - Nov 31, 2025 - Boston, MA", "its dates cannot be read"},
                          row{"- Harbor Summit - Nov 15-13, 2025 - Boston, MA", "its dates cannot be read"},
                          row{"- Harbor Summit - Dec 22 \xE2\x80\x93 20, 2025 - Boston, MA", "its dates cannot be read"},
                          row{"- Harbor Summit - TBD - Boston, MA", "to be announced"},
                          row{"- Harbor Summit - dates to be announced - Boston, MA", "to be announced"},
                          row{"- Harbor Summit - November 2025 - Boston, MA", "gives only a month"},
                          row{"- Harbor Summit - 5/15/2024 - Boston, MA", "in numbers only"},
                          row{"Harbor Summit 15.05.24 Boston, MA", "in numbers only"},
                          row{"- Harbor Summit - 2015.05.25 - Boston, MA", "in numbers only"},
                          row{"- Harbor Summit - May eighth, 2010 - Boston, MA", "has its day in words"},
                          row{"- Harbor Summit - the twenty-first of March - Boston, MA", "has its day in words"},
                          row{"- Harbor Summit - 05-25-2015 - Boston, MA", "in numbers only"},
                          row{"- Harbor Summit - February 29, 2014 - Boston, MA", "its dates cannot be read"},
                          row{"- Harbor Summit - Jul 18, Fri - Boston, MA", "its dates cannot be read"},
                          row{"- Harbor Summit - 14th April 15 - Boston, MA", "its dates cannot be read"},
                          row{"- Harbor Summit - from the 13th to the 15th July - Boston, MA", "its dates cannot be read"},
                          row{"- Harbor Summit - May 3, 2025 - Spring Forum - May 9, 2025", "more than one date"}}) {
        const auto result = read(r.line);
        BOOST_TEST(result.value.conferences().empty(), r.line);
        BOOST_TEST(contains(only_warning(result), r.reason), r.line << ": " << only_warning(result));
    }
}

BOOST_AUTO_TEST_CASE(a_sentence_that_mentions_a_date_is_no_event) {
    const auto result = read("Registration closes on May 1, 2025 - sign up early.\n"
                             "The vote is on Nov 7 at the hall.\n"
                             "We meet on the first of March.\n"
                             "Harbor Summit - May 15-17, 2025 - Portland, ME\n");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST(result.value.conferences().size() == 1u);
}

BOOST_AUTO_TEST_CASE(lines_without_a_date_are_nothing) {
    const auto result = read("Upcoming events\n\nSee the list below for details.\n- Harbor Summit - May 5-7, 2025\n");
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences().front().place.locality.empty());
}

BOOST_AUTO_TEST_CASE(a_month_word_in_a_name_is_no_date) {
    const auto result = read("- May Day Assembly - May 1, 2025 - Fresno, CA\n- March for Rights 2025 - Mar 8 - Austin, TX\n");
    BOOST_TEST(result.warnings.empty());
    const auto& cs = result.value.conferences();
    BOOST_TEST_REQUIRE(cs.size() == 2u);
    BOOST_TEST(cs[0].name == "May Day Assembly");
    BOOST_TEST(cs[1].name == "March for Rights 2025");
    BOOST_TEST((cs[1].dates == range(2025_y / 3 / 8, 2025_y / 3 / 8)));
}

BOOST_AUTO_TEST_CASE(ids_are_unique_and_repeats_are_warned) {
    const auto result = read("- Harbor Summit - May 5-7, 2025 - Boston, MA\n"
                             "- Harbor Summit - Sep 5-7, 2025 - Boston, MA\n"
                             "- Harbor Summit - May 5-7, 2025 - Boston, MA\n");
    const auto& cs = result.value.conferences();
    BOOST_TEST_REQUIRE(cs.size() == 2u);
    BOOST_TEST(cs[0].id == "harbor-summit-2025");
    BOOST_TEST(cs[1].id == "harbor-summit-2025-2");
    BOOST_TEST(only_warning(result) == "repeats the event on line 1");
    BOOST_TEST(result.warnings.front().line == 3u);
}

// ---- spreadsheets -------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(reads_csv_with_quotes_and_a_dates_column) {
    const std::string text = "Name,Dates,City,State,URL,Notes\r\n"
                             "\"Harbor Summit, East\",\"May 15-17, 2024\",Portland,Maine,https://example.org/h,\"said \"\"hi\"\"\"\r\n"
                             "Open Doors Assembly,Aug 3-8 2024,Tacoma,WA,,\r\n"
                             "Broken Forum,Nov 31 2024,Tacoma,WA,,\r\n";
    const auto result = read(text);
    BOOST_TEST(result.format == "csv");
    const auto& cs = result.value.conferences();
    BOOST_TEST_REQUIRE(cs.size() == 2u);
    BOOST_TEST(cs[0].name == "Harbor Summit, East");
    BOOST_TEST((cs[0].dates == range(2024_y / 5 / 15, 2024_y / 5 / 17)));
    BOOST_TEST(cs[0].place.locality == "Portland");
    BOOST_TEST(cs[0].place.state == "ME"_state);
    BOOST_TEST(cs[0].registration_url == "https://example.org/h");
    BOOST_TEST(cs[0].description == "Notes: said \"hi\"");
    BOOST_TEST(cs[1].place.state == "WA"_state);
    BOOST_TEST(contains(only_warning(result), "November has 30 days"));
    BOOST_TEST(result.warnings.front().line == 4u);
}

BOOST_AUTO_TEST_CASE(reads_tsv_with_start_and_end_columns) {
    const auto result = read("Event\tStart\tEnd\tLocation\n"
                             "Harbor Summit\t2024-05-15\t2024-05-17\tPortland, ME\n"
                             "Backwards Forum\t2024-05-17\t2024-05-15\tPortland, ME\n"
                             "Short Forum\tJune 3, 2024\t\tBoise (ID)\n");
    BOOST_TEST(result.format == "tsv");
    const auto& cs = result.value.conferences();
    BOOST_TEST_REQUIRE(cs.size() == 2u);
    BOOST_TEST((cs[0].dates == range(2024_y / 5 / 15, 2024_y / 5 / 17)));
    BOOST_TEST((cs[1].dates == range(2024_y / 6 / 3, 2024_y / 6 / 3)));
    BOOST_TEST(cs[1].place.locality == "Boise");
    BOOST_TEST(contains(only_warning(result), "comes before its start"));
    BOOST_TEST(result.warnings.front().line == 3u);
}

BOOST_AUTO_TEST_CASE(an_unclosed_quote_is_a_warning) {
    const auto result = read("name,date\nHarbor Summit,\"May 5, 2024\n", advocacy::listing_format::csv);
    BOOST_TEST(result.value.conferences().empty());
    BOOST_TEST(contains(only_warning(result), "never closed"));
}

BOOST_AUTO_TEST_CASE(a_spreadsheet_without_a_dates_column_is_a_parse_error) {
    BOOST_CHECK_THROW(read("name,city\nHarbor Summit,Boston\n", advocacy::listing_format::csv), advocacy::parse_error);
}

// ---- formats and errors -------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(tells_the_format_from_the_content) {
    using advocacy::listing_format;
    BOOST_TEST((advocacy::detect_listing_format("Name,Date\nA,May 3 2025\n") == listing_format::csv));
    BOOST_TEST((advocacy::detect_listing_format("Name\tDate\nA\tMay 3 2025\n") == listing_format::tsv));
    BOOST_TEST((advocacy::detect_listing_format("# Events\n- A - May 3\n") == listing_format::markdown));
    BOOST_TEST((advocacy::detect_listing_format("A - May 3, Boston, MA\n") == listing_format::text));
    BOOST_TEST((advocacy::detect_listing_format("Dear all, we meet May 3\n") == listing_format::text));
    BOOST_TEST((advocacy::parse_listing_format("markdown") == listing_format::markdown));
    BOOST_TEST(advocacy::to_string(listing_format::automatic) == "auto");
    BOOST_CHECK_THROW((void)advocacy::parse_listing_format("xlsx"), advocacy::parse_error);
}

BOOST_AUTO_TEST_CASE(an_empty_text_is_a_parse_error_and_a_bad_id_a_validation_error) {
    BOOST_CHECK_THROW(read(" \n\t\n"), advocacy::parse_error);
    auto o = options();
    o.campaign_id = "not an id";
    BOOST_CHECK_THROW(advocacy::read_listing("- A - May 3, 2025\n", o), advocacy::validation_error);
}

BOOST_AUTO_TEST_CASE(other_importers_leave_the_format_empty) {
    const advocacy::import_result result{advocacy::campaign("c", "C"), {}};
    BOOST_TEST(result.format.empty());
}

BOOST_AUTO_TEST_CASE(a_long_line_of_month_words_is_read_in_linear_time) {
    std::string line = "Harbor Summit ";
    while (line.size() < 400'000) line += "May 3 May ";
    line += "- Boston, MA\n";
    const auto result = read(line);  // a superlinear reader would take minutes here
    BOOST_TEST(result.value.conferences().empty());
    BOOST_TEST(result.warnings.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
