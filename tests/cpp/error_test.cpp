// SPDX-License-Identifier: MIT
#include "advocacy/error.hpp"

#include "advocacy/detail/checks.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

BOOST_AUTO_TEST_SUITE(error)

BOOST_AUTO_TEST_CASE(parse_error_keeps_text_position_and_reason) {
    const advocacy::parse_error e("Nov 31", 4, "November has 30 days");
    BOOST_TEST(e.text() == "Nov 31");
    BOOST_TEST(e.position() == 4u);
    BOOST_TEST(e.line() == 0u);
    BOOST_TEST(e.reason() == "November has 30 days");
    BOOST_TEST(std::string(e.what()) == "\"Nov 31\": November has 30 days (at offset 4)");
}

BOOST_AUTO_TEST_CASE(parse_error_names_the_line_of_multi_line_input) {
    const advocacy::parse_error e("Smarch 3", 0, "unknown word", 7);
    BOOST_TEST(e.line() == 7u);
    BOOST_TEST(std::string(e.what()) == "\"Smarch 3\": unknown word (at line 7, offset 0)");
}

BOOST_AUTO_TEST_CASE(parse_error_quotes_long_text_around_the_failure) {
    std::string text(100, 'a');
    text += "XYZ";
    text.append(100, 'b');
    const advocacy::parse_error e(text, 100, "bad");
    const std::string what = e.what();
    BOOST_TEST(what.find("...") == 1u);
    BOOST_TEST(what.find("XYZ") != std::string::npos);
    BOOST_TEST(what.size() < 120u);
    BOOST_TEST(e.text() == text);
}

BOOST_AUTO_TEST_CASE(validation_and_io_errors_name_what_and_why) {
    const advocacy::validation_error v("last", "ends before first");
    BOOST_TEST(v.field() == "last");
    BOOST_TEST(std::string(v.what()) == "last: ends before first");
    const advocacy::io_error io("/tmp/x.json", "No such file or directory");
    BOOST_TEST(io.path() == "/tmp/x.json");
    BOOST_TEST(std::string(io.what()) == "/tmp/x.json: No such file or directory");
}

BOOST_AUTO_TEST_CASE(control_characters_are_escaped_in_messages_and_kept_in_fields) {
    using namespace std::string_literals;
    const std::string text = "  \"title\": \"St\0p\x1b]0;x\x07\"\r\n"s;
    const advocacy::parse_error e(text, 13, "bad \0 byte"s);
    const std::string what = e.what();
    BOOST_TEST(what == R"("  "title": "St\x00p\x1b]0;x\x07"\r\n": bad \x00 byte (at offset 13))");
    BOOST_TEST(what.find('\0') == std::string::npos);
    BOOST_TEST(e.text() == text);
    BOOST_TEST(e.reason() == "bad \0 byte"s);

    const advocacy::validation_error v("name\0"s, "has \x01\tand \xC2\x9B"s);
    BOOST_TEST(std::string(v.what()) == R"(name\x00: has \x01\tand \u009b)");
    BOOST_TEST(v.field() == "name\0"s);
    BOOST_TEST(v.reason() == "has \x01\tand \xC2\x9B"s);
}

BOOST_AUTO_TEST_CASE(a_path_is_escaped_in_the_message_and_kept_in_the_field) {
    const advocacy::io_error e("camp\x1b]0;x\x07.json", "No such file or directory");
    BOOST_TEST(std::string(e.what()) == R"(camp\x1b]0;x\x07.json: No such file or directory)");
    BOOST_TEST(e.path() == "camp\x1b]0;x\x07.json");
}

BOOST_AUTO_TEST_CASE(escaping_leaves_other_text_alone) {
    BOOST_TEST(advocacy::detail::escaped("Caf\xC3\xA9 \\ \"x\" \xE2\x80\x93") == "Caf\xC3\xA9 \\ \"x\" \xE2\x80\x93");
    BOOST_TEST(advocacy::detail::escaped("\x7f") == "\\x7f");
}

BOOST_AUTO_TEST_CASE(escaping_shows_what_a_terminal_would_act_on) {
    // Bytes that are not UTF-8 (a cut sequence, an overlong ESC) are shown byte by byte.
    BOOST_TEST(advocacy::detail::escaped("\xC2") == "\\xc2");
    BOOST_TEST(advocacy::detail::escaped("a\xC0\x9B" "b") == "a\\xc0\\x9bb");
    // Separators and bidirectional overrides would make a name read as something else.
    BOOST_TEST(advocacy::detail::escaped("x\xE2\x80\xAEy\xE2\x80\xA8z") == "x\\u202ey\\u2028z");
    BOOST_TEST(advocacy::detail::escaped("\xE2\x81\xA6") == "\\u2066");
}

BOOST_AUTO_TEST_CASE(every_error_is_an_advocacy_error) {
    BOOST_CHECK_THROW(throw advocacy::parse_error("x", 0, "r"), advocacy::error);
    BOOST_CHECK_THROW(throw advocacy::validation_error("f", "r"), advocacy::error);
    BOOST_CHECK_THROW(throw advocacy::io_error("p", "r"), advocacy::error);
    BOOST_CHECK_THROW(throw advocacy::io_error("p", "r"), std::runtime_error);
}

BOOST_AUTO_TEST_SUITE_END()
