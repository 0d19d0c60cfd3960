// SPDX-License-Identifier: MIT
// Reads the five regional conference dates of the 2015 call to action the way organizers wrote
// them, and prints each as people write it and in ISO 8601.
#include <advocacy/advocacy.hpp>

#include <cstdio>
#include <exception>
#include <string_view>

int main() {
    using namespace date::literals;
    struct conference {
        std::string_view name;
        std::string_view dates;  // as written in the announcement, without a year
        std::string_view place;
    };
    // The call to action was published after the vote of 2015-08-11; its dates carry no year.
    constexpr conference conferences[] = {
        {"Mid Atlantic Regional Conference", "Nov 13-15", "Baltimore, MD"},
        {"Mid Western Regional Conference", "Oct 23-25", "Minneapolis, MN"},
        {"Northeast Regional Conference", "Nov 7", "Boston, MA"},
        {"Southern Regional Conference", "Oct 23-25", "Miami, FL"},
        {"Western Regional Conference", "Nov 20 \u2013 22", "Los Angeles, CA"},
    };
    const advocacy::parse_options options{.reference = date::sys_days{2015_y / date::August / 11}};
    try {
        for (const auto& c : conferences) {
            const auto range = advocacy::parse_date_range(c.dates, options);
            std::printf("%-34s %-12s -> %-16s %-23s %d day%s  %s\n", std::string(c.name).c_str(),
                        std::string(c.dates).c_str(), advocacy::to_string(range).c_str(),
                        advocacy::to_iso(range).c_str(), range.days(), range.days() == 1 ? " " : "s",
                        std::string(c.place).c_str());
        }
    } catch (const advocacy::error& e) {
        std::fprintf(stderr, "seed_dates: %s\n", e.what());
        return 1;
    }
    return 0;
}
