// SPDX-License-Identifier: MIT
#include "advocacy/campaign.hpp"

#include "advocacy/error.hpp"
#include "ids.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace advocacy::literals;

namespace {

using namespace date::literals;

auto day(int y, unsigned m, unsigned d) -> date::sys_days {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

// A prefix and a number, built by appending: GCC 12's -O3 flags `"k" + std::to_string(i)` with a
// false -Wrestrict, which a Release build with warnings as errors turns into a failure.
auto numbered(std::string_view prefix, std::size_t i) -> std::string {
    std::string out{prefix};
    out += std::to_string(i);
    return out;
}

auto make_conference(std::string id, std::string region, date::sys_days first, date::sys_days last,
                     std::string name = "") -> advocacy::conference {
    advocacy::conference c;
    c.name = name.empty() ? "Conference " + id : std::move(name);
    c.id = std::move(id);
    c.dates = advocacy::date_range(first, last);
    c.place.locality = "Springfield";
    c.place.state = "IL"_state;
    c.region = std::move(region);
    c.registration_url = "https://example.org/register/" + c.id;
    return c;
}

auto make_group(std::string id, std::string state, std::string region = "") -> advocacy::group {
    advocacy::group g;
    g.name = "Group " + id;
    g.id = std::move(id);
    g.place.locality = "Town";
    g.place.state = advocacy::state_code{state};
    g.region = std::move(region);
    g.contacts.push_back(advocacy::contact{"Alex Doe", "coordinator", "alex@example.org", "(555) 555-0100"});
    return g;
}

auto make_action(std::string id, advocacy::action_kind kind, std::vector<std::string> related = {})
    -> advocacy::action {
    advocacy::action a;
    a.id = std::move(id);
    a.kind = kind;
    a.title = "Do " + a.id;
    a.related_conferences = std::move(related);
    return a;
}

auto two_regions() -> advocacy::region_map {
    advocacy::region_map map;
    map.add("North", {"MN"_state, "WI"_state});
    map.add("South", {"FL"_state, "GA"_state});
    return map;
}

// Runs `f` and checks that it throws validation_error naming `field`.
template <class F>
void expect_field(F f, const std::string& field, const std::string& reason_part = "") {
    try {
        f();
        BOOST_ERROR("expected validation_error for " << field);
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == field);
        if (!reason_part.empty()) BOOST_TEST(e.reason().find(reason_part) != std::string::npos, e.reason());
    }
}

using advocacy::testing::ids;

using strings = std::vector<std::string>;

// The same data added afresh, in the same order: a campaign whose indexes were built by add_* only.
auto rebuilt(const advocacy::campaign& c) -> advocacy::campaign {
    advocacy::campaign out(c.id(), c.title());
    out.set_summary(c.summary());
    out.set_organization(c.organization());
    out.set_regions(c.regions());
    for (const auto& m : c.milestones()) out.add_milestone(m);
    for (const auto& x : c.conferences()) out.add_conference(x);
    for (const auto& g : c.groups()) out.add_group(g);
    for (const auto& a : c.actions()) out.add_action(a);
    return out;
}

// Every query of `a` answers as the same query of `b` does.
void expect_same_answers(const advocacy::campaign& a, const advocacy::campaign& b) {
    const strings states{"MN", "WI", "FL", "GA", "CA", ""};
    const strings regions{"North", "South", "West", ""};
    const std::vector<date::sys_days> days{day(2015, 9, 1), day(2015, 10, 2), day(2015, 10, 21), day(2016, 1, 1)};
    BOOST_TEST((a == b));
    BOOST_TEST((a.conflicts() == b.conflicts()));
    for (const auto d : days) BOOST_TEST(ids(a.upcoming_conferences(d)) == ids(b.upcoming_conferences(d)));
    for (const auto& r : regions) {
        BOOST_TEST(ids(a.conferences_in(r)) == ids(b.conferences_in(r)), r);
        BOOST_TEST(ids(a.groups_in_region(r)) == ids(b.groups_in_region(r)), r);
    }
    for (const auto& text : states) {
        const advocacy::state_code s{text};
        BOOST_TEST(ids(a.groups_in(s)) == ids(b.groups_in(s)), s);
        for (const auto d : days) {
            BOOST_TEST((a.conference_for(s, d) == b.conference_for(s, d)), s);
            BOOST_TEST((a.plan(s, d) == b.plan(s, d)), s);
        }
    }
    const advocacy::date_range weeks(day(2015, 10, 1), day(2015, 10, 31));
    BOOST_TEST((a.next_meetings(weeks) == b.next_meetings(weeks)));
    for (const auto& x : a.conferences()) BOOST_TEST((b.find_conference(x.id) && *b.find_conference(x.id) == x));
    for (const auto& g : a.groups()) BOOST_TEST((b.find_group(g.id) && *b.find_group(g.id) == g));
    for (const auto& x : a.actions()) BOOST_TEST((b.find_action(x.id) && *b.find_action(x.id) == x));
}

auto small_campaign() -> advocacy::campaign {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    c.add_conference(make_conference("long", "North", day(2015, 10, 1), day(2015, 12, 31)));
    c.add_conference(make_conference("short", "North", day(2015, 10, 20), day(2015, 10, 22)));
    c.add_conference(make_conference("south", "South", day(2015, 10, 1), day(2015, 10, 2)));
    c.add_group(make_group("mn1", "MN"));
    c.add_group(make_group("fl1", "FL"));
    auto meets = make_group("mn2", "MN", "North");
    meets.meetings = advocacy::meeting_schedule::parse("every Tuesday at 7pm", "America/Chicago");
    c.add_group(meets);
    c.add_action(make_action("write", advocacy::action_kind::letter));
    c.add_action(make_action("go", advocacy::action_kind::attend_conference, {"long", "short"}));
    c.add_action(make_action("meet", advocacy::action_kind::attend_meeting));
    return c;
}


}  // namespace

BOOST_AUTO_TEST_SUITE(campaign)

BOOST_AUTO_TEST_CASE(constructor_requires_id_and_title) {
    expect_field([] { advocacy::campaign("", "Title"); }, "campaign: id", "required");
    expect_field([] { advocacy::campaign("c", ""); }, "campaign: title", "required");
    expect_field([] { advocacy::campaign("c", "two\nlines"); }, "campaign: title", "line break");
    const advocacy::campaign c("c", "Title");
    BOOST_TEST(c.id() == "c");
    BOOST_TEST(c.title() == "Title");
    BOOST_TEST(c.summary().empty());
    BOOST_TEST(c.actions().empty());
    BOOST_TEST(c.regions().empty());
}

BOOST_AUTO_TEST_CASE(milestones_are_kept_in_date_order) {
    advocacy::campaign c("c", "T");
    c.add_milestone({day(2015, 9, 1), "later"});
    c.add_milestone({day(2015, 8, 11), "vote"});
    c.add_milestone({day(2015, 9, 1), "same day, added after"});
    BOOST_REQUIRE(c.milestones().size() == 3u);
    BOOST_TEST(c.milestones()[0].title == "vote");
    BOOST_TEST(c.milestones()[1].title == "later");
    BOOST_TEST(c.milestones()[2].title == "same day, added after");
    expect_field([&] { c.add_milestone({day(2015, 1, 1), ""}); }, "milestone 2015-01-01: title");
    BOOST_TEST(c.milestones().size() == 3u);
}

BOOST_AUTO_TEST_CASE(ids_are_unique_per_kind) {
    advocacy::campaign c("c", "T");
    c.add_conference(make_conference("ma-2015", "", day(2015, 11, 13), day(2015, 11, 15)));
    expect_field([&] { c.add_conference(make_conference("ma-2015", "", day(2016, 1, 1), day(2016, 1, 2))); },
                 "conference \"ma-2015\": id", "already used by another conference");
    c.add_group(make_group("g1", "MN"));
    expect_field([&] { c.add_group(make_group("g1", "WI")); }, "group \"g1\": id", "already used by another group");
    c.add_action(make_action("a1", advocacy::action_kind::letter));
    expect_field([&] { c.add_action(make_action("a1", advocacy::action_kind::call)); }, "action \"a1\": id",
                 "already used by another action");
    // The same id may name objects of different kinds.
    c.add_group(make_group("ma-2015", "MA"));
    c.add_action(make_action("g1", advocacy::action_kind::other));
    BOOST_TEST(c.conferences().size() == 1u);
    BOOST_TEST(c.groups().size() == 2u);
    BOOST_TEST(c.actions().size() == 2u);
    // A refused object leaves the indexes alone.
    BOOST_TEST(c.groups_in("WI"_state).empty());
    BOOST_TEST(c.upcoming_conferences(day(2015, 1, 1)).size() == 1u);
}

BOOST_AUTO_TEST_CASE(each_object_is_validated) {
    advocacy::campaign c("c", "T");
    auto bad_conference = make_conference("x", "", day(2015, 1, 1), day(2015, 1, 1));
    bad_conference.name.clear();
    BOOST_CHECK_THROW(c.add_conference(bad_conference), advocacy::validation_error);
    auto bad_group = make_group("g", "MN");
    bad_group.contacts[0].email = "not an email";
    BOOST_CHECK_THROW(c.add_group(bad_group), advocacy::validation_error);
    auto bad_action = make_action("a", advocacy::action_kind::letter);
    bad_action.title.clear();
    BOOST_CHECK_THROW(c.add_action(bad_action), advocacy::validation_error);
    BOOST_TEST(c.conferences().empty());
    BOOST_TEST(c.groups().empty());
    BOOST_TEST(c.actions().empty());
}

BOOST_AUTO_TEST_CASE(related_conferences_must_exist) {
    advocacy::campaign c("c", "T");
    c.add_conference(make_conference("one", "", day(2015, 1, 1), day(2015, 1, 1)));
    expect_field([&] { c.add_action(make_action("go", advocacy::action_kind::attend_conference, {"one", "two"})); },
                 "action \"go\": related_conferences[1]", "no conference \"two\"");
    BOOST_TEST(c.find_action("go") == nullptr);
    c.add_action(make_action("go", advocacy::action_kind::attend_conference, {"one"}));
    BOOST_TEST(c.find_action("go")->related_conferences == strings{"one"});
}

BOOST_AUTO_TEST_CASE(regions_must_be_in_the_map_when_one_is_set) {
    advocacy::campaign c("c", "T");
    // Without a map any region is accepted.
    c.add_conference(make_conference("n", "North", day(2015, 1, 1), day(2015, 1, 1)));
    c.add_group(make_group("g", "MN", "North"));
    c.set_regions(two_regions());
    expect_field([&] { c.add_conference(make_conference("w", "West", day(2015, 1, 1), day(2015, 1, 1))); },
                 "conference \"w\": region", "\"West\" is not a region");
    expect_field([&] { c.add_group(make_group("h", "CA", "West")); }, "group \"h\": region", "\"West\"");
    // A group or conference without a region is fine.
    c.add_group(make_group("h", "CA"));

    advocacy::region_map only_south;
    only_south.add("South", {"FL"_state});
    expect_field([&] { c.set_regions(only_south); }, "conference \"n\": region", "\"North\"");
    BOOST_TEST((c.regions() == two_regions()));  // unchanged after the refusal

    advocacy::campaign d("d", "T");
    d.add_group(make_group("g", "MN", "North"));
    expect_field([&] { d.set_regions(only_south); }, "group \"g\": region", "\"North\"");
    d.set_regions(advocacy::region_map{});  // an empty map checks nothing
}

BOOST_AUTO_TEST_CASE(lookup_by_id) {
    advocacy::campaign c("c", "T");
    c.add_conference(make_conference("k1", "", day(2015, 1, 1), day(2015, 1, 2)));
    c.add_group(make_group("g1", "MN"));
    c.add_action(make_action("a1", advocacy::action_kind::letter));
    BOOST_REQUIRE(c.find_conference("k1") != nullptr);
    BOOST_TEST((c.find_conference("k1")->dates.last() == day(2015, 1, 2)));
    BOOST_REQUIRE(c.find_group("g1") != nullptr);
    BOOST_TEST(c.find_group("g1")->place.state == "MN"_state);
    BOOST_REQUIRE(c.find_action("a1") != nullptr);
    BOOST_TEST(c.find_action("a1")->title == "Do a1");
    BOOST_TEST(c.find_conference("g1") == nullptr);
    BOOST_TEST(c.find_group("a1") == nullptr);
    BOOST_TEST(c.find_action("k1") == nullptr);
}

BOOST_AUTO_TEST_CASE(upcoming_conferences_in_date_order_ties_by_name) {
    advocacy::campaign c("c", "T");
    c.add_conference(make_conference("late", "North", day(2015, 11, 20), day(2015, 11, 22), "Zeta"));
    c.add_conference(make_conference("tie-b", "South", day(2015, 10, 23), day(2015, 10, 25), "Beta"));
    c.add_conference(make_conference("tie-a", "North", day(2015, 10, 23), day(2015, 10, 25), "Alpha"));
    c.add_conference(make_conference("past", "North", day(2015, 3, 1), day(2015, 3, 2), "Old"));
    BOOST_TEST(ids(c.conferences()) == (strings{"late", "tie-b", "tie-a", "past"}));  // order added
    BOOST_TEST(ids(c.upcoming_conferences(day(2015, 1, 1))) == (strings{"past", "tie-a", "tie-b", "late"}));
    BOOST_TEST(ids(c.upcoming_conferences(day(2015, 10, 25))) == (strings{"tie-a", "tie-b", "late"}));
    BOOST_TEST(ids(c.upcoming_conferences(day(2015, 10, 26))) == (strings{"late"}));
    BOOST_TEST(c.upcoming_conferences(day(2015, 11, 23)).empty());
    BOOST_TEST(ids(c.conferences_in("North")) == (strings{"past", "tie-a", "late"}));
    BOOST_TEST(ids(c.conferences_in("South")) == (strings{"tie-b"}));
    BOOST_TEST(c.conferences_in("West").empty());
}

BOOST_AUTO_TEST_CASE(conference_for_is_the_next_of_the_states_region) {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    // A long conference still running is "next" before a short one inside it that ends sooner.
    c.add_conference(make_conference("long", "North", day(2015, 10, 1), day(2015, 12, 31)));
    c.add_conference(make_conference("short", "North", day(2015, 10, 20), day(2015, 10, 22)));
    c.add_conference(make_conference("south", "South", day(2015, 10, 1), day(2015, 10, 2)));
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 9, 1))->id == "long");
    BOOST_TEST(c.conference_for("WI"_state, day(2015, 10, 21))->id == "long");
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 12, 31))->id == "long");
    BOOST_TEST(!c.conference_for("MN"_state, day(2016, 1, 1)));
    BOOST_TEST(c.conference_for("FL"_state, day(2015, 10, 2))->id == "south");
    BOOST_TEST(!c.conference_for("FL"_state, day(2015, 10, 3)));
    BOOST_TEST(!c.conference_for("CA"_state, day(2015, 1, 1)));  // not in the map
    BOOST_TEST(!c.conference_for(""_state, day(2015, 1, 1)));
    c.add_conference(make_conference("early", "North", day(2015, 9, 5), day(2015, 9, 6)));
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 9, 1))->id == "early");
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 9, 7))->id == "long");
}

// Without a region map, a state's conferences are those held in it (place.state), and the plan
// step says so.
BOOST_AUTO_TEST_CASE(without_a_region_map_a_state_has_the_conferences_held_in_it) {
    advocacy::campaign c("c", "T");
    auto held_in = [](std::string id, std::string state, date::sys_days first, date::sys_days last) {
        auto k = make_conference(std::move(id), "", first, last);
        k.place.state = advocacy::state_code{state};
        return k;
    };
    c.add_conference(held_in("mn-long", "MN", day(2015, 10, 1), day(2015, 12, 31)));
    c.add_conference(held_in("mn-early", "MN", day(2015, 9, 5), day(2015, 9, 6)));
    c.add_conference(held_in("wi", "WI", day(2015, 9, 1), day(2015, 9, 2)));
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 9, 1))->id == "mn-early");
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 9, 7))->id == "mn-long");
    BOOST_TEST(!c.conference_for("MN"_state, day(2016, 1, 1)));
    BOOST_TEST(c.conference_for("WI"_state, day(2015, 9, 1))->id == "wi");
    BOOST_TEST(!c.conference_for("IA"_state, day(2015, 9, 1)));
    BOOST_TEST(!c.conference_for(""_state, day(2015, 9, 1)));

    c.add_action(make_action("go", advocacy::action_kind::attend_conference));
    auto steps = c.plan("MN"_state, day(2015, 9, 1));
    BOOST_REQUIRE(steps.size() == 1u);
    BOOST_REQUIRE(steps[0].event.has_value());
    BOOST_TEST(steps[0].event->id == "mn-early");
    BOOST_TEST(steps[0].instruction.ends_with(
        ": https://example.org/register/mn-early (the campaign has no region map: conferences held in MN)"));
    BOOST_TEST(c.plan("IA"_state, day(2015, 9, 1)).empty());  // none held in the state: left out

    // An action naming its conferences counts the named ones held in the state.
    c.remove_action("go");
    c.add_action(make_action("go", advocacy::action_kind::attend_conference, {"wi", "mn-long"}));
    steps = c.plan("MN"_state, day(2015, 9, 1));
    BOOST_REQUIRE(steps.size() == 1u);
    BOOST_TEST(steps[0].event->id == "mn-long");
    expect_same_answers(c, rebuilt(c));

    // A map, once set, decides again: MN's region has no conference.
    advocacy::region_map map;
    map.add("North", {"MN"_state});
    c.set_regions(map);
    BOOST_TEST(!c.conference_for("MN"_state, day(2015, 9, 1)));
    BOOST_TEST(c.plan("MN"_state, day(2015, 9, 1)).empty());
    expect_same_answers(c, rebuilt(c));
}

BOOST_AUTO_TEST_CASE(conference_for_matches_a_linear_scan) {
    std::mt19937 random(20150811);
    std::uniform_int_distribution<int> start(0, 365);
    std::uniform_int_distribution<int> length(0, 40);
    std::uniform_int_distribution<int> which(0, 1);
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    const auto base = day(2015, 1, 1);
    for (int i = 0; i < 300; ++i) {
        const auto first = base + date::days{start(random)};
        c.add_conference(make_conference(numbered("k", i), which(random) == 0 ? "North" : "South", first,
                                         first + date::days{length(random)}, numbered("C", i % 7)));
        if (i % 37 != 0) continue;
        for (int d = -1; d <= 410; d += 3) {
            const auto today = base + date::days{d};
            const auto all = c.upcoming_conferences(today);
            const auto expected = std::find_if(all.begin(), all.end(), [](const auto& x) { return x.region == "South"; });
            const auto got = c.conference_for("GA"_state, today);
            BOOST_TEST_REQUIRE(got.has_value() == (expected != all.end()));
            if (got) BOOST_TEST_REQUIRE(got->id == expected->id);
        }
    }
}

// Many conferences of one region, overlapping, many sharing their dates, added in random order:
// every indexed answer is the one a sort of all the conferences gives.
BOOST_AUTO_TEST_CASE(many_overlapping_conferences_in_one_region_match_brute_force) {
    std::mt19937 random(20160304);
    std::uniform_int_distribution<int> start(0, 200);
    std::uniform_int_distribution<int> length(0, 3);
    std::uniform_int_distribution<int> shape(0, 9);
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    std::vector<advocacy::conference> all;
    const auto base = day(2015, 1, 1);
    for (int i = 0; i < 2000; ++i) {
        const auto first = base + date::days{start(random)};
        // Mostly short, some a few months long, some sharing the very same days.
        const int kind = shape(random);
        const auto last = kind == 0 ? first + date::days{90 + start(random) / 2}
                          : kind == 1 ? base + date::days{100}
                                      : first + date::days{length(random)};
        const auto from = kind == 1 ? base + date::days{100 - length(random)} : first;
        auto x = make_conference(numbered("k", i), i % 10 == 0 ? "South" : "North", from, last,
                                 numbered("C", i % 13));
        c.add_conference(x);
        all.push_back(std::move(x));
    }
    std::sort(all.begin(), all.end(), [](const auto& x, const auto& y) {
        return std::tie(x.dates, x.name, x.id) < std::tie(y.dates, y.name, y.id);
    });
    strings north;
    for (const auto& x : all) {
        if (x.region == "North") north.push_back(x.id);
    }
    BOOST_TEST(ids(c.conferences_in("North")) == north);
    for (int d = -2; d <= 400; d += 1) {
        const auto today = base + date::days{d};
        strings upcoming;
        std::optional<std::string> next_north;
        for (const auto& x : all) {
            if (x.dates.last() < today) continue;
            upcoming.push_back(x.id);
            if (!next_north && x.region == "North") next_north = x.id;
        }
        BOOST_TEST_REQUIRE(ids(c.upcoming_conferences(today)) == upcoming);
        const auto got = c.conference_for("MN"_state, today);
        BOOST_TEST_REQUIRE(got.has_value() == next_north.has_value());
        if (got) BOOST_TEST_REQUIRE(got->id == *next_north);
    }
    std::size_t pairs = 0;
    for (std::size_t a = 0; a < all.size(); ++a) {
        for (std::size_t b = a + 1; b < all.size() && all[b].dates.first() <= all[a].dates.last(); ++b) ++pairs;
    }
    BOOST_TEST(c.conflicts().size() == pairs);
}

// Groups added before the region map are found by their state's region once the map is set.
BOOST_AUTO_TEST_CASE(groups_in_region_follows_a_map_set_later) {
    advocacy::campaign c("c", "T");
    c.add_group(make_group("mn1", "MN"));
    c.add_group(make_group("fl1", "FL"));
    c.add_group(make_group("ca1", "CA", "North"));
    BOOST_TEST(ids(c.groups_in_region("North")) == (strings{"ca1"}));
    c.set_regions(two_regions());
    BOOST_TEST(ids(c.groups_in_region("North")) == (strings{"mn1", "ca1"}));
    BOOST_TEST(ids(c.groups_in_region("South")) == (strings{"fl1"}));
    c.add_group(make_group("wi1", "WI"));
    BOOST_TEST(ids(c.groups_in_region("North")) == (strings{"mn1", "ca1", "wi1"}));
    expect_same_answers(c, rebuilt(c));
}

BOOST_AUTO_TEST_CASE(conflicts_are_overlapping_pairs_in_date_order) {
    advocacy::campaign c("c", "T");
    c.add_conference(make_conference("d", "", day(2015, 10, 20), day(2015, 10, 20)));
    c.add_conference(make_conference("b", "", day(2015, 10, 5), day(2015, 10, 6)));
    c.add_conference(make_conference("a", "", day(2015, 10, 1), day(2015, 10, 5)));
    c.add_conference(make_conference("c", "", day(2015, 10, 6), day(2015, 10, 10)));
    const auto pairs = c.conflicts();
    BOOST_REQUIRE(pairs.size() == 2u);
    BOOST_TEST(pairs[0].first.id == "a");
    BOOST_TEST(pairs[0].second.id == "b");
    BOOST_TEST(pairs[1].first.id == "b");
    BOOST_TEST(pairs[1].second.id == "c");

    // A long conference overlaps everything inside it, not only its neighbour.
    c.add_conference(make_conference("e", "", day(2015, 9, 30), day(2015, 10, 31)));
    std::vector<std::string> seen;
    for (const auto& [x, y] : c.conflicts()) seen.push_back(x.id + "/" + y.id);
    BOOST_TEST(seen == (strings{"e/a", "e/b", "e/c", "e/d", "a/b", "b/c"}));
    BOOST_TEST(advocacy::campaign("x", "T").conflicts().empty());
}

BOOST_AUTO_TEST_CASE(groups_by_state_and_region) {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    c.add_group(make_group("mn1", "MN"));
    c.add_group(make_group("fl1", "FL"));
    c.add_group(make_group("mn2", "MN", "North"));
    c.add_group(make_group("ca1", "CA", "South"));  // its own region wins over its state
    c.add_group(make_group("wi1", "WI", "South"));
    c.add_group(make_group("ca2", "CA"));
    BOOST_TEST(ids(c.groups_in("MN"_state)) == (strings{"mn1", "mn2"}));
    BOOST_TEST(ids(c.groups_in("CA"_state)) == (strings{"ca1", "ca2"}));
    BOOST_TEST(c.groups_in("TX"_state).empty());
    BOOST_TEST(c.groups_in(""_state).empty());
    BOOST_TEST(ids(c.groups_in_region("North")) == (strings{"mn1", "mn2"}));
    BOOST_TEST(ids(c.groups_in_region("South")) == (strings{"fl1", "ca1", "wi1"}));
    BOOST_TEST(c.groups_in_region("West").empty());
    BOOST_TEST(ids(c.groups()) == (strings{"mn1", "fl1", "mn2", "ca1", "wi1", "ca2"}));
}

BOOST_AUTO_TEST_CASE(copies_are_equal_and_independent) {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    c.add_conference(make_conference("k1", "North", day(2015, 10, 1), day(2015, 10, 2)));
    c.add_group(make_group("g1", "MN"));
    c.add_action(make_action("a1", advocacy::action_kind::letter));
    advocacy::campaign copy = c;
    BOOST_TEST((copy == c));
    copy.add_group(make_group("g2", "MN"));
    copy.add_conference(make_conference("k0", "North", day(2015, 9, 1), day(2015, 9, 2)));
    copy.add_action(make_action("a2", advocacy::action_kind::letter));
    copy.add_milestone({day(2015, 8, 11), "vote"});
    BOOST_TEST((copy != c));
    BOOST_TEST(ids(c.groups_in("MN"_state)) == (strings{"g1"}));
    BOOST_TEST(ids(copy.groups_in("MN"_state)) == (strings{"g1", "g2"}));
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 8, 1))->id == "k1");
    BOOST_TEST(copy.conference_for("MN"_state, day(2015, 8, 1))->id == "k0");
    BOOST_TEST(c.find_group("g2") == nullptr);
    BOOST_TEST(c.find_conference("k0") == nullptr);
    BOOST_TEST(c.find_action("a2") == nullptr);
    BOOST_TEST(c.milestones().empty());
    // The original can still grow without touching the copy, and reuse the id the copy took.
    c.add_group(make_group("g2", "WI"));
    BOOST_TEST(ids(c.groups_in("WI"_state)) == (strings{"g2"}));
    BOOST_TEST(copy.groups_in("WI"_state).empty());
    advocacy::campaign assigned("other", "O");
    assigned = copy;
    BOOST_TEST((assigned == copy));
    BOOST_TEST(ids(assigned.groups_in("MN"_state)) == (strings{"g1", "g2"}));
}

// Copies share the conference indexes until one of them changes: each then answers for its own
// conferences, and a moved-from campaign can be assigned and used again.
BOOST_AUTO_TEST_CASE(copies_share_conference_indexes_until_one_changes) {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    c.add_conference(make_conference("k1", "North", day(2015, 10, 1), day(2015, 10, 2)));
    const advocacy::campaign copy = c;
    c.add_conference(make_conference("k0", "North", day(2015, 9, 1), day(2015, 9, 2)));
    c.add_conference(make_conference("k2", "South", day(2015, 9, 5), day(2015, 9, 5)));
    BOOST_TEST(copy.conference_for("MN"_state, day(2015, 8, 1))->id == "k1");
    BOOST_TEST(ids(copy.upcoming_conferences(day(2015, 8, 1))) == (strings{"k1"}));
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 8, 1))->id == "k0");
    BOOST_TEST(ids(c.upcoming_conferences(day(2015, 8, 1))) == (strings{"k0", "k2", "k1"}));
    expect_same_answers(c, rebuilt(c));
    expect_same_answers(copy, rebuilt(copy));
    advocacy::campaign moved = std::move(c);
    BOOST_TEST(ids(moved.conferences_in("North")) == (strings{"k0", "k1"}));
    c = copy;  // a moved-from campaign can be assigned and used again
    c.add_conference(make_conference("k3", "South", day(2015, 11, 1), day(2015, 11, 1)));
    BOOST_TEST(ids(c.conferences_in("South")) == (strings{"k3"}));
    BOOST_TEST(copy.conferences_in("South").empty());
}

BOOST_AUTO_TEST_CASE(equality_compares_the_data) {
    const auto build = [](std::string summary) {
        advocacy::campaign c("c", "T");
        c.set_summary(std::move(summary));
        c.add_group(make_group("g1", "MN"));
        return c;
    };
    BOOST_TEST((build("s") == build("s")));  // groups compared by value, not by pointer
    BOOST_TEST((build("s") != build("t")));
    auto a = build("s");
    auto b = build("s");
    b.set_organization("Org");
    BOOST_TEST((a != b));
    a.set_organization("Org");
    a.add_group(make_group("g2", "MN"));
    b.add_group(make_group("g2", "WI"));
    BOOST_TEST((a != b));
}

BOOST_AUTO_TEST_CASE(next_meetings_in_time_order_with_their_group) {
    advocacy::campaign c("c", "T");
    auto chicago = make_group("chi", "IL");
    chicago.meetings = advocacy::meeting_schedule::weekly(date::Tuesday, advocacy::time_of_day{std::chrono::hours{19}}, std::chrono::hours{2},
                                                          "America/Chicago");
    auto boston = make_group("bos", "MA");
    boston.meetings = advocacy::meeting_schedule::weekly(date::Tuesday, advocacy::time_of_day{std::chrono::hours{19}},
                                                         std::chrono::hours{2}, "America/New_York");
    c.add_group(chicago);
    c.add_group(make_group("none", "MN"));  // no schedule: no meetings
    c.add_group(boston);
    const auto meetings = c.next_meetings(advocacy::date_range(day(2015, 10, 27), day(2015, 11, 3)));
    BOOST_REQUIRE(meetings.size() == 4u);
    // Boston's 7 pm comes an hour before Chicago's, on both sides of the Nov 1 change.
    BOOST_TEST(meetings[0].host->id == "bos");
    BOOST_TEST(meetings[1].host->id == "chi");
    BOOST_TEST(meetings[2].host->id == "bos");
    BOOST_TEST(meetings[3].host->id == "chi");
    BOOST_TEST((meetings[1].time.start.get_sys_time() == date::sys_days{day(2015, 10, 28)} + std::chrono::hours{0}));
    BOOST_TEST((meetings[3].time.start.get_sys_time() == date::sys_days{day(2015, 11, 4)} + std::chrono::hours{1}));
    BOOST_TEST((meetings[3].time.start.get_local_time() ==
                date::local_days{date::year{2015} / 11 / 3} + std::chrono::hours{19}));
    BOOST_TEST(meetings[0].host.get() == c.find_group("bos"));  // shares the campaign's group
    BOOST_TEST(c.next_meetings(advocacy::date_range(day(2015, 10, 28), day(2015, 11, 2))).empty());
}

// Enough groups that the time order comes from the radix sort rather than the short-list sort, in
// four zones with many simultaneous meetings: the answer is every group's occurrences, ordered by
// start with ties in the order the groups were added, each with its own group.
BOOST_AUTO_TEST_CASE(meetings_are_equal_when_their_groups_are_equal_not_only_their_ids) {
    const auto g = make_group("g1", "MN");
    auto renamed = g;
    renamed.name = "Another name";
    const advocacy::meeting_time t;
    const advocacy::group_meeting a{std::make_shared<const advocacy::group>(g), t};
    const advocacy::group_meeting same{std::make_shared<const advocacy::group>(g), t};
    const advocacy::group_meeting other{std::make_shared<const advocacy::group>(renamed), t};
    BOOST_TEST((a == same));      // equal groups in different objects
    BOOST_TEST(!(a == other));    // the same id, another group
    BOOST_TEST(!(a == advocacy::group_meeting{}));
}

BOOST_AUTO_TEST_CASE(next_meetings_of_many_groups_match_every_schedule_expanded_and_sorted) {
    const std::vector<std::string> zones{"America/New_York", "America/Chicago", "America/Denver", "Asia/Kolkata"};
    advocacy::campaign c("c", "T");
    for (int i = 0; i < 700; ++i) {
        auto g = make_group(numbered("g", i), "MN");
        const auto& zone = zones[static_cast<std::size_t>(i) % zones.size()];
        const auto start = std::chrono::minutes{60 * (17 + i % 3) + 30 * (i % 2)};
        if (i % 5 == 0) {
            g.meetings = advocacy::meeting_schedule::monthly_on_weekday(1 + i % 4, date::weekday{unsigned(i % 7)},
                                                                        advocacy::time_of_day{start}, std::chrono::hours{1}, zone);
        } else if (i % 5 != 1) {  // one in five has no schedule
            g.meetings = advocacy::meeting_schedule::weekly(date::weekday{unsigned(i % 7)}, advocacy::time_of_day{start},
                                                            std::chrono::hours{2}, zone, 1 + unsigned(i % 2));
        }
        c.add_group(std::move(g));
    }
    for (const auto& days : {advocacy::date_range(day(2015, 10, 1), day(2015, 11, 30)),
                             advocacy::date_range(day(1990, 1, 1), day(2030, 12, 31))}) {
        std::vector<advocacy::group_meeting> expected;
        for (const auto& g : c.groups()) {
            if (!g.meetings) continue;
            for (const auto& t : g.meetings->occurrences(days)) {
                expected.push_back({std::make_shared<const advocacy::group>(g), t});
            }
        }
        std::stable_sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
            return a.time.start.get_sys_time() < b.time.start.get_sys_time();
        });
        const auto got = c.next_meetings(days);
        BOOST_REQUIRE(got.size() == expected.size());
        BOOST_TEST(got.size() > 512u);
        for (std::size_t i = 0; i < got.size(); ++i) {
            BOOST_TEST_CONTEXT("meeting " << i) {
                BOOST_TEST(got[i].host->id == expected[i].host->id);
                BOOST_TEST((got[i].time == expected[i].time));
                BOOST_TEST(got[i].host.get() == c.find_group(got[i].host->id));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(plan_for_a_state_without_a_group_says_so) {
    advocacy::campaign c("c", "T");
    c.set_organization("Example Org");
    c.set_regions(two_regions());
    c.add_group(make_group("mn1", "MN"));
    c.add_action(make_action("write", advocacy::action_kind::letter));
    c.add_action(make_action("meet", advocacy::action_kind::attend_meeting));
    c.add_action(make_action("go", advocacy::action_kind::attend_conference));
    const auto steps = c.plan("GA"_state, day(2015, 9, 1));
    BOOST_REQUIRE(steps.size() == 2u);  // no conference in the South: that step is left out
    BOOST_TEST(steps[0].action_id == "write");
    BOOST_TEST(steps[0].instruction == "No local group is listed in GA; ask Example Org for the nearest one");
    BOOST_TEST(steps[0].groups.empty());
    BOOST_TEST(steps[1].action_id == "meet");
    BOOST_TEST((steps[1].kind == advocacy::action_kind::attend_meeting));
    BOOST_TEST(steps[1].meetings.empty());
    BOOST_TEST(steps[1].instruction == "No local group is listed in GA; ask Example Org for the nearest one");
}

// An attend-conference action that names its conferences gets the first, in date order, of the
// named ones that serve the state's region and have not ended, not the region's next one.
BOOST_AUTO_TEST_CASE(plan_counts_only_the_conferences_an_action_names) {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    c.add_conference(make_conference("soon", "North", day(2015, 10, 1), day(2015, 10, 2)));   // next, not named
    c.add_conference(make_conference("over", "North", day(2015, 8, 1), day(2015, 8, 2)));     // named, ended
    c.add_conference(make_conference("south", "South", day(2015, 10, 5), day(2015, 10, 6)));  // named, elsewhere
    c.add_conference(make_conference("late", "North", day(2015, 12, 1), day(2015, 12, 3)));    // named
    c.add_conference(make_conference("b-tie", "North", day(2015, 11, 1), day(2015, 11, 2), "Same"));  // named
    c.add_conference(make_conference("a-tie", "North", day(2015, 11, 1), day(2015, 11, 2), "Same"));  // named
    c.add_action(make_action("go", advocacy::action_kind::attend_conference, {"late", "over", "south", "b-tie", "a-tie"}));
    const auto today = day(2015, 9, 1);
    auto steps = c.plan("MN"_state, today);
    BOOST_REQUIRE(steps.size() == 1u);
    BOOST_REQUIRE(steps[0].event.has_value());
    BOOST_TEST(steps[0].event->id == "a-tie");  // same days and name: the id decides
    c.remove_action("go");
    c.add_action(make_action("go", advocacy::action_kind::attend_conference, {"late", "over", "south"}));
    steps = c.plan("WI"_state, today);
    BOOST_REQUIRE(steps.size() == 1u);
    BOOST_TEST(steps[0].event->id == "late");
    BOOST_TEST(c.plan("WI"_state, day(2015, 12, 4)).empty());  // every named one has ended
    BOOST_TEST(c.plan("TX"_state, today).empty());             // a state outside the map has no region
}

BOOST_AUTO_TEST_CASE(plan_follows_targets_windows_and_kinds) {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    c.add_group(make_group("mn1", "MN"));
    c.add_group(make_group("mn2", "MN"));
    auto quiet = make_group("fl1", "FL");
    quiet.contacts.clear();
    quiet.website = "https://example.org/fl1";
    c.add_group(quiet);
    c.add_conference(make_conference("north", "North", day(2015, 10, 23), day(2015, 10, 25), "North Conference"));
    c.add_conference(make_conference("other", "North", day(2015, 10, 1), day(2015, 10, 2), "Other Conference"));

    auto expired = make_action("expired", advocacy::action_kind::letter);
    expired.window = advocacy::date_range(day(2015, 8, 1), day(2015, 8, 31));
    c.add_action(expired);
    c.add_action(make_action("write", advocacy::action_kind::letter));
    auto call = make_action("call", advocacy::action_kind::call);
    call.target.id = "mn2";
    c.add_action(call);
    auto senator = make_action("senator", advocacy::action_kind::email);
    senator.target = advocacy::action_target{advocacy::target_kind::official, "", "Senator Example"};
    c.add_action(senator);
    c.add_action(make_action("sign", advocacy::action_kind::petition));
    c.add_action(make_action("go", advocacy::action_kind::attend_conference, {"north"}));

    const auto steps = c.plan("MN"_state, day(2015, 9, 1));
    BOOST_REQUIRE(steps.size() == 5u);
    BOOST_TEST(steps[0].action_id == "write");
    BOOST_TEST(steps[0].instruction ==
               "Write to Group mn1 (Town, MN): Alex Doe, coordinator, alex@example.org; or Group mn2 (Town, MN): "
               "Alex Doe, coordinator, alex@example.org");
    BOOST_TEST(ids(steps[0].groups) == (strings{"mn1", "mn2"}));
    BOOST_TEST(steps[1].instruction == "Call Group mn2 (Town, MN): Alex Doe, coordinator, (555) 555-0100");
    BOOST_TEST(ids(steps[1].groups) == (strings{"mn2"}));
    BOOST_TEST(steps[2].instruction == "Email Senator Example");
    BOOST_TEST(steps[2].groups.empty());
    BOOST_TEST(steps[3].instruction == "Do sign");
    // "other" comes first in the region but the action names only "north".
    BOOST_TEST(steps[4].action_id == "go");
    BOOST_REQUIRE(steps[4].event.has_value());
    BOOST_TEST(steps[4].event->id == "north");
    BOOST_TEST(steps[4].instruction ==
               "Register for the North Conference, Oct 23\xE2\x80\x93" "25, 2015, Springfield, IL: "
               "https://example.org/register/north");

    const auto florida = c.plan("FL"_state, day(2015, 9, 1));
    BOOST_REQUIRE(florida.size() == 4u);  // no conference in the South
    BOOST_TEST(florida[0].instruction == "Write to Group fl1 (Town, FL): https://example.org/fl1");

    auto ghost = make_action("ghost", advocacy::action_kind::letter);
    ghost.target.id = "nowhere";
    c.add_action(ghost);
    BOOST_TEST(c.plan("MN"_state, day(2015, 9, 1)).back().instruction ==
               "The group \"nowhere\" is not listed in this campaign");
    BOOST_TEST(c.plan("MN"_state, day(2015, 10, 26)).size() == 5u);  // the conference is over
}

// A step for the local groups names the group a supporter chose, else their locality's groups,
// else the state's; never more than plan_groups_named, the sentence counting the others.
BOOST_AUTO_TEST_CASE(plan_for_narrows_the_groups_and_names_three_at_most) {
    advocacy::campaign c("c", "T");
    for (int i = 1; i <= 5; ++i) {
        auto g = make_group("mn" + std::to_string(i), "MN");
        g.place.locality = i <= 2 ? "Duluth" : "St. Paul";
        c.add_group(std::move(g));
    }
    auto wi = make_group("wi1", "WI");
    wi.place.locality = "Superior";
    c.add_group(wi);
    c.add_action(make_action("write", advocacy::action_kind::letter));
    c.add_action(make_action("meet", advocacy::action_kind::attend_meeting));
    const auto today = day(2015, 9, 1);
    const auto named = [](const std::vector<advocacy::plan_step>& steps) {
        std::vector<strings> out;
        for (const auto& s : steps) out.push_back(ids(s.groups));
        return out;
    };

    // The whole state: the first three in the order added, and the count of the others.
    auto steps = c.plan("MN"_state, today);
    BOOST_TEST(named(steps) == (std::vector<strings>{{"mn1", "mn2", "mn3"}, {"mn1", "mn2", "mn3"}}));
    BOOST_TEST(steps[0].instruction.ends_with("; or one of 2 more groups in MN"), steps[0].instruction);
    BOOST_TEST(steps[1].instruction.ends_with("; or one of 2 more groups in MN"), steps[1].instruction);
    BOOST_TEST((c.plan(advocacy::plan_for{.state = "MN"_state}, today) == steps));

    // The locality, matched without case or surrounding spaces; one without groups is the state.
    steps = c.plan({.state = "MN"_state, .locality = "  duluth "}, today);
    BOOST_TEST(named(steps) == (std::vector<strings>{{"mn1", "mn2"}, {"mn1", "mn2"}}));
    BOOST_TEST(steps[0].instruction.find("more group") == std::string::npos, steps[0].instruction);
    steps = c.plan({.state = "MN"_state, .locality = "ST. PAUL"}, today);
    BOOST_TEST(named(steps) == (std::vector<strings>{{"mn3", "mn4", "mn5"}, {"mn3", "mn4", "mn5"}}));
    BOOST_TEST((c.plan({.state = "MN"_state, .locality = "Moorhead"}, today) == c.plan("MN"_state, today)));
    BOOST_TEST((c.plan({.state = "WI"_state, .locality = "Duluth"}, today) == c.plan("WI"_state, today)));

    // The group chosen, even across the state line; one the campaign lacks is passed over.
    steps = c.plan({.state = "MN"_state, .locality = "Duluth", .preferred_group = "wi1"}, today);
    BOOST_TEST(named(steps) == (std::vector<strings>{{"wi1"}, {"wi1"}}));
    BOOST_TEST((c.plan({.state = "MN"_state, .locality = "Duluth", .preferred_group = "gone"}, today) ==
                c.plan({.state = "MN"_state, .locality = "Duluth"}, today)));

    // Four more in one city: the sentence says where the others are.
    for (int i = 6; i <= 9; ++i) {
        auto g = make_group("mn" + std::to_string(i), "MN");
        g.place.locality = "Duluth";
        c.add_group(std::move(g));
    }
    steps = c.plan({.state = "MN"_state, .locality = "Duluth"}, today);
    BOOST_TEST(steps[0].instruction.ends_with("; or one of 3 more groups in Duluth, MN"), steps[0].instruction);
    BOOST_TEST(c.plan("MN"_state, today)[0].instruction.ends_with("; or one of 6 more groups in MN"));

    // Counts are written as people write them.
    std::vector<advocacy::group> many;
    for (int i = 0; i < 1000; ++i) many.push_back(make_group("tx" + std::to_string(i), "TX"));
    c.add_groups(std::move(many));
    BOOST_TEST(c.plan("TX"_state, today)[0].instruction.ends_with("; or one of 997 more groups in TX"));
    c.add_group(make_group("tx-last", "TX"));
    BOOST_TEST(c.plan("TX"_state, today)[0].instruction.ends_with("; or one of 998 more groups in TX"));
    for (int i = 0; i < 3; ++i) c.add_group(make_group("tx-more" + std::to_string(i), "TX"));
    BOOST_TEST(c.plan("TX"_state, today)[0].instruction.ends_with("; or one of 1,001 more groups in TX"));
}

BOOST_AUTO_TEST_CASE(replace_conference_keeps_its_place_and_reindexes) {
    auto c = small_campaign();
    // "long" moves to the South and into September: every index must follow.
    c.replace_conference(make_conference("long", "South", day(2015, 9, 1), day(2015, 9, 3), "Renamed"));
    BOOST_TEST(ids(c.conferences()) == (strings{"long", "short", "south"}));
    BOOST_TEST(c.find_conference("long")->name == "Renamed");
    BOOST_TEST(ids(c.conferences_in("North")) == (strings{"short"}));
    BOOST_TEST(ids(c.conferences_in("South")) == (strings{"long", "south"}));
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 9, 1))->id == "short");
    BOOST_TEST(c.conference_for("FL"_state, day(2015, 9, 2))->id == "long");
    BOOST_TEST(c.conflicts().empty());
    expect_same_answers(c, rebuilt(c));
}

BOOST_AUTO_TEST_CASE(remove_conference_reindexes_and_refuses_one_still_related) {
    auto c = small_campaign();
    const auto before = c;
    expect_field([&] { c.remove_conference("short"); }, "action \"go\": related_conferences[1]",
                 "conference \"short\"");
    expect_same_answers(c, before);
    c.replace_action(make_action("go", advocacy::action_kind::attend_conference, {"long"}));
    c.remove_conference("short");
    BOOST_TEST(ids(c.conferences()) == (strings{"long", "south"}));
    BOOST_TEST(c.find_conference("short") == nullptr);
    BOOST_TEST(ids(c.conferences_in("North")) == (strings{"long"}));
    BOOST_TEST(c.conflicts().size() == 1u);
    expect_same_answers(c, rebuilt(c));
    // The id is free again.
    c.add_conference(make_conference("short", "North", day(2015, 9, 1), day(2015, 9, 1)));
    expect_same_answers(c, rebuilt(c));
}

BOOST_AUTO_TEST_CASE(replace_and_remove_groups_and_actions) {
    auto c = small_campaign();
    c.replace_group(make_group("mn1", "WI", "South"));
    BOOST_TEST(ids(c.groups()) == (strings{"mn1", "fl1", "mn2"}));
    BOOST_TEST(ids(c.groups_in("MN"_state)) == (strings{"mn2"}));
    BOOST_TEST(ids(c.groups_in("WI"_state)) == (strings{"mn1"}));
    BOOST_TEST(ids(c.groups_in_region("South")) == (strings{"mn1", "fl1"}));
    expect_same_answers(c, rebuilt(c));
    c.remove_group("mn2");
    BOOST_TEST(c.find_group("mn2") == nullptr);
    BOOST_TEST(c.next_meetings(advocacy::date_range(day(2015, 10, 1), day(2015, 10, 31))).empty());
    BOOST_TEST(c.find_group("fl1")->id == "fl1");  // positions after the removed one moved down
    expect_same_answers(c, rebuilt(c));
    c.replace_action(make_action("write", advocacy::action_kind::call));
    BOOST_TEST((c.find_action("write")->kind == advocacy::action_kind::call));
    c.remove_action("write");
    BOOST_TEST(ids(c.actions()) == (strings{"go", "meet"}));
    BOOST_TEST(c.find_action("meet")->id == "meet");
    expect_same_answers(c, rebuilt(c));
}

BOOST_AUTO_TEST_CASE(replace_and_remove_leave_the_campaign_unchanged_when_they_throw) {
    auto c = small_campaign();
    const auto before = c;
    expect_field([&] { c.replace_conference(make_conference("nope", "North", day(2015, 9, 1), day(2015, 9, 1))); },
                 "conference \"nope\": id", "no such conference");
    expect_field([&] { c.remove_conference("nope"); }, "conference \"nope\": id");
    expect_field([&] { c.replace_conference(make_conference("long", "West", day(2015, 9, 1), day(2015, 9, 1))); },
                 "conference \"long\": region", "\"West\"");
    auto bad = make_conference("long", "North", day(2015, 9, 1), day(2015, 9, 1));
    bad.name.clear();
    expect_field([&] { c.replace_conference(bad); }, "conference \"long\": name");
    expect_field([&] { c.replace_group(make_group("nope", "MN")); }, "group \"nope\": id", "no such group");
    expect_field([&] { c.replace_group(make_group("mn1", "MN", "West")); }, "group \"mn1\": region");
    expect_field([&] { c.remove_group("nope"); }, "group \"nope\": id");
    expect_field([&] { c.replace_action(make_action("nope", advocacy::action_kind::letter)); }, "action \"nope\": id");
    expect_field([&] { c.replace_action(make_action("go", advocacy::action_kind::attend_conference, {"x"})); },
                 "action \"go\": related_conferences[0]");
    expect_field([&] { c.remove_action("nope"); }, "action \"nope\": id");
    expect_same_answers(c, before);
}

BOOST_AUTO_TEST_CASE(random_changes_answer_as_a_campaign_built_afresh) {
    std::mt19937 random(20151113);
    const strings regions{"North", "South", ""};
    const strings states{"MN", "WI", "FL", "GA", "CA"};
    const auto pick = [&](const strings& from) { return from[random() % from.size()]; };
    const auto some_day = [&] { return day(2015, 9, 1) + date::days{static_cast<int>(random() % 120)}; };
    auto c = small_campaign();
    for (int step = 0; step < 300; ++step) {
        const std::string id = numbered("x", random() % 6);
        const auto first = some_day();
        try {
            switch (random() % 8) {
            case 0: c.add_conference(make_conference(id, pick(regions), first, first + date::days{static_cast<int>(random() % 4)})); break;
            case 1: c.replace_conference(make_conference(id, pick(regions), first, first + date::days{static_cast<int>(random() % 4)})); break;
            case 2: c.remove_conference(id); break;
            case 3: c.add_group(make_group(id, pick(states), pick(regions))); break;
            case 4: c.replace_group(make_group(id, pick(states), pick(regions))); break;
            case 5: c.remove_group(id); break;
            case 6: c.add_action(make_action(id, advocacy::action_kind::attend_conference, {numbered("x", random() % 6)})); break;
            default: c.remove_action(id); break;
            }
        } catch (const advocacy::validation_error&) {
            // Refused changes are part of the test: the campaign must stay consistent.
        }
        if (step % 10 == 0) expect_same_answers(c, rebuilt(c));
    }
    expect_same_answers(c, rebuilt(c));
}

// Batch adds ------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(add_groups_and_conferences_as_one_by_one) {
    advocacy::campaign batched("c", "T");
    batched.set_regions(two_regions());
    advocacy::campaign single = batched;
    const std::vector<advocacy::group> groups{make_group("mn1", "MN"), make_group("fl1", "FL"), make_group("mn2", "MN", "North"),
                                              make_group("ca1", "CA", "South")};
    const std::vector<advocacy::conference> events{
        make_conference("long", "North", day(2015, 10, 1), day(2015, 12, 31)),
        make_conference("short", "North", day(2015, 10, 20), day(2015, 10, 22)),
        make_conference("south", "South", day(2015, 10, 1), day(2015, 10, 2))};
    batched.add_conferences(events);
    batched.add_groups(groups);
    for (const auto& e : events) single.add_conference(e);
    for (const auto& g : groups) single.add_group(g);
    BOOST_TEST((batched == single));
    expect_same_answers(batched, single);
    // Into a campaign that has some already.
    batched.add_groups({make_group("wi1", "WI")});
    batched.add_conferences({make_conference("next", "North", day(2015, 11, 1), day(2015, 11, 1))});
    single.add_group(make_group("wi1", "WI"));
    single.add_conference(make_conference("next", "North", day(2015, 11, 1), day(2015, 11, 1)));
    BOOST_TEST((batched == single));
    expect_same_answers(batched, single);
    BOOST_TEST(ids(batched.groups_in_region("North")) == (strings{"mn1", "mn2", "wi1"}));
}

// A batch is indexed in date order with hinted inserts: shuffled conferences, many sharing their
// dates and names, give the indexes the adds one by one give, into an empty campaign and into one
// that has conferences already.
BOOST_AUTO_TEST_CASE(add_conferences_indexes_as_one_by_one_in_any_order) {
    std::mt19937 random(7);
    const strings regions{"North", "South", ""};
    const strings names{"Summit", "Assembly", "Summit"};
    std::vector<advocacy::conference> events;
    for (int i = 0; i < 200; ++i) {
        const auto first = day(2015, 9, 25) + date::days{static_cast<int>(random() % 12)};
        events.push_back(make_conference(numbered("e", i), regions[random() % regions.size()], first,
                                         first + date::days{static_cast<int>(random() % 4)}, names[random() % names.size()]));
    }
    advocacy::campaign batched("c", "T");
    batched.set_regions(two_regions());
    advocacy::campaign single = batched;
    const auto middle = events.begin() + 150;
    batched.add_conferences({events.begin(), middle});
    for (auto it = events.begin(); it != middle; ++it) single.add_conference(*it);
    expect_same_answers(batched, single);
    batched.add_conferences({middle, events.end()});
    for (auto it = middle; it != events.end(); ++it) single.add_conference(*it);
    expect_same_answers(batched, single);
    // A copy shares the indexes: a batch into it leaves the original's as they were.
    const advocacy::campaign before = batched;
    auto copy = batched;
    copy.add_conferences({make_conference("late", "North", day(2015, 10, 3), day(2015, 10, 3), "Summit")});
    expect_same_answers(batched, before);
}

BOOST_AUTO_TEST_CASE(add_groups_refuses_a_bad_one_and_changes_nothing) {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    c.add_group(make_group("mn1", "MN"));
    c.add_conference(make_conference("long", "North", day(2015, 10, 1), day(2015, 12, 31)));
    const advocacy::campaign before = c;
    expect_field([&] { c.add_groups({make_group("a1", "MN"), make_group("mn1", "WI")}); }, "groups[1]: group \"mn1\": id",
                 "already used");
    expect_field([&] { c.add_groups({make_group("a1", "MN"), make_group("a2", "MN"), make_group("a1", "FL")}); },
                 "groups[2]: group \"a1\": id", "used by groups[0]");
    expect_field([&] { c.add_groups({make_group("a1", "MN"), make_group("a2", "MN", "Nowhere")}); },
                 "groups[1]: group \"a2\": region");
    expect_field([&] { c.add_groups({make_group("a1", "MN"), make_group("", "MN")}); }, "groups[1]: group: id");
    expect_field([&] { c.add_conferences({make_conference("long", "North", day(2016, 1, 1), day(2016, 1, 1))}); },
                 "conferences[0]: conference \"long\": id", "already used");
    expect_field([&] {
        c.add_conferences({make_conference("x", "North", day(2016, 1, 1), day(2016, 1, 1)),
                           make_conference("y", "Nowhere", day(2016, 1, 1), day(2016, 1, 1))});
    },
                 "conferences[1]: conference \"y\": region");
    BOOST_TEST((c == before));
    expect_same_answers(c, before);
}

BOOST_AUTO_TEST_CASE(add_groups_keeps_shared_groups_without_copying) {
    advocacy::campaign c("c", "T");
    c.set_regions(two_regions());
    const std::vector<std::shared_ptr<const advocacy::group>> batch{
        std::make_shared<const advocacy::group>(make_group("mn1", "MN")),
        std::make_shared<const advocacy::group>(make_group("fl1", "FL", "South"))};
    c.add_groups(batch);
    const auto held = c.group_snapshot();
    BOOST_TEST(held.size() == 2U);
    BOOST_TEST(held[0].get() == batch[0].get());
    BOOST_TEST(held[1].get() == batch[1].get());
    BOOST_TEST(ids(c.groups_in_region("South")) == strings{"fl1"});
    // Another campaign takes the first one's snapshot whole; the same object twice is one id twice.
    advocacy::campaign other("d", "U");
    other.add_groups(c.group_snapshot());
    BOOST_TEST((other.group_snapshot()[0].get() == batch[0].get()));
    const advocacy::campaign before = other;
    expect_field([&] { other.add_groups({std::make_shared<const advocacy::group>(make_group("wi1", "WI")), nullptr}); },
                 "groups[1]", "null");
    expect_field([&] { other.add_groups({batch[0]}); }, "groups[0]: group \"mn1\": id", "already used");
    const auto wi = std::make_shared<const advocacy::group>(make_group("wi1", "WI"));
    expect_field([&] { other.add_groups({wi, wi}); }, "groups[1]: group \"wi1\": id", "used by groups[0]");
    BOOST_TEST((other == before));
}

// add_groups keeps a batch's groups where its vector holds them, one block shared by all: the
// groups outlive the campaign (a snapshot holds the block), a bad batch leaves nothing behind.
BOOST_AUTO_TEST_CASE(add_groups_keeps_a_batch_as_one_block) {
    std::vector<std::shared_ptr<const advocacy::group>> snapshot;
    {
        advocacy::campaign c("c", "T");
        std::vector<advocacy::group> batch{make_group("mn1", "MN"), make_group("fl1", "FL"), make_group("wi1", "WI")};
        const advocacy::group* storage = batch.data();
        c.add_groups(std::move(batch));
        snapshot = c.group_snapshot();
        BOOST_TEST(snapshot[0].get() == storage);  // not moved
        BOOST_TEST(snapshot[2].get() == storage + 2);
        c.remove_group("mn1");
        c.replace_group(make_group("fl1", "CA"));
        BOOST_TEST(ids(c.groups_in("CA"_state)) == strings{"fl1"});
        std::vector<advocacy::group> roomy;  // more room than groups: given back before it is kept
        roomy.reserve(64);
        roomy.push_back(make_group("ia1", "IA"));
        c.add_groups(std::move(roomy));
        BOOST_TEST(ids(c.groups_in("IA"_state)) == strings{"ia1"});
        const advocacy::campaign before = c;
        expect_field([&] { c.add_groups({make_group("oh1", "OH"), make_group("wi1", "WI")}); }, "groups[1]: group \"wi1\": id",
                     "already used");
        BOOST_TEST((c == before));
    }
    BOOST_TEST(snapshot.size() == 3U);
    BOOST_TEST(snapshot[0]->id == "mn1");
    BOOST_TEST(snapshot[1]->place.state == "FL"_state);
    BOOST_TEST(snapshot[2]->id == "wi1");
}

BOOST_AUTO_TEST_CASE(group_snapshot_is_not_touched_by_later_changes) {
    advocacy::campaign c("c", "T");
    c.add_groups({make_group("mn1", "MN"), make_group("fl1", "FL")});
    const auto snapshot = c.group_snapshot();
    c.replace_group(make_group("mn1", "WI"));
    c.remove_group("fl1");
    BOOST_TEST(snapshot.size() == 2U);
    BOOST_TEST(snapshot[0]->place.state == "MN"_state);
    BOOST_TEST(snapshot[1]->id == "fl1");
    BOOST_TEST(c.group_snapshot().size() == 1U);
    BOOST_TEST(c.group_snapshot()[0]->place.state == "WI"_state);
}

BOOST_AUTO_TEST_SUITE_END()
