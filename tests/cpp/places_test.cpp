// SPDX-License-Identifier: MIT
#include "advocacy/detail/places.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>

namespace {

using advocacy::detail::country_named;
using advocacy::detail::subdivision_coded;
using advocacy::detail::subdivision_named;
using advocacy::detail::zone_of_place;

auto code_of_country(std::string_view name) -> std::string {
    const auto* row = country_named(name);
    return row ? std::string(row->alpha_2) : "";
}

auto code_of_region(std::string_view name, std::string_view country) -> std::string {
    const auto* row = subdivision_named(name, country);
    return row ? std::string(row->code) : "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(places)

BOOST_AUTO_TEST_CASE(countries_by_their_names) {
    BOOST_TEST(code_of_country("Germany") == "DE");
    BOOST_TEST(code_of_country("germany") == "DE");
    BOOST_TEST(code_of_country("Federal Republic of Germany") == "DE");  // official name
    BOOST_TEST(code_of_country("DEU") == "DE");                          // alpha-3
    BOOST_TEST(code_of_country("South Korea") == "KR");                  // common name
    BOOST_TEST(code_of_country("Korea, Republic of") == "KR");
    BOOST_TEST(code_of_country("United States of America") == "US");
    BOOST_TEST(code_of_country("USA") == "US");
    BOOST_TEST(code_of_country("U.S.") == "US");
    BOOST_TEST(code_of_country("UK") == "GB");
    BOOST_TEST(code_of_country("M\xC3\xA9xico") == "MX");  // accents folded
    BOOST_TEST(code_of_country("CA") == "");                // an alpha-2 code is not a name
    BOOST_TEST(code_of_country("Narnia") == "");
    BOOST_REQUIRE(advocacy::detail::country_coded("CA") != nullptr);
    BOOST_TEST(advocacy::detail::country_coded("CA")->name == "Canada");
    BOOST_TEST(advocacy::detail::country_coded("ZZ") == nullptr);
}

BOOST_AUTO_TEST_CASE(subdivisions_by_name_and_code) {
    BOOST_TEST(code_of_region("Maine", "US") == "ME");
    BOOST_TEST(code_of_region("District of Columbia", "US") == "DC");
    BOOST_TEST(code_of_region("Ontario", "CA") == "ON");
    BOOST_TEST(code_of_region("Qu\xC3\xA9" "bec", "CA") == "QC");
    BOOST_TEST(code_of_region("Bayern", "DE") == "BY");
    BOOST_TEST(code_of_region("Bavaria", "DE") == "BY");  // iso-codes' English name
    BOOST_TEST(code_of_region("Bavaria", "FR") == "");
    BOOST_TEST(code_of_region("Ontario", "US") == "");
    BOOST_REQUIRE(subdivision_coded("NV", "US") != nullptr);
    BOOST_TEST(subdivision_coded("NV", "US")->name == "Nevada");
    BOOST_TEST(subdivision_coded("ON", "US") == nullptr);
}

// The documented table of US states in one zone, and countries with one zone in zone1970.tab.
BOOST_AUTO_TEST_CASE(zones_of_places_in_one_zone) {
    BOOST_TEST(zone_of_place("US", "MA") == "America/New_York");
    BOOST_TEST(zone_of_place("US", "IL") == "America/Chicago");
    BOOST_TEST(zone_of_place("US", "CO") == "America/Denver");
    BOOST_TEST(zone_of_place("US", "WA") == "America/Los_Angeles");
    BOOST_TEST(zone_of_place("US", "HI") == "Pacific/Honolulu");
    BOOST_TEST(zone_of_place("US", "PR") == "America/Puerto_Rico");
    for (std::string_view split : {"TX", "FL", "NV", "AZ", "AK", "OR", "ID", "IN", "KY", "TN", "MI", "KS", "NE", "ND", "SD"}) {
        BOOST_TEST(zone_of_place("US", split).empty(), split);
    }
    BOOST_TEST(zone_of_place("US", "").empty());
    BOOST_TEST(zone_of_place("FR", "") == "Europe/Paris");
    BOOST_TEST(zone_of_place("GB", "") == "Europe/London");
    BOOST_TEST(zone_of_place("JP", "") == "Asia/Tokyo");
    BOOST_TEST(zone_of_place("NL", "") == "Europe/Amsterdam");  // as zone.tab names it
    BOOST_TEST(zone_of_place("DE", "BY").empty());              // Berlin and Büsingen (Zurich)
    BOOST_TEST(zone_of_place("CA", "ON").empty());
    BOOST_TEST(zone_of_place("ZZ", "").empty());
}

BOOST_AUTO_TEST_SUITE_END()
