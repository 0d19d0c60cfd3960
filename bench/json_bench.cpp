// SPDX-License-Identifier: MIT
// Reading and writing a campaign as JSON at n = 10^3, 10^4, 10^5 conferences plus as many groups,
// each group with one contact and one meeting schedule. Reading should grow linearly with n (the
// campaign's inserts are O(log n)), and stay near the cost of parsing the same text into a bare
// JSON tree (nlohmann's ordered_json, the floor printed beside it). bench/json_peers.py times
// Python's json module on the same document.
#include "advocacy/campaign.hpp"
#include "advocacy/json.hpp"
#include "scales.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <array>
#include <cstdint>
#include <filesystem>
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

auto conference_for(int i, std::mt19937& random) -> advocacy::conference {
    std::uniform_int_distribution<int> day_of(0, 3650);
    std::uniform_int_distribution<int> length(0, 3);
    advocacy::conference x;
    x.id = "k" + std::to_string(i);
    x.name = "Regional Conference " + std::to_string(i);
    const auto first = date::sys_days{2015_y / date::January / 1} + date::days{day_of(random)};
    x.dates = advocacy::date_range(first, first + date::days{length(random)});
    x.place.venue = "Convention Center";
    x.place.address_lines = {std::to_string(100 + i % 900) + " Main Street"};
    x.place.locality = i % 10 == 0 ? "Montréal" : "Springfield";
    x.place.state = nth_state(i % state_count);
    x.place.postal_code = std::to_string(10000 + i % 90000);
    x.place.time_zone = zones[static_cast<std::size_t>(i) % zones.size()];
    x.region = region_name(i % region_count);
    x.registration_url = "https://example.org/conferences/" + x.id;
    x.description = "Workshops, a lobby day briefing and a \"town hall\" with the regional coordinators.";
    return x;
}

auto group_for(int i) -> advocacy::group {
    advocacy::group g;
    g.id = "g" + std::to_string(i);
    g.name = "Group " + std::to_string(i);
    g.place.locality = "Town " + std::to_string(i % 1000);
    g.place.state = nth_state(i % state_count);
    g.place.time_zone = zones[static_cast<std::size_t>(i) % zones.size()];
    g.website = "https://example.org/groups/" + g.id;
    g.contacts.push_back({.name = "Leader " + std::to_string(i), .role = "Group leader",
                          .email = "leader" + std::to_string(i) + "@example.org", .phone = "555-0100"});
    g.meetings = schedule_for(i);
    return g;
}

// n conferences over 10 regions from 2015 to 2025 and n groups over 50 states.
auto campaign_of(int n) -> advocacy::campaign {
    advocacy::campaign c("national", "National campaign");
    c.set_summary("Letters, calls and meetings with the representatives of every district.");
    c.set_organization("Example Coalition");
    advocacy::region_map map;
    for (int r = 0; r < region_count; ++r) {
        std::vector<advocacy::state_code> states;
        for (int s = r; s < state_count; s += region_count) states.push_back(nth_state(s));
        map.add(region_name(r), std::move(states));
    }
    c.set_regions(std::move(map));
    std::mt19937 random(42);
    for (int i = 0; i < n; ++i) c.add_conference(conference_for(i, random));
    for (int i = 0; i < n; ++i) c.add_group(group_for(i));
    return c;
}

// Each n's campaign and document, made once and shared by the benchmarks.
auto document_of(int n) -> const std::string& {
    static std::map<int, std::string> made;
    auto& text = made[n];
    if (text.empty()) text = advocacy::to_json(campaign_of(n));
    return text;
}

auto campaign_for(int n) -> const advocacy::campaign& {
    static std::map<int, std::unique_ptr<advocacy::campaign>> made;
    auto& c = made[n];
    if (!c) c = std::make_unique<advocacy::campaign>(advocacy::campaign_from_json(document_of(n)));
    return *c;
}

void report(benchmark::State& state, std::size_t bytes) {
    state.SetItemsProcessed(2 * state.range(0) * state.iterations());  // conferences and groups
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes) * state.iterations());
    state.SetComplexityN(state.range(0));
}

void json_from_text(benchmark::State& state) {
    const auto& text = document_of(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto c = advocacy::campaign_from_json(text);
        benchmark::DoNotOptimize(c);
    }
    report(state, text.size());
}

// The floor: the same text parsed into a bare JSON tree, no model.
void json_floor_nlohmann_parse(benchmark::State& state) {
    const auto& text = document_of(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto tree = nlohmann::ordered_json::parse(text);
        benchmark::DoNotOptimize(tree);
    }
    report(state, text.size());
}

// The model's share of reading: the same conferences and groups, already made, added to an empty
// campaign with the same regions as the reader adds them, the conferences in one batch and the
// groups one by one (copying them in is left out of the time; freeing the campaign is in, as in
// json_from_text).
void json_floor_campaign_adds(benchmark::State& state) {
    const auto& c = campaign_for(static_cast<int>(state.range(0)));
    const auto all_groups = c.groups();
    for (auto _ : state) {
        state.PauseTiming();
        advocacy::campaign out(c.id(), c.title());
        out.set_regions(c.regions());
        auto conferences = c.conferences();
        auto groups = all_groups;
        state.ResumeTiming();
        out.add_conferences(std::move(conferences));
        for (auto& g : groups) out.add_group(std::move(g));
        benchmark::DoNotOptimize(out);
    }
    report(state, document_of(static_cast<int>(state.range(0))).size());
}

void json_to_text(benchmark::State& state) {
    const auto& c = campaign_for(static_cast<int>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto text = advocacy::to_json(c);
        bytes = text.size();
        benchmark::DoNotOptimize(text);
    }
    report(state, bytes);
}

// The floor for writing: nlohmann's dump(2) of the document's tree, built once outside the loop.
void json_floor_nlohmann_dump(benchmark::State& state) {
    const auto tree = nlohmann::ordered_json::parse(document_of(static_cast<int>(state.range(0))));
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto text = tree.dump(2);
        bytes = text.size();
        benchmark::DoNotOptimize(text);
    }
    report(state, bytes);
}

auto scratch_file(int n) -> std::filesystem::path {
    return std::filesystem::temp_directory_path() /
           ("advocacy-json-bench-" + std::to_string(::getpid()) + "-" + std::to_string(n) + ".json");
}

void json_load_file(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const auto path = scratch_file(n);
    advocacy::save(campaign_for(n), path);
    advocacy::load_options options;
    options.max_size = std::uintmax_t{1} << 32;  // 10^6 makes 1.6 GB, past the 1 GiB default
    for (auto _ : state) {
        auto c = advocacy::load(path, options);
        benchmark::DoNotOptimize(c);
    }
    std::filesystem::remove(path);
    report(state, document_of(n).size());
}

// Atomic and synced: the wall clock includes the wait for the disk.
void json_save_file(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const auto path = scratch_file(n);
    const auto& c = campaign_for(n);
    for (auto _ : state) advocacy::save(c, path);
    std::filesystem::remove(path);
    report(state, document_of(n).size());
}

#define SCALES ->Apply(advocacy_bench::scales)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN)
BENCHMARK(json_from_text) SCALES;
BENCHMARK(json_floor_nlohmann_parse) SCALES;
BENCHMARK(json_floor_campaign_adds) SCALES;
BENCHMARK(json_load_file) SCALES;
BENCHMARK(json_to_text) SCALES;
BENCHMARK(json_floor_nlohmann_dump) SCALES;
BENCHMARK(json_save_file) SCALES->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
