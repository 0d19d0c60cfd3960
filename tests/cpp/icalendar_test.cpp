// SPDX-License-Identifier: MIT
#include "advocacy/icalendar.hpp"
#include "advocacy/json.hpp"

#include "advocacy/campaign.hpp"
#include "advocacy/detail/time_zone_names.hpp"
#include "advocacy/error.hpp"
#include "advocacy/version.hpp"

#include <boost/test/unit_test.hpp>
#include <date/date.h>
#include <libical/ical.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace advocacy::literals;

namespace {

using namespace date::literals;
using namespace std::chrono_literals;

const auto stamp = date::sys_seconds{date::sys_days{2015_y / 8 / 11}} + 12h + 30min;

auto options() -> advocacy::icalendar_options { return {.stamp = stamp, .open_start = std::nullopt}; }

auto baltimore() -> advocacy::conference {
    advocacy::conference c;
    c.id = "mid-atlantic-2015";
    c.name = "Mid Atlantic Regional Conference";
    c.dates = advocacy::date_range{date::sys_days{2015_y / 11 / 13}, date::sys_days{2015_y / 11 / 15}};
    c.place.venue = "Harbor Hall";
    c.place.locality = "Baltimore";
    c.place.state = "MD"_state;
    c.region = "Mid Atlantic";
    c.registration_url = "https://example.org/register";
    c.description = "Workshops; panels, and a rally";
    return c;
}

auto twin_cities() -> advocacy::group {
    advocacy::group g;
    g.id = "twin-cities-55";
    g.name = "Twin Cities Group 55";
    g.place.locality = "Minneapolis";
    g.place.state = "MN"_state;
    g.meetings = advocacy::meeting_schedule::monthly_on_weekday(2, date::Tuesday, advocacy::time_of_day{19h}, 120min, "America/Chicago")
                     .with_effective(advocacy::date_range{date::sys_days{2015_y / 9 / 1}, date::sys_days{2015_y / 12 / 31}})
                     .with_skipped({date::sys_days{2015_y / 11 / 10}});
    return g;
}

auto small_campaign() -> advocacy::campaign {
    advocacy::campaign c{"fall-2015", "Fall 2015 conferences"};
    c.add_conference(baltimore());
    c.add_group(twin_cities());
    return c;
}

// Content lines with folding undone.
auto unfold(std::string_view text) -> std::vector<std::string> {
    std::vector<std::string> lines;
    for (std::size_t pos = 0; pos < text.size();) {
        auto eol = text.find("\r\n", pos);
        BOOST_REQUIRE(eol != std::string_view::npos);
        auto line = text.substr(pos, eol - pos);
        if (!line.empty() && line.front() == ' ') {
            lines.back() += line.substr(1);
        } else {
            lines.emplace_back(line);
        }
        pos = eol + 2;
    }
    return lines;
}

// The physical lines: each at most 75 octets, never starting inside a UTF-8 sequence, never
// ending inside an escape.
void check_folding(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto eol = text.find("\r\n", pos);
        BOOST_REQUIRE(eol != std::string_view::npos);
        const auto line = text.substr(pos, eol - pos);
        BOOST_TEST(line.size() <= 75u, line);
        BOOST_TEST(line.find('\r') == std::string_view::npos);
        BOOST_TEST(line.find('\n') == std::string_view::npos);
        if (eol + 2 < text.size() && text[eol + 2] == ' ') {
            std::size_t backslashes = 0;
            for (auto i = line.size(); i > 0 && line[i - 1] == '\\'; --i) ++backslashes;
            BOOST_TEST(backslashes % 2 == 0u, "a fold splits an escape: " << line);
            if (eol + 3 < text.size()) {
                BOOST_TEST((static_cast<unsigned char>(text[eol + 3]) & 0xC0) != 0x80u, "a fold splits UTF-8: " << line);
            }
        }
        pos = eol + 2;
    }
}

auto count(std::string_view text, std::string_view what) -> std::size_t {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string_view::npos; pos = text.find(what, pos + 1)) ++n;
    return n;
}

struct component_deleter {
    void operator()(icalcomponent* c) const noexcept { icalcomponent_free(c); }
};
using component_ptr = std::unique_ptr<icalcomponent, component_deleter>;

auto libical_errors(icalcomponent* c) -> int {
    int n = icalcomponent_count_properties(c, ICAL_XLICERROR_PROPERTY);
    for (auto* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k != nullptr;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        n += libical_errors(k);
    }
    return n;
}

// The parse_error campaign_from_icalendar throws for `text`.
auto import_error(const std::string& text) -> advocacy::parse_error {
    try {
        (void)advocacy::campaign_from_icalendar(text);
    } catch (const advocacy::parse_error& e) {
        return e;
    }
    BOOST_FAIL("expected a parse_error for:\n" << text);
    throw;  // unreachable
}

auto calendar(std::string_view body) -> std::string {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n" + std::string(body) + "END:VCALENDAR\r\n";
}

// A calendar of one recurring event "m" starting at `start` in Chicago: `properties` (each ending
// in CRLF) begin on line 8. Two hours long, unless `properties` give DTEND or DURATION.
auto meeting_calendar(std::string_view properties, std::string_view start = "20150908T190000") -> std::string {
    const bool has_end = properties.find("DTEND") != std::string_view::npos || properties.find("DURATION") != std::string_view::npos;
    return calendar("BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\nDTSTART;TZID=America/Chicago:" + std::string(start) + "\r\n" +
                    std::string(properties) + (has_end ? "" : "DURATION:PT2H\r\n") + "END:VEVENT\r\n");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(icalendar)

BOOST_AUTO_TEST_CASE(golden_export) {
    const std::string expected =
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//advocacy//advocacy " + std::string(advocacy::version) + "//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "X-WR-CALNAME:Fall 2015 conferences\r\n"
        "BEGIN:VTIMEZONE\r\n"
        "TZID:America/Chicago\r\n"
        "BEGIN:STANDARD\r\n"
        "DTSTART:20141102T020000\r\n"
        "TZOFFSETFROM:-0500\r\n"
        "TZOFFSETTO:-0600\r\n"
        "TZNAME:CST\r\n"
        "END:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\n"
        "DTSTART:20150308T020000\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
        "TZOFFSETFROM:-0600\r\n"
        "TZOFFSETTO:-0500\r\n"
        "TZNAME:CDT\r\n"
        "END:DAYLIGHT\r\n"
        "BEGIN:STANDARD\r\n"
        "DTSTART:20151101T020000\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
        "TZOFFSETFROM:-0500\r\n"
        "TZOFFSETTO:-0600\r\n"
        "TZNAME:CST\r\n"
        "END:STANDARD\r\n"
        "END:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:mid-atlantic-2015@fall-2015.advocacy\r\n"
        "DTSTAMP:20150811T123000Z\r\n"
        "SUMMARY:Mid Atlantic Regional Conference\r\n"
        "DTSTART;VALUE=DATE:20151113\r\n"
        "DTEND;VALUE=DATE:20151116\r\n"
        "LOCATION:Harbor Hall\\, Baltimore\\, MD\r\n"
        "DESCRIPTION:Workshops\\; panels\\, and a rally\\n\\nRegistration: https://examp\r\n"
        " le.org/register\r\n"
        "URL:https://example.org/register\r\n"
        "X-ADVOCACY-REGION:Mid Atlantic\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:twin-cities-55-meetings@fall-2015.advocacy\r\n"
        "DTSTAMP:20150811T123000Z\r\n"
        "SUMMARY:Twin Cities Group 55 meeting\r\n"
        "DTSTART;TZID=America/Chicago:20150908T190000\r\n"
        "DTEND;TZID=America/Chicago:20150908T210000\r\n"
        "RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20160101T010000Z\r\n"
        "EXDATE;TZID=America/Chicago:20151110T190000\r\n"
        "LOCATION:Minneapolis\\, MN\r\n"
        "X-ADVOCACY-EFFECTIVE:20150901/20151231\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    BOOST_TEST(advocacy::to_icalendar(small_campaign(), options()) == expected);
}

BOOST_AUTO_TEST_CASE(dtend_is_exclusive) {
    advocacy::campaign c{"c", "C"};
    auto one_day = baltimore();
    one_day.id = "one";
    one_day.dates = advocacy::date_range{date::sys_days{2015_y / 11 / 7}};
    c.add_conference(one_day);
    auto new_year = baltimore();
    new_year.id = "new-year";
    new_year.dates = advocacy::date_range{date::sys_days{2015_y / 12 / 30}, date::sys_days{2015_y / 12 / 31}};
    c.add_conference(new_year);
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(count(text, "DTSTART;VALUE=DATE:20151107\r\nDTEND;VALUE=DATE:20151108\r\n") == 1u);
    BOOST_TEST(count(text, "DTSTART;VALUE=DATE:20151230\r\nDTEND;VALUE=DATE:20160101\r\n") == 1u);
}

BOOST_AUTO_TEST_CASE(uids_are_stable) {
    auto a = advocacy::to_icalendar(small_campaign(), options());
    auto later = options();
    later.stamp += std::chrono::hours{24 * 40};
    auto b = advocacy::to_icalendar(small_campaign(), later);
    BOOST_TEST(a != b);  // only DTSTAMP differs
    auto uids = [](const std::string& text) {
        std::vector<std::string> found;
        for (const auto& line : unfold(text)) {
            if (line.starts_with("UID:")) found.push_back(line);
        }
        return found;
    };
    BOOST_TEST(uids(a) == uids(b));
    BOOST_TEST(uids(a) == (std::vector<std::string>{"UID:mid-atlantic-2015@fall-2015.advocacy",
                                                    "UID:twin-cities-55-meetings@fall-2015.advocacy"}));
    BOOST_TEST(count(b, "DTSTAMP:20150920T123000Z\r\n") == 2u);
}

BOOST_AUTO_TEST_CASE(folding_respects_utf8_and_escapes) {
    advocacy::campaign c{"c", "C"};
    auto conf = [&](std::string id, std::string name) {
        auto x = baltimore();
        x.id = std::move(id);
        x.name = std::move(name);
        x.description.clear();
        x.registration_url.clear();
        c.add_conference(x);
    };
    // "SUMMARY:" is 8 octets: 66 more end at column 74, where neither a 3-octet en dash nor a
    // 2-octet escape fits.
    conf("dash", std::string(66, 'a') + "\xE2\x80\x93" "b");
    conf("comma", std::string(66, 'a') + ",b");
    conf("exact", std::string(67, 'a') + "\xC3\xA9");  // 75 octets, then a 2-octet é on the next line
    conf("long", std::string(200, '\\'));
    const auto text = advocacy::to_icalendar(c, options());
    check_folding(text);
    BOOST_TEST(count(text, "SUMMARY:" + std::string(66, 'a') + "\r\n \xE2\x80\x93" "b\r\n") == 1u);
    BOOST_TEST(count(text, "SUMMARY:" + std::string(66, 'a') + "\r\n \\,b\r\n") == 1u);
    BOOST_TEST(count(text, "SUMMARY:" + std::string(67, 'a') + "\r\n \xC3\xA9\r\n") == 1u);
    const auto lines = unfold(text);
    BOOST_TEST(std::count(lines.begin(), lines.end(), "SUMMARY:" + std::string(400, '\\')) == 1);
    // And back through the importer.
    const auto back = advocacy::campaign_from_icalendar(text);
    BOOST_TEST(back.find_conference("dash")->name == std::string(66, 'a') + "\xE2\x80\x93" "b");
    BOOST_TEST(back.find_conference("comma")->name == std::string(66, 'a') + ",b");
    BOOST_TEST(back.find_conference("long")->name == std::string(200, '\\'));
}

BOOST_AUTO_TEST_CASE(line_breaks_cannot_inject_properties) {
    advocacy::campaign c{"c", "C"};
    auto x = baltimore();
    x.registration_url.clear();
    x.description = "One\r\nEND:VEVENT\rBEGIN:VEVENT\nSUMMARY:Injected\r\n";
    c.add_conference(x);
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(count(text, "\r\nBEGIN:VEVENT\r\n") == 1u);
    BOOST_TEST(count(text, "\r\nSUMMARY:") == 1u);
    BOOST_TEST(count(text, "DESCRIPTION:One\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Injected\\n\r\n") == 1u);
    BOOST_TEST(count(text, "\r") == count(text, "\r\n"));
    BOOST_TEST(count(text, "\n") == count(text, "\r\n"));
    const auto back = advocacy::campaign_from_icalendar(text);
    BOOST_TEST(back.conferences().size() == 1u);
    BOOST_TEST(back.conferences()[0].description == "One\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected\n");
}

BOOST_AUTO_TEST_CASE(libical_reads_the_export) {
    const auto text = advocacy::to_icalendar(small_campaign(), options());
    component_ptr root{icalparser_parse_string(text.c_str())};
    BOOST_REQUIRE(root);
    BOOST_TEST(libical_errors(root.get()) == 0);
    BOOST_TEST(icalcomponent_count_components(root.get(), ICAL_VEVENT_COMPONENT) == 2);
    BOOST_TEST(icalcomponent_count_components(root.get(), ICAL_VTIMEZONE_COMPONENT) == 1);
    // The VTIMEZONE gives Chicago's offsets in 2015 and, through its RRULEs, in later years.
    auto* zone = icalcomponent_get_timezone(root.get(), "America/Chicago");
    BOOST_REQUIRE(zone != nullptr);
    auto offset = [&](int y, int m, int d) {
        auto t = icaltime_null_time();
        t.year = y;
        t.month = m;
        t.day = d;
        t.hour = 12;
        int daylight = 0;
        return icaltimezone_get_utc_offset(zone, &t, &daylight);
    };
    BOOST_TEST(offset(2015, 1, 15) == -6 * 3600);
    BOOST_TEST(offset(2015, 3, 7) == -6 * 3600);
    BOOST_TEST(offset(2015, 3, 9) == -5 * 3600);
    BOOST_TEST(offset(2015, 10, 31) == -5 * 3600);
    BOOST_TEST(offset(2015, 11, 2) == -6 * 3600);
    BOOST_TEST(offset(2030, 7, 1) == -5 * 3600);
    BOOST_TEST(offset(2030, 12, 1) == -6 * 3600);
    // The conference is all-day with the exclusive end.
    auto* event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
    BOOST_TEST(std::string(icalcomponent_get_summary(event)) == "Mid Atlantic Regional Conference");
    BOOST_TEST(std::string(icalcomponent_get_location(event)) == "Harbor Hall, Baltimore, MD");
    BOOST_TEST(icalcomponent_get_dtstart(event).is_date == 1);
    BOOST_TEST(icalcomponent_get_dtend(event).day == 16);
}

BOOST_AUTO_TEST_CASE(one_vtimezone_per_zone) {
    advocacy::campaign c{"c", "C"};
    auto add = [&](std::string id, std::string zone) {
        advocacy::group g;
        g.id = id;
        g.name = id;
        g.meetings = advocacy::meeting_schedule::weekly(date::Wednesday, advocacy::time_of_day{18h + 30min}, 90min, zone);
        c.add_group(g);
    };
    add("a", "America/Chicago");
    add("b", "America/New_York");
    add("c", "America/Chicago");
    add("d", "America/Phoenix");
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(count(text, "BEGIN:VTIMEZONE\r\n") == 3u);
    BOOST_TEST(count(text, "TZID:America/Chicago\r\n") == 1u);
    BOOST_TEST(count(text, "TZID:America/New_York\r\n") == 1u);
    BOOST_TEST(count(text, "TZID:America/Phoenix\r\n") == 1u);
    // Phoenix keeps standard time all year: one observance, no rule.
    const auto phoenix = text.substr(text.find("TZID:America/Phoenix"));
    BOOST_TEST(count(phoenix.substr(0, phoenix.find("END:VTIMEZONE")), "BEGIN:") == 1u);
    // Open-ended schedules start on their first meeting on or after 2015-01-01 (no milestones or
    // conferences): Wednesday, January 7.
    BOOST_TEST(count(text, "DTSTART;TZID=America/Chicago:20150107T183000\r\n") == 2u);
    BOOST_TEST(count(text, "X-ADVOCACY-EFFECTIVE:open\r\n") == 4u);
    check_folding(text);
    component_ptr root{icalparser_parse_string(text.c_str())};
    BOOST_TEST(libical_errors(root.get()) == 0);
}

BOOST_AUTO_TEST_CASE(round_trip) {
    auto c = small_campaign();
    advocacy::group weekly;
    weekly.id = "river-city";
    weekly.name = "River City Students";
    weekly.kind = advocacy::group_kind::local;
    weekly.place.locality = "Sacramento";
    weekly.place.state = "CA"_state;
    weekly.place.time_zone = "America/Los_Angeles";
    weekly.meetings = advocacy::meeting_schedule::weekly(date::Wednesday, advocacy::time_of_day{18h + 30min}, 90min, "America/Los_Angeles", 2)
                          .with_effective(advocacy::date_range{date::sys_days{2015_y / 9 / 1}, date::sys_days{2016_y / 5 / 31}});
    c.add_group(weekly);
    advocacy::group monthly;
    monthly.id = "lakeside";
    monthly.name = "Lakeside, Group 12";
    monthly.meetings = advocacy::meeting_schedule::monthly_on_day(15, advocacy::time_of_day{19h}, 120min, "America/New_York")
                           .with_skipped({date::sys_days{2015_y / 12 / 15}});
    c.add_group(monthly);
    auto last = baltimore();
    last.id = "toronto";
    last.place = advocacy::location{.venue = "Convention Centre",
                                    .address_lines = {"255 Front St W"},
                                    .locality = "Toronto",
                                    .state = "ON"_state,
                                    .postal_code = "M5V 2W6",
                                    .country = "CA",
                                    .time_zone = "America/Toronto"};
    last.registration_url.clear();
    last.region.clear();
    c.add_conference(last);

    const auto back = advocacy::campaign_from_icalendar(advocacy::to_icalendar(c, options()));
    BOOST_TEST(back.id() == "fall-2015");
    BOOST_TEST(back.title() == "Fall 2015 conferences");
    BOOST_TEST(back.conferences() == c.conferences());
    const auto groups = back.groups();
    BOOST_REQUIRE(groups.size() == 3u);
    for (const auto& g : c.groups()) {
        const auto* found = back.find_group(g.id);
        BOOST_REQUIRE(found != nullptr);
        BOOST_TEST(found->name == g.name);
        BOOST_TEST(found->place == g.place);
        BOOST_TEST((found->meetings == g.meetings), g.id);
    }
}

BOOST_AUTO_TEST_CASE(online_places_write_conference_and_read_back) {
    advocacy::campaign c{"fall-2015", "Fall 2015 conferences"};
    auto hybrid = baltimore();
    hybrid.place.online = "https://zoom.us/j/123";
    c.add_conference(hybrid);
    auto call = baltimore();
    call.id = "call";
    call.place = advocacy::location{.online = "online"};
    c.add_conference(call);
    auto linked = baltimore();
    linked.id = "linked";
    linked.place = advocacy::location{.online = "https://meet.example.org/abc"};
    c.add_conference(linked);
    auto g = twin_cities();
    g.place.online = "online";
    c.add_group(g);
    const auto text = advocacy::to_icalendar(c, options());
    const auto lines = unfold(text);
    auto has = [&](std::string_view line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
    BOOST_TEST(has("LOCATION:Harbor Hall\\, Baltimore\\, MD + online"));
    BOOST_TEST(has("CONFERENCE;VALUE=URI:https://zoom.us/j/123"));
    BOOST_TEST(has("LOCATION:Online"));
    BOOST_TEST(has("CONFERENCE;VALUE=URI:https://meet.example.org/abc"));
    BOOST_TEST(has("LOCATION:Minneapolis\\, MN + online"));
    BOOST_TEST(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("CONFERENCE"); }) == 2);
    const auto back = advocacy::campaign_from_icalendar(text);
    BOOST_TEST(back.conferences() == c.conferences());
    BOOST_REQUIRE(back.find_group(g.id) != nullptr);
    BOOST_TEST(back.find_group(g.id)->place == g.place);
}

BOOST_AUTO_TEST_CASE(online_places_of_other_tools) {
    const auto result = advocacy::read_icalendar(calendar(
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20160305\r\nSUMMARY:A\r\nLOCATION:https://zoom.us/j/9\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20160306\r\nSUMMARY:B\r\nLOCATION:Virtual\r\n"
        "CONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+1-555-0100\r\n"
        "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join:https://meet.example.org/b\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20160307\r\nSUMMARY:C\r\nLOCATION:Denver\\, CO\r\n"
        "CONFERENCE;VALUE=URI:javascript:alert(1)\r\nCONFERENCE;VALUE=URI:https://zoom.us/j/a b\r\nEND:VEVENT\r\n"));
    const auto& events = result.value.conferences();
    BOOST_REQUIRE(events.size() == 3u);
    BOOST_TEST(events[0].place.online == "https://zoom.us/j/9");
    BOOST_TEST(events[0].place.locality.empty());
    BOOST_TEST(events[1].place.online == "https://meet.example.org/b");
    BOOST_TEST(events[2].place.online.empty());
    BOOST_TEST(events[2].place.locality == "Denver");
    // Another scheme is not read (as properties the model has no field for); an http(s) link it
    // cannot hold is a warning.
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].reason ==
               "\"https://zoom.us/j/a b\" holds a space or control character; expected a URL; this CONFERENCE is left out");
    BOOST_TEST(result.warnings[0].line == 24u);
}

BOOST_AUTO_TEST_CASE(imports_other_tools) {
    const auto c = advocacy::campaign_from_icalendar(calendar(
        "X-WR-CALNAME:Spring Events\r\n"
        "BEGIN:VEVENT\r\nUID:abc 123@example.com\r\nDTSTART;VALUE=DATE:20160305\r\nSUMMARY:Summit\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:timed@example.com\r\nDTSTART;TZID=America/Denver:20160401T180000\r\n"
        "DTEND;TZID=America/Denver:20160402T000000\r\nSUMMARY:Evening forum\r\nLOCATION:Denver\\, CO\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:weekly@example.com\r\nDTSTART;TZID=America/Denver:20160405T190000\r\n"
        "DURATION:PT1H30M\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3\r\nSUMMARY:Denver group meeting\r\n"
        "EXDATE;TZID=America/Denver:20160419T190000\r\nEND:VEVENT\r\n"));
    BOOST_TEST(c.id() == "spring-events");
    BOOST_TEST(c.title() == "Spring Events");
    BOOST_REQUIRE(c.conferences().size() == 2u);
    const auto& summit = c.conferences()[0];
    BOOST_TEST(summit.id == "abc-123");
    BOOST_TEST((summit.dates == advocacy::date_range{date::sys_days{2016_y / 3 / 5}}));  // no DTEND: one day
    const auto& forum = c.conferences()[1];
    // Timed: start, end and zone kept; it ends at midnight, 00:00 of April 2.
    BOOST_TEST((forum.dates == advocacy::date_range{date::sys_days{2016_y / 4 / 1}, date::sys_days{2016_y / 4 / 2}}));
    BOOST_TEST((forum.start_time == std::optional<std::chrono::minutes>{18h}));
    BOOST_TEST((forum.end_time == std::optional<std::chrono::minutes>{0min}));
    BOOST_TEST(forum.place.time_zone == "America/Denver");
    BOOST_TEST(forum.place.locality == "Denver");
    BOOST_TEST(forum.place.state == "CO"_state);
    const auto* g = c.find_group("weekly");
    BOOST_REQUIRE(g != nullptr);
    BOOST_TEST(g->name == "Denver group");
    BOOST_REQUIRE(g->meetings.has_value());
    const auto& s = *g->meetings;
    BOOST_TEST((s.kind() == advocacy::recurrence::weekly));
    BOOST_TEST(s.interval() == 2u);
    BOOST_TEST((s.weekday() == date::Tuesday));
    BOOST_TEST((s.start_time() == advocacy::time_of_day{19h}));
    BOOST_TEST((s.duration() == 90min));
    BOOST_TEST(s.time_zone() == "America/Denver");
    // COUNT=3: April 5, 19 (skipped) and May 3.
    BOOST_TEST((s.effective() == advocacy::date_range{date::sys_days{2016_y / 4 / 5}, date::sys_days{2016_y / 5 / 3}}));
    BOOST_TEST((s.skipped() == std::vector<date::sys_days>{date::sys_days{2016_y / 4 / 19}}));
    BOOST_TEST(s.occurrences(advocacy::date_range{date::sys_days{2016_y / 1 / 1}, date::sys_days{2016_y / 12 / 31}}).size() == 2u);
}

BOOST_AUTO_TEST_CASE(timed_conferences) {
    advocacy::campaign c{"timed", "Timed"};
    auto add = [&](std::string id, date::sys_days first, date::sys_days last, std::chrono::minutes start,
                   std::chrono::minutes end, std::string zone) {
        advocacy::conference event;
        event.id = id;
        event.name = id;
        event.dates = advocacy::date_range{first, last};
        event.place.time_zone = std::move(zone);
        event.start_time = start;
        event.end_time = end;
        c.add_conference(event);
    };
    const date::sys_days nov13{2015_y / 11 / 13};
    add("chicago", nov13, nov13, 19h, 21h + 30min, "America/Chicago");
    add("weekend", date::sys_days{2015_y / 10 / 30}, date::sys_days{2015_y / 11 / 1}, 18h, 12h, "America/Chicago");
    add("webinar", nov13, nov13 + date::days{1}, 23h, 0min, "UTC");
    add("anywhere", nov13, nov13, 12h, 12h + 45min, "");
    c.add_conference(baltimore());  // all day
    const auto text = advocacy::to_icalendar(c, options());
    const auto lines = unfold(text);
    auto has = [&](std::string_view line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
    BOOST_TEST(has("DTSTART;TZID=America/Chicago:20151113T190000"));
    BOOST_TEST(has("DTEND;TZID=America/Chicago:20151113T213000"));
    BOOST_TEST(has("DTSTART;TZID=America/Chicago:20151030T180000"));
    BOOST_TEST(has("DTEND;TZID=America/Chicago:20151101T120000"));
    BOOST_TEST(has("DTSTART:20151113T230000Z"));
    BOOST_TEST(has("DTEND:20151114T000000Z"));
    BOOST_TEST(has("DTSTART:20151113T120000"));  // floating
    BOOST_TEST(has("DTSTART;VALUE=DATE:20151113"));
    BOOST_TEST(count(text, "BEGIN:VTIMEZONE\r\n") == 1u);  // Chicago; UTC and floating need none

    // libical reads the same instants.
    component_ptr root{icalparser_parse_string(text.c_str())};
    BOOST_REQUIRE(root);
    BOOST_TEST(libical_errors(root.get()) == 0);
    auto* event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
    auto utc_of = [&](icaltimetype t) {
        auto* zone = icalcomponent_get_timezone(root.get(), icaltime_get_tzid(t));
        return icaltime_as_timet_with_zone(t, zone != nullptr ? zone : icaltimezone_get_utc_timezone());
    };
    const auto nov13_seconds = date::sys_seconds{nov13}.time_since_epoch().count();
    BOOST_TEST(utc_of(icalcomponent_get_dtstart(event)) == nov13_seconds + 25 * 3600);  // 19:00 CST = 01:00Z
    BOOST_TEST(utc_of(icalcomponent_get_dtend(event)) == nov13_seconds + 27 * 3600 + 1800);
    event = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT);
    // Oct 30 18:00 CDT to Nov 1 12:00 CST: 43 hours.
    BOOST_TEST(utc_of(icalcomponent_get_dtend(event)) - utc_of(icalcomponent_get_dtstart(event)) == 43 * 3600);

    const auto back = advocacy::campaign_from_icalendar(text);
    BOOST_TEST(back.conferences() == c.conferences());
}

BOOST_AUTO_TEST_CASE(timed_import_keeps_the_zone_and_local_times) {
    // UTC times move into advocacy's own zone marker; another tool's zone stays as it was given.
    // The prefix some tools add is dropped (by detail::resolve_tzid, once it reads prefixes).
    const auto* eastern = advocacy::detail::resolve_tzid("/example.org/US/Eastern").zone;
    auto c = advocacy::campaign_from_icalendar(calendar(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART:20151114T010000Z\r\nDTEND:20151114T030000Z\r\n"
        "X-ADVOCACY-TIME-ZONE:America/Chicago\r\nEND:VEVENT\r\n" +
        std::string(eastern == nullptr ? ""
                                       : "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:B\r\nDTSTART;TZID=/example.org/US/Eastern:"
                                         "20151113T090000\r\nDTEND:20151113T220000Z\r\nEND:VEVENT\r\n")));
    const auto& a = c.conferences()[0];
    BOOST_TEST((a.dates == advocacy::date_range{date::sys_days{2015_y / 11 / 13}}));
    BOOST_TEST((a.start_time == std::optional<std::chrono::minutes>{19h}));
    BOOST_TEST((a.end_time == std::optional<std::chrono::minutes>{21h}));
    BOOST_TEST(a.place.time_zone == "America/Chicago");
    if (eastern != nullptr) {
        const auto& b = c.conferences()[1];
        BOOST_TEST(b.place.time_zone == eastern->name());
        BOOST_TEST((b.start_time == std::optional<std::chrono::minutes>{9h}));
        BOOST_TEST((b.end_time == std::optional<std::chrono::minutes>{17h}));  // 22:00Z in New York
    }

    auto e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART:20151113T190030Z\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);
    BOOST_TEST(e.reason() == "conference times are whole minutes; DTSTART has seconds");
    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART:20151113T190000Z\r\n"
                              "DTEND:20151113T180000Z\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "the event ends before DTSTART");
    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART:20151113T190000Z\r\n"
                              "X-ADVOCACY-TIME-ZONE:Mars/Olympus\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason().find("is not a time zone advocacy knows") != std::string::npos, e.reason());
}

BOOST_AUTO_TEST_CASE(import_errors_name_the_line) {
    auto e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
                                   "RRULE:FREQ=HOURLY\r\nSUMMARY:Daily\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);
    BOOST_TEST(e.reason().find("RRULE FREQ=HOURLY is not a meeting schedule advocacy can express") == 0u, e.reason());

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
                              "RRULE:FREQ=WEEKLY;BYHOUR=9,18\r\nSUMMARY:Twice\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);
    BOOST_TEST(e.reason().find("BYHOUR is not a part a meeting schedule can hold") != std::string::npos, e.reason());

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:2015x113\r\nSUMMARY:Bad\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 6u);
    BOOST_TEST(e.text() == "DTSTART;VALUE=DATE:2015x113");

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY has no colon\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 6u);

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20151113\r\nSUMMARY:x\r\nEND:VTODO\r\n"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "END:VTODO does not match BEGIN:VEVENT (line 4)");

    e = import_error("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n");
    BOOST_TEST(e.line() == 4u);
    BOOST_TEST(e.reason().find("never closed") != std::string::npos);

    e = import_error("VERSION:2.0\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n");
    BOOST_TEST(e.line() == 1u);
    BOOST_TEST(e.reason() == "expected BEGIN:VCALENDAR as the first line");

    e = import_error("");
    BOOST_TEST(e.line() == 1u);

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20151113\r\nDTEND;VALUE=DATE:20151113\r\n"
                              "SUMMARY:x\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Olympus:20150908T190000\r\n"
                              "SUMMARY:x\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 6u);
    BOOST_TEST(e.reason().find("is not a time zone advocacy knows") != std::string::npos);

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=America/Chicago:20150907T190000\r\n"
                              "RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nSUMMARY:x\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 6u);
    BOOST_TEST(e.reason().find("DTSTART is not a meeting") == 0u);
}

// The importer once checked nesting by recursing once per level: 50,000 levels overflowed the
// stack. Nesting is now kept on a vector and libical only sees each event's own lines.
BOOST_AUTO_TEST_CASE(deep_nesting_is_read_without_recursion) {
    constexpr int depth = 50'000;
    std::string nested;
    for (int i = 0; i < depth; ++i) nested += "BEGIN:X\r\n";
    std::string closing;
    for (int i = 0; i < depth; ++i) closing += "END:X\r\n";
    const std::string event = "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n";
    const auto c = advocacy::campaign_from_icalendar(calendar(nested + closing + event));
    BOOST_TEST(c.conferences().size() == 1u);

    auto e = import_error(calendar(nested + "UID:x\r\n"));
    BOOST_TEST(e.line() == 4u + depth + 1u);  // the last line, END:VCALENDAR
    BOOST_TEST(e.reason() == "END:VCALENDAR does not match BEGIN:X (line " + std::to_string(3 + depth) + ")");

    // A VEVENT anywhere but directly inside the VCALENDAR is refused, not silently left out.
    e = import_error(calendar("BEGIN:X-GROUP\r\n" + event + "END:X-GROUP\r\n"));
    BOOST_TEST(e.line() == 5u);
    BOOST_TEST(e.reason() == "BEGIN:VEVENT inside BEGIN:X-GROUP (line 4): a VEVENT must be directly inside the VCALENDAR");
}

// The importer once paired its own events with libical's by position: "BEGIN:VEVENT " (libical
// reads a VEVENT, the scanner did not) or "BEGIN;X=1:VEVENT" (the other way round) dropped one
// event and gave its X-ADVOCACY-* values to another.
BOOST_AUTO_TEST_CASE(every_vevent_keeps_its_own_lines) {
    auto event = [](std::string_view begin, std::string_view id) {
        return std::string(begin) + "\r\nUID:" + std::string(id) + "\r\nSUMMARY:" + std::string(id) +
               "\r\nDTSTART;VALUE=DATE:20151113\r\nX-ADVOCACY-REGION:" + std::string(id) + "\r\nEND:VEVENT\r\n";
    };
    const auto c = advocacy::campaign_from_icalendar(calendar(event("BEGIN:VEVENT", "plain") +
                                                              event("BEGIN:VEVENT ", "spaced") +
                                                              event("BEGIN;X=1:VEVENT", "param") +
                                                              event("begin:vevent", "lower")));
    BOOST_REQUIRE(c.conferences().size() == 4u);
    for (const auto& conference : c.conferences()) {
        BOOST_TEST(conference.region == conference.id);
        BOOST_TEST(conference.name == conference.id);
    }
}

// Events that share a UID get ids made unique by a suffix: the first free of "-2", "-3", ...
// after the UID's own id, so an id already in use ("talk-2" written by another event) is skipped,
// and a repeated "talk-2" becomes "talk-2-2". A UID-less event is named by its position.
BOOST_AUTO_TEST_CASE(repeated_uids_get_the_same_ids_as_ever) {
    std::string events;
    const std::vector<std::string> uids{"talk", "talk", "talk-2@elsewhere", "talk", "talk-2",
                                        "meet-2", "meet", "meet", "", "event-9"};
    for (std::size_t i = 0; i < uids.size(); ++i) {
        events += "BEGIN:VEVENT\r\n" + (uids[i].empty() ? std::string{} : "UID:" + uids[i] + "\r\n") +
                  "SUMMARY:e" + std::to_string(i) + "\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n";
    }
    const auto c = advocacy::campaign_from_icalendar(calendar(events));
    std::map<std::string, std::string> id_of;
    for (const auto& x : c.conferences()) id_of[x.name] = x.id;
    const std::map<std::string, std::string> expected{
        {"e0", "talk"},   {"e1", "talk-2"}, {"e2", "talk-2-2"}, {"e3", "talk-3"},  {"e4", "talk-2-3"},
        {"e5", "meet-2"}, {"e6", "meet"},   {"e7", "meet-3"},   {"e8", "event-9"}, {"e9", "event-9-2"}};
    BOOST_TEST(id_of == expected);
}

// Lines are read as views into the text; a folded line is joined into a copy of its own, even
// when blank lines come between its parts, and lower-case names are read as upper-case ones.
// Each error still names the physical line where its logical line starts.
BOOST_AUTO_TEST_CASE(folded_lines_and_line_numbers) {
    const std::string folded = "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Hello\r\n\r\n  world\r\n"
                               "dtstart;value=date:2015\r\n 1113\r\nX-ADVOCACY-REGION:Mid\r\n\tAtlantic\r\nEND:VEVENT\r\n";
    const auto c = advocacy::campaign_from_icalendar(calendar(folded));
    BOOST_REQUIRE(c.conferences().size() == 1u);
    BOOST_TEST(c.conferences()[0].name == "Hello world");
    BOOST_TEST(c.conferences()[0].region == "MidAtlantic");
    BOOST_TEST((c.conferences()[0].dates == advocacy::date_range{date::sys_days{2015_y / 11 / 13}}));

    // Lines 4 to 13 are the event above; the second event starts on line 14.
    auto e = import_error(calendar(folded + "BEGIN:VEVENT\r\nUID:b\r\nSUM\r\n MARY\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 16u);
    BOOST_TEST(e.reason() == "expected NAME:value (or NAME;PARAM=...:value), found no ':' after the name");
    e = import_error(calendar(folded + "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:b\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 14u);  // the BEGIN line of the event without a DTSTART
    BOOST_TEST(e.reason() == "VEVENT has no DTSTART");
    e = import_error(calendar(folded + "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:b\r\n\r\nDTSTART;VALUE=DATE:20151113\r\n"
                                       "DTEND;VALUE=DATE:2015\r\n 1112\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 19u);
    BOOST_TEST(e.reason() == "the end must be after DTSTART (DTEND is exclusive)");
}

// Ten thousand events under one UID: each takes the next suffix.
BOOST_AUTO_TEST_CASE(many_events_under_one_uid) {
    std::string events;
    for (int i = 0; i < 10'000; ++i) {
        events += "BEGIN:VEVENT\r\nUID:same@x\r\nSUMMARY:e" + std::to_string(i) +
                  "\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n";
    }
    const auto c = advocacy::campaign_from_icalendar(calendar(events));
    BOOST_REQUIRE(c.conferences().size() == 10'000u);
    std::map<std::string, std::string> id_of;
    for (const auto& x : c.conferences()) id_of[x.name] = x.id;
    BOOST_TEST(id_of["e0"] == "same");
    BOOST_TEST(id_of["e1"] == "same-2");
    BOOST_TEST(id_of["e9999"] == "same-10000");
}

// DTEND is exclusive, so a conference on 9999-12-31 once ended "DTEND;VALUE=DATE:00000101", and
// a rule running to the model's last day had UNTIL=100000101T010000Z; no reader accepts either.
BOOST_AUTO_TEST_CASE(the_last_day_exports_what_readers_accept) {
    advocacy::campaign c{"end", "End"};
    auto last = baltimore();
    last.dates = advocacy::date_range{date::sys_days{9999_y / 12 / 29}, date::sys_days{9999_y / 12 / 31}};
    c.add_conference(last);
    auto g = twin_cities();
    g.meetings = g.meetings->with_effective(advocacy::date_range{date::sys_days{2015_y / 9 / 1}, date::sys_days{9999_y / 12 / 31}})
                     .with_skipped({});
    c.add_group(g);
    advocacy::group late;
    late.id = "late";
    late.name = "Late";
    const date::sys_days new_years_eve{9999_y / 12 / 31};
    late.meetings = advocacy::meeting_schedule::weekly(date::Friday, advocacy::time_of_day{23h}, 120min, "America/Chicago")
                        .with_effective(advocacy::date_range{new_years_eve, new_years_eve});
    c.add_group(late);

    const auto text = advocacy::to_icalendar(c, options());
    const auto lines = unfold(text);
    auto has = [&](std::string_view line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
    BOOST_TEST(has("DTSTART;VALUE=DATE:99991229"));
    BOOST_TEST(has("DURATION:P3D"));
    BOOST_TEST(has("RRULE:FREQ=MONTHLY;BYDAY=2TU"));  // no UNTIL
    BOOST_TEST(has("X-ADVOCACY-EFFECTIVE:20150901/99991231"));
    BOOST_TEST(has("DTSTART;TZID=America/Chicago:99991231T230000"));
    BOOST_TEST(has("DURATION:PT120M"));
    BOOST_TEST(has("RRULE:FREQ=WEEKLY;BYDAY=FR"));
    BOOST_TEST(count(text, "0000101") == 0u);
    BOOST_TEST(count(text, "UNTIL=") == 0u);

    component_ptr root{icalparser_parse_string(text.c_str())};
    BOOST_REQUIRE(root);
    BOOST_TEST(libical_errors(root.get()) == 0);

    const auto back = advocacy::campaign_from_icalendar(text);
    BOOST_TEST(back.conferences() == c.conferences());
    for (const auto& group : c.groups()) {
        BOOST_REQUIRE(back.find_group(group.id) != nullptr);
        BOOST_TEST((back.find_group(group.id)->meetings == group.meetings), group.id);
    }
}

// An RRULE without UNTIL or COUNT from another tool is in effect from DTSTART's day with no end:
// no last day stands in for "never", and it is written back without UNTIL.
BOOST_AUTO_TEST_CASE(an_open_rule_stays_open) {
    const auto c = advocacy::campaign_from_icalendar(calendar(
        "BEGIN:VEVENT\r\nUID:open\r\nSUMMARY:Open meeting\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
        "RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nDURATION:PT2H\r\nEND:VEVENT\r\n"));
    const auto* g = c.find_group("open");
    BOOST_REQUIRE(g != nullptr);
    BOOST_TEST(!g->meetings->effective().has_value());
    BOOST_TEST((g->meetings->first_day() == date::sys_days{2015_y / 9 / 8}));
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(count(text, "RRULE:FREQ=MONTHLY;BYDAY=2TU\r\n") == 1u);
    BOOST_TEST(count(text, "X-ADVOCACY-EFFECTIVE:20150908/open\r\n") == 1u);
    BOOST_TEST(count(text, "9999") == 0u);
    component_ptr root{icalparser_parse_string(text.c_str())};
    BOOST_TEST(libical_errors(root.get()) == 0);
    BOOST_TEST((advocacy::campaign_from_icalendar(text).find_group("open")->meetings == g->meetings));
}

// DURATION:P9999999W once overflowed libical's int sum and gave a conference ending in 2037.
BOOST_AUTO_TEST_CASE(durations_are_checked) {
    auto all_day = [](std::string_view start, std::string_view duration) {
        return calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:" + std::string(start) +
                        "\r\nDURATION:" + std::string(duration) + "\r\nEND:VEVENT\r\n");
    };
    auto e = import_error(all_day("20151113", "P9999999W"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "the duration P9999999W ends after 9999-12-31, the last day advocacy can hold");
    e = import_error(all_day("20151113", "P99999999999999W"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "the duration P99999999999999W is out of range");
    // Malformed: libical refuses some itself, the rest are refused here; all at their line.
    for (std::string_view bad : {"P", "PT", "P1DT", "P1W2D", "P1M", "PT1D", "P1H", "P-1D", "P1D1D", "1D", "P1.5D"}) {
        e = import_error(all_day("20151113", bad));
        BOOST_TEST(e.line() == 8u, bad);
    }
    for (std::string_view bad : {"P", "PT", "P1DT", "P1W2D"}) {
        BOOST_TEST(import_error(all_day("20151113", bad)).reason() == "expected a duration such as P3D, PT1H30M or P2W", bad);
    }
    // To the model's last day, and not a day further.
    auto c = advocacy::campaign_from_icalendar(all_day("99991230", "P2D"));
    BOOST_TEST((c.conferences()[0].dates == advocacy::date_range{date::sys_days{9999_y / 12 / 30}, date::sys_days{9999_y / 12 / 31}}));
    e = import_error(all_day("99991230", "P3D"));
    BOOST_TEST(e.line() == 8u);
    c = advocacy::campaign_from_icalendar(all_day("20151113", "+P1W"));
    BOOST_TEST((c.conferences()[0].dates == advocacy::date_range{date::sys_days{2015_y / 11 / 13}, date::sys_days{2015_y / 11 / 19}}));

    auto timed = [](std::string_view duration) {
        return calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART:99991231T120000Z\r\nDURATION:" +
                        std::string(duration) + "\r\nEND:VEVENT\r\n");
    };
    c = advocacy::campaign_from_icalendar(timed("PT11H59M"));
    BOOST_TEST((c.conferences()[0].end_time == std::optional<std::chrono::minutes>{23h + 59min}));
    e = import_error(timed("PT12H"));  // midnight: 00:00 of a day past the last
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "the end falls on 10000-01-01, outside the years advocacy can hold (1000 to 9999)");

    auto meeting = [](std::string_view duration) {
        return meeting_calendar("DURATION:" + std::string(duration) + "\r\nRRULE:FREQ=MONTHLY;BYDAY=2TU\r\n");
    };
    c = advocacy::campaign_from_icalendar(meeting("PT1H30M"));
    BOOST_TEST((c.groups()[0].meetings->duration() == 90min));
    e = import_error(meeting("P9999999W"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "a meeting lasts at most 24 hours");
    e = import_error(meeting("-PT1H"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "a meeting must end after it starts");
    e = import_error(meeting("PT90S"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "meeting times are whole minutes; the end has seconds");
}

// A negative DURATION far enough back once wrapped the day count of the end: -P613566756W on an
// all-day event read as a conference of three days, -P999999999999W as one ending in 20597.
BOOST_AUTO_TEST_CASE(a_negative_duration_does_not_wrap) {
    auto all_day = [](std::string_view duration) {
        return calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20151113\r\nDURATION:" +
                        std::string(duration) + "\r\nEND:VEVENT\r\n");
    };
    for (std::string_view far : {"-P613566756W", "-P999999999999W", "-P4294967292D"}) {
        const auto e = import_error(all_day(far));
        BOOST_TEST(e.line() == 8u, far);
        BOOST_TEST(e.reason() == "the duration " + std::string(far) + " ends before 1000-01-01, the first day advocacy can hold",
                   far);
    }
    // Nearer, the end is still refused for coming before the start.
    const auto e = import_error(all_day("-P1D"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason() == "the end must be after DTSTART (DTEND is exclusive)");
}

// libical keeps RRULE numbers in fields that wrap: INTERVAL=65537 read as 1, BYDAY=65538TU as
// 2TU, COUNT=4294967297 as 1.
BOOST_AUTO_TEST_CASE(rule_numbers_do_not_wrap) {
    auto rule = [](std::string_view rrule) { return meeting_calendar("RRULE:" + std::string(rrule) + "\r\n"); };
    auto e = import_error(rule("FREQ=WEEKLY;INTERVAL=65537"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason().ends_with("INTERVAL=65537 is out of range (1 to 1000)"), e.reason());
    e = import_error(rule("FREQ=MONTHLY;BYDAY=65538TU"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason().ends_with("BYDAY=65538TU: BYDAY numbers lie between -53 and 53"), e.reason());
    e = import_error(rule("FREQ=MONTHLY;BYMONTHDAY=65544"));
    BOOST_TEST(e.line() == 8u);
    e = import_error(rule("FREQ=MONTHLY;BYDAY=2TU;COUNT=4294967297"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason().ends_with("COUNT=4294967297 is out of range (1 to 10000)"), e.reason());
    e = import_error(rule("FREQ=MONTHLY;BYDAY=2TU;COUNT=99999999999999999999"));
    BOOST_TEST(e.line() == 8u);
}

// libical reads COUNT=+5 and INTERVAL=+2 as numbers; RFC 5545 has digits only, and such a value
// was said to be "out of range".
BOOST_AUTO_TEST_CASE(a_signed_count_or_interval_is_not_called_out_of_range) {
    for (std::string_view rrule : {"FREQ=MONTHLY;BYDAY=2TU;COUNT=+5", "FREQ=WEEKLY;INTERVAL=+2"}) {
        const auto e = import_error(meeting_calendar("RRULE:" + std::string(rrule) + "\r\n"));
        BOOST_TEST(e.line() == 8u, rrule);
        BOOST_TEST(e.reason().ends_with(": expected a number written in digits only"), e.reason());
    }
}

// COUNT=10000 monthly was refused as "reaching beyond the year 9999" when it ends in 2848: the
// search stopped after 200 years.
BOOST_AUTO_TEST_CASE(count_reaches_as_far_as_the_model) {
    auto rule = [](std::string_view start, std::string_view rrule) {
        return meeting_calendar("RRULE:" + std::string(rrule) + "\r\n", start);
    };
    const auto c = advocacy::campaign_from_icalendar(rule("20150908T190000", "FREQ=MONTHLY;BYDAY=2TU;COUNT=10000"));
    const auto effective = *c.groups()[0].meetings->effective();
    BOOST_TEST((effective.first() == date::sys_days{2015_y / 9 / 8}));
    // The 10000th meeting is 9999 months after September 2015: the second Tuesday of December 2848.
    BOOST_TEST((effective.last() == date::sys_days{2848_y / 12 / date::Tuesday[2]}));

    const auto e = import_error(rule("99000105T190000", "FREQ=WEEKLY;BYDAY=TU;COUNT=10000"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason().ends_with("COUNT=10000 reaches past 9999-12-31: only 5217 meetings fit before it"),
               e.reason());
}

// With X-ADVOCACY-EFFECTIVE ending first, a COUNT was said to reach past 9999-12-31.
BOOST_AUTO_TEST_CASE(count_past_the_effective_end_says_so) {
    const auto e = import_error(
        meeting_calendar("RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=10\r\nX-ADVOCACY-EFFECTIVE:20150901/20151231\r\n"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason().ends_with("COUNT=10 reaches past 2015-12-31: only 4 meetings fit before it, the end of "
                                    "X-ADVOCACY-EFFECTIVE"),
               e.reason());
}

// Dates after 3000 were written but refused on import (libical's icaltime_is_valid_time).
BOOST_AUTO_TEST_CASE(every_year_the_model_holds_reads_back) {
    advocacy::campaign c{"far", "Far"};
    auto far = baltimore();
    far.dates = advocacy::date_range{date::sys_days{4000_y / 2 / 28}, date::sys_days{4000_y / 3 / 1}};
    c.add_conference(far);
    auto early = baltimore();
    early.id = "early";
    early.dates = advocacy::date_range{date::sys_days{1000_y / 1 / 1}};
    c.add_conference(early);
    auto g = twin_cities();
    g.meetings = g.meetings->with_effective(advocacy::date_range{date::sys_days{5000_y / 1 / 1}, date::sys_days{5000_y / 12 / 31}});
    c.add_group(g);
    const auto back = advocacy::campaign_from_icalendar(advocacy::to_icalendar(c, options()));
    BOOST_TEST(back.conferences() == c.conferences());
    BOOST_TEST((back.find_group(g.id)->meetings == g.meetings));

    auto e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:09991231\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);
    BOOST_TEST(e.reason() == "the year 999 is outside the years advocacy can hold (1000 to 9999)");
    // A time moved into the event's zone can fall outside them too.
    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART:99991231T200000Z\r\n"
                              "X-ADVOCACY-TIME-ZONE:Asia/Tokyo\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);
    BOOST_TEST(e.reason() == "the start falls on 10000-01-01, outside the years advocacy can hold (1000 to 9999)");
    e = import_error(calendar("BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\nDTSTART;TZID=Asia/Tokyo:99991210T190000\r\n"
                              "RRULE:FREQ=MONTHLY;BYMONTHDAY=10\r\nEXDATE:99991231T230000Z\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 9u);
    BOOST_TEST(e.reason() == "the EXDATE falls on 10000-01-01, outside the years advocacy can hold (1000 to 9999)");
}

// Every property error names the property's line, not the VEVENT's (nor line 1).
BOOST_AUTO_TEST_CASE(property_errors_name_their_line) {
    auto event = [](std::string_view properties) {
        return calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20151113\r\n" + std::string(properties) +
                        "END:VEVENT\r\n");
    };
    struct case_t {
        std::string properties;
        std::size_t line;
        std::string reason;
    };
    const std::vector<case_t> cases{
        {"DESCRIPTION:fine\r\nDTEND:\r\n", 8, "DTEND is empty: expected a value"},
        {"SUMMARY:x\r\nDTEND;VALUE=DATE:2015x114\r\n", 8, ""},
        {"SUMMARY:x\r\nURL:ftp://example.org\r\n", 8, ""},
        {"SUMMARY:x\r\nX-ADVOCACY-TIME-ZONE:Mars/Olympus\r\n", 8, ""},
        {"SUMMARY:x\r\nX-ADVOCACY-REGION:a\\nb\r\n", 8, ""},
        {"DESCRIPTION:d\r\nSTATUS:CANCELLED\r\n", 8, "the event is cancelled (STATUS:CANCELLED)"},
        {"SUMMARY:x\r\nDTEND;VALUE=DATE:20151112\r\n", 8, "the end must be after DTSTART (DTEND is exclusive)"},
        {"SUMMARY:x\r\nRDATE;VALUE=DATE:20151120\r\n", 8, "RDATE is not supported without an RRULE: a conference has one range of days"},
    };
    for (const auto& [properties, line, reason] : cases) {
        const auto e = import_error(event(properties));
        BOOST_TEST(e.line() == line, properties << e.reason());
        if (!reason.empty()) BOOST_TEST(e.reason() == reason, properties);
    }
    // Recurring events: EXDATE values on a later line, and the effective dates.
    auto meeting = [](std::string_view properties) {
        return meeting_calendar("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\n" + std::string(properties));
    };
    auto e = import_error(meeting("EXDATE;TZID=America/Chicago:20151013T190000\r\nEXDATE:20151110T190000Z,40001310T190000Z\r\n"));
    BOOST_TEST(e.line() == 10u);
    e = import_error(meeting("EXDATE;TZID=America/Chicago:20151013T190000,20151110T190000\r\nEXDATE;TZID=Mars/Olympus:20151208T190000\r\n"));
    BOOST_TEST(e.line() == 10u);
    BOOST_TEST(e.reason().find("is not a time zone advocacy knows") != std::string::npos, e.reason());
    e = import_error(meeting("URL:https://example.org\r\nX-ADVOCACY-EFFECTIVE:20151301/20151231\r\n"));
    BOOST_TEST(e.line() == 10u);
    BOOST_TEST(e.reason() == "not a calendar date");
    e = import_error(meeting("DTEND;TZID=America/Chicago:20150908T180000\r\n"));
    BOOST_TEST(e.line() == 9u);
    BOOST_TEST(e.reason() == "a meeting must end after it starts");
    e = import_error(meeting("SUMMARY:second\r\nURL:mailto:x@example.org\r\n"));
    BOOST_TEST(e.line() == 10u);
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_skipped) {
    const auto c = advocacy::campaign_from_icalendar(
        "\xEF\xBB\xBF" + calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n"));
    BOOST_TEST(c.conferences().size() == 1u);
    // Only at the start, and lines keep their numbers.
    const auto e = import_error("\xEF\xBB\xBF" + calendar("\xEF\xBB\xBFUID:x\r\n"));
    BOOST_TEST(e.line() == 4u);
}

// libical reads C strings: a NUL byte would cut the calendar short there and lose every event after it.
BOOST_AUTO_TEST_CASE(a_nul_byte_is_refused) {
    const std::string event = "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n";
    std::string text = calendar("X-WR-CALNAME:a" + std::string(1, '\0') + "b\r\n" + event);
    const auto e = import_error(text);
    BOOST_TEST(e.line() == 4u);
    BOOST_TEST(e.position() == 14u);
}

// DTSTART of an effective schedule is its first meeting, even when the campaign's other dates
// (which set open_start) come later: an export starting there hid the earlier meetings.
BOOST_AUTO_TEST_CASE(an_effective_schedule_starts_at_its_first_meeting) {
    advocacy::campaign c{"c", "C"};
    auto later = baltimore();
    later.dates = advocacy::date_range{date::sys_days{2020_y / 11 / 13}};
    c.add_conference(later);
    c.add_group(twin_cities());
    const auto text = advocacy::to_icalendar(c, {.stamp = stamp, .open_start = std::nullopt});
    BOOST_TEST(count(text, "DTSTART;TZID=America/Chicago:20150908T190000\r\n") == 1u);
}

// RDATE on a series adds meetings (it was refused, and before that silently dropped); EXRULE
// is still refused, and so is RDATE on an event without RRULE.
BOOST_AUTO_TEST_CASE(rdate_adds_meetings_and_exrule_is_refused) {
    const auto c = advocacy::campaign_from_icalendar(
        meeting_calendar("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nRDATE;TZID=America/Chicago:20151014T190000\r\n"
                         "RDATE;VALUE=PERIOD;TZID=America/Chicago:20151015T180000/PT45M\r\n"));
    const auto s = *c.groups()[0].meetings;
    BOOST_TEST_REQUIRE(s.added().size() == 2u);
    BOOST_TEST((s.added()[0].duration == 120min));
    BOOST_TEST((s.added()[1].duration == 45min));
    const auto oct = s.occurrences(advocacy::date_range{date::sys_days{2015_y / 10 / 1}, date::sys_days{2015_y / 10 / 31}});
    BOOST_TEST(oct.size() == 3u);
    auto e = import_error(meeting_calendar("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nEXRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=2TU\r\n"));
    BOOST_TEST(e.line() == 9u);
    BOOST_TEST(e.reason() == "EXRULE is not supported: skipped meetings are listed with EXDATE");
    e = import_error(meeting_calendar("RDATE;TZID=America/Chicago:20151014T190000\r\n"));
    BOOST_TEST(e.line() == 8u);
    BOOST_TEST(e.reason().starts_with("RDATE is not supported without an RRULE"), e.reason());
}

// An RDATE that the rule already gives, or that an EXDATE removes, adds nothing (RFC 5545's
// recurrence set holds each start once).
BOOST_AUTO_TEST_CASE(rdate_on_a_rule_meeting_adds_nothing) {
    const auto c = advocacy::campaign_from_icalendar(
        meeting_calendar("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nRDATE;TZID=America/Chicago:20151013T190000\r\n"
                         "EXDATE;TZID=America/Chicago:20151110T190000\r\nRDATE;TZID=America/Chicago:20151110T190000\r\n"));
    BOOST_TEST(c.groups()[0].meetings->added().empty());
}

// A VEVENT that changes one meeting of a series (RECURRENCE-ID) was read as a conference of its
// own, while the series kept the meeting it replaces. Without its series, or changing every
// later meeting, or a start the rule does not give, it is refused at its RECURRENCE-ID line.
BOOST_AUTO_TEST_CASE(an_override_needs_its_series_and_a_meeting_of_it) {
    const std::string series = "BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
                               "RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nDURATION:PT2H\r\nEND:VEVENT\r\n";
    auto e = import_error(calendar(series + "BEGIN:VEVENT\r\nUID:other\r\nSUMMARY:m moved\r\n"
                                            "RECURRENCE-ID;TZID=America/Chicago:20151013T190000\r\n"
                                            "DTSTART;TZID=America/Chicago:20151014T190000\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 14u);
    BOOST_TEST(e.reason().starts_with("RECURRENCE-ID changes a meeting of a series this calendar does not hold"), e.reason());
    e = import_error(calendar(series + "BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m moved\r\n"
                                       "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=America/Chicago:20151013T190000\r\n"
                                       "DTSTART;TZID=America/Chicago:20151014T190000\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 14u);
    BOOST_TEST(e.reason().starts_with("RECURRENCE-ID;RANGE=THISANDFUTURE"), e.reason());
    e = import_error(calendar(series + "BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m moved\r\n"
                                       "RECURRENCE-ID;TZID=America/Chicago:20151014T190000\r\n"
                                       "DTSTART;TZID=America/Chicago:20151015T190000\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 14u);
    BOOST_TEST(e.reason().find("2015-10-14 19:00 is not the start of a meeting of the rule") != std::string::npos, e.reason());
    e = import_error(calendar("BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
                              "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\n"
                              "RECURRENCE-ID;TZID=America/Chicago:20150908T190000\r\n"
                              "DTSTART;TZID=America/Chicago:20150909T190000\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 12u);
    BOOST_TEST(e.reason() == "RECURRENCE-ID changes a meeting of an event without RRULE");
}

namespace {

// As Google Calendar writes a weekly series with one meeting moved (to another day, time and
// place) and one cancelled: the overrides follow the series, with their own DTSTAMP, SEQUENCE,
// CREATED and LAST-MODIFIED, and repeat the rest of the event.
const std::string google_series =
    "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
    "METHOD:PUBLISH\r\nX-WR-CALNAME:Riverside group\r\nX-WR-TIMEZONE:America/Chicago\r\n"
    "BEGIN:VEVENT\r\nDTSTART;TZID=America/Chicago:20250225T190000\r\nDTEND;TZID=America/Chicago:20250225T203000\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=TU\r\nDTSTAMP:20250301T120000Z\r\nUID:4v2kq8c1@google.com\r\n"
    "CREATED:20250101T100000Z\r\nLAST-MODIFIED:20250220T100000Z\r\nLOCATION:Riverside Library\r\nSEQUENCE:0\r\n"
    "STATUS:CONFIRMED\r\nSUMMARY:Riverside group\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;TZID=America/Chicago:20250313T180000\r\nDTEND;TZID=America/Chicago:20250313T190000\r\n"
    "DTSTAMP:20250301T120000Z\r\nUID:4v2kq8c1@google.com\r\nRECURRENCE-ID;TZID=America/Chicago:20250311T190000\r\n"
    "CREATED:20250101T100000Z\r\nLAST-MODIFIED:20250305T100000Z\r\nLOCATION:Town Hall\\, Room 2\r\nSEQUENCE:1\r\n"
    "STATUS:CONFIRMED\r\nSUMMARY:Riverside group\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;TZID=America/Chicago:20250304T190000\r\nDTEND;TZID=America/Chicago:20250304T203000\r\n"
    "DTSTAMP:20250301T120000Z\r\nUID:4v2kq8c1@google.com\r\nRECURRENCE-ID;TZID=America/Chicago:20250304T190000\r\n"
    "CREATED:20250101T100000Z\r\nLAST-MODIFIED:20250302T100000Z\r\nLOCATION:Riverside Library\r\nSEQUENCE:1\r\n"
    "STATUS:CANCELLED\r\nSUMMARY:Riverside group\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

auto utc_at(date::sys_days day, std::chrono::minutes time) -> date::sys_seconds { return date::sys_seconds{day} + time; }

auto starts(const std::vector<advocacy::meeting_time>& meetings) -> std::vector<std::int64_t> {
    std::vector<std::int64_t> out;
    for (const auto& m : meetings) out.push_back(m.start.get_sys_time().time_since_epoch().count());
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(google_style_overrides_move_and_cancel) {
    const auto c = advocacy::campaign_from_icalendar(google_series);
    BOOST_TEST_REQUIRE(c.groups().size() == 1u);
    BOOST_TEST(c.conferences().empty());
    const auto s = *c.groups()[0].meetings;
    BOOST_TEST_REQUIRE(s.overrides().size() == 2u);
    BOOST_TEST(s.overrides()[0].cancelled);
    BOOST_TEST(s.overrides()[1].place == "Town Hall, Room 2");
    const auto march = s.occurrences(advocacy::date_range{date::sys_days{2025_y / 3 / 1}, date::sys_days{2025_y / 3 / 20}});
    // DST starts on March 9: 7 pm is 01:00Z before it and 00:00Z after.
    const std::vector<std::int64_t> expected{
        utc_at(2025_y / 3 / 13, 23h).time_since_epoch().count(),
        utc_at(2025_y / 3 / 19, 0h).time_since_epoch().count()};
    BOOST_TEST(starts(march) == expected, boost::test_tools::per_element());
    BOOST_TEST(s.override_of(march[0])->place == "Town Hall, Room 2");
    BOOST_TEST((march[0].end.get_sys_time() - march[0].start.get_sys_time() == 60min));
}

namespace {

// A group meeting every Tuesday at 7 pm in Chicago, with additions and overrides across the
// March 2025 clock change.
auto group_with_exceptions() -> advocacy::group {
    using advocacy::meeting_override;
    auto local = [](date::sys_days day, std::chrono::minutes time) { return date::local_seconds{day.time_since_epoch()} + time; };
    advocacy::group g;
    g.id = "riverside";
    g.name = "Riverside";
    g.place.locality = "Chicago";
    g.place.state = "IL"_state;
    g.meetings = advocacy::meeting_schedule::weekly(date::Tuesday, advocacy::time_of_day{19h}, 90min, "America/Chicago")
                     .with_effective(advocacy::date_range{date::sys_days{2025_y / 2 / 1}, date::sys_days{2025_y / 4 / 30}})
                     .with_skipped({date::sys_days{2025_y / 4 / 1}})
                     .with_added({{local(2025_y / 3 / 8, 10h), 90min}, {local(2025_y / 3 / 9, 3h), 45min},
                                  {local(2025_y / 5 / 3, 10h), 120min}})
                     .with_overrides({{.original = local(2025_y / 3 / 4, 19h), .cancelled = true},
                                      {.original = local(2025_y / 3 / 11, 19h), .start = local(2025_y / 3 / 13, 18h),
                                       .duration = 60min, .place = "Town Hall, Room 2"},
                                      {.original = local(2025_y / 3 / 18, 19h), .start = local(2025_y / 3 / 18, 19h),
                                       .duration = 90min, .place = "Park; by the fountain"}});
    return g;
}

struct libical_starts {
    std::vector<std::int64_t> seen;
    static void add(icalcomponent*, icaltime_span* span, void* self) {
        static_cast<libical_starts*>(self)->seen.push_back(static_cast<std::int64_t>(span->start));
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(exceptions_round_trip_and_libical_agrees) {
    advocacy::campaign c{"spring-2025", "Spring 2025"};
    c.add_group(group_with_exceptions());
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(count(text, "RDATE;TZID=America/Chicago:20250308T100000,20250309T030000,20250503T100000\r\n") == 1u);
    // The two additions of their own length get an overriding VEVENT each.
    BOOST_TEST(count(text, "RECURRENCE-ID;TZID=America/Chicago:") == 5u);
    BOOST_TEST(count(text, "RECURRENCE-ID;TZID=America/Chicago:20250309T030000\r\n") == 1u);
    BOOST_TEST(count(text, "STATUS:CANCELLED\r\n") == 1u);
    const auto back = advocacy::campaign_from_icalendar(text);
    BOOST_TEST_REQUIRE(back.groups().size() == 1u);
    BOOST_TEST((*back.groups()[0].meetings == *c.groups()[0].meetings));
    BOOST_TEST((back == c));

    // libical expands the series (RRULE, RDATE, EXDATE); the overriding VEVENTs are applied here
    // as RFC 5545 says: each replaces the meeting its RECURRENCE-ID names.
    component_ptr root{icalparser_parse_string(text.c_str())};
    BOOST_REQUIRE(root);
    BOOST_TEST(libical_errors(root.get()) == 0);
    auto* zone = icalcomponent_get_timezone(root.get(), "America/Chicago");
    BOOST_REQUIRE(zone != nullptr);
    const date::sys_days from = 2025_y / 1 / 1;
    const date::sys_days to = 2025_y / 6 / 1;
    libical_starts series;
    std::vector<std::int64_t> removed;
    std::vector<std::int64_t> moved;
    for (auto* ev = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); ev != nullptr;
         ev = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY) == nullptr) {
            auto a = icaltime_from_timet_with_zone(date::sys_seconds{from}.time_since_epoch().count(), 0, icaltimezone_get_utc_timezone());
            auto b = icaltime_from_timet_with_zone(date::sys_seconds{to}.time_since_epoch().count(), 0, icaltimezone_get_utc_timezone());
            // libical 3.0's foreach_recurrence reads RDATE date-times without their TZID and skips
            // periods (a TODO in its header): it expands RRULE and EXDATE, and the RDATEs are
            // taken here, each in its zone.
            std::vector<icaltimetype> rdates;
            while (auto* p = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY)) {
                const auto value = icalproperty_get_rdate(p);
                rdates.push_back(icaltime_is_null_time(value.time) ? value.period.start : value.time);
                icalcomponent_remove_property(ev, p);
                icalproperty_free(p);
            }
            icalcomponent_foreach_recurrence(ev, a, b, &libical_starts::add, &series);
            for (const auto& t : rdates) series.seen.push_back(icaltime_as_timet_with_zone(t, t.zone != nullptr ? t.zone : zone));
            continue;
        }
        removed.push_back(icaltime_as_timet_with_zone(icalcomponent_get_recurrenceid(ev), zone));
        if (icalcomponent_get_status(ev) != ICAL_STATUS_CANCELLED) {
            moved.push_back(icaltime_as_timet_with_zone(icalcomponent_get_dtstart(ev), zone));
        }
    }
    std::vector<std::int64_t> libical;
    for (auto t : series.seen) {
        if (std::find(removed.begin(), removed.end(), t) == removed.end()) libical.push_back(t);
    }
    libical.insert(libical.end(), moved.begin(), moved.end());
    std::sort(libical.begin(), libical.end());
    const auto model = starts(c.groups()[0].meetings->occurrences(advocacy::date_range{from, to - date::days{1}}));
    BOOST_TEST(model.size() == 14u);
    BOOST_TEST(libical == model, boost::test_tools::per_element());
}

// A property is named by the physical line it starts on: folded continuations, blank lines, a
// byte order mark and bare LF endings all count as the file shows them.
BOOST_AUTO_TEST_CASE(line_numbers_count_physical_lines) {
    const std::string text = "\xEF\xBB\xBF" + calendar("BEGIN:VEVENT\r\nUID:m\r\nDESCRIPTION:a\r\n b\r\n\tc\r\n\r\n"
                                                        "SUMMARY:x\r\nDTSTART;VALUE=DATE:2015111\r\nEND:VEVENT\r\n");
    BOOST_TEST(import_error(text).line() == 11u);
    std::string lf = text;
    for (auto at = lf.find("\r\n"); at != std::string::npos; at = lf.find("\r\n", at)) lf.erase(at, 1);
    BOOST_TEST(import_error(lf).line() == 11u);
    // An error inside a folded value is named by the line where the property starts.
    const auto e = import_error(calendar("BEGIN:VEVENT\r\nUID:m\r\nSUMMARY:m\r\nDTSTART;VALUE=\r\n DATE:2015\r\n x113\r\n"
                                         "END:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);
}

// X-ADVOCACY-EFFECTIVE:00010101/20151231 gave a schedule effective from the year 1.
BOOST_AUTO_TEST_CASE(effective_dates_outside_the_years_are_refused) {
    const auto e = import_error(meeting_calendar("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nX-ADVOCACY-EFFECTIVE:00010101/20151231\r\n"));
    BOOST_TEST(e.line() == 9u);
    BOOST_TEST(e.reason() == "X-ADVOCACY-EFFECTIVE falls on 0001-01-01, outside the years advocacy can hold (1000 to 9999)");
}

// A conference in the year 999 was written as 09990101, which import then refused: export and
// import hold the same years.
BOOST_AUTO_TEST_CASE(export_refuses_the_years_import_refuses) {
    // Built inside, so that the test holds whether the model or the export refuses the year.
    auto export_year_999 = [] {
        advocacy::campaign c{"early", "Early"};
        auto early = baltimore();
        early.dates = advocacy::date_range{date::sys_days{999_y / 12 / 30}, date::sys_days{999_y / 12 / 31}};
        c.add_conference(early);
        return advocacy::to_icalendar(c, options());
    };
    BOOST_CHECK_THROW((void)export_year_999(), advocacy::validation_error);
}

// Export refuses what four digits cannot write instead of writing another year.
BOOST_AUTO_TEST_CASE(a_stamp_outside_the_years_is_refused) {
    auto o = options();
    o.stamp = date::sys_seconds{date::sys_days{10000_y / 1 / 1}};
    BOOST_CHECK_THROW((void)advocacy::to_icalendar(small_campaign(), o), advocacy::validation_error);
}


// --- read_icalendar: calendars as other tools write them -------------------------------------

namespace {

auto lenient(const std::string& text) -> advocacy::import_result { return advocacy::read_icalendar(text); }

// The parse_error a strict reading throws for `text`.
auto strict_error(const std::string& text) -> advocacy::parse_error {
    try {
        (void)advocacy::read_icalendar(text, {.strict = true, .campaign_id = {}});
    } catch (const advocacy::parse_error& e) {
        return e;
    }
    BOOST_FAIL("expected a parse_error for:\n" << text);
    throw;  // unreachable
}

auto lf_only(std::string text) -> std::string {
    for (auto at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at)) text.erase(at, 1);
    return text;
}

auto one_day(std::string_view uid, std::string_view summary, std::string_view extra = {}) -> std::string {
    return "BEGIN:VEVENT\r\nUID:" + std::string(uid) + "\r\nSUMMARY:" + std::string(summary) +
           "\r\nDTSTART;VALUE=DATE:20151113\r\n" + std::string(extra) + "END:VEVENT\r\n";
}

}  // namespace

BOOST_AUTO_TEST_CASE(google_style_calendar) {
    const std::string text =
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Group calendar\r\nX-WR-TIMEZONE:America/Chicago\r\n"
        "BEGIN:VEVENT\r\nDTSTART:20151113T150000Z\r\nDTEND:20151113T170000Z\r\nDTSTAMP:20151101T000000Z\r\n"
        "UID:7kukuqrfedlm2f9t0vq8d3l1eo@google.com\r\nCREATED:20151001T000000Z\r\nDESCRIPTION:\r\n"
        "LAST-MODIFIED:20151001T000000Z\r\nLOCATION:\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Rally planning\r\n"
        "TRANSP:OPAQUE\r\nX-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\r\n"
        "X-GOOGLE-HANGOUT;X-PARAM=\"a:b\";VALUE=BINARY:not base64\r\n"
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder\r\nTRIGGER:-P0DT0H30M0S\r\nEND:VALARM\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const auto result = lenient(text);
    BOOST_TEST(result.warnings.empty());
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    const auto& c = result.value.conferences()[0];
    BOOST_TEST(c.name == "Rally planning");
    BOOST_TEST(c.id == "7kukuqrfedlm2f9t0vq8d3l1eo");
    BOOST_TEST(c.place.time_zone == "UTC");
    BOOST_TEST((c.start_time == std::optional<std::chrono::minutes>{15h}));
    BOOST_TEST(c.description.empty());
    BOOST_TEST(result.value.title() == "Group calendar");
    BOOST_TEST((advocacy::campaign_from_icalendar(text).conferences() == result.value.conferences()));
}

BOOST_AUTO_TEST_CASE(apple_style_calendar) {
    const auto result = lenient(calendar(
        "BEGIN:VEVENT\r\nUID:5A1B2C3D-0000-4000-8000-000000000001\r\nSUMMARY:Vigil\r\n"
        "DTSTART;VALUE=DATE:20151113\r\nDTEND;VALUE=DATE:20151114\r\nLOCATION:City Hall\\nSpringfield\r\n"
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=\"1 Main St\\\\nSpringfield\";X-APPLE-RADIUS=72;\r\n"
        " X-TITLE=\"City Hall\":geo:39.78,-89.65\r\nX-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC\r\n"
        "X-APPLE-CREATOR-IDENTITY:com.apple.calendar\r\nEND:VEVENT\r\n"));
    BOOST_TEST(result.warnings.empty());
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences()[0].name == "Vigil");
    BOOST_TEST(result.value.conferences()[0].place.locality == "Springfield");
}

// A CalDAV collection saved as one file: one VCALENDAR per event, each with its own VTIMEZONE.
BOOST_AUTO_TEST_CASE(several_vcalendars_in_one_file) {
    const std::string zone = "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\nBEGIN:STANDARD\r\nDTSTART:19701101T020000\r\n"
                             "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    auto timed = [&](std::string_view uid) {
        return calendar(zone + "BEGIN:VEVENT\r\nUID:" + std::string(uid) + "\r\nSUMMARY:" + std::string(uid) +
                        "\r\nDTSTART;TZID=America/Chicago:20151113T190000\r\nEND:VEVENT\r\n");
    };
    const auto result = lenient(timed("first") + timed("second") + calendar(one_day("third", "third")));
    BOOST_TEST(result.warnings.empty());
    BOOST_REQUIRE(result.value.conferences().size() == 3u);
    BOOST_TEST(result.value.conferences()[1].id == "second");
    BOOST_TEST(result.value.conferences()[1].place.time_zone == "America/Chicago");
}

BOOST_AUTO_TEST_CASE(byte_order_mark_and_lf_only) {
    const auto result = lenient(lf_only("\xEF\xBB\xBF" + calendar(one_day("a", "A") + one_day("b", "B"))));
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST(result.value.conferences().size() == 2u);
    // Line numbers count the LF-only lines: the second event's DTEND is on line 13.
    const auto e = strict_error(lf_only(calendar(one_day("a", "A") + one_day("b", "B", "DTEND;VALUE=DATE:2015x114\r\n"))));
    BOOST_TEST(e.line() == 13u);
}

// No VEVENT: the result says so, in both modes, rather than an empty campaign without a word.
BOOST_AUTO_TEST_CASE(a_calendar_without_events_says_so) {
    const std::string todo = calendar("BEGIN:VTODO\r\nUID:t\r\nSUMMARY:Call the council\r\nEND:VTODO\r\n"
                                      "BEGIN:VJOURNAL\r\nUID:j\r\nEND:VJOURNAL\r\nBEGIN:VFREEBUSY\r\nEND:VFREEBUSY\r\n");
    for (const bool strict : {false, true}) {
        const auto result = advocacy::read_icalendar(todo, {.strict = strict, .campaign_id = {}});
        BOOST_TEST(result.value.conferences().empty());
        BOOST_REQUIRE(result.warnings.size() == 1u);
        BOOST_TEST(result.warnings[0].line == 1u);
        BOOST_TEST(result.warnings[0].reason.starts_with("the calendar holds no VEVENT"));
    }
}

// Files holding components without a VCALENDAR around them are read as if it were there.
BOOST_AUTO_TEST_CASE(a_lone_vevent_is_read) {
    const auto result = lenient("\r\n" + one_day("a", "A") + one_day("b", "B"));
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST(result.value.conferences().size() == 2u);
    BOOST_TEST(strict_error("VERSION:2.0\r\n" + one_day("a", "A")).reason() == "expected BEGIN:VCALENDAR as the first line");
    // A lone VALARM has no event to import, and says so.
    const auto alarm = lenient("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n");
    BOOST_TEST(alarm.value.conferences().empty());
    BOOST_REQUIRE(alarm.warnings.size() == 1u);
    BOOST_TEST(alarm.warnings[0].reason.starts_with("the calendar holds no VEVENT"));
}

// A VEVENT inside another component is named by its line; strict, it is refused as before.
BOOST_AUTO_TEST_CASE(a_vevent_inside_another_component_is_named) {
    const auto result = lenient(calendar("BEGIN:X-GROUP\r\n" + one_day("a", "A") + "END:X-GROUP\r\n" + one_day("b", "B")));
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences()[0].id == "b");
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 5u);
    BOOST_TEST(result.warnings[0].reason.ends_with("a VEVENT must be directly inside the VCALENDAR; left out"));
}

// An event the model cannot hold is named in a warning and the others are read; strict, it is
// the parse_error.
BOOST_AUTO_TEST_CASE(an_event_without_dtstart_among_good_ones) {
    const std::string text = calendar(one_day("a", "A") + "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:No start\r\nEND:VEVENT\r\n" +
                                      one_day("c", "C"));
    const auto result = lenient(text);
    BOOST_TEST(result.value.conferences().size() == 2u);
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST((result.warnings[0] == advocacy::import_warning{9, "No start", "VEVENT has no DTSTART"}));
    BOOST_TEST(advocacy::to_string(result.warnings[0]) == "line 9: \"No start\": VEVENT has no DTSTART");
    const auto e = strict_error(text);
    BOOST_TEST(e.line() == 9u);
    BOOST_TEST(e.reason() == "VEVENT has no DTSTART");
    // Without a SUMMARY the warning names the UID.
    BOOST_TEST(lenient(calendar("BEGIN:VEVENT\r\nUID:b@x\r\nEND:VEVENT\r\n")).warnings.at(0).text == "b@x");
}

BOOST_AUTO_TEST_CASE(link_related_to_and_unknown_properties) {
    const auto result = lenient(calendar(one_day(
        "a", "A",
        "RELATED-TO;RELTYPE=SNOOZE;VALUE=URI:https://example.org/a\r\nRELATED-TO;VALUE=UID:b@example.org\r\n"
        "LINK;LINKREL=\"latest-version\";VALUE=URI:https://example.org/v2\r\nLINK;VALUE=XML-REFERENCE:#x\r\n"
        "CONFERENCE;VALUE=URI;FEATURE=AUDIO:tel:+1-555-0100\r\nFOO;BAR=\"b;a:z\":anything\r\nX-A;X-B=1:2\r\n"
        "DTSTAMP:2015-11-01 12:00\r\n")));
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST(result.value.conferences().size() == 1u);
}

// An invalid value of a property the model does not read is left out with a warning; of one it
// reads, the event is.
BOOST_AUTO_TEST_CASE(invalid_values_name_their_own_line) {
    const std::string text = calendar(one_day("a", "A", "CREATED:yesterday\r\n") + one_day("b", "B", "DTEND:soon\r\n"));
    const auto result = lenient(text);
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences()[0].id == "a");
    BOOST_REQUIRE(result.warnings.size() == 2u);
    BOOST_TEST(result.warnings[0].line == 8u);
    BOOST_TEST(result.warnings[0].text == "A");
    BOOST_TEST(result.warnings[0].reason.ends_with("CREATED is left out (advocacy does not read it)"), result.warnings[0].reason);
    BOOST_TEST(result.warnings[1].line == 14u);
    BOOST_TEST(result.warnings[1].text == "B");
    BOOST_TEST(strict_error(text).line() == 8u);
    // A URL the model cannot hold is left out, the event read.
    const auto url = lenient(calendar(one_day("a", "A", "URL:/c/group/calendar\r\n")));
    BOOST_REQUIRE(url.value.conferences().size() == 1u);
    BOOST_TEST(url.value.conferences()[0].registration_url.empty());
    BOOST_TEST(url.warnings.at(0).line == 8u);
}

// Empty TEXT values are values (RFC 5545); an event without a name is called "untitled event".
BOOST_AUTO_TEST_CASE(empty_values_are_read) {
    const std::string text = calendar(one_day("a", "", "DESCRIPTION:\r\nLOCATION:\r\nCATEGORIES:\r\nCOMMENT:\r\nURL:\r\n") +
                                      "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20151114\r\nEND:VEVENT\r\n");
    const auto result = advocacy::read_icalendar(text, {.strict = true, .campaign_id = {}});
    BOOST_TEST(result.warnings.empty());
    BOOST_REQUIRE(result.value.conferences().size() == 2u);
    BOOST_TEST(result.value.conferences()[0].name == "untitled event");
    BOOST_TEST(result.value.conferences()[1].name == "untitled event");
}

BOOST_AUTO_TEST_CASE(seconds_are_rounded_down_with_a_warning) {
    const std::string text = calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART:20151113T150030Z\r\n"
                                      "DTEND:20151113T170059Z\r\nEND:VEVENT\r\n");
    const auto result = lenient(text);
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST((result.value.conferences()[0].start_time == std::optional<std::chrono::minutes>{15h}));
    BOOST_TEST((result.value.conferences()[0].end_time == std::optional<std::chrono::minutes>{17h}));
    BOOST_REQUIRE(result.warnings.size() == 2u);
    BOOST_TEST((result.warnings[0] == advocacy::import_warning{
                    7, "A", "conference times are whole minutes; DTSTART has seconds; rounded down to the minute"}));
    BOOST_TEST(result.warnings[1].line == 8u);
    BOOST_TEST(strict_error(text).reason() == "conference times are whole minutes; DTSTART has seconds");
}

BOOST_AUTO_TEST_CASE(a_cancelled_event_is_not_imported) {
    const std::string text = calendar(one_day("a", "Called off", "STATUS:CANCELLED\r\n") + one_day("b", "B", "STATUS:CONFIRMED\r\n"));
    const auto result = lenient(text);
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences()[0].id == "b");
    BOOST_TEST((result.warnings == std::vector<advocacy::import_warning>{
                    {8, "Called off", "the event is cancelled (STATUS:CANCELLED); left out"}}));
    BOOST_TEST(strict_error(text).line() == 8u);
}

BOOST_AUTO_TEST_CASE(text_after_the_calendar) {
    const std::string text = calendar(one_day("a", "A")) + "\r\nthis is not iCalendar\r\nEND:VEVENT\r\n";
    const auto result = lenient(text);
    BOOST_TEST(result.value.conferences().size() == 1u);
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 11u);
    BOOST_TEST(result.warnings[0].reason.starts_with("text after END:VCALENDAR"));
    BOOST_TEST(strict_error(text).line() == 11u);
}

// A line that is not NAME:value refuses its event only; elsewhere it is not read.
BOOST_AUTO_TEST_CASE(a_line_without_a_colon) {
    const std::string text = calendar("REFRESH - INTERVAL\r\n" + one_day("a", "A", "ORGANIZER;CN=Sixt SE\r\n") + one_day("b", "B"));
    const auto result = lenient(text);
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences()[0].id == "b");
    BOOST_REQUIRE(result.warnings.size() == 2u);
    BOOST_TEST(result.warnings[0].line == 4u);
    BOOST_TEST((result.warnings[1] == advocacy::import_warning{
                    9, "A", "expected NAME:value (or NAME;PARAM=...:value), found no ':' after the name"}));
    BOOST_TEST(strict_error(text).line() == 4u);
}

BOOST_AUTO_TEST_CASE(an_event_never_closed) {
    const auto result = lenient("BEGIN:VCALENDAR\r\n" + one_day("a", "A") + "BEGIN:VEVENT\r\nUID:b\r\n");
    BOOST_TEST(result.value.conferences().size() == 1u);
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 8u);
    BOOST_TEST(result.warnings[0].reason.find("the VEVENT of line 7 is left out") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_time_zones_are_warned_of) {
    const std::string text = calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Mars\r\nDTSTART;TZID=Mars/Olympus:20151113T190000\r\n"
                                      "END:VEVENT\r\n" + one_day("a", "A"));
    const auto result = lenient(text);
    BOOST_TEST(result.value.conferences().size() == 1u);
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 7u);
    BOOST_TEST(result.warnings[0].reason.starts_with("TZID \"Mars/Olympus\" is not a time zone advocacy knows"));
}

// Google and Apple give floating times the calendar's zone in X-WR-TIMEZONE.
BOOST_AUTO_TEST_CASE(floating_times_take_the_calendar_zone) {
    const auto result = lenient(calendar("X-WR-TIMEZONE:Europe/Brussels\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\n"
                                         "DTSTART:20210916T210000\r\nDTEND:20210916T224500\r\nEND:VEVENT\r\n"));
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences()[0].place.time_zone == "Europe/Brussels");
    BOOST_TEST((result.value.conferences()[0].start_time == std::optional<std::chrono::minutes>{21h}));
}

BOOST_AUTO_TEST_CASE(the_campaign_id_can_be_given) {
    const std::string text = calendar("X-WR-CALNAME:Fall events\r\n" + one_day("a", "A"));
    BOOST_TEST(lenient(text).value.id() == "fall-events");
    BOOST_TEST(advocacy::read_icalendar(text, {.strict = false, .campaign_id = "mine"}).value.id() == "mine");
    BOOST_CHECK_THROW((void)advocacy::read_icalendar(text, {.strict = false, .campaign_id = "not an id"}),
                      advocacy::validation_error);
}

// Windows names and a file's own VTIMEZONE resolve once detail::time_zone_names reads them.
BOOST_AUTO_TEST_CASE(outlook_time_zones) {
    if (advocacy::detail::resolve_tzid("Pacific Standard Time").zone == nullptr) return;  // names not read yet
    const auto result = lenient(calendar(
        "BEGIN:VTIMEZONE\r\nTZID:Pacific Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\n"
        "TZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:o\r\nSUMMARY:O\r\nDTSTART;TZID=Pacific Standard Time:20151113T090000\r\n"
        "DTEND;TZID=Pacific Standard Time:20151113T100000\r\nEND:VEVENT\r\n"));
    BOOST_TEST(result.warnings.empty());
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences()[0].place.time_zone == "America/Los_Angeles");
}


// ---- the recurrence rules group calendars write --------------------------------------------

namespace {

auto imported_schedule(std::string_view rrule, std::string_view start = "20150908T190000") -> advocacy::meeting_schedule {
    const auto c = advocacy::campaign_from_icalendar(meeting_calendar("RRULE:" + std::string(rrule) + "\r\n", start));
    return *c.groups().at(0).meetings;
}

}  // namespace

BOOST_AUTO_TEST_CASE(reads_the_rules_group_calendars_use) {
    auto s = imported_schedule("FREQ=WEEKLY;BYDAY=TU,TH");
    BOOST_TEST(s.rrule() == "FREQ=WEEKLY;BYDAY=TU,TH");
    s = imported_schedule("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1", "20150929T190000");
    BOOST_TEST(s.rrule() == "FREQ=MONTHLY;BYDAY=-1TU");
    s = imported_schedule("FREQ=MONTHLY;BYMONTHDAY=-1", "20150930T190000");
    BOOST_TEST(s.describe() == "the last day of each month, 7:00 pm \xE2\x80\x93 9:00 pm");
    s = imported_schedule("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "20151126T120000");
    BOOST_TEST(s.occurrences(advocacy::date_range{date::sys_days{2016_y / 1 / 1}, date::sys_days{2016_y / 12 / 31}}).size() == 1u);
    s = imported_schedule("FREQ=DAILY;INTERVAL=2;COUNT=3");
    BOOST_TEST(s.rrule() == "FREQ=DAILY;INTERVAL=2;COUNT=3");
    BOOST_TEST((s.effective() == advocacy::date_range{date::sys_days{2015_y / 9 / 8}, date::sys_days{2015_y / 9 / 12}}));
    // UNTIL at 23:59:59 UTC on September 15 is 6:59 pm in Chicago: the 7 pm meeting that day is not held.
    s = imported_schedule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20150915T235959Z");
    BOOST_TEST(s.occurrences(advocacy::date_range{date::sys_days{2015_y / 9 / 1}, date::sys_days{2015_y / 12 / 31}}).size() == 1u);
    // WKST=SU, as Outlook writes it, is read where it changes no meeting, and refused where it would.
    s = imported_schedule("FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=TU");
    BOOST_TEST(s.rrule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    s = imported_schedule("FREQ=WEEKLY;WKST=SU;BYDAY=TU,TH");
    BOOST_TEST(s.rrule() == "FREQ=WEEKLY;BYDAY=TU,TH");
    for (std::string_view rrule : {"FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=TU,SU", "FREQ=WEEKLY;WKST=XX"}) {
        BOOST_TEST(import_error(meeting_calendar("RRULE:" + std::string(rrule) + "\r\n")).line() == 8u, rrule);
    }
    // Rules the model cannot hold stay refused at the RRULE line.
    for (std::string_view rrule : {"FREQ=HOURLY", "FREQ=WEEKLY;BYHOUR=9", "FREQ=YEARLY;BYWEEKNO=20", "FREQ=MINUTELY"}) {
        const auto e = import_error(meeting_calendar("RRULE:" + std::string(rrule) + "\r\n"));
        BOOST_TEST(e.line() == 8u, rrule);
    }
}

BOOST_AUTO_TEST_CASE(an_all_day_series_is_read_and_written) {
    const auto c = advocacy::campaign_from_icalendar(
        calendar("BEGIN:VEVENT\r\nUID:vigil\r\nSUMMARY:Vigil\r\nDTSTART;VALUE=DATE:20151107\r\nDTEND;VALUE=DATE:20151108\r\n"
                 "RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20151121\r\nEXDATE;VALUE=DATE:20151114\r\nEND:VEVENT\r\n"));
    const auto s = *c.groups().at(0).meetings;
    BOOST_TEST(s.all_day());
    BOOST_TEST(s.describe() == "every Saturday, all day");
    BOOST_TEST(s.occurrences(advocacy::date_range{date::sys_days{2015_y / 11 / 1}, date::sys_days{2015_y / 12 / 31}}).size() == 2u);
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(text.find("DTSTART;VALUE=DATE:20151107\r\n") != std::string::npos, text);
    BOOST_TEST(text.find("EXDATE;VALUE=DATE:20151114\r\n") != std::string::npos, text);
    BOOST_TEST((advocacy::campaign_from_icalendar(text).groups().at(0).meetings == c.groups().at(0).meetings));
    // A series of two-day events would be cut short.
    const auto e = import_error(calendar("BEGIN:VEVENT\r\nUID:v\r\nSUMMARY:V\r\nDTSTART;VALUE=DATE:20151107\r\n"
                                         "DTEND;VALUE=DATE:20151109\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 8u);
}

BOOST_AUTO_TEST_CASE(general_rules_round_trip) {
    using advocacy::meeting_schedule;
    const date::sys_days first{2015_y / 9 / 1};
    for (std::string_view rrule : {"FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=MONTHLY;BYDAY=1TU,3TU", "FREQ=MONTHLY;BYMONTHDAY=1,-1",
                                   "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "FREQ=DAILY;INTERVAL=3;COUNT=5",
                                   "FREQ=MONTHLY;INTERVAL=2;BYDAY=2WE;UNTIL=20160301T000000Z", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15"}) {
        advocacy::campaign c{"rules", "Rules"};
        auto g = twin_cities();
        g.meetings = meeting_schedule::from_rrule(rrule, first, advocacy::time_of_day{19h}, 90min, "America/Chicago");
        c.add_group(g);
        const auto back = advocacy::campaign_from_icalendar(advocacy::to_icalendar(c, options()));
        BOOST_TEST((back.find_group(g.id)->meetings == g.meetings), rrule);
        const auto json_back = advocacy::campaign_from_json(advocacy::to_json(c));
        BOOST_TEST((json_back.find_group(g.id)->meetings == g.meetings), rrule);
        BOOST_TEST(advocacy::to_json(c).find("\"schema_version\": 3") != std::string::npos);
    }
}

// RFC 5545 allows DTSTART, DTEND and DURATION once each: an event giving one twice is left out
// and named, at the second line.
BOOST_AUTO_TEST_CASE(a_date_property_given_twice_is_named) {
    const std::string text = calendar(
        "BEGIN:VEVENT\r\nUID:twice\r\nSUMMARY:Twice\r\nDTSTART:20140829T080000Z\r\nDTSTART:20140829T100000Z\r\nEND:VEVENT\r\n" +
        one_day("kept", "Kept"));
    const auto result = lenient(text);
    BOOST_REQUIRE(result.value.conferences().size() == 1u);
    BOOST_TEST(result.value.conferences()[0].id == "kept");
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 8u);
    BOOST_TEST(result.warnings[0].text == "Twice");
    BOOST_TEST(result.warnings[0].reason.starts_with("DTSTART given twice (lines 7 and 8)"));
    BOOST_TEST(strict_error(text).line() == 8u);
}

// A recurring event without an end ends when it starts (RFC 5545); a meeting needs a length, so
// the two hours it is read with are said in a warning (an error when strict).
BOOST_AUTO_TEST_CASE(a_series_without_an_end_is_read_with_a_warning) {
    const std::string text = calendar("BEGIN:VEVENT\r\nUID:s\r\nSUMMARY:Series\r\nDTSTART:20250101T100000Z\r\n"
                                      "RRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n");
    const auto result = lenient(text);
    BOOST_REQUIRE(result.value.groups().size() == 1u);
    BOOST_TEST((result.value.groups()[0].meetings->duration() == std::chrono::minutes{120}));
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 7u);
    BOOST_TEST(result.warnings[0].reason.ends_with("read as 2 hours"));
    BOOST_TEST(strict_error(text).line() == 7u);
}

// An all-day schedule holds no added or changed meetings: a series that has them is left out,
// named at the line that says so.
BOOST_AUTO_TEST_CASE(an_all_day_series_with_changes_is_named) {
    const std::string series = "BEGIN:VEVENT\r\nUID:v\r\nSUMMARY:Vigil\r\nDTSTART;VALUE=DATE:20200907\r\n"
                               "DTEND;VALUE=DATE:20200908\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n";
    auto result = lenient(calendar(series + "BEGIN:VEVENT\r\nUID:v\r\nSUMMARY:Vigil moved\r\nRECURRENCE-ID;VALUE=DATE:20200914\r\n"
                                            "DTSTART;VALUE=DATE:20200915\r\nEND:VEVENT\r\n"));
    BOOST_TEST(result.value.groups().empty());
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 14u);
    BOOST_TEST(result.warnings[0].reason.find("all-day") != std::string::npos, result.warnings[0].reason);
    result = lenient(calendar(series.substr(0, series.size() - 12) + "RDATE;VALUE=DATE:20200910\r\nEND:VEVENT\r\n"));
    BOOST_TEST(result.value.groups().empty());
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].reason.find("all-day") != std::string::npos, result.warnings[0].reason);
}

// libical's own iterator expands every rule the model reads, across both DST changes of three
// years, to the same instants as occurrences(): the export means what the model means.
BOOST_AUTO_TEST_CASE(libical_expands_every_rule_kind_as_the_model_does) {
    const date::sys_days first{2015_y / 1 / 6};
    for (std::string_view rrule : {"FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SA", "FREQ=MONTHLY;BYDAY=1TU,-1FR",
                                   "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1", "FREQ=MONTHLY;BYMONTHDAY=6,-1",
                                   "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=6", "FREQ=YEARLY;BYMONTH=3,11;BYDAY=2TU",
                                   "FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=6", "FREQ=DAILY;INTERVAL=3", "FREQ=DAILY;COUNT=40",
                                   "FREQ=WEEKLY;BYDAY=TU;UNTIL=20161101T005959Z"}) {
        advocacy::campaign c{"rules", "Rules"};
        auto g = twin_cities();
        g.meetings = advocacy::meeting_schedule::from_rrule(rrule, first, advocacy::time_of_day{19h}, 90min, "America/Chicago");
        c.add_group(g);
        const auto text = advocacy::to_icalendar(c, options());
        component_ptr root{icalparser_parse_string(text.c_str())};
        BOOST_REQUIRE(root);
        BOOST_TEST(libical_errors(root.get()) == 0, rrule);
        const date::sys_days from = 2015_y / 1 / 1;
        const date::sys_days to = 2018_y / 1 / 1;
        auto* ev = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
        while (ev != nullptr && icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY) == nullptr) {
            ev = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT);
        }
        BOOST_REQUIRE(ev != nullptr);
        libical_starts seen;
        icalcomponent_foreach_recurrence(
            ev, icaltime_from_timet_with_zone(date::sys_seconds{from}.time_since_epoch().count(), 0, icaltimezone_get_utc_timezone()),
            icaltime_from_timet_with_zone(date::sys_seconds{to}.time_since_epoch().count(), 0, icaltimezone_get_utc_timezone()),
            &libical_starts::add, &seen);
        std::sort(seen.seen.begin(), seen.seen.end());
        const auto model = starts(g.meetings->occurrences(advocacy::date_range{from, to - date::days{1}}));
        BOOST_TEST(model.size() >= 6u, rrule);
        // libical's window is in UTC, the model's in local days: compared a day inside both.
        const auto inside = [&](std::vector<std::int64_t> v) {
            const auto lo = date::sys_seconds{from + date::days{1}}.time_since_epoch().count();
            const auto hi = date::sys_seconds{to - date::days{1}}.time_since_epoch().count();
            std::erase_if(v, [&](std::int64_t t) { return t < lo || t >= hi; });
            return v;
        };
        BOOST_TEST(inside(seen.seen) == inside(model), rrule);
    }
}

BOOST_AUTO_TEST_CASE(an_imported_weekly_rule_has_a_first_day_and_no_end) {
    const auto s = imported_schedule("FREQ=WEEKLY;BYDAY=TU");
    BOOST_TEST(!s.effective().has_value());
    BOOST_TEST((s.first_day() == date::sys_days{2015_y / 9 / 8}));
    BOOST_TEST(s.rrule() == "FREQ=WEEKLY;BYDAY=TU");
    advocacy::campaign c{"open", "Open"};
    auto g = twin_cities();
    g.meetings = s;
    c.add_group(g);
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(text.find("DTSTART;TZID=America/Chicago:20150908T190000\r\n") != std::string::npos, text);
    BOOST_TEST(count(text, "9999") == 0u);
    BOOST_TEST(count(text, "UNTIL=") == 0u);
    BOOST_TEST((advocacy::campaign_from_icalendar(text).find_group(g.id)->meetings == s));
    const auto json = advocacy::to_json(c);
    BOOST_TEST(count(json, "9999") == 0u);
    BOOST_TEST((advocacy::campaign_from_json(json).find_group(g.id)->meetings == s));
}

// Every other Tuesday from 2015-09-08: counted from the epoch the weeks would meet on
// 2015-09-01 and 15 instead; the first day keeps the phase through an export and import.
BOOST_AUTO_TEST_CASE(an_open_interval_keeps_its_phase_through_a_round_trip) {
    const auto s = imported_schedule("FREQ=WEEKLY;INTERVAL=2");
    BOOST_TEST(!s.effective().has_value());
    const advocacy::date_range september{date::sys_days{2015_y / 9 / 1}, date::sys_days{2015_y / 9 / 30}};
    BOOST_TEST(s.occurrences(september).size() == 2u);  // 8 and 22
    BOOST_TEST((date::floor<date::days>(s.occurrences(september).at(0).start.get_local_time()).time_since_epoch() ==
                date::sys_days{2015_y / 9 / 8}.time_since_epoch()));
    // A first day before the first meeting (Monday the 7th) is kept by X-ADVOCACY-EFFECTIVE;
    // another calendar reads the rule from DTSTART, the same meetings.
    const auto from_monday = s.with_first_day(date::sys_days{2015_y / 9 / 7});
    for (const auto& schedule : {s, from_monday}) {
        advocacy::campaign c{"open", "Open"};
        auto g = twin_cities();
        g.meetings = schedule;
        c.add_group(g);
        const auto text = advocacy::to_icalendar(c, options());
        BOOST_TEST(text.find("DTSTART;TZID=America/Chicago:20150908T190000\r\n") != std::string::npos, text);
        const auto back = *advocacy::campaign_from_icalendar(text).find_group(g.id)->meetings;
        BOOST_TEST((back == schedule));
        BOOST_TEST((back.occurrences(september) == s.occurrences(september)));
        BOOST_TEST((advocacy::campaign_from_json(advocacy::to_json(c)).find_group(g.id)->meetings == schedule));
    }
    // Without the marker, a reader keeps DTSTART's day as the first day.
    std::string text = meeting_calendar("RRULE:FREQ=WEEKLY;INTERVAL=2\r\nX-ADVOCACY-EFFECTIVE:20150907/open\r\n");
    BOOST_TEST((*advocacy::campaign_from_icalendar(text).groups().at(0).meetings == from_monday));
    const auto e = import_error(meeting_calendar("RRULE:FREQ=WEEKLY\r\nX-ADVOCACY-EFFECTIVE:20150907/never\r\n"));
    BOOST_TEST(e.line() == 9u);
    BOOST_TEST(e.reason() == "expected YYYYMMDD/YYYYMMDD, YYYYMMDD/open or open");
}

namespace {

// The all-day days libical sees in each VEVENT of `text`, by SUMMARY.
auto libical_days(const std::string& text) -> std::map<std::string, std::vector<date::sys_days>> {
    std::map<std::string, std::vector<date::sys_days>> out;
    component_ptr root{icalparser_parse_string(text.c_str())};
    BOOST_REQUIRE(root);
    BOOST_TEST(libical_errors(root.get()) == 0);
    for (auto* ev = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); ev != nullptr;
         ev = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        const auto start = icalcomponent_get_dtstart(ev);
        const auto end = icalcomponent_get_dtend(ev);
        BOOST_TEST(start.is_date == 1);
        const date::sys_days first = date::year{start.year} / static_cast<unsigned>(start.month) / static_cast<unsigned>(start.day);
        const date::sys_days stop = date::year{end.year} / static_cast<unsigned>(end.month) / static_cast<unsigned>(end.day);
        auto& days = out[icalcomponent_get_summary(ev)];
        for (auto d = first; d < stop; d += date::days{1}) days.push_back(d);
    }
    return out;
}

auto session_campaign() -> advocacy::campaign {
    advocacy::campaign c{"clinics", "Clinics"};
    auto clinic = baltimore();
    clinic.id = "clinic";
    clinic.name = "Policy Clinic";
    clinic.dates = advocacy::date_range{date::sys_days{2026_y / 6 / 12}, date::sys_days{2026_y / 6 / 17}};
    clinic.sessions = advocacy::parse_days("June 12 & 16-17, 2026");
    c.add_conference(clinic);
    auto plain = baltimore();
    c.add_conference(plain);
    return c;
}

}  // namespace

BOOST_AUTO_TEST_CASE(sessions_are_one_vevent_each_and_libical_sees_exactly_their_days) {
    const auto c = session_campaign();
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(count(text, "UID:clinic@clinics.advocacy\r\n") == 1u);
    BOOST_TEST(count(text, "UID:clinic-session-2@clinics.advocacy\r\n") == 1u);
    BOOST_TEST(count(text, "X-ADVOCACY-SESSION-OF:clinic@clinics.advocacy\r\n") == 1u);
    BOOST_TEST(count(text, "DTSTART;VALUE=DATE:20260612\r\nDTEND;VALUE=DATE:20260613\r\n") == 1u);
    BOOST_TEST(count(text, "DTSTART;VALUE=DATE:20260616\r\nDTEND;VALUE=DATE:20260618\r\n") == 1u);
    const auto days = libical_days(text);
    const std::vector<date::sys_days> clinic{2026_y / 6 / 12, 2026_y / 6 / 16, 2026_y / 6 / 17};
    BOOST_TEST((days.at("Policy Clinic") == clinic));
    BOOST_TEST(days.at("Mid Atlantic Regional Conference").size() == 3u);
    const auto back = advocacy::campaign_from_icalendar(text);
    BOOST_TEST((back == c));
    BOOST_TEST(back.conferences().at(0).sessions.size() == 2u);
}

BOOST_AUTO_TEST_CASE(timed_sessions_keep_the_conference_times) {
    advocacy::campaign c{"clinics", "Clinics"};
    auto evenings = baltimore();
    evenings.place.time_zone = "America/New_York";
    evenings.dates = advocacy::date_range{date::sys_days{2026_y / 5 / 3}, date::sys_days{2026_y / 5 / 17}};
    evenings.sessions = advocacy::parse_days("May 3, 10 and 17, 2026");
    evenings.start_time = 19h;
    evenings.end_time = 21h;
    c.add_conference(evenings);
    const auto text = advocacy::to_icalendar(c, options());
    BOOST_TEST(count(text, "DTSTART;TZID=America/New_York:20260510T190000\r\nDTEND;TZID=America/New_York:20260510T210000\r\n") == 1u);
    BOOST_TEST((advocacy::campaign_from_icalendar(text) == c));
    // A session at other times cannot join: it is named, not merged.
    auto other = text;
    other.replace(other.find("20260510T210000"), 15, "20260510T220000");
    const auto e = import_error(other);
    BOOST_TEST(e.reason().find("runs at other times of day than the conference") != std::string::npos, e.reason());
}

BOOST_AUTO_TEST_CASE(a_session_of_an_unknown_conference_is_refused) {
    const auto text = calendar(one_day("s2@x", "Lost", "X-ADVOCACY-SESSION-OF:nowhere@x\r\n"));
    const auto result = lenient(text);
    BOOST_TEST(result.value.conferences().empty());
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].reason.find("a session of \"nowhere@x\", which no event before it is") == 0u);
    BOOST_TEST(strict_error(text).line() == 8u);
}

BOOST_AUTO_TEST_CASE(reading_tells_progress_every_64_kib_of_events) {
    std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\n";
    for (int i = 0; i < 3000; ++i) {  // about 170 bytes each: 0.5 MB
        const auto n = std::to_string(i);
        text += "BEGIN:VEVENT\r\nUID:e" + n + "@example.org\r\nDTSTAMP:20150801T000000Z\r\nSUMMARY:Event " + n +
                "\r\nDTSTART;VALUE=DATE:20151113\r\nDTEND;VALUE=DATE:20151114\r\nEND:VEVENT\r\n";
    }
    text += "END:VCALENDAR\r\n";
    std::vector<std::pair<std::uintmax_t, std::uintmax_t>> told;
    advocacy::read_options options;
    options.progress = [&](std::uintmax_t done, std::uintmax_t total) { told.emplace_back(done, total); };
    const auto result = advocacy::read_icalendar(text, options);
    BOOST_TEST(result.value.conferences().size() == 3000u);
    BOOST_TEST(told.size() >= text.size() / 65536);
    BOOST_TEST(told.size() <= text.size() / 65536 + 2);
    for (std::size_t i = 0; i < told.size(); ++i) {
        BOOST_TEST(told[i].second == text.size());
        BOOST_TEST(told[i].first <= text.size());
        if (i > 0) BOOST_TEST(told[i].first >= told[i - 1].first + 65536);
    }
    // Without a progress function the same calendar is read the same.
    BOOST_TEST((advocacy::read_icalendar(text).value == result.value));
}

BOOST_AUTO_TEST_SUITE_END()
