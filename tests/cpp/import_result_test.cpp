// SPDX-License-Identifier: MIT
#include "advocacy/import_result.hpp"

#include "advocacy/announcement.hpp"

#include <boost/test/unit_test.hpp>

#include <type_traits>

BOOST_AUTO_TEST_SUITE(import_result)

BOOST_AUTO_TEST_CASE(a_warning_names_its_line_record_and_reason) {
    const advocacy::import_warning w{12, "Board meeting", "RRULE FREQ=SECONDLY is not a meeting schedule"};
    BOOST_TEST(advocacy::to_string(w) == "line 12: \"Board meeting\": RRULE FREQ=SECONDLY is not a meeting schedule");
}

BOOST_AUTO_TEST_CASE(a_warning_without_text_names_its_line_and_reason) {
    const advocacy::import_warning w{1, "", "the calendar has no VEVENT"};
    BOOST_TEST(advocacy::to_string(w) == "line 1: the calendar has no VEVENT");
}

BOOST_AUTO_TEST_CASE(warnings_compare_by_value) {
    const advocacy::import_warning a{3, "2.", "an empty item"};
    auto b = a;
    BOOST_TEST((a == b));
    b.reason = "other";
    BOOST_TEST(!(a == b));
}

BOOST_AUTO_TEST_CASE(results_compare_campaign_warnings_and_format) {
    const auto text = "Write a letter\n\n1. Frobnicate the widgets\n";
    const auto a = advocacy::parse_announcement(text);
    auto b = advocacy::parse_announcement(text);
    BOOST_TEST((a == b));
    b.format = "text";
    BOOST_TEST(!(a == b));
    b = a;
    b.warnings.clear();
    BOOST_TEST(!(a == b));
    b = a;
    b.value.set_summary("other");
    BOOST_TEST(!(a == b));
}

BOOST_AUTO_TEST_CASE(the_announcement_reader_shares_the_types) {
    static_assert(std::is_same_v<advocacy::announcement_warning, advocacy::import_warning>);
    static_assert(std::is_same_v<advocacy::announcement_result, advocacy::import_result>);
    const auto result = advocacy::parse_announcement("Write a letter\n\n1. Frobnicate the widgets\n");
    BOOST_TEST(result.warnings.size() == 1U);
    BOOST_TEST(result.warnings.front().line == 3U);
}

BOOST_AUTO_TEST_SUITE_END()
