// SPDX-License-Identifier: MIT
#include "advocacy/region_map.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace advocacy::literals;

namespace {

using strings = std::vector<std::string>;

auto two_regions() -> advocacy::region_map {
    advocacy::region_map map;
    map.add("Mid Atlantic", {"MD"_state, "DE"_state, "VA"_state, "DC"_state});
    map.add("Mid Western", {"MN"_state, "WI"_state, "IL"_state});
    return map;
}

auto codes(const strings& texts) -> std::vector<advocacy::state_code> {
    std::vector<advocacy::state_code> out;
    for (const auto& text : texts) out.emplace_back(text);
    return out;
}

auto refused(advocacy::region_map& map, std::string region, const strings& states) -> std::pair<std::string, std::string> {
    try {
        map.add(std::move(region), codes(states));
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
    BOOST_TEST(map.region_of("MD"_state).value() == "Mid Atlantic");
    BOOST_TEST(map.region_of("MN"_state).value() == "Mid Western");
    BOOST_TEST(!map.region_of("TX"_state).has_value());
        BOOST_TEST(map.has_region("Mid Western"));
    BOOST_TEST(!map.has_region("Southern"));
    BOOST_TEST(map.states_of("Mid Atlantic") == (codes({"DC", "DE", "MD", "VA"})), boost::test_tools::per_element());
    BOOST_TEST(map.states_of("Southern").empty());
    BOOST_TEST(map.regions() == (strings{"Mid Atlantic", "Mid Western"}), boost::test_tools::per_element());
    BOOST_TEST(advocacy::region_map{}.empty());
}

BOOST_AUTO_TEST_CASE(adding_to_a_region_extends_it) {
    auto map = two_regions();
    map.add("Mid Western", {"IA"_state, "MN"_state});  // MN again in its own region: kept once
    BOOST_TEST(map.states_of("Mid Western") == (codes({"IA", "IL", "MN", "WI"})), boost::test_tools::per_element());
    BOOST_TEST(map.region_of("IA"_state).value() == "Mid Western");
    map.add("Southern", {"TX"_state, "TX"_state});
    BOOST_TEST(map.states_of("Southern") == (codes({"TX"})), boost::test_tools::per_element());
    map.add("Western", {});
    BOOST_TEST(map.has_region("Western"));
    BOOST_TEST(map.states_of("Western").empty());
}

BOOST_AUTO_TEST_CASE(equality_and_copies) {
    auto a = two_regions();
    auto b = a;
    BOOST_TEST((a == b));
    advocacy::region_map c;  // the same content added in another order
    c.add("Mid Western", {"IL"_state, "WI"_state, "MN"_state});
    c.add("Mid Atlantic", {"DC"_state, "VA"_state, "DE"_state, "MD"_state});
    BOOST_TEST((a == c));
    b.add("Southern", {"TX"_state});
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
    BOOST_TEST(!map.region_of("TX"_state).has_value());
    BOOST_TEST((map == two_regions()));
}

BOOST_AUTO_TEST_CASE(bad_names_and_codes) {
    auto map = two_regions();
    BOOST_TEST(refused(map, "", {"TX"}).first == "region_map: region");
    BOOST_TEST(refused(map, "  ", {"TX"}).first == "region_map: region");
    BOOST_TEST(refused(map, "South\nern", {"TX"}).first == "region_map: region");
    // A code that is not one cannot be made (state_code's own check); an empty one is refused.
    auto [field, reason] = refused(map, "Southern", {"tx"});
    BOOST_TEST(field == "state");
    BOOST_TEST(reason == "\"tx\" is not a state or province code: expected 1-3 upper-case letters or digits, such as \"MD\"");
    BOOST_TEST(refused(map, "Southern", {""}).first == "region_map: state");
    BOOST_TEST(refused(map, "Southern", {"TEXA"}).first == "state");
    BOOST_TEST((map == two_regions()));
}

BOOST_AUTO_TEST_SUITE_END()
