// SPDX-License-Identifier: MIT
#include "advocacy/sample.hpp"

#include "ids.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace advocacy::literals;

namespace {

auto day(int y, unsigned m, unsigned d) -> date::sys_days {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

auto local(int y, unsigned m, unsigned d, int hour, int minute = 0) -> date::local_seconds {
    return date::local_days{date::year{y} / date::month{m} / date::day{d}} + std::chrono::hours{hour} +
           std::chrono::minutes{minute};
}

using advocacy::testing::ids;

using strings = std::vector<std::string>;

const std::string en_dash = "\xE2\x80\x93";

}  // namespace

BOOST_AUTO_TEST_SUITE(sample)

BOOST_AUTO_TEST_CASE(restates_the_seed) {
    const auto c = advocacy::sample_campaign();
    BOOST_TEST(c.id() == "defend-the-decision-2015");
    BOOST_TEST(!c.title().empty());
    BOOST_TEST(!c.summary().empty());
    BOOST_TEST(c.organization() == "Amnesty International USA");
    BOOST_REQUIRE(c.milestones().size() == 1u);
    BOOST_TEST((c.milestones()[0].day == day(2015, 8, 11)));

    BOOST_REQUIRE(c.actions().size() == 3u);
    BOOST_TEST((c.actions()[0].kind == advocacy::action_kind::letter));
    BOOST_TEST((c.actions()[1].kind == advocacy::action_kind::attend_meeting));
    BOOST_TEST((c.actions()[2].kind == advocacy::action_kind::attend_conference));
    BOOST_TEST(c.actions()[2].related_conferences ==
               (strings{"mid-atlantic-2015", "mid-western-2015", "northeast-2015", "southern-2015", "western-2015"}));

    BOOST_TEST(ids(c.conferences()) ==
               (strings{"mid-atlantic-2015", "mid-western-2015", "northeast-2015", "southern-2015", "western-2015"}));
    const auto* boston = c.find_conference("northeast-2015");
    BOOST_REQUIRE(boston != nullptr);
    BOOST_TEST(boston->name == "Northeast Regional Conference");
    BOOST_TEST(boston->dates.days() == 1);
    BOOST_TEST((boston->dates.first() == day(2015, 11, 7)));
    BOOST_TEST(boston->place.locality == "Boston");
    BOOST_TEST(boston->place.state == "MA"_state);
    BOOST_TEST(boston->place.time_zone == "America/New_York");
    BOOST_TEST(boston->region == "Northeast");
    BOOST_TEST(boston->registration_url.rfind("https://example.org/", 0) == 0u);
    const auto* la = c.find_conference("western-2015");
    BOOST_REQUIRE(la != nullptr);
    BOOST_TEST(advocacy::to_string(*la) == "Western Regional Conference, Nov 20" + en_dash + "22, 2015, Los Angeles, CA");
    BOOST_TEST(la->place.time_zone == "America/Los_Angeles");
    BOOST_TEST(c.find_conference("mid-western-2015")->place.time_zone == "America/Chicago");
    BOOST_TEST(c.find_conference("southern-2015")->place.time_zone == "America/New_York");
    BOOST_TEST(advocacy::to_string(*c.find_conference("mid-atlantic-2015")) ==
               "Mid Atlantic Regional Conference, Nov 13" + en_dash + "15, 2015, Baltimore, MD");

    BOOST_TEST(c.regions().regions() == (strings{"Mid Atlantic", "Mid Western", "Northeast", "Southern", "Western"}));
    BOOST_TEST(*c.regions().region_of("MN"_state) == "Mid Western");
    BOOST_TEST(*c.regions().region_of("MD"_state) == "Mid Atlantic");
    BOOST_TEST(*c.regions().region_of("FL"_state) == "Southern");
    BOOST_TEST(!c.regions().region_of("PR"_state));
}

BOOST_AUTO_TEST_CASE(groups_are_fictional_and_meet_locally) {
    const auto c = advocacy::sample_campaign();
    const auto groups = c.groups();
    BOOST_TEST(groups.size() >= 6u);
    BOOST_TEST(groups.size() <= 8u);
    for (const auto& g : groups) {
        BOOST_TEST_CONTEXT(g.id) {
            BOOST_REQUIRE(!g.contacts.empty());
            const auto& email = g.contacts[0].email;
            BOOST_TEST(email.substr(email.size() - 12) == "@example.org");
            const auto digits = g.contacts[0].phone_digits();
            BOOST_TEST(digits.substr(3, 5) == "55501");
            BOOST_REQUIRE(g.meetings.has_value());
            BOOST_TEST(g.meetings->time_zone() == g.place.time_zone);
            BOOST_TEST(*c.regions().region_of(g.place.state) == g.region);
        }
    }
    const auto* twin = c.find_group("twin-cities-55");
    BOOST_REQUIRE(twin != nullptr);
    BOOST_TEST(advocacy::to_string(*twin) == "Twin Cities Group 55 (Minneapolis, MN)");
    BOOST_TEST(twin->meetings->rrule() == "FREQ=MONTHLY;BYDAY=2TU");
    BOOST_TEST(twin->meetings->time_zone() == "America/Chicago");
    BOOST_TEST(ids(c.groups_in("MN"_state)) == (strings{"twin-cities-55"}));
    BOOST_TEST(ids(c.groups_in("NY"_state)) == (strings{"hudson-students"}));
    BOOST_TEST(ids(c.groups_in_region("Northeast")) == (strings{"back-bay-133", "hudson-students"}));
    BOOST_TEST(ids(c.groups_in_region("Mid Western")) == (strings{"twin-cities-55", "lakeshore-310"}));
    BOOST_TEST(c.groups_in("WY"_state).empty());
}

BOOST_AUTO_TEST_CASE(conference_questions) {
    const auto c = advocacy::sample_campaign();
    BOOST_TEST(ids(c.upcoming_conferences(day(2015, 9, 1))) ==
               (strings{"mid-western-2015", "southern-2015", "northeast-2015", "mid-atlantic-2015", "western-2015"}));
    BOOST_TEST(ids(c.upcoming_conferences(day(2015, 11, 8))) == (strings{"mid-atlantic-2015", "western-2015"}));
    BOOST_TEST(ids(c.conferences_in("Southern")) == (strings{"southern-2015"}));
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 9, 1))->id == "mid-western-2015");
    BOOST_TEST(c.conference_for("MN"_state, day(2015, 10, 25))->id == "mid-western-2015");
    BOOST_TEST(!c.conference_for("MN"_state, day(2015, 10, 26)));
    BOOST_TEST(c.conference_for("NY"_state, day(2015, 9, 1))->id == "northeast-2015");
    BOOST_TEST(c.conference_for("CA"_state, day(2015, 11, 22))->id == "western-2015");
    BOOST_TEST(!c.conference_for("PR"_state, day(2015, 9, 1)));  // outside the map

    const auto pairs = c.conflicts();
    BOOST_REQUIRE(pairs.size() == 1u);
    BOOST_TEST(pairs[0].first.id == "mid-western-2015");
    BOOST_TEST(pairs[0].second.id == "southern-2015");
}

BOOST_AUTO_TEST_CASE(next_meetings_in_the_first_half_of_september) {
    const auto c = advocacy::sample_campaign();
    const auto meetings = c.next_meetings(advocacy::date_range(day(2015, 9, 1), day(2015, 9, 14)));
    std::vector<std::string> hosts;
    for (const auto& m : meetings) hosts.push_back(m.host->id);
    BOOST_TEST(hosts == (strings{"back-bay-133", "chesapeake-212", "hudson-students", "twin-cities-55",
                                 "hudson-students"}));
    BOOST_REQUIRE(meetings.size() == 5u);
    BOOST_TEST((meetings[0].time.start.get_local_time() == local(2015, 9, 2, 18, 30)));
    BOOST_TEST((meetings[3].time.start.get_local_time() == local(2015, 9, 8, 19)));
    BOOST_TEST((meetings[3].time.end.get_local_time() == local(2015, 9, 8, 21)));
    for (std::size_t i = 1; i < meetings.size(); ++i) {
        BOOST_TEST((meetings[i - 1].time.start.get_sys_time() <= meetings[i].time.start.get_sys_time()));
    }
}

BOOST_AUTO_TEST_CASE(next_meetings_keep_local_time_across_the_november_change) {
    const auto c = advocacy::sample_campaign();
    std::vector<advocacy::group_meeting> twin;
    for (const auto& m : c.next_meetings(advocacy::date_range(day(2015, 10, 1), day(2015, 11, 30)))) {
        if (m.host->id == "twin-cities-55") twin.push_back(m);
    }
    BOOST_REQUIRE(twin.size() == 2u);
    BOOST_TEST((twin[0].time.start.get_local_time() == local(2015, 10, 13, 19)));
    BOOST_TEST((twin[1].time.start.get_local_time() == local(2015, 11, 10, 19)));
    // 7 pm CDT is 00:00 UTC; after Nov 1, 7 pm CST is 01:00 UTC.
    BOOST_TEST((twin[0].time.start.get_sys_time() == date::sys_days{day(2015, 10, 14)} + std::chrono::hours{0}));
    BOOST_TEST((twin[1].time.start.get_sys_time() == date::sys_days{day(2015, 11, 11)} + std::chrono::hours{1}));
}

BOOST_AUTO_TEST_CASE(plan_for_minnesota_on_september_1) {
    const auto c = advocacy::sample_campaign();
    const auto steps = c.plan("MN"_state, day(2015, 9, 1));
    BOOST_REQUIRE(steps.size() == 3u);

    BOOST_TEST(steps[0].action_id == "write-local-group");
    BOOST_TEST((steps[0].kind == advocacy::action_kind::letter));
    BOOST_TEST(steps[0].instruction ==
               "Write to Twin Cities Group 55 (Minneapolis, MN): Dana Reyes, group coordinator, dana.reyes@example.org");
    BOOST_TEST(ids(steps[0].groups) == (strings{"twin-cities-55"}));
    BOOST_TEST(steps[0].meetings.empty());
    BOOST_TEST(!steps[0].event);

    BOOST_TEST(steps[1].action_id == "attend-local-meetings");
    BOOST_TEST(steps[1].instruction ==
               "Attend a meeting of Twin Cities Group 55: Tue Sep 8, 2015 7:00 pm CDT or Tue Oct 13, 2015 7:00 pm CDT");
    BOOST_REQUIRE(steps[1].meetings.size() == 2u);
    BOOST_TEST((steps[1].meetings[0].time.start.get_local_time() == local(2015, 9, 8, 19)));
    BOOST_TEST((steps[1].meetings[1].time.start.get_local_time() == local(2015, 10, 13, 19)));
    BOOST_TEST(steps[1].meetings[0].host->id == "twin-cities-55");

    BOOST_TEST(steps[2].action_id == "attend-regional-conference");
    BOOST_TEST((steps[2].kind == advocacy::action_kind::attend_conference));
    BOOST_REQUIRE(steps[2].event.has_value());
    BOOST_TEST(steps[2].event->id == "mid-western-2015");
    BOOST_TEST(steps[2].instruction == "Register for the Mid Western Regional Conference, Oct 23" + en_dash +
                                           "25, 2015, Minneapolis, MN: "
                                           "https://example.org/conferences/2015/mid-western-2015");
}

BOOST_AUTO_TEST_CASE(plan_for_minnesota_after_the_conference) {
    const auto c = advocacy::sample_campaign();
    const auto steps = c.plan("MN"_state, day(2015, 10, 26));
    BOOST_REQUIRE(steps.size() == 2u);
    BOOST_TEST(steps[0].action_id == "write-local-group");
    BOOST_TEST(steps[1].action_id == "attend-local-meetings");
    BOOST_TEST(steps[1].instruction ==
               "Attend a meeting of Twin Cities Group 55: Tue Nov 10, 2015 7:00 pm CST or Tue Dec 8, 2015 7:00 pm CST");
}

BOOST_AUTO_TEST_CASE(plan_for_a_state_without_a_group) {
    const auto c = advocacy::sample_campaign();
    const auto steps = c.plan("TX"_state, day(2015, 9, 1));
    BOOST_REQUIRE(steps.size() == 3u);
    BOOST_TEST(steps[0].instruction ==
               "No local group is listed in TX; ask Amnesty International USA for the nearest one");
    BOOST_TEST(steps[2].event->id == "southern-2015");
    BOOST_TEST(c.plan("PR"_state, day(2015, 9, 1)).size() == 2u);  // outside the map: no conference
}

BOOST_AUTO_TEST_CASE(is_the_same_every_time) {
    const auto a = advocacy::sample_campaign();
    const auto b = advocacy::sample_campaign();
    BOOST_TEST((a == b));
    auto copy = a;
    BOOST_TEST((copy == a));
}

BOOST_AUTO_TEST_SUITE_END()
