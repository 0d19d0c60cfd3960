// SPDX-License-Identifier: MIT
// Reading event listings: Markdown lists and tables, a spreadsheet, and lines no input may make
// superlinear.
#include "advocacy/announcement.hpp"
#include "advocacy/listing.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <string>

namespace {

using namespace date::literals;

auto make_options() -> advocacy::listing_options {
    advocacy::listing_options out;
    out.reference = date::sys_days{2015_y / 8 / 11};
    return out;
}
const advocacy::listing_options options = make_options();

constexpr std::array<const char*, 6> cities{"Portland, Maine", "Tacoma (WA)", "Boise, ID", "Henderson, Nevada, USA",
                                            "Austin, TX", "Fresno, CA"};
constexpr std::array<const char*, 6> months{"Jan", "March", "May", "Aug", "October", "Nov"};

// A Markdown listing of about `size` bytes: a heading per year, bullets with links and emoji,
// a table, and a line of prose now and then.
auto markdown(std::size_t size) -> std::string {
    std::string out = "# Events\n\nWhat our members run this year and next.\n\n";
    for (int n = 0; out.size() < size; ++n) {
        if (n % 40 == 0) out += "## " + std::to_string(2025 + n / 40 % 5) + "\n\n| Event | Dates | Where |\n| --- | --- | --- |\n";
        const auto day = std::to_string(1 + n % 20);
        const auto last = std::to_string(3 + n % 20);
        const auto name = "Harbor Rights Summit " + std::to_string(n);
        const std::string month = months[static_cast<std::size_t>(n) % months.size()];
        const std::string city = cities[static_cast<std::size_t>(n) % cities.size()];
        if (n % 40 < 10) {
            out += "| [" + name + "](https://example.org/e" + std::to_string(n) + ") | " + month + " " + day + "-" + last +
                   " | " + city + " :us: |\n";
        } else {
            if (n % 40 == 10) out += "\n";
            out += "* [" + name + "](https://example.org/e" + std::to_string(n) + ") - " + month + " " + day + "-" + last +
                   " - " + city + "\n";
        }
        if (n % 40 == 39) out += "\nSee the page of each event; registration closes on May 1.\n\n";
    }
    return out;
}

auto spreadsheet(std::size_t size) -> std::string {
    std::string out = "Name,Dates,City,State,URL\r\n";
    for (int n = 0; out.size() < size; ++n) {
        out += "\"Harbor Summit, " + std::to_string(n) + "\",\"" + months[static_cast<std::size_t>(n) % months.size()] + " " +
               std::to_string(1 + n % 20) + "-" + std::to_string(3 + n % 20) + ", 2025\",Portland,Maine,https://example.org/h\r\n";
    }
    return out;
}

void read(benchmark::State& state, const std::string& text) {
    for (auto _ : state) benchmark::DoNotOptimize(advocacy::read_listing(text, options));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

// The goal: at least 20 MB/s of Markdown.
void markdown_listing(benchmark::State& state) { read(state, markdown(static_cast<std::size_t>(state.range(0)))); }
BENCHMARK(markdown_listing)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// The peer in the same run: the announcement reader over the same Markdown text (it finds no
// event in these lines, but looks at each of them and at its dates).
void markdown_as_announcement(benchmark::State& state) {
    const auto text = markdown(static_cast<std::size_t>(state.range(0)));
    advocacy::announcement_options announcement;
    announcement.reference = options.reference;
    for (auto _ : state) benchmark::DoNotOptimize(advocacy::parse_announcement(text, announcement));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(markdown_as_announcement)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void csv_listing(benchmark::State& state) { read(state, spreadsheet(static_cast<std::size_t>(state.range(0)))); }
BENCHMARK(csv_listing)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// One line of `size` bytes: `prefix`, then `word` repeated, then `suffix`.
auto long_line(const std::string& prefix, const std::string& word, const std::string& suffix, std::size_t size) {
    std::string line = prefix;
    while (line.size() < size) line += word;
    return line + suffix;
}

// 400 kB of month words and days in one line: every word may start a date.
void month_words_line(benchmark::State& state) {
    read(state, long_line("* Harbor Summit ", "May 3 May ", " - Boston, MA\n", static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(month_words_line)->Arg(100'000)->Arg(400'000)->Unit(benchmark::kMillisecond);

// 400 kB of link openings without their close, and of table cells.
void brackets_line(benchmark::State& state) {
    read(state, long_line("# E\n* ", "[x](", " May 3, 2025\n", static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(brackets_line)->Arg(100'000)->Arg(400'000)->Unit(benchmark::kMillisecond);

void table_row_line(benchmark::State& state) {
    read(state, long_line("| Event | Dates |\n| --- | --- |\n", "| May 3 ", "|\n", static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(table_row_line)->Arg(100'000)->Arg(400'000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
