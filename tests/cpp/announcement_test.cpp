// SPDX-License-Identifier: MIT
#include "advocacy/announcement.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace advocacy::literals;

namespace {

namespace fs = std::filesystem;
using namespace date::literals;

// The repository root, from this file's path: tests/cpp/announcement_test.cpp.
auto repo_root() -> fs::path { return fs::path(__FILE__).parent_path().parent_path().parent_path(); }

auto read_text(const fs::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    BOOST_TEST_REQUIRE(in.good(), "cannot open " << path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

auto fixture(const char* name) -> std::string { return read_text(repo_root() / "tests" / "data" / "announcements" / name); }

auto with_reference(date::sys_days day) -> advocacy::announcement_options {
    advocacy::announcement_options options;
    options.reference = day;
    return options;
}

auto days(date::sys_days first, date::sys_days last) -> advocacy::date_range { return advocacy::date_range(first, last); }

void check_conference(const advocacy::conference& c, const std::string& id, const std::string& name,
                      advocacy::date_range dates, const std::string& city, const std::string& state,
                      const std::string& region) {
    BOOST_TEST(c.id == id);
    BOOST_TEST(c.name == name);
    BOOST_TEST(advocacy::to_iso(c.dates) == advocacy::to_iso(dates));
    BOOST_TEST(c.place.locality == city);
    BOOST_TEST(c.place.state.str() == state);
    BOOST_TEST(c.place.country == "US");
    BOOST_TEST(c.region == region);
}

// One line, read against a fixed reference day.
auto one_line(const std::string& text) -> advocacy::announcement_result {
    return advocacy::parse_announcement(text, with_reference(2015_y / date::August / 11));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(announcement)

BOOST_AUTO_TEST_CASE(seed_gives_its_five_conferences_three_actions_and_the_vote) {
    // The 2015 call to action the project grew from, as it was published.
    const auto result = advocacy::parse_announcement(fixture("seed_2015.txt"));
    const auto& c = result.value;
    BOOST_TEST(result.warnings.empty());
    for (const auto& w : result.warnings) BOOST_TEST_MESSAGE(advocacy::to_string(w));
    BOOST_TEST(c.id() == "announcement");
    BOOST_TEST(c.title() == "We Need to Defend Amnesty\xE2\x80\x99s Decision");

    BOOST_TEST_REQUIRE(c.milestones().size() == 1u);
    BOOST_TEST((c.milestones()[0].day == date::sys_days{2015_y / date::August / 11}));
    BOOST_TEST(c.milestones()[0].title.starts_with("A crucial vote"));

    const auto& events = c.conferences();
    BOOST_TEST_REQUIRE(events.size() == 5u);
    check_conference(events[0], "mid-atlantic-regional-conference-2015", "Mid Atlantic Regional Conference",
                     days(2015_y / date::November / 13, 2015_y / date::November / 15), "Baltimore", "MD", "Mid Atlantic");
    check_conference(events[1], "mid-western-regional-conference-2015", "Mid Western Regional Conference",
                     days(2015_y / date::October / 23, 2015_y / date::October / 25), "Minneapolis", "MN", "Mid Western");
    check_conference(events[2], "northeast-regional-conference-2015", "Northeast Regional Conference",
                     days(2015_y / date::November / 7, 2015_y / date::November / 7), "Boston", "MA", "Northeast");
    check_conference(events[3], "southern-regional-conference-2015", "Southern Regional Conference",
                     days(2015_y / date::October / 23, 2015_y / date::October / 25), "Miami", "FL", "Southern");
    check_conference(events[4], "western-regional-conference-2015", "Western Regional Conference",
                     days(2015_y / date::November / 20, 2015_y / date::November / 22), "Los Angeles", "CA", "Western");

    const auto& actions = c.actions();
    BOOST_TEST_REQUIRE(actions.size() == 3u);
    BOOST_TEST((actions[0].kind == advocacy::action_kind::letter));
    BOOST_TEST((actions[1].kind == advocacy::action_kind::attend_meeting));
    BOOST_TEST((actions[2].kind == advocacy::action_kind::attend_conference));
    BOOST_TEST(actions[0].id == "action-1");
    BOOST_TEST(actions[2].id == "action-3");
    BOOST_TEST(actions[2].title == "Register and attend an upcoming Regional Conference");
    BOOST_TEST(actions[0].related_conferences.empty());
    const std::vector<std::string> all{"mid-atlantic-regional-conference-2015", "mid-western-regional-conference-2015",
                                       "northeast-regional-conference-2015", "southern-regional-conference-2015",
                                       "western-regional-conference-2015"};
    BOOST_TEST(actions[2].related_conferences == all, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(paren_list_events_in_prose_and_other_event_names) {
    const auto result = advocacy::parse_announcement(fixture("branch_libraries.txt"));
    const auto& c = result.value;
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST(c.title() == "Keep the Branch Libraries Open");
    BOOST_TEST(c.summary().starts_with("On March 3 2016, the county board voted"));

    // The year comes from the first full date, March 3 2016.
    BOOST_TEST_REQUIRE(c.milestones().size() == 1u);
    BOOST_TEST((c.milestones()[0].day == date::sys_days{2016_y / date::March / 3}));
    BOOST_TEST(c.milestones()[0].title == "The county board voted to study closing four branch\xE2\x80\xA6");

    const auto& events = c.conferences();
    BOOST_TEST_REQUIRE(events.size() == 3u);
    // In the middle of a paragraph, with a hyphen before the place: Fresno is the place, not a date.
    check_conference(events[0], "valley-summit-2016", "Valley Summit", days(2016_y / date::May / 3, 2016_y / date::May / 3),
                     "Fresno", "CA", "");
    check_conference(events[1], "coastal-readers-assembly-2016", "Coastal Readers Assembly",
                     days(2016_y / date::June / 10, 2016_y / date::June / 12), "Monterey", "CA", "");
    // Day first, an en dash in the range and an em dash before a two-word city.
    check_conference(events[2], "foothill-convening-2016", "Foothill Convening",
                     days(2016_y / date::June / 18, 2016_y / date::June / 19), "Grass Valley", "CA", "");

    const auto& actions = c.actions();
    BOOST_TEST_REQUIRE(actions.size() == 4u);
    BOOST_TEST((actions[0].kind == advocacy::action_kind::letter));
    BOOST_TEST((actions[1].kind == advocacy::action_kind::attend_meeting));
    BOOST_TEST((actions[2].kind == advocacy::action_kind::petition));
    BOOST_TEST((actions[3].kind == advocacy::action_kind::call));
    // The indented second line continues the first item.
    BOOST_TEST(actions[0].description ==
               "Write a short letter to your county supervisor explaining what your branch means to you.");
    BOOST_TEST(actions[0].title == "Write a short letter to your county supervisor explaining\xE2\x80\xA6");
    BOOST_TEST(actions[1].title == "Come to a Friends of the Library meeting and bring\xE2\x80\xA6");
    BOOST_TEST(actions[3].title == "Call the board office before the budget hearing");
}

BOOST_AUTO_TEST_CASE(bullets_year_end_range_and_warnings_with_line_numbers) {
    const auto result =
        advocacy::parse_announcement(fixture("winter_calendar.txt"), with_reference(2015_y / date::August / 11));
    const auto& c = result.value;
    BOOST_TEST(c.title() == "Winter Organizing Calendar");
    BOOST_TEST(c.summary() == "Here is how the season looks. Please read to the end.");
    BOOST_TEST(c.milestones().empty());

    const auto& events = c.conferences();
    BOOST_TEST_REQUIRE(events.size() == 4u);
    // Dec 28 - Jan 2 runs into the next year; the id takes the year it starts.
    check_conference(events[0], "northern-winter-assembly-2015", "Northern Winter Assembly",
                     days(2015_y / date::December / 28, 2016_y / date::January / 2), "Duluth", "MN", "");
    // A place that is not read leaves the event without one, and a warning.
    check_conference(events[1], "prairie-conference-2015", "Prairie Conference",
                     days(2015_y / date::November / 14, 2015_y / date::November / 15), "", "", "");
    // The place may follow the dates without a dash, as in a listing.
    check_conference(events[2], "riverside-forum-2015", "Riverside Forum",
                     days(2015_y / date::October / 9, 2015_y / date::October / 9), "Des Moines", "IA", "");
    check_conference(events[3], "harbor-summit-2015", "Harbor Summit",
                     days(2015_y / date::October / 17, 2015_y / date::October / 17), "St. Paul", "MN", "");

    // Bullets count as actions under a heading about helping.
    const auto& actions = c.actions();
    BOOST_TEST_REQUIRE(actions.size() == 3u);
    BOOST_TEST((actions[0].kind == advocacy::action_kind::email));
    BOOST_TEST((actions[1].kind == advocacy::action_kind::attend_conference));
    BOOST_TEST((actions[2].kind == advocacy::action_kind::other));
    BOOST_TEST(actions[2].title == "Bring snacks");
    BOOST_TEST(actions[1].related_conferences.size() == 4u);

    const auto& w = result.warnings;
    BOOST_TEST_REQUIRE(w.size() == 3u);
    BOOST_TEST(w[0].line == 10u);
    BOOST_TEST(w[0].text == "Bring snacks.");
    BOOST_TEST(w[0].reason.find("kept as \"other\"") != std::string::npos);
    BOOST_TEST(w[1].line == 15u);
    BOOST_TEST(w[1].text == "Lakes Summit Nov 31 \xE2\x80\x93 Madison, WI");
    BOOST_TEST(w[1].reason == "its dates cannot be read: \"Nov 31\": November has 30 days");
    BOOST_TEST(w[2].line == 16u);
    BOOST_TEST(w[2].reason.starts_with("imported, but the place \"Fargo\" was not read"));
    BOOST_TEST(advocacy::to_string(w[1]) == "line 15: \"Lakes Summit Nov 31 \xE2\x80\x93 Madison, WI\": its dates cannot be "
                                            "read: \"Nov 31\": November has 30 days");
}

BOOST_AUTO_TEST_CASE(iso_and_day_first_milestones_and_plain_numbers) {
    const auto result = advocacy::parse_announcement(fixture("safe_streets.txt"));
    const auto& c = result.value;
    BOOST_TEST(result.warnings.empty());
    BOOST_TEST(c.title() == "Rally for Safe Streets");
    BOOST_TEST_REQUIRE(c.milestones().size() == 2u);
    BOOST_TEST((c.milestones()[0].day == date::sys_days{2016_y / date::September / 14}));
    BOOST_TEST(c.milestones()[0].title == "The city council hearing on traffic calming is set");
    BOOST_TEST((c.milestones()[1].day == date::sys_days{2016_y / date::September / 21}));
    BOOST_TEST(c.milestones()[1].title == "The vote on the final plan follows at city hall");

    BOOST_TEST_REQUIRE(c.conferences().size() == 1u);
    check_conference(c.conferences()[0], "safe-streets-summit-2016", "Safe Streets Summit",
                     days(2016_y / date::October / 1, 2016_y / date::October / 1), "Portland", "OR", "");

    const auto& actions = c.actions();
    BOOST_TEST_REQUIRE(actions.size() == 3u);
    BOOST_TEST((actions[0].kind == advocacy::action_kind::call));
    // An unindented line starting in lower case continues the item.
    BOOST_TEST(actions[0].description ==
               "Phone your council member's office and ask for a yes vote on the traffic calming plan.");
    BOOST_TEST((actions[1].kind == advocacy::action_kind::email));
    BOOST_TEST((actions[2].kind == advocacy::action_kind::attend_meeting));  // "(3)" marker
}

BOOST_AUTO_TEST_CASE(crlf_input_reads_the_same) {
    const auto lf = fixture("winter_calendar.txt");
    std::string crlf;
    for (char ch : lf) {
        if (ch == '\n') crlf += '\r';
        crlf += ch;
    }
    const auto options = with_reference(2015_y / date::August / 11);
    const auto a = advocacy::parse_announcement(lf, options);
    const auto b = advocacy::parse_announcement(crlf, options);
    BOOST_TEST((a.value == b.value));
    BOOST_TEST((a.warnings == b.warnings));
    BOOST_TEST(b.warnings.size() == 3u);
    BOOST_TEST(b.value.conferences().back().place.state == "MN"_state);  // no stray CR after the state
}

BOOST_AUTO_TEST_CASE(valley_summit_hyphen_before_the_city) {
    const auto r = one_line("Valley Summit May 3 - Fresno, CA");
    BOOST_TEST(r.warnings.empty());
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 1u);
    // May 3 2015 is before the reference day, so the year rule picks 2016.
    check_conference(r.value.conferences()[0], "valley-summit-2016", "Valley Summit",
                     days(2016_y / date::May / 3, 2016_y / date::May / 3), "Fresno", "CA", "");
    BOOST_TEST(r.value.title() == "Valley Summit");  // nothing else to take it from
}

BOOST_AUTO_TEST_CASE(en_dash_both_in_the_range_and_before_the_place) {
    const auto r = one_line("Lake Region Gathering Nov 20 \xE2\x80\x93 22 \xE2\x80\x93 Saint Cloud, MN");
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 1u);
    check_conference(r.value.conferences()[0], "lake-region-gathering-2015", "Lake Region Gathering",
                     days(2015_y / date::November / 20, 2015_y / date::November / 22), "Saint Cloud", "MN", "Lake");
}

BOOST_AUTO_TEST_CASE(region_only_from_words_that_name_one) {
    // The words before "Regional" or "Region", or a name that is a region's; never any other name.
    const auto r = one_line(
        "Mid Atlantic Regional Conference Nov 13-15 - Baltimore, MD\n"
        "Southeast Regional Conference Oct 23-25 - Miami, FL\n"
        "The 5th Annual Great Lakes Region Summit Oct 3 - Chicago, IL\n"
        "Mid-Atlantic Summit Nov 2 - Newark, NJ\n"
        "Pacific Northwest Gathering Sep 12 - Portland, OR\n"
        "Library Summit Oct 1 - Boise, ID\n"
        "Regional Conference Oct 2 - Reno, NV\n"
        "Westward Forum Oct 4 - Tulsa, OK\n");
    std::vector<std::string> regions;
    for (const auto& c : r.value.conferences()) regions.push_back(c.region);
    const std::vector<std::string> expected{"Mid Atlantic", "Southeast", "Great Lakes", "Mid-Atlantic",
                                            "Pacific Northwest", "", "", ""};
    BOOST_TEST(regions == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(month_names_inside_an_event_name) {
    const auto r = one_line("May Day Assembly May 1 - Springfield, IL\nMarch Forward Summit Mar 5-6 - Dayton, OH");
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 2u);
    BOOST_TEST(r.value.conferences()[0].name == "May Day Assembly");
    BOOST_TEST(advocacy::to_iso(r.value.conferences()[0].dates) == "2016-05-01");
    BOOST_TEST(r.value.conferences()[1].name == "March Forward Summit");
    BOOST_TEST(advocacy::to_iso(r.value.conferences()[1].dates) == "2016-03-05/2016-03-06");
}

BOOST_AUTO_TEST_CASE(event_line_as_a_list_item_and_with_from) {
    const auto r = one_line("Upcoming:\n- Prairie Convening from Oct 2 to 4 \xE2\x80\x94 Omaha, NE\n");
    BOOST_TEST(r.warnings.empty());
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 1u);
    BOOST_TEST(r.value.conferences()[0].name == "Prairie Convening");
    BOOST_TEST(advocacy::to_iso(r.value.conferences()[0].dates) == "2015-10-02/2015-10-04");
    BOOST_TEST(r.value.actions().empty());
}

BOOST_AUTO_TEST_CASE(event_without_a_name_is_a_warning) {
    const auto r = one_line("Nov 7 \xE2\x80\x93 Boston, MA");
    BOOST_TEST(r.value.conferences().empty());
    BOOST_TEST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].line == 1u);
    BOOST_TEST(r.warnings[0].reason.starts_with("no event name"));
}

BOOST_AUTO_TEST_CASE(repeated_event_line_is_a_warning_and_same_name_other_dates_gets_a_new_id) {
    const auto r = one_line("Heartland Summit Oct 3 - Wichita, KS\n\nHeartland Summit Oct 3 - Wichita, KS\n"
                            "Heartland Summit Nov 9 - Topeka, KS\n");
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 2u);
    BOOST_TEST(r.value.conferences()[0].id == "heartland-summit-2015");
    BOOST_TEST(r.value.conferences()[1].id == "heartland-summit-2015-2");
    BOOST_TEST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].line == 3u);
    BOOST_TEST(r.warnings[0].reason == "repeats the event on line 1");
}

BOOST_AUTO_TEST_CASE(impossible_full_date_in_prose_is_a_warning) {
    const auto r = one_line("Notes\n\nWe met twice.\nThe board sat on February 30 2016 and\nagreed.\n");
    BOOST_TEST(r.value.milestones().empty());
    BOOST_TEST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].line == 4u);
    BOOST_TEST(r.warnings[0].text == "The board sat on February 30 2016 and");
    BOOST_TEST(r.warnings[0].reason == "\"February 30 2016\" is not a date: February 2016 has 29 days");
}

BOOST_AUTO_TEST_CASE(prose_with_a_date_is_not_an_event_line) {
    const auto r = one_line("Deadline \xE2\x80\x94 Nov 30\n\nThe picnic on Nov 7 - bring a dish.\n");
    BOOST_TEST(r.value.conferences().empty());
    BOOST_TEST(r.warnings.empty());
    BOOST_TEST(r.value.title() == "Deadline \xE2\x80\x94 Nov 30");
}

BOOST_AUTO_TEST_CASE(title_falls_back_to_the_first_sentence) {
    const auto r = one_line("Friends, the vote is near. Please act now.\n");
    BOOST_TEST(r.value.title() == "Friends, the vote is near");
}

BOOST_AUTO_TEST_CASE(kinds_from_the_words_of_the_first_sentence) {
    const auto r = one_line("Ways to help\n\n1. Write an email to the mayor.\n2. Sign up for a meeting.\n"
                            "3. Register for the training meeting.\n4. Sign the pledge.\n5. Write to the editor.\n"
                            "6. Phone bank on Tuesday.\n7. Come to the summit. Bring a letter.\n");
    BOOST_TEST(r.warnings.empty());
    const auto& a = r.value.actions();
    BOOST_TEST_REQUIRE(a.size() == 7u);
    BOOST_TEST((a[0].kind == advocacy::action_kind::email));
    BOOST_TEST((a[1].kind == advocacy::action_kind::attend_meeting));
    BOOST_TEST((a[2].kind == advocacy::action_kind::attend_meeting));
    BOOST_TEST((a[3].kind == advocacy::action_kind::petition));
    BOOST_TEST((a[4].kind == advocacy::action_kind::letter));
    BOOST_TEST((a[5].kind == advocacy::action_kind::call));
    BOOST_TEST((a[6].kind == advocacy::action_kind::attend_conference));
    BOOST_TEST(a[6].description == "Come to the summit. Bring a letter.");
}

BOOST_AUTO_TEST_CASE(bullets_outside_a_help_section_are_prose) {
    const auto r = one_line("Minutes\n\n- The treasurer reported.\n- The chair thanked the volunteers.\n");
    BOOST_TEST(r.value.actions().empty());
    BOOST_TEST(r.warnings.empty());
}

BOOST_AUTO_TEST_CASE(explicit_reference_wins_over_the_text) {
    const auto r = advocacy::parse_announcement("On August 11 2015 we voted.\nCentral Summit Nov 13-15 - Dallas, TX\n",
                                                with_reference(2016_y / date::January / 1));
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 1u);
    BOOST_TEST(advocacy::to_iso(r.value.conferences()[0].dates) == "2016-11-13/2016-11-15");
    BOOST_TEST(r.value.conferences()[0].id == "central-summit-2016");
}

BOOST_AUTO_TEST_CASE(no_date_at_all_reads_against_today) {
    const auto r = advocacy::parse_announcement("Central Summit Nov 13-15 - Dallas, TX\n");
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 1u);
    const auto today = std::chrono::floor<date::days>(std::chrono::system_clock::now());
    const auto dates = r.value.conferences()[0].dates;
    BOOST_TEST((dates.last() >= today));
    BOOST_TEST((dates.last() < today + date::days{366}));
}

BOOST_AUTO_TEST_CASE(options_name_the_campaign) {
    advocacy::announcement_options options;
    options.reference = 2015_y / date::August / 11;
    options.campaign_id = "defend-2015";
    options.organization = "Example Coalition";
    const auto r = advocacy::parse_announcement("Hold the line\n", options);
    BOOST_TEST(r.value.id() == "defend-2015");
    BOOST_TEST(r.value.organization() == "Example Coalition");
    BOOST_TEST(r.value.title() == "Hold the line");
}

BOOST_AUTO_TEST_CASE(empty_text_is_a_parse_error) {
    BOOST_CHECK_THROW(advocacy::parse_announcement(""), advocacy::parse_error);
    BOOST_CHECK_THROW(advocacy::parse_announcement(" \r\n\t\n"), advocacy::parse_error);
    try {
        advocacy::parse_announcement("\n\n");
        BOOST_FAIL("expected a parse_error");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.reason().find("empty announcement") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(bad_campaign_id_is_a_validation_error) {
    advocacy::announcement_options options;
    options.campaign_id = "";
    BOOST_CHECK_THROW(advocacy::parse_announcement("Title\n", options), advocacy::validation_error);
}

BOOST_AUTO_TEST_CASE(hostile_bytes_do_not_crash) {
    // Truncated UTF-8, lone dashes, markers without text, a state code with nothing before it.
    const std::vector<std::string> inputs{
        "\xE2\x80", "- ", "1.", "1)\n2)", " \xE2\x80\x93 , CA", "X Nov 7 \xE2\x80\x93 , CA", "A \xE2\x80\x93 B, CA",
        "Summit Nov 99 - Reno, NV", "Summit 2015-13-40 - Reno, NV", "\r\r\r", "(1) \xFF\xFE",
        std::string(5000, '-') + " Reno, NV"};
    for (const auto& text : inputs) {
        try {
            const auto r = one_line(text);
            BOOST_TEST(!r.value.title().empty());
        } catch (const advocacy::parse_error&) {
            // only for text without content
        }
    }
    const auto r = one_line("Summit Nov 99 - Reno, NV");
    BOOST_TEST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].reason.starts_with("its dates cannot be read: \"Nov 99\""));
}

BOOST_AUTO_TEST_CASE(every_numbered_item_is_read_past_99) {
    std::string text = "Ways to help\n\n";
    for (int i = 1; i <= 1200; ++i) text += std::to_string(i) + ". Write letter number " + std::to_string(i) + ".\n";
    const auto r = advocacy::parse_announcement(text, with_reference(2015_y / date::August / 11));
    BOOST_TEST_REQUIRE(r.value.actions().size() == 1200u);
    BOOST_TEST(r.value.actions()[99].description == "Write letter number 100.");
    BOOST_TEST(r.value.actions()[1199].description == "Write letter number 1200.");
    BOOST_TEST(r.warnings.empty());
}

BOOST_AUTO_TEST_CASE(a_year_that_starts_a_line_is_not_an_item) {
    const auto r = advocacy::parse_announcement("Hold the line\n\nWe met in November\n2015. Join us next year.\n",
                                                with_reference(2015_y / date::August / 11));
    BOOST_TEST(r.value.actions().empty());
    BOOST_TEST(r.value.title() == "Hold the line");
}

BOOST_AUTO_TEST_CASE(a_leading_byte_order_mark_is_not_part_of_the_title) {
    const auto r = advocacy::parse_announcement("\xEF\xBB\xBFHold the line\n\n1. Write a letter.\n",
                                                with_reference(2015_y / date::August / 11));
    BOOST_TEST(r.value.title() == "Hold the line");
    BOOST_TEST(r.value.actions().size() == 1u);
}

BOOST_AUTO_TEST_CASE(text_of_control_characters_makes_no_blank_names) {
    const auto r = advocacy::parse_announcement("\x01\x02\n\n1. \x1b\x07\n2. Call your senator.\n",
                                                with_reference(2015_y / date::August / 11));
    BOOST_TEST(r.value.title() == "Untitled announcement");
    BOOST_TEST_REQUIRE(r.value.actions().size() == 1u);
    BOOST_TEST(r.value.actions()[0].title == "Call your senator");
    BOOST_TEST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].line == 3u);
}

// The reader takes its spaces and dashes from the toolkit every reader shares (detail/text.hpp):
// a hyphen (U+2010) or non-breaking hyphen before the place, an en space or an ideographic
// space, and a no-break space after the comma, all refused before.
BOOST_AUTO_TEST_CASE(reads_the_spaces_and_dashes_every_reader_reads) {
    for (std::string_view line : {"Harbor Summit Nov 13-15 \u2010 Boston, MA", "Harbor Summit Nov 13-15 \u2011 Boston, MA",
                                  "Harbor Summit Nov 13-15\u2002\u2013\u2002Boston, MA",
                                  "Harbor Summit Nov\u300013-15 \u2013 Boston,\u00A0MA"}) {
        BOOST_TEST_CONTEXT(line) {
            const auto r = advocacy::parse_announcement(std::string(line), with_reference(2015_y / date::August / 11));
            BOOST_TEST(r.warnings.empty());
            BOOST_TEST_REQUIRE(r.value.conferences().size() == 1u);
            const auto& c = r.value.conferences()[0];
            BOOST_TEST(c.name == "Harbor Summit");
            BOOST_TEST(advocacy::to_iso(c.dates) == "2015-11-13/2015-11-15");
            BOOST_TEST(c.place.locality == "Boston");
            BOOST_TEST(c.place.state == "MA"_state);
        }
    }
}

// The dates of an event line go to the date parser, which reads every language of the calendar
// table; the words that may start them are English, so "Mars" in a name is no month.
BOOST_AUTO_TEST_CASE(dates_in_other_languages_start_at_their_number) {
    const auto r = advocacy::parse_announcement("Sommet des quartiers 13-15 novembre 2015 \u2013 Boston, MA\n"
                                                "Mission to Mars \u2013 Houston, TX\n",
                                                with_reference(2015_y / date::August / 11));
    BOOST_TEST(r.warnings.empty());
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 1u);
    BOOST_TEST(r.value.conferences()[0].name == "Sommet des quartiers");
    BOOST_TEST(advocacy::to_iso(r.value.conferences()[0].dates) == "2015-11-13/2015-11-15");
}

// A line of 400 kB of month words (and of full dates) is read in one pass: each start of a date
// is tried without copying the rest of the line, and each date's sentence is found once.
BOOST_AUTO_TEST_CASE(a_long_line_of_month_words_is_read_whole) {
    const auto reference = with_reference(2015_y / date::August / 11);
    std::string months = "Harbor Summit ";
    while (months.size() < 400'000) months += "May ";
    // A month alone is no date, and a line this long no event line: prose.
    const auto event = advocacy::parse_announcement(months + "\u2013 Boston, MA", reference);
    BOOST_TEST(event.warnings.empty());
    BOOST_TEST(event.value.conferences().empty());

    // Only the last starts can begin the dates; the name keeps every number before them.
    std::string numbered = "Harbor Summit";
    for (int n = 1; n <= 40; ++n) numbered += " " + std::to_string(n);
    const auto named = advocacy::parse_announcement(numbered + " Nov 13-15 \u2013 Boston, MA", reference);
    BOOST_TEST(named.warnings.empty());
    BOOST_TEST_REQUIRE(named.value.conferences().size() == 1u);
    BOOST_TEST(named.value.conferences()[0].name == numbered);
    BOOST_TEST(advocacy::to_iso(named.value.conferences()[0].dates) == "2015-11-13/2015-11-15");
    const auto wrong = advocacy::parse_announcement(numbered + " Nov 31 \u2013 Boston, MA", reference);
    BOOST_TEST_REQUIRE(wrong.warnings.size() == 1u);
    BOOST_TEST(wrong.warnings[0].reason == "its dates cannot be read: \"Nov 31\": November has 30 days");

    std::string dates = "Harbor Summit";
    while (dates.size() < 400'000) dates += " May 3 2015";
    const auto milestones = advocacy::parse_announcement(dates, reference);
    BOOST_TEST_REQUIRE(milestones.value.milestones().size() == 1u);
    BOOST_TEST((milestones.value.milestones()[0].day == date::sys_days{2015_y / date::May / 3}));
    BOOST_TEST(milestones.value.milestones()[0].title == "Harbor Summit May 3 2015 May 3 2015 May 3 2015 May 3 2015\u2026");
}

// A warning names a long line by its first 200 bytes: a line of many bad dates does not hold a
// copy of itself for each.
BOOST_AUTO_TEST_CASE(warnings_name_a_long_line_by_its_start) {
    std::string line = "We met";
    while (line.size() < 400'000) line += " on Feb 30 2015";
    const auto r = advocacy::parse_announcement(line + ".", with_reference(2015_y / date::August / 11));
    BOOST_TEST_REQUIRE(r.warnings.size() == 26'667u);
    BOOST_TEST(r.warnings[0].line == 1u);
    BOOST_TEST(r.warnings[0].text == line.substr(0, 200) + "\u2026");
    BOOST_TEST(r.warnings[0].reason == "\"Feb 30 2015\" is not a date: February 2015 has 28 days");
}

BOOST_AUTO_TEST_SUITE_END()

// Event lines are read by the listing reader: its places, times and names with numbers, and its
// warnings.
BOOST_AUTO_TEST_CASE(event_lines_are_read_as_a_listing_reads_them) {
    const auto r = one_line("Events\n\n"
                            "Policy Clinic June 12 & 16, 2016, 7-9pm ET \xE2\x80\x93 Online\n"
                            "Lakes Summit Nov 13-15 \xE2\x80\x93 Toronto, Ontario\n"
                            "Route 66 Rally May 3 - Tulsa, OK\n"
                            "Hill Assembly Smarch 3-5 - Boise, ID\n");
    BOOST_TEST_REQUIRE(r.value.conferences().size() == 3u);
    const auto& clinic = r.value.conferences()[0];
    BOOST_TEST(clinic.place.online == "online");
    BOOST_TEST(clinic.sessions.size() == 2u);
    BOOST_TEST_REQUIRE(clinic.timed());
    BOOST_TEST(clinic.start_time->count() == 19 * 60);
    BOOST_TEST(clinic.place.time_zone == "America/New_York");
    const auto& lakes = r.value.conferences()[1];
    BOOST_TEST(lakes.place.state == "ON"_state);
    BOOST_TEST(lakes.place.country == "CA");
    BOOST_TEST(lakes.region == "");
    BOOST_TEST(r.value.conferences()[2].name == "Route 66 Rally");
    BOOST_TEST(r.value.conferences()[2].place.time_zone == "America/Chicago");
    BOOST_TEST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].line == 6u);
    BOOST_TEST(r.warnings[0].reason.starts_with("no date that can be read before the place \"Boise, ID\""));
}
