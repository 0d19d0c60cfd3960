// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/text.hpp"

#include <string>
#include <string_view>

// The text toolkit every reader shares (detail/text.hpp) and the one table of calendar words
// (detail/calendar_words.hpp).
BOOST_AUTO_TEST_SUITE(text)

namespace {

using namespace advocacy::detail;

}  // namespace

BOOST_AUTO_TEST_CASE(steps_over_whole_characters_and_single_bad_bytes) {
    constexpr std::string_view s = "a\u00E9\u2013\U0001F600";
    BOOST_TEST(char_length(s, 0) == 1u);
    BOOST_TEST(char_length(s, 1) == 2u);
    BOOST_TEST(char_length(s, 3) == 3u);
    BOOST_TEST(char_length(s, 6) == 4u);
    // A stray continuation byte, a cut sequence, an overlong one: one byte at a time.
    BOOST_TEST(char_length("\x80", 0) == 1u);
    BOOST_TEST(char_length("\xE2\x80", 0) == 1u);
    BOOST_TEST(char_length("\xC0\xAF", 0) == 1u);
    BOOST_TEST(char_length("\xED\xA0\x80", 0) == 1u);  // a surrogate
    BOOST_TEST(byte_at("ab", 1) == 'b');
    BOOST_TEST(byte_at("ab", 2) == 0);
}

BOOST_AUTO_TEST_CASE(the_one_set_of_spaces) {
    for (std::string_view space : {" ", "\t", "\n", "\v", "\f", "\r", "\u00A0", "\u1680", "\u2000", "\u2002", "\u2009",
                                   "\u200A", "\u202F", "\u205F", "\u3000"}) {
        BOOST_TEST_CONTEXT("space of " << space.size() << " bytes starting " << int(byte_at(space, 0))) {
            const std::string text = "x" + std::string(space) + "y";
            BOOST_TEST(space_at(text, 1) == space.size());
            BOOST_TEST(space_before(text, 1 + space.size()) == space.size());
        }
    }
    // Zero width space, word joiner, a letter, a dash, bad bytes: no spaces.
    for (std::string_view other : {"\u200B", "\u2060", "a", "\u2013", "\xC2", "\xE2\x80", "\xA0"}) {
        BOOST_TEST(space_at(other, 0) == 0u);
        BOOST_TEST(space_before(other, other.size()) == 0u);
    }
    BOOST_TEST(space_at("", 0) == 0u);
    BOOST_TEST(space_before("", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(the_one_set_of_range_dashes) {
    for (std::string_view dash : {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"}) {
        BOOST_TEST(dash_at(dash, 0) == dash.size());
        BOOST_TEST(dash_run_at(dash, 0) == dash.size());
        BOOST_TEST(dash_before(dash, dash.size()) == dash.size());
    }
    for (std::string_view other : {"_", "~", "\u2016", "\u2E3A", "\uFE63", "\u00AD", "\xE2\x80"}) {
        BOOST_TEST(dash_at(other, 0) == 0u);
        BOOST_TEST(dash_before(other, other.size()) == 0u);
    }
    // A run of hyphen-minus is one separator; Unicode dashes are one each.
    BOOST_TEST(dash_run_at("---x", 0) == 3u);
    BOOST_TEST(dash_run_at("\u2013\u2013", 0) == 3u);
    BOOST_TEST(dash_at("--", 0) == 1u);
}

BOOST_AUTO_TEST_CASE(trims_every_space) {
    BOOST_TEST(trim("  \u00A0\u3000Nov 13\u202F\t\u2002 ") == "Nov 13");
    BOOST_TEST(trim_front("\u2009 a b ") == "a b ");
    BOOST_TEST(trim_back(" a b\u00A0") == " a b");
    BOOST_TEST(trim(" \u00A0 ").empty());
    BOOST_TEST(skip_spaces("a  b", 1) == 3u);
    // A character that ends like a space but is not one stays: U+00E0 ends in A0 as U+00A0 does.
    BOOST_TEST(trim_back("\u00E0") == "\u00E0");
}

BOOST_AUTO_TEST_CASE(folds_case_and_latin_accents) {
    BOOST_TEST(fold("F\u00E9vrier") == "fevrier");
    BOOST_TEST(fold("AO\u00DBT") == "aout");
    BOOST_TEST(fold("Mi\u00C9rcoles") == "miercoles");
    BOOST_TEST(fold("S\u00E1bado") == "sabado");
    BOOST_TEST(fold("Espa\u00F1a \u00C7a") == "espana ca");
    // Letters with no ASCII base, other scripts and bad bytes are kept as they are.
    BOOST_TEST(fold("Stra\u00DFe") == "stra\u00DFe");
    BOOST_TEST(fold("\u041C\u0430\u0439") == "\u041C\u0430\u0439");
    BOOST_TEST(fold("a\xFF") == "a\xFF");
    BOOST_TEST(letter_at("\u00D7", 0).length == 0u);  // the multiplication sign is no letter
    BOOST_TEST(letter_at("\u00F7", 0).length == 0u);
    BOOST_TEST(letter_at("\u00FF", 0).folded == 'y');
    BOOST_TEST(ascii_lower("N\u00C9e") == "n\u00C9e");
    BOOST_TEST(equal_ignoring_case("NOV", "nov"));
}

BOOST_AUTO_TEST_CASE(slugs) {
    BOOST_TEST(slug("River City, Group 12", "group") == "river-city-group-12");
    BOOST_TEST(slug("  --Mid-Atlantic  Regional Conference!! ", "event") == "mid-atlantic-regional-conference");
    BOOST_TEST(slug("\u00C9t\u00E9", "event") == "t");
    BOOST_TEST(slug("!!!", "event") == "event");
}

BOOST_AUTO_TEST_CASE(calendar_words_are_found_folded) {
    auto month = [](std::string_view w) {
        const auto* found = find_calendar_word(w);
        return found && found->kind == calendar_word_kind::month ? int(found->value) : 0;
    };
    BOOST_TEST(month("November") == 11);
    BOOST_TEST(month("NOV") == 11);
    BOOST_TEST(month("novembre") == 11);
    BOOST_TEST(month("noviembre") == 11);
    BOOST_TEST(month("Septembre") == 9);
    BOOST_TEST(month("septiembre") == 9);
    BOOST_TEST(month("F\u00C9VRIER") == 2);
    BOOST_TEST(month("fevrier") == 2);
    BOOST_TEST(month("ao\u00FBt") == 8);
    BOOST_TEST(month("mars") == 3);
    BOOST_TEST(month("Mar") == 3);
    BOOST_TEST(month("mai") == 5);
    // English words that other languages' abbreviations would take are left out.
    BOOST_TEST(find_calendar_word("ago") == nullptr);
    BOOST_TEST(find_calendar_word("set") == nullptr);
    BOOST_TEST(find_calendar_word("Smarch") == nullptr);
    BOOST_TEST(find_calendar_word("") == nullptr);
    BOOST_TEST(find_calendar_word("septembers-and-more-letters") == nullptr);
    BOOST_TEST(find_calendar_word("Stra\u00DFe") == nullptr);

    BOOST_TEST(english_month("Sept") == 9);
    BOOST_TEST(english_month("mars") == 0);
    BOOST_TEST(english_weekday("Weds") == 3);
    BOOST_TEST(english_weekday("thurs") == 4);
    BOOST_TEST(english_weekday("lundi") == -1);
    BOOST_TEST(find_calendar_word("lundi")->value == 1);
    BOOST_TEST((find_calendar_word("al")->kind == calendar_word_kind::to));
    BOOST_TEST((find_calendar_word("de")->kind == calendar_word_kind::of));
}

BOOST_AUTO_TEST_CASE(the_names_writers_print_are_in_the_table) {
    for (std::size_t m = 0; m < 12; ++m) {
        BOOST_TEST(english_month(month_names[m]) == int(m) + 1);
        BOOST_TEST(english_month(month_abbr[m]) == int(m) + 1);
    }
    for (std::size_t d = 0; d < 7; ++d) {
        BOOST_TEST(english_weekday(weekday_names[d]) == int(d));
        BOOST_TEST(english_weekday(weekday_abbr[d]) == int(d));
    }
}

BOOST_AUTO_TEST_SUITE_END()
