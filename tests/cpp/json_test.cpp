// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "advocacy/campaign.hpp"
#include "advocacy/error.hpp"
#include "advocacy/json.hpp"
#include "advocacy/sample.hpp"
#include "advocacy/detail/json_sink.hpp"
#include "advocacy/detail/schedule_members.hpp"

#include "scratch.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace advocacy::literals;

// Designated initializers leave the other members at their defaults, as the model intends.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

// The suite is a namespace called json: library names are written advocacy::x.
BOOST_AUTO_TEST_SUITE(json)

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

auto day(int y, unsigned m, unsigned d) -> date::sys_days {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

auto small_campaign() -> advocacy::campaign {
    advocacy::campaign c("tiny", "Tiny");
    return c;
}

// A campaign that uses every field of every type, each with a value that differs from its default.
auto full_campaign() -> advocacy::campaign {
    advocacy::campaign c("abolition-2015", "Regional push, autumn 2015");
    c.set_summary("Letters, meetings and five conferences.\nSecond line; \"quoted\" and \\ backslash.");
    c.set_organization("Example Rights Network");

    advocacy::region_map regions;
    regions.add("Mid Atlantic", {"MD"_state, "DC"_state, "VA"_state});
    regions.add("Midwest", {"MN"_state, "IL"_state});
    regions.add("Western", {"CA"_state});
    c.set_regions(regions);

    c.add_conference(advocacy::conference{
        .id = "mid-atlantic-2015",
        .name = "Mid Atlantic Regional Conference",
        .dates = advocacy::date_range(day(2015, 11, 13), day(2015, 11, 15)),
        .place = advocacy::location{.venue = "Harbor Hall",
                                    .address_lines = {"100 Example Street", "Suite 2"},
                                    .locality = "Baltimore",
                                    .state = "MD"_state,
                                    .postal_code = "21201",
                                    .country = "US",
                                    .time_zone = "America/New_York"},
        .region = "Mid Atlantic",
        .registration_url = "https://example.org/register/mid-atlantic",
        .description = "Workshops — and a panel. ünïcödé",
    });
    c.add_conference(advocacy::conference{
        .id = "midwest-2015",
        .name = "Midwest Regional Conference",
        .dates = advocacy::date_range(day(2015, 11, 7)),
        .place = advocacy::location{.locality = "Chicago", .state = "IL"_state},
        .region = "Midwest",
    });
    c.add_conference(advocacy::conference{
        .id = "toronto-2015",
        .name = "Toronto Gathering",
        .dates = advocacy::date_range(day(2015, 12, 30), day(2016, 1, 2)),
        .place = advocacy::location{.locality = "Toronto", .state = "ON"_state, .country = "CA"},
    });

    advocacy::group twin_cities{
        .id = "twin-cities-55",
        .name = "Twin Cities Group 55",
        .kind = advocacy::group_kind::local,
        .place = advocacy::location{.locality = "Minneapolis", .state = "MN"_state, .time_zone = "America/Chicago"},
        .region = "Midwest",
        .contacts = {advocacy::contact{.name = "Dana Reyes", .role = "Group coordinator",
                                       .email = "dana@example.org", .phone = "(612) 555-0143"},
                     advocacy::contact{.name = "Sam", .email = "sam@example.com"}},
        .meetings = advocacy::meeting_schedule::monthly_on_weekday(2, date::Tuesday, advocacy::time_of_day{19h}, 90min, "America/Chicago"),
        .website = "https://example.org/groups/55",
    };
    c.add_group(twin_cities);
    c.add_group(advocacy::group{
        .id = "campus-12",
        .name = "Campus Group 12",
        .kind = advocacy::group_kind::student,
        .place = advocacy::location{.locality = "Baltimore", .state = "MD"_state},
        .meetings = advocacy::meeting_schedule::weekly(date::Wednesday, advocacy::time_of_day{18h + 30min}, 60min, "America/New_York", 2)
                        .with_effective(advocacy::date_range(day(2015, 9, 2), day(2015, 12, 16)))
                        .with_skipped({day(2015, 11, 25)}),
    });
    c.add_group(advocacy::group{
        .id = "la-office",
        .name = "Los Angeles Office",
        .kind = advocacy::group_kind::regional_office,
        .place = advocacy::location{.locality = "Los Angeles", .state = "CA"_state},
        .region = "Western",
        .meetings = advocacy::meeting_schedule::monthly_on_day(15, advocacy::time_of_day{12h}, 45min, "America/Los_Angeles"),
    });
    c.add_group(advocacy::group{.id = "national", .name = "National Office", .kind = advocacy::group_kind::national_office});

    c.add_action(advocacy::action{
        .id = "write",
        .kind = advocacy::action_kind::letter,
        .title = "Write to your local group",
        .description = "Ask them to join the campaign.",
        .target = advocacy::action_target{.kind = advocacy::target_kind::group, .id = "", .name = "Your local group"},
        .window = advocacy::date_range(day(2015, 8, 11), day(2015, 9, 30)),
        .talking_points = {"Why now", "What the vote means"},
    });
    c.add_action(advocacy::action{
        .id = "attend",
        .kind = advocacy::action_kind::attend_conference,
        .title = "Attend a regional conference",
        .target = advocacy::action_target{.kind = advocacy::target_kind::organization, .id = "network", .name = "The network"},
        .related_conferences = {"mid-atlantic-2015", "midwest-2015"},
    });
    c.add_action(advocacy::action{.id = "call", .kind = advocacy::action_kind::call, .title = "Call",
                                  .target = advocacy::action_target{.kind = advocacy::target_kind::official, .id = "", .name = "Senator Example"}});

    c.add_milestone(advocacy::milestone{day(2015, 8, 11), "The vote"});
    c.add_milestone(advocacy::milestone{day(2015, 8, 11), "Second event that day"});
    c.add_milestone(advocacy::milestone{day(2015, 12, 31), "Year end"});
    return c;
}

template <class Error, class F>
auto failure(F&& f) -> std::optional<Error> {
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

auto parse_failure(std::string_view text) -> std::optional<advocacy::parse_error> {
    return failure<advocacy::parse_error>([&] { (void)advocacy::campaign_from_json(text); });
}

auto replace(std::string text, std::string_view from, std::string_view to) -> std::string {
    const auto at = text.find(from);
    BOOST_REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

auto read_file(const fs::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

auto listing(const fs::path& folder) -> std::set<std::string> {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
}

// A fresh folder, removed with its content at the end of the test.
struct scratch : advocacy::testing::scratch {
    scratch() : advocacy::testing::scratch("json-test") {}
};

}  // namespace

BOOST_AUTO_TEST_CASE(smallest_campaign_is_written_exactly) {
    BOOST_TEST(advocacy::to_json(small_campaign()) ==
               "{\n"
               "  \"schema_version\": 1,\n"
               "  \"id\": \"tiny\",\n"
               "  \"title\": \"Tiny\",\n"
               "  \"summary\": \"\",\n"
               "  \"organization\": \"\",\n"
               "  \"milestones\": [],\n"
               "  \"regions\": {},\n"
               "  \"conferences\": [],\n"
               "  \"groups\": [],\n"
               "  \"actions\": []\n"
               "}\n");
    BOOST_TEST(advocacy::json_schema_version == 5);  // the newest; a campaign without times is version 1
}

BOOST_AUTO_TEST_CASE(conference_days_and_ranges_are_iso) {
    advocacy::campaign c("c", "C");
    c.add_conference(advocacy::conference{.id = "one-day",
                                          .name = "One Day",
                                          .dates = advocacy::date_range(day(2015, 11, 7)),
                                          .place = advocacy::location{.locality = "Chicago", .state = "IL"_state}});
    const std::string text = advocacy::to_json(c);
    BOOST_TEST(text.find("  \"conferences\": [\n"
                         "    {\n"
                         "      \"id\": \"one-day\",\n"
                         "      \"name\": \"One Day\",\n"
                         "      \"dates\": {\n"
                         "        \"first\": \"2015-11-07\",\n"
                         "        \"last\": \"2015-11-07\"\n"
                         "      },\n"
                         "      \"place\": {\n"
                         "        \"venue\": \"\",\n"
                         "        \"address_lines\": [],\n"
                         "        \"locality\": \"Chicago\",\n"
                         "        \"region\": \"IL\",\n"
                         "        \"postal_code\": \"\",\n"
                         "        \"country\": \"US\",\n"
                         "        \"time_zone\": \"\"\n"
                         "      },\n"
                         "      \"region\": \"\",\n"
                         "      \"registration_url\": \"\",\n"
                         "      \"description\": \"\"\n"
                         "    }\n"
                         "  ],\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(conference_times_make_version_2) {
    using namespace std::chrono_literals;
    advocacy::campaign c("c", "C");
    c.add_conference(advocacy::conference{.id = "evening",
                                          .name = "Evening",
                                          .dates = advocacy::date_range(day(2015, 11, 7)),
                                          .start_time = 18h + 30min,
                                          .end_time = 21h});
    const std::string text = advocacy::to_json(c);
    BOOST_TEST(text.starts_with("{\n  \"schema_version\": 2,\n"));
    BOOST_TEST(text.find("      \"dates\": {\n"
                         "        \"first\": \"2015-11-07\",\n"
                         "        \"last\": \"2015-11-07\"\n"
                         "      },\n"
                         "      \"start_time\": \"18:30\",\n"
                         "      \"end_time\": \"21:00\",\n") != std::string::npos);
    const auto back = advocacy::campaign_from_json(text);
    BOOST_TEST((back == c));
    BOOST_TEST((back.conferences().at(0).start_time == std::optional<std::chrono::minutes>{18h + 30min}));

    auto bad = text;
    bad.replace(bad.find("\"21:00\""), 7, "\"21:60\"");
    auto e = parse_failure(bad);
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "/conferences/0/end_time: \"21:60\": expected a time from 00:00 to 23:59");
    bad = text;
    bad.erase(bad.find("      \"end_time\""), std::string_view("      \"end_time\": \"21:00\",\n").size());
    e = parse_failure(bad);
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().starts_with("/conferences/0: conference \"evening\": end_time: required with start_time"),
               e->reason());
}

BOOST_AUTO_TEST_CASE(conference_sessions_make_version_4) {
    advocacy::campaign c("c", "C");
    c.add_conference(advocacy::conference{
        .id = "clinic",
        .name = "Policy Clinic",
        .dates = advocacy::date_range(day(2026, 6, 12), day(2026, 6, 16)),
        .sessions = {advocacy::date_range(day(2026, 6, 12)), advocacy::date_range(day(2026, 6, 15), day(2026, 6, 16))}});
    const std::string text = advocacy::to_json(c);
    BOOST_TEST(text.starts_with("{\n  \"schema_version\": 4,\n"));
    BOOST_TEST(text.find("      \"dates\": {\n"
                         "        \"first\": \"2026-06-12\",\n"
                         "        \"last\": \"2026-06-16\"\n"
                         "      },\n"
                         "      \"sessions\": [\n"
                         "        {\n"
                         "          \"first\": \"2026-06-12\",\n"
                         "          \"last\": \"2026-06-12\"\n"
                         "        },\n"
                         "        {\n"
                         "          \"first\": \"2026-06-15\",\n"
                         "          \"last\": \"2026-06-16\"\n"
                         "        }\n"
                         "      ],\n"
                         "      \"place\": {\n") != std::string::npos);
    const auto back = advocacy::campaign_from_json(text);
    BOOST_TEST((back == c));
    BOOST_TEST(back.conferences().at(0).sessions.size() == 2u);
    // The general reader (members in another order) reads them the same.
    const auto reordered = replace(replace(text, "\n  \"summary\": \"\",", ""), "{\n  \"schema_version\": 4,",
                                   "{\"summary\": \"\", \"schema_version\": 4,");
    BOOST_TEST((advocacy::campaign_from_json(reordered) == c));
    // Without sessions nothing is written, and the version stays the oldest that holds the campaign.
    advocacy::campaign plain("c", "C");
    plain.add_conference(advocacy::conference{.id = "a", .name = "A", .dates = advocacy::date_range(day(2026, 6, 12))});
    BOOST_TEST(advocacy::to_json(plain).find("sessions") == std::string::npos);
    BOOST_TEST(advocacy::to_json(plain).starts_with("{\n  \"schema_version\": 1,\n"));

    // Sessions that break the conference's rules name the conference and the field.
    auto e = parse_failure(replace(text, "\"2026-06-15\"", "\"2026-06-11\""));
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().starts_with("/conferences/0: conference \"clinic\": sessions: session 1 (2026-06-11/2026-06-16) "
                                       "comes before session 0"),
               e->reason());
    e = parse_failure(replace(text, "\"last\": \"2026-06-12\"\n        }", "\"last\": \"2026-06-11\"\n        }"));
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().find("/conferences/0/sessions/0/last") != std::string::npos, e->reason());
    e = parse_failure(replace(text, "\"sessions\": [", "\"sessions\": [3, "));
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().starts_with("/conferences/0/sessions/0"), e->reason());
    // Older documents, with no sessions, keep loading.
    BOOST_TEST((advocacy::campaign_from_json(advocacy::to_json(plain)) == plain));
}

BOOST_AUTO_TEST_CASE(an_online_place_makes_version_5) {
    advocacy::campaign c("c", "C");
    advocacy::conference event{.id = "hybrid", .name = "Hybrid Forum", .dates = advocacy::date_range(day(2026, 6, 12))};
    event.place.locality = "Boston";
    event.place.state = "MA"_state;
    event.place.online = "https://zoom.us/j/123";
    c.add_conference(event);
    const std::string text = advocacy::to_json(c);
    BOOST_TEST(text.starts_with("{\n  \"schema_version\": 5,\n"));
    BOOST_TEST(text.find("        \"time_zone\": \"\",\n"
                         "        \"online\": \"https://zoom.us/j/123\"\n"
                         "      },\n") != std::string::npos, text);
    BOOST_TEST((advocacy::campaign_from_json(text) == c));
    // The general reader (members in another order) reads it the same.
    const auto reordered = replace(replace(text, "\n  \"summary\": \"\",", ""), "{\n  \"schema_version\": 5,",
                                   "{\"summary\": \"\", \"schema_version\": 5,");
    BOOST_TEST((advocacy::campaign_from_json(reordered) == c));
    // A link the model refuses names its field.
    auto e = parse_failure(replace(text, "https://zoom.us/j/123", "javascript:alert(1)"));
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().find("place.online") != std::string::npos, e->reason());
    // A group's online part counts too; a place in person only writes no key.
    advocacy::campaign groups("c", "C");
    advocacy::group g{.id = "g", .name = "G"};
    g.place.online = "online";
    groups.add_group(g);
    BOOST_TEST(advocacy::to_json(groups).starts_with("{\n  \"schema_version\": 5,\n"));
    BOOST_TEST((advocacy::campaign_from_json(advocacy::to_json(groups)) == groups));
    event.place.online.clear();
    c.replace_conference(event);
    BOOST_TEST(advocacy::to_json(c).find("online") == std::string::npos);
    BOOST_TEST(advocacy::to_json(c).starts_with("{\n  \"schema_version\": 1,\n"));
}

BOOST_AUTO_TEST_CASE(schedules_are_stored_as_fields) {
    const std::string text = advocacy::to_json(full_campaign());
    BOOST_TEST(text.find("      \"meetings\": {\n"
                         "        \"kind\": \"monthly_by_weekday\",\n"
                         "        \"nth\": 2,\n"
                         "        \"weekday\": \"tuesday\",\n"
                         "        \"start\": \"19:00\",\n"
                         "        \"duration_minutes\": 90,\n"
                         "        \"time_zone\": \"America/Chicago\",\n"
                         "        \"effective\": null,\n"
                         "        \"skipped\": [],\n"
                         "        \"rule\": ") != std::string::npos);
    BOOST_TEST(text.find("        \"kind\": \"weekly\",\n"
                         "        \"interval\": 2,\n"
                         "        \"weekday\": \"wednesday\",\n"
                         "        \"start\": \"18:30\",\n"
                         "        \"duration_minutes\": 60,\n"
                         "        \"time_zone\": \"America/New_York\",\n"
                         "        \"effective\": {\n"
                         "          \"first\": \"2015-09-02\",\n"
                         "          \"last\": \"2015-12-16\"\n"
                         "        },\n"
                         "        \"skipped\": [\n"
                         "          \"2015-11-25\"\n"
                         "        ],\n") != std::string::npos);
    BOOST_TEST(text.find("        \"kind\": \"monthly_by_day\",\n"
                         "        \"day_of_month\": 15,\n"
                         "        \"start\": \"12:00\",\n"
                         "        \"duration_minutes\": 45,\n") != std::string::npos);
    BOOST_TEST(text.find("\"rrule\": \"FREQ=MONTHLY;BYDAY=2TU\"") != std::string::npos);
    BOOST_TEST(text.find("\"meetings\": null") != std::string::npos);  // the national office
}

BOOST_AUTO_TEST_CASE(round_trip_is_lossless) {
    const auto original = full_campaign();
    const std::string text = advocacy::to_json(original);
    const auto back = advocacy::campaign_from_json(text);
    BOOST_TEST((back == original));
    BOOST_TEST(advocacy::to_json(back) == text);
    // Spot checks, so a broken operator== cannot hide a loss.
    BOOST_TEST(back.summary() == original.summary());
    BOOST_TEST(back.groups().at(1).meetings->skipped().size() == 1u);
    BOOST_TEST((back.groups().at(1).meetings->effective() == original.groups().at(1).meetings->effective()));
    BOOST_TEST(back.actions().at(1).related_conferences.size() == 2u);
    BOOST_TEST(back.milestones().at(1).title == "Second event that day");
    BOOST_TEST(back.regions().states_of("Mid Atlantic") == (std::vector<advocacy::state_code>{"DC"_state, "MD"_state, "VA"_state}));
    BOOST_TEST((back.conferences().at(2).dates == advocacy::date_range(day(2015, 12, 30), day(2016, 1, 2))));
}

BOOST_AUTO_TEST_CASE(progress_is_told_every_64_kib_of_a_large_document) {
    auto c = advocacy::sample_campaign();
    const auto model = c.groups().front();
    std::vector<advocacy::group> more;
    for (int i = 0; i < 1000; ++i) {  // about 700 bytes each: 0.7 MB
        auto g = model;
        g.id = "copy-" + std::to_string(i);
        more.push_back(std::move(g));
    }
    c.add_groups(std::move(more));
    const auto text = advocacy::to_json(c);
    std::vector<std::pair<std::uintmax_t, std::uintmax_t>> told;
    advocacy::json_read_options options;
    options.progress = [&](std::uintmax_t done, std::uintmax_t total) { told.emplace_back(done, total); };
    BOOST_TEST((advocacy::campaign_from_json(text, options) == c));
    BOOST_TEST(told.size() >= text.size() / 65536 - 1);
    BOOST_TEST(told.size() <= text.size() / 65536 + 2);
    for (std::size_t i = 0; i < told.size(); ++i) {
        BOOST_TEST(told[i].second == text.size());
        BOOST_TEST(told[i].first <= text.size());
        if (i > 0) BOOST_TEST(told[i].first >= told[i - 1].first + 65536);
    }
    // A document read through the JSON tree (an unknown key) is read all the same, untold.
    told.clear();
    auto other = text;
    other.insert(1, "\"x-note\": 1,");
    BOOST_TEST((advocacy::campaign_from_json(other, options) == c));
    BOOST_TEST(told.empty());
}

BOOST_AUTO_TEST_CASE(sample_campaign_round_trips) {
    const auto sample = advocacy::sample_campaign();
    const std::string text = advocacy::to_json(sample);
    BOOST_TEST((advocacy::campaign_from_json(text) == sample));
    BOOST_TEST(text.find("\"first\": \"2015-11-13\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_fields_and_human_fields_are_ignored) {
    std::string text = advocacy::to_json(full_campaign());
    text = replace(text, "\"schema_version\": 1,", "\"schema_version\": 1, \"future\": {\"x\": [1, 2]},");
    text = replace(text, "\"nth\": 2,", "\"nth\": 2, \"colour\": \"blue\",");
    // "rule" and "rrule" are for people: contradicting them changes nothing.
    text = replace(text, "\"rrule\": \"FREQ=MONTHLY;BYDAY=2TU\"", "\"rrule\": \"FREQ=DAILY\"");
    BOOST_TEST((advocacy::campaign_from_json(text) == full_campaign()));
}

// Schema version 3: a schedule's additions and overrides, written only when it has them (an older
// document without them still loads, as every test above shows).
BOOST_AUTO_TEST_CASE(additions_and_overrides_round_trip) {
    using namespace std::chrono;
    auto local = [](int y, unsigned m, unsigned d, int h) {
        return date::local_seconds{day(y, m, d).time_since_epoch()} + hours{h};
    };
    advocacy::campaign c("x", "X");
    advocacy::group g;
    g.id = "g";
    g.name = "G";
    g.meetings = advocacy::meeting_schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, minutes{90}, "America/Chicago")
                     .with_added({{local(2025, 3, 8, 10), minutes{45}}})
                     .with_overrides({{.original = local(2025, 3, 4, 19), .cancelled = true},
                                      {.original = local(2025, 3, 11, 19), .start = local(2025, 3, 13, 18),
                                       .duration = minutes{60}, .place = "Town Hall"}});
    c.add_group(std::move(g));
    const auto text = advocacy::to_json(c);
    BOOST_TEST(text.find("\"schema_version\": 3,") != std::string::npos);
    BOOST_TEST(text.find("\"added\": [\n          {\n            \"start\": \"2025-03-08T10:00\",\n            \"duration_minutes\": 45\n") !=
               std::string::npos, text);
    BOOST_TEST(text.find("\"original\": \"2025-03-04T19:00\",\n            \"cancelled\": true\n") != std::string::npos, text);
    BOOST_TEST(text.find("\"place\": \"Town Hall\"") != std::string::npos);
    BOOST_TEST((advocacy::campaign_from_json(text) == c));
    // An override of a start the rule does not give is refused with where it is.
    const auto e = parse_failure(replace(text, "2025-03-04T19:00", "2025-03-05T19:00"));
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().starts_with("/groups/0/meetings/overrides: overrides[0].original: 2025-03-05 19:00 is not the start"),
               e->reason());
}

// detail::write_schedule gives a sink (the Python bindings' dicts) what to_json(schedule) writes:
// the same members in the same order, days and times typed, and the same refusals.
BOOST_AUTO_TEST_CASE(a_schedule_given_to_a_sink_is_its_json_text) {
    using namespace std::chrono;
    // Rebuilds the document, days and times written as the text writes them.
    class tree_sink final : public advocacy::detail::json_sink {
    public:
        nlohmann::ordered_json done;

        void begin_object() override { open(nlohmann::ordered_json::object()); }
        void end_object() override { close(); }
        void begin_array() override { open(nlohmann::ordered_json::array()); }
        void end_array() override { close(); }
        void key(std::string_view name) override { key_ = name; }
        void string(std::string_view value) override { put(std::string(value)); }
        void integer(long long value) override { put(value); }
        void boolean(bool value) override { put(value); }
        void null() override { put(nullptr); }
        void day(date::sys_days value) override { put(date::format("%F", value)); }
        void clock(minutes since_midnight) override { put(date::format("%R", since_midnight)); }
        void local_minute(date::local_seconds value) override { put(date::format("%FT%R", value)); }

    private:
        void open(nlohmann::ordered_json value) {
            put(std::move(value));
            open_.push_back(open_.empty() ? &done : (open_.back()->is_array() ? &open_.back()->back() : &(*open_.back())[key_]));
        }
        void close() { open_.pop_back(); }
        void put(nlohmann::ordered_json value) {
            if (open_.empty()) {
                done = std::move(value);
            } else if (open_.back()->is_array()) {
                open_.back()->push_back(std::move(value));
            } else {
                (*open_.back())[key_] = std::move(value);
            }
        }
        std::vector<nlohmann::ordered_json*> open_;
        std::string key_;
    };
    auto local = [](int y, unsigned m, unsigned d, int h) {
        return date::local_seconds{day(y, m, d).time_since_epoch()} + hours{h};
    };
    const auto tuesdays = advocacy::meeting_schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, minutes{90},
                                                             "America/Chicago");
    const auto changed = tuesdays.with_added({{local(2025, 3, 8, 10), minutes{45}}})
                             .with_overrides({{.original = local(2025, 3, 4, 19), .cancelled = true},
                                              {.original = local(2025, 3, 11, 19), .start = local(2025, 3, 13, 18),
                                               .duration = minutes{60}, .place = "Town Hall"}});
    for (const auto& s : {tuesdays, changed, changed.with_effective(advocacy::date_range(day(2025, 1, 1), day(2025, 12, 31)))
                                                 .with_skipped({day(2025, 3, 18)}),
                          advocacy::meeting_schedule::from_rrule("FREQ=MONTHLY;BYDAY=1TU,3TU;COUNT=4", day(2015, 9, 1),
                                                                 advocacy::time_of_day{hours{19}}, minutes{120}, "UTC")}) {
        tree_sink sink;
        advocacy::detail::write_schedule(sink, s);
        BOOST_TEST(sink.done.dump() == nlohmann::ordered_json::parse(advocacy::to_json(s)).dump());
    }
    // Text that is not UTF-8 is refused at the same member either way.
    const auto bad = tuesdays.with_overrides({{.original = local(2025, 3, 11, 19), .start = local(2025, 3, 13, 18),
                                               .duration = minutes{60}, .place = "Town \xff"}});
    const auto as_text = failure<advocacy::validation_error>([&] { (void)advocacy::to_json(bad); });
    const auto as_values = failure<advocacy::validation_error>([&] {
        tree_sink sink;
        advocacy::detail::write_schedule(sink, bad);
    });
    BOOST_TEST_REQUIRE(as_text.has_value());
    BOOST_TEST_REQUIRE(as_values.has_value());
    BOOST_TEST(as_text->field() == "/overrides/0/place");
    BOOST_TEST(as_values->field() == as_text->field());
    BOOST_TEST(as_values->reason() == as_text->reason());
}

// A reader other than the text's (the Python dicts) hands a schedule's members over and gets the
// schedule the JSON reader makes of the same object, or nullopt where that reader refuses it.
BOOST_AUTO_TEST_CASE(schedule_members_make_what_the_json_text_makes) {
    using namespace std::chrono;
    using advocacy::detail::schedule_members;
    const schedule_members second_tuesdays{.kind = "monthly_by_weekday",
                                           .interval = {},
                                           .weekday = "tuesday",
                                           .nth = 2,
                                           .day_of_month = {},
                                           .start = minutes{19 * 60},
                                           .duration_minutes = 120,
                                           .time_zone = "America/Chicago",
                                           .effective = advocacy::date_range(day(2025, 1, 1), day(2025, 12, 31)),
                                           .skipped = {day(2025, 3, 11)}};
    const auto made = advocacy::detail::schedule_from_members(second_tuesdays);
    BOOST_TEST_REQUIRE(made.has_value());
    BOOST_TEST((*made == advocacy::meeting_schedule_from_json(
                             R"({"kind": "monthly_by_weekday", "nth": 2, "weekday": "tuesday", "start": "19:00",
                                 "duration_minutes": 120, "time_zone": "America/Chicago",
                                 "effective": {"first": "2025-01-01", "last": "2025-12-31"}, "skipped": ["2025-03-11"]})")));
    const schedule_members every_other_week{.kind = "weekly",
                                            .interval = 2,
                                            .weekday = "wednesday",
                                            .nth = {},
                                            .day_of_month = {},
                                            .start = minutes{18 * 60 + 30},
                                            .duration_minutes = 90,
                                            .time_zone = "America/New_York",
                                            .effective = {},
                                            .skipped = {}};
    BOOST_TEST((advocacy::detail::schedule_from_members(every_other_week) ==
                advocacy::meeting_schedule_from_json(R"({"kind": "weekly", "interval": 2, "weekday": "wednesday",
                    "start": "18:30", "duration_minutes": 90, "time_zone": "America/New_York"})")));
    // Each change below makes an object the JSON reader refuses.
    const std::vector<std::function<void(schedule_members&)>> refused{
        [](auto& m) { m.kind.reset(); },
        [](auto& m) { m.kind = "daily"; },
        [](auto& m) { m.start.reset(); },
        [](auto& m) { m.duration_minutes = 7 * 24 * 60 + 1; },
        [](auto& m) { m.nth = 0; },
        [](auto& m) { m.nth = 6; },
        [](auto& m) { m.interval = 3; },  // a monthly kind meets every month
        [](auto& m) { m.day_of_month = 5; },
        [](auto& m) { m.weekday = "tues"; },
        [](auto& m) { m.time_zone = "Mars/Olympus_Mons"; },
    };
    for (const auto& change : refused) {
        auto members = second_tuesdays;
        change(members);
        BOOST_TEST(!advocacy::detail::schedule_from_members(members).has_value());
    }
}

// Schema version 3: a schedule in effect from its first day with no end is written with
// "last": null, never with a stand-in last day; older documents read as they always did.
BOOST_AUTO_TEST_CASE(a_first_day_without_an_end_round_trips) {
    using namespace std::chrono;
    advocacy::campaign c("x", "X");
    advocacy::group g;
    g.id = "g";
    g.name = "G";
    g.meetings = advocacy::meeting_schedule::from_rrule("FREQ=WEEKLY;BYDAY=TU", day(2015, 9, 8), advocacy::time_of_day{hours{19}}, minutes{90},
                                                        "America/Chicago");
    c.add_group(g);
    const auto text = advocacy::to_json(c);
    BOOST_TEST(text.find("\"schema_version\": 3,") != std::string::npos, text);
    BOOST_TEST(text.find("        \"kind\": \"weekly\",\n") != std::string::npos, text);
    BOOST_TEST(text.find("        \"effective\": {\n          \"first\": \"2015-09-08\",\n          \"last\": null\n        },\n") !=
                   std::string::npos,
               text);
    BOOST_TEST(text.find("9999") == std::string::npos);
    const auto back = advocacy::campaign_from_json(text);
    BOOST_TEST((back == c));
    BOOST_TEST(!back.groups().at(0).meetings->effective().has_value());
    BOOST_TEST((back.groups().at(0).meetings->first_day() == day(2015, 9, 8)));
    BOOST_TEST(advocacy::to_json(back) == text);

    // Every other week from the first day: written as its RRULE, the phase kept.
    g.meetings = advocacy::meeting_schedule::from_rrule("FREQ=WEEKLY;BYDAY=TU,TH;INTERVAL=2", day(2015, 9, 8), advocacy::time_of_day{hours{19}},
                                                        minutes{90}, "America/Chicago");
    advocacy::campaign general("y", "Y");
    general.add_group(g);
    const auto rule_text = advocacy::to_json(general);
    BOOST_TEST(rule_text.find("\"kind\": \"rrule\"") != std::string::npos, rule_text);
    BOOST_TEST(rule_text.find("\"last\": null") != std::string::npos, rule_text);
    BOOST_TEST((advocacy::campaign_from_json(rule_text) == general));

    // A document with an explicit last day, as older versions wrote for such a rule, keeps it.
    const auto old = advocacy::campaign_from_json(replace(text, "\"last\": null", "\"last\": \"9999-12-31\""));
    BOOST_TEST((old.groups().at(0).meetings->effective() == advocacy::date_range(day(2015, 9, 8), day(9999, 12, 31))));
    // The first day is still required and checked.
    auto e = parse_failure(replace(text, "\"first\": \"2015-09-08\",", ""));
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "/groups/0/meetings/effective/first: required, missing", e->reason());
    e = parse_failure(replace(text, "\"first\": \"2015-09-08\"", "\"first\": \"0999-09-08\""));
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().starts_with("/groups/0/meetings/effective/first: "), e->reason());
}

BOOST_AUTO_TEST_CASE(optional_fields_may_be_left_out) {
    const auto c = advocacy::campaign_from_json(R"({"schema_version": 1, "id": "x", "title": "X",
        "conferences": [{"id": "a", "name": "A", "dates": {"first": "2015-11-07", "last": "2015-11-08"}}],
        "groups": [{"id": "g", "name": "G", "meetings": {"kind": "weekly", "weekday": "monday", "start": "07:05",
                    "duration_minutes": 30, "time_zone": "UTC"}}],
        "actions": [{"id": "a1", "title": "Do it"}]})");
    BOOST_TEST(c.conferences().at(0).place.country == "US");
    BOOST_TEST(c.conferences().at(0).dates.days() == 2);
    BOOST_TEST(c.groups().at(0).meetings->interval() == 1u);
    BOOST_TEST(c.groups().at(0).meetings->start_time().since_midnight().count() == 7 * 60 + 5);
    BOOST_TEST((c.actions().at(0).kind == advocacy::action_kind::other));
    BOOST_TEST(!c.actions().at(0).window.has_value());
}

BOOST_AUTO_TEST_CASE(syntax_errors_give_line_and_column) {
    const auto e = parse_failure("{\n  \"schema_version\": 1,\n  \"title\" \"y\"\n}");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->line() == 3u);
    BOOST_TEST(e->text() == "  \"title\" \"y\"");
    BOOST_TEST(e->position() == 12u);  // the string that should have been a ':'
    BOOST_TEST(e->reason() ==
               "invalid JSON: syntax error while parsing object separator - unexpected string literal; expected ':'");

    const auto empty = parse_failure("");
    BOOST_REQUIRE(empty.has_value());
    BOOST_TEST(empty->line() == 1u);
    BOOST_TEST(empty->position() == 0u);

    const auto truncated = parse_failure("{\"a\": 1,\r\n \"b\": [1, 2");
    BOOST_REQUIRE(truncated.has_value());
    BOOST_TEST(truncated->line() == 2u);
    BOOST_TEST(truncated->text() == " \"b\": [1, 2");
    BOOST_TEST(truncated->position() == 11u);  // the end of the input
}

BOOST_AUTO_TEST_CASE(bad_dates_name_their_pointer_and_line) {
    std::string text = advocacy::to_json(full_campaign());
    text = replace(text, "\"first\": \"2015-11-07\"", "\"first\": \"2015-11-31\"");
    const auto e = parse_failure(text);
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "/conferences/1/dates/first: \"2015-11-31\": November has 30 days");
    BOOST_TEST(e->text() == "        \"first\": \"2015-11-31\",");
    BOOST_TEST(e->position() == 17u);  // the value, not the key
    // The line of the value in the document.
    const auto before = text.substr(0, text.find("\"2015-11-31\""));
    BOOST_TEST(e->line() == static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1);

    const auto leap = parse_failure(replace(text, "\"2015-11-31\"", "\"2015-02-29\""));
    BOOST_REQUIRE(leap.has_value());
    BOOST_TEST(leap->reason() == "/conferences/1/dates/first: \"2015-02-29\": February 2015 has 28 days");

    const auto shape = parse_failure(replace(text, "\"2015-11-31\"", "\"Nov 7, 2015\""));
    BOOST_REQUIRE(shape.has_value());
    BOOST_TEST(shape->reason() ==
               "/conferences/1/dates/first: \"Nov 7, 2015\": expected an ISO date YYYY-MM-DD, as in \"2015-11-13\"");

    const auto month = parse_failure(replace(text, "\"2015-11-31\"", "\"2015-13-01\""));
    BOOST_REQUIRE(month.has_value());
    BOOST_TEST(month->reason() == "/conferences/1/dates/first: \"2015-13-01\": there is no month 13");

    const auto reversed = parse_failure(replace(text, "\"2015-11-31\"", "\"2015-11-09\""));
    BOOST_REQUIRE(reversed.has_value());
    BOOST_TEST(reversed->reason() == "/conferences/1/dates/last: \"2015-11-07\" is before the first day \"2015-11-09\"");
}

BOOST_AUTO_TEST_CASE(semantic_errors_name_their_pointer) {
    struct bad {
        std::string document;
        std::string reason;
        std::size_t line = 1;
    };
    const std::string head = R"({"schema_version": 1, "id": "x", "title": "X", )";
    const bad cases[] = {
        {R"({"schema_version": 1, "title": "X"})", "/id: required, missing"},
        {R"({"schema_version": 1, "id": 7, "title": "X"})", "/id: expected a string, got a number"},
        {R"({"id": "x", "title": "X"})", "/schema_version: required, missing"},
        {R"({"schema_version": "1", "id": "x", "title": "X"})",
         "/schema_version: expected a whole number from 1 to 2147483647, got a string"},
        {R"([1, 2])", "/: expected an object, got an array"},
        {head + R"("conferences": [{"id": "a", "dates": {"first": "2015-11-07", "last": "2015-11-07"}}]})",
         "/conferences/0/name: required, missing"},
        {head + R"("conferences": {"id": "a"}})", "/conferences: expected an array, got an object"},
        {head + R"("groups": [{"id": "g", "name": "G", "contacts": [{"name": "D", "email": 5}]}]})",
         "/groups/0/contacts/0/email: expected a string, got a number"},
        {head + R"("groups": [{"id": "g", "name": "G", "kind": "club"}]})",
         "/groups/0/kind: \"club\" is not a group kind: expected one of local, student, regional_office, "
         "national_office, other"},
        {head + R"("actions": [{"id": "a", "title": "A", "kind": "march"}]})",
         "/actions/0/kind: \"march\" is not an action kind: expected one of letter, attend_meeting, "
         "attend_conference, petition, call, email, other"},
        {head + R"("actions": [{"id": "a", "title": "A", "target": {"kind": "senator"}}]})",
         "/actions/0/target/kind: \"senator\" is not a target kind: expected one of group, official, organization"},
        {head + R"("actions": [{"id": "a", "title": "A", "talking_points": ["ok", null]}]})",
         "/actions/0/talking_points/1: expected a string, got null"},
        {head + R"("milestones": [{"day": 20150811, "title": "T"}]})",
         "/milestones/0/day: expected an ISO date as in \"2015-11-13\", got a number"},
        {head + R"("regions": {"West/Coast": "CA"}})", "/regions/West~1Coast: expected an array of state codes, got a string"},
        {head + R"("groups": [{"id": "g", "name": "G", "meetings": {"kind": "yearly", "start": "19:00",
            "duration_minutes": 60, "time_zone": "UTC"}}]})",
         "/groups/0/meetings/kind: \"yearly\" is not a recurrence: expected one of weekly, monthly_by_weekday, "
         "monthly_by_day"},
        {head + R"("groups": [{"id": "g", "name": "G", "meetings": {"kind": "weekly", "weekday": "tue",
            "start": "19:00", "duration_minutes": 60, "time_zone": "UTC"}}]})",
         "/groups/0/meetings/weekday: \"tue\" is not a weekday: expected sunday, monday, ... or saturday in lower case"},
        {head + R"("groups": [{"id": "g", "name": "G", "meetings": {"kind": "weekly", "weekday": "tuesday",
            "start": "7pm", "duration_minutes": 60, "time_zone": "UTC"}}]})",
         "/groups/0/meetings/start: \"7pm\": expected a 24-hour time HH:MM, as in \"19:00\"", 2},
        {head + R"("groups": [{"id": "g", "name": "G", "meetings": {"kind": "monthly_by_weekday", "weekday": "tuesday",
            "nth": 0, "start": "19:00", "duration_minutes": 60, "time_zone": "UTC"}}]})",
         "/groups/0/meetings/nth: expected 1 to 5, or -1 for the last, got 0", 2},
        {head + R"("groups": [{"id": "g", "name": "G", "meetings": {"kind": "monthly_by_day", "day_of_month": 32,
            "start": "19:00", "duration_minutes": 60, "time_zone": "UTC"}}]})",
         "/groups/0/meetings/day_of_month: expected a whole number from 1 to 31, got 32"},
        {head + R"("groups": [{"id": "g", "name": "G", "meetings": {"kind": "weekly", "weekday": "tuesday",
            "start": "19:00", "duration_minutes": 1.5, "time_zone": "UTC"}}]})",
         "/groups/0/meetings/duration_minutes: expected a whole number from 0 to 10080, got a fractional number", 2},
    };
    for (const auto& [document, reason, line] : cases) {
        BOOST_TEST_CONTEXT(document) {
            const auto e = parse_failure(document);
            BOOST_REQUIRE(e.has_value());
            BOOST_TEST(e->reason() == reason);
            BOOST_TEST(e->line() == line);
        }
    }
}

BOOST_AUTO_TEST_CASE(model_validation_errors_get_the_object_pointer) {
    const std::string head = R"({"schema_version": 1, "id": "x", "title": "X", )";
    const auto region = parse_failure(head + R"("regions": {"West": ["CA"]}, "conferences": [
        {"id": "a", "name": "A", "dates": {"first": "2015-11-07", "last": "2015-11-07"}, "region": "East"}]})");
    BOOST_REQUIRE(region.has_value());
    BOOST_TEST(region->reason().starts_with("/conferences/0: conference \"a\": region"));
    BOOST_TEST(region->line() == 2u);

    const auto duplicate = parse_failure(head + R"("groups": [{"id": "g", "name": "G"}, {"id": "g", "name": "H"}]})");
    BOOST_REQUIRE(duplicate.has_value());
    BOOST_TEST(duplicate->reason().starts_with("/groups/1: group \"g\": id"));

    const auto country = parse_failure(head + R"("groups": [{"id": "g", "name": "G", "place": {"country": "usa"}}]})");
    BOOST_REQUIRE(country.has_value());
    BOOST_TEST(country->reason().starts_with("/groups/0: group \"g\": "));
    BOOST_TEST(country->reason().find("country") != std::string::npos);

    const auto related = parse_failure(head + R"("actions": [{"id": "a", "title": "A", "related_conferences": ["nope"]}]})");
    BOOST_REQUIRE(related.has_value());
    BOOST_TEST(related->reason().starts_with("/actions/0: action \"a\": related_conferences[0]"));

    const auto state_twice = parse_failure(head + R"("regions": {"East": ["MD"], "South": ["MD"]}})");
    BOOST_REQUIRE(state_twice.has_value());
    BOOST_TEST(state_twice->reason().starts_with("/regions/South: "));

    const auto zone = parse_failure(head + R"("groups": [{"id": "g", "name": "G", "meetings": {"kind": "weekly",
        "weekday": "monday", "start": "19:00", "duration_minutes": 60, "time_zone": "Mars/Olympus"}}]})");
    BOOST_REQUIRE(zone.has_value());
    BOOST_TEST(zone->reason().starts_with("/groups/0/meetings: "));
    BOOST_TEST(zone->reason().find("Mars/Olympus") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(duplicate_keys_are_refused_with_their_pointer) {
    const std::string head = R"({"schema_version": 1, "id": "x", "title": "X", )";
    struct bad {
        std::string document;
        std::string reason;
        std::size_t line = 1;
    };
    const bad cases[] = {
        {R"({"schema_version": 1, "id": "x", "title": "X", "title": "Y"})",
         "/title: duplicate key \"title\": a key may appear once in an object"},
        {head + "\"conferences\": [{\"id\": \"a\", \"name\": \"A\",\n\"dates\": {\"first\": \"2015-11-07\", \"first\": "
                "\"2015-11-08\", \"last\": \"2015-11-09\"}}]}",
         "/conferences/0/dates/first: duplicate key \"first\": a key may appear once in an object", 2},
        {head + R"("groups": [{"id": "g", "name": "G"}, {"id": "h", "name": "H", "contacts": [{"name": "D"},
            {"name": "E", "role": "r", "role": "s"}]}]})",
         "/groups/1/contacts/1/role: duplicate key \"role\": a key may appear once in an object", 2},
        {head + R"("regions": {"West/Coast": ["CA"], "West/Coast": ["OR"]}})",
         "/regions/West~1Coast: duplicate key \"West/Coast\": a key may appear once in an object"},
    };
    for (const auto& [document, reason, line] : cases) {
        BOOST_TEST_CONTEXT(document) {
            const auto e = parse_failure(document);
            BOOST_REQUIRE(e.has_value());
            BOOST_TEST(e->reason() == reason);
            BOOST_TEST(e->line() == line);
        }
    }
    // The same key in different objects is fine.
    BOOST_CHECK_NO_THROW(advocacy::campaign_from_json(advocacy::to_json(full_campaign())));
}

BOOST_AUTO_TEST_CASE(a_whole_number_beyond_64_bits_is_out_of_range) {
    const std::string head = R"({"schema_version": 1, "id": "x", "title": "X", )";
    auto e = parse_failure(head + R"("groups": [{"id": "g", "name": "G", "meetings": {"kind": "monthly_by_day",
        "day_of_month": 99999999999999999999, "start": "19:00", "duration_minutes": 60, "time_zone": "UTC"}}]})");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "/groups/0/meetings/day_of_month: expected a whole number from 1 to 31, got 1e+20: out of range");
    e = parse_failure(R"({"schema_version": -99999999999999999999, "id": "x", "title": "X"})");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "/schema_version: expected a whole number from 1 to 2147483647, got -1e+20: out of range");
}

BOOST_AUTO_TEST_CASE(dates_keep_to_the_years_1000_to_9999) {
    std::string text = advocacy::to_json(full_campaign());
    for (const std::string year : {"0000", "0999"}) {
        const auto e = parse_failure(replace(text, "\"first\": \"2015-11-07\"", "\"first\": \"" + year + "-11-07\""));
        BOOST_REQUIRE(e.has_value());
        BOOST_TEST(e->reason() == "/conferences/1/dates/first: \"" + year + "-11-07\": year must be between 1000 and 9999");
    }
    // What the model refuses is never written: the file always loads.
    advocacy::conference early{.id = "early", .name = "Early", .dates = advocacy::date_range(day(999, 12, 31))};
    advocacy::campaign c("c", "C");
    BOOST_CHECK_THROW(c.add_conference(early), advocacy::validation_error);
}

BOOST_AUTO_TEST_CASE(a_leading_byte_order_mark_is_skipped) {
    const auto c = full_campaign();
    BOOST_TEST((advocacy::campaign_from_json("\xEF\xBB\xBF" + advocacy::to_json(c)) == c));
    const auto e = parse_failure("\xEF\xBB\xBF{\"schema_version\": 1, \"id\": \"x\"}");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "/title: required, missing");
    BOOST_TEST(e->position() == 0u);
}

BOOST_AUTO_TEST_CASE(a_nul_in_the_text_does_not_cut_the_message) {
    using namespace std::string_literals;
    const auto e = parse_failure("{\"schema_version\": 1, \"id\": \"x\",\n  \"title\": \"St\0p\"}"s);
    BOOST_REQUIRE(e.has_value());
    const std::string what = e->what();
    BOOST_TEST(what.find('\0') == std::string::npos);
    BOOST_TEST(what.starts_with(R"("  "title": "St\x00p"}": invalid JSON: )"));
    BOOST_TEST(what.ends_with("(at line 2, offset 14)"));
    BOOST_TEST(e->text() == "  \"title\": \"St\0p\"}"s);
}

BOOST_AUTO_TEST_CASE(newer_schema_is_refused) {
    const auto e = parse_failure("{\n  \"schema_version\": 6,\n  \"id\": \"x\",\n  \"title\": \"X\"\n}");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "schema_version 6 is newer than this library reads (5)");
    BOOST_TEST(e->line() == 2u);
    BOOST_TEST(e->position() == 20u);
}

BOOST_AUTO_TEST_CASE(text_that_is_not_utf8_is_refused_on_write) {
    advocacy::campaign c("x", "X");
    c.add_conference(advocacy::conference{.id = "a", .name = "Bad \xff byte", .dates = advocacy::date_range(day(2015, 11, 7))});
    const auto e = failure<advocacy::validation_error>([&] { (void)advocacy::to_json(c); });
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->field() == "/conferences/0/name");
    BOOST_TEST(e->reason() == "is not valid UTF-8; JSON holds UTF-8 text only");

    // A nested member is named by its whole pointer (once written /actions/0/target~1name).
    advocacy::campaign with_action("x", "X");
    advocacy::action letter;
    letter.id = "write";
    letter.title = "Write";
    letter.target = advocacy::action_target{advocacy::target_kind::official, "", "Senator \xff"};
    with_action.add_action(letter);
    const auto nested = failure<advocacy::validation_error>([&] { (void)advocacy::to_json(with_action); });
    BOOST_REQUIRE(nested.has_value());
    BOOST_TEST(nested->field() == "/actions/0/target/name");

    const auto read = parse_failure("{\"schema_version\": 1, \"id\": \"x\", \"title\": \"\xc3\"}");
    BOOST_REQUIRE(read.has_value());
    BOOST_TEST(read->reason().starts_with("invalid JSON: syntax error while parsing value - invalid string"));
}

BOOST_AUTO_TEST_CASE(save_and_load) {
    scratch dir;
    const auto file = dir.path / "campaign.json";
    const auto c = full_campaign();
    advocacy::save(c, file);
    BOOST_TEST(read_file(file) == advocacy::to_json(c));
    BOOST_TEST((advocacy::load(file) == c));
    BOOST_TEST(listing(dir.path) == (std::set<std::string>{"campaign.json"}));

    // Saving again replaces the file whole and keeps its permissions.
    ::chmod(file.c_str(), 0600);
    advocacy::save(small_campaign(), file);
    BOOST_TEST(read_file(file) == advocacy::to_json(small_campaign()));
    BOOST_TEST(listing(dir.path) == (std::set<std::string>{"campaign.json"}));
    struct stat info {};
    BOOST_REQUIRE(::stat(file.c_str(), &info) == 0);
    BOOST_TEST((info.st_mode & 0777) == 0600u);

    // A path without a folder part saves into the working folder.
    const auto previous = fs::current_path();
    fs::current_path(dir.path);
    advocacy::save(c, "here.json");
    fs::current_path(previous);
    BOOST_TEST((advocacy::load(dir.path / "here.json") == c));
}

BOOST_AUTO_TEST_CASE(failed_save_leaves_nothing_behind) {
    scratch dir;
    const auto missing = dir.path / "no-such-folder" / "campaign.json";
    const auto e = failure<advocacy::io_error>([&] { advocacy::save(small_campaign(), missing); });
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->path() == missing.string());
    BOOST_TEST(e->reason() == "No such file or directory");
    BOOST_TEST(listing(dir.path).empty());

    // The temporary file is written, then the rename fails: it must be removed again, and the
    // folder in the way left alone.
    fs::create_directory(dir.path / "taken");
    fs::path in_the_way = dir.path / "taken";
    const auto rename_failure = failure<advocacy::io_error>([&] { advocacy::save(small_campaign(), in_the_way); });
    BOOST_REQUIRE(rename_failure.has_value());
    BOOST_TEST(rename_failure->reason() == "Is a directory");
    BOOST_TEST(listing(dir.path) == (std::set<std::string>{"taken"}));
    BOOST_TEST(fs::is_empty(in_the_way));

    // A campaign that cannot be written does not touch an existing file.
    const auto file = dir.path / "keep.json";
    advocacy::save(small_campaign(), file);
    advocacy::campaign bad("x", "X");
    bad.set_summary("\xff");
    BOOST_CHECK_THROW(advocacy::save(bad, file), advocacy::validation_error);
    BOOST_TEST(read_file(file) == advocacy::to_json(small_campaign()));
    BOOST_TEST(listing(dir.path) == (std::set<std::string>{"keep.json", "taken"}));

    // Without write permission (only effective when not running as root).
    if (::geteuid() != 0) {
        const auto locked = dir.path / "locked";
        fs::create_directory(locked);
        fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
        const auto denied = failure<advocacy::io_error>([&] { advocacy::save(small_campaign(), locked / "c.json"); });
        BOOST_REQUIRE(denied.has_value());
        BOOST_TEST(denied->reason() == "Permission denied");
        BOOST_TEST(fs::is_empty(locked));
        fs::permissions(locked, fs::perms::owner_all);
    }
}

BOOST_AUTO_TEST_CASE(load_errors) {
    scratch dir;
    const auto missing = failure<advocacy::io_error>([&] { (void)advocacy::load(dir.path / "absent.json"); });
    BOOST_REQUIRE(missing.has_value());
    BOOST_TEST(missing->path() == (dir.path / "absent.json").string());
    BOOST_TEST(missing->reason() == "No such file or directory");
    BOOST_TEST(std::string(missing->what()) == (dir.path / "absent.json").string() + ": No such file or directory");

    const auto folder = failure<advocacy::io_error>([&] { (void)advocacy::load(dir.path); });
    BOOST_REQUIRE(folder.has_value());
    BOOST_TEST(folder->reason() == "Is a directory");

    const auto broken = dir.path / "broken.json";
    std::ofstream(broken) << "{\n  \"schema_version\": 1,\n  \"id\": \"x\"\n  \"title\": \"X\"\n}\n";
    const auto e = failure<advocacy::parse_error>([&] { (void)advocacy::load(broken); });
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->line() == 4u);
}

// The writer puts the document straight into its text; the escapes are those every earlier
// version wrote: \" \\ \b \t \n \f \r, the other controls as \u00XX, and nothing else (DEL, "/",
// non-ASCII and U+2028 as they are).
BOOST_AUTO_TEST_CASE(text_is_escaped_as_before) {
    advocacy::campaign c("x", "X");
    std::string summary;
    for (char control = 1; control < 0x20; ++control) summary += control;
    summary += "\x7f \"q\" \\ / \xc3\xa9 \xf0\x9f\x98\x80 \xe2\x80\xa8";
    c.set_summary(summary);
    const std::string expected =
        R"(  "summary": "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010)"
        R"(\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f)"
        "\x7f \\\"q\\\" \\\\ / \xc3\xa9 \xf0\x9f\x98\x80 \xe2\x80\xa8\",\n";
    const auto text = advocacy::to_json(c);
    BOOST_TEST(text.find(expected) != std::string::npos, text);
    BOOST_TEST((advocacy::campaign_from_json(text) == c));
}

BOOST_AUTO_TEST_CASE(every_field_is_written_in_its_place) {
    const auto text = advocacy::to_json(full_campaign());
    // Nested objects and arrays: two spaces per level, empty ones as {} and [].
    BOOST_TEST(text.find("  \"groups\": [\n    {\n      \"id\": \"twin-cities-55\",\n") != std::string::npos);
    BOOST_TEST(text.find("      \"contacts\": [\n        {\n          \"name\": \"Dana Reyes\",\n") != std::string::npos);
    BOOST_TEST(text.find("        \"effective\": {\n          \"first\": \"2015-09-02\",\n          \"last\": \"2015-12-16\"\n"
                         "        },\n        \"skipped\": [\n          \"2015-11-25\"\n        ],\n") != std::string::npos);
    BOOST_TEST(text.find("      \"contacts\": [],\n      \"meetings\": null\n    }\n  ],\n") != std::string::npos);
    BOOST_TEST(text.find("      \"window\": null,\n      \"related_conferences\": [\n        \"mid-atlantic-2015\",\n") !=
               std::string::npos);
    BOOST_TEST(text.find("  \"regions\": {\n    \"Mid Atlantic\": [\n      \"DC\",\n      \"MD\",\n      \"VA\"\n    ],\n") !=
               std::string::npos);
    BOOST_TEST(text.find("\"summary\": \"Letters, meetings and five conferences.\\nSecond line; \\\"quoted\\\" and \\\\ backslash.\"") !=
               std::string::npos);
    BOOST_TEST(text.ends_with("    }\n  ]\n}\n"));
}

// The reader takes documents as to_json() writes them in one pass, and any other JSON of the
// schema through a tree; both give the same campaign.
BOOST_AUTO_TEST_CASE(documents_written_otherwise_read_the_same) {
    const auto expected = full_campaign();
    const std::string text = advocacy::to_json(expected);
    std::string compact;  // no whitespace between tokens, none of them in strings here
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            compact += text.substr(i++, 2);
            continue;
        }
        if (text[i] == '"') in_string = !in_string;
        if (in_string || (text[i] != ' ' && text[i] != '\n')) compact += text[i];
    }
    const std::vector<std::string> variants{
        compact,
        // Escapes a writer may use for any character.
        replace(replace(replace(text, "\"Baltimore\"", R"("Balt\u0069m\u006Fre")"), "\"Year end\"", R"("Year\u0020end")"),
                "Workshops \xe2\x80\x94 and", R"(Workshops \u2014 and)"),
        // Members in another order, nulls for what may be absent.
        replace(replace(text, "\n  \"organization\": \"Example Rights Network\",", ""), "{\n  \"schema_version\": 1,",
                "{\"organization\": \"Example Rights Network\", \"schema_version\": 1,"),
        replace(text, "\"contacts\": [],\n      \"meetings\": null", "\"meetings\": null,\n      \"contacts\": null"),
        // An unknown member anywhere.
        replace(text, "\"name\": \"Dana Reyes\",", "\"name\": \"Dana Reyes\", \"pronouns\": \"they\","),
        "\t\r\n " + text + "\r\n",
    };
    for (const auto& variant : variants) BOOST_TEST((advocacy::campaign_from_json(variant) == expected), variant);
    BOOST_TEST((advocacy::campaign_from_json(compact) == expected));

    const auto smile = advocacy::campaign_from_json(
        R"({"schema_version": 1, "id": "x", "title": "X", "summary": "Smile \ud83d\ude00 \/ \"q\" \b\f\n\r\t\u0000!"})");
    BOOST_TEST(smile.summary() == std::string("Smile \xf0\x9f\x98\x80 / \"q\" \b\f\n\r\t") + '\0' + "!");
}

// What the one-pass reader does not take goes to the tree, which words the error as before.
BOOST_AUTO_TEST_CASE(bad_escapes_numbers_and_nulls_are_refused_as_before) {
    const std::string head = R"({"schema_version": 1, "id": "x", "title": )";
    for (const char* bad : {R"("\ud800")", R"("\udc00 x")", R"("\ud800\u0041")", R"("\x")", R"("\u12")", "\"a\tb\""}) {
        const auto e = parse_failure(head + bad + "}");
        BOOST_REQUIRE_MESSAGE(e.has_value(), bad);
        BOOST_TEST(e->reason().starts_with("invalid JSON: "), e->reason());
    }
    const std::string group =
        R"({"schema_version": 1, "id": "x", "title": "X", "groups": [{"id": "g", "name": "G", "meetings": {"kind": "weekly",)"
        R"( "weekday": "monday", "start": "07:05", "time_zone": "UTC", "duration_minutes": )";
    const auto leading_zero = parse_failure(group + "030}}]}");
    BOOST_REQUIRE(leading_zero.has_value());
    BOOST_TEST(leading_zero->reason().starts_with("invalid JSON: "), leading_zero->reason());
    const auto fraction = parse_failure(group + "30.5}}]}");
    BOOST_REQUIRE(fraction.has_value());
    BOOST_TEST(fraction->reason() == "/groups/0/meetings/duration_minutes: expected a whole number from 0 to 10080, got a fractional number");
    const auto missing = parse_failure(group + "null}}]}");
    BOOST_REQUIRE(missing.has_value());
    BOOST_TEST(missing->reason() == "/groups/0/meetings/duration_minutes: required, missing");
    const auto null_day = parse_failure(
        R"({"schema_version": 1, "id": "x", "title": "X", "conferences": [{"id": "a", "name": "A", "dates": {"first": "2015-11-07", "last": null}}]})");
    BOOST_REQUIRE(null_day.has_value());
    BOOST_TEST(null_day->reason() == "/conferences/0/dates/last: required, missing");
    const auto trailing = parse_failure(R"({"schema_version": 1, "id": "x", "title": "X"} x)");
    BOOST_REQUIRE(trailing.has_value());
    BOOST_TEST(trailing->reason().starts_with("invalid JSON: "), trailing->reason());
}

// check_campaign_json finds every problem, each with its pointer and line, where
// campaign_from_json stops at the first.
BOOST_AUTO_TEST_CASE(check_reports_every_problem_with_its_line) {
    const std::string text =
        "{\n"                                                                          // 1
        "  \"schema_version\": 1,\n"                                                   // 2
        "  \"id\": \"c\",\n"                                                           // 3
        "  \"title\": \"T\",\n"                                                        // 4
        "  \"conferences\": [\n"                                                       // 5
        "    {\"id\": \"k1\", \"name\": \"K\", \"dates\": {\"first\": \"2015-11-30\",\n"  // 6
        "      \"last\": \"2015-12-01\"}, \"description\": 5, \"region\": 7},\n"       // 7
        "    {\"id\": \"k2\", \"name\": \"K\", \"dates\": {\"first\": \"2015-11-31\", \"last\": \"2015-12-01\"}}\n"  // 8
        "  ],\n"                                                                       // 9
        "  \"groups\": [\n"                                                            // 10
        "    {\"id\": \"g1\", \"name\": \"G\"},\n"                                    // 11
        "    {\"id\": \"g2\"}\n"                                                       // 12
        "  ],\n"                                                                       // 13
        "  \"actions\": [{\"id\": \"a\", \"kind\": \"march\", \"title\": \"A\"}]\n"   // 14
        "}\n";
    BOOST_CHECK_THROW(advocacy::campaign_from_json(text), advocacy::parse_error);
    const auto problems = advocacy::check_campaign_json(text);
    std::vector<std::string> seen;
    for (const auto& p : problems) seen.push_back(std::to_string(p.line) + " " + p.field());
    // Within an object, a member at fault is taken out and the object read again; a required one
    // cannot be, so the object's check ends there.
    const std::vector<std::string> expected{"7 conferences[0].region", "7 conferences[0].description",
                                            "8 conferences[1].dates.first", "12 groups[1].name", "14 actions[0].kind"};
    BOOST_TEST(seen == expected, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(problems.size() == 5u);
    BOOST_TEST(problems[2].pointer == "/conferences/1/dates/first");
    BOOST_TEST(problems[2].reason == "\"2015-11-31\": November has 30 days");
    BOOST_TEST(problems[3].reason == "required, missing");
}

BOOST_AUTO_TEST_CASE(check_of_a_good_document_finds_nothing) {
    BOOST_TEST(advocacy::check_campaign_json(advocacy::to_json(advocacy::sample_campaign())).empty());
}

BOOST_AUTO_TEST_CASE(check_of_bad_syntax_is_one_problem_with_line_and_column) {
    const auto problems = advocacy::check_campaign_json("{\n  \"id\": \"c\",\n  \"title\" \"T\"\n}\n");
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0].pointer.empty());
    BOOST_TEST(problems[0].line == 3u);
    BOOST_TEST(problems[0].column == 13u);  // the closing quote of "T", where a colon was expected
    BOOST_TEST(problems[0].reason.starts_with("invalid JSON: "));
}

BOOST_AUTO_TEST_CASE(check_names_model_rules_and_duplicate_keys) {
    const std::string text =
        "{\"schema_version\": 1, \"id\": \"c\", \"title\": \"T\", \"title\": \"U\",\n"
        " \"regions\": {\"North\": [\"MN\"], \"South\": [\"MN\"]},\n"
        " \"conferences\": [{\"id\": \"k\", \"name\": \"K\", \"dates\": {\"first\": \"2015-10-01\", \"last\": \"2015-10-02\"}},\n"
        "   {\"id\": \"k\", \"name\": \"K2\", \"dates\": {\"first\": \"2015-10-01\", \"last\": \"2015-10-02\"}}],\n"
        " \"actions\": [{\"id\": \"a\", \"kind\": \"attend_conference\", \"title\": \"A\", \"related_conferences\": [\"nope\"]}]}\n";
    const auto problems = advocacy::check_campaign_json(text);
    std::vector<std::string> seen;
    for (const auto& p : problems) seen.push_back(std::to_string(p.line) + " " + p.field());
    const std::vector<std::string> expected{"1 title", "2 regions.South", "4 conferences[1]", "5 actions[0]"};
    BOOST_TEST(seen == expected, boost::test_tools::per_element());
    BOOST_TEST(problems[0].reason.starts_with("duplicate key \"title\""));
    BOOST_TEST(problems[2].reason.find("already used") != std::string::npos, problems[2].reason);
}

BOOST_AUTO_TEST_CASE(a_schedule_alone_is_the_object_a_group_holds) {
    const auto s = advocacy::meeting_schedule::monthly_on_weekday(2, date::Tuesday, advocacy::time_of_day{19h}, 90min,
                                                                  "America/Chicago")
                       .with_skipped({date::sys_days{date::year{2015} / 12 / 8}});
    const auto text = advocacy::to_json(s);
    BOOST_TEST(text.starts_with("{\n  \"kind\": \"monthly_by_weekday\",\n  \"nth\": 2,"), text);
    BOOST_TEST((advocacy::meeting_schedule_from_json(text) == s));
    // What a campaign document holds under "meetings" is the same object, one level deeper.
    advocacy::campaign c("c", "C");
    c.add_group({.id = "g", .name = "G", .meetings = s});
    BOOST_TEST(advocacy::to_json(c).find("\"meetings\": {") != std::string::npos);
    try {
        (void)advocacy::meeting_schedule_from_json(R"({"kind": "weekly", "weekday": "someday", "start": "19:00",
            "duration_minutes": 60, "time_zone": "America/Chicago"})");
        BOOST_ERROR("read a weekday that is none");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.reason().starts_with("/weekday: "), e.reason());
    }
    BOOST_CHECK_THROW((void)advocacy::meeting_schedule_from_json("{"), advocacy::parse_error);
    BOOST_CHECK_THROW((void)advocacy::meeting_schedule_from_json(R"({"start": 1e999})"), advocacy::parse_error);
}

// A key the schedule's kind does not read would be dropped without a word: "interval": 3 on a
// monthly kind read as every month.
BOOST_AUTO_TEST_CASE(a_schedule_refuses_the_keys_its_kind_does_not_read) {
    const std::string times = R"("start": "19:00", "duration_minutes": 60, "time_zone": "UTC")";
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"kind": "monthly_by_weekday", "nth": 2, "weekday": "tuesday", "interval": 3, )" + times + "}",
         "/interval: not read for a \"monthly_by_weekday\" schedule; a rule that needs it is written as kind \"rrule\" "
         "with its RRULE"},
        {R"({"kind": "monthly_by_day", "day_of_month": 5, "weekday": "tuesday", )" + times + "}",
         "/weekday: not read for a \"monthly_by_day\" schedule; a rule that needs it is written as kind \"rrule\" with "
         "its RRULE"},
        {R"({"kind": "weekly", "weekday": "tuesday", "nth": 2, )" + times + "}",
         "/nth: not read for a \"weekly\" schedule; a rule that needs it is written as kind \"rrule\" with its RRULE"},
        {R"({"kind": "rrule", "rrule": "FREQ=MONTHLY;BYDAY=2TU", "interval": 2, )" + times + "}",
         "/interval: not read for a schedule of kind \"rrule\", whose rrule says the whole rule"},
    };
    for (const auto& [document, reason] : cases) {
        BOOST_TEST_CONTEXT(document) {
            try {
                (void)advocacy::meeting_schedule_from_json(document);
                BOOST_ERROR("read a key the kind does not read");
            } catch (const advocacy::parse_error& e) {
                BOOST_TEST(e.reason() == reason);
            }
        }
    }
    // Null is no value, and a monthly kind may say it meets every month.
    const auto every_month = advocacy::meeting_schedule_from_json(
        R"({"kind": "monthly_by_weekday", "nth": 2, "weekday": "tuesday", "interval": 1, "day_of_month": null, )" + times + "}");
    BOOST_TEST((every_month == advocacy::meeting_schedule::monthly_on_weekday(2, date::Tuesday, advocacy::time_of_day{19h},
                                                                               60min, "UTC")));
}

BOOST_AUTO_TEST_SUITE_END()
