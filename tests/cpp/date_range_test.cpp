// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "advocacy/date_range.hpp"
#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <iterator>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

// The suite is a namespace called date_range, so the class is always written advocacy::date_range.
BOOST_AUTO_TEST_SUITE(date_range)

namespace {

using range = advocacy::date_range;

auto day(int y, unsigned m, unsigned d) -> date::sys_days {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

auto days(int y1, unsigned m1, unsigned d1, int y2, unsigned m2, unsigned d2) -> range {
    return range(day(y1, m1, d1), day(y2, m2, d2));
}

auto on(int y, unsigned m, unsigned d) -> range { return range(day(y, m, d)); }

// The seed announcement was published on August 11, 2015: texts without a year read against it.
auto at(int y, unsigned m, unsigned d) -> advocacy::parse_options {
    return advocacy::parse_options{.reference = day(y, m, d)};
}
const advocacy::parse_options seed_day = at(2015, 8, 11);

auto parse(std::string_view text, const advocacy::parse_options& options = seed_day) -> range {
    return advocacy::parse_date_range(text, options);
}

auto failure(std::string_view text, const advocacy::parse_options& options = seed_day)
    -> std::optional<advocacy::parse_error> {
    try {
        advocacy::parse_date_range(text, options);
    } catch (const advocacy::parse_error& e) {
        return e;
    }
    return std::nullopt;
}

struct accepted {
    std::string_view text;
    range expected;
};

void check_accepted(const std::vector<accepted>& cases, const advocacy::parse_options& options = seed_day) {
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT("text: " << c.text) {
            auto e = failure(c.text, options);
            BOOST_TEST(!e.has_value(), (e ? e->what() : ""));
            if (!e) BOOST_TEST(parse(c.text, options) == c.expected);
        }
    }
}

struct refused {
    std::string_view text;
    std::size_t position;
    std::string_view reason;
};

void check_refused(const std::vector<refused>& cases, const advocacy::parse_options& options = seed_day) {
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT("text: \"" << c.text << "\"") {
            auto e = failure(c.text, options);
            BOOST_TEST_REQUIRE(e.has_value());
            BOOST_TEST(e->reason() == c.reason);
            BOOST_TEST(e->position() == c.position);
            BOOST_TEST(e->text() == c.text);
            // what() carries the text, the reason and the offset, for logs.
            BOOST_TEST(std::string(e->what()).find(std::string(c.reason)) != std::string::npos);
            BOOST_TEST(std::string(e->what()).find("offset " + std::to_string(c.position) + ")") != std::string::npos);
        }
    }
}

}  // namespace

// ---- the value type -------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(construction_and_accessors) {
    auto r = days(2015, 11, 13, 2015, 11, 15);
    BOOST_TEST((r.first() == day(2015, 11, 13)));
    BOOST_TEST((r.last() == day(2015, 11, 15)));
    BOOST_TEST(r.days() == 3);
    BOOST_TEST(on(2015, 11, 7).days() == 1);
    BOOST_TEST((on(2015, 11, 7).first() == on(2015, 11, 7).last()));
    BOOST_TEST(days(2015, 12, 30, 2016, 1, 2).days() == 4);
    BOOST_TEST(days(2016, 1, 1, 2016, 12, 31).days() == 366);

    using namespace date::literals;
    range from_ymd(2015_y / 12 / 30, 2016_y / 1 / 2);
    BOOST_TEST((from_ymd == days(2015, 12, 30, 2016, 1, 2)));
}

BOOST_AUTO_TEST_CASE(end_before_start_is_a_validation_error) {
    try {
        range(day(2015, 11, 15), day(2015, 11, 13));
        BOOST_FAIL("expected validation_error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "last");
        BOOST_TEST(e.reason() == "the range ends (2015-11-13) before it starts (2015-11-15)");
    }
    using namespace date::literals;
    try {
        range(2015_y / 11 / 15, 2015_y / 11 / 13);
        BOOST_FAIL("expected validation_error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "last");
    }
}

BOOST_AUTO_TEST_CASE(invalid_calendar_dates_are_validation_errors) {
    using namespace date::literals;
    try {
        range(2015_y / 2 / 29, 2015_y / 3 / 1);
        BOOST_FAIL("expected validation_error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "first");
        BOOST_TEST(e.reason() == "2015-02-29 is not a valid date");
    }
    try {
        range(2015_y / 11 / 1, 2015_y / 11 / 31);
        BOOST_FAIL("expected validation_error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "last");
        BOOST_TEST(e.reason() == "2015-11-31 is not a valid date");
    }
    BOOST_CHECK_THROW(range(2015_y / 13 / 1, 2016_y / 1 / 1), advocacy::validation_error);
    BOOST_CHECK_THROW(range(2015_y / 11 / 1, 2015_y / 11 / 31), advocacy::error);
}

BOOST_AUTO_TEST_CASE(contains_days_and_ranges) {
    auto r = days(2015, 10, 23, 2015, 10, 25);
    BOOST_TEST(r.contains(day(2015, 10, 23)));
    BOOST_TEST(r.contains(day(2015, 10, 24)));
    BOOST_TEST(r.contains(day(2015, 10, 25)));
    BOOST_TEST(!r.contains(day(2015, 10, 22)));
    BOOST_TEST(!r.contains(day(2015, 10, 26)));
    BOOST_TEST(r.contains(r));
    BOOST_TEST(r.contains(days(2015, 10, 24, 2015, 10, 25)));
    BOOST_TEST(r.contains(on(2015, 10, 23)));
    BOOST_TEST(!r.contains(days(2015, 10, 24, 2015, 10, 26)));
    BOOST_TEST(!r.contains(days(2015, 10, 22, 2015, 10, 25)));
    BOOST_TEST(!on(2015, 10, 24).contains(r));
}

BOOST_AUTO_TEST_CASE(overlaps_and_intersection) {
    auto r = days(2015, 10, 23, 2015, 10, 25);
    auto later = days(2015, 10, 25, 2015, 10, 27);
    auto adjacent = days(2015, 10, 26, 2015, 10, 27);
    auto inside = on(2015, 10, 24);
    auto around = days(2015, 10, 1, 2015, 10, 31);

    BOOST_TEST(r.overlaps(later));
    BOOST_TEST(later.overlaps(r));
    BOOST_TEST(!r.overlaps(adjacent));
    BOOST_TEST(!adjacent.overlaps(r));
    BOOST_TEST(r.overlaps(inside));
    BOOST_TEST(r.overlaps(around));

    BOOST_TEST((r.intersection(later) == on(2015, 10, 25)));
    BOOST_TEST((later.intersection(r) == on(2015, 10, 25)));
    BOOST_TEST((r.intersection(inside) == inside));
    BOOST_TEST((r.intersection(around) == r));
    BOOST_TEST((around.intersection(r) == r));
    BOOST_TEST((r.intersection(r) == r));
    BOOST_TEST(!r.intersection(adjacent).has_value());
    BOOST_TEST(!r.intersection(days(2016, 10, 23, 2016, 10, 25)).has_value());
    BOOST_TEST((days(2015, 12, 20, 2016, 1, 10).intersection(days(2016, 1, 5, 2016, 2, 1)) ==
                days(2016, 1, 5, 2016, 1, 10)));
}

BOOST_AUTO_TEST_CASE(iteration_visits_every_day_in_order) {
    auto r = days(2015, 12, 30, 2016, 1, 2);
    std::vector<date::sys_days> seen(r.begin(), r.end());
    std::vector<date::sys_days> expected{day(2015, 12, 30), day(2015, 12, 31), day(2016, 1, 1), day(2016, 1, 2)};
    BOOST_TEST((seen == expected));
    BOOST_TEST(std::distance(r.begin(), r.end()) == r.days());

    int count = 0;
    for (auto d : on(2015, 11, 7)) {
        BOOST_TEST((d == day(2015, 11, 7)));
        ++count;
    }
    BOOST_TEST(count == 1);

    auto it = r.begin();
    auto old = it++;
    BOOST_TEST((*old == day(2015, 12, 30)));
    BOOST_TEST((*it == day(2015, 12, 31)));
    static_assert(std::forward_iterator<advocacy::date_range::iterator>);
}

BOOST_AUTO_TEST_CASE(ordering_and_equality) {
    auto a = days(2015, 10, 23, 2015, 10, 25);
    auto b = days(2015, 10, 23, 2015, 10, 26);
    auto c = days(2015, 11, 13, 2015, 11, 15);
    BOOST_TEST((a < b));  // same first day: the shorter range first
    BOOST_TEST((b < c));
    BOOST_TEST((a < c));
    BOOST_TEST((c > a));
    BOOST_TEST((a <= a));
    BOOST_TEST((a == days(2015, 10, 23, 2015, 10, 25)));
    BOOST_TEST((a != b));
    std::vector<range> v{c, a, b};
    std::sort(v.begin(), v.end());
    BOOST_TEST((v == std::vector<range>{a, b, c}));
}

BOOST_AUTO_TEST_CASE(hash_agrees_with_equality) {
    std::hash<range> h;
    BOOST_TEST(h(days(2015, 11, 13, 2015, 11, 15)) == h(days(2015, 11, 13, 2015, 11, 15)));
    BOOST_TEST(h(days(2015, 11, 13, 2015, 11, 15)) != h(days(2015, 11, 13, 2015, 11, 16)));
    BOOST_TEST(h(days(2015, 11, 13, 2015, 11, 15)) != h(days(2015, 11, 15, 2015, 11, 13 + 4)));
    std::unordered_set<range> set{days(2015, 10, 23, 2015, 10, 25), days(2015, 10, 23, 2015, 10, 25),
                                  days(2015, 11, 13, 2015, 11, 15), on(2015, 11, 7)};
    BOOST_TEST(set.size() == 3u);
    BOOST_TEST(set.count(on(2015, 11, 7)) == 1u);
    BOOST_TEST(set.count(on(2015, 11, 8)) == 0u);
}

// ---- formatting -----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(to_string_writes_as_posters_do) {
    BOOST_TEST(advocacy::to_string(on(2015, 11, 7)) == "Nov 7, 2015");
    BOOST_TEST(advocacy::to_string(days(2015, 11, 13, 2015, 11, 15)) == "Nov 13\u201315, 2015");
    BOOST_TEST(advocacy::to_string(days(2015, 10, 30, 2015, 11, 2)) == "Oct 30 \u2013 Nov 2, 2015");
    BOOST_TEST(advocacy::to_string(days(2015, 12, 30, 2016, 1, 2)) == "Dec 30, 2015 \u2013 Jan 2, 2016");
    // The en dash is U+2013 in UTF-8.
    BOOST_TEST(advocacy::to_string(days(2015, 11, 13, 2015, 11, 15)) == "Nov 13\xE2\x80\x93" "15, 2015");
    BOOST_TEST(advocacy::to_string(days(2015, 11, 1, 2015, 11, 30)) == "Nov 1\u201330, 2015");
    BOOST_TEST(advocacy::to_string(days(2015, 1, 1, 2015, 12, 31)) == "Jan 1 \u2013 Dec 31, 2015");
    BOOST_TEST(advocacy::to_string(on(1000, 1, 1)) == "Jan 1, 1000");
    const std::array<std::string_view, 12> abbr{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (unsigned m = 1; m <= 12; ++m) {
        BOOST_TEST(advocacy::to_string(on(2015, m, 9)) == std::string(abbr[m - 1]) + " 9, 2015");
    }
}

BOOST_AUTO_TEST_CASE(to_iso_writes_iso_8601) {
    BOOST_TEST(advocacy::to_iso(days(2015, 11, 13, 2015, 11, 15)) == "2015-11-13/2015-11-15");
    BOOST_TEST(advocacy::to_iso(on(2015, 11, 7)) == "2015-11-07");
    BOOST_TEST(advocacy::to_iso(days(2015, 12, 30, 2016, 1, 2)) == "2015-12-30/2016-01-02");
    BOOST_TEST(advocacy::to_iso(on(1000, 1, 1)) == "1000-01-01");
}

BOOST_AUTO_TEST_CASE(stream_output_is_to_string) {
    std::ostringstream out;
    out << days(2015, 10, 30, 2015, 11, 2) << '|' << on(2015, 11, 7);
    BOOST_TEST(out.str() == "Oct 30 \u2013 Nov 2, 2015|Nov 7, 2015");
}

// ---- parsing: what the spec accepts ---------------------------------------------------------

BOOST_AUTO_TEST_CASE(parses_the_seed_announcement) {
    check_accepted({
        {"Nov 13-15", days(2015, 11, 13, 2015, 11, 15)},
        {"Oct 23-25", days(2015, 10, 23, 2015, 10, 25)},
        {"Nov 7", on(2015, 11, 7)},
        {"Nov 20 \u2013 22", days(2015, 11, 20, 2015, 11, 22)},
    });
}

BOOST_AUTO_TEST_CASE(parses_month_first) {
    check_accepted({
        {"Nov 13-15", days(2015, 11, 13, 2015, 11, 15)},
        {"Nov 7", on(2015, 11, 7)},
        {"Nov 20 \u2013 22", days(2015, 11, 20, 2015, 11, 22)},
        {"November 13\u201315, 2015", days(2015, 11, 13, 2015, 11, 15)},
        {"Nov. 13-15, 2015", days(2015, 11, 13, 2015, 11, 15)},
        {"Sept 3-5 2016", days(2016, 9, 3, 2016, 9, 5)},
        {"Sep 30 - Oct 2, 2016", days(2016, 9, 30, 2016, 10, 2)},
        {"Dec 30, 2015 - Jan 2, 2016", days(2015, 12, 30, 2016, 1, 2)},
        {"May 5 to May 7 2017", days(2017, 5, 5, 2017, 5, 7)},
        {"November 7th, 2015", on(2015, 11, 7)},
        // variations
        {"Nov 13 2015", on(2015, 11, 13)},
        {"Nov 13, 2015", on(2015, 11, 13)},
        {"Nov 05", on(2015, 11, 5)},
        {"Sept. 3", on(2015, 9, 3)},
        {"September 3", on(2015, 9, 3)},
        {"Nov 13 - Dec 1", days(2015, 11, 13, 2015, 12, 1)},
        {"Nov 13, 2015 - Dec 1", days(2015, 11, 13, 2015, 12, 1)},
        {"Nov 13 2015 - Nov 15 2015", days(2015, 11, 13, 2015, 11, 15)},
        {"Nov13-15", days(2015, 11, 13, 2015, 11, 15)},
        {"Nov 1st-2nd", days(2015, 11, 1, 2015, 11, 2)},
        {"Oct 21st - 23rd", days(2015, 10, 21, 2015, 10, 23)},
        {"Oct 11th - 22nd", days(2015, 10, 11, 2015, 10, 22)},
        {"Oct 12th - 13th", days(2015, 10, 12, 2015, 10, 13)},
        {"Oct 31st", on(2015, 10, 31)},
    });
}

BOOST_AUTO_TEST_CASE(parses_day_first) {
    check_accepted({
        {"13-15 November 2015", days(2015, 11, 13, 2015, 11, 15)},
        {"3rd-5th March 2017", days(2017, 3, 3, 2017, 3, 5)},
        {"30 April - 2 May 2018", days(2018, 4, 30, 2018, 5, 2)},
        {"25 Dec - 2 Jan 2016", days(2015, 12, 25, 2016, 1, 2)},
        {"7 June 2020", on(2020, 6, 7)},
        // variations
        {"13 Nov, 2015", on(2015, 11, 13)},
        {"13 November", on(2015, 11, 13)},
        {"13th of November 2015", on(2015, 11, 13)},
        {"13-15 Nov", days(2015, 11, 13, 2015, 11, 15)},
        {"25 Dec - 2 Jan", days(2015, 12, 25, 2016, 1, 2)},
        {"13 - Nov 15", days(2015, 11, 13, 2015, 11, 15)},
        {"Sat 31 Oct 2015", on(2015, 10, 31)},
    });
}

BOOST_AUTO_TEST_CASE(parses_weekdays_on_either_end) {
    check_accepted({
        {"Fri Nov 13 - Sun Nov 15, 2015", days(2015, 11, 13, 2015, 11, 15)},
        {"Friday 13 November \u2013 Sunday 15 November 2015", days(2015, 11, 13, 2015, 11, 15)},
        {"Friday, November 13, 2015", on(2015, 11, 13)},
        {"Fri., Nov. 13", on(2015, 11, 13)},
        {"Fri Nov 13", on(2015, 11, 13)},
        {"Nov 13 - Sun 15", days(2015, 11, 13, 2015, 11, 15)},
        {"Tues Nov 10", on(2015, 11, 10)},
        {"Wed Nov 11", on(2015, 11, 11)},
        {"Thurs Nov 12", on(2015, 11, 12)},
        {"thu nov 12", on(2015, 11, 12)},
        {"Saturday Nov 14", on(2015, 11, 14)},
        {"Mon Nov 16", on(2015, 11, 16)},
    });
}

BOOST_AUTO_TEST_CASE(parses_every_separator) {
    auto nov_13_15 = days(2015, 11, 13, 2015, 11, 15);
    check_accepted({
        {"Nov 13-15", nov_13_15},
        {"Nov 13 - 15", nov_13_15},
        {"Nov 13\u201315", nov_13_15},
        {"Nov 13 \u2013 15", nov_13_15},
        {"Nov 13\u201415", nov_13_15},
        {"Nov 13 \u2014 15", nov_13_15},
        {"Nov 13--15", nov_13_15},
        {"Nov 13 -- 15", nov_13_15},
        {"Nov 13 to 15", nov_13_15},
        {"Nov 13 through 15", nov_13_15},
        {"Nov 13 thru 15", nov_13_15},
        {"Nov 13 until 15", nov_13_15},
        {"Nov 13 TO 15", nov_13_15},
        {"from Nov 13 to 15", nov_13_15},
        {"From Nov 13 - 15", nov_13_15},
        {"from 13 to 15 November 2015", nov_13_15},
    });
}

BOOST_AUTO_TEST_CASE(parses_iso_8601) {
    check_accepted({
        {"2015-11-07", on(2015, 11, 7)},
        {"2015-11-13/2015-11-15", days(2015, 11, 13, 2015, 11, 15)},
        {"2015-11-13/15", days(2015, 11, 13, 2015, 11, 15)},
        {"2015-11-13 to 2015-11-15", days(2015, 11, 13, 2015, 11, 15)},
        {"2015-11-13/11-15", days(2015, 11, 13, 2015, 11, 15)},
        {"2015-12-30/2016-01-02", days(2015, 12, 30, 2016, 1, 2)},
        {"2015-11-13 - 2015-11-15", days(2015, 11, 13, 2015, 11, 15)},
        {"2015-11", days(2015, 11, 1, 2015, 11, 30)},
        {"2016-02-29", on(2016, 2, 29)},
    });
}

BOOST_AUTO_TEST_CASE(a_month_alone_is_the_whole_month) {
    check_accepted({
        {"November 2015", days(2015, 11, 1, 2015, 11, 30)},
        {"Feb 2016", days(2016, 2, 1, 2016, 2, 29)},
        {"Feb 2015", days(2015, 2, 1, 2015, 2, 28)},
        {"Feb, 2015", days(2015, 2, 1, 2015, 2, 28)},
        {"November", days(2015, 11, 1, 2015, 11, 30)},
        {"Aug", days(2015, 8, 1, 2015, 8, 31)},
        {"July", days(2016, 7, 1, 2016, 7, 31)},
        {"Nov 2015 - Jan 2016", days(2015, 11, 1, 2016, 1, 31)},
        {"Nov - Jan", days(2015, 11, 1, 2016, 1, 31)},
        {"Nov - Dec 2015", days(2015, 11, 1, 2015, 12, 31)},
    });
}

BOOST_AUTO_TEST_CASE(case_and_white_space_do_not_matter) {
    auto nov_13_15 = days(2015, 11, 13, 2015, 11, 15);
    check_accepted({
        {"NOV 13-15", nov_13_15},
        {"nov 13-15", nov_13_15},
        {"nOvEmBeR 13TH - 15Th", nov_13_15},
        {"  Nov 13-15 \t\n", nov_13_15},
        {"\tNov   13 -   15,   2015  ", nov_13_15},
        {"Nov\u00A013\u2013" "15", nov_13_15},          // no-break space
        {"Nov\u202F13 \u2013\u00A015, 2015", nov_13_15},  // narrow no-break space
    });
}

// The spaces and dashes are detail/text.hpp's, the same for every reader: U+3000 and U+2011
// count since the toolkit was shared.
BOOST_AUTO_TEST_CASE(reads_every_space_and_dash_of_the_text_toolkit) {
    auto nov_13_15 = days(2015, 11, 13, 2015, 11, 15);
    check_accepted({
        {"Nov\u200213\u2010" "15", nov_13_15},   // en space, hyphen
        {"Nov\u300013\u2011" "15", nov_13_15},   // ideographic space, non-breaking hyphen
        {"Nov\u205F13\u2012" "15", nov_13_15},   // medium mathematical space, figure dash
        {"Nov 13 \u2015 15", nov_13_15},           // horizontal bar
        {"Nov 13\u221215", nov_13_15},             // minus sign
        {"Weds Nov 11, 2015", on(2015, 11, 11)},   // the abbreviation meeting schedules knew
    });
}

// Month and weekday names come from the one calendar table (detail/calendar_words.hpp), which
// holds English, French and Spanish: adding a language is adding its rows there.
BOOST_AUTO_TEST_CASE(reads_french_and_spanish_month_names) {
    auto nov_13_15 = days(2015, 11, 13, 2015, 11, 15);
    check_accepted({
        {"13-15 novembre 2015", nov_13_15},
        {"13 au 15 novembre 2015", nov_13_15},
        {"du 13 au 15 novembre 2015", nov_13_15},
        {"13 al 15 de noviembre de 2015", nov_13_15},
        {"del 13 al 15 de noviembre", nov_13_15},
        {"15 de noviembre de 2015", on(2015, 11, 15)},
        {"vendredi 13 novembre 2015", on(2015, 11, 13)},
        {"viernes 13 de noviembre de 2015", on(2015, 11, 13)},
        {"S\u00E1bado 14 de noviembre de 2015", on(2015, 11, 14)},
        {"Mi\u00E9rcoles 11 de noviembre de 2015", on(2015, 11, 11)},
        // Accents and case fold: "Février", "FÉVRIER" and "fevrier" are one word.
        {"3 f\u00E9vrier 2016", on(2016, 2, 3)},
        {"3 F\u00C9VRIER 2016", on(2016, 2, 3)},
        {"3 fevrier 2016", on(2016, 2, 3)},
        {"3 f\u00E9vr. 2016", on(2016, 2, 3)},
        {"15 ao\u00FBt 2016", on(2016, 8, 15)},
        {"1 mai 2016", on(2016, 5, 1)},
        {"septiembre 2016", days(2016, 9, 1, 2016, 9, 30)},
        {"Septembre 2016", days(2016, 9, 1, 2016, 9, 30)},
        {"30 d\u00E9cembre 2015 - 2 janvier 2016", days(2015, 12, 30, 2016, 1, 2)},
        {"November of 2015", days(2015, 11, 1, 2015, 11, 30)},
    });
    // The weekday is checked in any language.
    check_refused({
        {"lundi 13 novembre 2015", 0, "Nov 13, 2015 is a Friday, not a Monday"},
        {"15 de noviembre de", 18, "expected a four-digit year after \"de\""},
        {"15 de noviembre de 15", 19, "expected a four-digit year after \"de\""},
        {"15 de 2015", 6, "expected a month name after \"de\""},
        {"noviembre de", 12, "expected a four-digit year after \"de\""},
    });
}

// The parser knows no month or weekday but the table's: every row is read, in any case, so a row
// added for another language is read with no other change.
BOOST_AUTO_TEST_CASE(reads_every_word_of_the_calendar_table) {
    namespace d = advocacy::detail;
    for (const auto& w : d::calendar_words) {
        BOOST_TEST_CONTEXT(w.text) {
            std::string upper;
            for (char c : w.text) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
            for (const auto& spelled : {std::string(w.text), upper}) {
                if (w.kind == d::calendar_word_kind::month) {
                    const auto got = parse("1 " + spelled + " 2016");
                    BOOST_TEST(got == on(2016, w.value, 1));
                } else if (w.kind == d::calendar_word_kind::weekday) {
                    // 2016-05-01 was a Sunday, value 0.
                    const auto got = parse(spelled + " 2016-05-0" + std::to_string(1 + w.value));
                    BOOST_TEST(got == on(2016, 5, 1 + w.value));
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(never_reads_a_day_as_a_year) {
    check_accepted({
        {"Nov 13-15", days(2015, 11, 13, 2015, 11, 15)},
        {"Dec 30 - Jan 15", days(2015, 12, 30, 2016, 1, 15)},
        {"Nov 15", on(2015, 11, 15)},
        {"2015-11-13/15", days(2015, 11, 13, 2015, 11, 15)},
    });
    check_refused({{"Nov 13 15", 7, "a second day \"15\"; a year has four digits, a range needs \"-\" or \"to\""}});
}

// ---- the year rule --------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(year_rule_examples_of_the_spec) {
    BOOST_TEST((parse("Jan 5-7") == days(2016, 1, 5, 2016, 1, 7)));
    BOOST_TEST((parse("Aug 10-12") == days(2015, 8, 10, 2015, 8, 12)));
    BOOST_TEST((parse("25 Dec - 2 Jan 2016") == days(2015, 12, 25, 2016, 1, 2)));
}

BOOST_AUTO_TEST_CASE(year_rule_takes_the_earliest_year_that_ends_on_or_after_the_reference) {
    // Ending on the reference day counts; ending the day before does not.
    BOOST_TEST((parse("Aug 11") == on(2015, 8, 11)));
    BOOST_TEST((parse("Aug 10") == on(2016, 8, 10)));
    BOOST_TEST((parse("Aug 9-11") == days(2015, 8, 9, 2015, 8, 11)));
    BOOST_TEST((parse("Aug 9-10") == days(2016, 8, 9, 2016, 8, 10)));
    BOOST_TEST((parse("Dec 31") == on(2015, 12, 31)));
    BOOST_TEST((parse("Jan 1") == on(2016, 1, 1)));

    // A range across new year can start in the year before the reference.
    BOOST_TEST((parse("Dec 30 - Jan 2", at(2016, 1, 1)) == days(2015, 12, 30, 2016, 1, 2)));
    BOOST_TEST((parse("Dec 30 - Jan 2", at(2016, 1, 2)) == days(2015, 12, 30, 2016, 1, 2)));
    BOOST_TEST((parse("Dec 30 - Jan 2", at(2016, 1, 3)) == days(2016, 12, 30, 2017, 1, 2)));
    BOOST_TEST((parse("Dec 30 - Jan 2", at(2015, 8, 11)) == days(2015, 12, 30, 2016, 1, 2)));

    // Other references move the same text.
    BOOST_TEST((parse("Nov 13-15", at(2015, 11, 16)) == days(2016, 11, 13, 2016, 11, 15)));
    BOOST_TEST((parse("Nov 13-15", at(2015, 11, 15)) == days(2015, 11, 13, 2015, 11, 15)));
    BOOST_TEST((parse("Nov 13-15", at(2020, 1, 1)) == days(2020, 11, 13, 2020, 11, 15)));
    BOOST_TEST((parse("November", at(2015, 12, 1)) == days(2016, 11, 1, 2016, 11, 30)));
    BOOST_TEST((parse("November", at(2015, 11, 30)) == days(2015, 11, 1, 2015, 11, 30)));
    BOOST_TEST((parse("13-15 November", at(2015, 12, 1)) == days(2016, 11, 13, 2016, 11, 15)));
}

BOOST_AUTO_TEST_CASE(year_rule_puts_february_29_in_a_leap_year) {
    BOOST_TEST((parse("Feb 29") == on(2016, 2, 29)));
    BOOST_TEST((parse("Feb 29", at(2016, 3, 1)) == on(2020, 2, 29)));
    BOOST_TEST((parse("Feb 29", at(2016, 2, 29)) == on(2016, 2, 29)));
    BOOST_TEST((parse("Feb 29", at(2097, 1, 1)) == on(2104, 2, 29)));  // 2100 is not a leap year
    BOOST_TEST((parse("Feb 28 - Mar 1", at(2016, 3, 2)) == days(2017, 2, 28, 2017, 3, 1)));
    BOOST_TEST((parse("Feb 27-29", at(2016, 3, 1)) == days(2020, 2, 27, 2020, 2, 29)));
    BOOST_TEST((parse("Dec 31 - Feb 29") == days(2015, 12, 31, 2016, 2, 29)));
    BOOST_TEST((parse("Feb", at(2016, 3, 1)) == days(2017, 2, 1, 2017, 2, 28)));
}

BOOST_AUTO_TEST_CASE(a_year_on_one_end_applies_to_both) {
    // End only: the start takes the same year, or the one before when it would fall after the end.
    BOOST_TEST((parse("Nov 13-15, 2020") == days(2020, 11, 13, 2020, 11, 15)));
    BOOST_TEST((parse("Dec 30 - Jan 2, 2016") == days(2015, 12, 30, 2016, 1, 2)));
    BOOST_TEST((parse("25 Dec - 2 Jan 2016") == days(2015, 12, 25, 2016, 1, 2)));
    BOOST_TEST((parse("Oct 30 - Nov 2, 2015", at(2030, 1, 1)) == days(2015, 10, 30, 2015, 11, 2)));
    // Start only: the end takes the same year, or the next one.
    BOOST_TEST((parse("Dec 30, 2015 - Jan 2") == days(2015, 12, 30, 2016, 1, 2)));
    BOOST_TEST((parse("Nov 13, 2015 - Dec 1") == days(2015, 11, 13, 2015, 12, 1)));
    BOOST_TEST((parse("13 November 2015 - 15") == days(2015, 11, 13, 2015, 11, 15)));
    // A written year is never moved by the reference.
    BOOST_TEST((parse("Nov 13-15, 2015", at(2030, 6, 1)) == days(2015, 11, 13, 2015, 11, 15)));
    BOOST_TEST((parse("Nov 13-15, 2015", at(1990, 6, 1)) == days(2015, 11, 13, 2015, 11, 15)));
}

BOOST_AUTO_TEST_CASE(default_reference_is_today_utc) {
    auto today = std::chrono::floor<date::days>(std::chrono::system_clock::now());
    date::year_month_day ymd{today};
    const std::array<std::string_view, 12> abbr{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::string text = std::string(abbr[static_cast<unsigned>(ymd.month()) - 1]) + " " +
                       std::to_string(static_cast<unsigned>(ymd.day()));
    // Today ends on today, so the year is this one.
    auto r = advocacy::parse_date_range(text);
    BOOST_TEST((r == range(today)));
    BOOST_TEST((advocacy::parse_date_range("Nov 13-15, 2015") == days(2015, 11, 13, 2015, 11, 15)));
    BOOST_TEST((advocacy::parse_date_range(text, advocacy::parse_options{}) == range(today)));
}

// ---- parsing: what the spec refuses ---------------------------------------------------------

BOOST_AUTO_TEST_CASE(refuses_the_spec_error_cases) {
    check_refused({
        {"Nov 31", 4, "November has 30 days"},
        {"Feb 29, 2015", 4, "February 2015 has 28 days"},
        {"Nov 0", 4, "there is no day 0; days start at 1"},
        {"Nov 15-13", 7, "the range ends before it starts"},
        {"Dec 2, 2015 - Nov 30, 2015", 14, "the range ends before it starts"},
        {"Smarch 3", 0, "unknown word \"Smarch\"; expected a month name"},
        {"13-15", 0, "no month; expected a month name such as \"Nov\""},
        {"Nov 13-", 6, "nothing after \"-\"; expected a day or date"},
        {"Nov 13, 20155", 8, "year must have four digits"},
        {"Nov 13-15-17", 9, "a range has two ends; found a third"},
        {"", 0, "empty text; expected a date range"},
        {"   ", 0, "empty text; expected a date range"},
    });
}

BOOST_AUTO_TEST_CASE(refuses_impossible_days) {
    check_refused({
        {"Apr 31", 4, "April has 30 days"},
        {"Jan 32", 4, "January has 31 days"},
        {"Feb 30", 4, "February has at most 29 days"},
        {"Feb 30, 2016", 4, "February 2016 has 29 days"},
        {"Feb 29 - Mar 1, 2015", 4, "February 2015 has 28 days"},
        {"Feb 28 - 29, 2015", 9, "February 2015 has 28 days"},
        {"Feb 29, 1900", 4, "February 1900 has 28 days"},
        {"Nov 1st - 31st", 10, "November has 30 days"},
        {"31 Sept 2016", 0, "September has 30 days"},
        {"2015-11-31", 8, "November has 30 days"},
        {"2015-02-29", 8, "February 2015 has 28 days"},
        {"2015-13-01", 5, "month must be between 01 and 12"},
        {"2015-00-01", 5, "month must be between 01 and 12"},
        {"2015-11-00", 8, "there is no day 0; days start at 1"},
        {"Nov 00", 4, "there is no day 0; days start at 1"},
    });
}

BOOST_AUTO_TEST_CASE(refuses_ranges_that_end_before_they_start) {
    check_refused({
        {"Nov 15-13", 7, "the range ends before it starts"},
        {"Nov 15 - Nov 13", 9, "the range ends before it starts"},
        {"Nov 15 - Nov 13, 2016", 9, "the range ends before it starts"},
        {"30 - 2 May", 5, "the range ends before it starts"},
        {"2015-11-13/2015-11-12", 11, "the range ends before it starts"},
        {"2015-11-13/12", 11, "the range ends before it starts"},
        {"2015-11-13/01-05", 11, "the range ends before it starts"},
        {"Dec 2, 2015 - Nov 30, 2015", 14, "the range ends before it starts"},
        {"Jan 2, 2016 - Dec 30, 2015", 14, "the range ends before it starts"},
    });
}

BOOST_AUTO_TEST_CASE(refuses_weekdays_that_do_not_match) {
    check_refused({
        {"Mon Nov 13, 2015", 0, "Nov 13, 2015 is a Friday, not a Monday"},
        {"Friday 13 November \u2013 Saturday 15 November 2015", 23, "Nov 15, 2015 is a Sunday, not a Saturday"},
        {"Fri Nov 13 - Sun Nov 16, 2015", 13, "Nov 16, 2015 is a Monday, not a Sunday"},
        {"Sun 2015-11-13", 0, "Nov 13, 2015 is a Friday, not a Sunday"},
    });
    // The weekday is checked after the year rule has picked the year.
    BOOST_TEST((parse("Fri Nov 13") == on(2015, 11, 13)));
    check_refused({{"Fri Nov 13", 0, "Nov 13, 2016 is a Sunday, not a Friday"}}, at(2016, 1, 1));
}

BOOST_AUTO_TEST_CASE(refuses_words_and_characters_it_does_not_know) {
    check_refused({
        {"Smarch 3", 0, "unknown word \"Smarch\"; expected a month name"},
        {"3 Smarch", 2, "unknown word \"Smarch\"; expected a month name or a separator such as \"-\" or \"to\""},
        {"Nov foo", 4, "unknown word \"foo\"; expected a day or a year"},
        {"Nov 13 Baltimore", 7, "unknown word \"Baltimore\"; expected a year or a separator such as \"-\" or \"to\""},
        {"Nov 13, 2015 Baltimore", 13, "unknown word \"Baltimore\"; expected a separator such as \"-\" or \"to\""},
        {"Nov @ 13", 4, "unexpected \"@\"; expected a day or a year"},
        // Latin-1 letters make words (for "février"), other characters stand alone.
        {"Nov 13 \u00E9", 7, "unknown word \"\u00E9\"; expected a year or a separator such as \"-\" or \"to\""},
        {"Nov 13 \u00D7", 7, "unexpected \"\u00D7\"; expected a year or a separator such as \"-\" or \"to\""},
        {"Nov 13 \u4E00", 7, "unexpected \"\u4E00\"; expected a year or a separator such as \"-\" or \"to\""},
        {"Nov 13-15, 2015.", 15, "unexpected \".\"; expected a separator such as \"-\" or \"to\""},
    });
}

BOOST_AUTO_TEST_CASE(refuses_dangling_and_extra_parts) {
    check_refused({
        {"Nov 13-", 6, "nothing after \"-\"; expected a day or date"},
        {"Nov 13 \u2013 ", 7, "nothing after \"\u2013\"; expected a day or date"},
        {"Nov 13 to", 7, "nothing after \"to\"; expected a day or date"},
        {"Nov 13 --", 7, "nothing after \"--\"; expected a day or date"},
        {"- Nov 13", 0, "nothing before \"-\"; expected a date"},
        {"Nov 13 - - 15", 9, "nothing between \"-\" and \"-\"; expected a day or date"},
        {"from", 0, "nothing after \"from\"; expected a date"},
        {"Nov 13-15-17", 9, "a range has two ends; found a third"},
        {"Nov 13 to 15 to 17", 13, "a range has two ends; found a third"},
        {"Nov 13 from 15", 7, "\"from\" can only begin the text"},
        {", Nov 13", 0, "unexpected \",\"; expected a date"},
    });
}

BOOST_AUTO_TEST_CASE(refuses_bad_numbers) {
    check_refused({
        {"Nov 13, 20155", 8, "year must have four digits"},
        {"Nov 13-15 123456", 10, "year must have four digits"},
        {"Nov 130", 4, "\"130\" is neither a day (1 to 31) nor a four-digit year"},
        {"Nov 13, 0999", 8, "year must be between 1000 and 9999"},
        {"Nov 3th", 4, "wrong ordinal \"3th\"; expected \"3rd\""},
        {"Nov 1nd", 4, "wrong ordinal \"1nd\"; expected \"1st\""},
        {"Nov 11st", 4, "wrong ordinal \"11st\"; expected \"11th\""},
        {"Nov 22th", 4, "wrong ordinal \"22th\"; expected \"22nd\""},
        {"Nov 13, 2015th", 12, "a year takes no ordinal suffix"},
        {"2015-123-01", 5, "an ISO date has a two-digit month, as in \"2015-11-13\""},
    });
}

BOOST_AUTO_TEST_CASE(refuses_shapes_that_are_not_dates) {
    check_refused({
        {"2015", 0, "no month; expected a month name such as \"Nov\""},
        {"2015 - 2016", 0, "no month; expected a month name such as \"Nov\""},
        {"Nov 13 - 2016", 9, "a year alone is not a date; expected a month and a day"},
        {"Fri", 0, "expected a date after \"Fri\""},
        {"Nov 13 - Fri", 9, "expected a date after \"Fri\""},
        {"Fri Nov - Sat Dec", 0, "a weekday needs a day; found only the month \"Nov\""},
        {"Nov 13 - Dec", 9, "expected a day after \"Dec\"; a month alone only pairs with a month"},
        {"Nov 13 Dec", 7, "a second month \"Dec\"; expected a year or a separator such as \"-\" or \"to\""},
        {"Nov 13 Fri", 7, "unexpected weekday \"Fri\"; a weekday comes first"},
        {"Nov 2015 13", 9, "the year comes last; found \"13\" after it"},
        {"Nov 13 - 15 2015 2016", 17, "a second year \"2016\"; expected a separator such as \"-\" or \"to\""},
        {"13th of 2015", 8, "expected a month name after \"of\""},
        {"Nov 13/15", 6, "\"/\" separates ISO dates only; expected \"-\" or \"to\""},
        {"2015-11-13 Nov", 11, "unexpected \"Nov\" after an ISO date; expected \"/\", \"-\" or \"to\""},
        {"Nov 13 2015-11-14", 7, "an ISO date stands alone; found it after \"Nov 13 \""},
    });
}

// ---- round trips ----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(formatted_ranges_parse_back) {
    const std::array references{at(2015, 8, 11), at(1999, 12, 31), at(2040, 2, 29), at(1000, 1, 1)};
    const std::array lengths{0, 1, 2, 3, 6, 27, 28, 30, 31, 45, 62, 364, 365, 400};
    int checked = 0;
    // Every 5th day over three years around the seed, plus the edges of the four-digit years.
    std::vector<date::sys_days> starts;
    for (auto d = day(2014, 11, 1); d <= day(2017, 3, 1); d += date::days{5}) starts.push_back(d);
    for (auto d : {day(1000, 1, 1), day(1999, 12, 31), day(2000, 2, 28), day(2100, 2, 28), day(9998, 12, 25),
                   day(2015, 12, 31), day(2016, 2, 29)}) {
        starts.push_back(d);
    }
    for (auto first : starts) {
        for (int length : lengths) {
            range r(first, first + date::days{length});
            if (date::year_month_day{r.last()}.year() > date::year{9999}) continue;
            for (const auto& options : references) {
                BOOST_TEST_CONTEXT(advocacy::to_iso(r) << " as \"" << advocacy::to_string(r) << "\"") {
                    BOOST_TEST((parse(advocacy::to_string(r), options) == r));
                    BOOST_TEST((parse(advocacy::to_iso(r), options) == r));
                }
                ++checked;
            }
        }
    }
    BOOST_TEST(checked > 4000);
}

BOOST_AUTO_TEST_CASE(parsed_texts_format_back_to_the_same_range) {
    for (std::string_view text : {"Nov 13-15", "Dec 30 - Jan 2", "25 Dec - 2 Jan 2016", "Feb 29", "November",
                                  "Fri Nov 13 - Sun Nov 15, 2015", "2015-11-13/15"}) {
        for (const auto& options : {at(2015, 8, 11), at(2016, 1, 1), at(2019, 12, 31)}) {
            auto r = parse(text, options);
            BOOST_TEST_CONTEXT(text) {
                // Formatted text always carries its year, so any reference reads it back.
                BOOST_TEST((parse(advocacy::to_string(r), at(1990, 1, 1)) == r));
                BOOST_TEST((parse(advocacy::to_iso(r), at(2090, 1, 1)) == r));
            }
        }
    }
}

// ---- many at once ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(batch_parses_every_text) {
    std::vector<std::string> texts{"Nov 13-15", "Oct 23-25", "Nov 7", "Oct 23-25", "Nov 20 \u2013 22"};
    auto ranges = advocacy::parse_date_ranges(texts, seed_day);
    std::vector<range> expected{days(2015, 11, 13, 2015, 11, 15), days(2015, 10, 23, 2015, 10, 25),
                                on(2015, 11, 7), days(2015, 10, 23, 2015, 10, 25),
                                days(2015, 11, 20, 2015, 11, 22)};
    BOOST_TEST((ranges == expected));

    std::vector<std::string_view> views(texts.begin(), texts.end());
    BOOST_TEST((advocacy::parse_date_ranges(views, seed_day) == expected));
    BOOST_TEST((advocacy::parse_date_ranges(views, at(2015, 11, 14)) ==
                std::vector<range>{days(2015, 11, 13, 2015, 11, 15), days(2016, 10, 23, 2016, 10, 25),
                                   on(2016, 11, 7), days(2016, 10, 23, 2016, 10, 25),
                                   days(2015, 11, 20, 2015, 11, 22)}));

    BOOST_TEST(advocacy::parse_date_ranges(std::vector<std::string>{}, seed_day).empty());
    // Without options the batch reads against today; texts with years do not depend on it.
    std::vector<std::string_view> dated{"Nov 13-15, 2015", "2016-02-29"};
    BOOST_TEST((advocacy::parse_date_ranges(dated) ==
                std::vector<range>{days(2015, 11, 13, 2015, 11, 15), on(2016, 2, 29)}));
}

BOOST_AUTO_TEST_CASE(batch_names_the_index_of_the_bad_text) {
    std::vector<std::string> texts{"Nov 13-15", "Oct 23-25", "Nov 31", "Smarch 3"};
    try {
        advocacy::parse_date_ranges(texts, seed_day);
        BOOST_FAIL("expected parse_error");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.reason() == "item 2: November has 30 days");
        BOOST_TEST(e.position() == 4u);
        BOOST_TEST(e.text() == "Nov 31");
        BOOST_TEST(std::string(e.what()).find("item 2: November has 30 days") != std::string::npos);
    }
    std::vector<std::string_view> views{"Nov 13-15", "Smarch 3"};
    try {
        advocacy::parse_date_ranges(views, seed_day);
        BOOST_FAIL("expected parse_error");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.reason() == "item 1: unknown word \"Smarch\"; expected a month name");
        BOOST_TEST(e.position() == 0u);
        BOOST_TEST(e.text() == "Smarch 3");
    }
}

// ---- the edges of time ----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(year_zero_is_refused_not_taken_for_no_year) {
    for (std::string_view text : {"0000-01-01", "0000-01-01/0000-01-05", "0999-12-31", "0000-11"}) {
        auto e = failure(text);
        BOOST_REQUIRE_MESSAGE(e.has_value(), text);
        BOOST_TEST(e->reason() == "year must be between 1000 and 9999");
        BOOST_TEST(e->position() == 0u);
    }
    auto e = failure("Nov 13 0000");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "year must be between 1000 and 9999");
    BOOST_TEST(parse("1000-01-01") == on(1000, 1, 1));
    BOOST_TEST(parse("9999-12-31") == on(9999, 12, 31));
}

BOOST_AUTO_TEST_CASE(a_year_past_9999_is_refused_at_the_source) {
    auto e = failure("Dec 31 9999 - Jan 1");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "this end falls in the year 10000; year must be between 1000 and 9999");
    BOOST_TEST(e->position() == 14u);
    e = failure("Dec 30 - Jan 2, 1000");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "this end falls in the year 999; year must be between 1000 and 9999");
    BOOST_TEST(e->position() == 0u);
}

BOOST_AUTO_TEST_CASE(the_year_rule_keeps_to_the_years_a_date_may_have) {
    // Near the last year: the range must still end in 9999.
    BOOST_TEST(parse("Dec 30 - Dec 31", at(9999, 12, 1)) == days(9999, 12, 30, 9999, 12, 31));
    auto e = failure("Dec 30 - Jan 2", at(9999, 6, 1));
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().starts_with("no year from 1000 to 9999"));
    e = failure("Jan 5", at(9999, 12, 31));
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason().starts_with("no year from 1000 to 9999"));
    // Near the first year: never the year 999.
    BOOST_TEST(parse("Dec 30 - Jan 2", at(1000, 1, 1)) == days(1000, 12, 30, 1001, 1, 2));
    BOOST_TEST(parse("Mar 3", at(999, 1, 1)) == on(1000, 3, 3));
}

BOOST_AUTO_TEST_CASE(a_leading_byte_order_mark_is_skipped) {
    BOOST_TEST(parse("\xEF\xBB\xBFNov 13-15") == days(2015, 11, 13, 2015, 11, 15));
    BOOST_TEST(parse("\xEF\xBB\xBF" "2015-11-13") == on(2015, 11, 13));
    auto e = failure("\xEF\xBB\xBFNov 31");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->text() == "Nov 31");
    BOOST_TEST(e->position() == 4u);
}

BOOST_AUTO_TEST_CASE(days_of_the_longest_range_do_not_overflow) {
    const date::sys_days smallest{date::days{std::numeric_limits<int>::min()}};
    const date::sys_days largest{date::days{std::numeric_limits<int>::max()}};
    BOOST_TEST(range(smallest, largest).days() == std::numeric_limits<int>::max());
    BOOST_TEST(range(smallest, smallest + date::days{9}).days() == 10);
}

// ---- parse_days -----------------------------------------------------------------------------

namespace {

auto list(std::string_view text, const advocacy::parse_options& options = seed_day) -> std::vector<range> {
    return advocacy::parse_days(text, options);
}

auto list_failure(std::string_view text, const advocacy::parse_options& options = seed_day)
    -> std::optional<advocacy::parse_error> {
    try {
        advocacy::parse_days(text, options);
    } catch (const advocacy::parse_error& e) {
        return e;
    }
    return std::nullopt;
}

}  // namespace

BOOST_AUTO_TEST_CASE(parse_days_reads_the_lists_organizers_write) {
    struct listed {
        std::string_view text;
        std::vector<range> expected;
    };
    const std::vector<listed> cases{
        {"June 12 & 16, 2026", {on(2026, 6, 12), on(2026, 6, 16)}},
        {"Nov 28 & Dec 1, 2025", {on(2025, 11, 28), on(2025, 12, 1)}},
        {"May 3, 10 and 17, 2026", {on(2026, 5, 3), on(2026, 5, 10), on(2026, 5, 17)}},
        {"May 3, 10, and 17, 2026", {on(2026, 5, 3), on(2026, 5, 10), on(2026, 5, 17)}},
        {"May 3-4 & 10-11, 2026", {days(2026, 5, 3, 2026, 5, 4), days(2026, 5, 10, 2026, 5, 11)}},
        {"Nov 13-15, 2015", {days(2015, 11, 13, 2015, 11, 15)}},
        {"November 2015", {days(2015, 11, 1, 2015, 11, 30)}},
        // One day, as parse_date_range reads it (found by fuzzing: a lone day was refused).
        {"Nov 15, 2015", {on(2015, 11, 15)}},
        {"2015-11-15", {on(2015, 11, 15)}},
        {"Nov 15-15, 2015", {on(2015, 11, 15)}},
        {"Oct 30 - Nov 1 & Nov 7, 2015", {days(2015, 10, 30, 2015, 11, 1), on(2015, 11, 7)}},
        {"Nov 28, 2025 & Dec 1, 2025", {on(2025, 11, 28), on(2025, 12, 1)}},
        {"Dec 30 & Jan 2, 2026", {on(2025, 12, 30), on(2026, 1, 2)}},
        {"Dec 30, 2025 & Jan 2", {on(2025, 12, 30), on(2026, 1, 2)}},
        {"Friday June 12 & Tuesday June 16, 2026", {on(2026, 6, 12), on(2026, 6, 16)}},
        {"June 12th and 16th, 2026", {on(2026, 6, 12), on(2026, 6, 16)}},
        // Day first: the month written after the days is theirs.
        {"12 & 16 June 2026", {on(2026, 6, 12), on(2026, 6, 16)}},
        {"3, 10 et 17 mai 2026", {on(2026, 5, 3), on(2026, 5, 10), on(2026, 5, 17)}},
        {"28 nov & 1 déc 2025", {on(2025, 11, 28), on(2025, 12, 1)}},
        {"3 y 10 de mayo de 2026", {on(2026, 5, 3), on(2026, 5, 10)}},
        {"13-14 et 20-21 novembre 2015", {days(2015, 11, 13, 2015, 11, 14), days(2015, 11, 20, 2015, 11, 21)}},
        // Adjacent days stay separate sessions, as written.
        {"May 3 & 4, 2026", {on(2026, 5, 3), on(2026, 5, 4)}},
        {"2026-06-12 & 2026-06-16", {on(2026, 6, 12), on(2026, 6, 16)}},
        {"2015-11-13/15 & 2015-11-20/11-21", {days(2015, 11, 13, 2015, 11, 15), days(2015, 11, 20, 2015, 11, 21)}},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.text) {
            BOOST_TEST(list(c.text) == c.expected, boost::test_tools::per_element());
        }
    }
}

BOOST_AUTO_TEST_CASE(parse_days_without_a_year_takes_the_year_rule_over_the_whole_list) {
    // Seed day Aug 11, 2015: May is past, so next year; December to January wraps once.
    BOOST_TEST(list("May 3, 10 and 17") == (std::vector{on(2016, 5, 3), on(2016, 5, 10), on(2016, 5, 17)}),
               boost::test_tools::per_element());
    BOOST_TEST(list("Aug 3 & 12") == (std::vector{on(2015, 8, 3), on(2015, 8, 12)}), boost::test_tools::per_element());
    BOOST_TEST(list("Dec 30 & Jan 2") == (std::vector{on(2015, 12, 30), on(2016, 1, 2)}), boost::test_tools::per_element());
    BOOST_TEST(list("Feb 29 & Mar 3") == (std::vector{on(2016, 2, 29), on(2016, 3, 3)}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(parse_days_refuses_bad_lists_with_the_days_and_the_offset) {
    struct refused {
        std::string_view text;
        std::size_t position;
        std::string_view reason;
    };
    const std::vector<refused> cases{
        {"June 16 & 12, 2026", 10, "Jun 12, 2026 comes before Jun 16, 2026; expected the days in order"},
        {"June 12 & 12, 2026", 10, "Jun 12, 2026 is listed twice"},
        {"May 3-5 & 4, 2026", 10, "May 4, 2026 shares days with May 3\xE2\x80\x93" "5, 2026; expected each day once"},
        {"June 12 &", 8, "nothing after \"&\"; expected a day or date"},
        {"June 12 & & 16", 10, "nothing before \"&\"; expected a day or date"},
        {"June 12 & 31", 10, "June has 30 days"},
        {"June 12 & July", 10, "expected a day after \"July\"; a list names days"},
        {"12 & 16", 0, "no month; expected a month name such as \"Nov\""},
        {"June 12 & 16 2026 2027", 18, "a second year \"2027\"; expected a separator such as \"-\" or \"to\""},
        {"June 12 & Monday 16, 2026", 10, "Jun 16, 2026 is a Tuesday, not a Monday"},
        {"June 12-14-16", 10, "unexpected \"-\"; expected \",\", \"&\" or \"and\" between days"},
        {"June 12 ; 16", 8, "unexpected \";\"; expected a year or a separator such as \"-\" or \"to\""},
        {"", 0, "empty text; expected days"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.text) {
            auto e = list_failure(c.text);
            BOOST_REQUIRE(e.has_value());
            BOOST_TEST(e->reason() == c.reason);
            BOOST_TEST(e->position() == c.position);
        }
    }
}

BOOST_AUTO_TEST_CASE(parse_date_range_refuses_a_list_and_points_at_parse_days) {
    for (std::string_view text : {"June 12 & 16, 2026", "May 3, 10 and 17", "Nov 28 & Dec 1, 2025", "May 3-4 & 10-11"}) {
        BOOST_TEST_CONTEXT(text) {
            auto e = failure(text);
            BOOST_REQUIRE(e.has_value());
            BOOST_TEST(e->reason().find("parse_days reads a list") != std::string::npos);
        }
    }
    auto e = failure("May 3, 10 and 17");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->position() == 5u);  // the comma that starts the list
    // A comma before the year is no list.
    BOOST_TEST(parse("Nov 13, 2015") == on(2015, 11, 13));
    BOOST_TEST(parse("Friday, Nov 13, 2015") == on(2015, 11, 13));
}

BOOST_AUTO_TEST_CASE(parse_days_reads_a_long_list_and_stops_at_the_first_repeat) {
    // Every day of a month, and a list of 20 000 repeats refused at the first.
    std::string text = "Jan 1";
    for (int i = 2; i <= 31; ++i) text += ", " + std::to_string(i);
    text += ", 2016";
    const auto read = list(text);
    BOOST_TEST(read.size() == 31u);
    BOOST_TEST(read.back() == on(2016, 1, 31));
    std::string many = "Jan 1";
    for (int i = 0; i < 20000; ++i) many += " & 1";
    auto e = list_failure(many);
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->reason() == "Jan 1, 2016 is listed twice");
}

BOOST_AUTO_TEST_SUITE_END()
