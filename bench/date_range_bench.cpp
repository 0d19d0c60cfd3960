// SPDX-License-Identifier: MIT
// Parsing and formatting date ranges, the hot path of bulk imports.
#include "advocacy/date_range.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace date::literals;

// How organizers write dates: the seed announcement's five, then ISO, day-first and weekday forms.
constexpr std::array<std::string_view, 22> mix{
    "Nov 13-15",
    "Oct 23-25",
    "Nov 7",
    "Oct 23-25",
    "Nov 20 \xE2\x80\x93 22",
    "November 13\xE2\x80\x93" "15, 2015",
    "Nov. 13-15, 2015",
    "Sept 3-5 2016",
    "Sep 30 - Oct 2, 2016",
    "Dec 30, 2015 - Jan 2, 2016",
    "May 5 to May 7 2017",
    "November 7th, 2015",
    "13-15 November 2015",
    "3rd-5th March 2017",
    "30 April - 2 May 2018",
    "25 Dec - 2 Jan 2016",
    "2015-11-07",
    "2015-11-13/2015-11-15",
    "2015-11-13/15",
    "Fri Nov 13 - Sun Nov 15, 2015",
    "Friday 13 November \xE2\x80\x93 Sunday 15 November 2015",
    "7 June 2020",
};

const advocacy::parse_options options{.reference = date::sys_days{2015_y / 8 / 11}};

void parse_mix(benchmark::State& state) {
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(advocacy::parse_date_range(mix[i], options));
        i = i + 1 == mix.size() ? 0 : i + 1;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(parse_mix);

// The seed's form alone: short month-first text with no year.
void parse_short(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(advocacy::parse_date_range("Nov 13-15", options));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(parse_short);

void parse_iso(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(advocacy::parse_date_range("2015-11-13/2015-11-15", options));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(parse_iso);

// The batch call over 10,000 texts (the mix repeated), counting ranges, not calls.
void parse_batch(benchmark::State& state) {
    std::vector<std::string_view> texts;
    texts.reserve(10'000);
    for (std::size_t i = 0; i < 10'000; ++i) texts.push_back(mix[i % mix.size()]);
    for (auto _ : state) {
        auto ranges = advocacy::parse_date_ranges(std::span<const std::string_view>(texts), options);
        benchmark::DoNotOptimize(ranges.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
}
BENCHMARK(parse_batch);

// The batch call without a reference: today is read once per call, not once per text.
void parse_batch_today(benchmark::State& state) {
    std::vector<std::string_view> texts;
    texts.reserve(10'000);
    for (std::size_t i = 0; i < 10'000; ++i) texts.push_back(mix[i % mix.size()]);
    for (auto _ : state) {
        auto ranges = advocacy::parse_date_ranges(std::span<const std::string_view>(texts));
        benchmark::DoNotOptimize(ranges.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
}
BENCHMARK(parse_batch_today);

void format_to_string(benchmark::State& state) {
    std::vector<advocacy::date_range> ranges;
    for (auto text : mix) ranges.push_back(advocacy::parse_date_range(text, options));
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(advocacy::to_string(ranges[i]));
        i = i + 1 == ranges.size() ? 0 : i + 1;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(format_to_string);

void format_to_iso(benchmark::State& state) {
    std::vector<advocacy::date_range> ranges;
    for (auto text : mix) ranges.push_back(advocacy::parse_date_range(text, options));
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(advocacy::to_iso(ranges[i]));
        i = i + 1 == ranges.size() ? 0 : i + 1;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(format_to_iso);

}  // namespace

BENCHMARK_MAIN();
