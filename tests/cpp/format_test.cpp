// SPDX-License-Identifier: MIT
// Telling a file's format by its content, and reading it as `advocacy import` does
// (include/advocacy/detail/format.hpp).
#include <boost/test/unit_test.hpp>

#include "advocacy/detail/format.hpp"
#include "advocacy/error.hpp"
#include "advocacy/icalendar.hpp"
#include "advocacy/json.hpp"
#include "advocacy/sample.hpp"

#include <string>
#include <string_view>

BOOST_AUTO_TEST_SUITE(format)

namespace {

using advocacy::detail::file_format;
using advocacy::detail::read_any;
using advocacy::detail::sniff_format;

template <typename Call>
auto parse_failure(Call call) -> advocacy::parse_error {
    try {
        call();
    } catch (const advocacy::parse_error& e) {
        return e;
    }
    BOOST_FAIL("no parse_error was thrown");
    throw std::logic_error("unreachable");
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_content_tells_the_format) {
    using namespace std::string_view_literals;
    BOOST_TEST((sniff_format("{\n  \"schema_version\": 1\n}") == file_format::json));
    BOOST_TEST((sniff_format("\xEF\xBB\xBF \r\n\t[1]") == file_format::json));
    BOOST_TEST((sniff_format("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") == file_format::icalendar));
    BOOST_TEST((sniff_format("\n\nbegin:vcalendar\n") == file_format::icalendar));
    BOOST_TEST((sniff_format("BEGIN:VCALENDAR") == file_format::icalendar));
    BOOST_TEST((sniff_format("BEGIN:VEVENT\r\nUID:a\r\n") == file_format::icalendar));  // a lone event
    BOOST_TEST((sniff_format("BEGIN:VEVENTS\n") == file_format::text));
    BOOST_TEST((sniff_format("BEGIN:VCARD\r\nVERSION:4.0\r\n") == file_format::vcard));
    BOOST_TEST((sniff_format("BEGIN:VCARDS\n") == file_format::text));
    BOOST_TEST((sniff_format("Spring Drive\n\nValley Summit May 3 - Fresno, CA\n") == file_format::text));
    BOOST_TEST((sniff_format("Caf\xC3\xA9 meeting") == file_format::text));
    BOOST_TEST((sniff_format("") == file_format::empty));
    BOOST_TEST((sniff_format(" \r\n\t") == file_format::empty));
    BOOST_TEST((sniff_format("\xEF\xBB\xBF\n") == file_format::empty));
    BOOST_TEST((sniff_format("a\0b"sv) == file_format::binary));
    BOOST_TEST((sniff_format("{}\0"sv) == file_format::binary));
    BOOST_TEST((sniff_format("Caf\xE9") == file_format::binary));     // Latin-1
    BOOST_TEST((sniff_format("\xC0\xAF") == file_format::binary));    // an overlong '/'
    BOOST_TEST((sniff_format("\xED\xA0\x80") == file_format::binary));  // a surrogate
    BOOST_TEST(advocacy::detail::to_string(file_format::icalendar) == "iCalendar");
    // OSDI is JSON told by its top-level members, never by text inside a value.
    BOOST_TEST((sniff_format("{\"total_pages\": 1, \"_embedded\": {\"osdi:events\": []}}") == file_format::osdi));
    BOOST_TEST((sniff_format("\xEF\xBB\xBF {\"osdi:people\": []}") == file_format::osdi));
    BOOST_TEST((sniff_format("{\"id\": \"x\", \"summary\": \"see _embedded and \\\"osdi:events\\\"\"}") == file_format::json));
    BOOST_TEST((sniff_format("{\"a\": {\"_embedded\": 1}}") == file_format::json));
    BOOST_TEST((sniff_format("[{\"_embedded\": 1}]") == file_format::json));
    BOOST_TEST(advocacy::detail::to_string(file_format::osdi) == "OSDI");
}

BOOST_AUTO_TEST_CASE(a_json_campaign_reads_as_itself) {
    const auto sample = advocacy::sample_campaign();
    const auto result = read_any(advocacy::to_json(sample));
    BOOST_TEST((result.format == file_format::json));
    BOOST_TEST((result.value == sample));
    BOOST_TEST(result.warnings.empty());
}

BOOST_AUTO_TEST_CASE(a_calendar_reads_whatever_its_name) {
    advocacy::icalendar_options options;
    options.stamp = date::sys_days{date::year{2015} / date::August / 11};
    const auto result = read_any(advocacy::to_icalendar(advocacy::sample_campaign(), options));
    BOOST_TEST((result.format == file_format::icalendar));
    BOOST_TEST(result.value.conferences().size() == 5u);
    BOOST_TEST(!result.nothing_found());
}

// An event the model cannot hold is named in a warning; the others are imported.
BOOST_AUTO_TEST_CASE(a_calendar_is_read_leniently) {
    const auto result = read_any(
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Rally\r\nDTSTART;VALUE=DATE:20151113\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Hourly\r\nDTSTART:20151113T190000Z\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n");
    BOOST_TEST((result.format == file_format::icalendar));
    BOOST_TEST(result.value.conferences().size() == 1u);
    BOOST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 10u);
}

BOOST_AUTO_TEST_CASE(an_announcement_is_any_other_text) {
    advocacy::announcement_options options;
    options.reference = date::sys_days{date::year{2016} / date::January / 1};
    const auto result = read_any("Spring Drive\n\n1. Write a letter.\n\nValley Summit May 3-4 - Fresno, CA\n", options);
    BOOST_TEST((result.format == file_format::text));
    BOOST_TEST(result.value.conferences().size() == 1u);
    // Lines that hold only events are a listing.
    const auto events = read_any("Spring Drive\n\nValley Summit May 3-4 - Fresno, CA\n", options);
    BOOST_TEST((events.format == file_format::listing));
    BOOST_TEST(events.value.conferences().size() == 1u);
    BOOST_TEST(read_any("Dear friends,\nsee you soon.\n").nothing_found());
}

// Markdown, CSV and TSV text is a listing; plain lines are one when the announcement reader
// finds nothing to act on in them and the listing reader finds events.
BOOST_AUTO_TEST_CASE(a_listing_is_read_as_events) {
    advocacy::announcement_options options;
    options.reference = date::sys_days{date::year{2026} / date::January / 1};
    for (std::string_view text : {"## 2026\n- Policy Clinic - June 12 & 16 - Boston, MA\n",
                                  "name,dates,city,state\nPolicy Clinic,\"June 12 & 16, 2026\",Boston,MA\n",
                                  "name\tdates\tcity\tstate\nPolicy Clinic\tJune 12 & 16, 2026\tBoston\tMA\n",
                                  "Policy Clinic - June 12 & 16, 2026 - Boston, MA\nOctober 7-8, 2025. Henderson, NV\n"}) {
        BOOST_TEST((sniff_format(text) == file_format::text));
        const auto result = read_any(text, options);
        BOOST_TEST((result.format == file_format::listing), text);
        BOOST_REQUIRE_EQUAL(result.value.conferences().size(), 1u);
        BOOST_TEST(result.value.conferences()[0].sessions.size() == 2u);
    }
    const auto warned = read_any("Policy Clinic - June 12 & 16, 2026 - Boston, MA\nOctober 7-8, 2025. Henderson, NV\n");
    BOOST_REQUIRE_EQUAL(warned.warnings.size(), 1u);
    BOOST_TEST(warned.warnings[0].line == 2u);
    BOOST_TEST(to_string(file_format::listing) == "listing");
}

BOOST_AUTO_TEST_CASE(a_vcard_is_read_as_contacts_with_its_warnings) {
    const auto result = read_any("\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dana\r\nORG:Example Coalition\r\nNOTE:x\r\nEND:VCARD\r\n");
    BOOST_TEST((result.format == file_format::vcard));
    BOOST_TEST_REQUIRE(result.value.groups().size() == 1u);
    BOOST_TEST(result.value.groups().front().contacts.at(0).name == "Dana");
    BOOST_TEST_REQUIRE(result.warnings.size() == 1u);
    BOOST_TEST(result.warnings[0].line == 2u);
    BOOST_TEST(!result.nothing_found());
}

BOOST_AUTO_TEST_CASE(what_import_cannot_read_is_refused_with_its_line) {
    using namespace std::string_view_literals;
    const auto binary = parse_failure([] { (void)read_any("Spring Drive\nab\0cd\n"sv); });
    BOOST_TEST(binary.line() == 2u);
    BOOST_TEST(binary.position() == 2u);
    BOOST_TEST(binary.reason().find("NUL") != std::string::npos);
    const auto latin1 = parse_failure([] { (void)read_any("Caf\xE9\n"); });
    BOOST_TEST(latin1.reason().find("0xE9") != std::string::npos);

    const auto empty = parse_failure([] { (void)read_any(" \n"); });
    BOOST_TEST(empty.reason().find("empty") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
