// SPDX-License-Identifier: MIT
#include "advocacy/announcement.hpp"

#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/event_line.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
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
using detail::space_before;
using detail::trim;
using detail::trim_back;
using detail::trim_front;

auto lower(std::string_view s) -> std::string { return detail::ascii_lower(s); }

// ---- words --------------------------------------------------------------------------------

// The month (1..12) a word names, full or abbreviated ("Nov", "Sept"), 0 for any other word. The
// words that start a date here are the English rows of the calendar table: announcements are
// English ("Mission to Mars" names no month), while the date parser they are handed to reads
// every language of the table ("13-15 novembre 2015" starts at its number).
auto month_of(std::string_view word) -> int { return detail::english_month(word); }

// The ASCII letters of the word starting at i.
auto word_at(std::string_view s, std::size_t i) -> std::string_view {
    std::size_t end = i;
    while (end < s.size() && is_alpha(s[end])) ++end;
    return s.substr(i, end - i);
}

// Whether a word starts at i: a letter or digit not preceded by one.
auto starts_word(std::string_view s, std::size_t i) -> bool {
    if (i >= s.size() || !(is_alpha(s[i]) || is_digit(s[i]))) return false;
    return i == 0 || !(is_alpha(s[i - 1]) || is_digit(s[i - 1]));
}

// Words of an event's kind: they end an event's name and say an action is about an event.
constexpr std::array<std::string_view, 16> event_words{
    "conference", "conferences", "summit",   "summits",    "assembly", "assemblies", "convening", "convenings",
    "convention", "conventions", "gathering", "gatherings", "forum",   "forums",     "congress",  "symposium"};

auto is_event_word(std::string_view word) -> bool {
    const std::string w = lower(word);
    return std::find(event_words.begin(), event_words.end(), w) != event_words.end();
}

// ---- full dates ---------------------------------------------------------------------------

struct found_date {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::optional<date::sys_days> day;  // none: written like a date but not one
    std::string reason;                 // why not, when day is none
};

// Digits at i (1-2 for a day with an optional ordinal suffix, or exactly `want` digits) not
// glued to other digits; returns the end, or npos.
auto day_number_end(std::string_view s, std::size_t i) -> std::size_t {
    std::size_t end = i;
    while (end < s.size() && is_digit(s[end])) ++end;
    if (end == i || end - i > 2) return npos;
    if (is_alpha(static_cast<char>(byte_at(s, end))) && is_alpha(static_cast<char>(byte_at(s, end + 1))) &&
        !is_alpha(static_cast<char>(byte_at(s, end + 2)))) {
        end += 2;  // "11th"; the date parser checks the suffix
    }
    if (is_alpha(static_cast<char>(byte_at(s, end))) || is_digit(static_cast<char>(byte_at(s, end)))) return npos;
    return end;
}

// A four-digit year at i after an optional comma and white space; returns its end or npos.
auto year_end(std::string_view s, std::size_t i) -> std::size_t {
    if (byte_at(s, i) == ',') ++i;
    const std::size_t start = skip_spaces(s, i);
    if (start == i && byte_at(s, i - 1) != ',') return npos;  // "Nov 72015" is not a year
    std::size_t end = start;
    while (end < s.size() && is_digit(s[end])) ++end;
    if (end - start != 4 || is_alpha(static_cast<char>(byte_at(s, end)))) return npos;
    return end;
}

// The end of a month word at i (with an optional period), or npos.
auto month_word_end(std::string_view s, std::size_t i) -> std::size_t {
    if (!starts_word(s, i) || !is_alpha(s[i])) return npos;
    auto word = word_at(s, i);
    if (month_of(word) == 0) return npos;
    std::size_t end = i + word.size();
    if (byte_at(s, end) == '.') ++end;
    return end;
}

// Every full date in `s` ("August 11 2015", "Aug. 11, 2015", "11 August 2015", "2015-08-11"),
// each checked by the date parser so that "February 30 2015" comes back with its reason.
auto full_dates(std::string_view s) -> std::vector<found_date> {
    std::vector<found_date> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!starts_word(s, i)) continue;
        std::size_t end = npos;
        if (auto m = month_word_end(s, i); m != npos) {
            // month day year
            const std::size_t d = skip_spaces(s, m);
            if (d != m) {
                if (auto de = day_number_end(s, d); de != npos) end = year_end(s, de);
            }
        } else if (is_digit(s[i])) {
            std::size_t run = i;
            while (run < s.size() && is_digit(s[run])) ++run;
            if (run - i == 4 && byte_at(s, run) == '-' && s.size() >= i + 10 && is_digit(s[i + 5]) && is_digit(s[i + 6]) &&
                s[i + 7] == '-' && is_digit(s[i + 8]) && is_digit(s[i + 9]) && !is_digit(static_cast<char>(byte_at(s, i + 10))) &&
                byte_at(s, i + 10) != '/' && byte_at(s, i + 10) != '-') {
                end = i + 10;  // ISO
            } else if (auto de = day_number_end(s, i); de != npos) {
                // day month year
                const std::size_t m = skip_spaces(s, de);
                if (m != de) {
                    if (auto me = month_word_end(s, m); me != npos) end = year_end(s, me);
                }
            }
        }
        if (end == npos) continue;
        found_date found{i, end, std::nullopt, {}};
        try {
            // Every part is written, so the reference does not matter.
            const auto range = parse_date_range(s.substr(i, end - i), parse_options{date::sys_days{}});
            if (range.days() == 1) found.day = range.first();
        } catch (const parse_error& e) {
            found.reason = e.reason();
        }
        if (found.day || !found.reason.empty()) out.push_back(std::move(found));
        i = end - 1;
    }
    return out;
}

// ---- text shortening ----------------------------------------------------------------------

// Where the sentence containing [from, to) of `s` starts and ends (without its final mark).
auto sentence_around(std::string_view s, std::size_t from, std::size_t to) -> std::pair<std::size_t, std::size_t> {
    std::size_t begin = 0;
    for (std::size_t i = from; i > 0; --i) {
        const char c = s[i - 1];
        if ((c == '.' || c == '!' || c == '?') && i < s.size() && space_at(s, i) != 0) {
            begin = i;
            break;
        }
    }
    std::size_t end = s.size();
    for (std::size_t i = to; i < s.size(); ++i) {
        const char c = s[i];
        if ((c == '.' || c == '!' || c == '?') && (i + 1 == s.size() || space_at(s, i + 1) != 0)) {
            end = i;
            break;
        }
    }
    return {begin, end};
}

auto first_sentence(std::string_view s) -> std::string_view {
    auto [begin, end] = sentence_around(s, 0, 0);
    return trim(s.substr(begin, end - begin));
}

// Where the sentences of `s` end: each '.', '!' or '?' followed by a space or the end of `s`.
// Found once for a paragraph, they give the sentence around each of its dates by a binary search
// (sentence_around scans, which is quadratic over a long paragraph of dates).
auto sentence_ends(std::string_view s) -> std::vector<std::size_t> {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if ((c == '.' || c == '!' || c == '?') && (i + 1 == s.size() || space_at(s, i + 1) != 0)) out.push_back(i);
    }
    return out;
}

// sentence_around(s, from, to) from the sentence_ends of `s`.
auto sentence_around(std::string_view s, const std::vector<std::size_t>& ends, std::size_t from, std::size_t to)
    -> std::pair<std::size_t, std::size_t> {
    std::size_t begin = 0;
    for (auto it = std::lower_bound(ends.begin(), ends.end(), from); it != ends.begin();) {
        --it;
        if (*it + 1 < s.size()) {
            begin = *it + 1;
            break;
        }
    }
    const auto after = std::lower_bound(ends.begin(), ends.end(), to);
    return {begin, after == ends.end() ? s.size() : *after};
}

auto shorten_long(std::string_view text, std::size_t limit) -> std::string;

// A title from a long text: the text itself when short, else its first clause when that is
// long enough to say something, else the words that fit, with an ellipsis.
auto shorten(std::string_view text, std::size_t limit) -> std::string {
    text = trim(text);
    if (text.size() <= limit) return std::string(text);
    return shorten_long(text, limit);
}

// shorten for a trimmed text longer than `limit`; it reads no byte past text[limit], so a text
// cut after limit + 1 bytes gives the same.
auto shorten_long(std::string_view text, std::size_t limit) -> std::string {
    const auto clause = text.find_first_of(",;:(");
    if (clause != npos && clause >= 15 && clause <= limit) return std::string(trim(text.substr(0, clause)));
    std::size_t cut = text.rfind(' ', limit);
    if (cut == npos || cut == 0) {
        cut = limit;
        while (cut > 0 && (byte_at(text, cut) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
    }
    std::string out(trim(text.substr(0, cut)));
    // "... and bring a…" reads worse than "... and bring…": drop small words left dangling.
    static constexpr std::array<std::string_view, 14> dangling{"a", "an", "the", "and", "or", "of", "to",
                                                               "on", "at", "in", "for", "with", "your", "by"};
    for (;;) {
        while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':' || out.back() == '-' ||
                                out.back() == ' ')) {
            out.pop_back();
        }
        const auto space = out.rfind(' ');
        if (space == npos) break;
        const std::string last = lower(std::string_view(out).substr(space + 1));
        if (std::find(dangling.begin(), dangling.end(), last) == dangling.end()) break;
        out.resize(space);
    }
    out += "\xE2\x80\xA6";  // …
    return out;
}

auto capitalized(std::string text) -> std::string {
    if (!text.empty() && is_lower(text.front())) text.front() = static_cast<char>(text.front() - 'a' + 'A');
    return text;
}

// ---- list items ---------------------------------------------------------------------------

enum class marker_kind { none, number, bullet };

struct marker {
    marker_kind kind = marker_kind::none;
    std::size_t indent = 0;   // columns before the marker
    std::size_t content = 0;  // where the item's text starts
    std::size_t digits = 0;   // number: how many digits it has
    std::uint64_t number = 0; // number: its value (from 19 digits on, only its length counts)
};

// "1. ", "1) ", "(1) ", "- ", "* ", "• ", indented or not; the text must follow.
auto parse_marker(std::string_view line) -> marker {
    std::size_t i = 0;
    while (auto n = space_at(line, i)) i += n;
    marker m;
    m.indent = i;
    std::size_t after = npos;
    if (is_digit(static_cast<char>(byte_at(line, i))) ||
        (byte_at(line, i) == '(' && is_digit(static_cast<char>(byte_at(line, i + 1))))) {
        const bool paren = line[i] == '(';
        std::size_t d = paren ? i + 1 : i;
        const std::size_t start = d;
        while (d < line.size() && is_digit(line[d])) {
            if (d - start < 19) m.number = m.number * 10 + static_cast<std::uint64_t>(line[d] - '0');
            ++d;
        }
        m.digits = d - start;
        if (((paren && byte_at(line, d) == ')') || (!paren && (byte_at(line, d) == '.' || byte_at(line, d) == ')')))) {
            after = d + 1;
            m.kind = marker_kind::number;
        }
    } else if (byte_at(line, i) == '-' || byte_at(line, i) == '*') {
        after = i + 1;
        m.kind = marker_kind::bullet;
    } else if (byte_at(line, i) == 0xE2 && byte_at(line, i + 1) == 0x80 && byte_at(line, i + 2) == 0xA2) {
        after = i + 3;
        m.kind = marker_kind::bullet;
    }
    if (after == npos || space_at(line, after) == 0 || trim(line.substr(after)).empty()) return {};
    m.content = skip_spaces(line, after);
    return m;
}

struct kind_word {
    std::string_view word;
    action_kind kind;
};

// Words that name what an item asks for. A weak word ("write", "register", "sign") only decides
// when no strong one ("letter", "meeting", ...) is in the same sentence: "write an email" is an
// email, "register for the meeting" a meeting.
constexpr std::array<kind_word, 21> strong_words{{
    {"letter", action_kind::letter},           {"letters", action_kind::letter},
    {"postcard", action_kind::letter},         {"postcards", action_kind::letter},
    {"meeting", action_kind::attend_meeting},  {"meetings", action_kind::attend_meeting},
    {"meet", action_kind::attend_meeting},     {"conference", action_kind::attend_conference},
    {"conferences", action_kind::attend_conference}, {"summit", action_kind::attend_conference},
    {"convening", action_kind::attend_conference},   {"convention", action_kind::attend_conference},
    {"assembly", action_kind::attend_conference},    {"petition", action_kind::petition},
    {"petitions", action_kind::petition},      {"call", action_kind::call},
    {"phone", action_kind::call},              {"telephone", action_kind::call},
    {"email", action_kind::email},             {"emails", action_kind::email},
    {"e-mail", action_kind::email},
}};
constexpr std::array<kind_word, 3> weak_words{{
    {"write", action_kind::letter}, {"register", action_kind::attend_conference}, {"sign", action_kind::petition}}};

struct item_kind {
    action_kind kind = action_kind::other;
    bool recognised = false;
};

auto classify(std::string_view text) -> item_kind {
    struct hit {
        action_kind kind;
        bool strong;
    };
    auto hits_in = [](std::string_view s) {
        std::vector<hit> hits;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (!starts_word(s, i) || !is_alpha(s[i])) continue;
            std::size_t end = i;
            while (end < s.size() && (is_alpha(s[end]) || (s[end] == '-' && is_alpha(static_cast<char>(byte_at(s, end + 1)))))) {
                ++end;
            }
            const std::string w = lower(s.substr(i, end - i));
            for (const auto& k : strong_words) {
                if (w == k.word) hits.push_back({k.kind, true});
            }
            for (const auto& k : weak_words) {
                // "sign up" is joining, not signing.
                if (w == k.word && !(w == "sign" && lower(word_at(s, skip_spaces(s, end))) == "up")) {
                    hits.push_back({k.kind, false});
                }
            }
            i = end;
        }
        return hits;
    };
    auto pick = [](const std::vector<hit>& hits) -> std::optional<action_kind> {
        for (const auto& h : hits) {
            if (h.strong) return h.kind;
        }
        if (!hits.empty()) return hits.front().kind;
        return std::nullopt;
    };
    if (auto k = pick(hits_in(first_sentence(text)))) return {*k, true};
    if (auto k = pick(hits_in(text))) return {*k, true};
    return {};
}

// ---- event lines --------------------------------------------------------------------------

// Whether some word of `s` (a run of letters) satisfies `test`.
template <class Test>
auto any_word(std::string_view s, Test&& test) -> bool {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (starts_word(s, i) && is_alpha(s[i]) && test(word_at(s, i))) return true;
    }
    return false;
}

// A month next to a day number ("Nov 7", "7 Nov"), as event lines have.
auto has_month_day(std::string_view s) -> bool {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (auto m = month_word_end(s, i); m != npos) {
            const std::size_t d = skip_spaces(s, m);
            if (d != m && day_number_end(s, d) != npos) return true;
            std::size_t b = i;
            while (const auto n = space_before(s, b)) b -= n;
            if (b < i && b > 0 && is_digit(s[b - 1])) return true;
        }
    }
    return false;
}

// Whether `s` holds a dash with space on both sides, as between an event's dates and place.
auto has_spaced_dash(std::string_view s) -> bool {
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (space_before(s, i) != 0) {
            if (auto n = dash_run_at(s, i); n != 0 && space_at(s, i + n) != 0) return true;
        }
    }
    return false;
}

// Whether a word of `s` names an event ("Conference", "Summit", ...).
auto has_event_word(std::string_view s) -> bool { return any_word(s, is_event_word); }

// Names of regions as organizers write them: the compass regions of the United States and their
// adjectives. A name is compared in lower case with its hyphens read as spaces ("Mid-Atlantic").
constexpr std::array<std::string_view, 40> region_names{
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "north central", "south central", "mid atlantic", "midwest", "midwestern", "mid western",
    "upper midwest", "mid south", "great lakes", "great plains", "plains", "new england", "pacific northwest",
    "pacific", "mountain", "mountain west", "rocky mountain", "west coast", "east coast", "gulf coast",
    "gulf", "appalachian", "southern plains"};

auto is_region_name(std::string_view name) -> bool {
    std::string key = lower(name);
    std::replace(key.begin(), key.end(), '-', ' ');
    return std::find(region_names.begin(), region_names.end(), key) != region_names.end();
}

// Words that open an event's name without naming its region: "The", "Annual", "2015", "5th".
auto is_opening_word(std::string_view word) -> bool {
    const std::string w = lower(word);
    return w == "the" || w == "annual" || w == "first" || w == "second" || w == "third" ||
           (!w.empty() && is_digit(w.front()));
}

// The region an event serves, from its name, only where the name says it: the words before
// "Regional" or "Region" ("Mid Atlantic Regional Conference" -> "Mid Atlantic"), or a name
// that is a region's before its event words ("Southeast Summit" -> "Southeast"). Any other name
// ("Library Summit") serves no region that can be told: "".
auto region_of(std::string_view name) -> std::string {
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < name.size();) {
        const auto end = std::min(name.find(' ', i), name.size());
        if (end > i) words.push_back(name.substr(i, end - i));
        i = end + 1;
    }
    std::size_t first = 0;
    while (first < words.size() && is_opening_word(words[first])) ++first;
    std::size_t last = words.size();
    for (std::size_t i = first; i < words.size(); ++i) {
        const std::string w = lower(words[i]);
        if (w == "regional" || w == "region") {
            last = i;
            break;
        }
    }
    const bool said = last < words.size();
    if (!said) {
        while (last > first) {
            const std::string w = lower(words[last - 1]);
            if (!is_event_word(w) && w != "annual" && w != "meeting" && w != "retreat") break;
            --last;
        }
    }
    if (last <= first) return {};
    const auto begin = static_cast<std::size_t>(words[first].data() - name.data());
    const auto end = static_cast<std::size_t>(words[last - 1].data() + words[last - 1].size() - name.data());
    const auto region = name.substr(begin, end - begin);
    if (said || is_region_name(region)) return std::string(region);
    return {};
}

// ---- the document -------------------------------------------------------------------------

struct text_line {
    std::size_t number;
    std::string_view text;  // without its line break
};

auto split_lines(std::string_view text) -> std::vector<text_line> {
    std::vector<text_line> out;
    std::size_t start = 0;
    std::size_t number = 1;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
            out.push_back({number++, text.substr(start, i - start)});
            if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    return out;
}

struct paragraph {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> lines;  // (offset in text, line number)
    std::vector<std::string_view> raw;                       // the trimmed lines

    auto line_at(std::size_t offset) const -> std::size_t {
        // lines is sorted by offset and its first entry is at 0.
        const auto after = std::upper_bound(lines.begin(), lines.end(), offset,
                                            [](std::size_t at, const auto& entry) { return at < entry.first; });
        return static_cast<std::size_t>(after - lines.begin()) - 1;
    }
};

struct item {
    std::size_t line = 0;
    std::size_t marker_indent = 0;
    std::size_t content_column = 0;
    std::string text;
};

constexpr std::array<std::string_view, 8> help_words{"help", "action", "actions", "act", "ways", "steps", "involved", "do"};

auto speaks_of_helping(std::string_view heading) -> bool {
    return any_word(heading, [](std::string_view word) {
        return std::find(help_words.begin(), help_words.end(), lower(word)) != help_words.end();
    });
}

// A line that stands alone as a heading: short, and not ending like a sentence.
auto is_heading(std::string_view line) -> bool {
    if (line.empty() || line.size() > 80) return false;
    const char last = line.back();
    if (last == '.' || last == '!' || last == ',' || last == ';') return false;
    return std::any_of(line.begin(), line.end(), [](char c) { return is_alpha(c); });
}

class reader {
public:
    // A leading byte order mark is skipped, so that it does not become part of the title.
    reader(std::string_view text, const announcement_options& options)
        : text_(detail::without_bom(text)), options_(options) {}

    auto run() -> announcement_result {
        const auto lines = split_lines(text_);
        if (std::all_of(lines.begin(), lines.end(), [](const text_line& l) { return trim(l.text).empty(); })) {
            throw parse_error(text_, 0, "empty announcement: expected a title, actions or event lines");
        }
        dates_.reference = options_.reference;
        if (!dates_.reference) {
            for (const auto& found : full_dates(text_)) {
                if (found.day) {
                    dates_.reference = found.day;
                    break;
                }
            }
        }
        if (!dates_.reference) dates_.reference = std::chrono::floor<date::days>(std::chrono::system_clock::now());

        for (const auto& l : lines) read_line(l);
        end_paragraph();
        end_item();
        return build();
    }

private:
    void read_line(const text_line& l) {
        const auto t = trim(l.text);
        if (t.empty()) {
            end_paragraph();
            blank_since_item_ = true;
            return;
        }
        marker m = parse_marker(l.text);
        // One or two digits always number an item; a longer number ("100.", but also a year
        // that starts a wrapped line, "2015. Join us") only when it continues the list.
        if (m.kind == marker_kind::number && m.digits > 2 && !(last_number_ && m.number == *last_number_ + 1)) {
            m = marker{};
        }
        const auto content = m.kind == marker_kind::none ? t : trim(l.text.substr(m.content));

        if (read_event(l.number, t, content, m.kind != marker_kind::none)) {
            end_paragraph();
            return;
        }
        if (m.kind != marker_kind::none) end_paragraph();  // a heading right above a list ends there
        if (m.kind == marker_kind::number || (m.kind == marker_kind::bullet && in_action_section_)) {
            end_item();
            current_ = item{l.number, m.indent, m.content, std::string(content)};
            if (m.kind == marker_kind::number) last_number_ = m.number;
            blank_since_item_ = false;
            return;
        }
        if (current_) {
            const std::size_t indent = l.text.size() - trim_front(l.text).size();
            const bool continues = blank_since_item_
                                       ? indent >= current_->content_column && indent > current_->marker_indent
                                       : indent > current_->marker_indent || is_lower(t.front());
            if (continues) {
                current_->text += ' ';
                current_->text += t;
                return;
            }
            end_item();
        }
        if (!paragraph_.text.empty()) paragraph_.text += ' ';
        paragraph_.lines.emplace_back(paragraph_.text.size(), l.number);
        paragraph_.raw.push_back(t);
        paragraph_.text += t;
    }

    // A line of the announcement's event shape, read as a listing reads its lines: a name, the
    // dates, and a place after them (in person, online, or written but not read). Lines that
    // read so are events (and warnings for what was left out); lines that look like event lines
    // (short, naming an event or with a place) but cannot be read are warnings. Returns whether
    // the line was either.
    auto read_event(std::size_t number, std::string_view line, std::string_view content, bool item) -> bool {
        auto reading = detail::read_event_line(content, *dates_.reference, item);
        const auto& place = reading.event.place;
        const bool place_read = !place.locality.empty() || !place.state.empty() || !place.online.empty();
        // Short, not a sentence, and naming an event, or with a place or a spaced dash after the dates.
        const bool event_like = line.size() <= 200 && !(line.back() == '.' || line.back() == '!' || line.back() == '?') &&
                                (reading.placed || has_event_word(line) ||
                                 (reading.what == detail::event_line::kind::warning && has_spaced_dash(line)));
        switch (reading.what) {
        case detail::event_line::kind::nothing: return false;
        case detail::event_line::kind::warning:
            if (!event_like) return false;
            warn(number, line, std::move(reading.reason));
            return true;
        case detail::event_line::kind::event:
            if (!place_read && !event_like) return false;
            if (!reading.placed) {
                warn(number, line,
                     "no place after the dates (expected one as in \"Nov 7 \xE2\x80\x93 Boston, MA\", or \"Online\")");
                return true;
            }
            if (!reading.reason.empty()) warn(number, line, "imported, but " + reading.reason);
            events_.push_back({number, std::string(line), std::move(reading.event)});
            return true;
        }
        return false;
    }

    void end_item() {
        if (current_) items_.push_back(std::move(*current_));
        current_.reset();
    }

    void end_paragraph() {
        if (paragraph_.lines.empty()) return;
        paragraph p = std::move(paragraph_);
        paragraph_ = {};
        if (p.lines.size() == 1 && is_heading(p.text)) {
            in_action_section_ = speaks_of_helping(p.text);
            const char last = p.text.back();
            if (!title_ && last != ':' && last != '?' && !has_month_day(p.text)) title_ = p.text;
        } else if (summary_.empty() && (p.text.back() == '.' || p.text.back() == '!' || p.text.back() == '?')) {
            // The first paragraph of sentences, not a salutation ("Dear members,").
            summary_ = p.text;
        }
        if (!fallback_title_) fallback_title_ = shorten(first_sentence(p.text), 80);
        const auto found_dates = full_dates(p.text);
        if (found_dates.empty()) return;
        const auto ends = sentence_ends(p.text);
        sentence_edges edges;
        for (const auto& found : found_dates) {
            const auto index = p.line_at(found.begin);
            if (!found.day) {
                warn(p.lines[index].second, quoted_line(p.raw[index]),
                     "\"" + p.text.substr(found.begin, found.end - found.begin) + "\" is not a date: " + found.reason);
                continue;
            }
            milestones_.push_back({*found.day, milestone_title(p.text, ends, found, edges)});
        }
    }

    // A line as a warning names it: whole, or its first 200 bytes and an ellipsis when longer,
    // so that a long line with many bad dates does not hold a copy of itself per warning.
    static auto quoted_line(std::string_view line) -> std::string {
        constexpr std::size_t most = 200;
        if (line.size() <= most) return std::string(line);
        std::size_t cut = most;
        while (cut > 0 && (byte_at(line, cut) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
        return std::string(line.substr(0, cut)) + "\xE2\x80\xA6";     // …
    }

    // What milestone_title needs to know of the sentence it last looked at, found once for all
    // the dates of a sentence: where its text starts and stops (spaces trimmed) and where the
    // first character that shows is (see detail::is_blank).
    struct sentence_edges {
        std::size_t begin = npos;
        std::size_t end = npos;
        std::size_t start = 0;
        std::size_t stop = 0;
        std::size_t shown = 0;
    };

    // The sentence holding the date, without the date and the word that introduces it:
    // "On Aug 11 2015, the vote passed." -> "The vote passed". Linear over a paragraph: the
    // sentence's edges are found once, and no more of the title is copied than its 60 bytes.
    static auto milestone_title(std::string_view text, const std::vector<std::size_t>& ends, const found_date& found,
                                sentence_edges& edges) -> std::string {
        constexpr std::size_t limit = 60;
        const auto [begin, end] = sentence_around(text, ends, found.begin, found.end);
        if (begin != edges.begin || end != edges.end) {
            const auto sentence = text.substr(begin, end - begin);
            const auto trimmed = trim(sentence);
            edges = {begin, end, begin + static_cast<std::size_t>(trimmed.data() - sentence.data()), 0, 0};
            edges.stop = edges.start + trimmed.size();
            edges.shown = edges.start + detail::blank_prefix(trimmed);
        }
        auto before = found.begin > edges.start ? trim_back(text.substr(edges.start, found.begin - edges.start))
                                                : std::string_view{};
        const auto after_start = std::min(skip_spaces(text, found.end), edges.stop);
        auto after = after_start < edges.stop ? text.substr(after_start, edges.stop - after_start) : std::string_view{};
        for (std::string_view word : {"on", "by", "for", "in", "since", "from", "until", "as of"}) {
            if (before.size() >= word.size() && lower(before.substr(before.size() - word.size())) == word &&
                (before.size() == word.size() || space_before(before, before.size() - word.size()) != 0)) {
                before = trim(before.substr(0, before.size() - word.size()));
                break;
            }
        }
        while (!before.empty() && (before.back() == ',' || before.back() == ':')) before = trim(before.substr(0, before.size() - 1));
        while (!after.empty() && (after.front() == ',' || after.front() == ':')) after = trim(after.substr(1));
        // before starts at edges.start, so it shows something when the first shown character is in it.
        const bool before_blank = before.empty() || edges.shown >= edges.start + before.size();
        if (before_blank && detail::is_blank(after)) {
            return capitalized(shorten(text.substr(found.begin, found.end - found.begin), limit));
        }
        const std::size_t size = before.size() + (before.empty() || after.empty() ? 0 : 1) + after.size();
        std::string title;
        title.reserve(std::min(size, limit + 1));
        title += before.substr(0, limit + 1);
        if (!before.empty() && !after.empty() && title.size() <= limit) title += ' ';
        if (title.size() <= limit) title += after.substr(0, limit + 1 - title.size());
        return capitalized(size <= limit ? shorten(title, limit) : shorten_long(title, limit));
    }

    void warn(std::size_t line, std::string_view text, std::string reason) {
        warnings_.push_back({line, std::string(text), std::move(reason)});
    }

    auto build() -> announcement_result {
        std::string title = title_ ? *title_ : fallback_title_ ? *fallback_title_ : std::string();
        // A title of control characters only would be refused by the campaign, and shows nothing.
        if (detail::is_blank(title) && !items_.empty()) title = shorten(first_sentence(items_.front().text), 80);
        if (detail::is_blank(title) && !events_.empty()) title = events_.front().event.name;
        if (detail::is_blank(title)) title = "Untitled announcement";
        campaign c(options_.campaign_id, title);
        c.set_organization(options_.organization);
        c.set_summary(summary_);

        std::sort(milestones_.begin(), milestones_.end());
        milestones_.erase(std::unique(milestones_.begin(), milestones_.end()), milestones_.end());
        for (auto& m : milestones_) c.add_milestone(std::move(m));

        std::vector<std::string> conference_ids;
        detail::event_adder adder(c);
        for (auto& found : events_) {
            found.event.region = region_of(found.event.name);
            if (auto why = adder.add(std::move(found.event), found.line); !why.empty()) {
                warn(found.line, found.text, std::move(why));
                continue;
            }
            conference_ids.push_back(c.conferences().back().id);
        }

        std::size_t n = 0;
        for (const auto& it : items_) {
            if (detail::is_blank(it.text)) {
                warn(it.line, shorten(it.text, 80), "the item shows no visible text; no action was made");
                continue;
            }
            action a;
            a.id = "action-" + std::to_string(++n);
            const auto kind = classify(it.text);
            if (!kind.recognised) {
                warn(it.line, shorten(it.text, 80),
                     "no kind of action recognised (letter, meeting, conference, petition, call, email); kept as \"other\"");
            }
            a.kind = kind.kind;
            a.title = shorten(first_sentence(it.text), 60);
            if (detail::is_blank(a.title)) a.title = shorten(it.text, 60);
            a.description = it.text;
            if (a.kind == action_kind::attend_conference) a.related_conferences = conference_ids;
            c.add_action(std::move(a));
        }
        std::stable_sort(warnings_.begin(), warnings_.end(),
                         [](const announcement_warning& a, const announcement_warning& b) { return a.line < b.line; });
        return {std::move(c), std::move(warnings_)};
    }

    std::string_view text_;
    const announcement_options& options_;
    parse_options dates_;

    paragraph paragraph_;
    std::optional<item> current_;
    std::optional<std::uint64_t> last_number_;  // of the last numbered item
    bool blank_since_item_ = false;
    bool in_action_section_ = false;

    std::optional<std::string> title_;
    std::optional<std::string> fallback_title_;
    std::string summary_;
    std::vector<milestone> milestones_;
    struct found_event {
        std::size_t line;
        std::string text;
        conference event;
    };
    std::vector<found_event> events_;
    std::vector<item> items_;
    std::vector<announcement_warning> warnings_;
};

}  // namespace

auto parse_announcement(std::string_view text, const announcement_options& options) -> announcement_result {
    return reader(text, options).run();
}

}  // namespace advocacy
