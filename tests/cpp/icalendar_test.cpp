// SPDX-License-Identifier: MIT
#include "advocacy/icalendar.hpp"

#include "advocacy/campaign.hpp"
#include "advocacy/error.hpp"
#include "advocacy/version.hpp"

#include <boost/test/unit_test.hpp>
#include <date/date.h>
#include <libical/ical.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

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
    c.place.region = "MD";
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
    g.place.region = "MN";
    g.meetings = advocacy::meeting_schedule::monthly_on_weekday(2, date::Tuesday, 19h, 120min, "America/Chicago")
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
        g.meetings = advocacy::meeting_schedule::weekly(date::Wednesday, 18h + 30min, 90min, zone);
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
    weekly.place.region = "CA";
    weekly.place.time_zone = "America/Los_Angeles";
    weekly.meetings = advocacy::meeting_schedule::weekly(date::Wednesday, 18h + 30min, 90min, "America/Los_Angeles", 2)
                          .with_effective(advocacy::date_range{date::sys_days{2015_y / 9 / 1}, date::sys_days{2016_y / 5 / 31}});
    c.add_group(weekly);
    advocacy::group monthly;
    monthly.id = "lakeside";
    monthly.name = "Lakeside, Group 12";
    monthly.meetings = advocacy::meeting_schedule::monthly_on_day(15, 19h, 120min, "America/New_York")
                           .with_skipped({date::sys_days{2015_y / 12 / 15}});
    c.add_group(monthly);
    auto last = baltimore();
    last.id = "toronto";
    last.place = advocacy::location{.venue = "Convention Centre",
                                    .address_lines = {"255 Front St W"},
                                    .locality = "Toronto",
                                    .region = "ON",
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
        const auto* found = back.group(g.id);
        BOOST_REQUIRE(found != nullptr);
        BOOST_TEST(found->name == g.name);
        BOOST_TEST(found->place == g.place);
        BOOST_TEST((found->meetings == g.meetings), g.id);
    }
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
    BOOST_TEST(forum.place.region == "CO");
    const auto* g = c.group("weekly");
    BOOST_REQUIRE(g != nullptr);
    BOOST_TEST(g->name == "Denver group");
    BOOST_REQUIRE(g->meetings.has_value());
    const auto& s = *g->meetings;
    BOOST_TEST((s.kind() == advocacy::recurrence::weekly));
    BOOST_TEST(s.interval() == 2u);
    BOOST_TEST((s.weekday() == date::Tuesday));
    BOOST_TEST((s.start_time() == 19h));
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
    auto c = advocacy::campaign_from_icalendar(calendar(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART:20151114T010000Z\r\nDTEND:20151114T030000Z\r\n"
        "X-ADVOCACY-TIME-ZONE:America/Chicago\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:B\r\nDTSTART;TZID=/example.org/US/Eastern:20151113T090000\r\n"
        "DTEND:20151113T220000Z\r\nEND:VEVENT\r\n"));
    const auto& a = c.conferences()[0];
    BOOST_TEST((a.dates == advocacy::date_range{date::sys_days{2015_y / 11 / 13}}));
    BOOST_TEST((a.start_time == std::optional<std::chrono::minutes>{19h}));
    BOOST_TEST((a.end_time == std::optional<std::chrono::minutes>{21h}));
    BOOST_TEST(a.place.time_zone == "America/Chicago");
    const auto& b = c.conferences()[1];
    BOOST_TEST(b.place.time_zone == "US/Eastern");  // the prefix some tools add is dropped
    BOOST_TEST((b.start_time == std::optional<std::chrono::minutes>{9h}));
    BOOST_TEST((b.end_time == std::optional<std::chrono::minutes>{17h}));  // 22:00Z in New York

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
    BOOST_TEST(e.reason().find("not an IANA time zone") != std::string::npos, e.reason());
}

BOOST_AUTO_TEST_CASE(import_errors_name_the_line) {
    auto e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
                                   "RRULE:FREQ=DAILY\r\nSUMMARY:Daily\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);
    BOOST_TEST(e.reason().find("RRULE FREQ=DAILY is not a meeting schedule advocacy can express") == 0u, e.reason());

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=America/Chicago:20150908T190000\r\n"
                              "RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\nSUMMARY:Twice\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 7u);
    BOOST_TEST(e.reason().find("BYDAY holds several days") != std::string::npos, e.reason());

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

    e = import_error("BEGIN:VEVENT\r\nEND:VEVENT\r\n");
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
    BOOST_TEST(e.reason().find("not an IANA time zone") != std::string::npos);

    e = import_error(calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=America/Chicago:20150907T190000\r\n"
                              "RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nSUMMARY:x\r\nEND:VEVENT\r\n"));
    BOOST_TEST(e.line() == 6u);
    BOOST_TEST(e.reason().find("DTSTART is not a meeting") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
