// SPDX-License-Identifier: MIT
// iCalendar both ways. Writing, the calendar feed's hot path: 10,000 all-day events to text,
// advocacy's writer beside libical building the same events (UID, DTSTAMP, DTSTART, DTEND,
// SUMMARY, LOCATION). Reading at 10^3, 10^4 and 10^5 all-day events: campaign_from_icalendar
// beside libical's own parse of the same text (icalparser_parse_string, which builds libical's
// components and no more), and a calendar whose events all share one UID.
//
// Two more modes measure the peak memory of an import, outside Google Benchmark:
//   advocacy_bench_icalendar --write-calendar N FILE   writes a calendar of N all-day events
//   advocacy_bench_icalendar --read-calendar FILE      imports it and prints the peak RSS
#include "advocacy/icalendar.hpp"
#include "scales.hpp"

#include <benchmark/benchmark.h>
#include <libical/ical.h>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>

using namespace advocacy::literals;

namespace {

using namespace date::literals;

constexpr int event_count = 10'000;

// `n` all-day conferences over two years; `described` adds a venue, a street and a description,
// which brings an event to about 280 octets once written.
auto synthetic_campaign(int n, bool described = false) -> advocacy::campaign {
    advocacy::campaign c{"bench-2015", "Benchmark conferences"};
    const date::sys_days start{2015_y / 1 / 1};
    for (int i = 0; i < n; ++i) {
        advocacy::conference x;
        x.id = "conference-" + std::to_string(i);
        x.name = "Regional Conference " + std::to_string(i);
        const auto first = start + date::days{i % 700};
        x.dates = advocacy::date_range{first, first + date::days{i % 3}};
        x.place.locality = "Springfield";
        x.place.state = "IL"_state;
        if (described) {
            x.place.venue = "Hall " + std::to_string(i % 40);
            x.place.address_lines = {std::to_string(100 + i % 900) + " Main Street"};
            x.place.postal_code = "62701";
            x.description = "Training and workshops.";
        }
        c.add_conference(std::move(x));
    }
    return c;
}

const advocacy::icalendar_options stamped{.stamp = date::sys_seconds{date::sys_days{2015_y / 8 / 11}},
                                          .open_start = std::nullopt};

void advocacy_export(benchmark::State& state) {
    const auto c = synthetic_campaign(event_count);
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto text = advocacy::to_icalendar(c, stamped);
        bytes = text.size();
        benchmark::DoNotOptimize(text.data());
    }
    state.SetItemsProcessed(state.iterations() * event_count);
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(advocacy_export)->Unit(benchmark::kMillisecond);

void libical_export(benchmark::State& state) {
    const auto c = synthetic_campaign(event_count);
    auto stamp = icaltime_from_timet_with_zone(1439296200, 0, icaltimezone_get_utc_timezone());
    std::size_t bytes = 0;
    for (auto _ : state) {
        icalcomponent* calendar = icalcomponent_new_vcalendar();
        icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
        icalcomponent_add_property(calendar, icalproperty_new_prodid("-//bench//libical//EN"));
        for (const auto& x : c.conferences()) {
            icalcomponent* event = icalcomponent_new_vevent();
            const date::year_month_day first{x.dates.first()};
            const date::year_month_day end{x.dates.last() + date::days{1}};
            auto day = [](const date::year_month_day& ymd) {
                auto t = icaltime_null_date();
                t.year = static_cast<int>(ymd.year());
                t.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
                t.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
                return t;
            };
            const std::string uid = x.id + "@" + c.id() + ".advocacy";
            const std::string where = x.place.locality + ", " + advocacy::to_string(x.place.state);
            icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
            icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
            icalcomponent_add_property(event, icalproperty_new_dtstart(day(first)));
            icalcomponent_add_property(event, icalproperty_new_dtend(day(end)));
            icalcomponent_add_property(event, icalproperty_new_summary(x.name.c_str()));
            icalcomponent_add_property(event, icalproperty_new_location(where.c_str()));
            icalcomponent_add_component(calendar, event);
        }
        char* text = icalcomponent_as_ical_string_r(calendar);
        bytes = std::char_traits<char>::length(text);
        benchmark::DoNotOptimize(text);
        std::free(text);
        icalcomponent_free(calendar);
    }
    state.SetItemsProcessed(state.iterations() * event_count);
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(libical_export)->Unit(benchmark::kMillisecond);

// The calendar advocacy writes for `n` conferences, made once per size for every reader.
auto exported_calendar(int n) -> const std::string& {
    static std::map<int, std::string> made;
    auto& text = made[n];
    if (text.empty()) text = advocacy::to_icalendar(synthetic_campaign(n), stamped);
    return text;
}

// `n` all-day events that all have the UID "same": the importer makes their ids unique.
auto repeated_uid_calendar(int n) -> const std::string& {
    static std::map<int, std::string> made;
    auto& text = made[n];
    if (!text.empty()) return text;
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//bench//EN\r\n";
    for (int i = 0; i < n; ++i) {
        text += "BEGIN:VEVENT\r\nUID:same\r\nDTSTAMP:20150811T000000Z\r\nSUMMARY:Conference " + std::to_string(i) +
                "\r\nDTSTART;VALUE=DATE:20151113\r\nDTEND;VALUE=DATE:20151115\r\nLOCATION:Springfield, IL\r\n"
                "END:VEVENT\r\n";
    }
    text += "END:VCALENDAR\r\n";
    return text;
}

void read_sizes(benchmark::internal::Benchmark* b) {
    advocacy_bench::scales(b);
    b->Unit(benchmark::kMillisecond);
}

void advocacy_import(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const auto& text = exported_calendar(n);
    for (auto _ : state) {
        auto c = advocacy::campaign_from_icalendar(text);
        if (c.conferences().size() != static_cast<std::size_t>(n)) state.SkipWithError("events lost");
        benchmark::DoNotOptimize(c);
    }
    state.SetItemsProcessed(state.iterations() * n);
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(advocacy_import)->Apply(read_sizes);

void libical_parse(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const auto& text = exported_calendar(n);
    for (auto _ : state) {
        icalcomponent* calendar = icalparser_parse_string(text.c_str());
        if (icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT) != n) state.SkipWithError("events lost");
        icalcomponent_free(calendar);
    }
    state.SetItemsProcessed(state.iterations() * n);
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(libical_parse)->Apply(read_sizes);

void advocacy_import_repeated_uid(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const auto& text = repeated_uid_calendar(n);
    for (auto _ : state) {
        auto c = advocacy::campaign_from_icalendar(text);
        if (c.conferences().size() != static_cast<std::size_t>(n)) state.SkipWithError("events lost");
        benchmark::DoNotOptimize(c);
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(advocacy_import_repeated_uid)->Apply(read_sizes);

auto peak_rss_mb() -> double {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The resident set now, from /proc/self/statm (Linux): what the process holds once the import
// is over, the text and the campaign.
auto rss_now_mb() -> double {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

auto write_calendar(int n, const char* path) -> int {
    std::ofstream out(path, std::ios::binary);
    out << advocacy::to_icalendar(synthetic_campaign(n, true), stamped);
    return out ? 0 : 1;
}

auto read_calendar(const char* path) -> int {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = std::move(buffer).str();
    const double before = rss_now_mb();
    const auto t0 = std::chrono::steady_clock::now();
    const auto c = advocacy::campaign_from_icalendar(text);
    const auto t1 = std::chrono::steady_clock::now();
    malloc_trim(0);  // what the import freed goes back to the system: what stays is the campaign
    const double held = rss_now_mb();
    std::cout << "file: " << static_cast<double>(text.size()) / 1e6 << " MB, " << c.conferences().size()
              << " conferences\n"
              << "RSS before the import (the text read): " << before << " MB\n"
              << "RSS after it (the text and the campaign): " << held << " MB, the campaign "
              << held - before << " MB\n"
              << "peak RSS: " << peak_rss_mb() << " MB, " << peak_rss_mb() - held
              << " MB over the text and the campaign\n"
              << "import: " << std::chrono::duration<double>(t1 - t0).count() << " s (wall clock)\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::strcmp(argv[1], "--write-calendar") == 0) return write_calendar(std::atoi(argv[2]), argv[3]);
    if (argc == 3 && std::strcmp(argv[1], "--read-calendar") == 0) return read_calendar(argv[2]);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
