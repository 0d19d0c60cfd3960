// SPDX-License-Identifier: MIT
#include "advocacy/plan_message.hpp"

#include "advocacy/error.hpp"
#include "advocacy/sample.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <thread>

namespace {

const date::sys_days today{date::year{2015} / 9 / 1};

auto dana() -> advocacy::supporter {
    return advocacy::supporter{.id = "an-1", .name = "Dana <Reyes>", .email = "dana@example.org", .state = "MN"};
}

auto parse_failure(const std::string& text) -> std::string {
    try {
        advocacy::plan_template{text};
    } catch (const advocacy::parse_error& e) {
        return e.reason();
    }
    return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(plan_message)

BOOST_AUTO_TEST_CASE(fields_steps_conference_and_meetings) {
    const auto c = advocacy::sample_campaign();
    const auto steps = c.plan(advocacy::state_code{"MN"}, today);
    const advocacy::plan_template t(
        "Dear {{first_name}} ({{state}}), {{today}}\n"
        "{{#steps}}{{number}}. {{title}}: {{instruction}}\n{{/steps}}"
        "{{#conference}}See you at {{name}}, {{dates}}, {{place}}.{{/conference}}\n"
        "{{#meetings}}- {{group}}: {{when}}\n{{/meetings}}"
        "{{campaign}}");
    const auto out = t.render(c, dana(), steps, today);
    BOOST_TEST(out.starts_with("Dear Dana (MN), 2015-09-01\n1. " + steps[0].title + ": " + steps[0].instruction + "\n"));
    BOOST_TEST(out.find("See you at Mid Western Regional Conference, ") != std::string::npos);
    BOOST_TEST(out.find("- Twin Cities Group 55: ") != std::string::npos);
    BOOST_TEST(out.ends_with(c.title()));
}

BOOST_AUTO_TEST_CASE(text_is_not_escaped_html_is) {
    const auto c = advocacy::sample_campaign();
    const advocacy::plan_template text("{{name}}");
    const advocacy::plan_template html("<p>{{name}} {{{name}}}</p>", advocacy::message_escape::html);
    BOOST_TEST(text.render(c, dana(), {}, today) == "Dana <Reyes>");
    BOOST_TEST(html.render(c, dana(), {}, today) == "<p>Dana &lt;Reyes&gt; Dana <Reyes></p>");
    // Each thread escapes as its own template asks.
    std::string other;
    std::thread t([&] { other = html.render(c, dana(), {}, today); });
    const auto mine = text.render(c, dana(), {}, today);
    t.join();
    BOOST_TEST(mine == "Dana <Reyes>");
    BOOST_TEST(other == "<p>Dana &lt;Reyes&gt; Dana <Reyes></p>");
}

BOOST_AUTO_TEST_CASE(no_steps_and_inverted_sections) {
    const auto c = advocacy::sample_campaign();
    const advocacy::plan_template t("{{^steps}}Nothing to do.{{/steps}}{{^conference}} No conference.{{/conference}}");
    BOOST_TEST(t.render(c, dana(), {}, today) == "Nothing to do. No conference.");
}

BOOST_AUTO_TEST_CASE(bad_templates) {
    BOOST_TEST(parse_failure("Hi {{name") == "a tag opened here is never closed with }}");
    BOOST_TEST(parse_failure("{{#steps}}x") == "the section \"steps\" is never closed");
    BOOST_TEST(parse_failure("x{{/steps}}") == "closes the section \"steps\", which is not open");
    BOOST_TEST(parse_failure("{{#steps}}{{#meetings}}{{/steps}}{{/meetings}}") ==
               "closes the section \"steps\" while \"meetings\" is open");
    BOOST_TEST(parse_failure("{{> footer}}") == "a partial (\"footer\") has nowhere to come from in a message");
    BOOST_TEST(parse_failure("{{#steps}}{{/steps}} {{{name}}}") == "");
    BOOST_TEST((advocacy::parse_message_escape("html") == advocacy::message_escape::html));
    BOOST_CHECK_THROW(advocacy::parse_message_escape("pdf"), advocacy::parse_error);
}

BOOST_AUTO_TEST_SUITE_END()
