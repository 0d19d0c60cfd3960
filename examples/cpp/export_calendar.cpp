// SPDX-License-Identifier: MIT
// Exports the sample campaign's conferences and group meetings as an iCalendar file that
// calendar programs import: all-day conferences with an exclusive DTEND, and one recurring
// event per group in its own time zone.
//
//   advocacy_example_export_calendar campaign.ics
#include <advocacy/advocacy.hpp>

#include <cstdio>
#include <fstream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.ics\n", argv[0]);
        return 2;
    }
    try {
        const auto campaign = advocacy::sample_campaign();
        const std::string calendar = advocacy::to_icalendar(campaign);
        std::ofstream out(argv[1], std::ios::binary);
        out << calendar;
        out.close();
        if (!out) throw advocacy::io_error(argv[1], "could not write the calendar");
        std::printf("wrote %s: %zu conferences, %zu groups, %zu bytes\n", argv[1], campaign.conferences().size(),
                    campaign.groups().size(), calendar.size());
    } catch (const advocacy::error& e) {
        std::fprintf(stderr, "export_calendar: %s\n", e.what());
        return 1;
    }
    return 0;
}
