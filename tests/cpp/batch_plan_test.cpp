// SPDX-License-Identifier: MIT
#include "advocacy/batch_plan.hpp"

#include "advocacy/detail/delimited.hpp"
#include "advocacy/error.hpp"
#include "advocacy/sample.hpp"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

using advocacy::literals::operator""_state;

namespace {

const date::sys_days today{date::year{2015} / 9 / 1};

// Supporters spread over states with and without groups and conferences, and one without a state.
auto people(std::size_t n) -> std::vector<advocacy::supporter> {
    static const char* states[] = {"MN", "MD", "MA", "CA", "WI", "TX", ""};
    std::vector<advocacy::supporter> out;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(advocacy::supporter{.id = "s" + std::to_string(i),
                                          .name = "Supporter " + std::to_string(i),
                                          .email = "s" + std::to_string(i) + "@example.org",
                                          .state = states[i % std::size(states)]});
    }
    return out;
}

auto ids_in(const std::vector<advocacy::group>& groups) -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& g : groups) out.push_back(g.id);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_plan)

BOOST_AUTO_TEST_CASE(every_supporter_in_order_with_campaign_plan) {
    const auto c = advocacy::sample_campaign();
    const auto list = people(1000);
    for (unsigned threads : {1U, 2U, 3U}) {
        for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
            advocacy::plan_cache plans(c, today);
            std::vector<std::string> order;
            bool same = true;
            const auto planned = advocacy::plan_batch(
                plans, list,
                [&](const advocacy::supporter& who, const std::vector<advocacy::plan_step>& steps) {
                    order.push_back(who.id);
                    same = same && steps == c.plan(advocacy::state_code{who.state}, today);
                },
                {.threads = threads, .chunk_size = chunk});
            BOOST_TEST(planned == list.size());
            BOOST_TEST_REQUIRE(order.size() == list.size());
            for (std::size_t i = 0; i < list.size(); ++i) BOOST_TEST(order[i] == list[i].id);
            BOOST_TEST(same);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_source_is_read_a_few_chunks_ahead) {
    // The source makes supporters on demand: the batch never holds more than threads x chunk.
    const auto c = advocacy::sample_campaign();
    advocacy::plan_cache plans(c, today);
    std::size_t made = 0;
    std::size_t handed = 0;
    std::size_t most_ahead = 0;
    const auto planned = advocacy::plan_batch(
        plans,
        [&](advocacy::supporter& out) {
            if (made == 100000) return false;
            out = advocacy::supporter{.id = "s" + std::to_string(made), .name = "S", .state = made % 2 ? "MN" : "CA"};
            ++made;
            most_ahead = std::max(most_ahead, made - handed);
            return true;
        },
        [&](const advocacy::supporter& who, const std::vector<advocacy::plan_step>&) {
            BOOST_CHECK_EQUAL(who.id, "s" + std::to_string(handed));
            ++handed;
        },
        {.threads = 2, .chunk_size = 500});
    BOOST_TEST(planned == 100000u);
    BOOST_TEST(handed == 100000u);
    BOOST_TEST(most_ahead <= 1001u);  // two chunks, and the one being handed over
}

BOOST_AUTO_TEST_CASE(a_stream_takes_pushes) {
    const auto c = advocacy::sample_campaign();
    advocacy::plan_cache plans(c, today);
    std::vector<std::string> order;
    advocacy::plan_stream stream(
        plans, [&](const advocacy::supporter& who, const std::vector<advocacy::plan_step>&) { order.push_back(who.id); },
        {.threads = 2, .chunk_size = 3});
    const auto list = people(20);
    for (std::size_t i = 0; i < list.size(); ++i) {
        stream.push(list[i]);
        BOOST_TEST(i + 1 - order.size() < 6u);  // fewer than threads x chunk held
    }
    stream.finish();
    BOOST_TEST(stream.planned() == 20u);
    BOOST_TEST_REQUIRE(order.size() == 20u);
    for (std::size_t i = 0; i < list.size(); ++i) BOOST_TEST(order[i] == list[i].id);
    stream.finish();  // nothing left: nothing handed over twice
    BOOST_TEST(order.size() == 20u);
}

// With a formatter the text is made on the planning threads and handed over a chunk at a time,
// the same text in the same order as one thread gives.
BOOST_AUTO_TEST_CASE(a_stream_formats_on_the_planning_threads) {
    const auto c = advocacy::sample_campaign();
    const auto list = people(1000);
    const auto format = [](std::string& out, const advocacy::supporter& who, const std::vector<advocacy::plan_step>& steps) {
        out += who.id + ":" + std::to_string(steps.size()) + (steps.empty() ? "" : steps.back().instruction) + "\n";
    };
    std::string expected;
    for (const auto& who : list) format(expected, who, c.plan(advocacy::state_code{who.state}, today));
    for (unsigned threads : {1U, 2U, 4U}) {
        for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
            advocacy::plan_cache plans(c, today);
            std::string got;
            std::size_t calls = 0;
            advocacy::plan_stream stream(
                plans, format, [&](std::string_view text) { got += text, ++calls; },
                {.threads = threads, .chunk_size = chunk});
            for (const auto& who : list) stream.push(who);
            stream.finish();
            BOOST_TEST(stream.planned() == list.size());
            BOOST_TEST(calls == (list.size() + chunk - 1) / chunk);
            BOOST_TEST(got == expected, "threads " << threads << ", chunk " << chunk);
        }
    }
    // An error of the formatter reaches the caller, after the chunks before it.
    advocacy::plan_cache plans(c, today);
    std::string got;
    advocacy::plan_stream stream(
        plans,
        [&](std::string& out, const advocacy::supporter& who, const std::vector<advocacy::plan_step>& steps) {
            if (who.id == "s500") throw advocacy::validation_error("email", "not UTF-8");
            format(out, who, steps);
        },
        [&](std::string_view text) { got += text; }, {.threads = 3, .chunk_size = 10});
    BOOST_CHECK_THROW(
        {
            for (const auto& who : list) stream.push(who);
            stream.finish();
        },
        advocacy::validation_error);
    BOOST_TEST(got == expected.substr(0, expected.find("s500:")));
    BOOST_TEST(stream.planned() == 500u);
}

BOOST_AUTO_TEST_CASE(errors_reach_the_caller) {
    const auto c = advocacy::sample_campaign();
    advocacy::plan_cache plans(c, today);
    const auto list = people(50);
    BOOST_CHECK_THROW(advocacy::plan_batch(
                          plans, list,
                          [](const advocacy::supporter& who, const std::vector<advocacy::plan_step>&) {
                              if (who.id == "s30") throw std::runtime_error("disk full");
                          },
                          {.threads = 2, .chunk_size = 8}),
                      std::runtime_error);
    std::size_t calls = 0;
    BOOST_CHECK_THROW(advocacy::plan_batch(
                          plans,
                          [&](advocacy::supporter&) -> bool {
                              if (++calls == 3) throw advocacy::parse_error("", 0, "bad row");
                              return true;
                          },
                          [](const advocacy::supporter&, const std::vector<advocacy::plan_step>&) {}),
                      advocacy::parse_error);
}

BOOST_AUTO_TEST_CASE(csv_per_supporter_reads_back) {
    const auto c = advocacy::sample_campaign();
    const advocacy::plan_writer writer(c, advocacy::plan_format::csv, advocacy::plan_layout::per_supporter);
    BOOST_TEST_REQUIRE(writer.columns().size() == 3 + c.actions().size());
    BOOST_TEST(writer.columns()[3] == "steps." + c.actions()[0].id);
    std::string out;
    writer.header(out);
    const auto list = people(7);
    for (const auto& who : list) writer.write(out, who, c.plan(advocacy::state_code{who.state}, today));
    const auto records = advocacy::detail::split_records(out, ',');
    BOOST_TEST_REQUIRE(records.size() == 8u);
    BOOST_TEST(records[0].cells == writer.columns());
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& cells = records[i + 1].cells;
        BOOST_TEST_REQUIRE(cells.size() == writer.columns().size());
        BOOST_TEST(cells[0] == list[i].id);
        BOOST_TEST(cells[1] == list[i].email);
        BOOST_TEST(cells[2] == list[i].state);
        for (const auto& step : c.plan(advocacy::state_code{list[i].state}, today)) {
            const auto at = std::find(writer.columns().begin(), writer.columns().end(), "steps." + step.action_id);
            BOOST_TEST(cells[static_cast<std::size_t>(at - writer.columns().begin())] == step.instruction);
        }
    }
    BOOST_TEST(out.find("\r\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(per_step_and_json_lines) {
    const auto c = advocacy::sample_campaign();
    const auto who = people(1).front();  // in MN
    const auto steps = c.plan(advocacy::state_code{who.state}, today);
    BOOST_TEST_REQUIRE(!steps.empty());

    std::string csv;
    advocacy::plan_writer(c, advocacy::plan_format::csv, advocacy::plan_layout::per_step).write(csv, who, steps);
    const auto records = advocacy::detail::split_records(csv, ',');
    BOOST_TEST_REQUIRE(records.size() == steps.size());
    BOOST_TEST(records[0].cells[3] == "1");
    BOOST_TEST(records[0].cells[4] == steps[0].action_id);
    BOOST_TEST(records[0].cells[7] == steps[0].instruction);

    std::string lines;
    advocacy::plan_writer(c, advocacy::plan_format::jsonl, advocacy::plan_layout::per_step).write(lines, who, steps);
    std::size_t n = 0;
    for (std::size_t start = 0; start < lines.size();) {
        const auto end = lines.find('\n', start);
        const auto object = nlohmann::json::parse(lines.substr(start, end - start));
        BOOST_TEST(object["id"] == who.id);
        BOOST_TEST(object["step"] == n + 1);
        BOOST_TEST(object["instruction"] == steps[n].instruction);
        ++n;
        start = end + 1;
    }
    BOOST_TEST(n == steps.size());

    std::string one;
    advocacy::plan_writer(c, advocacy::plan_format::jsonl, advocacy::plan_layout::per_supporter).write(one, who, steps);
    BOOST_TEST(std::count(one.begin(), one.end(), '\n') == 1);
    const auto object = nlohmann::json::parse(one);
    BOOST_TEST(object["email"] == who.email);
    BOOST_TEST(object["steps"][steps[0].action_id] == steps[0].instruction);

    auto bad = who;
    bad.email = "s\xff@example.org";
    std::string kept = "before\n";
    BOOST_CHECK_THROW(advocacy::plan_writer(c, advocacy::plan_format::jsonl, advocacy::plan_layout::per_supporter)
                          .write(kept, bad, steps),
                      advocacy::validation_error);
    BOOST_TEST(kept == "before\n");
}

BOOST_AUTO_TEST_CASE(a_message_column) {
    const auto c = advocacy::sample_campaign();
    const auto who = people(1).front();
    const advocacy::plan_writer writer(c, advocacy::plan_format::csv, advocacy::plan_layout::per_supporter, true);
    BOOST_TEST(writer.columns().back() == "message");
    std::string out;
    writer.write(out, who, c.plan(advocacy::state_code{who.state}, today), "Dear S,\n\"go\", today");
    const auto records = advocacy::detail::split_records(out, ',');
    BOOST_TEST_REQUIRE(records.size() == 1u);
    BOOST_TEST(records[0].cells.back() == "Dear S,\n\"go\", today");
    BOOST_CHECK_THROW(advocacy::plan_writer(c, advocacy::plan_format::csv, advocacy::plan_layout::per_step, true),
                      advocacy::validation_error);
}

// The cache plans a supporter as campaign::plan does with all that is known of them: the group
// they chose, their locality (any case), their state.
BOOST_AUTO_TEST_CASE(a_supporter_gets_the_group_they_chose_or_their_towns) {
    auto c = advocacy::sample_campaign();
    for (const char* id : {"duluth-north", "duluth-south"}) {
        advocacy::group g;
        g.id = id;
        g.name = id;
        g.place.locality = "Duluth";
        g.place.state = "MN"_state;
        g.contacts.push_back(advocacy::contact{"Alex Doe", "coordinator", "alex@example.org", ""});
        c.add_group(std::move(g));
    }
    const std::vector<advocacy::supporter> list{
        {.id = "a", .name = "A", .locality = " DULUTH", .state = "MN"},
        {.id = "b", .name = "B", .locality = "Nowhere", .state = "MN"},
        {.id = "c", .name = "C", .locality = "Duluth", .state = "MN", .preferred_group = "duluth-south"},
        {.id = "d", .name = "D", .locality = "duluth", .state = "MN", .preferred_group = "gone"},
        {.id = "e", .name = "E", .locality = "Duluth", .state = "CA"},
        {.id = "f", .name = "F", .state = "CA", .preferred_group = "duluth-north"},
    };
    advocacy::plan_cache plans(c, today);
    std::vector<std::vector<std::string>> letters;
    advocacy::plan_batch(
        plans, list,
        [&](const advocacy::supporter& who, const std::vector<advocacy::plan_step>& steps) {
            const advocacy::plan_for expected{.state = advocacy::state_code{who.state},
                                              .locality = who.locality,
                                              .preferred_group = who.preferred_group ? std::string_view(*who.preferred_group)
                                                                                  : std::string_view()};
            BOOST_TEST((steps == c.plan(expected, today)), who.id);
            std::vector<std::string> named;
            for (const auto& g : steps.at(0).groups) named.push_back(g.id);
            letters.push_back(named);
        },
        {.threads = 2, .chunk_size = 2});
    using names = std::vector<std::string>;
    BOOST_TEST_REQUIRE(letters.size() == list.size());
    BOOST_TEST(letters[0] == (names{"duluth-north", "duluth-south"}));
    BOOST_TEST(letters[1] == ids_in(c.plan("MN"_state, today).at(0).groups));
    BOOST_TEST(letters[2] == (names{"duluth-south"}));
    BOOST_TEST(letters[3] == (names{"duluth-north", "duluth-south"}));
    BOOST_TEST(letters[4] == ids_in(c.plan("CA"_state, today).at(0).groups));
    BOOST_TEST(letters[5] == (names{"duluth-north"}));
}

BOOST_AUTO_TEST_CASE(a_supporter_without_a_state_is_told_so) {
    const auto c = advocacy::sample_campaign();
    advocacy::plan_cache plans(c, today);
    const auto& steps = plans.steps_for("");
    BOOST_TEST_REQUIRE(!steps.empty());
    for (const auto& s : steps) {
        BOOST_TEST(s.instruction.find("listed in ;") == std::string::npos, s.instruction);
        BOOST_TEST(s.instruction.starts_with("Without your state no local group can be named; "), s.instruction);
    }
}

BOOST_AUTO_TEST_CASE(names) {
    BOOST_TEST((advocacy::parse_plan_format("jsonl") == advocacy::plan_format::jsonl));
    BOOST_TEST((advocacy::parse_plan_layout("step") == advocacy::plan_layout::per_step));
    BOOST_TEST(advocacy::to_string(advocacy::plan_layout::per_supporter) == "supporter");
    BOOST_CHECK_THROW(advocacy::parse_plan_format("xml"), advocacy::parse_error);
}

BOOST_AUTO_TEST_SUITE_END()
