// SPDX-License-Identifier: MIT
// Finds a supporter's regional conference: the next one serving the region their state is in.
//
//   advocacy_example_find_conference MN 2015-09-01
#include <advocacy/advocacy.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s STATE YYYY-MM-DD\n", argv[0]);
        return 2;
    }
    try {
        const auto campaign = advocacy::sample_campaign();
        const advocacy::state_code state{argv[1]};  // validation_error unless a code such as "MD"
        const auto today = advocacy::parse_date_range(argv[2]).first();
        const auto region = campaign.regions().region_of(state);
        if (!region) {
            std::printf("%s is in none of the campaign's regions.\n", advocacy::to_string(state).c_str());
            return 0;
        }
        if (const auto next = campaign.conference_for(state, today)) {
            std::printf("%s is in the %s region. Next conference: %s\n", advocacy::to_string(state).c_str(), region->c_str(),
                        advocacy::to_string(*next).c_str());
            if (!next->registration_url.empty()) std::printf("Register at %s\n", next->registration_url.c_str());
        } else {
            std::printf("%s is in the %s region, which has no conference left after %s.\n", advocacy::to_string(state).c_str(),
                        region->c_str(), advocacy::to_iso(advocacy::date_range(today)).c_str());
        }
    } catch (const advocacy::error& e) {
        std::fprintf(stderr, "find_conference: %s\n", e.what());
        return 1;
    }
    return 0;
}
