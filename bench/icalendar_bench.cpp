// SPDX-License-Identifier: MIT
// The calendar feed's hot path: 10,000 all-day events to iCalendar text, advocacy's writer beside
// libical building the same events (UID, DTSTAMP, DTSTART, DTEND, SUMMARY, LOCATION).
#include "advocacy/icalendar.hpp"

#include <benchmark/benchmark.h>
#include <libical/ical.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

using namespace date::literals;

constexpr int event_count = 10'000;

auto synthetic_campaign() -> advocacy::campaign {
    advocacy::campaign c{"bench-2015", "Benchmark conferences"};
    const date::sys_days start{2015_y / 1 / 1};
    for (int i = 0; i < event_count; ++i) {
        advocacy::conference x;
        x.id = "conference-" + std::to_string(i);
        x.name = "Regional Conference " + std::to_string(i);
        const auto first = start + date::days{i % 700};
        x.dates = advocacy::date_range{first, first + date::days{i % 3}};
        x.place.locality = "Springfield";
        x.place.region = "IL";
        c.add_conference(std::move(x));
    }
    return c;
}

void advocacy_export(benchmark::State& state) {
    const auto c = synthetic_campaign();
    const advocacy::icalendar_options options{.stamp = date::sys_seconds{date::sys_days{2015_y / 8 / 11}},
                                              .open_start = std::nullopt};
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto text = advocacy::to_icalendar(c, options);
        bytes = text.size();
        benchmark::DoNotOptimize(text.data());
    }
    state.SetItemsProcessed(state.iterations() * event_count);
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(advocacy_export)->Unit(benchmark::kMillisecond);

void libical_export(benchmark::State& state) {
    const auto c = synthetic_campaign();
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
            const std::string where = x.place.locality + ", " + x.place.region;
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

}  // namespace

BENCHMARK_MAIN();
