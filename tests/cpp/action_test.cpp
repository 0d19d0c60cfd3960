// SPDX-License-Identifier: MIT
#include "advocacy/action.hpp"
#include "advocacy/detail/action_kinds.hpp"
#include "advocacy/campaign.hpp"
#include "advocacy/osdi.hpp"
#include "advocacy/json.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <sstream>
#include <string>

namespace {

using namespace date::literals;

auto letter() -> advocacy::action {
    return advocacy::action{
        .id = "write-local-group",
        .kind = advocacy::action_kind::letter,
        .title = "Write to your local group",
        .description = "Ask the group to take up the campaign.",
        .target = advocacy::action_target{.kind = advocacy::target_kind::group, .id = "", .name = "Your local group"},
        .window = advocacy::date_range(date::sys_days{2015_y / aug / 11}, date::sys_days{2015_y / dec / 31}),
        .related_conferences = {},
        .talking_points = {"Why it matters locally", "What the group can do"},
    };
}

auto refused(const advocacy::action& step) -> std::pair<std::string, std::string> {
    try {
        advocacy::validate(step);
    } catch (const advocacy::validation_error& e) {
        return {e.field(), e.reason()};
    }
    return {"", ""};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(action)

BOOST_AUTO_TEST_CASE(kind_names_round_trip) {
    using advocacy::action_kind;
    for (auto kind : {action_kind::letter, action_kind::attend_meeting, action_kind::attend_conference,
                      action_kind::petition, action_kind::call, action_kind::email, action_kind::other}) {
        BOOST_TEST((advocacy::parse_action_kind(advocacy::to_string(kind)) == kind));
    }
    BOOST_TEST(advocacy::to_string(action_kind::attend_meeting) == "attend_meeting");
    BOOST_TEST(advocacy::to_string(static_cast<action_kind>(42)) == "unknown");
    BOOST_TEST(advocacy::to_string(advocacy::target_kind::official) == "official");
    BOOST_TEST((advocacy::parse_target_kind("organization") == advocacy::target_kind::organization));
}

BOOST_AUTO_TEST_CASE(unknown_kinds_are_parse_errors) {
    try {
        advocacy::parse_action_kind("Letter");
        BOOST_FAIL("Letter accepted");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.text() == "Letter");
        BOOST_TEST(e.position() == 0u);
        BOOST_TEST(e.reason() ==
                   "unknown action kind; expected one of letter, attend_meeting, attend_conference, petition, call, "
                   "email, other");
    }
    try {
        advocacy::parse_target_kind("senator");
        BOOST_FAIL("senator accepted");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.reason() == "unknown target kind; expected one of group, official, organization");
    }
}

BOOST_AUTO_TEST_CASE(equality_copy_hash_and_to_string) {
    auto a = letter();
    auto b = a;
    BOOST_TEST((a == b));
    BOOST_TEST(std::hash<advocacy::action>{}(a) == std::hash<advocacy::action>{}(b));
    b.window.reset();
    BOOST_TEST((a != b));
    BOOST_TEST(std::hash<advocacy::action>{}(a) != std::hash<advocacy::action>{}(b));
    b = a;
    b.target.name = "Senator";
    BOOST_TEST((a != b));
    BOOST_TEST(advocacy::to_string(a) == "Write to your local group (letter)");
    std::ostringstream out;
    out << a;
    BOOST_TEST(out.str() == "Write to your local group (letter)");
}

BOOST_AUTO_TEST_CASE(valid_actions_pass) {
    BOOST_CHECK_NO_THROW(advocacy::validate(letter()));
    advocacy::action attend;
    attend.id = "attend";
    attend.kind = advocacy::action_kind::attend_conference;
    attend.title = "Attend";
    attend.related_conferences = {"ma-2015", "mw-2015"};
    BOOST_CHECK_NO_THROW(advocacy::validate(attend));
    attend.target = {.kind = advocacy::target_kind::official, .id = "", .name = "Governor"};
    BOOST_CHECK_NO_THROW(advocacy::validate(attend));
}

BOOST_AUTO_TEST_CASE(validation_errors_name_the_field) {
    auto step = letter();
    step.id = "";
    BOOST_TEST(refused(step).first == "action: id");
    step.id = "write local";
    BOOST_TEST(refused(step).first == "action \"write local\": id");

    step = letter();
    step.title = "";
    BOOST_TEST(refused(step).first == "action \"write-local-group\": title");
    BOOST_TEST(refused(step).second == "required");
    step.title = "Write\n";
    BOOST_TEST(refused(step).first == "action \"write-local-group\": title");

    step = letter();
    step.kind = static_cast<advocacy::action_kind>(42);
    BOOST_TEST(refused(step).first == "action \"write-local-group\": kind");
    BOOST_TEST(refused(step).second == "not one of the action kinds (value 42)");

    step = letter();
    step.target.kind = static_cast<advocacy::target_kind>(9);
    BOOST_TEST(refused(step).first == "action \"write-local-group\": target.kind");

    step = letter();
    step.target.id = "group 55";
    BOOST_TEST(refused(step).first == "action \"write-local-group\": target.id");

    step = letter();
    step.target = {.kind = advocacy::target_kind::official, .id = "", .name = ""};
    BOOST_TEST(refused(step).first == "action \"write-local-group\": target.name");
    BOOST_TEST(refused(step).second == "required for an official target");
    step.target.kind = advocacy::target_kind::organization;
    BOOST_TEST(refused(step).second == "required for an organization target");

    step = letter();
    step.related_conferences = {"ma-2015", "ma 2015"};
    BOOST_TEST(refused(step).first == "action \"write-local-group\": related_conferences[1]");
    step.related_conferences = {"ma-2015", "mw-2015", "ma-2015"};
    BOOST_TEST(refused(step).first == "action \"write-local-group\": related_conferences[2]");
    BOOST_TEST(refused(step).second == "\"ma-2015\" is listed twice");

    step = letter();
    step.talking_points.push_back("  ");
    BOOST_TEST(refused(step).first == "action \"write-local-group\": talking_points[2]");
    BOOST_TEST(refused(step).second == "empty");
}

BOOST_AUTO_TEST_CASE(texts_of_control_characters_are_refused) {
    auto step = letter();
    step.title = "\x01";
    BOOST_TEST(refused(step).first == "action \"write-local-group\": title");
    step = letter();
    step.target.kind = advocacy::target_kind::official;
    step.target.name = "\x1b";
    BOOST_TEST(refused(step).first == "action \"write-local-group\": target.name");
    step = letter();
    step.talking_points = {"Fine", "\x02\x03"};
    BOOST_TEST(refused(step).first == "action \"write-local-group\": talking_points[1]");
}

BOOST_AUTO_TEST_CASE(a_window_lies_in_the_years_1000_to_9999) {
    auto step = letter();
    step.window = advocacy::date_range(date::sys_days{date::year{9999} / 12 / 31}, date::sys_days{date::year{10000} / 1 / 3});
    BOOST_TEST(refused(step).first == "action \"write-local-group\": window");
}

// The model's name table is the one list of kinds: JSON and OSDI write and read every kind in it,
// so a kind added to the table alone travels through them (Python dicts: tests/python/test_action.py).
BOOST_AUTO_TEST_CASE(every_kind_of_the_name_table_travels_through_json_and_osdi) {
    BOOST_TEST(advocacy::detail::action_kinds().size() >= 7u);
    for (const auto kind : advocacy::detail::action_kinds()) {
        const std::string name(advocacy::to_string(kind));
        BOOST_TEST((advocacy::parse_action_kind(name) == kind), name);
        advocacy::campaign c("kinds", "Kinds");
        c.add_action(advocacy::action{.id = "step", .kind = kind, .title = "Step " + name});
        BOOST_TEST((advocacy::campaign_from_json(advocacy::to_json(c)) == c), name);
        const auto osdi = advocacy::read_osdi(advocacy::to_osdi(c));
        BOOST_TEST(osdi.warnings.empty(), name);
        BOOST_TEST((osdi.value == c), name);
    }
}

BOOST_AUTO_TEST_SUITE_END()
