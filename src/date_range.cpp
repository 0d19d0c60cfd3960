// SPDX-License-Identifier: MIT
#include "advocacy/date_range.hpp"

#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/try_parse_date_range.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace advocacy {
namespace {

using date::sys_days;

using detail::en_dash;
using detail::month_abbr;
using detail::month_names;
using detail::ordinal_suffix;
using detail::weekday_names;

constexpr auto is_leap(int y) noexcept -> bool { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

constexpr auto days_in_month(int y, int m) noexcept -> int {
    constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

// The most a month can have in some year: February 29 stays possible until the year is known.
constexpr auto max_days_in_month(int m) noexcept -> int { return m == 2 ? 29 : days_in_month(2001, m); }

auto make_day(int y, int m, int d) noexcept -> sys_days {
    return sys_days{date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)}};
}

auto today_utc() -> sys_days { return std::chrono::floor<date::days>(std::chrono::system_clock::now()); }

// ---- formatting ---------------------------------------------------------------------------

// Writes `value` with at least `width` digits (zero-padded); a minus sign precedes the padding.
void append_number(std::string& out, int value, int width) {
    if (value < 0) {
        out += '-';
        value = -value;
    }
    std::array<char, 16> buffer{};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    (void)ec;  // 16 characters always hold an int
    auto digits = static_cast<int>(end - buffer.data());
    for (int i = digits; i < width; ++i) out += '0';
    out.append(buffer.data(), end);
}

void append_iso(std::string& out, const date::year_month_day& ymd) {
    append_number(out, static_cast<int>(ymd.year()), 4);
    out += '-';
    append_number(out, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
    out += '-';
    append_number(out, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
}

auto iso_string(sys_days day) -> std::string {
    std::string out;
    append_iso(out, date::year_month_day{day});
    return out;
}

void append_month_day(std::string& out, const date::year_month_day& ymd) {
    out += month_abbr[static_cast<unsigned>(ymd.month()) - 1];
    out += ' ';
    append_number(out, static_cast<int>(static_cast<unsigned>(ymd.day())), 1);
}

// "Nov 13, 2015": how a single day appears in to_string and in error messages.
auto poster_day(int y, int m, int d) -> std::string {
    std::string out;
    append_month_day(out, date::year_month_day{make_day(y, m, d)});
    out += ", ";
    append_number(out, y, 4);
    return out;
}

using detail::quoted;

// ---- lexing -------------------------------------------------------------------------------

enum class kind : std::uint8_t {
    end,        // no more text
    number,     // digits, maybe with an ordinal suffix: "13", "2015", "3rd"
    month,      // a month name or abbreviation, with an optional "."
    weekday,    // a weekday name or abbreviation, with an optional "."
    separator,  // a dash or a run of "-" (detail::dash_run_at), "to", "through", "au", "al"...
    slash,      // "/" between ISO dates
    comma,
    from,       // a leading "from", "du", "del"
    of,         // "13th of November", "15 de noviembre de 2015"
    list,       // "&", "and", "et", "y" between the days of a list
    iso,        // "2015-11-13", "2015-11", or "11-15" right after "/"
    unknown_word,
    other,      // any other character (a whole UTF-8 sequence)
};

struct token {
    kind type = kind::end;
    std::size_t pos = 0;
    std::size_t len = 0;
    int value = 0;           // number: the value (capped); month: 1..12; weekday: 0..6 from Sunday
    int digits = 0;          // number: how many digits
    std::size_t suffix = 0;  // number: where its ordinal suffix starts, 0 if it has none
    // iso: the fields (no year for "11-15" after "/", day 0 for "2015-11") and where they start
    bool has_year = false;
    int year = 0;
    int month = 0;
    int day = 0;
    std::size_t month_pos = 0;
    std::size_t day_pos = 0;
};

using detail::byte_at;
using detail::is_alpha;
using detail::is_digit;
using detail::letter_at;
using detail::to_lower;

// Only ASCII letters and the Latin-1 letters (lead byte C3) can start a word.
constexpr auto starts_letter(char c) noexcept -> bool { return detail::is_alpha(c) || static_cast<unsigned char>(c) == 0xC3; }

// What a word of the calendar table is to this parser.
constexpr auto kind_of(detail::calendar_word_kind k) noexcept -> kind {
    switch (k) {
    case detail::calendar_word_kind::month: return kind::month;
    case detail::calendar_word_kind::weekday: return kind::weekday;
    case detail::calendar_word_kind::from: return kind::from;
    case detail::calendar_word_kind::to: return kind::separator;
    case detail::calendar_word_kind::of: return kind::of;
    case detail::calendar_word_kind::list: return kind::list;
    }
    return kind::unknown_word;
}

// A failure inside the parser: where and why, without a copy of the text, which parse_error
// makes. Readers that try many starts of a long line (detail::try_parse_date_range) fail often,
// and a copy each time would make them quadratic; the public functions turn it into parse_error.
struct failure {
    std::size_t pos;
    std::string reason;
};

[[noreturn]] void fail(std::string_view /*text*/, std::size_t pos, std::string reason) {
    throw failure{pos, std::move(reason)};
}

class lexer {
public:
    explicit lexer(std::string_view text) noexcept : text_(text) {}

    // The token stays valid until the next peek() after a skip(), so callers read it in place:
    // copying it right after the scanner wrote it field by field stalls on store forwarding.
    auto peek() -> const token& {
        if (!ready_) {
            scan(current_);
            ready_ = true;
        }
        return current_;
    }
    void skip() noexcept { ready_ = false; }

private:
    void scan(token& t) {
        pos_ = detail::skip_spaces(text_, pos_);
        t = token{};
        t.pos = pos_;
        bool after_slash = after_slash_;
        after_slash_ = false;
        if (pos_ >= text_.size()) return;

        char c = text_[pos_];
        if (is_digit(c)) {
            scan_number(t, after_slash);
        } else if (starts_letter(c) && letter_at(text_, pos_).length != 0) {
            scan_word(t);
        } else if (auto n = detail::dash_run_at(text_, pos_)) {
            t.type = kind::separator;
            t.len = n;
        } else if (c == ',') {
            t.type = kind::comma;
            t.len = 1;
        } else if (c == '&') {
            t.type = kind::list;
            t.len = 1;
        } else if (c == '/') {
            t.type = kind::slash;
            t.len = 1;
            after_slash_ = true;
        } else {
            t.type = kind::other;
            t.len = detail::char_length(text_, pos_);
        }
        pos_ += t.len;
    }

    // Reads up to ~9 digits exactly; longer runs only need their length for the error message.
    auto digits_at(std::size_t i, int& value) const noexcept -> int {
        std::size_t end = i;
        value = 0;
        for (; end < text_.size() && is_digit(text_[end]); ++end) {
            if (end - i < 9) value = value * 10 + (text_[end] - '0');
        }
        return static_cast<int>(end - i);
    }

    void scan_number(token& t, bool after_slash) {
        t.type = kind::number;
        t.digits = digits_at(pos_, t.value);
        std::size_t end = pos_ + static_cast<std::size_t>(t.digits);
        bool dash_digit = byte_at(text_, end) == '-' && is_digit(static_cast<char>(byte_at(text_, end + 1)));
        if (dash_digit && (t.digits == 4 || (after_slash && t.digits <= 2))) {
            scan_iso(t, end, after_slash && t.digits <= 2);
            return;
        }
        // An ordinal suffix is exactly two letters glued to the digits; other letters ("13Nov")
        // start the next word.
        if (is_alpha(static_cast<char>(byte_at(text_, end))) && is_alpha(static_cast<char>(byte_at(text_, end + 1))) &&
            !is_alpha(static_cast<char>(byte_at(text_, end + 2)))) {
            char a = to_lower(text_[end]);
            char b = to_lower(text_[end + 1]);
            if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
                t.suffix = end;
                end += 2;
            }
        }
        t.len = end - pos_;
    }

    // "2015-11-13", "2015-11", or (month_day) "11-15" after "/".
    void scan_iso(token& t, std::size_t end, bool month_day) {
        t.type = kind::iso;
        int first = t.value;
        std::size_t i = end + 1;
        int second = 0;
        int n = digits_at(i, second);
        if (n > 2) {
            fail(text_, i, month_day ? "an ISO date has a two-digit day, as in \"2015-11-13/11-15\""
                                     : "an ISO date has a two-digit month, as in \"2015-11-13\"");
        }
        if (month_day) {
            t.month = first;
            t.month_pos = t.pos;
            t.day = second;
            t.day_pos = i;
            t.len = i + static_cast<std::size_t>(n) - t.pos;
            return;
        }
        t.has_year = true;
        t.year = first;
        t.month = second;
        t.month_pos = i;
        i += static_cast<std::size_t>(n);
        if (byte_at(text_, i) == '-' && is_digit(static_cast<char>(byte_at(text_, i + 1)))) {
            int d = 0;
            int m = digits_at(i + 1, d);
            if (m > 2) fail(text_, i + 1, "an ISO date has a two-digit day, as in \"2015-11-13\"");
            t.day = d;
            t.day_pos = i + 1;
            i += 1 + static_cast<std::size_t>(m);
        }
        t.len = i - t.pos;
    }

    // A word of letters (ASCII or Latin-1, "février"), looked up folded in the calendar table.
    void scan_word(token& t) {
        std::size_t end = pos_;
        std::size_t letters = 0;
        std::uint64_t key = 0;
        bool packable = true;  // a letter with no ASCII base, or too many letters, makes no calendar word
        for (auto l = letter_at(text_, end); l.length != 0; l = letter_at(text_, end)) {
            packable = packable && l.folded != 0 && ++letters <= detail::longest_calendar_word;
            if (packable) key = detail::add_to_key(key, l.folded);
            end += l.length;
        }
        t.type = kind::unknown_word;
        t.len = end - pos_;
        if (const auto* w = packable ? detail::find_calendar_word(key) : nullptr) {
            t.type = kind_of(w->kind);
            t.value = w->value;
        }
        // Abbreviations may end with a period: "Nov.", "Sept.", "Fri.".
        if ((t.type == kind::month || t.type == kind::weekday) && byte_at(text_, end) == '.') ++t.len;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    token current_;
    bool ready_ = false;
    bool after_slash_ = false;
};

// ---- parsing ------------------------------------------------------------------------------

constexpr std::size_t nowhere = static_cast<std::size_t>(-1);

constexpr std::string_view years_reason = "year must be between 1000 and 9999";

// One end of a range as written; 0 (or -1 for the weekday) marks what the text left out.
struct end_part {
    std::size_t pos = nowhere;  // where the end starts
    int weekday = -1;
    std::size_t weekday_pos = 0;
    std::size_t weekday_len = 0;
    int month = 0;
    std::size_t month_pos = 0;
    std::size_t month_len = 0;
    int day = 0;
    std::size_t day_pos = 0;
    int year = 0;
    bool own_year = false;  // the year was written on this end, not taken from the other
    bool iso = false;

    auto empty() const noexcept -> bool { return pos == nowhere; }
};

class parser {
public:
    // A leading byte order mark is skipped: positions count from after it.
    parser(std::string_view text, sys_days reference) noexcept
        : text_(detail::without_bom(text)), lexer_(text_), reference_(reference) {}

    auto parse() -> date_range {
        const token& first = lexer_.peek();
        if (first.type == kind::end) fail(text_, 0, "empty text; expected a date range");
        std::size_t from_pos = nowhere;
        if (first.type == kind::from) {
            from_pos = first.pos;
            lexer_.skip();
        }

        end_part a;
        parse_end(a);
        const token& sep_token = lexer_.peek();
        if (a.empty()) {
            if (sep_token.type == kind::end) fail(text_, from_pos, "nothing after \"from\"; expected a date");
            fail(text_, sep_token.pos, "nothing before " + quoted(spelling(sep_token)) + "; expected a date");
        }
        if (sep_token.type == kind::end) return resolve(a, a, true);
        if (sep_token.type == kind::comma || sep_token.type == kind::list) refuse_list(sep_token);
        if (sep_token.type == kind::slash && !a.iso) {
            fail(text_, sep_token.pos, "\"/\" separates ISO dates only; expected \"-\" or \"to\"");
        }
        std::size_t sep_pos = sep_token.pos;
        std::string_view sep = spelling(sep_token);
        lexer_.skip();

        end_part b;
        parse_end(b);
        const token& after = lexer_.peek();
        if (b.empty()) {
            if (after.type == kind::end) fail(text_, sep_pos, "nothing after " + quoted(sep) + "; expected a day or date");
            fail(text_, after.pos,
                 "nothing between " + quoted(sep) + " and " + quoted(spelling(after)) + "; expected a day or date");
        }
        if (after.type == kind::comma || after.type == kind::list) refuse_list(after);
        if (after.type != kind::end) fail(text_, after.pos, "a range has two ends; found a third");
        return resolve(a, b, false);
    }

    // A list of days and ranges: "June 12 & 16, 2026", "May 3, 10 and 17", "May 3-4 & 10-11".
    auto parse_list() -> std::vector<date_range> {
        const token& first = lexer_.peek();
        if (first.type == kind::end) fail(text_, 0, "empty text; expected days");
        token before = first;  // only read when an item is empty, which needs a token before it
        if (first.type == kind::from) lexer_.skip();
        std::vector<list_item> items;
        for (;;) {
            items.push_back(parse_item(before));
            const token& t = lexer_.peek();
            if (t.type == kind::end) break;
            if (t.type != kind::comma && t.type != kind::list) {
                fail(text_, t.pos, "unexpected " + quoted(spelling(t)) + "; expected \",\", \"&\" or \"and\" between days");
            }
            before = t;
            const bool comma = t.type == kind::comma;
            lexer_.skip();
            if (comma && lexer_.peek().type == kind::list) {  // "May 3, 10, and 17"
                before = lexer_.peek();
                lexer_.skip();
            }
        }
        if (items.size() == 1) {  // one day ("Nov 15, 2015") or one range, as parse_date_range reads it
            const auto& only = items[0];
            return {resolve(only.a, only.single ? only.a : only.b, only.single)};
        }
        return resolve_list(items);
    }

private:
    // One day or range of a list, as written.
    struct list_item {
        end_part a;
        end_part b;
        bool single = true;  // one end, copied to b once resolved
    };

    auto spelling(const token& t) const -> std::string_view { return text_.substr(t.pos, t.len); }

    [[noreturn]] void refuse_list(const token& t) const {
        fail(text_, t.pos,
             "a list of days (joined by " + quoted(spelling(t)) +
                 "); a date range is one range: parse_days reads a list");
    }

    // Whether the comma the lexer is at joins the days of a list ("May 3, 10", "Nov 28, Dec 1")
    // rather than a day to its year ("Nov 28, 2025"): the token after it tells.
    auto comma_joins_list() const -> bool {
        lexer probe = lexer_;
        probe.skip();
        const token& next = probe.peek();
        return (next.type == kind::number && next.digits <= 2) || next.type == kind::month ||
               next.type == kind::weekday || next.type == kind::list || next.type == kind::iso;
    }

    // One item of a list: a day, or two ends joined by a separator. `before` is the token before
    // it ("from", or the word joining it to the item before), for error messages.
    auto parse_item(const token& before) -> list_item {
        list_item item;
        parse_end(item.a);
        const token& t = lexer_.peek();
        if (item.a.empty()) {
            if (t.type == kind::end) fail(text_, before.pos, "nothing after " + quoted(spelling(before)) + "; expected a day or date");
            fail(text_, t.pos, "nothing before " + quoted(spelling(t)) + "; expected a day or date");
        }
        if (t.type != kind::separator && t.type != kind::slash) return item;
        if (t.type == kind::slash && !item.a.iso) {
            fail(text_, t.pos, "\"/\" separates ISO dates only; expected \"-\" or \"to\"");
        }
        const std::size_t sep_pos = t.pos;
        const std::string_view sep = spelling(t);
        lexer_.skip();
        parse_end(item.b);
        if (item.b.empty()) {
            const token& after = lexer_.peek();
            if (after.type == kind::end) fail(text_, sep_pos, "nothing after " + quoted(sep) + "; expected a day or date");
            fail(text_, after.pos, "nothing between " + quoted(sep) + " and " + quoted(spelling(after)) + "; expected a day or date");
        }
        item.single = false;
        return item;
    }

    // What may come next in an end, for error messages.
    static auto expected_in(const end_part& part) noexcept -> std::string_view {
        if (part.month == 0 && part.day == 0) return "expected a month name";
        if (part.month == 0) return "expected a month name or a separator such as \"-\" or \"to\"";
        if (part.day == 0 && part.year == 0) return "expected a day or a year";
        return "expected a year or a separator such as \"-\" or \"to\"";
    }

    void parse_end(end_part& part) {
        bool need_month = false;  // after "of" that follows a day
        bool need_year = false;   // after "de" that follows a month: "noviembre de 2015"
        std::string_view of_word;
        for (;;) {
            const token& t = lexer_.peek();
            if (t.type == kind::end || t.type == kind::separator || t.type == kind::slash || t.type == kind::list) break;
            if (part.iso && t.type != kind::comma) {
                fail(text_, t.pos,
                     "unexpected " + quoted(spelling(t)) + " after an ISO date; expected \"/\", \"-\" or \"to\"");
            }
            if (need_month && t.type != kind::month) fail(text_, t.pos, "expected a month name after " + quoted(of_word));
            if (need_year && !(t.type == kind::number && t.digits == 4)) {
                fail(text_, t.pos, "expected a four-digit year after " + quoted(of_word));
            }
            need_year = false;
            if (part.year != 0 && t.type != kind::comma) year_not_last(t);
            switch (t.type) {
            case kind::comma:
                if (part.empty()) fail(text_, t.pos, "unexpected \",\"; expected a date");
                if (part.day != 0 && comma_joins_list()) return;  // left for the list to read
                break;
            case kind::weekday:
                if (part.weekday >= 0 || !part.empty()) {
                    fail(text_, t.pos, "unexpected weekday " + quoted(spelling(t)) + "; a weekday comes first");
                }
                part.weekday = t.value;
                part.weekday_pos = t.pos;
                part.weekday_len = t.len;
                break;
            case kind::month:
                if (part.month != 0) {
                    fail(text_, t.pos, "a second month " + quoted(spelling(t)) + "; " + std::string(expected_in(part)));
                }
                part.month = t.value;
                part.month_pos = t.pos;
                part.month_len = t.len;
                need_month = false;
                break;
            case kind::number: take_number(part, t); break;
            case kind::of:
                of_word = spelling(t);
                if (part.day != 0 && part.month == 0) {
                    need_month = true;
                } else if (part.month != 0 && part.year == 0 && !part.iso) {
                    need_year = true;
                } else {
                    fail(text_, t.pos, "unexpected " + quoted(of_word) + "; " + std::string(expected_in(part)));
                }
                break;
            case kind::iso: take_iso(part, t); break;
            case kind::from: fail(text_, t.pos, "\"from\" can only begin the text");
            case kind::unknown_word:
                fail(text_, t.pos, "unknown word " + quoted(spelling(t)) + "; " + std::string(expected_in(part)));
            default:
                fail(text_, t.pos, "unexpected " + quoted(spelling(t)) + "; " + std::string(expected_in(part)));
            }
            if (part.empty()) part.pos = t.pos;
            lexer_.skip();
        }
        if (need_month) fail(text_, lexer_.peek().pos, "expected a month name after " + quoted(of_word));
        if (need_year) fail(text_, lexer_.peek().pos, "expected a four-digit year after " + quoted(of_word));
    }

    // Only a comma or a separator may follow a year.
    [[noreturn]] void year_not_last(const token& t) const {
        if (t.type == kind::number && t.digits == 4) {
            fail(text_, t.pos, "a second year " + quoted(spelling(t)) + "; expected a separator such as \"-\" or \"to\"");
        }
        if (t.type == kind::number || t.type == kind::month || t.type == kind::weekday) {
            fail(text_, t.pos, "the year comes last; found " + quoted(spelling(t)) + " after it");
        }
        fail(text_, t.pos,
             (t.type == kind::unknown_word ? "unknown word " : "unexpected ") + quoted(spelling(t)) +
                 "; expected a separator such as \"-\" or \"to\"");
    }

    void take_number(end_part& part, const token& t) {
        if (t.digits <= 2) {
            if (part.day != 0) {
                fail(text_, t.pos,
                     "a second day " + quoted(spelling(t)) + "; a year has four digits, a range needs \"-\" or \"to\"");
            }
            if (t.value == 0) fail(text_, t.pos, "there is no day 0; days start at 1");
            if (t.suffix != 0) {
                auto want = ordinal_suffix(t.value);
                char a = to_lower(text_[t.suffix]);
                char b = to_lower(text_[t.suffix + 1]);
                if (a != want[0] || b != want[1]) {
                    fail(text_, t.pos,
                         "wrong ordinal " + quoted(spelling(t)) + "; expected " +
                             quoted(std::to_string(t.value) + std::string(want)));
                }
            }
            part.day = t.value;
            part.day_pos = t.pos;
            return;
        }
        if (t.digits == 3) fail(text_, t.pos, quoted(spelling(t)) + " is neither a day (1 to 31) nor a four-digit year");
        if (t.digits > 4) fail(text_, t.pos, "year must have four digits");
        if (t.suffix != 0) fail(text_, t.suffix, "a year takes no ordinal suffix");
        if (t.value < detail::first_year) fail(text_, t.pos, std::string(years_reason));
        part.year = t.value;
        part.own_year = true;
    }

    void take_iso(end_part& part, const token& t) {
        if (part.month != 0 || part.day != 0) {
            fail(text_, t.pos, "an ISO date stands alone; found it after " + quoted(text_.substr(part.pos, t.pos - part.pos)));
        }
        // "0000-01-01" has a year, year 0: refused like any other year outside the range, never
        // taken for a missing one.
        if (t.has_year && t.year < detail::first_year) fail(text_, t.pos, std::string(years_reason));
        if (t.month < 1 || t.month > 12) fail(text_, t.month_pos, "month must be between 01 and 12");
        if (t.day == 0 && t.day_pos != 0) fail(text_, t.day_pos, "there is no day 0; days start at 1");
        part.iso = true;
        part.month = t.month;
        part.month_pos = t.month_pos;
        part.month_len = 2;
        part.day = t.day;
        part.day_pos = t.day_pos;
        if (t.has_year) {
            part.year = t.year;
            part.own_year = true;
        }
    }

    // Checks that the end is a date (or a month), then that its day exists in its month in some year.
    void check_shape(const end_part& part, const end_part& other) const {
        if (part.month == 0 && part.day == 0) {
            if (part.year == 0) {
                fail(text_, part.weekday_pos,
                     "expected a date after " + quoted(text_.substr(part.weekday_pos, part.weekday_len)));
            }
            if (other.month == 0) fail(text_, part.pos, "no month; expected a month name such as \"Nov\"");
            fail(text_, part.pos, "a year alone is not a date; expected a month and a day");
        }
        if (part.day == 0 && part.weekday >= 0) {
            fail(text_, part.weekday_pos,
                 "a weekday needs a day; found only the month " + quoted(text_.substr(part.month_pos, part.month_len)));
        }
    }

    void check_day(const end_part& part) const {
        if (part.day == 0) return;
        int most = max_days_in_month(part.month);
        if (part.month == 2 && part.own_year) most = days_in_month(part.year, 2);
        if (part.day <= most) return;
        auto name = std::string(month_names[static_cast<std::size_t>(part.month - 1)]);
        if (part.month == 2 && part.own_year) {
            fail(text_, part.day_pos, name + " " + std::to_string(part.year) + " has " + std::to_string(most) + " days");
        }
        if (part.month == 2) fail(text_, part.day_pos, "February has at most 29 days");
        fail(text_, part.day_pos, name + " has " + std::to_string(most) + " days");
    }

    // A year taken from the other end or the reference can fall outside the years a date may
    // have: "Dec 31 9999 - Jan 1" would end in 10000.
    void check_year(const end_part& part) const {
        if (part.year >= detail::first_year && part.year <= detail::last_year) return;
        fail(text_, part.pos,
             "this end falls in the year " + std::to_string(part.year) + "; " + std::string(years_reason));
    }

    void check_leap_day(const end_part& part) const {
        if (part.month == 2 && part.day == 29 && !is_leap(part.year)) {
            fail(text_, part.day_pos, "February " + std::to_string(part.year) + " has 28 days");
        }
    }

    void check_weekday(const end_part& part, sys_days day) const {
        if (part.weekday < 0) return;
        auto actual = static_cast<int>(date::weekday{day}.c_encoding());
        if (actual == part.weekday) return;
        fail(text_, part.weekday_pos,
             poster_day(part.year, part.month, part.day) + " is a " +
                 std::string(weekday_names[static_cast<std::size_t>(actual)]) + ", not a " +
                 std::string(weekday_names[static_cast<std::size_t>(part.weekday)]));
    }

    static auto first_day(const end_part& part) noexcept -> sys_days {
        return make_day(part.year, part.month, part.day != 0 ? part.day : 1);
    }
    static auto last_day(const end_part& part) noexcept -> sys_days {
        return make_day(part.year, part.month, part.day != 0 ? part.day : days_in_month(part.year, part.month));
    }

    // Fills in what each end left out from the other end and the reference day, then checks the
    // whole. `single` means the text had one end, passed as both a and b.
    auto resolve(end_part a, end_part b, bool single) const -> date_range {
        check_shape(a, b);
        if (!single) check_shape(b, a);
        bool a_month_only = a.day == 0;
        bool b_month_only = b.day == 0;
        if (a_month_only != b_month_only) {
            const end_part& m = a_month_only ? a : b;
            fail(text_, m.month_pos,
                 "expected a day after " + quoted(text_.substr(m.month_pos, m.month_len)) +
                     "; a month alone only pairs with a month");
        }
        if (a.month == 0 && b.month == 0) fail(text_, a.pos, "no month; expected a month name such as \"Nov\"");
        if (a.month == 0) a.month = b.month;
        if (b.month == 0) b.month = a.month;
        check_day(a);
        if (!single) check_day(b);

        // Only an end written in an earlier month than the start wraps into the next year:
        // "Dec 30 - Jan 2" does, "Nov 15-13" is an error, not a year-long range. ISO 8601 takes
        // what an interval's end leaves out from the start, so "2015-11-13/01-05" does not wrap.
        int wrap = b.month < a.month && !b.iso ? 1 : 0;
        if (a.year != 0 && b.year == 0) {
            b.year = a.year + wrap;
        } else if (a.year == 0 && b.year != 0) {
            a.year = b.year - wrap;
        } else if (a.year == 0) {
            pick_year(a, b, wrap);
        }
        check_year(a);
        if (!single) check_year(b);
        check_leap_day(a);
        if (!single) check_leap_day(b);

        sys_days first = first_day(a);
        sys_days last = last_day(b);
        if (last < first) fail(text_, b.pos, "the range ends before it starts");
        check_weekday(a, first);
        if (!single) check_weekday(b, last);
        return date_range(first, last);
    }

    // Fills in what the ends of a list left out, then checks each item and their order.
    auto resolve_list(std::vector<list_item>& items) const -> std::vector<date_range> {
        std::vector<end_part*> ends;
        ends.reserve(items.size() * 2);
        for (auto& item : items) {
            ends.push_back(&item.a);
            if (!item.single) ends.push_back(&item.b);
        }
        for (std::size_t i = 0; i < ends.size(); ++i) {
            check_shape(*ends[i], *ends[i == 0 ? std::min<std::size_t>(1, ends.size() - 1) : i - 1]);
            // A month alone is a range of its own ("November 2015"), not a day of a list.
            if (ends[i]->day == 0) {
                fail(text_, ends[i]->month_pos,
                     "expected a day after " + quoted(text_.substr(ends[i]->month_pos, ends[i]->month_len)) +
                         "; a list names days");
            }
        }
        fill_months(ends);
        for (const auto* e : ends) check_day(*e);
        // ISO 8601 takes what an interval's end leaves out from its start, without wrapping.
        for (auto& item : items) {
            if (!item.single && item.b.iso && item.b.year == 0) item.b.year = item.a.year;
        }
        fill_years(ends);
        for (const auto* e : ends) {
            check_year(*e);
            check_leap_day(*e);
        }
        std::vector<date_range> out;
        out.reserve(items.size());
        for (const auto& item : items) {
            const end_part& b = item.single ? item.a : item.b;
            const sys_days first = first_day(item.a);
            const sys_days last = last_day(b);
            if (last < first) fail(text_, b.pos, "the range ends before it starts");
            check_weekday(item.a, first);
            if (!item.single) check_weekday(b, last);
            const date_range range(first, last);
            if (!out.empty()) check_follows(out.back(), range, item.a.pos);
            out.push_back(range);
        }
        return out;
    }

    // The days of a list come in order, each once.
    void check_follows(const date_range& before, const date_range& range, std::size_t pos) const {
        if (before.last() < range.first()) return;
        if (range == before) fail(text_, pos, to_string(range) + " is listed twice");
        if (range.first() < before.first() || (range.first() == before.first() && range.last() < before.last())) {
            fail(text_, pos, to_string(range) + " comes before " + to_string(before) + "; expected the days in order");
        }
        fail(text_, pos, to_string(range) + " shares days with " + to_string(before) + "; expected each day once");
    }

    // An end without a month takes it from its neighbour on the side the month is written:
    // after the day in "3, 10 et 17 mai" (from the next end that has one), before it in
    // "May 3, 10 and 17" (from the end before). The first end with a day and a month tells.
    void fill_months(const std::vector<end_part*>& ends) const {
        const auto shows = std::find_if(ends.begin(), ends.end(), [](const end_part* e) { return e->month != 0; });
        if (shows == ends.end()) fail(text_, ends.front()->pos, "no month; expected a month name such as \"Nov\"");
        const bool day_first = (*shows)->day_pos < (*shows)->month_pos;
        auto forward = [&] {
            int month = 0;
            for (auto* e : ends) {
                if (e->month == 0) e->month = month;
                month = e->month;
            }
        };
        auto backward = [&] {
            int month = 0;
            for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
                if ((*it)->month == 0) (*it)->month = month;
                month = (*it)->month;
            }
        };
        if (day_first) {
            backward();
            forward();
        } else {
            forward();
            backward();
        }
    }

    // An end without a year takes it from the next end that has one (posters write the year
    // last), else from the end before; a month earlier than the one before it starts a new
    // year ("Dec 29 & Jan 2, 2026"). No year at all: the year rule, over the whole list.
    void fill_years(const std::vector<end_part*>& ends) const {
        const bool any = std::any_of(ends.begin(), ends.end(), [](const end_part* e) { return e->year != 0; });
        if (!any) {
            pick_list_year(ends);
            return;
        }
        const end_part* next = nullptr;
        for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
            if ((*it)->year == 0 && next != nullptr) (*it)->year = next->year - ((*it)->month > next->month ? 1 : 0);
            if ((*it)->year != 0) next = *it;
        }
        const end_part* before = nullptr;
        for (auto* e : ends) {
            if (e->year == 0 && before != nullptr) e->year = before->year + (e->month < before->month ? 1 : 0);
            before = e;
        }
    }

    // The year rule for a list: the earliest first year (from the year before the reference on)
    // in which the list's last day falls on or after the reference day.
    void pick_list_year(const std::vector<end_part*>& ends) const {
        const int reference_year = static_cast<int>(date::year_month_day{reference_}.year());
        const int from = std::max(reference_year - 1, detail::first_year);
        const int to = std::min(reference_year + 9, detail::last_year);
        for (int y = from; y <= to; ++y) {
            bool possible = true;
            const end_part* before = nullptr;
            for (auto* e : ends) {
                e->year = before == nullptr ? y : before->year + (e->month < before->month ? 1 : 0);
                possible = possible && e->year <= detail::last_year && !(e->month == 2 && e->day == 29 && !is_leap(e->year));
                before = e;
            }
            if (possible && last_day(*ends.back()) >= reference_) return;
        }
        fail(text_, ends.front()->pos,
             "no year from 1000 to 9999 ends these days on or after the reference day " + iso_string(reference_));
    }

    // The year rule: the earliest year (from the year before the reference on) in which the range
    // ends on or after the reference day. February 29 skips to a leap year. Only years from 1000
    // to 9999 are tried: a reference near either end never yields a year outside them.
    void pick_year(end_part& a, end_part& b, int wrap) const {
        int reference_year = static_cast<int>(date::year_month_day{reference_}.year());
        auto leap_day = [](const end_part& p) { return p.month == 2 && p.day == 29; };
        const int from = std::max(reference_year - 1, detail::first_year);
        const int to = std::min(reference_year + 9, detail::last_year - wrap);
        for (int y = from; y <= to; ++y) {
            a.year = y;
            b.year = y + wrap;
            if ((leap_day(a) && !is_leap(a.year)) || (leap_day(b) && !is_leap(b.year))) continue;
            if (last_day(b) >= reference_) return;
        }
        // Some leap year within ten years always qualifies, unless the years run out.
        fail(text_, a.pos, "no year from 1000 to 9999 ends this range on or after the reference day " + iso_string(reference_));
    }

    std::string_view text_;
    lexer lexer_;
    sys_days reference_;
};

template <typename Text>
auto parse_many(std::span<const Text> texts, const parse_options& options) -> std::vector<date_range> {
    sys_days reference = options.reference ? *options.reference : today_utc();
    std::vector<date_range> out;
    out.reserve(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        std::string_view text(texts[i]);
        try {
            out.push_back(parser(text, reference).parse());
        } catch (const failure& f) {
            throw parse_error(detail::without_bom(text), f.pos, "item " + std::to_string(i) + ": " + f.reason);
        }
    }
    return out;
}

auto checked(const date::year_month_day& ymd, const char* field) -> sys_days {
    if (!ymd.ok()) {
        std::string shown;
        append_iso(shown, ymd);
        throw validation_error(field, shown + " is not a valid date");
    }
    return sys_days{ymd};
}

}  // namespace

date_range::date_range(date::sys_days first, date::sys_days last) : first_(first), last_(last) {
    if (last < first) {
        throw validation_error("last", "the range ends (" + iso_string(last) + ") before it starts (" +
                                           iso_string(first) + ")");
    }
}

date_range::date_range(date::year_month_day first, date::year_month_day last)
    : date_range(checked(first, "first"), checked(last, "last")) {}

auto date_range::intersection(const date_range& other) const noexcept -> std::optional<date_range> {
    if (!overlaps(other)) return std::nullopt;
    date_range out{std::max(first_, other.first_)};
    out.last_ = std::min(last_, other.last_);
    return out;
}

auto to_string(const date_range& range) -> std::string {
    date::year_month_day a{range.first()};
    date::year_month_day b{range.last()};
    std::string out;
    out.reserve(32);
    append_month_day(out, a);
    if (a == b) {
        // "Nov 7, 2015"
    } else if (a.year() == b.year() && a.month() == b.month()) {
        out += en_dash;  // "Nov 13–15, 2015"
        append_number(out, static_cast<int>(static_cast<unsigned>(b.day())), 1);
    } else if (a.year() == b.year()) {
        out += ' ';  // "Oct 30 – Nov 2, 2015"
        out += en_dash;
        out += ' ';
        append_month_day(out, b);
    } else {
        out += ", ";  // "Dec 30, 2015 – Jan 2, 2016"
        append_number(out, static_cast<int>(a.year()), 4);
        out += ' ';
        out += en_dash;
        out += ' ';
        append_month_day(out, b);
    }
    out += ", ";
    append_number(out, static_cast<int>(b.year()), 4);
    return out;
}

auto to_iso(const date_range& range) -> std::string {
    std::string out;
    out.reserve(21);
    append_iso(out, date::year_month_day{range.first()});
    if (range.last() != range.first()) {
        out += '/';
        append_iso(out, date::year_month_day{range.last()});
    }
    return out;
}

auto operator<<(std::ostream& out, const date_range& range) -> std::ostream& { return out << to_string(range); }

auto parse_date_range(std::string_view text, const parse_options& options) -> date_range {
    try {
        return parser(text, options.reference ? *options.reference : today_utc()).parse();
    } catch (const failure& f) {
        throw parse_error(detail::without_bom(text), f.pos, f.reason);
    }
}

auto parse_days(std::string_view text, const parse_options& options) -> std::vector<date_range> {
    try {
        return parser(text, options.reference ? *options.reference : today_utc()).parse_list();
    } catch (const failure& f) {
        throw parse_error(detail::without_bom(text), f.pos, f.reason);
    }
}

auto detail::try_parse_date_range(std::string_view text, const parse_options& options, std::string* reason)
    -> std::optional<date_range> {
    try {
        return parser(text, options.reference ? *options.reference : today_utc()).parse();
    } catch (const failure& f) {
        if (reason != nullptr) *reason = f.reason;
        return std::nullopt;
    }
}

auto parse_date_ranges(std::span<const std::string_view> texts, const parse_options& options)
    -> std::vector<date_range> {
    return parse_many(texts, options);
}

auto parse_date_ranges(std::span<const std::string> texts, const parse_options& options)
    -> std::vector<date_range> {
    return parse_many(texts, options);
}

}  // namespace advocacy
