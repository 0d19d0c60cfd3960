// SPDX-License-Identifier: MIT
// Publishing a campaign as a site: write_site for the sample campaign's actions and regions with
// n = 10^3 and 10^4 groups spread over the 50 states and DC (each with a contact and a weekly
// schedule, so each has a calendar feed and next meetings on its state's page) and 100
// conferences. Beside it, the floor: writing the same files with the same bytes, so what the
// pages cost can be told from what the file system costs (removing the previous site is not
// timed). The folder is TMPDIR's (std::filesystem::temp_directory_path): run with TMPDIR=/dev/shm
// to leave the disk out. Issue "Publish" asks ≤ 5 s at 10^4.
#include "advocacy/sample.hpp"
#include "advocacy/site.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace date::literals;

namespace {

constexpr std::array<const char*, 51> states{
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS",
    "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV",
    "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"};

auto campaign_of(int groups) -> advocacy::campaign {
    auto c = advocacy::sample_campaign();
    std::vector<advocacy::group> batch;
    batch.reserve(static_cast<std::size_t>(groups));
    for (int i = 0; i < groups; ++i) {
        advocacy::group g;
        g.id = "g" + std::to_string(i);
        g.name = "Group " + std::to_string(i);
        g.place.locality = "Town " + std::to_string(i % 97);
        g.place.state = advocacy::state_code{states[static_cast<std::size_t>(i) % states.size()]};
        g.contacts.push_back(advocacy::contact{"Coordinator " + std::to_string(i), "coordinator",
                                               "group" + std::to_string(i) + "@example.org", "(612) 555-0143"});
        g.meetings = advocacy::meeting_schedule::weekly(date::weekday{static_cast<unsigned>(i % 7)},
                                                        advocacy::time_of_day{std::chrono::hours{19}},
                                                        std::chrono::hours{2}, "America/Chicago");
        batch.push_back(std::move(g));
    }
    c.add_groups(std::move(batch));
    std::vector<advocacy::conference> conferences;
    for (int i = 0; i < 100; ++i) {
        advocacy::conference k;
        k.id = "k" + std::to_string(i);
        k.name = "Conference " + std::to_string(i);
        const auto first = date::sys_days{2015_y / 9 / 1} + date::days{i * 3};
        k.dates = advocacy::date_range(first, first + date::days{2});
        k.place.locality = "City " + std::to_string(i);
        k.place.state = advocacy::state_code{states[static_cast<std::size_t>(i) % states.size()]};
        conferences.push_back(std::move(k));
    }
    c.add_conferences(std::move(conferences));
    return c;
}

auto options() -> advocacy::site_options {
    advocacy::site_options o;
    o.today = date::sys_days{2015_y / 9 / 1};
    return o;
}

void BM_write_site(benchmark::State& state) {
    const auto c = campaign_of(static_cast<int>(state.range(0)));
    const auto directory = std::filesystem::temp_directory_path() / "advocacy-bench-site";
    std::size_t files = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove_all(directory);
        state.ResumeTiming();
        files = advocacy::write_site(c, directory, options()).size();
    }
    std::filesystem::remove_all(directory);
    state.counters["files"] = static_cast<double>(files);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// The floor: the same files with the same bytes, written by a plain loop.
void BM_write_same_files(benchmark::State& state) {
    const auto c = campaign_of(static_cast<int>(state.range(0)));
    const auto source = std::filesystem::temp_directory_path() / "advocacy-bench-site-source";
    std::filesystem::remove_all(source);
    std::vector<std::pair<std::filesystem::path, std::string>> contents;
    for (const auto& file : advocacy::write_site(c, source, options())) {
        std::ifstream in(source / file, std::ios::binary);
        contents.emplace_back(file, std::string(std::istreambuf_iterator<char>(in), {}));
    }
    std::filesystem::remove_all(source);
    const auto directory = std::filesystem::temp_directory_path() / "advocacy-bench-site-copy";
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove_all(directory);
        state.ResumeTiming();
        for (const auto& [file, bytes] : contents) {
            std::filesystem::create_directories((directory / file).parent_path());
            std::ofstream out(directory / file, std::ios::binary);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        }
    }
    std::filesystem::remove_all(directory);
    state.counters["files"] = static_cast<double>(contents.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

BENCHMARK(BM_write_site)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_write_same_files)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
