// SPDX-License-Identifier: MIT
#include "advocacy/detail/time_zone_names.hpp"

#include "advocacy/detail/calendar_words.hpp"

#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace advocacy::detail {

namespace {

using std::chrono::seconds;
using sys_seconds = date::sys_seconds;
using local_seconds = date::local_seconds;

// No TZID a calendar writes is this long; longer text is not looked at.
constexpr std::size_t longest_name = 256;

auto trimmed(std::string_view s) -> std::string_view {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
    return s;
}

auto iequals(std::string_view a, std::string_view b) -> bool {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
}

/// The zone of the OS tz database named exactly `name`, or nullptr.
auto locate(std::string_view name) noexcept -> const date::time_zone* {
    if (name.empty() || name.size() > longest_name) return nullptr;
    try {
        return date::locate_zone(name);
    } catch (...) {
        return nullptr;
    }
}

// ---- ICU: the CLDR windows-zones mapping and canonical ids ------------------------------------

auto to_utf8(const icu::UnicodeString& s) -> std::string {
    std::string out;
    if (!s.isBogus()) s.toUTF8String(out);
    return out;
}

auto to_icu(std::string_view s) -> icu::UnicodeString {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

/// The IANA id CLDR gives for the Windows zone `windows_id` in region 001 (its primary zone), or "".
auto iana_of_windows(std::string_view windows_id) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString id;
    icu::TimeZone::getIDForWindowsID(to_icu(windows_id), nullptr, id, status);
    return U_SUCCESS(status) ? to_utf8(id) : std::string{};
}

/// The Windows zone CLDR maps the IANA zone `iana` to, or "".
auto windows_of_iana(std::string_view iana) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString id;
    icu::TimeZone::getWindowsID(to_icu(iana), id, status);
    return U_SUCCESS(status) ? to_utf8(id) : std::string{};
}

/// ICU's canonical id of `iana` (links and old names folded together), or "".
auto canonical_of(std::string_view iana) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString id;
    UBool system = false;
    icu::TimeZone::getCanonicalID(to_icu(iana), id, system, status);
    return U_SUCCESS(status) ? to_utf8(id) : std::string{};
}

/// The zone a Windows name maps to, through ICU's id and, failing that, its canonical form.
auto zone_of_windows(std::string_view windows_id) -> const date::time_zone* {
    const std::string id = iana_of_windows(windows_id);
    if (id.empty()) return nullptr;
    if (const auto* zone = locate(id)) return zone;
    return locate(canonical_of(id));
}

// ---- resolve_tzid's steps ---------------------------------------------------------------------

/// The IANA name after a vendor prefix: the longest suffix, after a '/' or '_', that names a
/// zone. A suffix must itself hold a '/' (or be UTC or GMT), so that a prefix ending in a word
/// such as "EST" or "Japan" is not read as a legacy zone of that name.
auto zone_after_prefix(std::string_view name) -> const date::time_zone* {
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] != '/' && name[i] != '_') continue;
        const std::string_view suffix = name.substr(i + 1);
        if (iequals(suffix, "UTC") || iequals(suffix, "GMT")) return locate("Etc/UTC");
        if (suffix.find('/') == std::string_view::npos) continue;
        if (const auto* zone = locate(suffix)) return zone;
    }
    return nullptr;
}

/// "America/Los Angeles": an IANA name written with spaces for its underscores.
auto zone_with_underscores(std::string_view name) -> const date::time_zone* {
    if (name.find('/') == std::string_view::npos || name.find(' ') == std::string_view::npos) return nullptr;
    std::string fixed(name);
    std::replace(fixed.begin(), fixed.end(), ' ', '_');
    return locate(fixed);
}

auto quoted(std::string_view s) -> std::string {
    return "\"" + std::string(s) + "\"";
}

// ---- A VTIMEZONE, read ------------------------------------------------------------------------

/// A DATE or DATE-TIME value: local time unless written with Z.
struct moment {
    local_seconds at;
    bool utc = false;
};

/// The yearly rule of an observance; other frequencies are not read.
struct yearly_rule {
    std::vector<unsigned> months;                   ///< BYMONTH; empty: DTSTART's month
    std::vector<std::pair<int, unsigned>> weekdays;  ///< BYDAY: (n, weekday 0=Sunday); n = 0 every
    std::vector<int> month_days;                    ///< BYMONTHDAY
    std::optional<moment> until;
    std::optional<long> count;
    int interval = 1;
};

/// A STANDARD or DAYLIGHT sub-component.
struct observance {
    std::optional<moment> start;
    std::optional<seconds> from;
    std::optional<seconds> to;
    std::optional<yearly_rule> rule;
    std::vector<moment> dates;  ///< RDATE
    bool bad = false;           ///< a property it needs could not be read
};

struct vtimezone {
    std::string tzid;
    std::vector<observance> observances;
};

/// A content line split into name (upper-cased), parameters and value.
struct line_parts {
    std::string name;
    std::string_view params;
    std::string_view value;
};

/// The logical lines of `text`: folds undone, CR dropped at the end of each line.
auto unfolded_lines(std::string_view text) -> std::vector<std::string> {
    std::vector<std::string> lines(1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\n') {
            lines.back().push_back(c);
            continue;
        }
        if (!lines.back().empty() && lines.back().back() == '\r') lines.back().pop_back();
        if (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) {
            ++i;  // a fold: the line goes on
        } else {
            lines.emplace_back();
        }
    }
    if (!lines.back().empty() && lines.back().back() == '\r') lines.back().pop_back();
    return lines;
}

auto split_line(std::string_view line) -> line_parts {
    line_parts parts;
    std::size_t i = 0;
    while (i < line.size() && line[i] != ';' && line[i] != ':') ++i;
    for (char c : line.substr(0, i)) parts.name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    const std::size_t params_at = i;
    bool in_quotes = false;
    while (i < line.size() && (in_quotes || line[i] != ':')) {
        if (line[i] == '"') in_quotes = !in_quotes;
        ++i;
    }
    parts.params = line.substr(params_at, i - params_at);
    parts.value = i < line.size() ? line.substr(i + 1) : std::string_view{};
    return parts;
}

auto digits(std::string_view s, std::size_t at, std::size_t n) -> std::optional<int> {
    if (at + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t k = at; k < at + n; ++k) {
        if (s[k] < '0' || s[k] > '9') return std::nullopt;
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

/// "19701025", "16010101T020000" or "20061029T060000Z".
auto parse_moment(std::string_view s) -> std::optional<moment> {
    const auto y = digits(s, 0, 4), m = digits(s, 4, 2), d = digits(s, 6, 2);
    if (!y || !m || !d || *y < 1) return std::nullopt;
    const date::year_month_day ymd{date::year{*y}, date::month(static_cast<unsigned>(*m)), date::day(static_cast<unsigned>(*d))};
    if (!ymd.ok()) return std::nullopt;
    moment result{local_seconds{date::local_days{ymd}}, false};
    if (s.size() == 8) return result;
    const auto hh = digits(s, 9, 2), mm = digits(s, 11, 2), ss = digits(s, 13, 2);
    if (s[8] != 'T' || !hh || !mm || !ss || *hh > 23 || *mm > 59 || *ss > 60) return std::nullopt;
    if (s.size() != 15 && !(s.size() == 16 && (s[15] == 'Z' || s[15] == 'z'))) return std::nullopt;
    result.at += std::chrono::hours{*hh} + std::chrono::minutes{*mm} + seconds{*ss};
    result.utc = s.size() == 16;
    return result;
}

/// "+0530", "-0500", "+053000".
auto parse_offset(std::string_view s) -> std::optional<seconds> {
    s = trimmed(s);
    if ((s.size() != 5 && s.size() != 7) || (s[0] != '+' && s[0] != '-')) return std::nullopt;
    const auto hh = digits(s, 1, 2), mm = digits(s, 3, 2);
    const auto ss = s.size() == 7 ? digits(s, 5, 2) : std::optional<int>{0};
    if (!hh || !mm || !ss || *hh > 23 || *mm > 59 || *ss > 59) return std::nullopt;
    const seconds v = std::chrono::hours{*hh} + std::chrono::minutes{*mm} + seconds{*ss};
    return s[0] == '-' ? -v : v;
}

template <class F>
auto for_each_item(std::string_view list, F&& f) -> bool {
    while (true) {
        const auto comma = list.find(',');
        if (!f(trimmed(list.substr(0, comma)))) return false;
        if (comma == std::string_view::npos) return true;
        list.remove_prefix(comma + 1);
    }
}

auto parse_int(std::string_view s) -> std::optional<long> {
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || s.size() > 6) return std::nullopt;
    long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

/// "2SU", "-1SU", "SU" as (n, weekday).
auto parse_byday(std::string_view s) -> std::optional<std::pair<int, unsigned>> {
    if (s.size() < 2) return std::nullopt;
    const std::string_view code = s.substr(s.size() - 2);
    const auto found = std::find_if(weekday_codes.begin(), weekday_codes.end(), [&](auto c) { return iequals(c, code); });
    if (found == weekday_codes.end()) return std::nullopt;
    int n = 0;
    if (s.size() > 2) {
        const auto v = parse_int(s.substr(0, s.size() - 2));
        if (!v || *v == 0 || *v < -5 || *v > 5) return std::nullopt;
        n = static_cast<int>(*v);
    }
    return std::pair{n, static_cast<unsigned>(found - weekday_codes.begin())};
}

/// Reads one RRULE part into `rule`; false for a part this reader does not follow.
auto read_rule_part(std::string_view key, std::string_view value, yearly_rule& rule) -> bool {
    if (iequals(key, "FREQ")) return iequals(value, "YEARLY");
    if (iequals(key, "WKST")) return true;
    if (iequals(key, "INTERVAL")) {
        const auto v = parse_int(value);
        if (!v || *v < 1) return false;
        rule.interval = static_cast<int>(*v);
        return true;
    }
    if (iequals(key, "COUNT")) return (rule.count = parse_int(value)).has_value() && *rule.count > 0;
    if (iequals(key, "UNTIL")) return (rule.until = parse_moment(value)).has_value();
    if (iequals(key, "BYMONTH")) {
        return for_each_item(value, [&](std::string_view item) {
            const auto v = parse_int(item);
            if (!v || *v < 1 || *v > 12) return false;
            rule.months.push_back(static_cast<unsigned>(*v));
            return true;
        });
    }
    if (iequals(key, "BYDAY")) {
        return for_each_item(value, [&](std::string_view item) {
            const auto v = parse_byday(item);
            if (v) rule.weekdays.push_back(*v);
            return v.has_value();
        });
    }
    if (iequals(key, "BYMONTHDAY")) {
        return for_each_item(value, [&](std::string_view item) {
            const auto v = parse_int(item);
            if (!v || *v == 0 || *v < -31 || *v > 31) return false;
            rule.month_days.push_back(static_cast<int>(*v));
            return true;
        });
    }
    return false;
}

auto parse_rule(std::string_view text) -> std::optional<yearly_rule> {
    yearly_rule rule;
    bool yearly = false;
    while (!text.empty()) {
        const auto semi = text.find(';');
        const std::string_view part = text.substr(0, semi);
        const auto eq = part.find('=');
        if (eq == std::string_view::npos) return std::nullopt;
        const auto key = trimmed(part.substr(0, eq));
        if (!read_rule_part(key, trimmed(part.substr(eq + 1)), rule)) return std::nullopt;
        yearly = yearly || iequals(key, "FREQ");
        if (semi == std::string_view::npos) break;
        text.remove_prefix(semi + 1);
    }
    if (!yearly) return std::nullopt;
    return rule;
}

/// Reads one property of a STANDARD or DAYLIGHT component.
void read_observance_line(const line_parts& line, observance& o) {
    const auto value = trimmed(line.value);
    if (line.name == "DTSTART") {
        o.start = parse_moment(value);
        o.bad = o.bad || !o.start;
    } else if (line.name == "TZOFFSETFROM") {
        o.from = parse_offset(value);
        o.bad = o.bad || !o.from;
    } else if (line.name == "TZOFFSETTO") {
        o.to = parse_offset(value);
        o.bad = o.bad || !o.to;
    } else if (line.name == "RRULE") {
        o.bad = o.bad || o.rule.has_value();  // two rules in one observance: not read
        o.rule = parse_rule(value);
        o.bad = o.bad || !o.rule;
    } else if (line.name == "RDATE") {
        const bool ok = for_each_item(value, [&](std::string_view item) {
            if (item.find('/') != std::string_view::npos) return true;  // a PERIOD: its start is not a change
            const auto m = parse_moment(item);
            if (m) o.dates.push_back(*m);
            return m.has_value();
        });
        o.bad = o.bad || !ok;
    }
}

/// The first VTIMEZONE of `text`, or nothing when it is not a complete, readable one.
auto read_vtimezone(std::string_view text) -> std::optional<vtimezone> {
    vtimezone tz;
    int depth = 0;  // 0 outside, 1 in VTIMEZONE, 2 in an observance, 3+ in anything nested deeper
    bool in_observance = false;
    for (const auto& raw : unfolded_lines(text)) {
        const auto line = split_line(raw);
        const auto value = trimmed(line.value);
        if (line.name == "BEGIN") {
            if (depth == 0 && !iequals(value, "VTIMEZONE")) continue;
            ++depth;
            if (depth == 2) {
                in_observance = iequals(value, "STANDARD") || iequals(value, "DAYLIGHT");
                if (in_observance) tz.observances.emplace_back();
            }
        } else if (line.name == "END" && depth > 0) {
            if (--depth == 0) break;
            if (depth == 1) in_observance = false;
        } else if (depth == 1 && line.name == "TZID") {
            tz.tzid = std::string(value);
        } else if (depth == 2 && in_observance) {
            read_observance_line(line, tz.observances.back());
        }
    }
    if (depth != 0 || tz.observances.empty()) return std::nullopt;
    for (auto& o : tz.observances) {
        if (o.bad || !o.start || !o.to) return std::nullopt;
        if (!o.from) o.from = o.to;
    }
    return tz;
}

// ---- The offsets a VTIMEZONE gives ------------------------------------------------------------

struct transition {
    sys_seconds at;
    seconds from;
    seconds to;
};

auto to_sys(const moment& m, seconds offset) -> sys_seconds {
    return sys_seconds{m.at.time_since_epoch() - (m.utc ? seconds{0} : offset)};
}

/// The days of `ym` a yearly rule picks.
auto rule_days(const yearly_rule& rule, date::year_month ym) -> std::vector<date::sys_days> {
    std::vector<date::sys_days> days;
    const auto last = unsigned((ym / date::last).day());
    const auto month_day = [&](int d) -> std::optional<unsigned> {
        const int day = d > 0 ? d : static_cast<int>(last) + d + 1;
        if (day < 1 || day > static_cast<int>(last)) return std::nullopt;
        return static_cast<unsigned>(day);
    };
    for (unsigned d = 1; d <= last; ++d) {
        const date::sys_days day{ym / date::day{d}};
        const unsigned wd = date::weekday{day}.c_encoding();
        const int nth = static_cast<int>((d - 1) / 7 + 1);
        const int nth_last = -static_cast<int>((last - d) / 7 + 1);
        const bool weekday_ok = rule.weekdays.empty() || std::any_of(rule.weekdays.begin(), rule.weekdays.end(), [&](auto w) {
                                    return w.second == wd && (w.first == 0 || w.first == nth || w.first == nth_last);
                                });
        const bool month_day_ok = rule.month_days.empty() || std::any_of(rule.month_days.begin(), rule.month_days.end(),
                                                                          [&](int m) { return month_day(m) == d; });
        if (weekday_ok && month_day_ok) days.push_back(day);
    }
    return days;
}

/// The changes an observance's RRULE makes in the years `first` to `last`.
void add_rule_changes(const observance& o, int first, int last, std::vector<transition>& out) {
    const yearly_rule& rule = *o.rule;
    const auto start_day = date::floor<date::days>(o.start->at);
    const date::year_month_day start_ymd{date::sys_days{start_day.time_since_epoch()}};
    const auto time_of_day = o.start->at - start_day;
    const int start_year = int(start_ymd.year());
    int until_year = last;
    if (rule.until) until_year = std::min(last, int(date::year_month_day{date::sys_days{date::floor<date::days>(rule.until->at).time_since_epoch()}}.year()));
    // With COUNT the occurrences are counted from DTSTART; otherwise the last change before the
    // window is the one of the year before it, or of the rule's last year.
    const int from_year = rule.count ? start_year : std::max(start_year, std::min(first, until_year));
    if (until_year - from_year > 1000) return;
    std::vector<unsigned> months = rule.months;
    if (months.empty()) months.push_back(unsigned(start_ymd.month()));
    long made = 0;
    for (int y = from_year; y <= until_year; ++y) {
        if ((y - start_year) % rule.interval != 0) continue;
        for (unsigned m : months) {
            const date::year_month ym{date::year{y}, date::month{m}};
            std::vector<date::sys_days> days;
            if (!rule.weekdays.empty() || !rule.month_days.empty()) {
                days = rule_days(rule, ym);
            } else if ((ym / start_ymd.day()).ok()) {  // no February 30th
                days.push_back(date::sys_days{ym / start_ymd.day()});
            }
            for (const auto day : days) {
                const moment when{local_seconds{day.time_since_epoch()} + time_of_day, false};
                if (when.at < o.start->at) continue;
                if (rule.until && to_sys(when, *o.from) > to_sys(*rule.until, *o.from)) continue;
                if (rule.count && ++made > *rule.count) return;
                if (y >= first) out.push_back({to_sys(when, *o.from), *o.from, *o.to});
            }
        }
    }
}

/// Every change the VTIMEZONE defines up to the end of `last_year`, in order; the changes of
/// yearly rules from `first_year` on only.
auto transitions_of(const vtimezone& tz, int first_year, int last_year) -> std::vector<transition> {
    std::vector<transition> out;
    for (const auto& o : tz.observances) {
        out.push_back({to_sys(*o.start, *o.from), *o.from, *o.to});
        for (const auto& d : o.dates) out.push_back({to_sys(d, *o.from), *o.from, *o.to});
        if (o.rule) add_rule_changes(o, first_year, last_year, out);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    return out;
}

auto offset_at(const std::vector<transition>& changes, sys_seconds t) -> seconds {
    const auto after = std::upper_bound(changes.begin(), changes.end(), t, [](sys_seconds v, const transition& c) { return v < c.at; });
    return after == changes.begin() ? changes.front().from : std::prev(after)->to;
}

/// An instant and the UTC offset the VTIMEZONE gives there.
struct sample {
    sys_seconds at;
    seconds offset;
};

auto mid_year_points(int year) -> std::array<sys_seconds, 2> {
    using namespace std::chrono;
    return {sys_seconds{date::sys_days{date::year{year} / 1 / 15}} + hours{12},
            sys_seconds{date::sys_days{date::year{year} / 7 / 15}} + hours{12}};
}

/// The instants to compare at: mid-January and mid-July of each year first (a cheap first test),
/// then a minute either side of each change in the years, and a point between each pair.
auto samples_of(const std::vector<transition>& changes, int first_year, int last_year) -> std::vector<sample> {
    std::vector<sys_seconds> at;
    for (int y = first_year; y <= last_year; ++y) {
        for (const auto t : mid_year_points(y)) at.push_back(t);
    }
    const sys_seconds begin{date::sys_days{date::year{first_year} / 1 / 1}};
    const sys_seconds end{date::sys_days{date::year{last_year + 1} / 1 / 1}};
    sys_seconds previous = begin;
    for (const auto& c : changes) {
        if (c.at < begin || c.at >= end) continue;
        at.push_back(c.at + std::chrono::minutes{1});
        at.push_back(c.at - std::chrono::minutes{1});
        at.push_back(previous + (c.at - previous) / 2);
        previous = c.at;
    }
    at.push_back(previous + (end - previous) / 2);
    std::vector<sample> out;
    for (const auto t : at) out.push_back({t, offset_at(changes, t)});
    return out;
}

// ---- Zones that agree, and the one to name ----------------------------------------------------

/// Names the OS tz database holds as links to another zone (tzdata.zi's "L" lines).
auto link_names() -> std::set<std::string> {
    std::set<std::string> links;
    const char* dir = std::getenv("TZDIR");
    std::ifstream in(std::string(dir != nullptr && *dir != '\0' ? dir : "/usr/share/zoneinfo") + "/tzdata.zi");
    std::string line;
    while (std::getline(in, line)) {
        if (line.size() < 2 || line[0] != 'L' || line[1] != ' ') continue;
        const auto space = line.rfind(' ');
        links.insert(line.substr(space + 1));
    }
    return links;
}

/// The zones a VTIMEZONE may be read as: geographic ones, not links, not Etc/ nor legacy names
/// such as EST5EDT. Built once; the tz database does not change while the program runs.
auto candidate_zones() -> const std::vector<const date::time_zone*>& {
    static const std::vector<const date::time_zone*> zones = [] {
        std::vector<const date::time_zone*> out;
        const auto links = link_names();
        for (const auto& z : date::get_tzdb().zones) {
            const std::string_view name = z.name();
            if (name.find('/') == std::string_view::npos || name.starts_with("Etc/") || name.starts_with("posix/") ||
                name.starts_with("right/") || links.contains(z.name())) {
                continue;
            }
            out.push_back(&z);
        }
        return out;
    }();
    return zones;
}

auto agrees(const date::time_zone& zone, const std::vector<sample>& samples, std::size_t count) -> bool {
    count = std::min(count, samples.size());
    for (std::size_t i = 0; i < count; ++i) {
        if (zone.get_info(samples[i].at).offset != samples[i].offset) return false;
    }
    return true;
}

/// How many years before `year` the zone kept the offsets it has in `year`: of zones with the same
/// rules now, the one that has had them longest is the likeliest meant.
auto years_unchanged(const date::time_zone& zone, int year) -> int {
    const auto now = mid_year_points(year);
    const std::array<seconds, 2> expected{zone.get_info(now[0]).offset, zone.get_info(now[1]).offset};
    int n = 0;
    for (int y = year - 1; y >= std::max(year - 150, 1850); --y, ++n) {
        const auto then = mid_year_points(y);
        if (zone.get_info(then[0]).offset != expected[0] || zone.get_info(then[1]).offset != expected[1]) break;
    }
    return n;
}

/// The longest-standing of `zones`, then the first by name.
auto steadiest(const std::vector<const date::time_zone*>& zones, int year) -> const date::time_zone* {
    const date::time_zone* best = nullptr;
    int best_years = -1;
    for (const auto* z : zones) {
        const int years = years_unchanged(*z, year);
        if (years > best_years || (years == best_years && z->name() < best->name())) {
            best = z;
            best_years = years;
        }
    }
    return best;
}

/// Whether `tzid` holds the city of the IANA name `zone` ("Sydney time", Australia/Sydney).
auto names_city(std::string_view tzid, std::string_view zone) -> bool {
    std::string city(zone.substr(zone.rfind('/') + 1));
    std::replace(city.begin(), city.end(), '_', ' ');
    if (city.size() < 3 || city.size() > tzid.size()) return false;
    for (std::size_t i = 0; i + city.size() <= tzid.size(); ++i) {
        if (iequals(tzid.substr(i, city.size()), city)) return true;
    }
    return false;
}

/// Of several zones that agree: the one the TZID's Windows name maps to, else one whose city the
/// TZID names, else one CLDR names as the primary zone of its Windows zone, else any; the
/// longest-standing of those.
auto choose(const std::vector<const date::time_zone*>& matches, std::string_view tzid, int year)
    -> std::pair<const date::time_zone*, std::string> {
    const auto pick = [&](auto&& keep) {
        std::vector<const date::time_zone*> kept;
        std::copy_if(matches.begin(), matches.end(), std::back_inserter(kept), keep);
        return steadiest(kept, year);
    };
    const std::string windows = tzid.size() > longest_name ? std::string{} : canonical_of(iana_of_windows(tzid));
    if (!windows.empty()) {
        if (const auto* z = pick([&](const auto* m) { return canonical_of(m->name()) == windows; })) {
            return {z, "the zone of the Windows name " + quoted(tzid)};
        }
    }
    if (const auto* z = pick([&](const auto* m) { return names_city(tzid, m->name()); })) {
        return {z, "the one whose city the TZID names"};
    }
    if (const auto* z = pick([](const auto* m) {
            const auto canonical = canonical_of(m->name());
            return !canonical.empty() && canonical == canonical_of(iana_of_windows(windows_of_iana(m->name())));
        })) {
        return {z, "the primary zone of its Windows zone in CLDR"};
    }
    return {steadiest(matches, year), "the one that has kept these offsets longest"};
}

auto format_offset(seconds s) -> std::string {
    const char sign = s < seconds{0} ? '-' : '+';
    const auto a = s < seconds{0} ? -s.count() : s.count();
    std::string out(1, sign);
    const auto two = [&](long long v) {
        out.push_back(static_cast<char>('0' + v / 10));
        out.push_back(static_cast<char>('0' + v % 10));
    };
    two(a / 3600);
    out.push_back(':');
    two(a / 60 % 60);
    return out;
}

/// Etc/GMT±N for a fixed offset of whole hours (Etc's sign is the POSIX one: Etc/GMT-11 is UTC+11).
auto etc_zone(seconds offset) -> const date::time_zone* {
    if (offset.count() % 3600 != 0) return nullptr;
    const auto hours = offset.count() / 3600;
    if (hours == 0) return locate("Etc/GMT");
    return locate("Etc/GMT" + std::string(hours > 0 ? "-" : "+") + std::to_string(hours > 0 ? hours : -hours));
}

auto resolve_vtimezone(std::string_view text, int first_year, int last_year) -> resolved_zone {
    const auto tz = read_vtimezone(text);
    if (!tz) return {};
    if (first_year > last_year) std::swap(first_year, last_year);
    first_year = std::clamp(first_year, 1900, 2100);
    last_year = std::clamp(last_year, first_year, first_year + 2);
    const auto changes = transitions_of(*tz, first_year - 1, last_year);
    const auto samples = samples_of(changes, first_year, last_year);
    std::vector<const date::time_zone*> matches;
    for (const auto* zone : candidate_zones()) {
        if (agrees(*zone, samples, 4) && agrees(*zone, samples, samples.size())) matches.push_back(zone);
    }
    const std::string name = quoted(std::string_view(tz->tzid).substr(0, longest_name));
    if (!matches.empty()) {
        const auto [zone, why] = choose(matches, tz->tzid, first_year);
        const auto count = matches.size() == 1 ? std::string{} : " (" + std::to_string(matches.size()) + " agree; " + why + ")";
        return {zone, "TZID " + name + " read as " + zone->name() + ", the zone its VTIMEZONE's rules match" + count};
    }
    const bool fixed = std::all_of(samples.begin(), samples.end(), [&](const sample& s) { return s.offset == samples.front().offset; });
    if (!fixed) return {};
    if (const auto* zone = etc_zone(samples.front().offset)) {
        return {zone, "TZID " + name + " read as " + zone->name() + ", the fixed offset " +
                          format_offset(samples.front().offset) + " its VTIMEZONE gives"};
    }
    return {};
}

}  // namespace

auto resolve_tzid(std::string_view tzid) -> resolved_zone {
    try {
        const auto name = trimmed(tzid);
        if (name.empty() || name.size() > longest_name) return {};
        if (const auto* zone = locate(name)) return {zone, {}};
        if (const auto* zone = zone_of_windows(name)) {
            return {zone, "the Windows zone " + quoted(name) + " read as " + zone->name()};
        }
        if (const auto* zone = zone_after_prefix(name)) {
            return {zone, "TZID " + quoted(name) + " read as " + zone->name() + ", the IANA name after its vendor prefix"};
        }
        if (const auto* zone = zone_with_underscores(name)) {
            return {zone, "TZID " + quoted(name) + " read as " + zone->name()};
        }
    } catch (...) {
        // Only allocation can fail here; an unresolved name is the answer then.
    }
    return {};
}

namespace {

// An abbreviation in upper case without its season letter: "EDT" and "EST" are "ET".
auto seasonless(std::string_view abbreviation) -> std::string {
    std::string out;
    for (const char c : abbreviation) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (out.size() >= 3 && (out[out.size() - 2] == 'S' || out[out.size() - 2] == 'D')) out.erase(out.size() - 2, 1);
    return out;
}

}  // namespace

auto abbreviation_matches(std::string_view written, std::string_view used) -> bool {
    return !written.empty() && (iequals(written, used) || seasonless(written) == seasonless(used));
}

auto zone_of_abbreviation(std::string_view abbreviation, date::sys_days day) -> const date::time_zone* {
    try {
        if (abbreviation.empty() || abbreviation.size() > 6) return nullptr;
        if (iequals(abbreviation, "UTC") || iequals(abbreviation, "GMT") || iequals(abbreviation, "Z")) {
            return locate("Etc/UTC");
        }
        UErrorCode status = U_ZERO_ERROR;
        static const std::unique_ptr<icu::TimeZoneNames> names = [] {
            UErrorCode s = U_ZERO_ERROR;
            std::unique_ptr<icu::TimeZoneNames> n(icu::TimeZoneNames::createInstance(icu::Locale::getEnglish(), s));
            return U_SUCCESS(s) ? std::move(n) : nullptr;
        }();
        if (!names) return nullptr;
        std::string upper;
        for (const char c : abbreviation) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const auto text = to_icu(upper);
        const std::unique_ptr<icu::TimeZoneNames::MatchInfoCollection> found(
            names->find(text, 0, UTZNM_SHORT_STANDARD | UTZNM_SHORT_DAYLIGHT | UTZNM_SHORT_GENERIC, status));
        if (U_FAILURE(status) || !found) return nullptr;
        for (int32_t k = 0; k < found->size(); ++k) {
            if (found->getMatchLengthAt(k) != text.length()) continue;
            icu::UnicodeString id;
            if (icu::UnicodeString metazone; found->getMetaZoneIDAt(k, metazone)) {
                names->getReferenceZoneID(metazone, "001", id);
            } else {
                found->getTimeZoneIDAt(k, id);
            }
            const auto* zone = locate(to_utf8(id));
            if (zone != nullptr && abbreviation_matches(upper, zone->get_info(day).abbrev)) return zone;
        }
    } catch (...) {
        // The tz database could not be read, or memory ran out: not known.
    }
    return nullptr;
}

auto zone_from_vtimezone(std::string_view vtimezone, int first_year, int last_year) -> resolved_zone {
    try {
        return resolve_vtimezone(vtimezone, first_year, last_year);
    } catch (...) {
        // The tz database could not be read, or memory ran out: not resolved.
        return {};
    }
}

}  // namespace advocacy::detail
