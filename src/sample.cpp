// SPDX-License-Identifier: MIT
#include "advocacy/sample.hpp"

#include <string>
#include <utility>
#include <vector>

namespace advocacy {
namespace {

using namespace date::literals;

auto place(std::string city, std::string state, std::string zone) -> location {
    location out;
    out.locality = std::move(city);
    out.state = state_code{state};
    out.time_zone = std::move(zone);
    return out;
}

auto regional_conference(std::string id, std::string name, date_range dates, location where, std::string region)
    -> conference {
    conference out;
    out.registration_url = "https://example.org/conferences/2015/" + id;
    out.id = std::move(id);
    out.name = std::move(name);
    out.dates = dates;
    out.place = std::move(where);
    out.region = std::move(region);
    out.description = "A weekend of workshops, speakers and planning for the groups of the " + out.region +
                      " region; members and newcomers alike are welcome.";
    return out;
}

struct group_facts {
    const char* id;
    const char* name;
    group_kind kind;
    const char* city;
    const char* state;
    const char* zone;
    const char* region;
    contact person;
    const char* schedule;
};

auto local_group(const group_facts& facts) -> group {
    group out;
    out.id = facts.id;
    out.name = facts.name;
    out.kind = facts.kind;
    out.place = place(facts.city, facts.state, facts.zone);
    out.region = facts.region;
    out.contacts.push_back(facts.person);
    out.meetings = meeting_schedule::parse(facts.schedule, facts.zone);
    out.website = std::string("https://example.org/groups/") + facts.id;
    return out;
}

}  // namespace

auto sample_campaign() -> campaign {
    campaign c("defend-the-decision-2015", "Stand behind the August 2015 decision");
    c.set_summary(
        "On 11 August 2015 the International Council voted for a policy that protects the human rights of "
        "sex workers. Supporters show that the decision has backing: they write to their local group, take "
        "part in its meetings and come to this autumn's regional conferences.");
    c.set_organization("Amnesty International USA");
    c.add_milestone({2015_y / date::August / 11, "International Council vote on the sex worker policy"});

    // An illustrative grouping of the states into the five regions of the seed's conferences; it
    // is not the organization's official map, only plausible enough for examples and tests.
    region_map regions;
    regions.add("Mid Atlantic", {"DC"_state, "DE"_state, "MD"_state, "NJ"_state, "PA"_state, "VA"_state, "WV"_state});
    regions.add("Mid Western", {"IA"_state, "IL"_state, "IN"_state, "KS"_state, "MI"_state, "MN"_state, "MO"_state,
                                "ND"_state, "NE"_state, "OH"_state, "SD"_state, "WI"_state});
    regions.add("Northeast", {"CT"_state, "MA"_state, "ME"_state, "NH"_state, "NY"_state, "RI"_state, "VT"_state});
    regions.add("Southern", {"AL"_state, "AR"_state, "FL"_state, "GA"_state, "KY"_state, "LA"_state, "MS"_state,
                             "NC"_state, "OK"_state, "SC"_state, "TN"_state, "TX"_state});
    regions.add("Western", {"AK"_state, "AZ"_state, "CA"_state, "CO"_state, "HI"_state, "ID"_state, "MT"_state,
                            "NM"_state, "NV"_state, "OR"_state, "UT"_state, "WA"_state, "WY"_state});
    c.set_regions(std::move(regions));

    c.add_conference(regional_conference("mid-atlantic-2015", "Mid Atlantic Regional Conference",
                                         date_range(2015_y / date::November / 13, 2015_y / date::November / 15),
                                         place("Baltimore", "MD", "America/New_York"), "Mid Atlantic"));
    c.add_conference(regional_conference("mid-western-2015", "Mid Western Regional Conference",
                                         date_range(2015_y / date::October / 23, 2015_y / date::October / 25),
                                         place("Minneapolis", "MN", "America/Chicago"), "Mid Western"));
    c.add_conference(regional_conference("northeast-2015", "Northeast Regional Conference",
                                         date_range(date::sys_days{2015_y / date::November / 7}),
                                         place("Boston", "MA", "America/New_York"), "Northeast"));
    c.add_conference(regional_conference("southern-2015", "Southern Regional Conference",
                                         date_range(2015_y / date::October / 23, 2015_y / date::October / 25),
                                         place("Miami", "FL", "America/New_York"), "Southern"));
    c.add_conference(regional_conference("western-2015", "Western Regional Conference",
                                         date_range(2015_y / date::November / 20, 2015_y / date::November / 22),
                                         place("Los Angeles", "CA", "America/Los_Angeles"), "Western"));

    // Every group and person below is invented: example.org addresses, 555-01xx numbers.
    const group_facts groups[] = {
        {"twin-cities-55", "Twin Cities Group 55", group_kind::local, "Minneapolis", "MN", "America/Chicago",
         "Mid Western", {"Dana Reyes", "group coordinator", "dana.reyes@example.org", "(612) 555-0143"},
         "second Tuesday of each month at 7pm"},
        {"lakeshore-310", "Lakeshore Group 310", group_kind::local, "Chicago", "IL", "America/Chicago",
         "Mid Western", {"Sam Okafor", "group coordinator", "sam.okafor@example.org", "(312) 555-0118"},
         "fourth Monday of each month at 7 pm"},
        {"chesapeake-212", "Chesapeake Group 212", group_kind::local, "Baltimore", "MD", "America/New_York",
         "Mid Atlantic", {"Priya Natarajan", "group coordinator", "priya.natarajan@example.org", "(410) 555-0127"},
         "first Thursday of each month at 6:30 pm"},
        {"back-bay-133", "Back Bay Group 133", group_kind::local, "Boston", "MA", "America/New_York", "Northeast",
         {"Morgan Feld", "group coordinator", "morgan.feld@example.org", "(617) 555-0161"},
         "every other Wednesday at 18:30"},
        {"hudson-students", "Hudson Student Group", group_kind::student, "New York", "NY", "America/New_York",
         "Northeast", {"Lee Alvarez", "student organizer", "lee.alvarez@example.org", "(212) 555-0172"},
         "every Monday at 6 pm"},
        {"biscayne-407", "Biscayne Group 407", group_kind::local, "Miami", "FL", "America/New_York", "Southern",
         {"Rosa Delgado", "group coordinator", "rosa.delgado@example.org", "(305) 555-0139"},
         "last Thursday, 6:30 pm - 8 pm"},
        {"silver-lake-88", "Silver Lake Group 88", group_kind::local, "Los Angeles", "CA", "America/Los_Angeles",
         "Western", {"Jordan Kim", "group coordinator", "jordan.kim@example.org", "(213) 555-0185"},
         "the 15th of every month at 7 pm"},
    };
    for (const auto& facts : groups) c.add_group(local_group(facts));

    action write;
    write.id = "write-local-group";
    write.kind = action_kind::letter;
    write.title = "Write to your local group";
    write.description =
        "Find the group nearest to you and send it a short letter saying that you back the decision and "
        "why it matters to you.";
    write.target = action_target{target_kind::group, "", "Your local group"};
    write.talking_points = {
        "The policy was adopted after long research and consultation, including with sex workers.",
        "Protecting the rights of sex workers is part of protecting human rights for everyone.",
        "Ask the group to say publicly that it supports the decision.",
    };
    c.add_action(std::move(write));

    action meet;
    meet.id = "attend-local-meetings";
    meet.kind = action_kind::attend_meeting;
    meet.title = "Go to your local group's meetings";
    meet.description =
        "Join the group's regular meetings, speak up for the decision, and ask how the group means to "
        "take the issue forward in its area.";
    meet.target = action_target{target_kind::group, "", "Your local group"};
    meet.talking_points = {
        "How will the group respond to the vote?",
        "Will the group raise the issue in its region?",
    };
    c.add_action(std::move(meet));

    action attend;
    attend.id = "attend-regional-conference";
    attend.kind = action_kind::attend_conference;
    attend.title = "Register for your regional conference";
    attend.description = "Sign up for the conference of your region this autumn and attend it.";
    attend.target = action_target{target_kind::organization, "", "Amnesty International USA"};
    attend.related_conferences = {"mid-atlantic-2015", "mid-western-2015", "northeast-2015", "southern-2015",
                                  "western-2015"};
    c.add_action(std::move(attend));

    return c;
}

}  // namespace advocacy
