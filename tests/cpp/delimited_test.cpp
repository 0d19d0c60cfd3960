// SPDX-License-Identifier: MIT
#include "advocacy/detail/delimited.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace {

using cells = std::vector<std::string>;

auto all(std::string_view text, char delimiter = ',') -> std::vector<cells> {
    std::vector<cells> out;
    for (const auto& r : advocacy::detail::split_records(text, delimiter)) out.push_back(r.cells);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(delimited)

BOOST_AUTO_TEST_CASE(rfc_4180_quoting_and_line_ends) {
    BOOST_TEST((all("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n") == std::vector<cells>{{"a", "b"}, {"x,1", "say \"hi\""}}));
    BOOST_TEST((all("a\rb\nc") == std::vector<cells>{{"a"}, {"b"}, {"c"}}));
    BOOST_TEST((all("a,\"two\nlines\",c\nd,e,f\n") == std::vector<cells>{{"a", "two\nlines", "c"}, {"d", "e", "f"}}));
    BOOST_TEST((all("a,,\n") == std::vector<cells>{{"a", "", ""}}));
    // A quote inside a cell that did not start with one is text.
    BOOST_TEST((all("5'10\",x\n") == std::vector<cells>{{"5'10\"", "x"}}));
    BOOST_TEST((all("a\tb,c\n", '\t') == std::vector<cells>{{"a", "b,c"}}));
}

BOOST_AUTO_TEST_CASE(blank_lines_hold_no_record_and_lines_are_counted) {
    const auto records = advocacy::detail::split_records("a\n\n  ,  \n\"b\nc\"\nd\n", ',');
    BOOST_TEST_REQUIRE(records.size() == 3u);
    BOOST_TEST(records[0].line == 1u);
    BOOST_TEST(records[1].line == 4u);
    BOOST_TEST(records[1].raw == "\"b");
    BOOST_TEST(records[2].line == 6u);
}

BOOST_AUTO_TEST_CASE(an_unterminated_quote_takes_the_rest) {
    const auto records = advocacy::detail::split_records("a,\"b\nc,d\n", ',');
    BOOST_TEST_REQUIRE(records.size() == 1u);
    BOOST_TEST(records[0].unterminated);
    BOOST_TEST((records[0].cells == cells{"a", "b\nc,d\n"}));
}

BOOST_AUTO_TEST_CASE(a_reader_goes_record_by_record) {
    advocacy::detail::delimited_reader reader("a,b,c\nd\n", ',');
    advocacy::detail::delimited_record r;
    BOOST_TEST(reader.next(r));
    BOOST_TEST(r.cells.size() == 3u);
    BOOST_TEST(reader.offset() == 6u);
    BOOST_TEST(reader.next(r));
    BOOST_TEST((r.cells == cells{"d"}));  // the record's storage is reused, its size is the record's
    BOOST_TEST(!reader.next(r));
}

BOOST_AUTO_TEST_SUITE_END()
