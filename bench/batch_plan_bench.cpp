// SPDX-License-Identifier: MIT
// Plans for a supporter list (issue "Supporters": at least 1,000,000 plans a second per core on
// the sample campaign). Beside the peer, campaign::plan called for each supporter in a loop:
// - plan_each: campaign::plan(state, today) per supporter (the single-supporter loop);
// - plan_batch: plan_batch over the same supporters, one thread, the sink only counting;
// - csv_pipeline/threads: the command's work without its files: a CSV supporter list read a row at
//   a time (for_each_supporter), planned and formatted as CSV (one row per supporter) by a
//   plan_stream on 1 or 2 threads, the chunks' text counted;
// - csv_pipeline_groups/threads: the same against a campaign of 10^4 or 10^5 groups over the 50
//   states and DC, one group per town ("Town 17", 1,961 towns a state at 10^5 groups). The
//   supporters live in 2,500 towns a state, so about four in five have a group in their town
//   and the others get their state's first three and the count of the rest.
// n supporters spread over the 50 states, DC and no state.
// bench/plans_command.py times the command itself on 10^7 supporters and 10^5 groups.
#include "advocacy/batch_plan.hpp"
#include "advocacy/sample.hpp"
#include "advocacy/supporter_list.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

using namespace date::literals;

namespace {

constexpr std::array<const char*, 52> states{
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY",
    "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH",
    "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY", ""};

const auto today = date::sys_days{2015_y / 9 / 1};

auto people(std::int64_t n) -> std::vector<advocacy::supporter> {
    std::vector<advocacy::supporter> out;
    out.reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        advocacy::supporter s;
        s.id = "s" + std::to_string(i);
        s.name = "Supporter " + std::to_string(i);
        s.email = "s" + std::to_string(i) + "@example.org";
        s.state = states[static_cast<std::size_t>(i) % states.size()];
        out.push_back(std::move(s));
    }
    return out;
}

constexpr std::int64_t supporter_towns = 2500;  // per state

auto csv_of(std::int64_t n) -> std::string {
    std::string out = "id,first_name,last_name,email,zip_code,city,state\r\n";
    for (std::int64_t i = 0; i < n; ++i) {
        out += "s" + std::to_string(i) + ",Dana,Reyes " + std::to_string(i) + ",s" + std::to_string(i) +
               "@example.org,,Town " + std::to_string(i * 7919 % supporter_towns) + "," +
               states[static_cast<std::size_t>(i) % states.size()] + "\r\n";
    }
    return out;
}

auto with_groups(int groups) -> advocacy::campaign {
    auto c = advocacy::sample_campaign();
    std::vector<advocacy::group> batch;
    for (int i = 0; i < groups; ++i) {
        advocacy::group g;
        g.id = "g" + std::to_string(i);
        g.name = "Group " + std::to_string(i);
        const auto per_state = static_cast<int>(states.size() - 1);
        g.place.locality = "Town " + std::to_string(i / per_state);
        g.place.state = advocacy::state_code{states[static_cast<std::size_t>(i % per_state)]};
        g.contacts.push_back(advocacy::contact{"Coordinator " + std::to_string(i), "", "", ""});
        batch.push_back(std::move(g));
    }
    c.add_groups(std::move(batch));
    return c;
}

void BM_plan_each(benchmark::State& state) {
    const auto c = advocacy::sample_campaign();
    const auto list = people(state.range(0));
    for (auto _ : state) {
        std::size_t steps = 0;
        for (const auto& who : list) steps += c.plan(advocacy::state_code{who.state}, today).size();
        benchmark::DoNotOptimize(steps);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_plan_batch(benchmark::State& state) {
    const auto c = advocacy::sample_campaign();
    const auto list = people(state.range(0));
    for (auto _ : state) {
        advocacy::plan_cache cache(c, today);
        std::size_t steps = 0;
        advocacy::plan_batch(cache, list, [&](const advocacy::supporter&, const auto& s) { steps += s.size(); });
        benchmark::DoNotOptimize(steps);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void pipeline(benchmark::State& state, const advocacy::campaign& c, unsigned threads) {
    const auto text = csv_of(state.range(0));
    for (auto _ : state) {
        advocacy::plan_cache cache(c, today);
        const advocacy::plan_writer writer(c, advocacy::plan_format::csv, advocacy::plan_layout::per_supporter);
        std::string header;
        writer.header(header);
        std::size_t written = header.size();
        advocacy::plan_stream stream(
            cache,
            [&](std::string& out, const advocacy::supporter& who, const std::vector<advocacy::plan_step>& steps) {
                writer.write(out, who, steps);
            },
            [&](std::string_view chunk) { written += chunk.size(); }, advocacy::batch_options{.threads = threads});
        advocacy::for_each_supporter(
            text, {}, [&](advocacy::supporter&& who) { stream.push(std::move(who)); }, [](auto&&) {});
        stream.finish();
        benchmark::DoNotOptimize(written);
        state.counters["out_MB"] = static_cast<double>(written) / 1e6;
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_csv_pipeline(benchmark::State& state) {
    const auto c = advocacy::sample_campaign();
    pipeline(state, c, static_cast<unsigned>(state.range(1)));
}

void BM_csv_pipeline_groups(benchmark::State& state) {
    const auto c = with_groups(static_cast<int>(state.range(1)));
    pipeline(state, c, static_cast<unsigned>(state.range(2)));
}

}  // namespace

BENCHMARK(BM_plan_each)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_plan_batch)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_csv_pipeline)->Args({1000000, 1})->Args({1000000, 2})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_csv_pipeline_groups)
    ->Args({1000000, 10000, 1})
    ->Args({1000000, 100000, 1})
    ->Args({1000000, 100000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK_MAIN();
