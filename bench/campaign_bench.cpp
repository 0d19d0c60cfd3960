// SPDX-License-Identifier: MIT
// The campaign's indexed questions on a synthetic campaign: groups_in and conference_for should
// cost O(log n + results), and next_meetings should expand many schedules quickly. The scaling
// benchmarks (n = 10^3, 10^4, 10^5 conferences in one region) check that adding a conference costs
// O(log n), that loading a campaign from JSON grows as n log n at most, and that
// upcoming_conferences costs O(log n + results).
#include "advocacy/campaign.hpp"
#include "advocacy/json.hpp"
#include "scales.hpp"

#include <benchmark/benchmark.h>
#include <malloc.h>

#include <array>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace advocacy::literals;

namespace {

using namespace date::literals;

constexpr int state_count = 50;
constexpr int region_count = 10;
constexpr std::array<const char*, 4> zones{"America/New_York", "America/Chicago", "America/Denver",
                                           "America/Los_Angeles"};

auto nth_state(int i) -> advocacy::state_code { return advocacy::state_code{"S" + std::to_string(10 + i)}; }
auto region_name(int i) -> std::string { return "Region " + std::to_string(i); }

// A mix of the rules groups use: weekly, every other week, nth weekday, day of month.
auto schedule_for(int i) -> advocacy::meeting_schedule {
    const std::string zone = zones[static_cast<std::size_t>(i) % zones.size()];
    const auto start = std::chrono::hours{17 + i % 4};
    const auto duration = std::chrono::minutes{90};
    const date::weekday day{static_cast<unsigned>(i % 7)};
    switch (i % 4) {
    case 0: return advocacy::meeting_schedule::weekly(day, advocacy::time_of_day{start}, duration, zone);
    case 1: return advocacy::meeting_schedule::weekly(day, advocacy::time_of_day{start}, duration, zone, 2);
    case 2: return advocacy::meeting_schedule::monthly_on_weekday(1 + i % 4, day, advocacy::time_of_day{start}, duration, zone);
    default: return advocacy::meeting_schedule::monthly_on_day(1 + static_cast<unsigned>(i % 28), advocacy::time_of_day{start}, duration, zone);
    }
}

auto contact_for(int i) -> advocacy::contact {
    advocacy::contact person;
    person.name = "Coordinator " + std::to_string(i);
    person.email = "group" + std::to_string(i) + "@example.org";
    person.phone = "(612) 555-0143";
    return person;
}

// n groups over 50 states (one extra group in a state of its own, "RAR"), n / 10 conferences
// over 10 regions from 2015 to 2025.
auto synthetic(int n, bool with_meetings, bool with_contacts = false) -> advocacy::campaign {
    advocacy::campaign c("synthetic", "Synthetic campaign");
    advocacy::region_map map;
    for (int r = 0; r < region_count; ++r) {
        std::vector<advocacy::state_code> states;
        for (int s = r; s < state_count; s += region_count) states.push_back(nth_state(s));
        if (r == 0) states.push_back("RAR"_state);
        map.add(region_name(r), std::move(states));
    }
    c.set_regions(std::move(map));
    std::mt19937 random(42);
    std::uniform_int_distribution<int> day_of(0, 3650);
    std::uniform_int_distribution<int> length(0, 3);
    for (int i = 0; i < n / 10; ++i) {
        advocacy::conference x;
        x.id = "k" + std::to_string(i);
        x.name = "Conference " + std::to_string(i);
        const auto first = date::sys_days{2015_y / date::January / 1} + date::days{day_of(random)};
        x.dates = advocacy::date_range(first, first + date::days{length(random)});
        x.place.locality = "City";
        x.place.state = nth_state(i % state_count);
        x.region = region_name(i % region_count);
        c.add_conference(std::move(x));
    }
    for (int i = 0; i < n; ++i) {
        advocacy::group g;
        g.id = "g" + std::to_string(i);
        g.name = "Group " + std::to_string(i);
        g.place.locality = "Town";
        g.place.state = i == 0 ? "RAR"_state : nth_state(i % state_count);
        if (with_meetings) g.meetings = schedule_for(i);
        if (with_contacts) g.contacts.push_back(contact_for(i));
        c.add_group(std::move(g));
    }
    return c;
}

auto campaign_of(int n) -> const advocacy::campaign& {
    static std::map<int, std::unique_ptr<advocacy::campaign>> cache;
    auto& slot = cache[n];
    if (!slot) slot = std::make_unique<advocacy::campaign>(synthetic(n, false));
    return *slot;
}

void groups_in_busy_state(benchmark::State& state) {
    const auto& c = campaign_of(static_cast<int>(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        auto groups = c.groups_in("S17"_state);
        found = groups.size();
        benchmark::DoNotOptimize(groups);
    }
    state.counters["results"] = static_cast<double>(found);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(groups_in_busy_state)->Apply(advocacy_bench::scales)->Complexity(benchmark::oN);

void groups_in_rare_state(benchmark::State& state) {
    const auto& c = campaign_of(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto groups = c.groups_in("RAR"_state);
        benchmark::DoNotOptimize(groups);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(groups_in_rare_state)->Apply(advocacy_bench::scales)->Complexity(benchmark::oLogN);

void conference_for(benchmark::State& state) {
    const auto& c = campaign_of(static_cast<int>(state.range(0)));
    std::mt19937 random(7);
    std::uniform_int_distribution<int> day_of(0, 3650);
    std::uniform_int_distribution<int> state_of(0, state_count - 1);
    std::vector<std::pair<advocacy::state_code, date::sys_days>> queries;
    for (int i = 0; i < 1024; ++i) {
        queries.emplace_back(nth_state(state_of(random)), date::sys_days{2015_y / 1 / 1} + date::days{day_of(random)});
    }
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& [code, day] = queries[i++ % queries.size()];
        auto next = c.conference_for(code, day);
        benchmark::DoNotOptimize(next);
    }
    state.counters["conferences"] = static_cast<double>(c.conferences().size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(conference_for)->Apply(advocacy_bench::scales)->Complexity(benchmark::oLogN);

void next_meetings_year(benchmark::State& state) {
    static const auto c = synthetic(10'000, true);
    const advocacy::date_range year(2016_y / date::January / 1, 2016_y / date::December / 31);
    std::size_t count = 0;
    for (auto _ : state) {
        auto meetings = c.next_meetings(year);
        count = meetings.size();
        benchmark::DoNotOptimize(meetings);
    }
    state.counters["occurrences"] = static_cast<double>(count);
    state.SetItemsProcessed(static_cast<std::int64_t>(count) * state.iterations());
}
BENCHMARK(next_meetings_year)->Unit(benchmark::kMillisecond);

// The same schedules expanded one by one without merging: the share of next_meetings spent in
// meeting_schedule::occurrences (recurrence and zone conversion) rather than in the merge.
void occurrences_only_year(benchmark::State& state) {
    std::vector<advocacy::meeting_schedule> schedules;
    for (int i = 0; i < 10'000; ++i) schedules.push_back(schedule_for(i));
    const advocacy::date_range year(2016_y / date::January / 1, 2016_y / date::December / 31);
    std::size_t count = 0;
    for (auto _ : state) {
        count = 0;
        for (const auto& s : schedules) {
            auto times = s.occurrences(year);
            count += times.size();
            benchmark::DoNotOptimize(times);
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(count) * state.iterations());
}
BENCHMARK(occurrences_only_year)->Unit(benchmark::kMillisecond);

// n conferences in one region, in random order, overlapping: days over ten years, 1 to 4 days
// long, one in fifty a month long.
auto one_region_conferences(int n) -> std::vector<advocacy::conference> {
    std::mt19937 random(11);
    std::uniform_int_distribution<int> day_of(0, 3650);
    std::uniform_int_distribution<int> length(0, 3);
    std::uniform_int_distribution<int> long_one(0, 49);
    std::vector<advocacy::conference> out;
    out.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        advocacy::conference x;
        x.id = "c" + std::to_string(i);
        x.name = "Conference " + std::to_string(i % 97);
        const auto first = date::sys_days{2015_y / date::January / 1} + date::days{day_of(random)};
        const auto days = long_one(random) == 0 ? 30 : length(random);
        x.dates = advocacy::date_range(first, first + date::days{days});
        x.place.locality = "City";
        x.place.state = "MN"_state;
        x.region = "Midwest";
        out.push_back(std::move(x));
    }
    return out;
}

auto one_region_campaign(int n) -> const advocacy::campaign& {
    static std::map<int, std::unique_ptr<advocacy::campaign>> cache;
    auto& slot = cache[n];
    if (!slot) {
        slot = std::make_unique<advocacy::campaign>("one-region", "One region");
        for (auto& x : one_region_conferences(n)) slot->add_conference(std::move(x));
    }
    return *slot;
}

// Adding n conferences to one region with `add(campaign, conferences)`, timing only that: the
// copies it takes and freeing the campaign are left out. items_per_second is inserts per second.
template <class Add>
void add_to_one_region(benchmark::State& state, Add add) {
    const auto n = static_cast<int>(state.range(0));
    const auto conferences = one_region_conferences(n);
    for (auto _ : state) {
        state.PauseTiming();
        auto copies = conferences;
        advocacy::campaign c("one-region", "One region");
        state.ResumeTiming();
        add(c, std::move(copies));
        benchmark::DoNotOptimize(c);
        state.PauseTiming();
        {
            [[maybe_unused]] const advocacy::campaign gone = std::move(c);
        }
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(n) * state.iterations());
    state.SetComplexityN(n);
}

// One by one.
void add_conference_one_region(benchmark::State& state) {
    add_to_one_region(state, [](advocacy::campaign& c, std::vector<advocacy::conference> all) {
        for (auto& x : all) c.add_conference(std::move(x));
    });
}
BENCHMARK(add_conference_one_region)->Apply(advocacy_bench::scales)->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

// As one batch (add_conferences), which readers use: indexed in date order, each insert starting
// where the one before it went.
void add_conferences_one_region(benchmark::State& state) {
    add_to_one_region(state, [](advocacy::campaign& c, std::vector<advocacy::conference> all) {
        c.add_conferences(std::move(all));
    });
}
BENCHMARK(add_conferences_one_region)->Apply(advocacy_bench::scales)->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

// The floor under add_conference: moving the same n conferences into a std::vector one by one,
// as the campaign stores them, without checks or indexes.
void push_back_conferences_floor(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const auto conferences = one_region_conferences(n);
    for (auto _ : state) {
        state.PauseTiming();
        auto copies = conferences;
        std::vector<advocacy::conference> stored;
        state.ResumeTiming();
        for (auto& x : copies) stored.push_back(std::move(x));
        benchmark::DoNotOptimize(stored);
        state.PauseTiming();
        {
            [[maybe_unused]] const auto gone = std::move(stored);
        }
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(n) * state.iterations());
    state.SetComplexityN(n);
}
BENCHMARK(push_back_conferences_floor)->Apply(advocacy_bench::scales)->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// Copying a campaign of n conferences (replace_* and remove_* change a copy), beside copying its
// conferences alone: the difference is the indexes.
void copy_campaign(benchmark::State& state) {
    const auto& c = one_region_campaign(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        advocacy::campaign copy = c;
        benchmark::DoNotOptimize(copy);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(copy_campaign)->Apply(advocacy_bench::scales)->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

void copy_conferences_floor(benchmark::State& state) {
    const auto& c = one_region_campaign(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        std::vector<advocacy::conference> copy = c.conferences();
        benchmark::DoNotOptimize(copy);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(copy_conferences_floor)->Apply(advocacy_bench::scales)->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// Reading a campaign of n conferences (one region) from its JSON text.
void load_json_conferences(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const std::string text = advocacy::to_json(one_region_campaign(n));
    for (auto _ : state) {
        auto c = advocacy::campaign_from_json(text);
        benchmark::DoNotOptimize(c);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(n) * state.iterations());
    state.SetBytesProcessed(static_cast<std::int64_t>(text.size()) * state.iterations());
    state.SetComplexityN(n);
}
BENCHMARK(load_json_conferences)->Apply(advocacy_bench::scales)->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

// upcoming_conferences on a day after every conference: no result, so only the O(log n) search.
void upcoming_conferences_none(benchmark::State& state) {
    const auto& c = one_region_campaign(static_cast<int>(state.range(0)));
    const date::sys_days later{2030_y / date::January / 1};
    for (auto _ : state) {
        auto found = c.upcoming_conferences(later);
        benchmark::DoNotOptimize(found);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(upcoming_conferences_none)->Apply(advocacy_bench::scales)->Complexity(benchmark::oLogN);

// conference_for with many overlapping conferences in the one region.
void conference_for_one_region(benchmark::State& state) {
    const auto& c = one_region_campaign(static_cast<int>(state.range(0)));
    advocacy::region_map map;
    map.add("Midwest", {"MN"_state});
    advocacy::campaign with_map = c;
    with_map.set_regions(std::move(map));
    std::mt19937 random(7);
    std::uniform_int_distribution<int> day_of(0, 3650);
    std::vector<date::sys_days> days;
    for (int i = 0; i < 1024; ++i) days.push_back(date::sys_days{2015_y / 1 / 1} + date::days{day_of(random)});
    std::size_t i = 0;
    for (auto _ : state) {
        auto next = with_map.conference_for("MN"_state, days[i++ % days.size()]);
        benchmark::DoNotOptimize(next);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(conference_for_one_region)->Apply(advocacy_bench::scales)->Complexity(benchmark::oLogN);

// ---- Groups at scale: n groups over 50 states, each with one contact and a meeting schedule ----

// synthetic(n, true, true): groups with a schedule and one contact, and three actions: write to the state's
// groups, attend one of their meetings, register for the region's conference.
auto planned_campaign(int n) -> const advocacy::campaign& {
    static std::map<int, std::unique_ptr<advocacy::campaign>> cache;
    auto& slot = cache[n];
    if (!slot) {
        auto c = synthetic(n, true, true);
        const std::array<std::pair<advocacy::action_kind, const char*>, 3> steps{
            {{advocacy::action_kind::letter, "Write to your group"},
             {advocacy::action_kind::attend_meeting, "Attend a meeting"},
             {advocacy::action_kind::attend_conference, "Register for your conference"}}};
        for (std::size_t i = 0; i < steps.size(); ++i) {
            advocacy::action a;
            a.id = "a" + std::to_string(i);
            a.kind = steps[i].first;
            a.title = steps[i].second;
            if (a.kind != advocacy::action_kind::attend_conference) a.target.kind = advocacy::target_kind::group;
            c.add_action(std::move(a));
        }
        slot = std::make_unique<advocacy::campaign>(std::move(c));
    }
    return *slot;
}

// next_meetings over one month for n groups: items_per_second is meetings per second, and should
// not fall as n grows (the cost per returned meeting stays flat).
void next_meetings_month(benchmark::State& state) {
    const auto& c = planned_campaign(static_cast<int>(state.range(0)));
    const advocacy::date_range month(2016_y / date::March / 1, 2016_y / date::March / 31);
    std::size_t count = 0;
    for (auto _ : state) {
        auto meetings = c.next_meetings(month);
        count = meetings.size();
        benchmark::DoNotOptimize(meetings);
    }
    state.counters["meetings"] = static_cast<double>(count);
    state.SetItemsProcessed(static_cast<std::int64_t>(count) * state.iterations());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(next_meetings_month)->Apply(advocacy_bench::scales)->Unit(benchmark::kMicrosecond)
    ->Complexity(benchmark::oN);

// A supporter's plan in a state with one group ("RAR") and in a state holding n / 50 groups: the
// first should not grow with n, the second grows with the state's groups.
void plan_rare_state(benchmark::State& state) {
    const auto& c = planned_campaign(static_cast<int>(state.range(0)));
    const date::sys_days today{2016_y / date::March / 1};
    for (auto _ : state) {
        auto steps = c.plan("RAR"_state, today);
        benchmark::DoNotOptimize(steps);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(plan_rare_state)->Apply(advocacy_bench::scales)->Complexity(benchmark::o1);

void plan_busy_state(benchmark::State& state) {
    const auto& c = planned_campaign(static_cast<int>(state.range(0)));
    const date::sys_days today{2016_y / date::March / 1};
    for (auto _ : state) {
        auto steps = c.plan("S17"_state, today);
        benchmark::DoNotOptimize(steps);
    }
    state.counters["state_groups"] = static_cast<double>(c.groups_in("S17"_state).size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(plan_busy_state)->Apply(advocacy_bench::scales)->Unit(benchmark::kMicrosecond)
    ->Complexity(benchmark::oN);

// groups_in_region on a region holding n / 10 groups, and conferences_in on one holding n / 100.
void groups_in_region(benchmark::State& state) {
    const auto& c = campaign_of(static_cast<int>(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        auto groups = c.groups_in_region("Region 3");
        found = groups.size();
        benchmark::DoNotOptimize(groups);
    }
    state.counters["results"] = static_cast<double>(found);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(groups_in_region)->Apply(advocacy_bench::scales)->Complexity(benchmark::oN);

void conferences_in(benchmark::State& state) {
    const auto& c = campaign_of(static_cast<int>(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        auto conferences = c.conferences_in("Region 3");
        found = conferences.size();
        benchmark::DoNotOptimize(conferences);
    }
    state.counters["results"] = static_cast<double>(found);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(conferences_in)->Apply(advocacy_bench::scales)->Complexity(benchmark::oN);

// Adding n groups (a contact and a schedule each) one by one: items_per_second is inserts per
// second, which should fall no faster than log n.
void add_group(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const auto& source = planned_campaign(n);
    const auto groups = source.groups();
    for (auto _ : state) {
        state.PauseTiming();
        auto copies = groups;
        advocacy::campaign c("groups", "Groups");
        c.set_regions(source.regions());
        state.ResumeTiming();
        for (auto& g : copies) c.add_group(std::move(g));
        benchmark::DoNotOptimize(c);
        state.PauseTiming();
        {
            [[maybe_unused]] const advocacy::campaign gone = std::move(c);
        }
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(n) * state.iterations());
    state.SetComplexityN(n);
}
BENCHMARK(add_group)->Apply(advocacy_bench::scales)->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

// conflicts() over n / 10 conferences in ten regions: O(n + pairs).
void conflicts(benchmark::State& state) {
    const auto& c = campaign_of(static_cast<int>(state.range(0)));
    std::size_t pairs = 0;
    for (auto _ : state) {
        auto found = c.conflicts();
        pairs = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["pairs"] = static_cast<double>(pairs);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(conflicts)->Apply(advocacy_bench::scales)->Unit(benchmark::kMicrosecond)
    ->Complexity(benchmark::oN);

// The heap a campaign holds per group (one contact, one meeting schedule; indexes included),
// measured by the allocator's own count of bytes in use (malloc's chunk overhead included, and the
// large blocks it maps apart, such as a vector of 10^5 groups), with the groups added one by one
// (each in an allocation of its own) or as one batch (add_groups keeps the batch's vector whole).
template <bool batch>
void memory_per_group(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    std::vector<advocacy::group> groups;
    groups.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        advocacy::group g;
        g.id = "g" + std::to_string(i);
        g.name = "Group " + std::to_string(i);
        g.place.locality = "Town";
        g.place.state = nth_state(i % state_count);
        g.contacts.push_back(contact_for(i));
        g.meetings = schedule_for(i);
        groups.push_back(std::move(g));
    }
    const auto in_use = [] {
        const auto info = mallinfo2();
        return info.uordblks + info.hblkhd;
    };
    double per_group = 0;
    for (auto _ : state) {
        state.PauseTiming();
        malloc_trim(0);
        const auto before = in_use();
        auto copies = groups;
        state.ResumeTiming();
        advocacy::campaign c("memory", "Memory");
        if constexpr (batch) {
            c.add_groups(std::move(copies));
        } else {
            for (auto& g : copies) c.add_group(std::move(g));
        }
        state.PauseTiming();
        copies.clear();
        copies.shrink_to_fit();
        const auto after = in_use();
        // The copies' own storage was moved in or freed, so what remains allocated since `before` is
        // the campaign's.
        per_group = (static_cast<double>(after) - static_cast<double>(before)) / n;
        benchmark::DoNotOptimize(c);
        state.ResumeTiming();
    }
    state.counters["bytes_per_group"] = per_group;
}
BENCHMARK(memory_per_group<false>)->Name("memory_per_group")->Apply(advocacy_bench::scales)->Iterations(1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(memory_per_group<true>)->Name("memory_per_group_batch")->Apply(advocacy_bench::scales)->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
