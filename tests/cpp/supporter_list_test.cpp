// SPDX-License-Identifier: MIT
#include "advocacy/supporter_list.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <cstdint>
#include <utility>
#include <vector>

namespace {

auto skipped(const advocacy::supporter_list& list) -> std::size_t {
    return static_cast<std::size_t>(std::count_if(list.warnings.begin(), list.warnings.end(),
                                                  [](const advocacy::supporter_warning& w) { return w.skipped; }));
}

// Every row is a supporter or a skipped row's warning.
void check_accounted(const advocacy::supporter_list& list) {
    BOOST_TEST(list.supporters.size() + skipped(list) == list.rows);
}

// No warning repeats a personal value of the input.
void check_no_personal_values(const advocacy::supporter_list& list, const std::vector<std::string>& values) {
    for (const auto& w : list.warnings) {
        for (const auto& value : values) BOOST_TEST(advocacy::to_string(w).find(value) == std::string::npos, value);
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(supporter_list)

BOOST_AUTO_TEST_CASE(action_network_export) {
    const std::string text =
        "uuid,first_name,last_name,email,zip_code,can2_phone,can2_user_city,can2_state_abbreviated,notes\n"
        "an-1,Dana,Reyes,dana@example.org,55401,(612) 555-0143,Minneapolis,MN,\"likes \"\"maps\"\", trains\"\n"
        "an-2,Lee,,lee@example.org,02108,,,,\n";
    const auto list = advocacy::read_supporters(text);
    BOOST_TEST(list.format == "csv");
    BOOST_TEST(list.rows == 2u);
    BOOST_TEST(list.warnings.empty());
    BOOST_TEST_REQUIRE(list.supporters.size() == 2u);
    BOOST_TEST((list.supporters[0] == advocacy::supporter{.id = "an-1",
                                                          .name = "Dana Reyes",
                                                          .email = "dana@example.org",
                                                          .phone = "(612) 555-0143",
                                                          .locality = "Minneapolis",
                                                          .state = "MN",
                                                          .postal_code = "55401"}));
    BOOST_TEST(list.supporters[1].name == "Lee");
    BOOST_TEST(list.supporters[1].state == "MA");  // from the ZIP code
}

BOOST_AUTO_TEST_CASE(everyaction_tsv_with_bom_and_crlf) {
    const std::string text = "\xEF\xBB\xBFVANID\tFirstName\tLastName\tCity\tState\tZip5\tHomePhone\tPreferredEmail\r\n"
                             "101\tAri\tMoss\tSaint Paul\tMinnesota\t55102\t651-555-0101\tari@example.com\r\n"
                             "\r\n"
                             "102\tBo\tChen\tTucson\taz\t85701\t\t\r\n";
    const auto list = advocacy::read_supporters(text);
    BOOST_TEST(list.format == "tsv");
    BOOST_TEST(list.rows == 2u);
    BOOST_TEST_REQUIRE(list.supporters.size() == 2u);
    BOOST_TEST(list.supporters[0].id == "101");
    BOOST_TEST(list.supporters[0].state == "MN");
    BOOST_TEST(list.supporters[0].email == "ari@example.com");
    BOOST_TEST(list.supporters[0].phone == "651-555-0101");
    BOOST_TEST(list.supporters[1].state == "AZ");
}

BOOST_AUTO_TEST_CASE(quoted_fields_hold_line_breaks) {
    const std::string text = "name,city,zip\n\"Reyes, Dana\",\"Minne\napolis\",55401\nLee,Boston,02108\n";
    const auto list = advocacy::read_supporters(text);
    BOOST_TEST(list.rows == 2u);
    // A city with a line break is refused by validate(): the row is named, line 2.
    BOOST_TEST_REQUIRE(list.warnings.size() == 1u);
    BOOST_TEST(list.warnings[0].line == 2u);
    BOOST_TEST(list.warnings[0].column == "city");
    BOOST_TEST_REQUIRE(list.supporters.size() == 1u);
    BOOST_TEST(list.supporters[0].id == "row-2");
    BOOST_TEST(list.supporters[0].state == "MA");
    check_accounted(list);
}

BOOST_AUTO_TEST_CASE(bad_rows_are_warned_and_counted) {
    const std::string huge(1000000, 'x');
    const std::string text = "id,name,email,zip\n"
                             "1,Dana Reyes,dana@example.org,55401\n"   // line 2: read
                             "2,Ari Moss,ari@example.com,5540\n"       // 3: bad ZIP
                             "3,Bo Chen,bo.chen.example.com,85701\n"   // 4: bad email
                             "4,,cy@example.com,55401\n"               // 5: missing name
                             "5,Cy Park,cy@example.com,55401,extra\n"  // 6: too many columns
                             "6," + huge + ",dee@example.com,55401\n"  // 7: a field of 10^6 characters
                             "7,Eve Ito,eve@example.com,21301\n"       // 8: ZIP prefix not in use: read, warned
                             "8,Fay Lu,fay@example.com,\"55401\n";     // 9: a quote never closed
    const auto list = advocacy::read_supporters(text);
    BOOST_TEST(list.rows == 8u);
    BOOST_TEST(list.supporters.size() == 2u);
    BOOST_TEST_REQUIRE(list.warnings.size() == 7u);
    check_accounted(list);
    struct expected {
        std::size_t line;
        std::size_t row;
        std::string column;
        bool skipped;
    };
    const std::vector<expected> want = {{3, 2, "zip", true},   {4, 3, "email", true}, {5, 4, "name", true},
                                        {6, 5, "", true},      {7, 6, "name", true},  {8, 7, "zip", false},
                                        {9, 8, "", true}};
    for (std::size_t i = 0; i < want.size(); ++i) {
        BOOST_TEST(list.warnings[i].line == want[i].line);
        BOOST_TEST(list.warnings[i].row == want[i].row);
        BOOST_TEST(list.warnings[i].column == want[i].column);
        BOOST_TEST(list.warnings[i].skipped == want[i].skipped);
    }
    BOOST_TEST(advocacy::to_string(list.warnings[0]) ==
               "line 3 (row 2), column \"zip\": is not a ZIP code: expected five digits, or ZIP+4 as in \"55401-1234\"");
    BOOST_TEST(list.warnings[3].reason == "has 5 fields, more than the header's 4 columns");
    BOOST_TEST(list.warnings[4].reason.find("1000000 bytes") != std::string::npos);
    BOOST_TEST(list.supporters[1].id == "7");
    BOOST_TEST(list.supporters[1].state == "");
    check_no_personal_values(list, {"Ari", "Moss", "bo.chen", "cy@", "Cy Park", "xxxx", "Eve", "Fay", "5540,"});
}

BOOST_AUTO_TEST_CASE(json_lines) {
    const std::string text = "{\"id\": \"a1\", \"name\": \"Dana Reyes\", \"email\": \"dana@example.org\", \"zip\": \"55401\"}\n"
                             "\n"
                             "{\"first_name\": \"Lee\", \"last_name\": \"Park\", \"postal_code\": 2108, \"country\": \"US\"}\r\n"
                             "{\"name\": \"Ari\", \"email\": [\"ari@example.com\"]}\n"
                             "[1, 2]\n"
                             "{\"name\": \"Bo\", \"email\": \"bo@exam\n"
                             "{\"id\": \"a9\", \"name\": \"Cy\", \"preferred_group\": \"twin-cities\", \"tags\": {\"x\": 1}}\n"
                             "{\"name\": \"Eve\", \"zip\": 1e555}\n";  // beyond double: nlohmann's out_of_range
    const auto list = advocacy::read_supporters(text);
    BOOST_TEST(list.format == "jsonl");
    BOOST_TEST(list.rows == 7u);  // the blank line is no row
    check_accounted(list);
    BOOST_TEST_REQUIRE(list.supporters.size() == 2u);
    BOOST_TEST(list.supporters[0].state == "MN");
    BOOST_TEST(list.supporters[1].preferred_group.value_or("") == "twin-cities");
    BOOST_TEST_REQUIRE(list.warnings.size() == 5u);
    BOOST_TEST(list.warnings[0].line == 3u);
    BOOST_TEST(list.warnings[0].column == "postal_code");  // 2108: four digits, not a ZIP code
    BOOST_TEST(list.warnings[1].reason == "the value of \"email\" is a array: expected a string");
    BOOST_TEST(list.warnings[2].reason == "is not a JSON object: got array");
    BOOST_TEST(list.warnings[3].line == 6u);  // a string cut by a line break
    BOOST_TEST(list.warnings[3].reason.starts_with("is not a JSON object: bad JSON syntax at offset "));
    BOOST_TEST(list.warnings[4].line == 8u);
    BOOST_TEST(list.warnings[4].reason == "is not a JSON object: a number is too large to read");
    check_no_personal_values(list, {"Bo", "bo@exam", "Ari", "Eve"});
}

BOOST_AUTO_TEST_CASE(to_json_reads_back) {
    const advocacy::supporter dana{.id = "an-1", .name = "Dana Reyes", .email = "dana@example.org", .state = "MN",
                                   .postal_code = "55401", .preferred_group = "twin-cities"};
    const auto list = advocacy::read_supporters(advocacy::to_json(dana) + "\n");
    BOOST_TEST_REQUIRE(list.supporters.size() == 1u);
    BOOST_TEST((list.supporters[0] == dana));
}

BOOST_AUTO_TEST_CASE(countries_and_options) {
    const std::string text = "name,country,state,zip\nAri,Canada,Ontario,M5V 2T6\nBo,,,55401\nCy,Atlantis,,\n";
    const auto list = advocacy::read_supporters(text);
    BOOST_TEST_REQUIRE(list.supporters.size() == 2u);
    BOOST_TEST(list.supporters[0].country == "CA");
    BOOST_TEST(list.supporters[0].state == "ON");
    BOOST_TEST(list.supporters[1].country == "US");
    BOOST_TEST_REQUIRE(list.warnings.size() == 1u);
    BOOST_TEST(list.warnings[0].column == "country");

    advocacy::supporter_read_options options;
    options.country = "CA";
    options.format = advocacy::supporter_format::csv;
    const auto canadian = advocacy::read_supporters("name,state\nAri,ON\n", options);
    BOOST_TEST_REQUIRE(canadian.supporters.size() == 1u);
    BOOST_TEST(canadian.supporters[0].country == "CA");
    options.country = "XX";
    BOOST_CHECK_THROW(advocacy::read_supporters("name\nAri\n", options), advocacy::validation_error);
}

BOOST_AUTO_TEST_CASE(headers_without_a_name_are_refused) {
    BOOST_CHECK_THROW(advocacy::read_supporters(""), advocacy::parse_error);
    BOOST_CHECK_THROW(advocacy::read_supporters("\n\n"), advocacy::parse_error);
    BOOST_CHECK_THROW(advocacy::read_supporters("email,zip\na@example.org,55401\n"), advocacy::parse_error);
    BOOST_CHECK_THROW(advocacy::read_supporters("name,\"zip\nAri,55401\nBo,55401\n"), advocacy::parse_error);
    const auto only_header = advocacy::read_supporters("name,email\n");
    BOOST_TEST(only_header.rows == 0u);
}

BOOST_AUTO_TEST_CASE(streaming_sees_every_row_in_order) {
    std::vector<std::string> seen;
    const auto summary = advocacy::for_each_supporter(
        "name,zip\nAri,55401\nBo,1\nCy,02108\n", {}, [&](advocacy::supporter&& p) { seen.push_back(p.name); },
        [&](advocacy::supporter_warning&& w) { seen.push_back("warning " + std::to_string(w.row)); });
    BOOST_TEST((seen == std::vector<std::string>{"Ari", "warning 2", "Cy"}));
    BOOST_TEST(summary.rows == 3u);
    BOOST_TEST(summary.read == 2u);
    BOOST_TEST(summary.skipped == 1u);
    BOOST_TEST(summary.format == "csv");
}

BOOST_AUTO_TEST_CASE(progress_is_told) {
    std::string text = "name,zip\n";
    for (int i = 0; i < 5000; ++i) text += "S" + std::to_string(i) + ",55401\n";
    std::vector<std::pair<std::uintmax_t, std::uintmax_t>> told;
    advocacy::supporter_read_options options;
    options.progress = [&](std::uintmax_t done, std::uintmax_t total) { told.emplace_back(done, total); };
    const auto list = advocacy::read_supporters(text, options);
    BOOST_TEST(list.supporters.size() == 5000u);
    BOOST_TEST_REQUIRE(told.size() == 2u);  // after row 4096, and at the end
    BOOST_TEST(told[0].first < told[1].first);
    BOOST_TEST(told[1].first == text.size());
    BOOST_TEST(told[1].second == text.size());
}

BOOST_AUTO_TEST_CASE(format_names) {
    BOOST_TEST(advocacy::to_string(advocacy::supporter_format::jsonl) == "jsonl");
    BOOST_TEST((advocacy::parse_supporter_format("tsv") == advocacy::supporter_format::tsv));
    BOOST_CHECK_THROW(advocacy::parse_supporter_format("xlsx"), advocacy::parse_error);
}

BOOST_AUTO_TEST_SUITE_END()
