// SPDX-License-Identifier: MIT
#include "advocacy/supporter.hpp"

#include "advocacy/detail/zip_prefixes.hpp"
#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <set>
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
    BOOST_CHECK_THROW(advocacy::supporter_from_json(R"({"id": "7", "zip": 1e555})"), advocacy::parse_error);
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

// One ZIP code of a main post office in each state, DC, territory and military mail code
// the table has.
constexpr std::pair<std::string_view, std::string_view> zip_of_each_state[] = {
    {"35203", "AL"}, {"99501", "AK"}, {"85001", "AZ"}, {"72201", "AR"}, {"94103", "CA"}, {"80202", "CO"},
    {"06103", "CT"}, {"19901", "DE"}, {"33101", "FL"}, {"30303", "GA"}, {"96813", "HI"}, {"83702", "ID"},
    {"60601", "IL"}, {"46204", "IN"}, {"50309", "IA"}, {"66603", "KS"}, {"40202", "KY"}, {"70112", "LA"},
    {"04101", "ME"}, {"21201", "MD"}, {"02108", "MA"}, {"48226", "MI"}, {"55401", "MN"}, {"39201", "MS"},
    {"63101", "MO"}, {"59601", "MT"}, {"68102", "NE"}, {"89101", "NV"}, {"03301", "NH"}, {"07102", "NJ"},
    {"87501", "NM"}, {"10001", "NY"}, {"27601", "NC"}, {"58501", "ND"}, {"43215", "OH"}, {"73102", "OK"},
    {"97201", "OR"}, {"19103", "PA"}, {"02903", "RI"}, {"29201", "SC"}, {"57501", "SD"}, {"37203", "TN"},
    {"78701", "TX"}, {"84101", "UT"}, {"05602", "VT"}, {"23219", "VA"}, {"98101", "WA"}, {"25301", "WV"},
    {"53703", "WI"}, {"82001", "WY"}, {"20001", "DC"}, {"00901", "PR"}, {"00802", "VI"}, {"96910", "GU"},
    {"96799", "AS"}, {"96950", "MP"}, {"96941", "FM"}, {"96960", "MH"}, {"96940", "PW"}, {"34002", "AA"},
    {"09001", "AE"}, {"96201", "AP"},
};

BOOST_AUTO_TEST_CASE(zip_state_of_each_state) {
    for (const auto& [zip, state] : zip_of_each_state) {
        BOOST_TEST(advocacy::state_of_zip(zip) == state, zip);
        BOOST_TEST(advocacy::state_of_zip(std::string(zip) + "-0001") == state, zip);
    }
}

BOOST_AUTO_TEST_CASE(zip_table_is_sorted_and_every_code_is_tested) {
    std::set<std::string_view> in_table;
    int previous = -1;
    for (const auto& r : advocacy::detail::zip_prefix_table()) {
        BOOST_TEST(r.first > previous);
        BOOST_TEST(r.last >= r.first);
        BOOST_TEST(r.last <= 999);
        previous = r.last;
        in_table.insert(r.state);
    }
    std::set<std::string_view> tested;
    for (const auto& [zip, state] : zip_of_each_state) tested.insert(state);
    for (auto island : {"GU", "AS", "MP", "FM", "MH", "PW"}) in_table.insert(island);  // by five digits
    BOOST_TEST((tested == in_table));
    BOOST_TEST(tested.size() == 62u);  // 50 states, DC, 8 territories, 3 military codes
}

BOOST_AUTO_TEST_CASE(zip_prefixes_outside_a_states_run) {
    BOOST_TEST(advocacy::state_of_zip("00501") == "NY");  // IRS, Holtsville
    BOOST_TEST(advocacy::state_of_zip("05501") == "MA");  // Andover
    BOOST_TEST(advocacy::state_of_zip("20166") == "VA");  // Dulles
    BOOST_TEST(advocacy::state_of_zip("56901") == "DC");
    BOOST_TEST(advocacy::state_of_zip("73301") == "TX");  // Austin
    BOOST_TEST(advocacy::state_of_zip("88510") == "TX");  // El Paso
    BOOST_TEST(advocacy::state_of_zip("39901") == "GA");
    // L002 of 2024: 099 is military mail (AE), 876 Albuquerque's, 872 no longer in use.
    BOOST_TEST(advocacy::state_of_zip("09901") == "AE");
    BOOST_TEST(advocacy::state_of_zip("87601") == "NM");
    BOOST_TEST(advocacy::state_of_zip("554") == "MN");
}

BOOST_AUTO_TEST_CASE(zip_unknown_prefixes_give_no_state) {
    for (std::string_view zip : {"00012", "87201", "21301", "96900", "96999", "969", "967", "99", "", "ABCDE", "5 401",
                                 "A5401", "70201", "77101"}) {
        BOOST_TEST(advocacy::state_of_zip(zip).empty(), zip);
    }
}

BOOST_AUTO_TEST_SUITE_END()
