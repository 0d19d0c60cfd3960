// SPDX-License-Identifier: MIT
#include "advocacy/meeting_schedule.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <vector>

// Days are compared element by element; Boost.Test cannot print std::chrono time points.
BOOST_TEST_DONT_PRINT_LOG_VALUE(date::sys_days)

// The suite is a namespace called meeting_schedule, so the class is advocacy::meeting_schedule.
BOOST_AUTO_TEST_SUITE(meeting_schedule)

namespace {

using schedule = advocacy::meeting_schedule;
using advocacy::recurrence;
using std::chrono::hours;
using std::chrono::minutes;

const std::string chicago = "America/Chicago";

auto day(int y, unsigned m, unsigned d) -> date::sys_days {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

auto utc(int y, unsigned m, unsigned d, int h, int mi = 0) -> date::sys_seconds {
    return date::sys_seconds{day(y, m, d)} + hours{h} + minutes{mi};
}

auto days(int y1, unsigned m1, unsigned d1, int y2, unsigned m2, unsigned d2) -> advocacy::date_range {
    return advocacy::date_range(day(y1, m1, d1), day(y2, m2, d2));
}

auto year_2015() -> advocacy::date_range { return days(2015, 1, 1, 2015, 12, 31); }

// The local calendar days of the meetings, for rules whose exact instants are not the point.
auto local_days(const std::vector<advocacy::meeting_time>& meetings) -> std::vector<date::sys_days> {
    std::vector<date::sys_days> out;
    for (const auto& m : meetings) {
        out.push_back(date::sys_days{std::chrono::floor<date::days>(m.start.get_local_time()).time_since_epoch()});
    }
    return out;
}

auto parse_error_of(std::string_view text) -> advocacy::parse_error {
    try {
        (void)schedule::parse(text, chicago);
    } catch (const advocacy::parse_error& e) {
        return e;
    }
    BOOST_FAIL("no parse_error for \"" << text << "\"");
    throw;  // unreachable: BOOST_FAIL throws
}

auto field_of(auto&& make) -> std::string {
    try {
        (void)make();
    } catch (const advocacy::validation_error& e) {
        return e.field();
    }
    return "(no error)";
}

}  // namespace

// ---- factories ----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(factories_keep_their_fields) {
    auto w = schedule::weekly(date::Wednesday, advocacy::time_of_day{hours{18} + minutes{30}}, hours{2}, chicago, 2);
    BOOST_TEST((w.kind() == recurrence::weekly));
    BOOST_TEST(w.interval() == 2u);
    BOOST_TEST((w.weekday() == date::Wednesday));
    BOOST_TEST(w.start_time().since_midnight().count() == 18 * 60 + 30);
    BOOST_TEST(w.duration().count() == 120);
    BOOST_TEST(w.time_zone() == chicago);
    BOOST_TEST(w.zone()->name() == chicago);
    BOOST_TEST(!w.effective().has_value());
    BOOST_TEST(w.skipped().empty());

    auto m = schedule::monthly_on_weekday(-1, date::Thursday, advocacy::time_of_day{hours{19}}, minutes{90}, "America/New_York");
    BOOST_TEST((m.kind() == recurrence::monthly_by_weekday));
    BOOST_TEST(m.nth() == -1);
    BOOST_TEST(m.interval() == 1u);

    auto d = schedule::monthly_on_day(15, advocacy::time_of_day{hours{19}}, hours{2}, "America/Denver");
    BOOST_TEST((d.kind() == recurrence::monthly_by_day));
    BOOST_TEST(d.day_of_month() == 15u);
}

// The start is a time_of_day and the duration minutes: swapping them does not compile.
static_assert(std::is_invocable_v<decltype(&schedule::weekly), date::weekday, advocacy::time_of_day, std::chrono::minutes,
                                  std::string, unsigned>);
static_assert(!std::is_invocable_v<decltype(&schedule::weekly), date::weekday, std::chrono::minutes,
                                   advocacy::time_of_day, std::string, unsigned>);
static_assert(!std::is_invocable_v<decltype(&schedule::weekly), date::weekday, std::chrono::minutes, std::chrono::minutes,
                                   std::string, unsigned>);
static_assert(std::is_trivially_copyable_v<advocacy::time_of_day> && sizeof(advocacy::time_of_day) == sizeof(std::chrono::minutes));

BOOST_AUTO_TEST_CASE(time_of_day_is_a_regular_value) {
    const advocacy::time_of_day seven{hours{19}};
    BOOST_TEST(seven.since_midnight().count() == 19 * 60);
    BOOST_TEST((advocacy::time_of_day{} < seven));
    BOOST_TEST((advocacy::time_of_day{hours{18} + minutes{60}} == seven));
    BOOST_TEST(advocacy::time_of_day{minutes{23 * 60 + 59}}.since_midnight().count() == 1439);
    BOOST_CHECK_THROW(advocacy::time_of_day{hours{24}}, advocacy::validation_error);
}

BOOST_AUTO_TEST_CASE(factories_name_the_bad_field) {
    BOOST_TEST(field_of([] { return schedule::weekly(date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, chicago, 0); }) == "interval");
    BOOST_TEST(field_of([] { return schedule::weekly(date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, chicago, 53); }) == "interval");
    BOOST_TEST(field_of([] { return schedule::weekly(date::weekday{9}, advocacy::time_of_day{hours{19}}, hours{2}, chicago); }) == "weekday");
    BOOST_TEST(field_of([] { return schedule::monthly_on_weekday(0, date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, chicago); }) ==
               "nth");
    BOOST_TEST(field_of([] { return schedule::monthly_on_weekday(6, date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, chicago); }) ==
               "nth");
    BOOST_TEST(field_of([] { return schedule::monthly_on_weekday(-2, date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, chicago); }) ==
               "nth");
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(0, advocacy::time_of_day{hours{19}}, hours{2}, chicago); }) == "day_of_month");
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(32, advocacy::time_of_day{hours{19}}, hours{2}, chicago); }) == "day_of_month");
    // A start out of 00:00..23:59 is no time of day: refused where it is made.
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(1, advocacy::time_of_day{hours{24}}, hours{2}, chicago); }) ==
               "time_of_day");
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(1, advocacy::time_of_day{minutes{-1}}, hours{2}, chicago); }) ==
               "time_of_day");
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(1, advocacy::time_of_day{hours{19}}, minutes{0}, chicago); }) == "duration");
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(1, advocacy::time_of_day{hours{19}}, hours{24} + minutes{1}, chicago); }) ==
               "duration");
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(1, advocacy::time_of_day{hours{19}}, hours{24}, chicago); }) == "(no error)");
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(1, advocacy::time_of_day{hours{19}}, hours{2}, "America/Chicgo"); }) ==
               "time_zone");
    BOOST_TEST(field_of([] { return schedule::monthly_on_day(1, advocacy::time_of_day{hours{19}}, hours{2}, ""); }) == "time_zone");
    try {
        (void)schedule::weekly(date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, "Mars/Olympus_Mons");
        BOOST_FAIL("no error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.reason() == "unknown IANA time zone \"Mars/Olympus_Mons\"");
    }
}

// ---- parse --------------------------------------------------------------------------------

struct parse_case {
    std::string_view text;
    recurrence kind;
    unsigned interval;
    unsigned weekday;  // c_encoding; ignored for monthly_by_day
    int nth;
    unsigned day_of_month;
    int start;      // minutes after midnight
    int duration;   // minutes
};

BOOST_AUTO_TEST_CASE(parse_reads_what_people_write) {
    const std::vector<parse_case> cases{
        {"second Tuesday of each month at 7pm", recurrence::monthly_by_weekday, 1, 2, 2, 0, 19 * 60, 120},
        {"2nd Tue of the month, 7 pm", recurrence::monthly_by_weekday, 1, 2, 2, 0, 19 * 60, 120},
        {"every other Wednesday at 18:30", recurrence::weekly, 2, 3, 0, 0, 18 * 60 + 30, 120},
        {"every Wednesday 6:30pm", recurrence::weekly, 1, 3, 0, 0, 18 * 60 + 30, 120},
        {"every 3 weeks on Monday at noon", recurrence::weekly, 3, 1, 0, 0, 12 * 60, 120},
        {"weekly on Thursdays at 7:00 p.m.", recurrence::weekly, 1, 4, 0, 0, 19 * 60, 120},
        {"last Thursday, 6:30 pm \xE2\x80\x93 8 pm", recurrence::monthly_by_weekday, 1, 4, -1, 0, 18 * 60 + 30, 90},
        {"the 15th of every month at 7 pm", recurrence::monthly_by_day, 1, 0, 0, 15, 19 * 60, 120},
        {"monthly on the 1st at 19:00", recurrence::monthly_by_day, 1, 0, 0, 1, 19 * 60, 120},
        {"fifth Friday at 8pm", recurrence::monthly_by_weekday, 1, 5, 5, 0, 20 * 60, 120},
        {"SECOND TUESDAY OF EACH MONTH AT 7PM", recurrence::monthly_by_weekday, 1, 2, 2, 0, 19 * 60, 120},
        {"every Wednesday at 7:30 p.m. for 90 minutes", recurrence::weekly, 1, 3, 0, 0, 19 * 60 + 30, 90},
        {"every Wednesday at 7pm for 1.5 hours", recurrence::weekly, 1, 3, 0, 0, 19 * 60, 90},
        {"every Wednesday at 7pm for 2 hours", recurrence::weekly, 1, 3, 0, 0, 19 * 60, 120},
        {"every Wednesday at 7pm for an hour", recurrence::weekly, 1, 3, 0, 0, 19 * 60, 60},
        {"every Wednesday at 7pm for 1 hour and 15 minutes", recurrence::weekly, 1, 3, 0, 0, 19 * 60, 75},
        {"every Monday from 6:30 to 8 pm", recurrence::weekly, 1, 1, 0, 0, 18 * 60 + 30, 90},
        {"every Monday 7pm until 9", recurrence::weekly, 1, 1, 0, 0, 19 * 60, 120},
        {"every Monday 11am - 1", recurrence::weekly, 1, 1, 0, 0, 11 * 60, 120},
        {"every Monday 10pm - 1am", recurrence::weekly, 1, 1, 0, 0, 22 * 60, 180},
        {"every Monday 18:00-19:30", recurrence::weekly, 1, 1, 0, 0, 18 * 60, 90},
        {"every Monday at midnight", recurrence::weekly, 1, 1, 0, 0, 0, 120},
        {"every Monday at 12 noon", recurrence::weekly, 1, 1, 0, 0, 12 * 60, 120},
        {"every Monday at 12:15 am", recurrence::weekly, 1, 1, 0, 0, 15, 120},
        {"every Monday at 7.30pm", recurrence::weekly, 1, 1, 0, 0, 19 * 60 + 30, 120},
        {"Wednesdays at 7pm", recurrence::weekly, 1, 3, 0, 0, 19 * 60, 120},
        {"biweekly on Friday at 5pm", recurrence::weekly, 2, 5, 0, 0, 17 * 60, 120},
        {"every second week on Sunday at 3pm", recurrence::weekly, 2, 0, 0, 0, 15 * 60, 120},
        {"every second Tuesday at 7pm", recurrence::monthly_by_weekday, 1, 2, 2, 0, 19 * 60, 120},
        {"the last Saturday of the month at 10am", recurrence::monthly_by_weekday, 1, 6, -1, 0, 10 * 60, 120},
        {"first Sunday monthly at 2 pm", recurrence::monthly_by_weekday, 1, 0, 1, 0, 14 * 60, 120},
        {"every month on the 31st at 7pm", recurrence::monthly_by_day, 1, 0, 0, 31, 19 * 60, 120},
        {"the first of each month @ 9am", recurrence::monthly_by_day, 1, 0, 0, 1, 9 * 60, 120},
        {"3rd Thu, 7pm.", recurrence::monthly_by_weekday, 1, 4, 3, 0, 19 * 60, 120},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.text) {
            const auto s = schedule::parse(c.text, chicago);
            BOOST_TEST((s.kind() == c.kind));
            BOOST_TEST(s.interval() == c.interval);
            if (c.kind != recurrence::monthly_by_day) BOOST_TEST(s.weekday().c_encoding() == c.weekday);
            BOOST_TEST(s.nth() == c.nth);
            BOOST_TEST(s.day_of_month() == c.day_of_month);
            BOOST_TEST(s.start_time().since_midnight().count() == c.start);
            BOOST_TEST(s.duration().count() == c.duration);
            BOOST_TEST(s.time_zone() == chicago);
        }
    }
}

BOOST_AUTO_TEST_CASE(parse_equals_the_factories) {
    BOOST_TEST((schedule::parse("second Tuesday of each month at 7pm", chicago) ==
                schedule::monthly_on_weekday(2, date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, chicago)));
    BOOST_TEST((schedule::parse("second Tuesday of each month at 7pm", chicago) !=
                schedule::monthly_on_weekday(2, date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, "America/Denver")));
}

BOOST_AUTO_TEST_CASE(parse_errors_say_where_and_why) {
    struct bad {
        std::string_view text;
        std::size_t position;
        std::string_view reason;
    };
    const std::vector<bad> cases{
        {"0th Tuesday at 7pm", 0, "ordinal must be first to fifth or last"},
        {"sixth Friday at 7pm", 0, "ordinal must be first to fifth or last"},
        {"every Wednesday at 13:75", 22, "minutes must be 00 to 59"},
        {"every Wednesday at 25:00", 19, "hour must be 00 to 23"},
        {"every Wednesday at 13pm", 19, "hour must be 1 to 12 with am or pm"},
        {"second Tuesday", 14, "expected a time such as \"7pm\""},
        {"second Tuesday of each month", 28, "expected a time such as \"7pm\""},
        {"every banana at 7pm", 6, "unknown word \"banana\"; expected a weekday such as \"Tuesday\""},
        {"second Tuesday at 7pm sharp", 22, "unknown word \"sharp\"; expected the end of the schedule"},
        {"every Wednesday at 7", 19, "add am or pm (\"7pm\") or write a 24-hour time (\"19:00\")"},
        {"the 32nd of each month at 7pm", 4, "day of the month must be 1st to 31st"},
        {"every 53 weeks on Monday at 7pm", 6, "interval must be 1 to 52 weeks"},
        {"every 0 weeks on Monday at 7pm", 6, "interval must be 1 to 52 weeks"},
        {"last at 7pm", 0, "expected a weekday after \"last\""},
        {"every Monday at 7pm - 7pm", 22, "the end time equals the start time"},
        {"every Monday at 7pm for 25 hours", 20, "duration must be 1 minute to 24 hours"},
        {"every Monday at 7pm - 9pm for 2 hours", 26, "give an end time or a duration, not both"},
        {"", 0, "expected a schedule such as \"every Wednesday\" or \"second Tuesday of each month\""},
        {"every Monday at 7pm #", 20,
         "unexpected character; expected words, numbers and times such as \"every Wednesday at 7pm\""},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.text) {
            const auto e = parse_error_of(c.text);
            BOOST_TEST(e.position() == c.position);
            BOOST_TEST(e.reason() == c.reason);
            BOOST_TEST(e.text() == c.text);
        }
    }
}

// The phrase parser takes its spaces, dashes and calendar words from the toolkit every reader
// shares (detail/text.hpp, detail/calendar_words.hpp): an en space (U+2002) or an ideographic
// space between words, a hyphen (U+2010) or minus sign between times, and "Weds", once refused.
BOOST_AUTO_TEST_CASE(parse_reads_the_spaces_dashes_and_words_every_reader_reads) {
    const auto expected = schedule::parse("every Wednesday at 7pm - 9pm", chicago);
    for (std::string_view text : {"every\u2002Wednesday at\u30007pm\u2010" "9pm", "every Wednesday at 7pm \u2212 9pm",
                                  "every Weds at 7pm\u2011" "9pm", "every Wed. at 7pm\u2015" "9pm",
                                  "every\u205FWednesday\u1680at 7pm\u200A-\u20099pm"}) {
        BOOST_TEST_CONTEXT(text) { BOOST_TEST((schedule::parse(text, chicago) == expected)); }
    }
    // Month names of the shared table: the English rows only, as the phrases are English.
    BOOST_TEST((schedule::parse("every Weds at 7pm", chicago).weekday() == date::Wednesday));
    BOOST_CHECK_THROW(schedule::parse("every mercredi at 7pm", chicago), advocacy::parse_error);
}

BOOST_AUTO_TEST_CASE(parse_checks_the_zone) {
    BOOST_CHECK_THROW(schedule::parse("every Monday at 7pm", "Nowhere/Special"), advocacy::validation_error);
}

// A schedule keeps the zone's name as written, a link's too, whichever schedule named it first.
BOOST_AUTO_TEST_CASE(the_zone_name_is_kept_as_written) {
    const auto by_link = schedule::parse("every Monday at 7pm", std::string("US/") + "Central");
    const auto by_name = schedule::parse("every Monday at 7pm", chicago);
    BOOST_TEST(by_link.time_zone() == "US/Central");
    BOOST_TEST(by_name.time_zone() == chicago);
    BOOST_TEST((by_link != by_name));
    BOOST_TEST(by_name.zone()->name() == chicago);
    BOOST_TEST(by_link.zone() != nullptr);
    const auto again = schedule::parse("every Monday at 7pm", "US/Central");
    BOOST_TEST((again == by_link));
    BOOST_TEST(&again.time_zone() == &by_link.time_zone());  // one string for every schedule of the name
}

// ---- describe -----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(describe_writes_the_phrase) {
    BOOST_TEST(schedule::parse("2nd Tue of the month, 7 pm", chicago).describe() ==
               "second Tuesday of each month, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST(schedule::parse("every other Wednesday at 18:30", chicago).describe() ==
               "every other Wednesday, 6:30 pm \xE2\x80\x93 8:30 pm");
    BOOST_TEST(schedule::parse("every 3 weeks on Monday at noon", chicago).describe() ==
               "every 3 weeks on Monday, 12:00 pm \xE2\x80\x93 2:00 pm");
    BOOST_TEST(schedule::parse("the 15th of every month at 7 pm", chicago).describe() ==
               "the 15th of each month, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST(schedule::parse("last Thursday, 6:30 pm - 8 pm", chicago).describe() ==
               "last Thursday of each month, 6:30 pm \xE2\x80\x93 8:00 pm");
    BOOST_TEST(schedule::parse("every Monday at midnight for 24 hours", chicago).describe() ==
               "every Monday, 12:00 am for 24 hours");
    BOOST_TEST(schedule::parse("every Friday 10pm - 1am", chicago).describe() ==
               "every Friday, 10:00 pm \xE2\x80\x93 1:00 am");
    std::ostringstream out;
    out << schedule::parse("monthly on the 22nd at 19:00", chicago);
    BOOST_TEST(out.str() == "the 22nd of each month, 7:00 pm \xE2\x80\x93 9:00 pm");
}

BOOST_AUTO_TEST_CASE(describe_parses_back_to_an_equal_schedule) {
    // Every rule shape, with start and end times around noon, midnight and the day boundary.
    std::vector<schedule> all;
    const std::vector<minutes> starts{minutes{0}, minutes{1}, hours{11} + minutes{59}, hours{12}, hours{12} + minutes{30},
                                      hours{19}, hours{23} + minutes{59}};
    const std::vector<minutes> lengths{minutes{1}, minutes{59}, hours{2}, hours{5} + minutes{5}, hours{23} + minutes{59},
                                       hours{24}};
    for (auto start : starts) {
        for (auto length : lengths) {
            for (unsigned wd = 0; wd < 7; ++wd) {
                for (unsigned interval : {1u, 2u, 3u, 52u}) {
                    all.push_back(schedule::weekly(date::weekday{wd}, advocacy::time_of_day{start}, length, chicago, interval));
                }
                for (int nth : {1, 2, 3, 4, 5, -1}) {
                    all.push_back(schedule::monthly_on_weekday(nth, date::weekday{wd}, advocacy::time_of_day{start}, length, chicago));
                }
            }
            for (unsigned d = 1; d <= 31; ++d) all.push_back(schedule::monthly_on_day(d, advocacy::time_of_day{start}, length, chicago));
        }
    }
    for (const auto& s : all) {
        BOOST_TEST_CONTEXT(s.describe()) { BOOST_TEST((schedule::parse(s.describe(), chicago) == s)); }
    }
}

// ---- rrule --------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(rrule_follows_rfc_5545) {
    BOOST_TEST(schedule::parse("second Tuesday of each month at 7pm", chicago).rrule() == "FREQ=MONTHLY;BYDAY=2TU");
    BOOST_TEST(schedule::parse("last Thursday at 7pm", chicago).rrule() == "FREQ=MONTHLY;BYDAY=-1TH");
    BOOST_TEST(schedule::parse("every other Wednesday at 7pm", chicago).rrule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
    BOOST_TEST(schedule::parse("every Sunday at 7pm", chicago).rrule() == "FREQ=WEEKLY;BYDAY=SU");
    BOOST_TEST(schedule::parse("the 15th of each month at 7pm", chicago).rrule() == "FREQ=MONTHLY;BYMONTHDAY=15");
    BOOST_TEST(schedule::parse("fifth Friday at 8pm", chicago).rrule() == "FREQ=MONTHLY;BYDAY=5FR");
    // UNTIL: 7 pm CST on Dec 31 is 01:00 UTC the next day; 7 pm CDT on Jul 31 is 00:00 UTC.
    BOOST_TEST(schedule::parse("second Tuesday at 7pm", chicago).with_effective(year_2015()).rrule() ==
               "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20160101T010000Z");
    BOOST_TEST(schedule::parse("every Monday at 7pm", chicago).with_effective(days(2015, 1, 1, 2015, 7, 31)).rrule() ==
               "FREQ=WEEKLY;BYDAY=MO;UNTIL=20150801T000000Z");
}

BOOST_AUTO_TEST_CASE(a_rule_to_the_last_day_has_no_until) {
    // 7 pm CST on 9999-12-31 is 01:00 UTC in the year 10000, which no reader accepts.
    const auto s = schedule::parse("second Tuesday at 7pm", chicago).with_effective(days(2015, 1, 1, 9999, 12, 31));
    BOOST_TEST(s.rrule() == "FREQ=MONTHLY;BYDAY=2TU");
    BOOST_TEST(s.with_effective(days(2015, 1, 1, 9999, 12, 30)).rrule() == "FREQ=MONTHLY;BYDAY=2TU;UNTIL=99991231T010000Z");
}

// ---- occurrences --------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(append_occurrences_adds_what_occurrences_returns_after_what_is_there) {
    const auto weekly = schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, "America/Chicago");
    const auto monthly = schedule::monthly_on_day(31, advocacy::time_of_day{hours{18}}, hours{1}, "Europe/Berlin")
                             .with_skipped({day(2015, 3, 31)});
    std::vector<advocacy::meeting_time> all;
    weekly.append_occurrences(year_2015(), all);
    monthly.append_occurrences(year_2015(), all);
    monthly.with_effective(days(2016, 1, 1, 2016, 1, 31)).append_occurrences(year_2015(), all);  // nothing in 2015
    auto expected = weekly.occurrences(year_2015());
    const auto more = monthly.occurrences(year_2015());
    expected.insert(expected.end(), more.begin(), more.end());
    BOOST_TEST(all.size() == 52u + 6u);
    BOOST_TEST((all == expected));
}

BOOST_AUTO_TEST_CASE(chicago_stays_at_seven_pm_across_2015_dst_changes) {
    const auto s = schedule::parse("every Sunday at 7pm", chicago);
    const auto spring = s.occurrences(days(2015, 3, 1, 2015, 3, 15));
    BOOST_TEST_REQUIRE(spring.size() == 3u);
    // CST is UTC-6 until Mar 8, 2015, 2 am; CDT (UTC-5) after.
    BOOST_TEST((spring[0].start.get_sys_time() == utc(2015, 3, 2, 1)));
    BOOST_TEST((spring[1].start.get_sys_time() == utc(2015, 3, 9, 0)));
    BOOST_TEST((spring[2].start.get_sys_time() == utc(2015, 3, 16, 0)));
    BOOST_TEST((spring[1].end.get_sys_time() == utc(2015, 3, 9, 2)));
    for (const auto& m : spring) {
        BOOST_TEST(date::format("%H:%M", m.start.get_local_time()) == "19:00");
        BOOST_TEST(m.start.get_time_zone()->name() == chicago);
    }
    const auto fall = s.occurrences(days(2015, 10, 25, 2015, 11, 8));
    BOOST_TEST_REQUIRE(fall.size() == 3u);
    BOOST_TEST((fall[0].start.get_sys_time() == utc(2015, 10, 26, 0)));
    BOOST_TEST((fall[1].start.get_sys_time() == utc(2015, 11, 2, 1)));  // Nov 1: back to CST
    BOOST_TEST((fall[2].start.get_sys_time() == utc(2015, 11, 9, 1)));
    for (const auto& m : fall) BOOST_TEST(date::format("%H:%M", m.start.get_local_time()) == "19:00");
}

BOOST_AUTO_TEST_CASE(a_whole_year_in_chicago_is_right_every_week) {
    const auto s = schedule::parse("every Wednesday at 7pm", chicago);
    const auto all = s.occurrences(year_2015());
    BOOST_TEST_REQUIRE(all.size() == 52u);
    for (const auto& m : all) {
        const date::sys_days d{std::chrono::floor<date::days>(m.start.get_local_time()).time_since_epoch()};
        const bool summer = d > day(2015, 3, 8) && d < day(2015, 11, 1);
        BOOST_TEST((m.start.get_sys_time() == date::sys_seconds{d} + hours{summer ? 24 : 25}));
    }
}

BOOST_AUTO_TEST_CASE(a_start_in_the_spring_gap_moves_forward_by_the_gap) {
    // 2:30 am on Mar 8, 2015 does not exist in Chicago: the meeting starts at 3:30 CDT (08:30 UTC).
    const auto s = schedule::parse("every Sunday at 2:30 am", chicago);
    const auto got = s.occurrences(days(2015, 3, 1, 2015, 3, 15));
    BOOST_TEST_REQUIRE(got.size() == 3u);
    BOOST_TEST((got[0].start.get_sys_time() == utc(2015, 3, 1, 8, 30)));
    BOOST_TEST((got[1].start.get_sys_time() == utc(2015, 3, 8, 8, 30)));
    BOOST_TEST(date::format("%H:%M", got[1].start.get_local_time()) == "03:30");
    BOOST_TEST((got[2].start.get_sys_time() == utc(2015, 3, 15, 7, 30)));
}

BOOST_AUTO_TEST_CASE(a_start_in_the_repeated_hour_takes_the_earlier_instant) {
    // 1:30 am happens twice on Nov 1, 2015: first in CDT (06:30 UTC), then in CST (07:30 UTC).
    const auto s = schedule::parse("every Sunday at 1:30 am", chicago);
    const auto got = s.occurrences(days(2015, 10, 25, 2015, 11, 8));
    BOOST_TEST_REQUIRE(got.size() == 3u);
    BOOST_TEST((got[0].start.get_sys_time() == utc(2015, 10, 25, 6, 30)));
    BOOST_TEST((got[1].start.get_sys_time() == utc(2015, 11, 1, 6, 30)));
    BOOST_TEST((got[2].start.get_sys_time() == utc(2015, 11, 8, 7, 30)));
}

BOOST_AUTO_TEST_CASE(fifth_weekday_skips_months_without_one) {
    const auto s = schedule::parse("fifth Friday at 8pm", chicago);
    const std::vector<date::sys_days> want{day(2015, 1, 30), day(2015, 5, 29), day(2015, 7, 31), day(2015, 10, 30)};
    BOOST_TEST(local_days(s.occurrences(year_2015())) == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(last_weekday_of_each_month) {
    const auto s = schedule::parse("last Thursday, 6:30 pm - 8 pm", chicago);
    const std::vector<date::sys_days> want{day(2015, 1, 29), day(2015, 2, 26), day(2015, 3, 26), day(2015, 4, 30),
                                           day(2015, 5, 28), day(2015, 6, 25), day(2015, 7, 30), day(2015, 8, 27),
                                           day(2015, 9, 24), day(2015, 10, 29), day(2015, 11, 26), day(2015, 12, 31)};
    const auto got = s.occurrences(year_2015());
    BOOST_TEST(local_days(got) == want, boost::test_tools::per_element());
    BOOST_TEST((got.back().end.get_sys_time() - got.back().start.get_sys_time() == minutes{90}));
}

BOOST_AUTO_TEST_CASE(second_tuesday_of_each_month) {
    const auto s = schedule::parse("second Tuesday of each month at 7pm", chicago);
    const auto got = s.occurrences(days(2015, 8, 1, 2015, 11, 30));
    const std::vector<date::sys_days> want{day(2015, 8, 11), day(2015, 9, 8), day(2015, 10, 13), day(2015, 11, 10)};
    BOOST_TEST(local_days(got) == want, boost::test_tools::per_element());
    BOOST_TEST((got[0].start.get_sys_time() == utc(2015, 8, 12, 0)));
    BOOST_TEST((got[3].start.get_sys_time() == utc(2015, 11, 11, 1)));
}

BOOST_AUTO_TEST_CASE(day_31_skips_short_months) {
    const auto s = schedule::parse("the 31st of each month at 7pm", chicago);
    const std::vector<date::sys_days> want{day(2015, 1, 31), day(2015, 3, 31), day(2015, 5, 31),
                                           day(2015, 7, 31), day(2015, 8, 31), day(2015, 10, 31), day(2015, 12, 31)};
    BOOST_TEST(local_days(s.occurrences(year_2015())) == want, boost::test_tools::per_element());
    // Feb 29 exists in 2016 only.
    const auto leap = schedule::parse("the 29th at 7pm", chicago);
    BOOST_TEST(leap.occurrences(days(2015, 2, 1, 2015, 2, 28)).empty());
    BOOST_TEST(leap.occurrences(days(2016, 2, 1, 2016, 2, 29)).size() == 1u);
}

BOOST_AUTO_TEST_CASE(every_other_week_counts_monday_weeks_from_the_anchor) {
    const auto s = schedule::parse("every other Wednesday at 7pm", chicago);
    // Open-ended: weeks counted from Monday 1970-01-05, so Wednesday 1970-01-07 meets and
    // 2015-01-07 (2348 weeks later, an even number) does too.
    auto open = local_days(s.occurrences(days(2015, 1, 1, 2015, 1, 31)));
    BOOST_TEST(open == (std::vector<date::sys_days>{day(2015, 1, 7), day(2015, 1, 21)}), boost::test_tools::per_element());
    BOOST_TEST(local_days(s.occurrences(days(1970, 1, 1, 1970, 1, 31))) ==
                   (std::vector<date::sys_days>{day(1970, 1, 7), day(1970, 1, 21)}),
               boost::test_tools::per_element());
    // With an effective start on Monday Jan 12, the week of Jan 12 meets.
    auto from_12 = local_days(s.with_effective(days(2015, 1, 12, 2015, 12, 31)).occurrences(days(2015, 1, 1, 2015, 1, 31)));
    BOOST_TEST(from_12 == (std::vector<date::sys_days>{day(2015, 1, 14), day(2015, 1, 28)}), boost::test_tools::per_element());
    // An effective start on Thursday Jan 15: its week's Wednesday (14th) is before it, so the
    // first meeting is two weeks on, Jan 28 (as RFC 5545 with WKST=MO and DTSTART Jan 15).
    auto from_15 = local_days(s.with_effective(days(2015, 1, 15, 2015, 12, 31)).occurrences(days(2015, 1, 1, 2015, 2, 28)));
    BOOST_TEST(from_15 == (std::vector<date::sys_days>{day(2015, 1, 28), day(2015, 2, 11), day(2015, 2, 25)}),
               boost::test_tools::per_element());
    // Every 3 weeks from Monday Jan 5, 2015, in effect from then.
    const auto tri = schedule::parse("every 3 weeks on Monday at noon", chicago).with_effective(days(2015, 1, 5, 2015, 3, 31));
    BOOST_TEST(local_days(tri.occurrences(year_2015())) ==
                   (std::vector<date::sys_days>{day(2015, 1, 5), day(2015, 1, 26), day(2015, 2, 16), day(2015, 3, 9),
                                                day(2015, 3, 30)}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(skipped_days_and_effective_windows) {
    const auto s = schedule::parse("every Wednesday at 7pm", chicago)
                       .with_skipped({day(2015, 11, 25), day(2015, 12, 23), day(2015, 12, 30)})
                       .with_effective(days(2015, 11, 4, 2015, 12, 31));
    const std::vector<date::sys_days> want{day(2015, 11, 4), day(2015, 11, 11), day(2015, 11, 18), day(2015, 12, 2),
                                           day(2015, 12, 9), day(2015, 12, 16)};
    BOOST_TEST(local_days(s.occurrences(year_2015())) == want, boost::test_tools::per_element());
    BOOST_TEST(s.occurrences(days(2016, 1, 1, 2016, 12, 31)).empty());
    BOOST_TEST(s.occurrences(days(2015, 1, 1, 2015, 11, 3)).empty());
    // Skipped days are kept sorted and unique, so the order of adding them does not matter.
    const auto a = schedule::parse("every Wednesday at 7pm", chicago).with_skipped({day(2015, 12, 30), day(2015, 11, 25)});
    const auto b = schedule::parse("every Wednesday at 7pm", chicago)
                       .with_skipped({day(2015, 11, 25)})
                       .with_skipped({day(2015, 12, 30), day(2015, 11, 25)});
    BOOST_TEST((a == b));
    BOOST_TEST(a.skipped().size() == 2u);
    BOOST_TEST((a != schedule::parse("every Wednesday at 7pm", chicago)));
    BOOST_TEST((s.with_effective(std::nullopt).effective() == std::nullopt));
}

BOOST_AUTO_TEST_CASE(occurrences_are_in_time_order_and_in_range) {
    const auto s = schedule::parse("the 1st of each month at 12:15 am", "America/Los_Angeles");
    const auto got = s.occurrences(days(2015, 1, 1, 2016, 12, 31));
    BOOST_TEST(got.size() == 24u);
    for (std::size_t i = 1; i < got.size(); ++i) BOOST_TEST((got[i - 1].start.get_sys_time() < got[i].start.get_sys_time()));
    // The local start day decides membership: 00:15 on Jan 1 local is still Jan 1.
    BOOST_TEST(s.occurrences(days(2015, 1, 1, 2015, 1, 1)).size() == 1u);
    BOOST_TEST(s.occurrences(days(2015, 1, 2, 2015, 1, 31)).empty());
}

// ---- next_after ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(next_after_is_strictly_after) {
    const auto s = schedule::parse("second Tuesday of each month at 7pm", chicago);
    // 2015-08-11 19:00 CDT = 2015-08-12 00:00 UTC.
    auto n = s.next_after(utc(2015, 8, 11, 12));
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST((n->start.get_sys_time() == utc(2015, 8, 12, 0)));
    n = s.next_after(utc(2015, 8, 12, 0));  // exactly at a start: the next one
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST((n->start.get_sys_time() == utc(2015, 9, 9, 0)));
    n = s.next_after(utc(2015, 8, 11, 23, 59));
    BOOST_TEST((n->start.get_sys_time() == utc(2015, 8, 12, 0)));
}

BOOST_AUTO_TEST_CASE(next_after_searches_far_enough) {
    // Fifth Friday: from Nov 2015 the next is Jan 29, 2016.
    const auto fifth = schedule::parse("fifth Friday at 8pm", chicago);
    auto n = fifth.next_after(utc(2015, 11, 1, 0));
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST((n->start.get_sys_time() == utc(2016, 1, 30, 2)));
    // Every 52 weeks.
    const auto yearly = schedule::weekly(date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, chicago, 52);
    const auto first = yearly.occurrences(days(2015, 1, 1, 2015, 12, 31));
    BOOST_TEST_REQUIRE(first.size() == 1u);
    n = yearly.next_after(first[0].start.get_sys_time());
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST((n->start.get_sys_time() == first[0].start.get_sys_time() + date::days{364}));
    // Many skipped days in a row push the next meeting a long way.
    std::vector<date::sys_days> skip;
    for (auto d = day(2015, 1, 1); d < day(2017, 1, 1); d += date::days{1}) skip.push_back(d);
    const auto skipping = schedule::parse("every Monday at 7pm", chicago).with_skipped(skip);
    n = skipping.next_after(utc(2015, 1, 1, 0));
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST((n->start.get_sys_time() == utc(2017, 1, 3, 1)));  // Monday Jan 2, 2017, 7 pm CST
}

BOOST_AUTO_TEST_CASE(next_after_respects_the_effective_window) {
    const auto s = schedule::parse("every Wednesday at 7pm", chicago).with_effective(days(2015, 9, 1, 2015, 9, 30));
    auto n = s.next_after(utc(2015, 1, 1, 0));
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST((n->start.get_sys_time() == utc(2015, 9, 3, 0)));  // Wed Sep 2, 7 pm CDT
    n = s.next_after(utc(2015, 9, 30, 0));
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST((n->start.get_sys_time() == utc(2015, 10, 1, 0)));  // Wed Sep 30
    BOOST_TEST(!s.next_after(utc(2015, 10, 1, 0)).has_value());
}

// ---- value semantics ----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(regular_value) {
    const auto a = schedule::parse("every other Wednesday at 18:30", chicago);
    auto b = a;
    BOOST_TEST((a == b));
    b = b.with_effective(year_2015());
    BOOST_TEST((a != b));
    std::unordered_set<schedule> set{a, b, schedule::parse("every other Wednesday, 6:30 pm - 8:30 pm", chicago)};
    BOOST_TEST(set.size() == 2u);
    BOOST_TEST(advocacy::to_string(recurrence::monthly_by_weekday) == "monthly_by_weekday");
}

// ---- the edges of time and refused values ---------------------------------------------------

BOOST_AUTO_TEST_CASE(monthly_occurrences_end_in_the_last_representable_year) {
    const auto monthly = schedule::monthly_on_day(15, advocacy::time_of_day{hours{19}}, hours{2}, "UTC");
    const auto found = monthly.occurrences(advocacy::date_range(day(32767, 11, 1), day(32767, 12, 31)));
    BOOST_TEST(local_days(found) == (std::vector{day(32767, 11, 15), day(32767, 12, 15)}), boost::test_tools::per_element());
    const auto second = schedule::monthly_on_weekday(2, date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, "UTC");
    BOOST_TEST(second.occurrences(advocacy::date_range(day(32767, 12, 1), day(32767, 12, 31))).size() == 1u);
}

BOOST_AUTO_TEST_CASE(occurrences_stop_at_the_end_of_any_range) {
    const date::sys_days largest{date::days{std::numeric_limits<int>::max()}};
    const date::sys_days smallest{date::days{std::numeric_limits<int>::min()}};
    const auto weekly = schedule::weekly(date::Friday, advocacy::time_of_day{hours{19}}, hours{2}, "UTC", 52);
    const auto monthly = schedule::monthly_on_day(31, advocacy::time_of_day{hours{19}}, hours{2}, "UTC");
    for (const auto& s : {weekly, monthly}) {
        BOOST_TEST(s.occurrences(advocacy::date_range(largest - date::days{400}, largest)).empty());
        BOOST_TEST(s.occurrences(advocacy::date_range(smallest, smallest + date::days{400})).empty());
        BOOST_TEST(!s.occurrences(advocacy::date_range(day(32767, 1, 1), largest)).empty());
        BOOST_TEST(!s.next_after(date::sys_seconds{date::sys_days{largest}}).has_value());
        BOOST_TEST(s.next_after(date::sys_seconds{smallest}).has_value());
    }
}

BOOST_AUTO_TEST_CASE(the_machine_zone_localtime_is_refused) {
    for (const std::string zone : {"localtime", "posixrules", "posix/localtime"}) {
        try {
            (void)schedule::weekly(date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, zone);
            BOOST_FAIL("no error for " + zone);
        } catch (const advocacy::validation_error& e) {
            BOOST_TEST(e.field() == "time_zone");
            BOOST_TEST(e.reason().find("depends on the machine") != std::string::npos);
        }
    }
    BOOST_CHECK_THROW(schedule::parse("every Monday at 7pm", "localtime"), advocacy::validation_error);
}

BOOST_AUTO_TEST_CASE(a_meeting_is_written_one_way_in_its_own_zone) {
    const auto* zone = date::locate_zone(chicago);
    // 2015-09-09 00:00 UTC is Tue Sep 8, 7 pm in Chicago (CDT); 2015-11-11 01:30 UTC is 7:30 pm CST.
    const advocacy::meeting_time summer{date::zoned_seconds{zone, utc(2015, 9, 9, 0)}, date::zoned_seconds{zone, utc(2015, 9, 9, 2)}};
    BOOST_TEST(advocacy::to_string(summer) == "Tue Sep 8, 2015 7:00 pm CDT");
    const date::sys_seconds later = utc(2015, 11, 11, 1) + std::chrono::minutes{30};
    const advocacy::meeting_time winter{date::zoned_seconds{zone, later}, date::zoned_seconds{zone, later}};
    BOOST_TEST(advocacy::to_string(winter) == "Tue Nov 10, 2015 7:30 pm CST");
}

BOOST_AUTO_TEST_CASE(a_meeting_time_cannot_end_before_it_starts) {
    const auto* zone = date::locate_zone(chicago);
    const date::zoned_seconds start{zone, utc(2015, 11, 10, 1)};
    const date::zoned_seconds end{zone, utc(2015, 11, 10, 3)};
    const advocacy::meeting_time fine{start, end};
    BOOST_TEST((fine.end.get_sys_time() == end.get_sys_time()));
    BOOST_CHECK_NO_THROW((advocacy::meeting_time{start, start}));
    try {
        (void)advocacy::meeting_time{end, start};
        BOOST_FAIL("no error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "end");
        BOOST_TEST(e.reason() == "2015-11-09 19:00:00 CST comes before the start 2015-11-09 21:00:00 CST");
    }
}

BOOST_AUTO_TEST_CASE(kept_days_lie_in_the_years_1000_to_9999) {
    const auto s = schedule::weekly(date::Monday, advocacy::time_of_day{hours{19}}, hours{2}, chicago);
    BOOST_TEST(field_of([&] { return s.with_effective(days(999, 12, 1, 2015, 1, 1)); }) == "effective.first");
    BOOST_TEST(field_of([&] { return s.with_effective(days(2015, 12, 1, 10000, 1, 1)); }) == "effective.last");
    BOOST_TEST(field_of([&] { return s.with_skipped({day(2015, 1, 5), day(10000, 1, 3)}); }) == "skipped[1]");
    BOOST_TEST(field_of([&] { return s.with_effective(days(1000, 1, 1, 9999, 12, 31)); }) == "(no error)");
}

BOOST_AUTO_TEST_CASE(parse_skips_a_leading_byte_order_mark) {
    BOOST_TEST((schedule::parse("\xEF\xBB\xBF" "every Monday at 7pm", chicago) == schedule::parse("every Monday at 7pm", chicago)));
}

// ---- general rules ------------------------------------------------------------------------

namespace {

auto rule(std::string_view rrule, date::sys_days first, minutes start = hours{19}) -> schedule {
    return schedule::from_rrule(rrule, first, advocacy::time_of_day{start}, hours{2}, chicago);
}

// The rule without its effective dates, as parse() gives it.
auto phrase_of(const schedule& s) -> schedule { return schedule::parse(s.describe(), s.time_zone()); }

}  // namespace

BOOST_AUTO_TEST_CASE(weekly_on_several_days) {
    const auto s = schedule::parse("every Tuesday and Thursday at 7pm", chicago);
    BOOST_TEST((s.kind() == recurrence::weekly));
    BOOST_TEST(s.weekdays().size() == 2u);
    BOOST_TEST(s.rrule() == "FREQ=WEEKLY;BYDAY=TU,TH");
    BOOST_TEST(s.describe() == "every Tuesday and Thursday, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST((phrase_of(s) == s));
    BOOST_TEST((local_days(s.occurrences(days(2015, 11, 1, 2015, 11, 10))) ==
                std::vector<date::sys_days>{day(2015, 11, 3), day(2015, 11, 5), day(2015, 11, 10)}));
    const auto three = schedule::parse("every other Monday, Wednesday and Friday at 18:00", chicago);
    BOOST_TEST(three.describe() == "every other Monday, Wednesday and Friday, 6:00 pm \xE2\x80\x93 8:00 pm");
    BOOST_TEST((phrase_of(three) == three));
    // Every weekday, as Outlook writes it, is the weekly rule on those days.
    const auto weekdays = rule("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", day(2015, 11, 2));
    BOOST_TEST(weekdays.rrule() == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
}

BOOST_AUTO_TEST_CASE(monthly_on_several_weekdays_and_the_last) {
    const auto s = rule("FREQ=MONTHLY;BYDAY=1TU,3TU", day(2015, 1, 6));
    BOOST_TEST((s.kind() == recurrence::monthly_by_weekday));
    BOOST_TEST(!s.plain());
    BOOST_TEST(s.describe() == "first Tuesday and third Tuesday of each month, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST((phrase_of(s) == s.with_effective(std::nullopt)));
    BOOST_TEST((schedule::parse("first and third Tuesday of each month at 7pm", chicago) == phrase_of(s)));
    BOOST_TEST((local_days(s.occurrences(days(2015, 1, 1, 2015, 2, 28))) ==
                std::vector<date::sys_days>{day(2015, 1, 6), day(2015, 1, 20), day(2015, 2, 3), day(2015, 2, 17)}));
    // BYSETPOS=-1 with one weekday is the last such weekday.
    const auto last = rule("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1", day(2015, 1, 29));
    BOOST_TEST((last == schedule::monthly_on_weekday(-1, date::Thursday, advocacy::time_of_day{hours{19}}, hours{2}, chicago)
                            .with_first_day(last.first_day())));
    BOOST_TEST(last.plain());
    const auto second_last = rule("FREQ=MONTHLY;BYDAY=-2FR", day(2015, 1, 23));
    BOOST_TEST(second_last.describe() == "second to last Friday of each month, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST((phrase_of(second_last) == second_last.with_effective(std::nullopt)));
    BOOST_TEST((local_days(second_last.occurrences(days(2015, 1, 1, 2015, 1, 31))) == std::vector<date::sys_days>{day(2015, 1, 23)}));
    const auto quarterly = rule("FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE", day(2015, 1, 14));
    BOOST_TEST(quarterly.describe() == "second Wednesday of every 3 months, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST((local_days(quarterly.occurrences(days(2015, 1, 1, 2015, 7, 31))) ==
                std::vector<date::sys_days>{day(2015, 1, 14), day(2015, 4, 8), day(2015, 7, 8)}));
}

BOOST_AUTO_TEST_CASE(monthly_on_several_and_negative_days) {
    const auto s = rule("FREQ=MONTHLY;BYMONTHDAY=1,-1", day(2016, 1, 1));
    BOOST_TEST(s.describe() == "the 1st and last day of each month, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST(s.rrule() == "FREQ=MONTHLY;BYMONTHDAY=1,-1");
    BOOST_TEST((phrase_of(s) == s.with_effective(std::nullopt)));
    BOOST_TEST((local_days(s.occurrences(days(2016, 2, 1, 2016, 3, 31))) ==
                std::vector<date::sys_days>{day(2016, 2, 1), day(2016, 2, 29), day(2016, 3, 1), day(2016, 3, 31)}));
    const auto third_last = rule("FREQ=MONTHLY;BYMONTHDAY=-3", day(2016, 1, 29));
    BOOST_TEST(third_last.describe() == "the 3rd to last day of each month, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST((phrase_of(third_last) == third_last.with_effective(std::nullopt)));
}

BOOST_AUTO_TEST_CASE(yearly_on_a_date_and_on_a_weekday) {
    const auto date_rule = rule("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15", day(2015, 3, 15));
    BOOST_TEST((date_rule.kind() == recurrence::yearly));
    BOOST_TEST(date_rule.describe() == "the 15th of March each year, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST((phrase_of(date_rule) == date_rule.with_effective(std::nullopt)));
    // The parts left out come from the first day.
    BOOST_TEST((rule("FREQ=YEARLY", day(2015, 3, 15)) == date_rule));
    const auto thanksgiving = rule("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", day(2015, 11, 26), hours{12});
    BOOST_TEST(thanksgiving.describe() == "fourth Thursday of November each year, 12:00 pm \xE2\x80\x93 2:00 pm");
    BOOST_TEST((phrase_of(thanksgiving) == thanksgiving.with_effective(std::nullopt)));
    BOOST_TEST((local_days(thanksgiving.occurrences(days(2015, 1, 1, 2017, 12, 31))) ==
                std::vector<date::sys_days>{day(2015, 11, 26), day(2016, 11, 24), day(2017, 11, 23)}));
    // February 29 waits for leap years, however far.
    const auto leap = rule("FREQ=YEARLY", day(2096, 2, 29));
    const auto next = leap.next_after(utc(2096, 3, 2, 0));
    BOOST_REQUIRE(next.has_value());
    BOOST_TEST((date::floor<date::days>(next->start.get_local_time()).time_since_epoch() == day(2104, 2, 29).time_since_epoch()));
    const auto every_other = schedule::parse("the 1st and 15th of March and September every other year, 10am", chicago);
    BOOST_TEST(every_other.rrule() == "FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYMONTHDAY=1,15");
}

BOOST_AUTO_TEST_CASE(daily_counts_and_crosses_dst) {
    const auto s = rule("FREQ=DAILY;INTERVAL=3;COUNT=4", day(2015, 10, 29));
    BOOST_TEST((s.kind() == recurrence::daily));
    BOOST_TEST((s.count() == std::optional<unsigned>{4}));
    BOOST_TEST(s.rrule() == "FREQ=DAILY;INTERVAL=3;COUNT=4");
    BOOST_TEST(s.describe() == "every 3 days, 7:00 pm \xE2\x80\x93 9:00 pm");
    BOOST_TEST((s.effective() == days(2015, 10, 29, 2015, 11, 7)));
    const auto meetings = s.occurrences(days(2015, 1, 1, 2015, 12, 31));
    BOOST_REQUIRE(meetings.size() == 4u);
    // 7 pm CDT before the change on November 1, 7 pm CST after.
    BOOST_TEST((meetings[0].start.get_sys_time() == utc(2015, 10, 30, 0)));
    BOOST_TEST((meetings[1].start.get_sys_time() == utc(2015, 11, 2, 1)));
    BOOST_TEST((meetings[3].start.get_sys_time() == utc(2015, 11, 8, 1)));
    // Skipped days do not lower the count (RFC 5545 counts before EXDATE).
    BOOST_TEST(s.with_skipped({day(2015, 11, 1)}).occurrences(days(2015, 1, 1, 2015, 12, 31)).size() == 3u);
    BOOST_TEST((phrase_of(s) == schedule::daily(advocacy::time_of_day{hours{19}}, hours{2}, chicago, 3)));
    BOOST_TEST((schedule::parse("every day at 7pm", chicago) == schedule::daily(advocacy::time_of_day{hours{19}}, hours{2}, chicago)));
}

// An UNTIL at 23:59:59 UTC on a Tuesday is 5:59 pm in Chicago, before that day's 7 pm meeting:
// the meeting is not held (cut to a day, it was).
BOOST_AUTO_TEST_CASE(until_is_honoured_to_the_second) {
    const auto s = rule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20151110T235959Z", day(2015, 11, 3));
    BOOST_TEST((local_days(s.occurrences(days(2015, 11, 1, 2015, 12, 31))) == std::vector<date::sys_days>{day(2015, 11, 3)}));
    BOOST_TEST((s.effective() == days(2015, 11, 3, 2015, 11, 9)));
    const auto held = rule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20151111T010000Z", day(2015, 11, 3));
    BOOST_TEST(local_days(held.occurrences(days(2015, 11, 1, 2015, 12, 31))).size() == 2u);
    BOOST_TEST(held.rrule() == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20151111T010000Z");
    BOOST_TEST(!s.next_after(utc(2015, 11, 5, 0)).has_value());
}

BOOST_AUTO_TEST_CASE(all_day_meetings_span_the_local_day) {
    const auto s = schedule::parse("every Sunday, all day", chicago);
    BOOST_TEST(s.all_day());
    BOOST_TEST(s.describe() == "every Sunday, all day");
    BOOST_TEST((phrase_of(s) == s));
    BOOST_TEST((s != schedule::weekly(date::Sunday, advocacy::time_of_day{minutes{0}}, hours{24}, chicago)));
    const auto meetings = s.occurrences(days(2015, 11, 1, 2015, 11, 8));
    BOOST_REQUIRE(meetings.size() == 2u);
    // November 1, 2015 has 25 hours in Chicago.
    BOOST_TEST((meetings[0].start.get_sys_time() == utc(2015, 11, 1, 5)));
    BOOST_TEST((meetings[0].end.get_sys_time() == utc(2015, 11, 2, 6)));
    BOOST_TEST((meetings[1].end.get_sys_time() - meetings[1].start.get_sys_time() == hours{24}));
    const auto until = schedule::from_rrule("FREQ=WEEKLY;UNTIL=20151108", day(2015, 11, 1), advocacy::time_of_day{minutes{0}}, hours{24}, chicago).as_all_day();
    BOOST_TEST(until.rrule() == "FREQ=WEEKLY;BYDAY=SU;UNTIL=20151108");
    BOOST_TEST(until.occurrences(days(2015, 1, 1, 2016, 1, 1)).size() == 2u);
}

BOOST_AUTO_TEST_CASE(rules_the_model_cannot_hold_are_refused) {
    for (std::string_view text : {"FREQ=HOURLY", "FREQ=WEEKLY;BYHOUR=9", "FREQ=YEARLY;BYWEEKNO=20", "FREQ=YEARLY;BYYEARDAY=100",
                                  "BYDAY=TU", "FREQ=WEEKLY;COUNT=2;UNTIL=20160101", "FREQ=WEEKLY;INTERVAL=+2",
                                  "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1", "FREQ=WEEKLY;BYDAY=XX"}) {
        BOOST_CHECK_THROW((void)rule(text, day(2015, 11, 3)), advocacy::parse_error);
    }
    BOOST_TEST(field_of([] { return rule("FREQ=MONTHLY;BYDAY=6TU", day(2015, 11, 3)); }) == "weekdays");
    BOOST_TEST(field_of([] { return rule("FREQ=MONTHLY;BYDAY=2TU;BYMONTHDAY=3", day(2015, 11, 3)); }) == "weekdays");
    BOOST_TEST(field_of([] { return rule("FREQ=WEEKLY;INTERVAL=53", day(2015, 11, 3)); }) == "interval");
    BOOST_TEST(field_of([] { return rule("FREQ=WEEKLY;BYDAY=TU;COUNT=10000", day(9900, 1, 5)); }) == "count");
    BOOST_TEST(field_of([] { return rule("FREQ=WEEKLY;BYDAY=TU;COUNT=2", day(2015, 11, 3)).with_effective(std::nullopt); }) ==
               "count");
}

BOOST_AUTO_TEST_CASE(general_rules_are_regular_values) {
    const auto a = rule("FREQ=WEEKLY;BYDAY=TH,TU", day(2015, 11, 3));
    const auto b = rule("FREQ=WEEKLY;BYDAY=TU,TH", day(2015, 11, 3));
    BOOST_TEST((a == b));  // the days are a set
    BOOST_TEST(std::hash<schedule>{}(a) == std::hash<schedule>{}(b));
    const auto c = rule("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=3", day(2015, 11, 3));
    BOOST_TEST((a != c));
    const schedule copy = c;
    BOOST_TEST((copy == c));
    BOOST_TEST((local_days(c.occurrences(days(2015, 11, 1, 2015, 12, 31))) ==
                std::vector<date::sys_days>{day(2015, 11, 3), day(2015, 11, 5), day(2015, 11, 10)}));
}

// ---- a first day with no end ----------------------------------------------------------------

// An RRULE without UNTIL or COUNT is in effect from its first meeting's day on, with no end: no
// last day stands in for "never".
BOOST_AUTO_TEST_CASE(a_rule_without_until_or_count_has_a_first_day_and_no_end) {
    const auto s = rule("FREQ=WEEKLY;BYDAY=TU", day(2015, 9, 8));
    BOOST_TEST(!s.effective().has_value());
    BOOST_TEST((s.first_day() == day(2015, 9, 8)));
    BOOST_TEST(s.rrule() == "FREQ=WEEKLY;BYDAY=TU");
    BOOST_TEST((local_days(s.occurrences(days(2015, 9, 1, 2015, 9, 20))) ==
                std::vector<date::sys_days>{day(2015, 9, 8), day(2015, 9, 15)}));
    BOOST_TEST((local_days(s.occurrences(days(9999, 12, 20, 9999, 12, 31))) ==
                std::vector<date::sys_days>{day(9999, 12, 21), day(9999, 12, 28)}));
    BOOST_TEST((s.next_after(utc(2000, 1, 1, 0))->start.get_sys_time() == utc(2015, 9, 9, 0)));
    BOOST_TEST((s == schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, chicago).with_first_day(day(2015, 9, 8))));
    // Not the same value as a schedule open both ways, nor as one that ends on the model's last day.
    BOOST_TEST((s != s.with_first_day(std::nullopt)));
    BOOST_TEST((s != s.with_effective(days(2015, 9, 8, 9999, 12, 31))));
    BOOST_TEST((s.with_first_day(std::nullopt).first_day() == std::nullopt));
    BOOST_TEST((s.with_effective(days(2015, 9, 8, 2015, 12, 31)).first_day() == day(2015, 9, 8)));
    BOOST_TEST((s.with_effective(std::nullopt).first_day() == std::nullopt));
}

BOOST_AUTO_TEST_CASE(an_open_ended_interval_keeps_its_phase_from_the_first_day) {
    // Every other week from Tuesday 2015-09-08; open both ways the phase would count from the
    // week of 1970-01-05, which meets on 2015-09-01 and 2015-09-15 instead.
    const auto s = rule("FREQ=WEEKLY;INTERVAL=2", day(2015, 9, 8));
    BOOST_TEST(!s.effective().has_value());
    BOOST_TEST((local_days(s.occurrences(days(2015, 9, 1, 2015, 10, 10))) ==
                std::vector<date::sys_days>{day(2015, 9, 8), day(2015, 9, 22), day(2015, 10, 6)}));
    BOOST_TEST((local_days(s.with_first_day(std::nullopt).occurrences(days(2015, 9, 1, 2015, 9, 20))) ==
                std::vector<date::sys_days>{day(2015, 9, 1), day(2015, 9, 15)}));
    BOOST_TEST((s.next_after(utc(2015, 9, 10, 0))->start.get_sys_time() == utc(2015, 9, 23, 0)));
    // Open both ways, every third day counts from 1970-01-01 and meets on 2015-09-08 and 11.
    const auto daily = rule("FREQ=DAILY;INTERVAL=3", day(2015, 9, 9));
    BOOST_TEST((local_days(daily.occurrences(days(2015, 9, 1, 2015, 9, 14))) ==
                std::vector<date::sys_days>{day(2015, 9, 9), day(2015, 9, 12)}));
}

BOOST_AUTO_TEST_CASE(a_first_day_is_part_of_the_value_and_checked) {
    const auto a = schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, chicago).with_first_day(day(2015, 9, 8));
    const auto b = schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, chicago).with_first_day(day(2015, 9, 8));
    const schedule copy = a;
    BOOST_TEST((copy == a));
    BOOST_TEST((a == b));
    BOOST_TEST(std::hash<schedule>{}(a) == std::hash<schedule>{}(b));
    BOOST_TEST((a != a.with_first_day(day(2015, 9, 1))));
    BOOST_TEST(field_of([&] { return a.with_first_day(day(999, 12, 31)); }) == "effective.first");
    BOOST_TEST(field_of([&] { return a.with_first_day(day(10000, 1, 1)); }) == "effective.first");
    BOOST_TEST(field_of([&] { return a.with_first_day(day(1000, 1, 1)); }) == "(no error)");
    // With an end again, it is bounded.
    BOOST_TEST((a.with_effective(days(2015, 9, 8, 2015, 12, 31)).effective() == days(2015, 9, 8, 2015, 12, 31)));
}

BOOST_AUTO_TEST_CASE(count_needs_a_first_day_not_an_end) {
    const auto open = schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, chicago).with_first_day(day(2015, 9, 8));
    const auto counted = open.with_count(3);
    BOOST_TEST(counted.rrule() == "FREQ=WEEKLY;BYDAY=TU;COUNT=3");
    BOOST_TEST((counted.effective() == days(2015, 9, 8, 2015, 9, 22)));
    BOOST_TEST((counted == rule("FREQ=WEEKLY;BYDAY=TU;COUNT=3", day(2015, 9, 8))));
    // A later first day moves the COUNTth meeting with it.
    BOOST_TEST((counted.with_first_day(day(2015, 10, 1)).effective() == days(2015, 10, 1, 2015, 10, 20)));
    BOOST_TEST(field_of([&] { return counted.with_first_day(std::nullopt); }) == "count");
    // Its last day is the COUNTth meeting's, not an end of its own: a larger count reaches past
    // it, and no count leaves the rule open-ended from its first day.
    BOOST_TEST((counted.with_count(5).effective() == days(2015, 9, 8, 2015, 10, 6)));
    BOOST_TEST((counted.with_count(5) == open.with_count(5)));
    BOOST_TEST((counted.with_count(std::nullopt) == open));
    BOOST_TEST(!counted.with_count(std::nullopt).effective().has_value());
    // An end given to an uncounted rule bounds the count.
    const auto bounded = open.with_effective(days(2015, 9, 8, 2015, 9, 30));
    BOOST_TEST(field_of([&] { return bounded.with_count(5); }) == "count");
}

// The months, the count and the exceptions are held out of line and shared by copies: a change
// to a copy leaves the original as it was, and two schedules made apart compare by content.
BOOST_AUTO_TEST_CASE(rare_parts_are_part_of_the_value) {
    const auto counted = rule("FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15;COUNT=3", day(2015, 3, 15));
    const auto copy = counted;
    const auto recounted = copy.with_count(std::nullopt).with_first_day(day(2015, 3, 15)).with_count(5);
    const auto skipping = copy.with_skipped({day(2015, 9, 15)});
    BOOST_TEST((counted.count() == std::optional<unsigned>(3)));
    BOOST_TEST((counted.effective() == days(2015, 3, 15, 2016, 3, 15)));
    BOOST_TEST((recounted.count() == std::optional<unsigned>(5)));
    BOOST_TEST((recounted.effective() == days(2015, 3, 15, 2017, 3, 15)));
    BOOST_TEST((skipping.months() == std::vector<unsigned>{3, 9}));
    BOOST_TEST((skipping.count() == std::optional<unsigned>(3)));
    BOOST_TEST(counted.skipped().empty());
    BOOST_TEST((counted == rule("FREQ=YEARLY;BYMONTHDAY=15;BYMONTH=9,3;COUNT=3", day(2015, 3, 15))));
    BOOST_TEST((counted != recounted));
    BOOST_TEST((counted.with_count(3) == counted));
    BOOST_TEST(!counted.with_count(std::nullopt).count().has_value());
    BOOST_TEST((skipping.with_skipped({}) == skipping));
}

BOOST_AUTO_TEST_CASE(exceptions_are_checked_against_the_first_day) {
    const auto open = schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, hours{2}, chicago).with_first_day(day(2015, 9, 8));
    const auto local_start = [](int y, unsigned m, unsigned d) {
        return date::local_seconds{day(y, m, d).time_since_epoch()} + hours{19};
    };
    // Before the first day, September 1 is no meeting of the rule: it cannot be overridden...
    BOOST_TEST(field_of([&] { return open.with_overrides({{.original = local_start(2015, 9, 1), .cancelled = true}}); }) ==
               "overrides[0].original");
    // ... but an addition on it is a meeting off the rule.
    BOOST_TEST(field_of([&] { return open.with_added({{local_start(2015, 9, 1), hours{2}}}); }) == "(no error)");
    BOOST_TEST(field_of([&] { return open.with_added({{local_start(2015, 9, 8), hours{2}}}); }) == "added[0].start");
    const auto changed = open.with_overrides({{.original = local_start(2015, 9, 15), .cancelled = true}});
    BOOST_TEST((local_days(changed.occurrences(days(2015, 9, 1, 2015, 9, 30))) ==
                std::vector<date::sys_days>{day(2015, 9, 8), day(2015, 9, 22), day(2015, 9, 29)}));
    // Moving the first day past an override leaves it without its meeting.
    BOOST_TEST(field_of([&] { return changed.with_first_day(day(2015, 9, 16)); }) == "overrides[0].original");
    BOOST_TEST(field_of([&] { return open.with_skipped({day(2015, 9, 15)}); }) == "(no error)");
}

// ---- additions (RDATE) and overrides (RECURRENCE-ID) ----------------------------------------

namespace {

auto local(int y, unsigned m, unsigned d, int h, int mi = 0) -> date::local_seconds {
    return date::local_seconds{day(y, m, d).time_since_epoch()} + hours{h} + minutes{mi};
}

// Every Tuesday 7 pm Chicago for 90 minutes, March 2025 (DST starts Sunday March 9): the 4th
// cancelled, the 11th moved to Thursday the 13th 6 pm for an hour at the library, the 25th held
// at another place at its own time, and a Saturday meeting added on the 8th.
auto march_with_exceptions() -> schedule {
    using advocacy::meeting_override;
    return schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, minutes{90}, chicago)
        .with_added({{local(2025, 3, 8, 10), minutes{120}}})
        .with_overrides({
            {.original = local(2025, 3, 4, 19), .cancelled = true},
            {.original = local(2025, 3, 11, 19), .start = local(2025, 3, 13, 18), .duration = minutes{60}, .place = "Library"},
            {.original = local(2025, 3, 25, 19), .start = local(2025, 3, 25, 19), .duration = minutes{90}, .place = "Town hall"},
        });
}

}  // namespace

BOOST_AUTO_TEST_CASE(exceptions_apply_after_the_rule_across_a_dst_change) {
    const auto s = march_with_exceptions();
    const auto got = s.occurrences(days(2025, 3, 1, 2025, 3, 31));
    const std::vector<date::sys_seconds> starts{utc(2025, 3, 8, 16), utc(2025, 3, 13, 23), utc(2025, 3, 19, 0),
                                                utc(2025, 3, 26, 0)};
    BOOST_TEST_REQUIRE(got.size() == starts.size());
    for (std::size_t i = 0; i < got.size(); ++i) BOOST_TEST(got[i].start.get_sys_time().time_since_epoch().count() == starts[i].time_since_epoch().count());
    BOOST_TEST((got[0].end.get_sys_time() == utc(2025, 3, 8, 18)));
    BOOST_TEST((got[1].end.get_sys_time() == utc(2025, 3, 14, 0)));
    BOOST_TEST(s.override_of(got[1])->place == "Library");
    BOOST_TEST(s.override_of(got[3])->place == "Town hall");
    BOOST_TEST(s.override_of(got[2]) == nullptr);
}

BOOST_AUTO_TEST_CASE(a_moved_meeting_appears_on_the_day_it_moved_to) {
    const auto s = march_with_exceptions();
    BOOST_TEST(s.occurrences(days(2025, 3, 11, 2025, 3, 12)).empty());
    const auto moved = s.occurrences(days(2025, 3, 13, 2025, 3, 13));
    BOOST_TEST_REQUIRE(moved.size() == 1u);
    BOOST_TEST((moved[0].start.get_sys_time() == utc(2025, 3, 13, 23)));
}

BOOST_AUTO_TEST_CASE(next_after_sees_additions_moves_and_cancellations) {
    const auto s = march_with_exceptions();
    BOOST_TEST((s.next_after(utc(2025, 3, 1, 0))->start.get_sys_time() == utc(2025, 3, 8, 16)));
    BOOST_TEST((s.next_after(utc(2025, 3, 8, 16))->start.get_sys_time() == utc(2025, 3, 13, 23)));
    BOOST_TEST((s.next_after(utc(2025, 3, 13, 23))->start.get_sys_time() == utc(2025, 3, 19, 0)));
    BOOST_TEST((s.next_after(utc(2025, 2, 26, 2))->start.get_sys_time() == utc(2025, 3, 8, 16)));
}

BOOST_AUTO_TEST_CASE(additions_count_outside_the_effective_dates) {
    const auto s = schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, minutes{90}, chicago)
                       .with_effective(days(2025, 1, 1, 2025, 1, 31))
                       .with_added({{local(2025, 2, 15, 10), minutes{60}}});
    const auto got = s.occurrences(days(2025, 2, 1, 2025, 2, 28));
    BOOST_TEST_REQUIRE(got.size() == 1u);
    BOOST_TEST((got[0].start.get_sys_time() == utc(2025, 2, 15, 16)));
    BOOST_TEST((s.next_after(utc(2025, 1, 30, 0))->start.get_sys_time() == utc(2025, 2, 15, 16)));
}

BOOST_AUTO_TEST_CASE(an_override_must_change_a_meeting_of_the_rule) {
    const auto base = schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, minutes{90}, chicago);
    try {
        (void)base.with_overrides({{.original = local(2025, 3, 5, 19), .cancelled = true}});
        BOOST_FAIL("expected a validation_error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "overrides[0].original");
        BOOST_TEST(std::string(e.what()).find("2025-03-05 19:00") != std::string::npos);
    }
    BOOST_CHECK_THROW((void)base.with_added({{local(2025, 3, 4, 19), minutes{30}}}), advocacy::validation_error);
    BOOST_CHECK_THROW((void)base.with_added({{local(2025, 3, 5, 19), minutes{0}}}), advocacy::validation_error);
    // 2:30 am on March 9 does not exist in Chicago.
    BOOST_CHECK_THROW((void)base.with_added({{local(2025, 3, 9, 2, 30), minutes{30}}}), advocacy::validation_error);
    // Skipping the day of an overridden meeting would leave the override changing nothing.
    BOOST_CHECK_THROW((void)march_with_exceptions().with_skipped({day(2025, 3, 11)}), advocacy::validation_error);
}

BOOST_AUTO_TEST_CASE(exceptions_are_part_of_the_value) {
    using advocacy::meeting_override;
    const auto a = march_with_exceptions();
    const auto base = schedule::weekly(date::Tuesday, advocacy::time_of_day{hours{19}}, minutes{90}, chicago);
    // Given in another order, and a cancelled override with stray fields: the same value.
    const auto b = base.with_overrides({{.original = local(2025, 3, 25, 19), .start = local(2025, 3, 25, 19), .duration = minutes{90}, .place = "Town hall"},
                                        {.original = local(2025, 3, 11, 19), .start = local(2025, 3, 13, 18), .duration = minutes{60}, .place = "Library"}})
                       .with_overrides({{.original = local(2025, 3, 4, 19), .cancelled = true, .start = local(2025, 3, 5, 9), .place = "x"}})
                       .with_added({{local(2025, 3, 8, 10), minutes{120}}});
    BOOST_TEST((a == b));
    BOOST_TEST(std::hash<schedule>{}(a) == std::hash<schedule>{}(b));
    BOOST_TEST((a != base));
    BOOST_TEST((a != a.with_added({{local(2025, 3, 8, 10), minutes{60}}})));  // replaces the addition at that start
    BOOST_TEST(a.with_added({{local(2025, 3, 8, 10), minutes{60}}}).added().size() == 1u);
    BOOST_TEST(a.overrides().size() == 3u);
    BOOST_TEST(a.overrides()[0].cancelled);
}

// An all-day schedule's additions and changes would be written as times of day it does not have:
// refused whichever comes first, the exceptions or the all-day form.
BOOST_AUTO_TEST_CASE(an_all_day_schedule_takes_no_exceptions) {
    const auto saturdays = schedule::weekly(date::Saturday, advocacy::time_of_day{hours{0}}, hours{24}, chicago).as_all_day();
    BOOST_CHECK_THROW((void)saturdays.with_added({{local(2025, 3, 5, 0), hours{24}}}), advocacy::validation_error);
    BOOST_CHECK_THROW((void)saturdays.with_overrides({{.original = local(2025, 3, 8, 0), .cancelled = true}}),
                      advocacy::validation_error);
    BOOST_CHECK_THROW((void)march_with_exceptions().as_all_day(), advocacy::validation_error);
}

BOOST_AUTO_TEST_SUITE_END()
