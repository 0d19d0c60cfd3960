// SPDX-License-Identifier: MIT
#include "advocacy/region_map.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace {

using strings = std::vector<std::string>;

auto two_regions() -> advocacy::region_map {
    advocacy::region_map map;
    map.add("Mid Atlantic", {"MD", "DE", "VA", "DC"});
    map.add("Mid Western", {"MN", "WI", "IL"});
    return map;
}

auto refused(advocacy::region_map& map, std::string region, strings states) -> std::pair<std::string, std::string> {
    try {
        map.add(std::move(region), std::move(states));
    } catch (const advocacy::validation_error& e) {
        return {e.field(), e.reason()};
    }
    return {"", ""};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(region_map)

BOOST_AUTO_TEST_CASE(lookups) {
    const auto map = two_regions();
    BOOST_TEST(!map.empty());
    BOOST_TEST(map.region_of("MD").value() == "Mid Atlantic");
    BOOST_TEST(map.region_of("MN").value() == "Mid Western");
    BOOST_TEST(!map.region_of("TX").has_value());
    BOOST_TEST(!map.region_of("md").has_value());  // codes are kept as given, not case-folded
    BOOST_TEST(map.has_region("Mid Western"));
    BOOST_TEST(!map.has_region("Southern"));
    BOOST_TEST(map.states_of("Mid Atlantic") == (strings{"DC", "DE", "MD", "VA"}), boost::test_tools::per_element());
    BOOST_TEST(map.states_of("Southern").empty());
    BOOST_TEST(map.regions() == (strings{"Mid Atlantic", "Mid Western"}), boost::test_tools::per_element());
    BOOST_TEST(advocacy::region_map{}.empty());
}

BOOST_AUTO_TEST_CASE(adding_to_a_region_extends_it) {
    auto map = two_regions();
    map.add("Mid Western", {"IA", "MN"});  // MN again in its own region: kept once
    BOOST_TEST(map.states_of("Mid Western") == (strings{"IA", "IL", "MN", "WI"}), boost::test_tools::per_element());
    BOOST_TEST(map.region_of("IA").value() == "Mid Western");
    map.add("Southern", {"TX", "TX"});
    BOOST_TEST(map.states_of("Southern") == (strings{"TX"}), boost::test_tools::per_element());
    map.add("Western", {});
    BOOST_TEST(map.has_region("Western"));
    BOOST_TEST(map.states_of("Western").empty());
}

BOOST_AUTO_TEST_CASE(equality_and_copies) {
    auto a = two_regions();
    auto b = a;
    BOOST_TEST((a == b));
    advocacy::region_map c;  // the same content added in another order
    c.add("Mid Western", {"IL", "WI", "MN"});
    c.add("Mid Atlantic", {"DC", "VA", "DE", "MD"});
    BOOST_TEST((a == c));
    b.add("Southern", {"TX"});
    BOOST_TEST((a != b));
    BOOST_TEST(!a.has_region("Southern"));
}

BOOST_AUTO_TEST_CASE(a_state_in_two_regions_is_refused) {
    auto map = two_regions();
    auto [field, reason] = refused(map, "Southern", {"TX", "MD"});
    BOOST_TEST(field == "region_map: \"MD\"");
    BOOST_TEST(reason == "already in region \"Mid Atlantic\", cannot also be in \"Southern\"");
    // Nothing of the refused add was kept.
    BOOST_TEST(!map.has_region("Southern"));
    BOOST_TEST(!map.region_of("TX").has_value());
    BOOST_TEST((map == two_regions()));
}

BOOST_AUTO_TEST_CASE(bad_names_and_codes) {
    auto map = two_regions();
    BOOST_TEST(refused(map, "", {"TX"}).first == "region_map: region");
    BOOST_TEST(refused(map, "  ", {"TX"}).first == "region_map: region");
    BOOST_TEST(refused(map, "South\nern", {"TX"}).first == "region_map: region");
    auto [field, reason] = refused(map, "Southern", {"tx"});
    BOOST_TEST(field == "region_map: state");
    BOOST_TEST(reason ==
               "\"tx\" in region \"Southern\" is not a state code: expected 1-3 upper-case letters or digits, such as \"MD\"");
    BOOST_TEST(refused(map, "Southern", {""}).first == "region_map: state");
    BOOST_TEST(refused(map, "Southern", {"TEXA"}).first == "region_map: state");
    BOOST_TEST((map == two_regions()));
}

BOOST_AUTO_TEST_SUITE_END()
