// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "advocacy/campaign.hpp"
#include "advocacy/error.hpp"
#include "advocacy/osdi.hpp"
#include "advocacy/sample.hpp"

#include <chrono>
#include <string>
#include <string_view>

using namespace advocacy::literals;

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
                                    .state = "MD"_state,
                                    .postal_code = "21201",
                                    .time_zone = "America/New_York"},
        .registration_url = "https://example.org/register",
        .description = "Workshops and panels.",
    });
    c.add_conference(advocacy::conference{
        .id = "midwest-2015",
        .name = "Midwest Regional Conference",
        .dates = advocacy::date_range(day(2015, 11, 7)),
        .place = advocacy::location{.locality = "Chicago", .state = "IL"_state},
    });
    c.add_group(advocacy::group{
        .id = "twin-cities-55",
        .name = "Twin Cities Group 55",
        .place = advocacy::location{.locality = "Minneapolis", .state = "MN"_state},
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

// ---- reading ----------------------------------------------------------------------------------

namespace {

// The phone as OSDI brings it back: its digits with the country code and a "+", the extension
// after " x".
auto phone_through_osdi(const advocacy::contact& person, const std::string& country) -> std::string {
    if (person.phone.empty()) return {};
    std::string digits = person.phone_digits();
    if (!digits.empty() && digits.front() == '+') digits.erase(0, 1);
    else if (digits.size() == 10 && (country == "US" || country == "CA")) digits = "1" + digits;
    std::string out = digits.size() > 10 ? "+" + digits : digits;
    const auto x = person.phone.find_last_of("xX");
    if (x != std::string::npos) {
        std::string extension;
        for (char ch : person.phone.substr(x + 1)) {
            if (ch >= '0' && ch <= '9') extension += ch;
        }
        if (!extension.empty()) out += " x" + extension;
    }
    return out;
}

// `c` without what OSDI cannot carry (docs/formats.md, "OSDI"): milestones, the region map, an
// action's window and related conferences, a group's place, kind, website and meetings, groups
// without contacts; phones as OSDI writes them.
auto carried_by_osdi(const advocacy::campaign& c) -> advocacy::campaign {
    advocacy::campaign out(c.id(), c.title());
    out.set_summary(c.summary());
    if (!c.conferences().empty()) out.set_organization(c.organization());
    for (const auto& event : c.conferences()) out.add_conference(event);
    for (const auto& g : c.groups()) {
        if (g.contacts.empty()) continue;
        advocacy::group kept{.id = g.id, .name = g.name, .region = g.region, .contacts = g.contacts};
        for (auto& person : kept.contacts) person.phone = phone_through_osdi(person, g.place.country);
        out.add_group(std::move(kept));
    }
    for (auto step : c.actions()) {
        step.window.reset();
        step.related_conferences.clear();
        out.add_action(std::move(step));
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_sample_campaign_comes_back_in_every_field_osdi_carries) {
    const auto sample = advocacy::sample_campaign();
    const auto read = advocacy::read_osdi(advocacy::to_osdi(sample));
    BOOST_TEST(read.warnings.empty());
    BOOST_TEST((read.value == carried_by_osdi(sample)));
    // Field by field, for a readable failure.
    BOOST_TEST(read.value.organization() == "Amnesty International USA");
    BOOST_REQUIRE(read.value.conferences().size() == sample.conferences().size());
    for (std::size_t i = 0; i < sample.conferences().size(); ++i) {
        BOOST_TEST((read.value.conferences()[i] == sample.conferences()[i]), sample.conferences()[i].id);
    }
    BOOST_REQUIRE(read.value.actions().size() == 3);
    BOOST_TEST(read.value.actions()[0].talking_points == sample.actions()[0].talking_points);
    BOOST_TEST(read.value.groups()[0].contacts[0].phone == "+16125550143");
}

BOOST_AUTO_TEST_CASE(timed_events_sessions_and_targets_come_back) {
    using namespace std::chrono_literals;
    advocacy::campaign c("x", "X");
    auto add = [&](std::string id, date::sys_days first, date::sys_days last, std::string zone) {
        c.add_conference(advocacy::conference{.id = id,
                                              .name = id,
                                              .dates = advocacy::date_range(first, last),
                                              .place = advocacy::location{.time_zone = std::move(zone)},
                                              .start_time = 19h,
                                              .end_time = 30min});
    };
    add("winter", day(2015, 11, 13), day(2015, 11, 14), "America/Chicago");
    add("summer", day(2015, 7, 1), day(2015, 7, 3), "Europe/Berlin");
    add("utc", day(2015, 7, 1), day(2015, 7, 2), "UTC");
    add("floating", day(2015, 7, 1), day(2015, 7, 2), "");
    c.add_conference(advocacy::conference{.id = "clinic",
                                          .name = "Policy Clinic",
                                          .dates = advocacy::date_range(day(2026, 6, 12), day(2026, 6, 17)),
                                          .sessions = advocacy::parse_days("June 12 & 16-17, 2026"),
                                          .place = advocacy::location{.online = "https://meet.example.org/abc"}});
    c.add_action(advocacy::action{.id = "call", .kind = advocacy::action_kind::call, .title = "Call",
                                  .target = {advocacy::target_kind::official, "", "Senator Jane Doe"}});
    c.add_action(advocacy::action{.id = "write", .kind = advocacy::action_kind::letter, .title = "Write",
                                  .target = {advocacy::target_kind::group, "twin-cities-55", "Twin Cities Group 55"}});
    c.add_action(advocacy::action{.id = "sign", .kind = advocacy::action_kind::petition, .title = "Sign"});
    const auto read = advocacy::read_osdi(advocacy::to_osdi(c));
    BOOST_TEST(read.warnings.empty());
    BOOST_TEST((read.value == c));
}

BOOST_AUTO_TEST_CASE(an_events_page_as_osdi_servers_return_it) {
    const std::string page = R"({
  "total_pages": 2, "per_page": 2, "page": 1, "total_records": 4,
  "_links": {"next": {"href": "https://osdi.example.org/api/v2/events?page=2"},
             "self": {"href": "https://osdi.example.org/api/v2/events"}},
  "_embedded": {
    "osdi:events": [
      {"identifiers": ["action_network:d91b4b2e-ae0e-4cd3-9ed7-d0ec501b0bc3"], "title": "Rally for Justice",
       "start_date": "2015-03-14T12:00:00Z", "end_date": "2015-03-14T14:00:00Z", "all_day": false,
       "location": {"venue": "Lafayette Square", "locality": "Washington", "region": "DC", "country": "US"}},
      {"identifiers": ["action_network:1efc3644"], "title": "Day of Action", "all_day": true,
       "start_date": "2015-04-02T00:00:00Z", "end_date": "2015-04-03T00:00:00Z",
       "timezone_identifier": "America/New_York"},
      {"identifiers": ["action_network:5a2f0a4c"], "title": "House Party", "start_date": "around seven"},
      {"title": "Called Off", "status": "cancelled", "start_date": "2015-05-01"}
    ],
    "osdi:attendances": [{"identifiers": ["action_network:77"], "status": "accepted"}]
  }
})";
    const auto read = advocacy::read_osdi(page);
    BOOST_TEST(read.value.id() == "imported");
    BOOST_REQUIRE(read.value.conferences().size() == 2);
    const auto& rally = read.value.conferences()[0];
    BOOST_TEST(rally.id == "d91b4b2e-ae0e-4cd3-9ed7-d0ec501b0bc3");
    BOOST_TEST(rally.place.time_zone == "UTC");
    BOOST_TEST(rally.start_time->count() == 12 * 60);
    BOOST_TEST(rally.end_time->count() == 14 * 60);
    BOOST_TEST((rally.dates == advocacy::date_range(day(2015, 3, 14))));
    const auto& day_of_action = read.value.conferences()[1];
    BOOST_TEST(!day_of_action.timed());
    BOOST_TEST((day_of_action.dates == advocacy::date_range(day(2015, 4, 2))));  // the next midnight ends it
    BOOST_TEST(day_of_action.place.time_zone == "America/New_York");
    // Every record is accounted for: the bad event and the attendance are named.
    BOOST_REQUIRE(read.warnings.size() == 3);
    BOOST_TEST(read.warnings[0].line == 1u);
    BOOST_TEST(read.warnings[0].reason.starts_with("osdi:attendances[0]: "));
    BOOST_TEST(read.warnings[1].line == 3u);
    BOOST_TEST(read.warnings[1].text == "House Party");
    BOOST_TEST(read.warnings[1].reason.find("start_date") != std::string::npos, read.warnings[1].reason);
    BOOST_TEST(read.warnings[2].line == 4u);
    BOOST_TEST(read.warnings[2].reason == "osdi:events[3]: status: cancelled: not imported", read.warnings[2].reason);
}

BOOST_AUTO_TEST_CASE(a_people_page_and_what_a_contact_cannot_hold) {
    const auto read = advocacy::read_osdi(R"({"_embedded": {"osdi:people": [
      {"given_name": "Edward", "family_name": "Doe",
       "email_addresses": [{"primary": false, "address": "ed@example.com"}, {"primary": true, "address": "edward@example.org"}],
       "phone_numbers": [{"primary": true, "number": "12025550132", "extension": "245", "number_type": "Work"}]},
      {"email_addresses": [{"primary": true, "address": "not an address"}]}
    ]}})");
    const auto groups = read.value.groups();
    BOOST_REQUIRE(groups.size() == 1);
    const auto& people = groups[0].contacts;
    BOOST_REQUIRE(people.size() == 1);
    BOOST_TEST(people[0].name == "Edward Doe");
    BOOST_TEST(people[0].email == "edward@example.org");
    BOOST_TEST(people[0].phone == "+12025550132 x245");
    BOOST_REQUIRE(read.warnings.size() == 2);
    BOOST_TEST(read.warnings[0].reason.find("1 more email_addresses left out") != std::string::npos);
    BOOST_TEST(read.warnings[1].line == 2u);
}

BOOST_AUTO_TEST_CASE(advocacy_campaigns_of_other_systems_and_bad_zones) {
    const auto read = advocacy::read_osdi(R"({"_embedded": {
      "osdi:advocacy_campaigns": [
        {"identifiers": ["osdi_sample_system:d91b4b2e"], "title": "Tell Congress to pass the bill",
         "summary": "Email your member of Congress.", "target_universe": "U.S. Congress", "type": "email"},
        {"title": "Call Congress: raise the minimum wage", "targets": "U.S. Senate", "type": "phone"},
        {"title": "Knock on doors", "type": "canvass"}
      ],
      "osdi:events": [
        {"title": "On Mars", "start_date": "2015-03-14T12:00:00Z", "end_date": "2015-03-14T14:00:00Z",
         "timezone_identifier": "Mars/Olympus"}
      ]}})");
    BOOST_REQUIRE(read.value.actions().size() == 3);
    const auto& email = read.value.actions()[0];
    BOOST_TEST(email.id == "d91b4b2e");
    BOOST_TEST((email.kind == advocacy::action_kind::email));
    BOOST_TEST(email.description == "Email your member of Congress.");
    BOOST_TEST((email.target == advocacy::action_target{advocacy::target_kind::organization, "", "U.S. Congress"}));
    BOOST_TEST((read.value.actions()[1].kind == advocacy::action_kind::call));
    BOOST_TEST(read.value.actions()[1].target.name == "U.S. Senate");
    BOOST_TEST((read.value.actions()[2].kind == advocacy::action_kind::other));
    BOOST_TEST(read.value.conferences().empty());
    BOOST_REQUIRE(read.warnings.size() == 2);
    BOOST_TEST(read.warnings[0].reason.find("type \"canvass\" read as \"other\"") != std::string::npos);
    BOOST_TEST(read.warnings[1].text == "On Mars");
    BOOST_TEST(read.warnings[1].reason.find("Mars/Olympus") != std::string::npos, read.warnings[1].reason);
}

BOOST_AUTO_TEST_CASE(a_bad_campaign_record_falls_back_to_the_options) {
    advocacy::osdi_read_options options;
    options.campaign_id = "from-an";
    options.campaign_title = "From Action Network";
    const auto read = advocacy::read_osdi(
        R"({"osdi:advocacy_campaigns": [{"identifiers": ["advocacy:not an id"], "title": "T"}]})", options);
    BOOST_TEST(read.value.id() == "from-an");
    BOOST_TEST(read.value.title() == "From Action Network");
    BOOST_REQUIRE(read.warnings.size() == 1u);
    BOOST_TEST(read.warnings[0].reason.find("identifiers") != std::string::npos, read.warnings[0].reason);
}

BOOST_AUTO_TEST_CASE(bad_json_is_a_parse_error_with_line_and_column) {
    try {
        (void)advocacy::read_osdi("{\n  \"_embedded\": {\n    \"osdi:events\": [1,]\n  }\n}\n");
        BOOST_FAIL("no parse_error");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.line() == 3u);
        BOOST_TEST(e.text() == "    \"osdi:events\": [1,]");
        BOOST_TEST(e.position() == 22u);
        BOOST_TEST(e.reason().starts_with("invalid JSON: "), e.reason());
    }
    BOOST_CHECK_THROW((void)advocacy::read_osdi(R"({"id": "x", "title": "X"})"), advocacy::parse_error);
    BOOST_CHECK_THROW((void)advocacy::read_osdi("[]"), advocacy::parse_error);
}

BOOST_AUTO_TEST_CASE(osdi_is_told_from_a_json_campaign) {
    BOOST_TEST(advocacy::looks_like_osdi(advocacy::to_osdi(advocacy::sample_campaign())));
    BOOST_TEST(advocacy::looks_like_osdi(R"({"osdi:events": []})"));
    BOOST_TEST(!advocacy::looks_like_osdi(R"({"schema_version": 1, "id": "x", "title": "X"})"));
    BOOST_TEST(!advocacy::looks_like_osdi("BEGIN:VCALENDAR"));
}

BOOST_AUTO_TEST_SUITE_END()
