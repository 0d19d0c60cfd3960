// SPDX-License-Identifier: MIT
#include "advocacy/listing.hpp"

#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/clock_span.hpp"
#include "advocacy/detail/delimited.hpp"
#include "advocacy/detail/event_line.hpp"
#include "advocacy/detail/names.hpp"
#include "advocacy/detail/places.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/detail/time_zone_names.hpp"
#include "advocacy/detail/try_parse_date_range.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace advocacy {
namespace {

constexpr auto npos = std::string_view::npos;

using detail::byte_at;
using detail::dash_run_at;
using detail::is_alpha;
using detail::is_digit;
using detail::is_lower;
using detail::is_upper;
using detail::skip_spaces;
using detail::space_at;
using detail::trim;

constexpr detail::name_table<listing_format, 5> format_names{{{listing_format::automatic, "auto"},
                                                              {listing_format::text, "text"},
                                                              {listing_format::markdown, "markdown"},
                                                              {listing_format::csv, "csv"},
                                                              {listing_format::tsv, "tsv"}}};

// ---- lines --------------------------------------------------------------------------------

struct text_line {
    std::size_t number;
    std::string_view text;  // without its line break
};

// Calls `visit` with each line (LF, CRLF or CR ends one) until it returns false. The line breaks
// are found with memchr, so most bytes are never looked at one by one.
template <class Visit>
void for_each_line(std::string_view text, Visit&& visit) {
    std::size_t start = 0;
    std::size_t number = 1;
    std::size_t next_cr = text.find('\r');
    for (;;) {
        auto end = text.find('\n', start);
        if (next_cr != npos && next_cr < start) next_cr = text.find('\r', start);
        if (next_cr != npos && (end == npos || next_cr < end)) end = next_cr;
        if (!visit(text_line{number++, text.substr(start, end == npos ? npos : end - start)}) || end == npos) return;
        start = end + 1;
        if (text[end] == '\r' && byte_at(text, end + 1) == '\n') ++start;
    }
}

auto split_lines(std::string_view text) -> std::vector<text_line> {
    std::vector<text_line> out;
    for_each_line(text, [&](const text_line& l) {
        out.push_back(l);
        return true;
    });
    return out;
}

// A line as a warning names it: whole, or its first 200 bytes and an ellipsis.
auto quoted_line(std::string_view line) -> std::string {
    constexpr std::size_t most = 200;
    line = trim(line);
    if (line.size() <= most) return std::string(line);
    std::size_t cut = most;
    while (cut > 0 && (byte_at(line, cut) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
    return std::string(line.substr(0, cut)) + "\xE2\x80\xA6";     // …
}

auto is_alnum(unsigned char c) -> bool { return is_alpha(static_cast<char>(c)) || is_digit(static_cast<char>(c)); }

// ---- cleaning: links, emoji, emphasis ------------------------------------------------------

// The next position of a character at or after a position that only grows: one search per
// character found, so a line of a thousand '[' without ']' stays linear.
class next_of {
public:
    next_of(std::string_view s, char c) : s_(s), c_(c) {}
    auto at_or_after(std::size_t i) -> std::size_t {
        if (found_ == npos && searched_) return npos;
        if (!searched_ || (found_ != npos && found_ < i)) {
            found_ = s_.find(c_, i);
            searched_ = true;
        }
        return found_;
    }

private:
    std::string_view s_;
    char c_;
    std::size_t found_ = npos;
    bool searched_ = false;
};

auto is_web_link(std::string_view url) -> bool {
    return (url.starts_with("https://") || url.starts_with("http://")) && url.size() > 8;
}

// Whether the code point is a pictograph or a mark that only joins or styles one: emoji, the
// symbols U+2600..U+27BF, regional indicators (flags), variation selector 16, zero-width joiner,
// the keycap mark and tag characters.
auto is_pictograph(char32_t c) -> bool {
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F || c == 0x200D ||
           c == 0x20E3 || (c >= 0xE0020 && c <= 0xE007F) || c == 0x2B50 || c == 0x2B55;
}

// The length of a ":shortcode:" at i (":us:", ":tada:", ":+1:"), 0 if none.
auto shortcode_at(std::string_view s, std::size_t i) -> std::size_t {
    if (byte_at(s, i) != ':' || (i > 0 && is_alnum(byte_at(s, i - 1)))) return 0;
    bool letter = false;
    std::size_t j = i + 1;
    for (; j < s.size() && j - i <= 40; ++j) {
        const char c = s[j];
        if (is_lower(c)) {
            letter = true;
        } else if (!(is_digit(c) || c == '_' || c == '+' || c == '-')) {
            break;
        }
    }
    if (j == i + 1 || !letter || byte_at(s, j) != ':' || is_alnum(byte_at(s, j + 1))) return 0;
    return j + 1 - i;
}

// A line without its markup: Markdown links `[name](url)` become their name and images go,
// autolinks `<https://…>` and bare http(s) URLs go, emoji (pictographs and `:shortcodes:`) go,
// and `**`, `__`, `~~` and backquotes go. The first web link is kept apart.
struct found_link {
    std::string url;
    std::size_t at = 0;  // where it was in the cleaned text (after a Markdown link's name)
};

struct cleaned_line {
    std::string text;
    std::string link;                // the first web link
    std::vector<found_link> links;   // every web link, in order
};

// The end of the Markdown link or image `[name](url)` / `![alt](url)` at i, 0 if none: a link
// leaves its name in the text and its URL to `keep_link`, an image leaves nothing.
template <class KeepLink>
auto markdown_link(std::string_view s, std::size_t i, next_of& close_bracket, next_of& close_paren, cleaned_line& out,
                   KeepLink&& keep_link) -> std::size_t {
    const bool image = s[i] == '!';
    const auto open = image ? i + 1 : i;
    const auto close = close_bracket.at_or_after(open + 1);
    if (close == npos || byte_at(s, close + 1) != '(') return 0;
    const auto end = close_paren.at_or_after(close + 2);
    if (end == npos) return 0;
    if (!image) {
        out.text.append(s.substr(open + 1, close - open - 1));
        keep_link(s.substr(close + 2, end - close - 2));
    }
    return end + 1;
}

// The bytes where clean() may have something to do; a line without any is copied as it is.
constexpr auto markup_bytes = [] {
    std::array<bool, 256> out{};
    for (const unsigned char c : std::string_view("[!<:*_~`")) out[c] = true;
    for (std::size_t c = 0xE2; c < 256; ++c) out[c] = true;
    return out;
}();

auto clean(std::string_view s, bool markdown) -> cleaned_line {
    if (s.find("http") == npos &&
        std::none_of(s.begin(), s.end(), [](char c) { return markup_bytes[static_cast<unsigned char>(c)]; })) {
        return {std::string(s), {}, {}};
    }
    cleaned_line out;
    out.text.reserve(s.size());
    next_of close_bracket(s, ']');
    next_of close_paren(s, ')');
    next_of close_angle(s, '>');
    auto keep_link = [&](std::string_view url) {
        url = trim(url);
        if (!is_web_link(url) || url.find(' ') != npos) return;
        if (out.link.empty()) out.link = std::string(url);
        out.links.push_back({std::string(url), out.text.size()});
    };
    for (std::size_t i = 0; i < s.size();) {
        const auto c = byte_at(s, i);
        if (markdown && (c == '[' || (c == '!' && byte_at(s, i + 1) == '['))) {
            if (const auto end = markdown_link(s, i, close_bracket, close_paren, out, keep_link)) {
                i = end;
                continue;
            }
        }
        if (c == '<' && (s.substr(i + 1).starts_with("http://") || s.substr(i + 1).starts_with("https://"))) {
            const auto end = close_angle.at_or_after(i + 1);
            if (end != npos) {
                keep_link(s.substr(i + 1, end - i - 1));
                i = end + 1;
                continue;
            }
        }
        if (c == 'h' && (i == 0 || !is_alnum(byte_at(s, i - 1))) &&
            (s.substr(i).starts_with("http://") || s.substr(i).starts_with("https://"))) {
            std::size_t end = i;
            while (end < s.size() && space_at(s, end) == 0 && s[end] != '|' && s[end] != '<' && s[end] != '>') ++end;
            while (end > i && (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == ')' || s[end - 1] == ';')) --end;
            keep_link(s.substr(i, end - i));
            i = end;
            continue;
        }
        if (const auto n = shortcode_at(s, i)) {
            i += n;
            continue;
        }
        if (markdown && ((c == '*' && byte_at(s, i + 1) == '*') || (c == '_' && byte_at(s, i + 1) == '_') ||
                         (c == '~' && byte_at(s, i + 1) == '~'))) {
            i += 2;
            continue;
        }
        if (markdown && c == '`') {
            ++i;
            continue;
        }
        if (c >= 0xE2) {
            const auto decoded = detail::decode_utf8(s, i);
            if (decoded.length != 0 && is_pictograph(decoded.code)) {
                i += decoded.length;
                continue;
            }
        }
        const auto n = detail::char_length(s, i);
        out.text.append(s.substr(i, n));
        i += n;
    }
    return out;
}

// ---- words --------------------------------------------------------------------------------

// The letters (ASCII and Latin-1, as the calendar table reads them) of the word at i.
auto word_end(std::string_view s, std::size_t i) -> std::size_t {
    while (i < s.size()) {
        const auto l = detail::letter_at(s, i);
        if (l.length == 0) break;
        i += l.length;
    }
    return i;
}

auto starts_word(std::string_view s, std::size_t i) -> bool {
    const auto c = byte_at(s, i);
    if (c < 0x80) {
        if (!is_alnum(c)) return false;
    } else if (detail::letter_at(s, i).length == 0) {
        return false;
    }
    if (i == 0) return true;
    const auto prev = static_cast<unsigned char>(s[i - 1]);
    if (prev < 0x80) return !is_alnum(prev);
    // A Latin-1 letter before (its second byte is 0x80..0xBF after 0xC3) glues the words.
    return !(prev <= 0xBF && i >= 2 && byte_at(s, i - 2) == 0xC3);
}

// A standalone four-digit year at i (1000..9999, not glued to letters, digits or a dash of an
// ISO date), or 0.
auto year_at(std::string_view s, std::size_t i) -> int {
    if (!is_digit(s[i]) || !starts_word(s, i)) return 0;
    std::size_t end = i;
    while (end < s.size() && is_digit(s[end])) ++end;
    if (end - i != 4 || s[i] == '0' || is_alnum(byte_at(s, end))) return 0;
    if (byte_at(s, end) == '-' && is_digit(static_cast<char>(byte_at(s, end + 1)))) return 0;
    if (i > 0 && s[i - 1] == '-') return 0;
    return (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
}

// The one standalone year of `s` outside [skip_begin, skip_end), 0 when none or several differ.
auto sole_year(std::string_view s, std::size_t skip_begin = npos, std::size_t skip_end = npos) -> int {
    int found = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i == skip_begin) {
            i = skip_end - 1;
            continue;
        }
        if (const int y = year_at(s, i)) {
            if (found != 0 && found != y) return 0;
            found = y;
            i += 3;
        }
    }
    return found;
}

// "TBD", "TBA", "TBC" as words, or "to be announced / determined / confirmed".
auto says_to_be_announced(std::string_view s) -> bool {
    for (std::size_t i = 0; i + 3 <= s.size(); ++i) {
        if (!starts_word(s, i)) continue;
        const auto w = s.substr(i, 3);
        if ((w == "TBD" || w == "TBA" || w == "TBC" || w == "tbd" || w == "tba") && !is_alnum(byte_at(s, i + 3))) {
            return true;
        }
        if (detail::equal_ignoring_case(s.substr(i, std::min<std::size_t>(6, s.size() - i)), "to be ")) {
            const auto rest = detail::ascii_lower(s.substr(i + 6, std::min<std::size_t>(10, s.size() - i - 6)));
            if (rest.starts_with("announced") || rest.starts_with("determined") || rest.starts_with("confirmed")) {
                return true;
            }
        }
    }
    return false;
}

// ---- times --------------------------------------------------------------------------------

struct clock_found {
    std::size_t end = npos;
    bool sure = false;  // with am/pm or minutes: no day number
};

// A clock at i: one or two digits not glued to others, ":30" minutes, then "am", "pm", "a.m.",
// "p.m." (with or without a space before).
auto clock_at(std::string_view s, std::size_t i) -> clock_found {
    if (i >= s.size() || !is_digit(s[i]) || (i > 0 && is_alnum(byte_at(s, i - 1)))) return {};
    std::size_t end = i;
    while (end < s.size() && is_digit(s[end])) ++end;
    if (end - i > 2) return {};
    clock_found out{end, false};
    if (byte_at(s, end) == ':' && is_digit(static_cast<char>(byte_at(s, end + 1))) &&
        is_digit(static_cast<char>(byte_at(s, end + 2))) && !is_digit(static_cast<char>(byte_at(s, end + 3)))) {
        out = {end + 3, true};
    }
    const auto after = skip_spaces(s, out.end);
    const auto half = detail::to_lower(static_cast<char>(byte_at(s, after)));
    if (half == 'a' || half == 'p') {
        auto j = after + 1;
        if (byte_at(s, j) == '.') ++j;
        if (detail::to_lower(static_cast<char>(byte_at(s, j))) == 'm') {
            ++j;
            if (byte_at(s, j) == '.') ++j;
            if (!is_alnum(byte_at(s, j))) out = {j, true};
        }
    }
    return out;
}

// The end of the times of day written at i ("7pm", "7 - 9 pm", "7:00 to 9:30", "19:00"), or
// npos: one clock that is surely a time, or two joined by a dash or "to" when either is.
auto time_at(std::string_view s, std::size_t i) -> std::size_t {
    const auto first = clock_at(s, i);
    if (first.end == npos) return npos;
    const auto j = skip_spaces(s, first.end);
    std::size_t k = npos;
    if (const auto n = detail::dash_at(s, j)) {
        k = skip_spaces(s, j + n);
    } else {
        for (const std::string_view word : {"to", "until", "till"}) {
            if (detail::equal_ignoring_case(s.substr(j, word.size()), word) && space_at(s, j + word.size()) != 0) {
                k = skip_spaces(s, j + word.size());
                break;
            }
        }
    }
    if (k != npos) {
        if (const auto second = clock_at(s, k); second.end != npos && (first.sure || second.sure)) return second.end;
    }
    return first.sure ? first.end : npos;
}

// Whether `s` holds a time of day: "7am", "7 pm", "7-9pm", "10:30", "7:00 p.m.".
auto has_time_of_day(std::string_view s) -> bool {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (time_at(s, i) != npos) return true;
    }
    return false;
}

// ---- dates in a line ----------------------------------------------------------------------

// A run of the words, numbers and marks a date range is written with, found where one may start.
struct date_run {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool month = false;  // holds a month name, or is an ISO date
    bool day = false;    // holds a day number (or a whole ISO date)
    bool year = false;   // holds a four-digit year
};

// The most words and numbers a run takes: "from Fri 13th Nov 2015 - Sun 15th Nov 2015" has nine.
constexpr std::size_t most_run_words = 12;

enum class token_kind { none, start, part };

struct token {
    token_kind kind = token_kind::none;
    std::size_t end = 0;
    bool month = false;
    bool day = false;
    bool year = false;
    bool iso = false;
};

// The date token at i (a word start): a calendar word, a day number with its ordinal suffix, a
// year, or an ISO date's first number. Numbers glued to letters ("7am") or to a colon ("10:30")
// are times, no date.
auto date_token(std::string_view s, std::size_t i) -> token {
    token t;
    if (is_digit(s[i])) {
        std::size_t end = i;
        while (end < s.size() && is_digit(s[end])) ++end;
        const auto digits = end - i;
        if (digits == 4 && byte_at(s, end) == '-' && is_digit(static_cast<char>(byte_at(s, end + 1)))) {
            // 2015-11-13: the rest of the ISO date follows as numbers and dashes.
            t = {token_kind::start, end, true, false, true, true};
            std::size_t j = end;
            int parts = 1;
            while (byte_at(s, j) == '-' && is_digit(static_cast<char>(byte_at(s, j + 1))) && parts < 3) {
                ++j;
                while (j < s.size() && is_digit(s[j])) ++j;
                ++parts;
            }
            t.day = parts == 3;
            t.end = j;
            return t;
        }
        if (digits <= 2) {
            const auto a = byte_at(s, end);
            const auto b = byte_at(s, end + 1);
            if (is_alpha(static_cast<char>(a)) && is_alpha(static_cast<char>(b)) && !is_alnum(byte_at(s, end + 2))) {
                const auto suffix = detail::ascii_lower(s.substr(end, 2));
                if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return t;
                end += 2;
            }
            if (is_alnum(byte_at(s, end)) || (byte_at(s, end) == ':' && is_digit(static_cast<char>(byte_at(s, end + 1))))) {
                return t;
            }
            // "7 pm", "7 a.m.", "7 - 9 pm": times.
            if (time_at(s, i) != npos) return t;
            t = {token_kind::start, end, false, true, false, false};
            return t;
        }
        if (digits == 4 && !is_alnum(byte_at(s, end)) &&
            !(byte_at(s, end) == ':' && is_digit(static_cast<char>(byte_at(s, end + 1))))) {
            t = {token_kind::part, end, false, false, true, false};
        }
        return t;
    }
    const auto end = word_end(s, i);
    if (end == i || end - i > 24) return t;
    const auto* w = detail::find_calendar_word(s.substr(i, end - i));
    if (!w) return t;
    t.end = end;
    switch (w->kind) {
    case detail::calendar_word_kind::month:
        t.kind = token_kind::start;
        t.month = true;
        break;
    case detail::calendar_word_kind::weekday:
    case detail::calendar_word_kind::from:
        t.kind = token_kind::start;
        break;
    case detail::calendar_word_kind::to:
    case detail::calendar_word_kind::of:
    case detail::calendar_word_kind::list:
        t.kind = token_kind::part;
        break;
    }
    return t;
}

// Whether a run goes on over the mark at i: a space, a range dash, a comma, a period or a slash.
auto run_mark_at(std::string_view s, std::size_t i) -> std::size_t {
    if (const auto n = space_at(s, i)) return n;
    if (const auto n = detail::dash_at(s, i)) return n;
    const auto c = byte_at(s, i);
    return c == ',' || c == '.' || c == '/' ? 1 : 0;
}

// The run of date tokens that starts at i (a start token), its trailing marks and range words
// left out.
auto run_from(std::string_view s, std::size_t i) -> date_run {
    date_run run{i, i};
    std::size_t words = 0;
    std::size_t at = i;
    std::size_t last_value_end = i;  // after the last token that is not a range word
    while (at < s.size() && words < most_run_words) {
        if (!starts_word(s, at)) {
            const auto n = run_mark_at(s, at);
            if (n == 0) break;
            at += n;
            continue;
        }
        const auto t = date_token(s, at);
        if (t.kind == token_kind::none) break;
        ++words;
        run.month |= t.month;
        run.day |= t.day;
        run.year |= t.year;
        at = t.end;
        if (t.kind == token_kind::start || t.day || t.year) last_value_end = t.end;
    }
    run.end = last_value_end;
    return run;
}

struct found_date {
    date_run run;
    std::optional<date_range> range;
    std::string reason;  // why not, when range is none
    std::size_t end = 0; // the end of the text read (a run may be read shorter at a comma)
    std::vector<date_range> sessions;  // the days of a day list ("June 12 & 16"), else empty
};

// Reads a run with the date parser. A run that fails is not read shorter: "Nov 15-13" is never
// "Nov 15", "February 29, 2014" never "February 29" of another year, "Jul 18, Fri" never a July 18
// that is no Friday.
auto read_run(std::string_view s, const date_run& run, const parse_options& options) -> found_date {
    found_date out{run, std::nullopt, {}, run.end, {}};
    const auto text = s.substr(run.begin, run.end - run.begin);
    std::string reason;
    out.range = detail::try_parse_date_range(text, options, &reason);
    if (!out.range) out.reason = "\"" + std::string(trim(text)) + "\": " + reason;
    return out;
}

// Calls `visit` with every run in `s` that mentions a date, in order, until it returns false: a
// month with a day or a year ("May 3", "November 2025"), or an ISO date. A month alone ("May
// Day") mentions none.
template <class Visit>
void for_each_date_run(std::string_view s, Visit&& visit) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!starts_word(s, i)) continue;
        const auto t = date_token(s, i);
        if (t.kind != token_kind::start) {
            if (t.end > i) i = t.end - 1;
            continue;
        }
        const auto run = run_from(s, i);
        if (run.month && (run.day || run.year) && !visit(run)) return;
        i = std::max(run.end, t.end) - 1;
    }
}

auto date_runs(std::string_view s) -> std::vector<date_run> {
    std::vector<date_run> out;
    for_each_date_run(s, [&](const date_run& run) {
        out.push_back(run);
        return true;
    });
    return out;
}

auto has_date_run(std::string_view s) -> bool {
    bool found = false;
    for_each_date_run(s, [&](const date_run&) { return !(found = true); });
    return found;
}

// Day lists after a date: "June 12 & 16", "Nov 28 & Dec 1", "May 3, 10 and 17".
auto day_list_follows(std::string_view s, std::size_t end) -> bool {
    auto i = skip_spaces(s, end);
    const auto c = byte_at(s, i);
    std::size_t next = npos;
    if (c == '&' || c == '+') {
        next = skip_spaces(s, i + 1);
    } else if ((c == 'a' || c == 'A') && detail::equal_ignoring_case(s.substr(i, 3), "and") && !is_alnum(byte_at(s, i + 3))) {
        next = skip_spaces(s, i + 3);
    } else if (c == ',') {
        next = skip_spaces(s, i + 1);
        const auto t = next < s.size() && starts_word(s, next) ? date_token(s, next) : token{};
        // "May 3, 7 pm" goes on with a time, not a day.
        return t.kind == token_kind::start && t.day && !t.month && !t.iso && !has_time_of_day(s.substr(next, 12));
    } else {
        return false;
    }
    if (next >= s.size() || !starts_word(s, next)) return false;
    const auto t = date_token(s, next);
    return t.kind == token_kind::start && (t.day || t.month);
}

// A date written in numbers only, "5/15/2024", "15.05.2024", "5/15": the date parser reads none,
// since the order of day and month is not known. Returns its text, empty if none.
auto numeric_date(std::string_view s) -> std::string_view {
    auto digits_end = [&](std::size_t i) {
        while (i < s.size() && is_digit(s[i])) ++i;
        return i;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && is_alnum(byte_at(s, i - 1)))) continue;
        const auto a = digits_end(i);
        const auto mark = byte_at(s, a);
        if (a - i == 4 && (mark == '/' || mark == '.') && is_digit(static_cast<char>(byte_at(s, a + 1)))) {
            // "2015.05.25", "2015/5/25"
            const auto b = digits_end(a + 1);
            if (b - a - 1 <= 2 && byte_at(s, b) == mark && is_digit(static_cast<char>(byte_at(s, b + 1)))) {
                const auto c = digits_end(b + 1);
                if (c - b - 1 <= 2 && !is_alnum(byte_at(s, c))) return s.substr(i, c - i);
            }
        }
        if (a - i <= 2 && mark == '-' && is_digit(static_cast<char>(byte_at(s, a + 1)))) {
            // "05-25-2015": with dashes, only a whole date with its year (a range of days "3-5" is no date)
            const auto b = digits_end(a + 1);
            if (b - a - 1 <= 2 && byte_at(s, b) == '-' && is_digit(static_cast<char>(byte_at(s, b + 1)))) {
                const auto c = digits_end(b + 1);
                if ((c - b - 1 == 2 || c - b - 1 == 4) && !is_alnum(byte_at(s, c))) return s.substr(i, c - i);
            }
        }
        if (a - i <= 2 && (mark == '/' || mark == '.') && is_digit(static_cast<char>(byte_at(s, a + 1)))) {
            auto b = digits_end(a + 1);
            if (b - a - 1 <= 2) {
                bool year = false;
                if (byte_at(s, b) == mark && is_digit(static_cast<char>(byte_at(s, b + 1)))) {
                    const auto c = digits_end(b + 1);
                    year = c - b - 1 == 2 || c - b - 1 == 4;
                    if (year) b = c;
                }
                // "2.0" is a version: with dots, only day, month and year make a date.
                if (!is_alnum(byte_at(s, b)) && (mark == '/' || year)) return s.substr(i, b - i);
            }
        }
        i = a;
    }
    return {};
}

// Whether a run holds a day list: a comma followed by a day ("May 3, 10 and 17").
auto day_list_in(std::string_view run) -> bool {
    for (std::size_t i = 0; i < run.size(); ++i) {
        if (run[i] != ',') continue;
        const auto next = skip_spaces(run, i + 1);
        if (next < run.size() && is_digit(run[next])) {
            std::size_t end = next;
            while (end < run.size() && is_digit(run[end])) ++end;
            if (end - next <= 2) return true;
        }
    }
    return false;
}

auto day_list_follows(std::string_view s, std::size_t end) -> bool;

// Where a day list that starts with `run` ends: over each "&", "and" or ", <day>" and the run
// after it ("June 12 & 16, 2026", "Nov 28 & Dec 1, 2025").
auto day_list_end(std::string_view s, const date_run& run) -> std::size_t {
    auto end = run.end;
    for (std::size_t guard = 0; guard < s.size() && day_list_follows(s, end); ++guard) {
        auto next = skip_spaces(s, end);
        next = skip_spaces(s, next + (byte_at(s, next) == 'a' || byte_at(s, next) == 'A' ? 3 : 1));
        const auto more = run_from(s, next);
        if (more.end <= next) break;
        end = more.end;
    }
    return end;
}

// Reads the day list from `run` to `end` (day_list_end) with parse_days: the overall range and
// its sessions, or why not. Never read shorter, as read_run.
auto read_day_list(std::string_view s, const date_run& run, std::size_t end, const parse_options& options) -> found_date {
    found_date out{run, std::nullopt, {}, end, {}};
    const auto text = trim(s.substr(run.begin, end - run.begin));
    try {
        auto days = parse_days(text, options);
        out.range = date_range{days.front().first(), days.back().last()};
        if (days.size() > 1) out.sessions = std::move(days);
    } catch (const parse_error& e) {
        out.reason = "\"" + std::string(text) + "\": " + e.reason();
    }
    return out;
}

// Where a date that a run only ends starts: the run follows a day number, a range word ("to",
// "from", "of"), "and", "&" or "the" ("from the 13th to the 15th July" holds the run "15th July").
// npos when the run starts the date.
auto date_goes_on_before(std::string_view s, std::size_t begin) -> std::size_t {
    std::size_t start = npos;
    std::size_t i = begin;
    for (int words = 0; words < 8; ++words) {
        while (const auto n = detail::space_before(s, i)) i -= n;
        if (i == 0) break;
        if (s[i - 1] == '&') {
            start = --i;
            continue;
        }
        std::size_t b = i;
        while (b > 0 && (is_alnum(byte_at(s, b - 1)))) --b;
        if (b == i) break;
        const auto word = s.substr(b, i - b);
        const auto* w = detail::find_calendar_word(word);
        const bool day = is_digit(word[0]) && word.size() <= 4 && date_token(s, b).day;
        const bool joins = (w && (w->kind == detail::calendar_word_kind::to || w->kind == detail::calendar_word_kind::from ||
                                  w->kind == detail::calendar_word_kind::of)) ||
                           detail::equal_ignoring_case(word, "the") || detail::equal_ignoring_case(word, "and");
        if (!day && !joins) break;
        if (day) start = b;
        i = b;
    }
    return start;
}

// Whether `word` is a day written as an ordinal word: "first" to "thirty-first".
auto is_ordinal_word(std::string_view word) -> bool {
    static constexpr std::array<std::string_view, 21> ordinals{
        "first",      "second",     "third",      "fourth",      "fifth",      "sixth",    "seventh",
        "eighth",     "ninth",      "tenth",      "eleventh",    "twelfth",    "thirteenth", "fourteenth",
        "fifteenth",  "sixteenth",  "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"};
    auto w = detail::ascii_lower(word);
    for (std::string_view tens : {"twenty-", "thirty-", "twenty", "thirty"}) {
        if (w.size() > tens.size() && w.starts_with(tens)) {
            w.erase(0, tens.size());
            break;
        }
    }
    return std::find(ordinals.begin(), ordinals.end(), w) != ordinals.end();
}

// A date whose day is written in words, next to a month: "May eighth", "the first of March",
// "Twenty-fourth of May". Returns where it starts and ends, {npos, npos} if none.
auto spelled_date(std::string_view s) -> std::pair<std::size_t, std::size_t> {
    struct word {
        std::size_t begin, end;
    };
    std::vector<word> words;  // the last few words, letters and '-'
    for (std::size_t i = 0; i < s.size();) {
        if (!is_alpha(s[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && (is_alpha(s[end]) || s[end] == '-')) ++end;
        words.push_back({i, end});
        i = end;
        if (words.size() > 4) words.erase(words.begin());
        const auto text = [&](const word& w) { return s.substr(w.begin, w.end - w.begin); };
        const auto n = words.size();
        if (n < 2) continue;
        const auto last = text(words[n - 1]);
        const auto* month = detail::find_calendar_word(last);
        const bool last_is_month = month && month->kind == detail::calendar_word_kind::month;
        // "<month> [the] <ordinal>"
        if (is_ordinal_word(last)) {
            for (std::size_t k = n - 1; k-- > 0 && k + 3 >= n;) {
                const auto w = text(words[k]);
                const auto* m = detail::find_calendar_word(w);
                if (m && m->kind == detail::calendar_word_kind::month) return {words[k].begin, words[n - 1].end};
                if (!detail::equal_ignoring_case(w, "the")) break;
            }
        }
        // "<ordinal> [of] <month>"
        if (last_is_month) {
            for (std::size_t k = n - 1; k-- > 0 && k + 3 >= n;) {
                const auto w = text(words[k]);
                if (is_ordinal_word(w)) {
                    const bool the = k > 0 && detail::equal_ignoring_case(text(words[k - 1]), "the");
                    return {words[the ? k - 1 : k].begin, words[n - 1].end};
                }
                if (!detail::equal_ignoring_case(w, "of")) break;
            }
        }
    }
    return {npos, npos};
}

// Words that introduce a date in running text: a line whose date follows one of them mentions
// the date ("The vote is on May 3"), it lists no event.
constexpr std::array<std::string_view, 17> mention_words{"on",    "by",  "until", "till", "since", "before",
                                                         "after", "is",  "was",   "are",  "were",  "will",
                                                         "be",    "in",  "at",    "for",  "of"};

auto is_mention(std::string_view s, std::size_t date_begin) -> bool {
    std::size_t i = date_begin;
    while (const auto n = detail::space_before(s, i)) i -= n;
    std::size_t b = i;
    while (b > 0 && is_lower(s[b - 1])) --b;
    // A sentence may start with the word: "On August 11 2015, the vote passed."
    if (b == 1 && is_upper(s[0])) b = 0;
    if (b == i || (b > 0 && is_alnum(byte_at(s, b - 1)))) return false;
    const auto word = s.substr(b, i - b);
    return std::any_of(mention_words.begin(), mention_words.end(),
                       [&](std::string_view w) { return detail::equal_ignoring_case(w, word); });
}

// ---- places -------------------------------------------------------------------------------

// Separators between an event's name, dates and place, trimmed from the pieces' ends.
auto separator_at(std::string_view s, std::size_t i) -> std::size_t {
    if (const auto n = space_at(s, i)) return n;
    if (const auto n = detail::dash_at(s, i)) return n;
    const auto c = byte_at(s, i);
    if (c == ',' || c == ':' || c == ';' || c == '|' || c == '@' || c == '.' || c == '/') return 1;
    if (c == 0xC2 && byte_at(s, i + 1) == 0xB7) return 2;                                  // ·
    if (c == 0xE2 && byte_at(s, i + 1) == 0x80 && byte_at(s, i + 2) == 0xA2) return 3;  // •
    return 0;
}

auto strip_separators(std::string_view s) -> std::string_view {
    std::size_t b = 0;
    while (const auto n = separator_at(s, b)) b += n;
    s.remove_prefix(b);
    for (;;) {
        if (s.empty()) return s;
        if (const auto n = detail::space_before(s, s.size())) {
            s.remove_suffix(n);
        } else if (const auto d = detail::dash_before(s, s.size())) {
            s.remove_suffix(d);
        } else if (const char c = s.back(); c == ',' || c == ':' || c == ';' || c == '|' || c == '@' || c == '(' || c == '/') {
            s.remove_suffix(1);
        } else {
            return s;
        }
    }
}

// A name or place without separators at either end, nor the words that join it to dates
// ("Harbor Summit on", "in Portland").
auto strip_piece(std::string_view s) -> std::string_view {
    for (;;) {
        s = strip_separators(s);
        bool changed = false;
        for (std::string_view w : {"in ", "at ", "on ", "from "}) {
            if (s.starts_with(w)) {
                s.remove_prefix(w.size());
                changed = true;
            }
        }
        for (std::string_view w : {" on", " from", " in", " at"}) {
            if (s.ends_with(w)) {
                s.remove_suffix(w.size());
                changed = true;
            }
        }
        if (!changed) return s;
    }
}

// Whether `city` can be a city name: letters (any script), spaces, '.', '\'', '’', '-'; no digits.
auto is_city(std::string_view city) -> bool {
    if (city.empty() || city.size() > 60) return false;
    if (!(is_alpha(city.front()) || byte_at(city, 0) >= 0x80)) return false;
    return std::all_of(city.begin(), city.end(), [](char c) {
        return is_alpha(c) || c == ' ' || c == '.' || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    });
}

// A region of `country` a text names: its code ("ME", "ON", "BY") or its name ("Maine",
// "Ontario", "Bavaria", "Bayern"); empty if none.
auto region_in(std::string_view text, std::string_view country) -> std::string_view {
    text = trim(text);
    if (text.empty()) return {};
    const auto* row = detail::is_region_code(text) ? detail::subdivision_coded(text, country)
                                                   : detail::subdivision_named(text, country);
    return row ? row->code : std::string_view{};
}

struct region_and_country {
    std::string_view region;
    std::string_view country;
};

// A state or province a text names without its country: a US state first ("CA" is California,
// "Georgia" the state), then a Canadian province ("ON", "Ontario"). Regions of other countries
// need their country: "Munich, Bavaria, Germany" (a city and a region elsewhere share names too
// often: "Berlin" is a German Land).
auto region_without_country(std::string_view text) -> region_and_country {
    for (std::string_view country : {"US", "CA"}) {
        if (const auto region = region_in(text, country); !region.empty()) return {region, country};
    }
    return {};
}

// The country a place's last part names: "USA", "Germany", "Canada"; a US state's name is the
// state ("Atlanta, Georgia"). Alpha-2 codes are read by the caller, where a region shows which.
auto country_in(std::string_view text) -> std::string_view {
    if (!region_in(text, "US").empty()) return {};
    const auto* row = detail::country_named(text);
    return row ? row->alpha_2 : std::string_view{};
}

struct read_place {
    bool ok = false;
    std::string locality;
    std::string region;
    std::string country = "US";
    std::string before;  // the parts before the city (a venue, or the name of a line without one)
};

// A place as the model holds it, read from its end: an optional country ("USA", "Germany", or a
// code after a region of it: "Toronto, ON, CA"), then a region of that country, or (without a
// country) a US state or Canadian province, by code or name, then the city: "City, ST", "City
// (ST)", "City, State Name", "City, Country", "City, Region, Country". A place needs its region
// or its country. What comes before the city is kept apart.
auto parse_place(std::string_view text) -> read_place {
    text = trim(text);
    auto last_part = [](std::string_view t) -> std::pair<std::string_view, std::string_view> {
        const auto comma = t.rfind(',');
        if (comma == npos) return {{}, trim(t)};
        return {trim(t.substr(0, comma)), trim(t.substr(comma + 1))};
    };
    auto [rest, last] = last_part(text);
    std::string_view country;
    if (!rest.empty()) {
        country = country_in(last);
        if (country.empty() && last.size() == 2 && detail::country_coded(last) != nullptr &&
            !region_in(last_part(rest).second, last).empty()) {
            country = last;  // "Toronto, ON, CA": a region of that country comes before
        }
        if (!country.empty()) std::tie(rest, last) = last_part(rest);
    }
    // The region of the known country, else a US state or Canadian province with its country.
    auto region_of = [&](std::string_view t) -> region_and_country {
        if (!country.empty()) return {region_in(t, country), country};
        return region_without_country(t);
    };
    region_and_country found{};
    std::string_view city;
    if (last.size() >= 4 && last.back() == ')' && last.find('(') != npos) {
        // "Tacoma (WA)", "Berlin (Germany)"
        const auto open = last.rfind('(');
        const auto inner = trim(last.substr(open + 1, last.size() - open - 2));
        city = trim(last.substr(0, open));
        found = region_of(inner);
        if (found.region.empty() && country.empty()) found.country = country_in(inner);
    } else if (!rest.empty()) {
        found = region_of(last);
        if (!found.region.empty()) {
            std::tie(rest, city) = last_part(rest);
        } else if (!country.empty()) {
            found.country = country;  // "Hilton, Berlin, Germany": no region
            city = last;
        }
    } else if (!country.empty()) {
        found.country = country;  // "Berlin, Germany"
        city = last;
    }
    if (found.country.empty() || !is_city(city)) return {};
    read_place out;
    out.locality = std::string(city);
    out.region = std::string(found.region);
    out.country = std::string(found.country);
    out.before = std::string(strip_separators(rest));
    out.ok = true;
    return out;
}

// Words that say an event is held online: "Online", "Virtual", "Remote", "Online event",
// "Virtual (Zoom)", "Zoom". A text with a comma is a place ("Online Learning Center, Boston, MA").
auto is_online(std::string_view text) -> bool {
    text = trim(text);
    // Such words are short: a long text is no online place, and a line of many " + " stays linear.
    if (text.empty() || text.size() > 60 || text.find(',') != npos) return false;
    const auto t = detail::ascii_lower(text);
    return t == "online" || t == "virtual" || t == "remote" || t.starts_with("online ") || t.starts_with("virtual ") ||
           t.find("zoom") != npos || t.ends_with(" online");
}

// A place and the online part a text gives with it: "Online" alone, or a hybrid "Boston, MA +
// Online", "Boston, MA & online", "Boston, MA and online", "Online / Boston, MA".
struct split_place {
    std::string_view in_person;
    bool online = false;
};

auto split_online(std::string_view text) -> split_place {
    text = trim(text);
    if (is_online(text)) return {{}, true};
    for (std::string_view joiner : {" + ", " & ", " and ", " / ", " or "}) {
        for (std::size_t at = text.find(joiner); at != npos; at = text.find(joiner, at + 1)) {
            const auto before = trim(text.substr(0, at));
            const auto after = trim(text.substr(at + joiner.size()));
            if (is_online(after) && !before.empty()) return {strip_separators(before), true};
            if (is_online(before) && !after.empty()) return {strip_separators(after), true};
        }
    }
    return {text, false};
}

// Whether a link is a video meeting's: Zoom, Google Meet, Microsoft Teams, Webex, Jitsi, Whereby.
auto is_meeting_link(std::string_view url) -> bool {
    const auto scheme = url.find("://");
    if (scheme == npos) return false;
    auto host = url.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#:"));
    const auto lower = detail::ascii_lower(host);
    for (std::string_view h : {"zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com",
                               "meet.jit.si", "whereby.com"}) {
        if (lower == h || (lower.size() > h.size() && lower.ends_with(h) && lower[lower.size() - h.size() - 1] == '.')) {
            return true;
        }
    }
    return false;
}

// The first separator between a name and a place: a spaced dash, ". ", ": " or " | ".
auto major_separator(std::string_view s) -> std::pair<std::size_t, std::size_t> {
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (space_at(s, i - 1) != 0) {
            if (const auto n = dash_run_at(s, i); n != 0 && space_at(s, i + n) != 0) return {i, i + n};
            if (s[i] == '|') return {i, i + 1};
        }
        if ((s[i - 1] == '.' || s[i - 1] == ':') && space_at(s, i) != 0) return {i - 1, i};
    }
    return {npos, npos};
}

// ---- events -------------------------------------------------------------------------------

struct event_fields {
    std::string name;
    date_range dates{date::sys_days{}};
    std::string locality;
    std::string region;
    std::string country = "US";
    std::string online;  // "online", a joining link, or empty
    std::string venue;
    std::string link;
    std::string description;
    std::vector<date_range> sessions;
    std::string times;  // the times of day as written, until take_times reads them
    std::optional<std::chrono::minutes> start_time;
    std::optional<std::chrono::minutes> end_time;
    std::string time_zone;  // of the times, when they name one; else the place's
    bool placed = false;    // a place (or a link to join) is written after the dates
};

// What one line or record gave: an event (with notes on what was left out of it), a warning,
// or nothing (it does not look like an event).
struct outcome {
    enum class kind { nothing, event, warning } what = kind::nothing;
    event_fields event;
    std::string reason;  // the warning, or the notes of an event joined by "; "

    static auto none() -> outcome { return {}; }
    static auto warn(std::string why) -> outcome { return {kind::warning, {}, std::move(why)}; }
};

void add_note(std::string& notes, std::string_view note) {
    if (!notes.empty()) notes += "; ";
    notes += note;
}

// The links of a line or record that may join the event online: a video meeting's link
// anywhere, or any link standing where the place goes (after the dates).
struct place_links {
    std::string meeting;  // a Zoom, Meet, Teams... link
    std::string placed;   // the first link in the place's position
};

auto links_of(const cleaned_line& cleaned, std::size_t place_begin) -> place_links {
    place_links out;
    for (const auto& l : cleaned.links) {
        if (out.meeting.empty() && is_meeting_link(l.url)) out.meeting = l.url;
        if (out.placed.empty() && l.at >= place_begin) out.placed = l.url;
    }
    return out;
}

// The online part of an event from its place's words and links: a meeting link; else, when the
// place says "Online" or is nothing but a link, that link; else "online" when the words say so.
void take_online(bool says_online, bool in_person, const place_links& links, event_fields& event) {
    if (!links.meeting.empty()) {
        event.online = links.meeting;
    } else if (!links.placed.empty() && (says_online || !in_person)) {
        event.online = links.placed;
    } else if (says_online) {
        event.online = "online";
    }
    // The joining link is no registration link: the first other link is, if any.
    if (event.online == event.link) event.link.clear();
}

// Where the times of day in a place's text run: from the first time to the end of the piece
// that holds the last (the next comma or spaced dash); {npos, npos} when it holds none.
auto times_in(std::string_view text) -> std::pair<std::size_t, std::size_t> {
    if (std::none_of(text.begin(), text.end(), is_digit)) return {npos, npos};
    std::size_t first = npos;
    std::size_t last_end = npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (const auto end = time_at(text, i); end != npos) {
            if (first == npos) first = i;
            last_end = end;
            i = end - 1;
        }
    }
    if (first == npos) return {npos, npos};
    auto end = last_end;
    while (end < text.size() && text[end] != ',' &&
           !(detail::space_before(text, end) != 0 && dash_run_at(text, end) != 0 && space_at(text, end + dash_run_at(text, end)) != 0)) {
        ++end;
    }
    return {first, end};
}

// One way the times are written: "7am PST", "7-9 pm (CDT)", "19:00-21:30".
struct written_times {
    detail::clock_span span;
    std::string zone;  // the abbreviation after them, may be empty
    std::string text;
};

// The times as written, one per zone ("7am PST / 10am EST / 4pm CEST"), or why they cannot be read.
auto read_times(std::string_view times, std::string& problem) -> std::vector<written_times> {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (const auto end = time_at(times, i); end != npos) {
            spans.emplace_back(i, end);
            i = end - 1;
        }
    }
    std::vector<written_times> out;
    for (std::size_t k = 0; k < spans.size(); ++k) {
        const auto [begin, end] = spans[k];
        const auto next = k + 1 < spans.size() ? spans[k + 1].first : times.size();
        auto zone = strip_separators(times.substr(end, next - end));
        for (const std::string_view word : {" or", " and"}) {
            if (zone.ends_with(word)) zone = strip_separators(zone.substr(0, zone.size() - word.size()));
        }
        if (zone.starts_with('(') && zone.ends_with(')')) zone = trim(zone.substr(1, zone.size() - 2));
        if (zone.size() > 6 || !std::all_of(zone.begin(), zone.end(), [](char c) { return is_alpha(c); })) {
            problem = "name no time zone that can be told (\"" + std::string(zone) + "\" after \"" +
                      std::string(times.substr(begin, end - begin)) + "\"; expected an abbreviation such as \"EST\")";
            return {};
        }
        const auto clock = times.substr(begin, end - begin);
        try {
            out.push_back({detail::parse_clock_span(clock), std::string(zone), std::string(clock)});
        } catch (const parse_error& e) {
            problem = "cannot be read: \"" + std::string(clock) + "\": " + e.reason();
            return {};
        }
    }
    return out;
}

// The zones the times of an event may be written in: its place's own, else its country's (in
// zone.tab's order); none for an event without a place.
auto zone_candidates(const event_fields& event) -> std::vector<std::string> {
    if (const auto own = detail::zone_of_place(event.country, event.region); !own.empty()) return {std::string(own)};
    if (event.locality.empty() && event.region.empty()) return {};
    return detail::zones_of_country(event.country);
}

// The local time one way of writing the times starts at on `day`.
auto local_start(const written_times& w, date::sys_days day) -> date::local_time<std::chrono::minutes> {
    return date::local_days{day.time_since_epoch()} + w.span.start;
}

// The zone of one way of writing the times: the one of `candidates` the abbreviation stands for on
// `day` (or the only candidate when none is written); without candidates (or with `place_only`
// false, when none matches), the abbreviation's own. Null when none is clear.
auto zone_written(const written_times& w, date::sys_days day, const std::vector<std::string>& candidates,
                  bool place_only) -> const date::time_zone* {
    for (const auto& name : candidates) {
        const auto* zone = detail::resolve_tzid(name).zone;
        if (zone == nullptr) continue;
        if (w.zone.empty() ? candidates.size() == 1
                           : detail::abbreviation_matches(w.zone, zone->get_info(local_start(w, day)).first.abbrev)) {
            return zone;
        }
    }
    if (place_only && !candidates.empty()) return nullptr;
    return w.zone.empty() ? nullptr : detail::zone_of_abbreviation(w.zone, day);
}

// Reads the times of an event whose place is known: a timed conference when one zone is clear
// (the place's own, or the one the abbreviation names where the place has several or none),
// else a note, and the event stays all-day. Times over several days are each day's: each day is
// a session.
void take_times(event_fields& event, std::string& notes) {
    if (event.times.empty()) return;
    const std::string times = std::exchange(event.times, {});
    auto all_day = [&](const std::string& why) {
        add_note(notes, "its times (\"" + times + "\") " + why + "; imported as an all-day event");
    };
    std::string problem;
    const auto written = read_times(times, problem);
    if (written.empty()) return all_day(problem.empty() ? "cannot be read" : problem);
    if (std::none_of(written.begin(), written.end(), [](const written_times& w) { return w.span.length.has_value(); })) {
        return all_day("give a start but no end time");
    }
    const auto day = event.dates.first();
    const auto candidates = zone_candidates(event);
    const written_times* chosen = nullptr;
    const date::time_zone* zone = nullptr;
    for (const auto& w : written) {
        if ((zone = zone_written(w, day, candidates, true)) != nullptr) {
            chosen = &w;
            break;
        }
    }
    if (chosen == nullptr) {
        const auto& w = written.front();
        if (w.zone.empty()) return all_day("give no time zone, and the place has no one zone of its own");
        if (!candidates.empty()) {
            return all_day("name a zone (\"" + w.zone + "\") that is not the place's (" + candidates.front() +
                           (candidates.size() > 1 ? " or another of its country" : "") + ")");
        }
        return all_day("name no time zone that can be told (\"" + w.zone + "\")");
    }
    // Every other way of writing them must give the same moment.
    const auto moment = zone->to_sys(local_start(*chosen, day), date::choose::earliest);
    for (const auto& w : written) {
        if (&w == chosen) continue;
        const auto* other = zone_written(w, day, candidates, false);
        if (other == nullptr) continue;
        if (other->to_sys(local_start(w, day), date::choose::earliest) != moment) {
            return all_day("disagree: \"" + chosen->text + " " + chosen->zone + "\" and \"" + w.text + " " + w.zone +
                           "\" are not the same moment");
        }
    }
    if (!chosen->span.length) return all_day("give a start but no end time");
    const auto end = chosen->span.start + *chosen->span.length;
    if (end >= std::chrono::hours{24}) return all_day("run past midnight");
    const auto days = (event.dates.last() - event.dates.first()).count() + 1;
    if (days > 31 && event.sessions.empty()) return all_day("are each day's, over more than 31 days");
    if (days > 1 && event.sessions.empty()) {
        for (auto d = event.dates.first(); d <= event.dates.last(); d += date::days{1}) event.sessions.emplace_back(d);
    }
    event.start_time = chosen->span.start;
    event.end_time = end;
    event.time_zone = zone->name();
}

// The place text of an event: sets the place (and its online part), or notes why it was not read.
void take_place(std::string_view text, event_fields& event, std::string& notes, const place_links& links = {}) {
    text = strip_piece(text);
    if (!text.empty() && text.back() == ')' && text.find('(') == npos) text = strip_piece(text.substr(0, text.size() - 1));
    if (text.empty()) {
        take_online(false, false, links, event);
        event.placed = !event.online.empty();
        return;
    }
    // Times of day sit between the dates and the place: "7am PST / 10am EST, Berlin, Germany",
    // "7 pm - Boise, ID". They run from the first time to the end of the piece (up to a comma or
    // a spaced dash) that holds the last, and take_times reads them once the place is known.
    std::string kept;
    bool had_times = false;
    if (const auto [begin, end] = times_in(text); begin != npos) {
        had_times = true;
        if (event.times.empty()) event.times = std::string(trim(text.substr(begin, end - begin)));
        const auto before = strip_piece(text.substr(0, begin));
        const auto after = strip_piece(text.substr(end));
        kept = std::string(before) + (before.empty() || after.empty() ? "" : ", ") + std::string(after);
    }
    const std::string_view place_text = had_times ? std::string_view(kept) : text;
    if (place_text.empty()) {
        take_online(false, false, links, event);
        event.placed = !event.online.empty();
        return;
    }
    event.placed = true;
    const auto split = split_online(place_text);
    auto place = split.in_person.empty() ? read_place{} : parse_place(split.in_person);
    if (!place.ok && !split.online && event.name.empty()) {
        // "SeaGL: Seattle, WA" after the dates: the name, then the place.
        const auto [sep, after] = major_separator(place_text);
        if (sep != npos) {
            event.name = std::string(strip_piece(place_text.substr(0, sep)));
            take_place(place_text.substr(after), event, notes, links);
            return;
        }
        if (place_text.find(',') == npos) {
            event.name = std::string(place_text);
            take_online(false, false, links, event);
            event.placed = !event.online.empty();
            return;
        }
    }
    take_online(split.online, !split.in_person.empty(), links, event);
    if (!place.ok) {
        if (split.in_person.empty()) return;  // online only
        add_note(notes, "the place \"" + std::string(split.in_person) +
                            "\" was not read: expected a city with its state, province or country (\"City, ST\", "
                            "\"City (ST)\", \"City, State\", \"City, Country\", \"City, Region, Country\"); the "
                            "conference has no place and keeps it in its description");
        add_note(event.description, "Place: " + std::string(split.in_person));
        return;
    }
    event.locality = std::move(place.locality);
    event.region = std::move(place.region);
    event.country = std::move(place.country);
    if (event.name.empty()) {
        event.name = std::move(place.before);
    } else {
        event.venue = std::move(place.before);
    }
}

// The reference a run without a year is read against: a year elsewhere on the line, else the
// heading's, else the options'.
auto reference_for(int line_year, int heading_year, date::sys_days fallback) -> parse_options {
    const int year = line_year != 0 ? line_year : heading_year;
    if (year == 0) return parse_options{fallback};
    return parse_options{date::sys_days{date::year{year} / date::January / 1}};
}

struct line_context {
    int heading_year = 0;
    std::string_view heading_name;  // the heading right above, when nothing came between
    date::sys_days reference;
    bool item = false;              // a list item or a table row: its shape is a listing's
};


// A line's day list from `run` ("June 12 & 16, 2026"): one event's days when nothing but its own
// days follow; else none, and `problem` says why.
auto line_day_list(std::string_view s, const date_run& run, const line_context& context, outcome& problem)
    -> std::optional<found_date> {
    const auto end = day_list_end(s, run);
    const int year = sole_year(s, run.begin, end);
    auto list = read_day_list(s, run, end, reference_for(year, context.heading_year, context.reference));
    if (!list.range) {
        problem = outcome::warn("its days cannot be read: " + list.reason);
        return std::nullopt;
    }
    const auto rest = s.substr(list.end);
    std::optional<date_run> after;
    for_each_date_run(rest, [&](const date_run& r) {
        if (!is_mention(rest, r.begin)) after = r;
        return !after;
    });
    if (after) {
        problem = outcome::warn("holds more than one date (\"" + std::string(trim(s.substr(run.begin, run.end - run.begin))) +
                                "\", \"" + std::string(trim(rest.substr(after->begin, after->end - after->begin))) +
                                "\"); expected one date range or day list per event");
        return std::nullopt;
    }
    return list;
}

// The one date range of a line, or why there is none: `problem` is then a warning, or nothing
// when the line does not look like an event.
auto line_dates(std::string_view s, const line_context& context, outcome& problem) -> std::optional<found_date> {
    // The first two runs: one is an event's, two are too many. A date that follows "on", "by",
    // "is"... is mentioned in a sentence.
    std::array<date_run, 2> runs{};
    std::size_t count = 0;
    for_each_date_run(s, [&](const date_run& r) {
        if (!is_mention(s, r.begin)) runs[count++] = r;
        return count < runs.size();
    });
    if (count == 0) {
        const auto words = static_cast<std::size_t>(std::count(s.begin(), s.end(), ' '));
        if (says_to_be_announced(s) && (context.item || words < 12)) {
            problem = outcome::warn("its dates are to be announced; an event needs its days");
        } else if (const auto numbers = numeric_date(s); !numbers.empty() && (context.item || words < 12)) {
            problem = outcome::warn("its date \"" + std::string(numbers) +
                                    "\" is written in numbers only, which could be day or month first; expected a "
                                    "month name (\"May 15\") or an ISO date (\"2024-05-15\")");
        } else if (const auto [begin, end] = spelled_date(s);
                   begin != npos && !is_mention(s, begin) && (context.item || words < 12)) {
            problem = outcome::warn("its date \"" + std::string(s.substr(begin, end - begin)) +
                                    "\" has its day in words; expected the day in figures (\"May 8\")");
        }
        return std::nullopt;
    }
    auto quote = [&](const date_run& r) { return "\"" + std::string(trim(s.substr(r.begin, r.end - r.begin))) + "\""; };
    const auto& run = runs.front();
    auto as_list = [&] { return line_day_list(s, run, context, problem); };
    if (count > 1) {
        if (day_list_follows(s, runs[0].end)) return as_list();
        problem = outcome::warn("holds more than one date (" + quote(runs[0]) + ", " + quote(runs[1]) +
                                "); expected one date range per event");
        return std::nullopt;
    }
    const int line_year = run.year ? 0 : sole_year(s, run.begin, run.end);
    auto found = read_run(s, run, reference_for(line_year, context.heading_year, context.reference));
    bool numbers_before = false;  // the dates were read after numbers that end the name
    if (!found.range) {
        // Numbers that end the name run into the dates ("Route 66 Nov 13", "Summit 1 2 3 Nov
        // 13-15"): read from the first calendar word when only numbers come before it.
        for (std::size_t i = run.begin; i < run.end; ++i) {
            if (!starts_word(s, i) || is_digit(s[i])) continue;
            const auto t = date_token(s, i);
            if (t.kind == token_kind::start && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(run.begin),
                                                           s.begin() + static_cast<std::ptrdiff_t>(i), [](char c) {
                                                               return is_digit(c) || c == ' ' || c == ',';
                                                           })) {
                date_run later = run;
                later.begin = i;
                // The numbers are the name's either way: the dates' reason is of the dates alone.
                found = read_run(s, later, reference_for(line_year, context.heading_year, context.reference));
                numbers_before = true;
            }
            break;
        }
    }
    if (!found.range && day_list_in(s.substr(run.begin, run.end - run.begin))) {
        return as_list();
    } else if (!found.range) {
        problem = outcome::warn("its dates cannot be read: " + found.reason);
    } else if (const auto start = numbers_before ? npos : date_goes_on_before(s, run.begin); start != npos) {
        problem = outcome::warn("its dates cannot be read: \"" + std::string(trim(s.substr(start, run.end - start))) +
                                "\" is no date range the parser reads (only \"" +
                                std::string(s.substr(run.begin, run.end - run.begin)) + "\" is)");
    } else if (!found.run.day) {
        problem = outcome::warn("gives only a month (\"" + std::string(s.substr(found.run.begin, found.end - found.run.begin)) +
                                "\"); expected the event's days");
    } else if (day_list_follows(s, found.end)) {
        return as_list();
    } else {
        return found;
    }
    return std::nullopt;
}

// A line without a date that is still an event's: a short line or item whose end, after a
// spaced dash, is a place, and whose text before it holds a number ("Hill Assembly Smarch 3-5 -
// Boise, ID"): a warning, as its dates are unreadable. Anything else is nothing.
auto unreadable_dates(std::string_view s, const line_context& context) -> outcome {
    const auto words = static_cast<std::size_t>(std::count(s.begin(), s.end(), ' '));
    if (!context.item && words >= 12) return outcome::none();
    std::size_t dash_end = npos;
    std::size_t dash_begin = npos;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (detail::space_before(s, i) == 0) continue;
        if (const auto n = dash_run_at(s, i); n != 0 && space_at(s, i + n) != 0) {
            dash_begin = i;
            dash_end = i + n;
            i += n - 1;
        }
    }
    if (dash_end == npos) return outcome::none();
    const auto head = s.substr(0, dash_begin);
    const auto tail = strip_piece(s.substr(dash_end));
    if (std::none_of(head.begin(), head.end(), is_digit) || tail.empty() || !parse_place(tail).ok) return outcome::none();
    return outcome::warn("no date that can be read before the place \"" + std::string(tail) +
                         "\" (expected one such as \"Nov 7\" or \"May 15-17, 2024\")");
}

// Reads one line of a listing (a list item's text, a table row's cells joined by " | ", a plain
// line) into an event, a warning or nothing.
auto read_line(std::string_view raw, const line_context& context, bool markdown) -> outcome {
    const auto cleaned = clean(raw, markdown);
    const std::string_view s = cleaned.text;
    outcome problem;
    const auto found = line_dates(s, context, problem);
    if (!found && problem.what == outcome::kind::nothing) return unreadable_dates(s, context);
    if (!found) return problem;
    outcome out{outcome::kind::event, {}, {}};
    auto& event = out.event;
    event.dates = *found->range;
    event.sessions = found->sessions;
    event.link = cleaned.link;
    event.name = std::string(strip_piece(s.substr(0, found->run.begin)));
    take_place(s.substr(found->end), event, out.reason, links_of(cleaned, found->end));
    take_times(event, out.reason);
    if (event.link.empty()) {
        // The joining link was the first: the next other link is the registration link.
        for (const auto& l : cleaned.links) {
            if (l.url != event.online) {
                event.link = l.url;
                break;
            }
        }
    }
    if (detail::is_blank(event.name)) {
        if (context.heading_name.empty()) {
            return outcome::warn("no event name (expected the name before the dates, or a heading right above)");
        }
        event.name = std::string(context.heading_name);
    }
    return out;
}

// ---- spreadsheets ---------------------------------------------------------------------------

enum class column { other, name, dates, start, end, times, city, place, venue, state, country, url };

// The column a header names, compared without case and markup.
auto column_named(std::string_view header) -> column {
    const auto h = detail::ascii_lower(strip_separators(clean(header, true).text));
    struct row {
        std::string_view name;
        column col;
    };
    static constexpr std::array<row, 36> names{{
        {"name", column::name},         {"title", column::name},        {"event", column::name},
        {"event name", column::name},   {"conference", column::name},   {"what", column::name},
        {"date", column::dates},        {"dates", column::dates},       {"when", column::dates},
        {"day", column::dates},         {"days", column::dates},        {"start", column::start},
        {"start date", column::start},  {"starts", column::start},      {"begin", column::start},
        {"end", column::end},           {"end date", column::end},      {"ends", column::end},
        {"city", column::city},         {"town", column::city},         {"location", column::place},
        {"place", column::place},       {"where", column::place},       {"venue", column::venue},
        {"state", column::state},       {"region", column::state},      {"province", column::state},
        {"country", column::country},   {"url", column::url},           {"link", column::url},
        {"website", column::url},       {"web", column::url},           {"registration", column::url},
        {"time", column::times},        {"times", column::times},       {"hours", column::times},
    }};
    for (const auto& r : names) {
        if (h == r.name) return r.col;
    }
    return column::other;
}

struct columns {
    std::vector<column> kinds;
    std::vector<std::string> headers;
    auto has(column c) const -> bool { return std::find(kinds.begin(), kinds.end(), c) != kinds.end(); }
    // A header row of a listing: a column of dates (or starts) and another known column.
    auto usable() const -> bool {
        const auto known = std::count_if(kinds.begin(), kinds.end(), [](column c) { return c != column::other; });
        return (has(column::dates) || has(column::start)) && known >= 2;
    }
};

auto columns_of(const std::vector<std::string>& cells) -> columns {
    columns out;
    for (const auto& cell : cells) {
        auto kind = column_named(cell);
        if (kind != column::other && out.has(kind)) kind = column::other;  // a second "name" column is notes
        out.kinds.push_back(kind);
        out.headers.emplace_back(trim(cell));
    }
    return out;
}

using detail::split_records;

// The days of a record: its dates column (a human range), or its start and end columns.
auto record_dates(std::string_view dates, std::string_view start, std::string_view end, const parse_options& options,
                  std::string& problem, std::vector<date_range>& sessions) -> std::optional<date_range> {
    std::string reason;
    auto read = [&](std::string_view text, const parse_options& o, std::string_view what) -> std::optional<date_range> {
        text = trim(text);
        if (says_to_be_announced(text)) {
            problem = "its " + std::string(what) + " are to be announced; an event needs its days";
            return std::nullopt;
        }
        auto range = detail::try_parse_date_range(trim(text), o, &reason);
        if (!range) {
            problem = "its " + std::string(what) + " cannot be read: \"" + std::string(text) + "\": " + reason;
            return std::nullopt;
        }
        return range;
    };
    if (!trim(dates).empty()) {
        const auto t = trim(dates);
        const auto runs = date_runs(t);
        if (!runs.empty() && !runs.front().day) {
            problem = "gives only a month (\"" + std::string(t) + "\"); expected the event's days";
            return std::nullopt;
        }
        if (!runs.empty() && (day_list_follows(t, runs.front().end) || day_list_in(t))) {
            const auto list = read_day_list(t, runs.front(), day_list_end(t, runs.front()), options);
            if (!list.range) {
                problem = "its dates cannot be read: " + list.reason;
                return std::nullopt;
            }
            if (list.end < t.size() && !trim(t.substr(list.end)).empty()) {
                problem = "its dates cannot be read: \"" + std::string(trim(t.substr(list.end))) + "\" follows the days";
                return std::nullopt;
            }
            sessions = list.sessions;
            return list.range;
        }
        return read(t, options, "dates");
    }
    if (trim(start).empty()) {
        problem = "no dates (expected a date in the dates or start column)";
        return std::nullopt;
    }
    const auto first = read(start, options, "start date");
    if (!first) return std::nullopt;
    if (trim(end).empty()) return first;
    // An end without a year is read from the start on.
    const auto last = read(end, parse_options{first->first()}, "end date");
    if (!last) return std::nullopt;
    if (last->last() < first->first()) {
        problem = "its end (\"" + std::string(trim(end)) + "\") comes before its start (\"" + std::string(trim(start)) + "\")";
        return std::nullopt;
    }
    return date_range{first->first(), last->last()};
}

// One row of a spreadsheet or of a Markdown table with a header row.
auto read_record(const columns& cols, const std::vector<std::string>& cells, const line_context& context) -> outcome {
    std::array<std::string_view, 12> by{};
    std::string extra;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const auto kind = k < cols.kinds.size() ? cols.kinds[k] : column::other;
        const auto value = trim(cells[k]);
        if (kind == column::other) {
            if (!value.empty()) {
                const auto header = k < cols.headers.size() ? std::string_view(cols.headers[k]) : std::string_view{};
                add_note(extra, header.empty() ? std::string(value) : std::string(header) + ": " + std::string(value));
            }
            continue;
        }
        by[static_cast<std::size_t>(kind)] = value;
    }
    const auto get = [&](column c) { return by[static_cast<std::size_t>(c)]; };
    const auto name = clean(get(column::name), true);
    const bool has_dates = !get(column::dates).empty() || !get(column::start).empty();
    if (trim(name.text).empty() && !has_dates) {
        return extra.empty() ? outcome::none() : outcome::warn("no event name and no dates");
    }
    const auto text_dates = clean(get(column::dates), true).text;
    const int line_year = sole_year(name.text);
    std::string problem;
    std::vector<date_range> sessions;
    const auto range = record_dates(text_dates, get(column::start), get(column::end),
                                    reference_for(line_year, context.heading_year, context.reference), problem, sessions);
    if (!range) return outcome::warn(problem);
    outcome out{outcome::kind::event, {}, {}};
    auto& event = out.event;
    event.dates = *range;
    event.sessions = std::move(sessions);
    event.name = std::string(strip_piece(name.text));
    if (detail::is_blank(event.name)) return outcome::warn("no event name");
    event.link = name.link;
    if (const auto url = trim(get(column::url)); !url.empty()) {
        const auto cleaned_url = clean(url, true);
        if (!cleaned_url.link.empty()) {
            event.link = cleaned_url.link;
        } else {
            add_note(out.reason, "the link \"" + std::string(url) + "\" is not an http(s) address; left out");
        }
    }
    std::string place;
    place_links links;
    for (const auto c : {column::place, column::city, column::state, column::country}) {
        const auto part = clean(get(c), true);
        // A link in a place column is where the event is joined.
        if (links.placed.empty() && !part.links.empty()) links.placed = part.links.front().url;
        if (links.meeting.empty() && !part.links.empty() && is_meeting_link(part.links.front().url)) {
            links.meeting = part.links.front().url;
        }
        auto text = trim(part.text);
        if (text.empty()) continue;
        // A country column's code says the country: "DE" is Germany there, never Delaware.
        if (c == column::country && text.size() == 2) {
            if (const auto* row = detail::country_coded(detail::ascii_lower(text) == "uk" ? "GB" : std::string{
                    static_cast<char>(text[0] & ~0x20), static_cast<char>(text[1] & ~0x20)})) {
                text = row->alpha_3;
            }
        }
        if (!place.empty()) place += ", ";
        place += text;
    }
    if (links.meeting.empty() && is_meeting_link(event.link)) links.meeting = event.link;
    const auto venue = trim(get(column::venue));
    if (const auto times = get(column::times); !times.empty()) event.times = std::string(trim(clean(times, true).text));
    take_place(place, event, out.reason, links);
    take_times(event, out.reason);
    if (!venue.empty()) event.venue = event.venue.empty() ? std::string(venue) : std::string(venue) + ", " + event.venue;
    add_note(event.description, extra);
    return out;
}

// ---- Markdown structure ---------------------------------------------------------------------

// "# Title" .. "###### Title": the level (0 if not a heading) and the text.
auto heading_of(std::string_view line, std::string_view& text) -> int {
    std::size_t i = 0;
    while (i < 3 && byte_at(line, i) == ' ') ++i;
    std::size_t level = 0;
    while (byte_at(line, i + level) == '#') ++level;
    if (level == 0 || level > 6) return 0;
    const auto after = i + level;
    if (after < line.size() && space_at(line, after) == 0) return 0;
    auto t = trim(line.substr(after));
    while (!t.empty() && t.back() == '#') t.remove_suffix(1);
    text = trim(t);
    return static_cast<int>(level);
}

// The text of a list item ("- ", "* ", "+ ", "• ", "1. ", "1) "), or npos when not one.
auto item_content(std::string_view line) -> std::size_t {
    auto i = skip_spaces(line, 0);
    const auto c = byte_at(line, i);
    std::size_t after = npos;
    if (c == '-' || c == '*' || c == '+') {
        after = i + 1;
    } else if (c == 0xE2 && byte_at(line, i + 1) == 0x80 && byte_at(line, i + 2) == 0xA2) {
        after = i + 3;
    } else if (is_digit(static_cast<char>(c))) {
        std::size_t d = i;
        while (d < line.size() && is_digit(line[d]) && d - i < 9) ++d;
        if (byte_at(line, d) == '.' || byte_at(line, d) == ')') after = d + 1;
    }
    if (after == npos || space_at(line, after) == 0) return npos;
    return skip_spaces(line, after);
}

auto is_table_row(std::string_view line) -> bool {
    const auto t = trim(line);
    return t.size() >= 2 && t.front() == '|' && t.find('|', 1) != npos;
}

// The cells of "| a | b |"; a backslash keeps a '|' in its cell.
auto table_cells(std::string_view line) -> std::vector<std::string> {
    auto t = trim(line);
    if (!t.empty() && t.front() == '|') t.remove_prefix(1);
    if (!t.empty() && t.back() == '|' && !(t.size() >= 2 && t[t.size() - 2] == '\\')) t.remove_suffix(1);
    std::vector<std::string> out;
    std::string cell;
    for (std::size_t b = 0;;) {
        const auto bar = t.find('|', b);
        const auto piece = t.substr(b, bar == npos ? npos : bar - b);
        if (bar != npos && !piece.empty() && piece.back() == '\\') {
            cell.append(piece.substr(0, piece.size() - 1)).append("|");  // "\|" keeps a bar in its cell
        } else {
            cell.append(piece);
            out.emplace_back(trim(cell));
            cell.clear();
        }
        if (bar == npos) break;
        b = bar + 1;
    }
    return out;
}

auto is_separator_row(std::string_view line) -> bool {
    const auto t = trim(line);
    if (t.size() < 2 || t.front() != '|' || t.find('-') == npos) return false;
    return t.find_first_not_of("|:- \t") == npos;
}

// A plain-text line that stands alone as a heading: short, holding no date, not a sentence.
auto is_text_heading(std::string_view line) -> bool {
    const auto t = trim(line);
    if (t.empty() || t.size() > 80) return false;
    const char last = t.back();
    if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';') return false;
    return std::any_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || is_digit(c); });
}

// ---- the reader ---------------------------------------------------------------------------

// Hashes what makes two events the same: name, days and place.
auto same_event_hash(const conference& event) -> std::size_t {
    const std::hash<std::string> h;
    return h(event.name) ^ (std::hash<date_range>{}(event.dates) * 31) ^ (h(event.place.locality) * 131) ^
           (std::hash<state_code>{}(event.place.state) * 1313);
}

// The conference of an event read: its fields, the zone of its times, else its place's when
// that has only one (a country or US state in one zone). No id yet.
auto to_conference(event_fields e) -> conference {
    conference event;
    event.name = std::move(e.name);
    event.dates = e.dates;
    event.sessions = std::move(e.sessions);
    event.place.venue = std::move(e.venue);
    event.place.locality = std::move(e.locality);
    event.place.state = detail::state_at("location.region", e.region);
    event.place.country = std::move(e.country);
    event.place.online = std::move(e.online);
    event.place.time_zone =
        e.time_zone.empty() ? std::string(detail::zone_of_place(event.place.country, event.place.state.str())) : e.time_zone;
    event.start_time = e.start_time;
    event.end_time = e.end_time;
    event.registration_url = std::move(e.link);
    event.description = std::move(e.description);
    return event;
}

class listing_reader {
public:
    listing_reader(std::string_view text, const listing_options& options)
        : text_(detail::without_bom(text)), options_(options) {}

    auto run() -> import_result {
        if (detail::is_blank(text_)) throw parse_error(text_, 0, "empty listing: expected event lines, a table or a spreadsheet");
        format_ = options_.format == listing_format::automatic ? detect_listing_format(text_) : options_.format;
        reference_ = options_.reference ? *options_.reference
                                        : std::chrono::floor<date::days>(std::chrono::system_clock::now());
        std::string title = options_.campaign_title.empty() ? first_heading() : options_.campaign_title;
        if (detail::is_blank(title)) title = "Listing";
        campaign_.emplace(options_.campaign_id, std::move(title));
        adder_.emplace(*campaign_);
        if (format_ == listing_format::csv || format_ == listing_format::tsv) {
            read_spreadsheet(format_ == listing_format::csv ? ',' : '\t');
        } else {
            read_lines();
        }
        std::stable_sort(warnings_.begin(), warnings_.end(),
                         [](const import_warning& a, const import_warning& b) { return a.line < b.line; });
        return {std::move(*campaign_), std::move(warnings_), std::string(to_string(format_))};
    }

private:
    void read_spreadsheet(char delimiter) {
        const auto records = split_records(text_, delimiter);
        if (records.empty()) throw parse_error(text_, 0, "empty listing: expected a header row");
        const auto cols = columns_of(records.front().cells);
        if (!cols.has(column::dates) && !cols.has(column::start)) {
            throw parse_error(records.front().raw, 0,
                              "the header row names no dates column: expected one named date, dates, when or start",
                              records.front().line);
        }
        line_context context{0, {}, reference_, true};
        for (std::size_t k = 1; k < records.size(); ++k) {
            const auto& r = records[k];
            if (r.unterminated) {
                warn(r.line, r.raw, "a quoted field opened on this line is never closed; the rest of the text was not read");
                continue;
            }
            take(r.line, r.raw, read_record(cols, r.cells, context));
        }
    }

    void read_lines() {
        const bool markdown = format_ == listing_format::markdown;
        const auto lines = split_lines(text_);
        bool in_code = false;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            const auto& l = lines[k];
            const auto t = trim(l.text);
            if (markdown && (t.starts_with("```") || t.starts_with("~~~"))) {
                in_code = !in_code;
                continue;
            }
            if (in_code || t.empty()) continue;
            std::string_view heading;
            if (const int level = markdown ? heading_of(l.text, heading) : 0) {
                read_heading(level, heading);
                continue;
            }
            line_context context{current_year(), heading_name_, reference_, false};
            if (markdown && is_table_row(l.text)) {
                const bool header = k + 1 < lines.size() && is_separator_row(lines[k + 1].text);
                read_table_row(l, header, context);
                continue;
            }
            table_.reset();
            read_plain_line(l, markdown, context);
        }
    }

    // Headings nest: a heading ends the year of those of its level and below.
    void read_heading(int level, std::string_view heading) {
        while (!headings_.empty() && headings_.back().first >= level) headings_.pop_back();
        const auto cleaned = clean(heading, true).text;
        headings_.emplace_back(level, sole_year(cleaned));
        heading_name_ = std::string(trim(cleaned));
        table_.reset();
    }

    // The year of the nearest heading above that states one.
    auto current_year() const -> int {
        int year = text_year_;
        for (const auto& h : headings_) {
            if (h.second != 0) year = h.second;
        }
        return year;
    }

    // A row of a table: its header (the row above "| --- |"), a row read by the header's
    // columns, or a row read as a line when the table has no header naming a dates column.
    void read_table_row(const text_line& l, bool header, line_context& context) {
        if (is_separator_row(l.text)) return;
        if (header) {
            auto cols = columns_of(table_cells(l.text));
            table_ = cols.usable() ? std::optional<columns>(std::move(cols)) : std::nullopt;
            return;
        }
        context.item = true;
        if (table_) {
            take(l.number, l.text, read_record(*table_, table_cells(l.text), context));
        } else {
            std::string joined;
            for (const auto& cell : table_cells(l.text)) {
                if (!joined.empty()) joined += " | ";
                joined += cell;
            }
            take(l.number, l.text, read_line(joined, context, true));
        }
        heading_name_.clear();
    }

    void read_plain_line(const text_line& l, bool markdown, line_context& context) {
        const auto t = trim(l.text);
        auto content = t;
        if (const auto at = item_content(l.text); at != npos) {
            content = trim(l.text.substr(at));
            context.item = true;
        } else if (markdown && t.front() == '>') {
            content = trim(t.substr(1));
        }
        const auto result = read_line(content, context, markdown);
        if (result.what == outcome::kind::nothing && !context.item && is_text_heading(content) && !has_date_run(content)) {
            // A line that stands alone names what follows, and may state its year ("2025").
            heading_name_ = std::string(trim(clean(content, markdown).text));
            if (!markdown) {
                if (const int y = sole_year(content)) text_year_ = y;
            }
            return;
        }
        take(l.number, t, result);
        heading_name_.clear();
    }

    void take(std::size_t line, std::string_view text, outcome result) {
        switch (result.what) {
        case outcome::kind::nothing: return;
        case outcome::kind::warning: warn(line, text, std::move(result.reason)); return;
        case outcome::kind::event:
            if (!result.reason.empty()) warn(line, text, "imported, but " + result.reason);
            if (auto why = adder_->add(to_conference(std::move(result.event)), line); !why.empty()) {
                warn(line, text, std::move(why));
            }
            return;
        }
    }

    void warn(std::size_t line, std::string_view text, std::string reason) {
        warnings_.push_back({line, quoted_line(text), std::move(reason)});
    }

    // The text of the listing's first Markdown heading, outside fenced code; empty if none.
    auto first_heading() const -> std::string {
        if (format_ != listing_format::markdown) return {};
        std::string out;
        bool in_code = false;
        for_each_line(text_, [&](const text_line& l) {
            const auto t = trim(l.text);
            if (t.starts_with("```") || t.starts_with("~~~")) in_code = !in_code;
            std::string_view heading;
            if (!in_code && heading_of(l.text, heading) != 0) {
                out = std::string(trim(clean(heading, true).text));
                return false;
            }
            return true;
        });
        return out;
    }

    std::string_view text_;
    const listing_options& options_;
    listing_format format_ = listing_format::text;
    date::sys_days reference_{};
    std::optional<campaign> campaign_;
    std::optional<detail::event_adder> adder_;  // into campaign_
    std::vector<std::pair<int, int>> headings_;  // (level, year) of the Markdown headings above
    std::string heading_name_;                  // of the heading right above, until a line comes between
    int text_year_ = 0;                         // of the last plain-text heading line stating one
    std::optional<columns> table_;              // the columns of the Markdown table being read
    std::vector<import_warning> warnings_;
};

// The cells of a spreadsheet's first line (quotes honoured, no line breaks inside).
auto first_line_cells(std::string_view line, char delimiter) -> std::vector<std::string> {
    auto records = split_records(line, delimiter);
    return records.empty() ? std::vector<std::string>{} : std::move(records.front().cells);
}

}  // namespace

auto detail::read_event_line(std::string_view line, date::sys_days reference, bool item) -> event_line {
    auto out = read_line(line, line_context{0, {}, reference, item}, false);
    switch (out.what) {
    case outcome::kind::nothing: return {};
    case outcome::kind::warning: return {event_line::kind::warning, {}, std::move(out.reason)};
    case outcome::kind::event: break;
    }
    const bool placed = out.event.placed;
    return {event_line::kind::event, to_conference(std::move(out.event)), std::move(out.reason), placed};
}

auto detail::event_adder::add(conference event, std::size_t line) -> std::string {
    auto& c = campaign_;
    const auto hash = same_event_hash(event);
    for (auto [it, end] = seen_.equal_range(hash); it != end; ++it) {
        const auto& other = c.conferences()[it->second.first];
        if (other.name == event.name && other.dates == event.dates && other.sessions == event.sessions &&
            other.place.locality == event.place.locality && other.place.state == event.place.state &&
            other.place.country == event.place.country && other.place.online == event.place.online) {
            return "repeats the event on line " + std::to_string(it->second.second);
        }
    }
    const auto year = static_cast<int>(date::year_month_day{event.dates.first()}.year());
    auto base = detail::slug(event.name, "event") + "-" + std::to_string(year);
    event.id = base;
    if (c.find_conference(event.id) != nullptr) {
        auto& n = next_suffix_.try_emplace(base, 2).first->second;
        do {
            event.id = base + "-" + std::to_string(n++);
        } while (c.find_conference(event.id) != nullptr);
    }
    const auto index = c.conferences().size();
    try {
        c.add_conference(std::move(event));
    } catch (const validation_error& err) {
        return std::string("the event was refused: ") + err.what();
    }
    seen_.emplace(hash, std::pair{index, line});
    return {};
}

auto to_string(listing_format format) -> std::string_view { return detail::name_of(format_names, format); }

auto parse_listing_format(std::string_view name) -> listing_format {
    return detail::parse_name(format_names, "listing format", name);
}

auto detect_listing_format(std::string_view text) -> listing_format {
    text = detail::without_bom(text);
    std::optional<std::string_view> first;
    auto format = listing_format::text;
    for_each_line(text, [&](const text_line& l) {
        if (!first) {
            if (trim(l.text).empty()) return true;
            first = l.text;
            if (l.text.find('\t') != npos && columns_of(first_line_cells(l.text, '\t')).usable()) {
                format = listing_format::tsv;
                return false;
            }
            if (l.text.find(',') != npos && columns_of(first_line_cells(l.text, ',')).usable()) {
                format = listing_format::csv;
                return false;
            }
        }
        std::string_view heading;
        const auto link = l.text.find("](");
        if (heading_of(l.text, heading) != 0 || is_table_row(l.text) ||
            (link != npos && l.text.rfind('[', link) != npos)) {
            format = listing_format::markdown;
            return false;
        }
        return true;
    });
    return format;
}

auto read_listing(std::string_view text, const listing_options& options) -> import_result {
    return listing_reader(text, options).run();
}

}  // namespace advocacy
