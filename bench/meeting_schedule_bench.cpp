// SPDX-License-Identifier: MIT
// Expanding meeting schedules over a year, the hot path of campaign::next_meetings: 10,000 local
// groups' schedules in four US zones, each meeting converted from local time to an instant. Beside
// it, libical's RFC 5545 recurrence iterator expanding the same rules in the same process.
#include "advocacy/meeting_schedule.hpp"

#include <benchmark/benchmark.h>

#include <libical/ical.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace {

using namespace date::literals;
using std::chrono::hours;
using std::chrono::minutes;

constexpr std::size_t schedule_count = 10'000;
constexpr std::array<const char*, 4> zones{"America/Chicago", "America/New_York", "America/Los_Angeles",
                                           "America/Denver"};

const advocacy::date_range year_2015{date::sys_days{2015_y / 1 / 1}, date::sys_days{2015_y / 12 / 31}};

// A deterministic mix: weekly (every week and every other week), nth weekday (first to fifth and
// last), and day of the month, starting between 5:30 pm and 8 pm.
auto make_schedules() -> std::vector<advocacy::meeting_schedule> {
    std::vector<advocacy::meeting_schedule> out;
    out.reserve(schedule_count);
    std::uint32_t state = 12345;
    auto next = [&state](std::uint32_t n) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % n;
    };
    for (std::size_t i = 0; i < schedule_count; ++i) {
        const std::string zone = zones[i % zones.size()];
        const date::weekday day{next(7)};
        const minutes start = hours{17} + minutes{30} + minutes{30 * next(6)};
        const minutes length = minutes{60 + 30 * next(3)};
        switch (next(5)) {
        case 0: out.push_back(advocacy::meeting_schedule::weekly(day, advocacy::time_of_day{start}, length, zone)); break;
        case 1: out.push_back(advocacy::meeting_schedule::weekly(day, advocacy::time_of_day{start}, length, zone, 2)); break;
        case 2:
        case 3: {
            constexpr std::array<int, 6> nths{1, 2, 3, 4, 5, -1};
            out.push_back(advocacy::meeting_schedule::monthly_on_weekday(nths[next(6)], day, advocacy::time_of_day{start}, length, zone));
            break;
        }
        default: out.push_back(advocacy::meeting_schedule::monthly_on_day(1 + next(31), advocacy::time_of_day{start}, length, zone)); break;
        }
    }
    return out;
}

const std::vector<advocacy::meeting_schedule>& schedules() {
    static const auto all = make_schedules();
    return all;
}

// Every meeting of 2015 for all 10,000 schedules; items are meetings (start and end instants).
void occurrences_year(benchmark::State& state) {
    const auto& all = schedules();
    std::int64_t meetings = 0;
    for (auto _ : state) {
        for (const auto& s : all) {
            auto got = s.occurrences(year_2015);
            meetings += static_cast<std::int64_t>(got.size());
            benchmark::DoNotOptimize(got.data());
        }
    }
    state.SetItemsProcessed(meetings);
    state.counters["schedules"] = static_cast<double>(all.size());
    state.counters["meetings_per_pass"] = static_cast<double>(meetings) / static_cast<double>(state.iterations());
}
BENCHMARK(occurrences_year)->Unit(benchmark::kMillisecond);

// The rules beyond one day a week or a month, 10,000 of them in the same zones: several weekdays,
// first and third weekday, the 1st and last day, every third day, and a yearly date.
auto make_general_schedules() -> std::vector<advocacy::meeting_schedule> {
    constexpr std::array<const char*, 5> rules{"FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=MONTHLY;BYDAY=1TU,3TU",
                                               "FREQ=MONTHLY;BYMONTHDAY=1,-1", "FREQ=DAILY;INTERVAL=3",
                                               "FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15"};
    std::vector<advocacy::meeting_schedule> out;
    out.reserve(schedule_count);
    for (std::size_t i = 0; i < schedule_count; ++i) {
        out.push_back(advocacy::meeting_schedule::from_rrule(rules[i % rules.size()], date::sys_days{2015_y / 1 / 1},
                                                             advocacy::time_of_day{hours{18} + minutes{30 * static_cast<int>(i % 4)}}, hours{2},
                                                             zones[i % zones.size()]));
    }
    return out;
}

void occurrences_year_general(benchmark::State& state) {
    static const auto all = make_general_schedules();
    std::int64_t meetings = 0;
    for (auto _ : state) {
        for (const auto& s : all) {
            auto got = s.occurrences(year_2015);
            meetings += static_cast<std::int64_t>(got.size());
            benchmark::DoNotOptimize(got.data());
        }
    }
    state.SetItemsProcessed(meetings);
    state.counters["meetings_per_pass"] = static_cast<double>(meetings) / static_cast<double>(state.iterations());
}
BENCHMARK(occurrences_year_general)->Unit(benchmark::kMillisecond);

// The same schedules, each with what a group calendar changes in a year: two meetings cancelled,
// two moved by a day, one held elsewhere and two added. Beside occurrences_year it shows what the
// exceptions step costs.
auto with_exceptions(const advocacy::meeting_schedule& s) -> advocacy::meeting_schedule {
    const auto meetings = s.occurrences(year_2015);
    if (meetings.size() < 5) return s;
    std::vector<advocacy::meeting_override> changes;
    for (std::size_t k : {std::size_t{0}, meetings.size() / 2}) {
        changes.push_back({.original = meetings[k].start.get_local_time(), .cancelled = true});
    }
    for (std::size_t k : {std::size_t{1}, meetings.size() - 2}) {
        const auto at = meetings[k].start.get_local_time();
        changes.push_back({.original = at, .start = at + date::days{1}, .duration = s.duration()});
    }
    const auto at = meetings[3].start.get_local_time();
    changes.push_back({.original = at, .start = at, .duration = s.duration(), .place = "Library"});
    const date::local_seconds extra{date::local_days{2015_y / 6 / 20}.time_since_epoch() + hours{10}};
    return s.with_overrides(std::move(changes))
        .with_added({{extra, minutes{90}}, {extra + date::days{90}, minutes{90}}});
}

void occurrences_year_with_exceptions(benchmark::State& state) {
    static const auto all = [] {
        std::vector<advocacy::meeting_schedule> out;
        for (const auto& s : schedules()) out.push_back(with_exceptions(s));
        return out;
    }();
    std::int64_t meetings = 0;
    for (auto _ : state) {
        for (const auto& s : all) {
            auto got = s.occurrences(year_2015);
            meetings += static_cast<std::int64_t>(got.size());
            benchmark::DoNotOptimize(got.data());
        }
    }
    state.SetItemsProcessed(meetings);
    state.counters["meetings_per_pass"] = static_cast<double>(meetings) / static_cast<double>(state.iterations());
}
BENCHMARK(occurrences_year_with_exceptions)->Unit(benchmark::kMillisecond);

// One schedule's next meeting, as a group page shows it.
void next_after(benchmark::State& state) {
    const auto& all = schedules();
    const date::sys_seconds when{date::sys_days{2015_y / 8 / 11}};
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(all[i].next_after(when));
        i = i + 1 == all.size() ? 0 : i + 1;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(next_after);

void parse_describe(benchmark::State& state) {
    const auto& all = schedules();
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < 100; ++i) texts.push_back(all[i].describe());
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(advocacy::meeting_schedule::parse(texts[i], "America/Chicago"));
        i = i + 1 == texts.size() ? 0 : i + 1;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(parse_describe);


struct ical_rule {
    icalrecurrencetype recur;
    icaltimetype dtstart;
    icaltimezone* zone;
};

// The same rules as RRULEs with a DTSTART at each schedule's first 2015 meeting (local time in its
// zone), so both sides produce the same meetings; the expansion ends at the last day of 2015.
auto make_ical_rules() -> std::vector<ical_rule> {
    std::vector<ical_rule> out;
    for (const auto& s : schedules()) {
        const auto first = s.occurrences(year_2015);
        if (first.empty()) continue;
        const auto local = first.front().start.get_local_time();
        const auto day = std::chrono::floor<date::days>(local);
        const date::year_month_day ymd{date::sys_days{day.time_since_epoch()}};
        const date::hh_mm_ss<std::chrono::seconds> clock{local - day};
        icaltimezone* zone = icaltimezone_get_builtin_timezone(s.time_zone().c_str());
        icaltimetype start = icaltime_null_time();
        start.year = static_cast<int>(ymd.year());
        start.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
        start.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
        start.hour = static_cast<int>(clock.hours().count());
        start.minute = static_cast<int>(clock.minutes().count());
        start.is_date = 0;
        start = icaltime_set_timezone(&start, zone);
        const std::string rule = s.rrule() + ";UNTIL=20160101T235959Z";
        out.push_back(ical_rule{icalrecurrencetype_from_string(rule.c_str()), start, zone});
    }
    return out;
}

void libical_year(benchmark::State& state) {
    const auto rules = make_ical_rules();
    std::int64_t meetings = 0;
    std::int64_t sum = 0;
    for (auto _ : state) {
        for (const auto& r : rules) {
            icalrecur_iterator* it = icalrecur_iterator_new(r.recur, r.dtstart);
            for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
                 t = icalrecur_iterator_next(it)) {
                // The local year, as advocacy's local days (icaltime_compare_date_only compares in UTC).
                if (t.year > 2015) break;
                sum += icaltime_as_timet_with_zone(t, r.zone);  // to UTC, as advocacy does
                ++meetings;
            }
            icalrecur_iterator_free(it);
        }
    }
    benchmark::DoNotOptimize(sum);
    state.SetItemsProcessed(meetings);
    state.counters["schedules"] = static_cast<double>(rules.size());
    state.counters["meetings_per_pass"] = static_cast<double>(meetings) / static_cast<double>(state.iterations());
}
BENCHMARK(libical_year)->Unit(benchmark::kMillisecond);


}  // namespace

BENCHMARK_MAIN();
