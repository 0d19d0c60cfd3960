// SPDX-License-Identifier: MIT
#include "advocacy/detail/time_zone_names.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using advocacy::detail::resolve_tzid;
using advocacy::detail::zone_from_vtimezone;

auto zone_name(const advocacy::detail::resolved_zone& r) -> std::string {
    return r.zone == nullptr ? std::string("(none)") : std::string(r.zone->name());
}

// Outlook's VTIMEZONE for US Eastern time, with the rules since 2007.
auto outlook_eastern(std::string_view tzid) -> std::string {
    return "BEGIN:VTIMEZONE\r\n"
           "TZID:" + std::string(tzid) + "\r\n"
           "BEGIN:STANDARD\r\n"
           "DTSTART:16010101T020000\r\n"
           "TZOFFSETFROM:-0400\r\n"
           "TZOFFSETTO:-0500\r\n"
           "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"
           "END:STANDARD\r\n"
           "BEGIN:DAYLIGHT\r\n"
           "DTSTART:16010101T020000\r\n"
           "TZOFFSETFROM:-0500\r\n"
           "TZOFFSETTO:-0400\r\n"
           "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"
           "END:DAYLIGHT\r\n"
           "END:VTIMEZONE\r\n";
}

// A fixed-offset zone, as some exporters write one: one observance, no rule.
auto fixed_offset(std::string_view tzid, std::string_view offset) -> std::string {
    return "BEGIN:VTIMEZONE\nTZID:" + std::string(tzid) +
           "\nBEGIN:STANDARD\nDTSTART;VALUE=DATE:20000101\nTZNAME:x\nTZOFFSETFROM:" + std::string(offset) +
           "\nTZOFFSETTO:" + std::string(offset) + "\nEND:STANDARD\nEND:VTIMEZONE\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(time_zone_names)

BOOST_AUTO_TEST_CASE(an_iana_name_is_read_as_written) {
    const auto r = resolve_tzid("America/Chicago");
    BOOST_REQUIRE(r.zone != nullptr);
    BOOST_TEST(r.zone->name() == "America/Chicago");
    BOOST_TEST(r.note.empty());
    // A link is a name as written too, and spaces around a name are not part of it.
    BOOST_TEST(zone_name(resolve_tzid("US/Eastern")) != "(none)");
    BOOST_TEST(resolve_tzid("US/Eastern").note.empty());
    BOOST_TEST(zone_name(resolve_tzid("  Europe/Berlin ")) == "Europe/Berlin");
}

BOOST_AUTO_TEST_CASE(an_unknown_name_is_not_resolved) {
    BOOST_TEST(resolve_tzid("Nowhere/Special").zone == nullptr);
    BOOST_TEST(resolve_tzid("").zone == nullptr);
    for (const char* name : {"Eastern Time", "(UTC-05:00) Eastern Time (US & Canada)", "Customized Time Zone",
                             "GMT -0500 (Standard) / GMT -0400 (Daylight)", "MyTimezone", "/Europe/CUSTOM",
                             "custom_America/New_York_Forward_reference", "custom_EST", "Pacific Standard Time:"}) {
        BOOST_TEST_INFO(name);
        BOOST_TEST(zone_name(resolve_tzid(name)) == "(none)");
    }
}

BOOST_AUTO_TEST_CASE(garbage_is_not_resolved) {
    BOOST_TEST(resolve_tzid(std::string_view("\0\0\0", 3)).zone == nullptr);
    BOOST_TEST(resolve_tzid(std::string_view("Europe/Berlin\0x", 15)).zone == nullptr);
    BOOST_TEST(resolve_tzid(std::string(10000, 'x')).zone == nullptr);
    BOOST_TEST(resolve_tzid(std::string(10000, '/') + "America/New_York").zone == nullptr);  // past any real TZID
    BOOST_TEST(resolve_tzid("\xff\xfe Standard Time").zone == nullptr);
    BOOST_TEST(resolve_tzid("   ").zone == nullptr);
}

BOOST_AUTO_TEST_CASE(windows_names_map_through_cldr) {
    struct {
        const char* windows;
        const char* iana;
    } const cases[] = {
        {"W. Europe Standard Time", "Europe/Berlin"},   {"Pacific Standard Time", "America/Los_Angeles"},
        {"Romance Standard Time", "Europe/Paris"},      {"GMT Standard Time", "Europe/London"},
        {"Eastern Standard Time", "America/New_York"},  {"Tokyo Standard Time", "Asia/Tokyo"},
        {"AUS Eastern Standard Time", "Australia/Sydney"}, {"E. South America Standard Time", "America/Sao_Paulo"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_INFO(c.windows);
        const auto r = resolve_tzid(c.windows);
        BOOST_TEST(zone_name(r) == c.iana);
        BOOST_TEST(r.note == std::string("the Windows zone \"") + c.windows + "\" read as " + c.iana);
    }
    const auto india = zone_name(resolve_tzid("India Standard Time"));
    BOOST_TEST((india == "Asia/Calcutta" || india == "Asia/Kolkata"), india);
    const auto utc = resolve_tzid("UTC");
    BOOST_REQUIRE(utc.zone != nullptr);
    BOOST_TEST(utc.zone->get_info(date::sys_days{date::year{2024} / 7 / 1}).offset.count() == 0);
    BOOST_TEST(zone_name(resolve_tzid("\tPacific Standard Time  ")) == "America/Los_Angeles");
}

BOOST_AUTO_TEST_CASE(vendor_prefixes_are_dropped) {
    struct {
        const char* tzid;
        const char* iana;
    } const cases[] = {
        {"/mozilla.org/20050126_1/America/New_York", "America/New_York"},
        {"/mozilla.org/20070129_1/America/New_York", "America/New_York"},
        {"/softwarestudio.org/Olson_20011030_5/America/New_York", "America/New_York"},
        {"/freeassociation.sourceforge.net/Tzfile/America/Chicago", "America/Chicago"},
        {"/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"},
        {"/freeassociation.sourceforge.net/Europe/Berlin", "Europe/Berlin"},
        {"/citadel.org/20190914_1/Europe/Berlin", "Europe/Berlin"},
        {"custom_America/New_York", "America/New_York"},
        {"custom_Pacific/Fiji", "Pacific/Fiji"},
        {"posix/Europe/Vaduz", "Europe/Vaduz"},
        {"/Europe/Stockholm", "Europe/Stockholm"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_INFO(c.tzid);
        const auto r = resolve_tzid(c.tzid);
        BOOST_TEST(zone_name(r) == c.iana);
        BOOST_TEST(r.note == std::string("TZID \"") + c.tzid + "\" read as " + c.iana + ", the IANA name after its vendor prefix");
    }
    const auto utc = resolve_tzid("tzone://Microsoft/Utc");
    BOOST_TEST(zone_name(utc) == "Etc/UTC");
    BOOST_TEST(!utc.note.empty());
}

BOOST_AUTO_TEST_CASE(spaces_for_underscores_are_read) {
    const auto r = resolve_tzid("America/Los Angeles");
    BOOST_TEST(zone_name(r) == "America/Los_Angeles");
    BOOST_TEST(r.note == "TZID \"America/Los Angeles\" read as America/Los_Angeles");
}

BOOST_AUTO_TEST_CASE(outlook_rules_with_a_windows_name_give_its_zone) {
    const auto r = zone_from_vtimezone(outlook_eastern("Eastern Standard Time"), 2024, 2024);
    BOOST_TEST(zone_name(r) == "America/New_York");
    BOOST_TEST(r.note.starts_with("TZID \"Eastern Standard Time\" read as America/New_York, the zone its VTIMEZONE's rules match ("));
    BOOST_TEST(r.note.find("the zone of the Windows name \"Eastern Standard Time\"") != std::string::npos, r.note);
}

BOOST_AUTO_TEST_CASE(a_customized_zone_is_read_from_its_rules) {
    for (const char* tzid : {"Customized Time Zone", "Eastern Time", "(UTC-05:00) Eastern Time (US & Canada)"}) {
        BOOST_TEST_INFO(tzid);
        const auto r = zone_from_vtimezone(outlook_eastern(tzid), 2023, 2025);
        BOOST_TEST(zone_name(r) == "America/New_York");
        BOOST_TEST(r.note.starts_with(std::string("TZID \"") + tzid + "\" read as America/New_York, the zone its VTIMEZONE's rules match"));
    }
    // Folded lines, LF line ends and a year range given backwards are read the same.
    std::string folded = outlook_eastern("Customized Time Zone");
    folded.replace(folded.find("BYMONTH=3"), 9, "BYMON\r\n TH=3");
    BOOST_TEST(zone_name(zone_from_vtimezone(folded, 2025, 2023)) == "America/New_York");
    // A component nested in an observance is passed over, and the lines after it still count.
    std::string nested = outlook_eastern("Customized Time Zone");
    nested.insert(nested.find("TZOFFSETFROM:-0500"), "BEGIN:X-NOTE\r\nTZOFFSETTO:+0900\r\nEND:X-NOTE\r\n");
    BOOST_TEST(zone_name(zone_from_vtimezone(nested, 2024, 2024)) == "America/New_York");
}

BOOST_AUTO_TEST_CASE(old_outlook_rules_for_central_europe) {
    // Old Outlook: every rule starts on 1601-01-01 and the TZID says only the offsets.
    const std::string text =
        "BEGIN:VTIMEZONE\r\n"
        "TZID:GMT +0100 (Standard) / GMT +0200 (Daylight)\r\n"
        "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
        "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
        "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
        "END:VTIMEZONE\r\n";
    const auto r = zone_from_vtimezone(text, 2015, 2015);
    BOOST_REQUIRE(r.zone != nullptr);
    // Many zones keep the EU's rules; the one chosen must agree at the changes of 2015.
    using namespace std::chrono;
    const auto at = [&](date::sys_days d, hours h) { return r.zone->get_info(date::sys_seconds{d} + h).offset; };
    BOOST_TEST(at(date::year{2015} / 3 / 29, hours{0}).count() == 3600);
    BOOST_TEST(at(date::year{2015} / 3 / 29, hours{2}).count() == 7200);
    BOOST_TEST(at(date::year{2015} / 10 / 25, hours{0}).count() == 7200);
    BOOST_TEST(at(date::year{2015} / 10 / 25, hours{2}).count() == 3600);
    BOOST_TEST(std::string(r.zone->name()).starts_with("Europe/"), r.zone->name());
    BOOST_TEST(r.note.find("the primary zone of its Windows zone in CLDR") != std::string::npos, r.note);
}

BOOST_AUTO_TEST_CASE(a_fixed_offset_matches_a_zone_that_keeps_it) {
    const auto india = zone_from_vtimezone(fixed_offset("India", "+0530"), 2024, 2024);
    const auto name = zone_name(india);
    BOOST_TEST((name == "Asia/Kolkata" || name == "Asia/Calcutta"), name);
    // With a Windows name for a TZID, that name's zone is taken among those that agree.
    BOOST_TEST(zone_name(zone_from_vtimezone(fixed_offset("Sri Lanka Standard Time", "+0530"), 2024, 2024)) == "Asia/Colombo");
}

BOOST_AUTO_TEST_CASE(a_fixed_offset_nobody_keeps_is_an_etc_zone) {
    // No place keeps -12:00 (Kwajalein left it in 1993); Etc's sign is the inverted POSIX one.
    const auto r = zone_from_vtimezone(fixed_offset("UTC-12", "-1200"), 2024, 2024);
    BOOST_TEST(zone_name(r) == "Etc/GMT+12");
    BOOST_TEST(r.note == "TZID \"UTC-12\" read as Etc/GMT+12, the fixed offset -12:00 its VTIMEZONE gives");
}

BOOST_AUTO_TEST_CASE(southern_hemisphere_rules) {
    // Australia/Sydney: daylight time from the first Sunday of October to the first of April.
    const std::string text =
        "BEGIN:VTIMEZONE\nTZID:Sydney time\n"
        "BEGIN:STANDARD\nDTSTART:20080406T030000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:20081005T020000\nTZOFFSETFROM:+1000\nTZOFFSETTO:+1100\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU\nEND:DAYLIGHT\nEND:VTIMEZONE\n";
    const auto r = zone_from_vtimezone(text, 2024, 2026);
    // Melbourne and Hobart agree too (Lord Howe and Brisbane do not): the TZID names the city.
    BOOST_TEST(zone_name(r) == "Australia/Sydney");
    BOOST_TEST(r.note.find("the one whose city the TZID names") != std::string::npos, r.note);
    std::string unnamed = text;
    unnamed.replace(unnamed.find("Sydney time"), 11, "AUS Eastern");
    const auto other = zone_from_vtimezone(unnamed, 2024, 2026);
    BOOST_REQUIRE(other.zone != nullptr);
    BOOST_TEST(other.zone->get_info(date::sys_days{date::year{2025} / 1 / 15}).offset.count() == 11 * 3600);
    BOOST_TEST(other.zone->get_info(date::sys_days{date::year{2025} / 7 / 15}).offset.count() == 10 * 3600);
}

BOOST_AUTO_TEST_CASE(rules_that_match_nothing_are_not_resolved) {
    BOOST_TEST(zone_from_vtimezone(fixed_offset("Odd", "+0317"), 2024, 2024).zone == nullptr);
    // Daylight time in the wrong months for any zone at -0500.
    std::string text = outlook_eastern("Eastern Time");
    text.replace(text.find("BYMONTH=3"), 9, "BYMONTH=5");
    BOOST_TEST(zone_from_vtimezone(text, 2024, 2024).zone == nullptr);
}

BOOST_AUTO_TEST_CASE(malformed_vtimezones_are_not_resolved) {
    const std::string good = outlook_eastern("Eastern Time");
    const auto without = [&](std::string_view what) {
        std::string t = good;
        t.erase(t.find(what), what.size());
        return t;
    };
    const auto replaced = [&](std::string_view what, std::string_view by) {
        std::string t = good;
        t.replace(t.find(what), what.size(), by);
        return t;
    };
    const std::string cases[] = {
        "",
        std::string("\0\0\0BEGIN:VTIMEZONE\0", 19),
        std::string(10000, 'x'),
        "BEGIN:VTIMEZONE\r\nTZID:x\r\nEND:VTIMEZONE\r\n",  // no observance
        without("END:VTIMEZONE\r\n"),                         // not closed
        without("TZOFFSETTO:-0500\r\n"),
        replaced("TZOFFSETTO:-0500", "TZOFFSETTO:-5"),
        replaced("TZOFFSETTO:-0500", "TZOFFSETTO:+9900"),
        replaced("DTSTART:16010101T020000", "DTSTART:16011301T020000"),
        replaced("DTSTART:16010101T020000", "DTSTART:yesterday"),
        without("DTSTART:16010101T020000\r\n"),
        replaced("FREQ=YEARLY;BYDAY=2SU", "FREQ=MONTHLY;BYDAY=2SU"),
        replaced("BYDAY=2SU", "BYDAY=9SU"),
        replaced("BYMONTH=3", "BYMONTH=13"),
        replaced("BYMONTH=3", "BYMONTH=3;BYSETPOS=1"),
        replaced("RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "RRULE:garbage"),
        "BEGIN:VEVENT\r\nDTSTART:20240101T000000Z\r\nEND:VEVENT\r\n",
    };
    for (const auto& text : cases) {
        BOOST_TEST_INFO(text.substr(0, 200));
        BOOST_TEST(zone_from_vtimezone(text, 2024, 2024).zone == nullptr);
    }
    // Years far outside any calendar are clamped (to 1900 and to three years), never a crash.
    BOOST_TEST(zone_name(zone_from_vtimezone(good, 2024, 2147483647)) == "America/New_York");
    BOOST_TEST(zone_from_vtimezone(good, -2147483647 - 1, 2147483647).zone == nullptr);  // no such rules in 1900
}

BOOST_AUTO_TEST_CASE(rdates_and_a_rule_that_ended) {
    // A zone whose daylight rule ended (UNTIL) and that has kept standard time since, written with
    // RDATEs: the offsets of the years asked about decide, not those of the past.
    const std::string text =
        "BEGIN:VTIMEZONE\r\nTZID:Brasilia\r\n"
        "BEGIN:STANDARD\r\nDTSTART:20190217T000000\r\nTZOFFSETFROM:-0200\r\nTZOFFSETTO:-0300\r\n"
        "RDATE:20190217T000000\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:20081019T000000\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0200\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=3SU;UNTIL=20181021T030000Z\r\nEND:DAYLIGHT\r\n"
        "END:VTIMEZONE\r\n";
    const auto r = zone_from_vtimezone(text, 2023, 2024);
    BOOST_REQUIRE(r.zone != nullptr);
    BOOST_TEST(r.zone->get_info(date::sys_days{date::year{2024} / 1 / 15}).offset.count() == -3 * 3600);
    BOOST_TEST(r.zone->get_info(date::sys_days{date::year{2024} / 7 / 15}).offset.count() == -3 * 3600);
}

BOOST_AUTO_TEST_CASE(several_threads_at_once_get_the_same_answers) {
    const std::string customized = outlook_eastern("Customized Time Zone");
    std::vector<std::string> got(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < got.size(); ++i) {
        threads.emplace_back([&, i] {
            for (int k = 0; k < 5; ++k) {
                got[i] = zone_name(zone_from_vtimezone(customized, 2024, 2024)) + " " +
                         zone_name(resolve_tzid("W. Europe Standard Time")) + " " +
                         zone_name(resolve_tzid("/mozilla.org/20050126_1/America/New_York"));
            }
        });
    }
    for (auto& t : threads) t.join();
    for (const auto& g : got) BOOST_TEST(g == "America/New_York Europe/Berlin America/New_York");
}

BOOST_AUTO_TEST_SUITE_END()
