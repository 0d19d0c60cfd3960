// SPDX-License-Identifier: MIT
// The campaign's lookup of positions by id (include/advocacy/detail/id_index.hpp).
#include <boost/test/unit_test.hpp>

#include "advocacy/detail/id_index.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

BOOST_AUTO_TEST_SUITE(id_index)

namespace {

using advocacy::detail::id_index;

// A list of ids and its index, built as the campaign builds its own.
struct indexed_list {
    std::vector<std::string> ids;
    id_index index;

    auto id_of() const {
        return [this](std::size_t i) -> std::string_view { return ids[i]; };
    }
    void add(std::string id) {
        ids.push_back(std::move(id));
        index.insert(ids.back(), ids.size() - 1);
    }
    auto find(std::string_view id) const { return index.find(id, id_of()); }
};

}  // namespace

BOOST_AUTO_TEST_CASE(an_empty_index_finds_nothing) {
    const indexed_list list;
    BOOST_TEST(!list.find("").has_value());
    BOOST_TEST(!list.find("g1").has_value());
    BOOST_TEST(list.index.size() == 0u);
}

BOOST_AUTO_TEST_CASE(every_id_finds_its_position_through_many_growths) {
    indexed_list list;
    for (int i = 0; i < 20'000; ++i) list.add("g" + std::to_string(i));
    BOOST_TEST(list.index.size() == 20'000u);
    for (int i = 0; i < 20'000; ++i) {
        const auto found = list.find("g" + std::to_string(i));
        BOOST_REQUIRE(found.has_value());
        BOOST_TEST(*found == static_cast<std::size_t>(i));
    }
    BOOST_TEST(!list.find("g20000").has_value());
    BOOST_TEST(!list.find("G1").has_value());
    BOOST_TEST(!list.find("g01").has_value());
}

BOOST_AUTO_TEST_CASE(ids_that_differ_in_one_byte_or_are_empty_are_told_apart) {
    indexed_list list;
    list.add("");
    list.add("a");
    list.add(std::string("a\0b", 3));
    list.add(std::string("a\0c", 3));
    list.add("é");
    BOOST_TEST(*list.find("") == 0u);
    BOOST_TEST(*list.find("a") == 1u);
    BOOST_TEST(*list.find(std::string_view("a\0b", 3)) == 2u);
    BOOST_TEST(*list.find(std::string_view("a\0c", 3)) == 3u);
    BOOST_TEST(*list.find("é") == 4u);
    BOOST_TEST(!list.find(std::string_view("a\0", 2)).has_value());
}

BOOST_AUTO_TEST_CASE(clear_and_reserve_keep_it_consistent) {
    indexed_list list;
    for (int i = 0; i < 100; ++i) list.add("x" + std::to_string(i));
    list.index.clear();
    BOOST_TEST(list.index.size() == 0u);
    BOOST_TEST(!list.find("x1").has_value());
    list.index.reserve(list.ids.size());
    for (std::size_t i = 0; i < list.ids.size(); ++i) list.index.insert(list.ids[i], i);
    BOOST_TEST(*list.find("x99") == 99u);
    list.index.reserve(10);  // never shrinks
    BOOST_TEST(*list.find("x0") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
