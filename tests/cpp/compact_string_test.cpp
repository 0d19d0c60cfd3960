// SPDX-License-Identifier: MIT
#include "advocacy/compact_string.hpp"

#include <boost/test/unit_test.hpp>

#include <map>
#include <sstream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>



BOOST_AUTO_TEST_SUITE(compact_string)

static_assert(sizeof(advocacy::compact_string) == 16);
static_assert(std::is_nothrow_move_constructible_v<advocacy::compact_string>);
static_assert(std::is_nothrow_move_assignable_v<advocacy::compact_string>);
// It stands where a std::string field stood: made from one, read as one.
static_assert(std::is_convertible_v<std::string, advocacy::compact_string>);
static_assert(std::is_convertible_v<const char*, advocacy::compact_string>);
static_assert(std::is_convertible_v<std::string_view, advocacy::compact_string>);
static_assert(std::is_convertible_v<advocacy::compact_string, std::string_view>);
static_assert(std::is_convertible_v<advocacy::compact_string, std::string>);

// Every length around the two forms: in place up to 15 bytes, on the heap past them.
BOOST_AUTO_TEST_CASE(holds_any_text_with_its_nul) {
    for (std::size_t n = 0; n <= 40; ++n) {
        std::string text;
        for (std::size_t i = 0; i < n; ++i) text += static_cast<char>('a' + i % 26);
        const advocacy::compact_string s{text};
        BOOST_TEST(s.size() == n);
        BOOST_TEST(s.empty() == (n == 0));
        BOOST_TEST(s.view() == text);
        BOOST_TEST(std::string(s) == text);
        BOOST_TEST(s.c_str()[n] == '\0');
        BOOST_TEST(std::string(s.begin(), s.end()) == text);
    }
    const advocacy::compact_string with_nul{std::string_view("a\0b", 3)};
    BOOST_TEST(with_nul.size() == 3u);
    BOOST_TEST(with_nul == std::string_view("a\0b", 3));
    BOOST_TEST(advocacy::compact_string{}.view().empty());
    BOOST_TEST(*advocacy::compact_string{}.c_str() == '\0');
}

BOOST_AUTO_TEST_CASE(copies_moves_and_swaps_as_a_value) {
    for (const char* text : {"", "short", "exactly15bytes!", "sixteen bytes 16", "a text well past fifteen bytes"}) {
        advocacy::compact_string a{text};
        advocacy::compact_string b = a;
        BOOST_TEST(b == text);
        BOOST_TEST((b.data() != a.data()));
        advocacy::compact_string c = std::move(a);
        BOOST_TEST(c == text);
        BOOST_TEST(a.empty());  // NOLINT(bugprone-use-after-move): a moved-from text is empty
        a = c;
        BOOST_TEST(a == text);
        const auto& same = a;
        a = same;
        BOOST_TEST(a == text);
        advocacy::compact_string d{"other text, long enough for the heap"};
        swap(a, d);
        BOOST_TEST(d == text);
        BOOST_TEST(a == "other text, long enough for the heap");
        a = std::move(d);
        BOOST_TEST(a == text);
        a.clear();
        BOOST_TEST(a.empty());
        a = std::string("assigned");
        BOOST_TEST(a == "assigned");
    }
    std::vector<advocacy::compact_string> many(100, advocacy::compact_string{"a text well past fifteen bytes"});
    many.resize(1000);  // moves what it holds
    BOOST_TEST(many[99] == "a text well past fifteen bytes");
    BOOST_TEST(many[999].empty());
}

BOOST_AUTO_TEST_CASE(compares_orders_joins_and_hashes_as_its_text) {
    const advocacy::compact_string md{"Maryland"};
    BOOST_TEST((md == "Maryland"));
    BOOST_TEST((md == std::string("Maryland")));
    BOOST_TEST((std::string("Maryland") == md));
    BOOST_TEST(("Maryland" == md));
    BOOST_TEST((md != "Maine"));
    BOOST_TEST((advocacy::compact_string{"Maine"} < md));
    BOOST_TEST((md < "Minnesota"));
    BOOST_TEST((advocacy::compact_string{"M"} < advocacy::compact_string{"Maryland, a long name"}));
    BOOST_TEST((advocacy::compact_string{"Maryland, a long name"} > md));
    BOOST_TEST(("State: " + md + ", " + advocacy::compact_string{"US"} + '.') == "State: Maryland, US.");
    BOOST_TEST(md.starts_with("Mary"));
    BOOST_TEST(md.find("land") == 4u);
    BOOST_TEST(md.substr(4) == "land");
    std::ostringstream out;
    out << md;
    BOOST_TEST(out.str() == "Maryland");
    BOOST_TEST(std::hash<advocacy::compact_string>{}(md) == std::hash<std::string_view>{}("Maryland"));
    const std::unordered_set<advocacy::compact_string> set{md, advocacy::compact_string{"Maryland"}, "Maine"};
    BOOST_TEST(set.size() == 2u);
    std::map<std::string, int, std::less<>> by_name{{"Maryland", 1}};
    BOOST_TEST(by_name.find(md.view())->second == 1);
    std::string assigned;
    assigned = md;
    BOOST_TEST(assigned == "Maryland");
}

BOOST_AUTO_TEST_SUITE_END()
