// SPDX-License-Identifier: MIT
#include "advocacy/state_code.hpp"

#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>
#include <unordered_set>

using namespace advocacy::literals;

BOOST_AUTO_TEST_SUITE(state_code)

// A state cannot be passed where a campaign region is taken, nor a string where a state is.
static_assert(!std::is_convertible_v<std::string, advocacy::state_code>);
static_assert(!std::is_convertible_v<const char*, advocacy::state_code>);
static_assert(!std::is_convertible_v<advocacy::state_code, std::string>);
static_assert(sizeof(advocacy::state_code) == 4);
static_assert("MD"_state.str() == "MD");
static_assert(advocacy::state_code{}.empty() && advocacy::state_code{}.size() == 0);

BOOST_AUTO_TEST_CASE(codes_of_one_to_three_letters_or_digits) {
    for (const char* code : {"MD", "ON", "NSW", "9", "BY", "A1"}) {
        const advocacy::state_code state{code};
        BOOST_TEST(state.str() == code);
        BOOST_TEST(advocacy::to_string(state) == code);
        BOOST_TEST(!state.empty());
        std::ostringstream out;
        out << state;
        BOOST_TEST(out.str() == code);
    }
    BOOST_TEST(advocacy::state_code{""}.empty());
    BOOST_TEST((advocacy::state_code{""} == advocacy::state_code{}));
}

BOOST_AUTO_TEST_CASE(anything_else_is_refused_naming_the_field) {
    for (const std::string& code : {std::string("md"), std::string("MARY"), std::string("M-D"), std::string(" MD"),
                                     std::string("M\nD"), std::string("É"), std::string("M\0D", 3)}) {
        BOOST_TEST(!advocacy::state_code::valid(code));
        try {
            (void)advocacy::state_code{code};
            BOOST_FAIL("accepted " << code);
        } catch (const advocacy::validation_error& e) {
            BOOST_TEST(e.field() == "state");
            BOOST_TEST(e.reason().find("is not a state or province code") != std::string::npos);
        }
    }
}

BOOST_AUTO_TEST_CASE(ordered_hashed_and_compared_as_their_text) {
    BOOST_TEST(("CA"_state < "MD"_state));
    BOOST_TEST(("M"_state < "MD"_state));  // a shorter code first, as its text
    BOOST_TEST(("MD"_state < "MDX"_state));
    BOOST_TEST(("MD"_state != "MN"_state));
    const std::unordered_set<advocacy::state_code> set{"MD"_state, "MD"_state, "MN"_state};
    BOOST_TEST(set.size() == 2u);
    BOOST_TEST(std::hash<advocacy::state_code>{}("MD"_state) == std::hash<std::string_view>{}("MD"));
}

BOOST_AUTO_TEST_SUITE_END()
