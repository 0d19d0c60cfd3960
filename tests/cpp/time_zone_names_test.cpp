// SPDX-License-Identifier: MIT
#include "advocacy/detail/time_zone_names.hpp"

#include <boost/test/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(time_zone_names)

BOOST_AUTO_TEST_CASE(an_iana_name_is_read_as_written) {
    const auto r = advocacy::detail::resolve_tzid("America/Chicago");
    BOOST_REQUIRE(r.zone != nullptr);
    BOOST_TEST(r.zone->name() == "America/Chicago");
    BOOST_TEST(r.note.empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_name_is_not_resolved) {
    BOOST_TEST(advocacy::detail::resolve_tzid("Nowhere/Special").zone == nullptr);
    BOOST_TEST(advocacy::detail::resolve_tzid("").zone == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
