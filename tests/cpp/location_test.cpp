// SPDX-License-Identifier: MIT
#include "advocacy/location.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <sstream>
#include <string>

namespace {

// A place with the given city, state, country and zone, the other fields empty.
auto place_in(std::string locality, std::string region, std::string country = "US", std::string time_zone = "")
    -> advocacy::location {
    advocacy::location place;
    place.locality = std::move(locality);
    place.state = advocacy::state_code{region};
    place.country = std::move(country);
    place.time_zone = std::move(time_zone);
    return place;
}

auto baltimore() -> advocacy::location { return place_in("Baltimore", "MD", "US", "America/New_York"); }

// The field named by the validation_error that validate(place) throws, or "" when it passes.
auto refused_field(const advocacy::location& place) -> std::string {
    try {
        advocacy::validate(place);
    } catch (const advocacy::validation_error& e) {
        return e.field();
    }
    return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(location)

BOOST_AUTO_TEST_CASE(defaults_and_equality) {
    advocacy::location empty;
    BOOST_TEST(empty.country == "US");
    BOOST_TEST(empty.locality.empty());
    auto a = baltimore();
    auto b = a;
    BOOST_TEST((a == b));
    b.address_lines.push_back("1 W Pratt St");
    BOOST_TEST((a != b));
    BOOST_TEST((a < b));  // a shorter address list sorts first
    BOOST_TEST(std::hash<advocacy::location>{}(a) == std::hash<advocacy::location>{}(baltimore()));
    BOOST_TEST(std::hash<advocacy::location>{}(a) != std::hash<advocacy::location>{}(b));
}

BOOST_AUTO_TEST_CASE(to_string_forms) {
    BOOST_TEST(advocacy::to_string(baltimore()) == "Baltimore, MD");
    auto hotel = baltimore();
    hotel.venue = "Hilton";
    BOOST_TEST(advocacy::to_string(hotel) == "Hilton, Baltimore, MD");
    BOOST_TEST(advocacy::to_string(place_in("Baltimore", "")) == "Baltimore");
    BOOST_TEST(advocacy::to_string(place_in("Toronto", "ON", "CA")) ==
               "Toronto, ON, CA");
    BOOST_TEST(advocacy::to_string(advocacy::location{}) == "");
    std::ostringstream out;
    out << baltimore();
    BOOST_TEST(out.str() == "Baltimore, MD");
}

BOOST_AUTO_TEST_CASE(valid_places_pass) {
    BOOST_CHECK_NO_THROW(advocacy::validate(baltimore()));
    BOOST_CHECK_NO_THROW(advocacy::validate(advocacy::location{}));  // nothing is required
    BOOST_CHECK_NO_THROW(advocacy::validate(place_in("Toronto", "ON", "CA", "America/Toronto")));
    BOOST_CHECK_NO_THROW(advocacy::validate(place_in("", "D1")));
}

BOOST_AUTO_TEST_CASE(unknown_time_zone) {
    auto mars = baltimore();
    mars.time_zone = "Mars/Olympus";
    try {
        advocacy::validate(mars);
        BOOST_FAIL("Mars/Olympus accepted");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "location.time_zone");
        BOOST_TEST(e.reason() == "unknown IANA time zone \"Mars/Olympus\"");
        BOOST_TEST(std::string(e.what()) == "location.time_zone: unknown IANA time zone \"Mars/Olympus\"");
    }
}

BOOST_AUTO_TEST_CASE(bad_country) {
    for (const char* country : {"usa", "us", "U", "", "U1", "USA", "ZZ", "AA"}) {
        auto place = baltimore();
        place.country = country;
        BOOST_TEST(refused_field(place) == "location.country", "country " << country);
    }
}

// A state is a state_code, which cannot hold anything else than a code: a place cannot be given
// one to refuse.
BOOST_AUTO_TEST_CASE(bad_state_codes_are_refused_where_they_are_made) {
    for (const char* code : {"md", "MARY", "M-D", " MD", "M\nD"}) {
        BOOST_CHECK_EXCEPTION(advocacy::state_code{code}, advocacy::validation_error,
                              [](const auto& e) { return e.field() == "state"; });
        BOOST_TEST(!advocacy::state_code::valid(code), code);
    }
}

BOOST_AUTO_TEST_CASE(line_breaks_are_refused_in_every_field) {
    auto place = baltimore();
    place.venue = "Hilton\r\nBaltimore";
    BOOST_TEST(refused_field(place) == "location.venue");
    place = baltimore();
    place.address_lines = {"1 W Pratt St", "Suite 2\n"};
    BOOST_TEST(refused_field(place) == "location.address_lines[1]");
    place = baltimore();
    place.locality = "Balti\nmore";
    BOOST_TEST(refused_field(place) == "location.locality");
    place = baltimore();
    place.postal_code = "21201\n";
    BOOST_TEST(refused_field(place) == "location.postal_code");
    place = baltimore();
    place.time_zone = "America/New_York\n";
    BOOST_TEST(refused_field(place) == "location.time_zone");
}

BOOST_AUTO_TEST_CASE(the_machine_zone_localtime_is_refused) {
    BOOST_TEST(refused_field(place_in("Baltimore", "MD", "US", "localtime")) == "location.time_zone");
    BOOST_TEST(refused_field(place_in("Baltimore", "MD", "US", "posixrules")) == "location.time_zone");
}

BOOST_AUTO_TEST_CASE(online_part_in_text_equality_and_hash) {
    advocacy::location online;
    online.online = "online";
    BOOST_TEST(advocacy::to_string(online) == "Online");
    auto hybrid = baltimore();
    hybrid.online = "https://zoom.us/j/123";
    BOOST_TEST(advocacy::to_string(hybrid) == "Baltimore, MD + online");
    BOOST_TEST((hybrid != baltimore()));
    BOOST_TEST(std::hash<advocacy::location>{}(hybrid) != std::hash<advocacy::location>{}(baltimore()));
    BOOST_TEST(refused_field(online) == "");
    BOOST_TEST(refused_field(hybrid) == "");
}

BOOST_AUTO_TEST_CASE(online_part_is_online_or_an_http_link) {
    for (const auto* bad : {"javascript:alert(1)", "Online", "zoom", "ftp://example.org/x", "https://", "https://a b",
                            "https:///path", "online\n"}) {
        auto place = baltimore();
        place.online = bad;
        BOOST_TEST(refused_field(place) == "location.online", "online " << bad);
    }
    auto place = baltimore();
    place.online = "javascript:alert(1)";
    try {
        advocacy::validate(place);
        BOOST_FAIL("a javascript: link was accepted");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.reason() == "\"javascript:alert(1)\" is neither \"online\" nor a link: expected \"online\" or "
                                 "an http:// or https:// URL");
    }
}

BOOST_AUTO_TEST_SUITE_END()
