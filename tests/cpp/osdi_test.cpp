// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "advocacy/campaign.hpp"
#include "advocacy/error.hpp"
#include "advocacy/osdi.hpp"
#include "advocacy/sample.hpp"

#include <chrono>
#include <string>
#include <string_view>

// Designated initializers leave the other members at their defaults, as the model intends.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

// The suite is a namespace called osdi: library names are written advocacy::x.
BOOST_AUTO_TEST_SUITE(osdi)

namespace {

auto day(int y, unsigned m, unsigned d) -> date::sys_days {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

auto two_conferences() -> advocacy::campaign {
    advocacy::campaign c("push-2015", "Autumn push");
    c.set_summary("Five conferences and a letter.");
    c.add_conference(advocacy::conference{
        .id = "mid-atlantic-2015",
        .name = "Mid Atlantic Regional Conference",
        .dates = advocacy::date_range(day(2015, 11, 13), day(2015, 11, 15)),
        .place = advocacy::location{.venue = "Harbor Hall",
                                    .address_lines = {"100 Example Street"},
                                    .locality = "Baltimore",
                                    .region = "MD",
                                    .postal_code = "21201",
                                    .time_zone = "America/New_York"},
        .registration_url = "https://example.org/register",
        .description = "Workshops and panels.",
    });
    c.add_conference(advocacy::conference{
        .id = "midwest-2015",
        .name = "Midwest Regional Conference",
        .dates = advocacy::date_range(day(2015, 11, 7)),
        .place = advocacy::location{.locality = "Chicago", .region = "IL"},
    });
    c.add_group(advocacy::group{
        .id = "twin-cities-55",
        .name = "Twin Cities Group 55",
        .place = advocacy::location{.locality = "Minneapolis", .region = "MN"},
        .contacts = {advocacy::contact{.name = "Dana Maria Reyes", .role = "Group coordinator",
                                       .email = "dana@example.org", .phone = "(612) 555-0143 x12"},
                     advocacy::contact{.name = "Sam", .phone = "+44 20 7946 0100"}},
    });
    return c;
}

}  // namespace

BOOST_AUTO_TEST_CASE(exact_document) {
    BOOST_TEST(advocacy::to_osdi(two_conferences()) ==
               R"({
  "_links": {
    "self": {
      "href": "advocacy:push-2015"
    },
    "curies": [
      {
        "name": "osdi",
        "href": "https://opensupporter.github.io/osdi-docs/{rel}.html",
        "templated": true
      }
    ]
  },
  "_embedded": {
    "osdi:advocacy_campaigns": [
      {
        "identifiers": [
          "advocacy:push-2015"
        ],
        "origin_system": "advocacy",
        "name": "push-2015",
        "title": "Autumn push",
        "summary": "Five conferences and a letter.",
        "_links": {
          "self": {
            "href": "advocacy:push-2015"
          }
        }
      }
    ],
    "osdi:events": [
      {
        "identifiers": [
          "advocacy:mid-atlantic-2015"
        ],
        "origin_system": "advocacy",
        "name": "mid-atlantic-2015",
        "title": "Mid Atlantic Regional Conference",
        "description": "Workshops and panels.",
        "browser_url": "https://example.org/register",
        "type": "open",
        "status": "confirmed",
        "start_date": "2015-11-13T00:00:00Z",
        "end_date": "2015-11-15T23:59:59Z",
        "all_day": true,
        "timezone_identifier": "America/New_York",
        "visibility": "public",
        "location": {
          "venue": "Harbor Hall",
          "address_lines": [
            "100 Example Street"
          ],
          "locality": "Baltimore",
          "region": "MD",
          "postal_code": "21201",
          "country": "US"
        },
        "_links": {
          "self": {
            "href": "advocacy:mid-atlantic-2015"
          }
        }
      },
      {
        "identifiers": [
          "advocacy:midwest-2015"
        ],
        "origin_system": "advocacy",
        "name": "midwest-2015",
        "title": "Midwest Regional Conference",
        "type": "open",
        "status": "confirmed",
        "start_date": "2015-11-07T00:00:00Z",
        "end_date": "2015-11-07T23:59:59Z",
        "all_day_date": "2015-11-07",
        "all_day": true,
        "visibility": "public",
        "location": {
          "locality": "Chicago",
          "region": "IL",
          "country": "US"
        },
        "_links": {
          "self": {
            "href": "advocacy:midwest-2015"
          }
        }
      }
    ],
    "osdi:people": [
      {
        "identifiers": [
          "advocacy:twin-cities-55/contacts/0"
        ],
        "origin_system": "advocacy",
        "given_name": "Dana Maria",
        "family_name": "Reyes",
        "email_addresses": [
          {
            "primary": true,
            "address": "dana@example.org",
            "address_type": "work"
          }
        ],
        "phone_numbers": [
          {
            "primary": true,
            "number": "16125550143",
            "extension": "12",
            "number_type": "Work"
          }
        ],
        "custom_fields": {
          "group_id": "twin-cities-55",
          "group_name": "Twin Cities Group 55",
          "role": "Group coordinator"
        },
        "_links": {
          "self": {
            "href": "advocacy:twin-cities-55/contacts/0"
          }
        }
      },
      {
        "identifiers": [
          "advocacy:twin-cities-55/contacts/1"
        ],
        "origin_system": "advocacy",
        "given_name": "Sam",
        "phone_numbers": [
          {
            "primary": true,
            "number": "442079460100",
            "number_type": "Work"
          }
        ],
        "custom_fields": {
          "group_id": "twin-cities-55",
          "group_name": "Twin Cities Group 55"
        },
        "_links": {
          "self": {
            "href": "advocacy:twin-cities-55/contacts/1"
          }
        }
      }
    ]
  }
}
)");
}

BOOST_AUTO_TEST_CASE(empty_campaign) {
    const std::string text = advocacy::to_osdi(advocacy::campaign("x", "X"));
    BOOST_TEST(text.find("\"osdi:events\": []") != std::string::npos);
    BOOST_TEST(text.find("\"osdi:people\": []") != std::string::npos);
    BOOST_TEST(text.find("\"description\"") == std::string::npos);  // empty fields are left out
}

BOOST_AUTO_TEST_CASE(sample_campaign_exports_every_conference_and_contact) {
    const auto sample = advocacy::sample_campaign();
    const std::string text = advocacy::to_osdi(sample);
    for (const auto& event : sample.conferences()) {
        BOOST_TEST(text.find("\"advocacy:" + event.id + "\"") != std::string::npos);
        BOOST_TEST(text.find("\"title\": \"" + event.name + "\"") != std::string::npos);
    }
    std::size_t contacts = 0;
    for (const auto& g : sample.groups()) contacts += g.contacts.size();
    std::size_t people = 0;
    for (auto at = text.find("\"given_name\""); at != std::string::npos; at = text.find("\"given_name\"", at + 1)) ++people;
    BOOST_TEST(people == contacts);
    BOOST_TEST(text.find("\"start_date\": \"2015-11-13T00:00:00Z\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(timed_events_carry_local_times_with_offsets) {
    using namespace std::chrono_literals;
    advocacy::campaign c("x", "X");
    auto add = [&](std::string id, date::sys_days first, std::string zone) {
        c.add_conference(advocacy::conference{.id = id,
                                              .name = id,
                                              .dates = advocacy::date_range(first, first + date::days{1}),
                                              .place = advocacy::location{.time_zone = std::move(zone)},
                                              .start_time = 19h,
                                              .end_time = 30min});
    };
    add("winter", day(2015, 11, 13), "America/Chicago");
    add("summer", day(2015, 7, 1), "America/Chicago");
    add("utc", day(2015, 7, 1), "UTC");
    add("floating", day(2015, 7, 1), "");
    const std::string text = advocacy::to_osdi(c);
    for (std::string_view expected : {"\"start_date\": \"2015-11-13T19:00:00-06:00\",\n"
                                      "        \"end_date\": \"2015-11-14T00:30:00-06:00\",\n"
                                      "        \"all_day\": false,\n",
                                      "\"start_date\": \"2015-07-01T19:00:00-05:00\"",
                                      "\"start_date\": \"2015-07-01T19:00:00Z\"",
                                      "\"start_date\": \"2015-07-01T19:00:00\",\n"
                                      "        \"end_date\": \"2015-07-02T00:30:00\",\n"}) {
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
    BOOST_TEST(text.find("all_day_date") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(sessions_go_in_a_custom_field_and_the_span_stays_whole) {
    advocacy::campaign c("x", "X");
    c.add_conference(advocacy::conference{.id = "clinic",
                                          .name = "Policy Clinic",
                                          .dates = advocacy::date_range(day(2026, 6, 12), day(2026, 6, 17)),
                                          .sessions = advocacy::parse_days("June 12 & 16-17, 2026")});
    c.add_conference(advocacy::conference{.id = "plain", .name = "Plain", .dates = advocacy::date_range(day(2026, 7, 1))});
    const std::string text = advocacy::to_osdi(c);
    BOOST_TEST(text.find("\"start_date\": \"2026-06-12T00:00:00Z\",\n"
                         "        \"end_date\": \"2026-06-17T23:59:59Z\",\n") != std::string::npos);
    BOOST_TEST(text.find("\"custom_fields\": {\n"
                         "          \"sessions\": \"2026-06-12, 2026-06-16/2026-06-17\"\n"
                         "        },\n") != std::string::npos, text);
    BOOST_TEST(text.find("\"custom_fields\"") == text.rfind("\"custom_fields\""));  // only the conference with sessions
}

BOOST_AUTO_TEST_CASE(the_online_part_goes_in_a_custom_field) {
    advocacy::campaign c("x", "X");
    advocacy::conference event{.id = "call", .name = "Policy Call", .dates = advocacy::date_range(day(2026, 6, 12))};
    event.place.online = "https://meet.example.org/abc";
    c.add_conference(event);
    c.add_conference(advocacy::conference{.id = "plain", .name = "Plain", .dates = advocacy::date_range(day(2026, 7, 1))});
    const std::string text = advocacy::to_osdi(c);
    BOOST_TEST(text.find("\"custom_fields\": {\n"
                         "          \"online\": \"https://meet.example.org/abc\"\n"
                         "        },\n") != std::string::npos, text);
    BOOST_TEST(text.find("\"custom_fields\"") == text.rfind("\"custom_fields\""));  // only the online one
}

BOOST_AUTO_TEST_CASE(actions_are_advocacy_campaigns_with_type_targets_and_templates) {
    auto c = advocacy::sample_campaign();
    c.add_action(advocacy::action{.id = "call-senator",
                                  .kind = advocacy::action_kind::call,
                                  .title = "Call the senator",
                                  .target = {advocacy::target_kind::official, "", "Senator Jane Doe"},
                                  .talking_points = {"Thank her for her vote."}});
    const std::string text = advocacy::to_osdi(c);
    for (std::string_view expected : {
             // the campaign itself: its summary, no type
             "\"name\": \"defend-the-decision-2015\",\n"
             "        \"title\": \"Stand behind the August 2015 decision\",\n"
             "        \"summary\": \"On 11 August 2015",
             "\"identifiers\": [\n          \"advocacy:actions/write-local-group\"\n        ],",
             "\"templates\": [\n          \"The policy was adopted",
             "\"type\": \"postal mail\",\n"
             "        \"targets\": [\n"
             "          {\n"
             "            \"organization\": \"Your local group\",\n"
             "            \"advocacy:target_kind\": \"group\"\n",
             "\"type\": \"in-person\"",
             "\"type\": \"attend_conference\"",
             "\"type\": \"phone\",\n"
             "        \"targets\": [\n"
             "          {\n"
             "            \"title\": \"Senator Jane Doe\",\n"
             "            \"advocacy:target_kind\": \"official\"\n",
             // events: OSDI's fields, the host and the zone
             "\"type\": \"open\",\n        \"status\": \"confirmed\",",
             "\"timezone_identifier\": \"America/New_York\",\n        \"visibility\": \"public\",",
             "\"contact\": {\n          \"name\": \"Amnesty International USA\"\n        },",
             // people: typed addresses and numbers
             "\"address_type\": \"work\"",
             "\"number_type\": \"Work\""}) {
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
    BOOST_TEST(text.find("\"time_zone\"") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_a_validation_error) {
    advocacy::campaign c("x", "X");
    c.set_summary("\xff");
    BOOST_CHECK_THROW((void)advocacy::to_osdi(c), advocacy::validation_error);
}

BOOST_AUTO_TEST_SUITE_END()
