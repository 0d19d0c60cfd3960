// SPDX-License-Identifier: MIT
#include "advocacy/supporter.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <sstream>
#include <string>
#include <utility>

namespace {

auto dana() -> advocacy::supporter {
    return advocacy::supporter{.id = "an-1001",
                               .name = "Dana Reyes",
                               .email = "dana@example.org",
                               .phone = "(612) 555-0143",
                               .locality = "Minneapolis",
                               .state = "MN",
                               .postal_code = "55401",
                               .country = "US",
                               .preferred_group = "twin-cities"};
}

auto refused(const advocacy::supporter& person) -> std::pair<std::string, std::string> {
    try {
        advocacy::validate(person);
    } catch (const advocacy::validation_error& e) {
        return {e.field(), e.reason()};
    }
    return {"", ""};
}

template <class Change>
auto changed(Change change) -> advocacy::supporter {
    auto person = dana();
    change(person);
    return person;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(supporter)

BOOST_AUTO_TEST_CASE(equality_copy_hash) {
    const auto a = dana();
    auto b = a;
    BOOST_TEST((a == b));
    BOOST_TEST(std::hash<advocacy::supporter>{}(a) == std::hash<advocacy::supporter>{}(b));
    b.preferred_group.reset();
    BOOST_TEST((a != b));
    BOOST_TEST(std::hash<advocacy::supporter>{}(a) != std::hash<advocacy::supporter>{}(b));
    auto c = a;
    c.postal_code = "55402";
    BOOST_TEST((a != c));
    BOOST_TEST((c > a));
}

BOOST_AUTO_TEST_CASE(to_string_forms) {
    BOOST_TEST(advocacy::to_string(dana()) == "Dana Reyes <dana@example.org>, Minneapolis, MN 55401");
    BOOST_TEST(advocacy::to_string(advocacy::supporter{.id = "1", .name = "Lee"}) == "Lee");
    BOOST_TEST(advocacy::to_string(advocacy::supporter{.id = "1", .name = "Lee", .locality = "Toronto", .state = "ON",
                                                       .country = "CA"}) == "Lee, Toronto, ON, CA");
    std::ostringstream out;
    out << advocacy::supporter{.id = "1", .name = "Lee", .state = "MN"};
    BOOST_TEST(out.str() == "Lee, MN");
}

BOOST_AUTO_TEST_CASE(valid_supporters_pass) {
    BOOST_TEST(refused(dana()).first == "");
    BOOST_TEST(refused(advocacy::supporter{.id = "1", .name = "Lee"}).first == "");
    BOOST_TEST(refused(changed([](auto& p) { p.postal_code = "55401-1234"; })).first == "");
    BOOST_TEST(refused(changed([](auto& p) {
                   p.country = "CA";
                   p.state = "ON";
                   p.postal_code = "M5V 2T6";
               })).first == "");
}

BOOST_AUTO_TEST_CASE(errors_name_the_field_never_the_value) {
    const std::pair<advocacy::supporter, std::string> cases[] = {
        {changed([](auto& p) { p.id = ""; }), "supporter.id"},
        {changed([](auto& p) { p.id = "dana@example.org"; }), "supporter.id"},
        {changed([](auto& p) { p.name = " \t"; }), "supporter.name"},
        {changed([](auto& p) { p.name = "Dana\nReyes"; }), "supporter.name"},
        {changed([](auto& p) { p.email = "dana.reyes.example.org"; }), "supporter.email"},
        {changed([](auto& p) { p.email = "dana reyes@example.org"; }), "supporter.email"},
        {changed([](auto& p) { p.phone = "call dana"; }), "supporter.phone"},
        {changed([](auto& p) { p.phone = "612#5550143"; }), "supporter.phone"},
        {changed([](auto& p) { p.state = "Minnesota"; }), "supporter.state"},
        {changed([](auto& p) { p.country = "USA"; }), "supporter.country"},
        {changed([](auto& p) { p.country = "ZZ"; }), "supporter.country"},
        {changed([](auto& p) { p.postal_code = "5540"; }), "supporter.postal_code"},
        {changed([](auto& p) { p.postal_code = "55401 1234"; }), "supporter.postal_code"},
        {changed([](auto& p) { p.preferred_group = ""; }), "supporter.preferred_group"},
        {changed([](auto& p) { p.locality = "Minneapolis\r"; }), "supporter.locality"},
    };
    for (const auto& [person, field] : cases) {
        const auto [got, reason] = refused(person);
        BOOST_TEST(got == field);
        for (const std::string* personal : {&person.name, &person.email, &person.phone}) {
            if (personal->size() > 2) BOOST_TEST(reason.find(*personal) == std::string::npos, field << ": " << reason);
        }
        BOOST_TEST(reason.find("Dana") == std::string::npos);
        BOOST_TEST(reason.find("dana") == std::string::npos);
    }
    BOOST_TEST(refused(changed([](auto& p) { p.email = "dana.reyes.example.org"; })).second ==
               "the email has no @: expected one, as in name@example.org");
}

BOOST_AUTO_TEST_CASE(json_round_trip) {
    const auto text = advocacy::to_json(dana());
    BOOST_TEST(text == R"({"id":"an-1001","name":"Dana Reyes","email":"dana@example.org","phone":"(612) 555-0143",)"
                       R"("locality":"Minneapolis","state":"MN","postal_code":"55401","country":"US",)"
                       R"("preferred_group":"twin-cities"})");
    BOOST_TEST((advocacy::supporter_from_json(text) == dana()));
    auto lee = advocacy::supporter{.id = "7", .name = "Zo\u00eb \"Z\" O'Brien"};
    BOOST_TEST(advocacy::to_json(lee).find(R"("preferred_group":null)") != std::string::npos);
    BOOST_TEST((advocacy::supporter_from_json(advocacy::to_json(lee)) == lee));
    // Unknown keys are ignored; the country defaults to US.
    BOOST_TEST((advocacy::supporter_from_json(R"({"id": "7", "name": "Lee", "tags": [1]})") ==
                advocacy::supporter{.id = "7", .name = "Lee"}));
}

BOOST_AUTO_TEST_CASE(json_errors) {
    BOOST_CHECK_THROW(advocacy::supporter_from_json(R"({"id": "7", "name": )"), advocacy::parse_error);
    BOOST_CHECK_THROW(advocacy::supporter_from_json(R"(["7"])"), advocacy::parse_error);
    try {
        advocacy::supporter_from_json(R"({"id": "7", "name": "Lee", "email": 12})");
        BOOST_FAIL("no error");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.reason() == "/email: expected a string, got number");
        BOOST_TEST(e.text() == "");
    }
    try {
        advocacy::supporter_from_json(R"({"id": "7", "name": "Lee", "email": "lee.example.org"})");
        BOOST_FAIL("no error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "supporter.email");
        BOOST_TEST(std::string(e.what()).find("lee.example.org") == std::string::npos);
    }
    auto bad = dana();
    bad.locality = "Minneapolis\xff";
    BOOST_CHECK_THROW(advocacy::to_json(bad), advocacy::validation_error);
}

BOOST_AUTO_TEST_SUITE_END()
