// SPDX-License-Identifier: MIT
// Reading announcements whose lines are long: no input may make the reader superlinear.
#include "advocacy/announcement.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

namespace {

using namespace date::literals;

auto make_options() -> advocacy::announcement_options {
    advocacy::announcement_options out;
    out.reference = date::sys_days{2015_y / 8 / 11};
    return out;
}
const advocacy::announcement_options options = make_options();

// One line of `size` bytes: `prefix`, then `word` repeated, then `suffix`.
auto long_line(const std::string& prefix, const std::string& word, const std::string& suffix, std::size_t size) {
    std::string line = prefix;
    while (line.size() < size) line += word;
    return line + suffix;
}

void read(benchmark::State& state, const std::string& text) {
    for (auto _ : state) benchmark::DoNotOptimize(advocacy::parse_announcement(text, options));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

// 400 kB of full dates in one sentence: each is a milestone whose title comes from the sentence.
void full_dates_line(benchmark::State& state) {
    read(state, long_line("Harbor Summit", " May 3 2015", "", static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(full_dates_line)->Arg(100'000)->Arg(400'000)->Unit(benchmark::kMillisecond);

// 400 kB of month words before a place: every word is a start the event's dates may have.
void month_words_event_line(benchmark::State& state) {
    read(state, long_line("Harbor Summit ", "May ", "\xE2\x80\x93 Boston, MA", static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(month_words_event_line)->Arg(100'000)->Arg(400'000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
