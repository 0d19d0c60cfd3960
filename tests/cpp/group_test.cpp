// SPDX-License-Identifier: MIT
#include "advocacy/group.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

using namespace advocacy::literals;

namespace {

auto minneapolis() -> advocacy::location {
    advocacy::location place;
    place.locality = "Minneapolis";
    place.state = "MN"_state;
    place.time_zone = "America/Chicago";
    return place;
}

auto twin_cities() -> advocacy::group {
    return advocacy::group{
        .id = "twin-cities-55",
        .name = "Twin Cities Group 55",
        .kind = advocacy::group_kind::local,
        .place = minneapolis(),
        .region = "Mid Western",
        .contacts = {advocacy::contact{.name = "Dana Reyes",
                                       .role = "Group coordinator",
                                       .email = "dana@example.org",
                                       .phone = "(612) 555-0143"},
                     advocacy::contact{.name = "Lee Park", .role = "", .email = "lee@example.org", .phone = ""}},
        .meetings = std::nullopt,
        .website = "https://example.org/groups/55",
    };
}

auto refused(const advocacy::group& g) -> std::pair<std::string, std::string> {
    try {
        advocacy::validate(g);
    } catch (const advocacy::validation_error& e) {
        return {e.field(), e.reason()};
    }
    return {"", ""};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(group)

BOOST_AUTO_TEST_CASE(kind_names_round_trip) {
    using advocacy::group_kind;
    for (auto kind : {group_kind::local, group_kind::student, group_kind::regional_office, group_kind::national_office,
                      group_kind::other}) {
        BOOST_TEST((advocacy::parse_group_kind(advocacy::to_string(kind)) == kind));
    }
    BOOST_TEST(advocacy::to_string(group_kind::regional_office) == "regional_office");
    BOOST_TEST(advocacy::to_string(static_cast<group_kind>(17)) == "unknown");
    try {
        advocacy::parse_group_kind("chapter");
        BOOST_FAIL("chapter accepted");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.reason() ==
                   "unknown group kind; expected one of local, student, regional_office, national_office, other");
        BOOST_TEST(e.text() == "chapter");
    }
}

BOOST_AUTO_TEST_CASE(equality_and_copies) {
    auto a = twin_cities();
    auto b = a;
    BOOST_TEST((a == b));
    b.contacts[1].phone = "555-0144";
    BOOST_TEST((a != b));
    BOOST_TEST(a.contacts[1].phone.empty());
    b = a;
    b.kind = advocacy::group_kind::student;
    BOOST_TEST((a != b));
}

BOOST_AUTO_TEST_CASE(to_string_form) {
    BOOST_TEST(advocacy::to_string(twin_cities()) == "Twin Cities Group 55 (Minneapolis, MN)");
    auto g = twin_cities();
    g.place = {};
    BOOST_TEST(advocacy::to_string(g) == "Twin Cities Group 55");
    std::ostringstream out;
    out << twin_cities();
    BOOST_TEST(out.str() == "Twin Cities Group 55 (Minneapolis, MN)");
}

BOOST_AUTO_TEST_CASE(valid_group_passes) {
    BOOST_CHECK_NO_THROW(advocacy::validate(twin_cities()));
    advocacy::group bare;
    bare.id = "g1";
    bare.name = "Group 1";
    BOOST_CHECK_NO_THROW(advocacy::validate(bare));
}

BOOST_AUTO_TEST_CASE(validation_errors_name_the_field) {
    auto g = twin_cities();
    g.id = "";
    BOOST_TEST(refused(g).first == "group: id");
    BOOST_TEST(refused(g).second == "required");
    g.id = "twin cities";
    BOOST_TEST(refused(g).first == "group \"twin cities\": id");

    g = twin_cities();
    g.name = "";
    BOOST_TEST(refused(g).first == "group \"twin-cities-55\": name");
    g.name = "Twin\nCities";
    BOOST_TEST(refused(g).first == "group \"twin-cities-55\": name");

    g = twin_cities();
    g.kind = static_cast<advocacy::group_kind>(17);
    BOOST_TEST(refused(g).first == "group \"twin-cities-55\": kind");

    g = twin_cities();
    g.region = "Mid\nWestern";
    BOOST_TEST(refused(g).first == "group \"twin-cities-55\": region");


    g = twin_cities();
    g.contacts[1].email = "lee.example.org";
    BOOST_TEST(refused(g).first == "group \"twin-cities-55\": contacts[1].email");
    BOOST_TEST(refused(g).second == "\"lee.example.org\" has no @: expected one, as in name@example.org");
    g.contacts[0].name = "";
    BOOST_TEST(refused(g).first == "group \"twin-cities-55\": contacts[0].name");

    g = twin_cities();
    g.website = "www.example.org";
    BOOST_TEST(refused(g).first == "group \"twin-cities-55\": website");
    BOOST_TEST(refused(g).second == "\"www.example.org\" is not a URL: expected http:// or https://");
}

BOOST_AUTO_TEST_CASE(meetings_take_part_in_equality) {
    using namespace std::chrono_literals;
    auto a = twin_cities();
    a.meetings = advocacy::meeting_schedule::monthly_on_weekday(2, date::Tuesday, advocacy::time_of_day{19h}, 2h, "America/Chicago");
    auto b = a;
    BOOST_TEST((a == b));
    b.meetings = advocacy::meeting_schedule::monthly_on_weekday(3, date::Tuesday, advocacy::time_of_day{19h}, 2h, "America/Chicago");
    BOOST_TEST((a != b));
    b.meetings.reset();
    BOOST_TEST((a != b));
    BOOST_CHECK_NO_THROW(advocacy::validate(a));
}

BOOST_AUTO_TEST_CASE(names_of_control_characters_are_refused) {
    auto g = twin_cities();
    g.name = "\x1b\x07";
    BOOST_TEST(refused(g).first == "group \"twin-cities-55\": name");
    g = twin_cities();
    g.contacts.push_back(advocacy::contact{.name = "\t\x01", .role = "", .email = "", .phone = ""});
    BOOST_TEST(refused(g).first.ends_with("contacts[" + std::to_string(g.contacts.size() - 1) + "].name"));
}

BOOST_AUTO_TEST_SUITE_END()
