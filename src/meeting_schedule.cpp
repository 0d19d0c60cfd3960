// SPDX-License-Identifier: MIT
#include "advocacy/meeting_schedule.hpp"

#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/clock_span.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <utility>

namespace advocacy {
namespace {

using date::days;
using date::local_days;
using date::local_seconds;
using date::sys_days;
using date::sys_seconds;
using std::chrono::minutes;
using std::chrono::seconds;

using detail::en_dash;

using detail::weekday_codes;
using detail::weekday_names;
constexpr std::array<std::string_view, 6> nth_words{"", "first", "second", "third", "fourth", "fifth"};

// Monday 1970-01-05: weeks are counted from it, Monday to Sunday, as RFC 5545's WKST=MO does.
constexpr sys_days week_anchor{days{4}};

constexpr auto floor_div(std::int64_t a, std::int64_t b) noexcept -> std::int64_t {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

constexpr auto week_of(sys_days day) noexcept -> std::int64_t {
    return floor_div((day - week_anchor).count(), 7);
}

auto days_in_month(date::year_month ym) noexcept -> unsigned {
    return static_cast<unsigned>((date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}).day());
}

// ---- local time to instants ---------------------------------------------------------------

// Turns local times into instants through one zone, remembering the last offset and the stretch
// of local time in which it certainly applies, so that the zone database is consulted only near
// a transition (twice a year in most zones) rather than for every meeting.
class local_converter {
public:
    explicit local_converter(const date::time_zone* zone) noexcept : zone_(zone) {}

    // A nonexistent local time (gap) lands `gap` later; an ambiguous one takes the earlier
    // instant. Both follow from using the offset in force before the transition.
    auto to_sys(local_seconds local) -> sys_seconds {
        if (safe_begin_ <= local && local < safe_end_) return sys_seconds{local.time_since_epoch() - offset_};
        const date::local_info info = zone_->get_info(local);
        const sys_seconds instant{local.time_since_epoch() - info.first.offset};
        // After a gap the instant lies in the second period; otherwise in the first.
        remember(info.result == date::local_info::nonexistent ? info.second : info.first);
        return instant;
    }

private:
    void remember(const date::sys_info& info) {
        // Offsets change by less than a day, so a local time more than a day inside the period
        // maps to this period alone. Clamp the ends so that adding the offset cannot overflow.
        constexpr sys_seconds lowest{sys_days{date::year{-20000} / 1 / 1}};
        constexpr sys_seconds highest{sys_days{date::year{20000} / 1 / 1}};
        const sys_seconds begin = std::max(info.begin, lowest);
        const sys_seconds end = std::min(info.end, highest);
        offset_ = info.offset;
        safe_begin_ = local_seconds{begin.time_since_epoch() + info.offset + days{1}};
        safe_end_ = local_seconds{end.time_since_epoch() + info.offset - days{1}};
    }

    const date::time_zone* zone_;
    seconds offset_{0};
    local_seconds safe_begin_{seconds{1}};
    local_seconds safe_end_{seconds{0}};  // empty until the first lookup
};


// Keys for binary searches over the sorted exceptions, by local start.
constexpr auto original_of(const meeting_override& o) noexcept -> local_seconds { return o.original; }
constexpr auto original_of(local_seconds t) noexcept -> local_seconds { return t; }

auto local_day_of(local_seconds t) noexcept -> sys_days {
    return sys_days{date::floor<days>(t).time_since_epoch()};
}

auto local_text(local_seconds t) -> std::string { return date::format("%F %R", t); }

}  // namespace

// ---- construction -------------------------------------------------------------------------

namespace {

auto lookup_zone(const std::string& name) -> const date::time_zone* {
    if (name.empty()) throw validation_error("time_zone", "is empty; expected an IANA name such as \"America/Chicago\"");
    detail::check_portable_zone("time_zone", name);
    try {
        return date::locate_zone(name);
    } catch (const std::runtime_error&) {
        throw validation_error("time_zone", "unknown IANA time zone \"" + name + "\"");
    }
}

}  // namespace

// `zone` and `name`, which names it, kept for the life of the process: the database's own name of
// the zone (the database is never unloaded), or for a link ("US/Central") a copy made once. Only
// names the database knows get here, so the copies are as few as its links.
auto meeting_schedule::kept_zone(const date::time_zone* zone, const std::string& name) -> const named_zone& {
    // The database's zones, each with its own name: made once, then read without a lock.
    static const std::vector<date::time_zone>& zones = date::get_tzdb().zones;
    static const std::vector<named_zone>* const canonical = [] {
        auto* out = new std::vector<named_zone>();  // never freed: schedules may outlive statics
        out->reserve(zones.size());
        for (const auto& z : zones) out->push_back(named_zone{&z.name(), &z});
        return out;
    }();
    const auto* first = zones.data();
    if (zone->name() == name && std::less_equal<>{}(first, zone) && std::less<>{}(zone, first + zones.size())) {
        return (*canonical)[static_cast<std::size_t>(zone - first)];
    }
    static std::mutex guard;
    static auto* const others = new std::map<std::string, named_zone, std::less<>>();  // never freed, as above
    const std::lock_guard lock(guard);
    const auto [at, added] = others->try_emplace(name, named_zone{nullptr, zone});
    if (added) at->second.name = &at->first;
    return at->second;
}

namespace {

void check_weekday(date::weekday day) {
    if (!day.ok()) {
        throw validation_error("weekday", "must be Sunday to Saturday, got encoding " + std::to_string(day.c_encoding()));
    }
}

void check_times(minutes start, minutes duration) {
    if (start < minutes{0} || start >= days{1}) {
        throw validation_error("start", "must be 00:00 to 23:59, got " + std::to_string(start.count()) + " minutes");
    }
    if (duration < minutes{1} || duration > days{1}) {
        throw validation_error("duration",
                               "must be 1 minute to 24 hours, got " + std::to_string(duration.count()) + " minutes");
    }
}

// The days a schedule keeps (effective dates, skipped days) are days of the model: years 1000 to 9999.
void check_day(const std::string& field, sys_days day) {
    if (!detail::in_years(day)) {
        throw validation_error(field, date::format("%F", day) + " is outside the years 1000 to 9999");
    }
}

}  // namespace

meeting_time::meeting_time(date::zoned_seconds start_at, date::zoned_seconds end_at)
    : start(std::move(start_at)), end(std::move(end_at)) {
    for (const auto* zone : {start.get_time_zone(), end.get_time_zone()}) detail::check_portable_zone("time_zone", zone->name());
    if (end.get_sys_time() < start.get_sys_time()) {
        throw validation_error("end", date::format("%F %T %Z", end) + " comes before the start " + date::format("%F %T %Z", start));
    }
}

meeting_schedule::meeting_schedule(recurrence kind, minutes start, minutes duration, std::string time_zone)
    : kind_(kind), start_(start), duration_(duration) {
    check_times(start, duration);
    zone_ = &kept_zone(lookup_zone(time_zone), time_zone);
}

auto meeting_schedule::weekly(date::weekday day, time_of_day start, minutes duration, std::string time_zone,
                              unsigned interval) -> meeting_schedule {
    check_weekday(day);
    if (interval < 1 || interval > 52) {
        throw validation_error("interval", "must be 1 to 52 weeks, got " + std::to_string(interval));
    }
    meeting_schedule s(recurrence::weekly, start.since_midnight(), duration, std::move(time_zone));
    s.interval_ = interval;
    s.weekdays_ = {rule_weekday{0, day}};
    s.settle();
    return s;
}

auto meeting_schedule::monthly_on_weekday(int nth, date::weekday day, time_of_day start, minutes duration,
                                          std::string time_zone) -> meeting_schedule {
    if (!((nth >= 1 && nth <= 5) || nth == -1)) {
        throw validation_error("nth", "must be 1 to 5, or -1 for the last, got " + std::to_string(nth));
    }
    check_weekday(day);
    meeting_schedule s(recurrence::monthly_by_weekday, start.since_midnight(), duration, std::move(time_zone));
    s.weekdays_ = {rule_weekday{nth, day}};
    s.settle();
    return s;
}

auto meeting_schedule::monthly_on_day(unsigned day_of_month, time_of_day start, minutes duration, std::string time_zone)
    -> meeting_schedule {
    if (day_of_month < 1 || day_of_month > 31) {
        throw validation_error("day_of_month", "must be 1 to 31, got " + std::to_string(day_of_month));
    }
    meeting_schedule s(recurrence::monthly_by_day, start.since_midnight(), duration, std::move(time_zone));
    s.month_days_ = {static_cast<int>(day_of_month)};
    s.settle();
    return s;
}

auto meeting_schedule::daily(time_of_day start, minutes duration, std::string time_zone, unsigned interval)
    -> meeting_schedule {
    meeting_schedule s(recurrence::daily, start.since_midnight(), duration, std::move(time_zone));
    s.interval_ = interval;
    s.settle();
    return s;
}

auto meeting_schedule::kind() const noexcept -> recurrence { return kind_; }
auto meeting_schedule::interval() const noexcept -> unsigned { return interval_; }
auto meeting_schedule::weekday() const noexcept -> date::weekday {
    return weekdays_.empty() ? date::weekday{0u} : weekdays_.front().day;
}
auto meeting_schedule::nth() const noexcept -> int { return weekdays_.empty() ? 0 : weekdays_.front().nth; }
auto meeting_schedule::day_of_month() const noexcept -> unsigned {
    return month_days_.empty() || month_days_.front() < 0 ? 0u : static_cast<unsigned>(month_days_.front());
}
// start_ is 00:00 to 23:59, checked where it was set: the constructor does not throw.
auto meeting_schedule::start_time() const noexcept -> time_of_day { return time_of_day{start_}; }
auto meeting_schedule::duration() const noexcept -> minutes { return duration_; }
auto meeting_schedule::time_zone() const noexcept -> const std::string& { return *zone_->name; }
auto meeting_schedule::effective() const noexcept -> const std::optional<date_range>& { return effective_; }
auto meeting_schedule::skipped() const noexcept -> const std::vector<sys_days>& { return rare_.get().skipped; }

auto meeting_schedule::with_effective(std::optional<date_range> dates) const -> meeting_schedule {
    if (dates) {
        check_day("effective.first", dates->first());
        check_day("effective.last", dates->last());
    }
    meeting_schedule copy = *this;
    copy.effective_ = dates;
    copy.first_day_ = dates ? std::optional<sys_days>(dates->first()) : std::nullopt;
    if (copy.count()) copy.settle();  // the COUNTth meeting moves with the first day
    if (has_changed_meetings()) copy.check_exceptions();
    return copy;
}

auto meeting_schedule::with_first_day(std::optional<sys_days> day) const -> meeting_schedule {
    if (day) check_day("effective.first", *day);
    meeting_schedule copy = *this;
    copy.effective_.reset();
    copy.first_day_ = day;
    if (copy.count()) copy.settle();
    if (has_changed_meetings()) copy.check_exceptions();
    return copy;
}

auto meeting_schedule::with_skipped(std::vector<sys_days> more) const -> meeting_schedule {
    for (std::size_t i = 0; i < more.size(); ++i) check_day("skipped[" + std::to_string(i) + "]", more[i]);
    if (more.empty()) return *this;  // no block made or copied for nothing
    meeting_schedule copy = *this;
    auto& skipped = copy.rare_.edit().skipped;
    skipped.insert(skipped.end(), more.begin(), more.end());
    std::sort(skipped.begin(), skipped.end());
    skipped.erase(std::unique(skipped.begin(), skipped.end()), skipped.end());
    if (has_changed_meetings()) copy.check_exceptions();
    return copy;
}

auto meeting_schedule::added() const noexcept -> const std::vector<added_meeting>& { return rare_.get().added; }
auto meeting_schedule::overrides() const noexcept -> const std::vector<meeting_override>& {
    return rare_.get().overrides;
}

namespace {

// Checks a local start and length that an exception holds; `field` names it.
void check_exception_time(const date::time_zone* zone, const std::string& field, local_seconds start, minutes duration) {
    if (start.time_since_epoch() % minutes{1} != seconds{0}) {
        throw validation_error(field + ".start", date::format("%F %T", start) + " is not a whole minute");
    }
    check_day(field + ".start", local_day_of(start));
    if (zone->get_info(start).result == date::local_info::nonexistent) {
        throw validation_error(field + ".start", date::format("%F %R", start) + " does not exist in " + zone->name() +
                                                     " (the clocks skip it)");
    }
    if (duration < minutes{1} || duration > days{1}) {
        throw validation_error(field + ".duration",
                               "must be 1 minute to 24 hours, got " + std::to_string(duration.count()) + " minutes");
    }
}

// Sorts `items` by `key` and keeps the last given of each key: later changes replace earlier ones.
template <class T, class Key>
void sort_keep_last(std::vector<T>& items, Key key) {
    std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
    auto out = items.begin();
    for (auto it = items.begin(); it != items.end(); ++it) {
        auto next = std::next(it);
        if (next != items.end() && key(*next) == key(*it)) continue;
        if (out != it) *out = std::move(*it);
        ++out;
    }
    items.erase(out, items.end());
}

}  // namespace

auto meeting_schedule::with_added(std::vector<added_meeting> meetings) const -> meeting_schedule {
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        check_exception_time(zone(), "added[" + std::to_string(i) + "]", meetings[i].start, meetings[i].duration);
    }
    meeting_schedule copy = *this;
    // Given ones after the old ones, so that they replace an addition at the same start.
    auto& added = copy.rare_.edit().added;
    added.insert(added.end(), meetings.begin(), meetings.end());
    sort_keep_last(added, [](const added_meeting& a) { return a.start; });
    copy.check_exceptions();
    copy.index_extras();
    return copy;
}

auto meeting_schedule::with_overrides(std::vector<meeting_override> changes) const -> meeting_schedule {
    for (std::size_t i = 0; i < changes.size(); ++i) {
        auto& o = changes[i];
        const std::string field = "overrides[" + std::to_string(i) + "]";
        if (o.cancelled) {
            o.start = o.original;
            o.duration = duration_;
            o.place.clear();
        }
        check_exception_time(zone(), field, o.start, o.duration);
        if (!is_rule_meeting(o.original)) {
            throw validation_error(field + ".original",
                                   local_text(o.original) + " is not the start of a meeting of the rule (" + rrule() +
                                       "); a meeting off the rule is an addition");
        }
    }
    meeting_schedule copy = *this;
    auto& overrides = copy.rare_.edit().overrides;
    overrides.insert(overrides.end(), changes.begin(), changes.end());
    sort_keep_last(overrides, [](const meeting_override& o) { return o.original; });
    copy.check_exceptions();
    copy.index_extras();
    return copy;
}

auto meeting_schedule::without_exceptions() const -> meeting_schedule {
    if (!has_changed_meetings()) return *this;  // no block made or copied for nothing
    meeting_schedule copy = *this;
    auto& lists = copy.rare_.edit();
    lists.added.clear();
    lists.overrides.clear();
    lists.extras.clear();
    return copy;
}

auto meeting_schedule::override_of(const meeting_time& meeting) const -> const meeting_override* {
    const auto at = meeting.start.get_sys_time();
    for (const auto& o : rare_.get().overrides) {
        if (o.cancelled) continue;
        local_converter convert(zone());
        if (convert.to_sys(o.start) == at && zone() == meeting.start.get_time_zone()) return &o;
    }
    return nullptr;
}

auto meeting_schedule::is_rule_meeting(local_seconds start) const -> bool {
    const sys_days day = local_day_of(start);
    if (!detail::in_years(day)) return false;
    // A meeting is known by its local start as occurrences() shows it.
    std::vector<meeting_time> found;
    append_rule_occurrences(date_range{day}, found);
    return std::any_of(found.begin(), found.end(), [&](const meeting_time& m) { return m.start.get_local_time() == start; });
}

void meeting_schedule::check_exceptions() const {
    const auto& lists = rare_.get();
    // An all-day series' additions and changes would be written as times of day it does not have.
    if (all_day_ && has_changed_meetings()) {
        throw validation_error(lists.added.empty() ? "overrides" : "added", "an all-day schedule holds no added or changed meetings");
    }
    for (std::size_t i = 0; i < lists.added.size(); ++i) {
        if (is_rule_meeting(lists.added[i].start)) {
            throw validation_error("added[" + std::to_string(i) + "].start",
                                   local_text(lists.added[i].start) + " is already a meeting of the rule (" + rrule() + ")");
        }
    }
    for (std::size_t i = 0; i < lists.overrides.size(); ++i) {
        if (!is_rule_meeting(lists.overrides[i].original)) {
            throw validation_error("overrides[" + std::to_string(i) + "].original",
                                   local_text(lists.overrides[i].original) + " is not the start of a meeting of the rule (" +
                                       rrule() + ")");
        }
    }
}

auto meeting_schedule::has_changed_meetings() const noexcept -> bool {
    return !rare_.get().added.empty() || !rare_.get().overrides.empty();
}

void meeting_schedule::index_extras() {
    auto& lists = rare_.edit();
    lists.extras.clear();
    for (const auto& a : lists.added) lists.extras.push_back({a.start, a.duration});
    for (const auto& o : lists.overrides) {
        if (!o.cancelled) lists.extras.push_back({o.start, o.duration});
    }
    std::sort(lists.extras.begin(), lists.extras.end());
}

// ---- expansion ----------------------------------------------------------------------------

namespace {

// The days whose year date::year can name: outside them no calendar arithmetic is defined.
constexpr sys_days earliest_day{date::year::min() / 1 / 1};
constexpr sys_days latest_day{date::year::max() / 12 / 31};
// The first day of the periods an open-ended rule counts its INTERVAL from.
constexpr sys_days epoch_day{days{0}};

// Months counted as plain integers: a year_month stepped past the last year it can hold wraps
// to the first, and a loop on it would never end.
constexpr auto month_index(const date::year_month_day& ymd) noexcept -> std::int64_t {
    return static_cast<std::int64_t>(static_cast<int>(ymd.year())) * 12 + static_cast<unsigned>(ymd.month()) - 1;
}
constexpr auto month_of(std::int64_t index) noexcept -> date::year_month {
    const auto year = floor_div(index, 12);
    return date::year_month{date::year{static_cast<int>(year)}, date::month{static_cast<unsigned>(index - year * 12 + 1)}};
}

// The first index >= `from` that lies a whole number of `interval`s from `anchor`.
constexpr auto aligned(std::int64_t from, std::int64_t anchor, std::int64_t interval) noexcept -> std::int64_t {
    const std::int64_t off = from - anchor - floor_div(from - anchor, interval) * interval;
    return off == 0 ? from : from + interval - off;
}

// The day of the nth (1..5, or -1..-5 from the end) `target` of the month, if the month has it.
auto nth_weekday_in(sys_days month_start, unsigned length, int nth, date::weekday target) noexcept -> std::optional<sys_days> {
    if (nth > 0) {
        const sys_days day = month_start + (target - date::weekday{month_start}) + days{7 * (nth - 1)};
        if (day >= month_start + days{length}) return std::nullopt;
        return day;
    }
    const sys_days month_last = month_start + days{length - 1};
    const sys_days day = month_last - (date::weekday{month_last} - target) - days{7 * (-nth - 1)};
    if (day < month_start) return std::nullopt;
    return day;
}

// The days of one month a monthly or yearly rule meets on, sorted: at most 31.
struct month_days_found {
    std::array<sys_days, 31> day{};
    std::size_t size = 0;
};

auto days_in(const meeting_schedule& s, date::year_month ym) -> month_days_found {
    month_days_found found;
    const sys_days month_start{ym / 1};
    const unsigned length = days_in_month(ym);
    auto add = [&](sys_days d) {
        const auto at = std::lower_bound(found.day.begin(), found.day.begin() + static_cast<std::ptrdiff_t>(found.size), d);
        if (at != found.day.begin() + static_cast<std::ptrdiff_t>(found.size) && *at == d) return;
        std::copy_backward(at, found.day.begin() + static_cast<std::ptrdiff_t>(found.size),
                           found.day.begin() + static_cast<std::ptrdiff_t>(found.size) + 1);
        *at = d;
        ++found.size;
    };
    for (const auto& w : s.weekdays()) {
        if (auto d = nth_weekday_in(month_start, length, w.nth, w.day)) add(*d);
    }
    for (int m : s.month_days()) {
        const int day = m > 0 ? m : static_cast<int>(length) + 1 + m;
        if (day >= 1 && day <= static_cast<int>(length)) add(month_start + days{day - 1});
    }
    return found;
}

// The rule's days in [first, last], in order, before skipped days and COUNT; stops when visit
// returns false. One day a week or a month, the first kinds, take a short path.
template <class Visit>
void plain_rule_days(const meeting_schedule& s, sys_days first, sys_days last, Visit&& visit) {
    const date::weekday target = s.weekday();
    if (s.kind() == recurrence::weekly) {
        sys_days day = first + (target - date::weekday{first});
        const auto interval = static_cast<std::int64_t>(s.interval());
        if (interval > 1) {
            const std::int64_t anchor = s.first_day() ? week_of(*s.first_day()) : 0;
            const std::int64_t off = (week_of(day) - anchor) % interval;
            if (off != 0) day += days{7 * (off > 0 ? interval - off : -off)};
        }
        const days step{7 * interval};
        // Stops before a step would pass `last`, so the day never runs past the range.
        for (; day <= last; day += step) {
            if (!visit(day)) return;
            if (last - day < step) return;
        }
        return;
    }
    const bool by_day = s.kind() == recurrence::monthly_by_day;
    const int nth = s.nth();
    const unsigned day_of_month = s.day_of_month();
    const std::int64_t end_index = month_index(date::year_month_day{last});
    for (std::int64_t index = month_index(date::year_month_day{first}); index <= end_index; ++index) {
        const date::year_month ym = month_of(index);
        const sys_days month_start{ym / 1};
        const unsigned length = days_in_month(ym);
        sys_days day;
        if (by_day) {
            if (day_of_month > length) continue;  // day 31 in a 30-day month: no meeting
            day = month_start + days{day_of_month - 1};
        } else {
            auto found = nth_weekday_in(month_start, length, nth, target);
            if (!found) continue;  // no fifth such weekday
            day = *found;
        }
        if (day < first) continue;
        if (day > last) return;
        if (!visit(day)) return;
    }
}

// Every other rule: periods of `interval` days, weeks, months or years counted from the first
// day in effect (the epoch without one), each period's days in order.
template <class Visit>
void general_rule_days(const meeting_schedule& s, sys_days first, sys_days last, Visit&& visit) {
    const sys_days anchor = s.first_day().value_or(epoch_day);
    const auto interval = static_cast<std::int64_t>(s.interval());
    auto in_range = [&](sys_days d) { return first <= d && d <= last; };
    switch (s.kind()) {
    case recurrence::daily: {
        const std::int64_t start = aligned((first - epoch_day).count(), (anchor - epoch_day).count(), interval);
        for (sys_days day = epoch_day + days{start}; day <= last; day += days{interval}) {
            if (!visit(day)) return;
            if ((last - day).count() < interval) return;
        }
        return;
    }
    case recurrence::weekly: {
        std::array<int, 7> offsets{};  // days after Monday, in order
        std::size_t n = 0;
        for (unsigned c : {1u, 2u, 3u, 4u, 5u, 6u, 0u}) {
            for (const auto& w : s.weekdays()) {
                if (w.day.c_encoding() == c) {
                    offsets[n++] = static_cast<int>((c + 6) % 7);
                    break;
                }
            }
        }
        const std::int64_t anchor_week = s.first_day() ? week_of(anchor) : 0;
        for (std::int64_t week = aligned(week_of(first), anchor_week, interval); week <= week_of(last); week += interval) {
            const sys_days monday = week_anchor + days{7 * week};
            for (std::size_t i = 0; i < n; ++i) {
                const sys_days day = monday + days{offsets[i]};
                if (day > last) return;
                if (day >= first && !visit(day)) return;
            }
        }
        return;
    }
    case recurrence::monthly_by_weekday:
    case recurrence::monthly_by_day: {
        const std::int64_t end_index = month_index(date::year_month_day{last});
        const std::int64_t anchor_month = month_index(date::year_month_day{anchor});
        for (std::int64_t index = aligned(month_index(date::year_month_day{first}), anchor_month, interval);
             index <= end_index; index += interval) {
            const auto found = days_in(s, month_of(index));
            for (std::size_t i = 0; i < found.size; ++i) {
                if (found.day[i] > last) return;
                if (in_range(found.day[i]) && !visit(found.day[i])) return;
            }
        }
        return;
    }
    case recurrence::yearly: {
        const int end_year = static_cast<int>(date::year_month_day{last}.year());
        const int anchor_year = static_cast<int>(date::year_month_day{anchor}.year());
        const auto from_year = aligned(static_cast<int>(date::year_month_day{first}.year()), anchor_year, interval);
        for (std::int64_t year = from_year; year <= end_year; year += interval) {
            for (unsigned m : s.months()) {
                const auto found = days_in(s, date::year{static_cast<int>(year)} / date::month{m});
                for (std::size_t i = 0; i < found.size; ++i) {
                    if (found.day[i] > last) return;
                    if (in_range(found.day[i]) && !visit(found.day[i])) return;
                }
            }
        }
        return;
    }
    }
}

template <class Visit>
void rule_days(const meeting_schedule& s, sys_days first, sys_days last, Visit&& visit) {
    first = std::max(first, earliest_day);
    last = std::min(last, latest_day);
    if (last < first) return;
    if (s.plain()) {
        plain_rule_days(s, first, last, visit);
    } else {
        general_rule_days(s, first, last, visit);
    }
}

// Calls `visit(day)` for each local day in [first, last] on which `s` meets, in order, skipping
// skipped days (effective dates and COUNT are the caller's business); stops when visit returns
// false.
template <class Visit>
void for_each_day(const meeting_schedule& s, sys_days first, sys_days last, Visit&& visit) {
    const auto& skipped = s.skipped();
    auto skip = std::lower_bound(skipped.begin(), skipped.end(), first);
    rule_days(s, first, last, [&](sys_days day) -> bool {
        while (skip != skipped.end() && *skip < day) ++skip;
        if (skip != skipped.end() && *skip == day) return true;
        return visit(day);
    });
}

// A local day as the same count of days in local time.
auto local_at(sys_days day, minutes start) noexcept -> local_seconds {
    return local_seconds{day.time_since_epoch() + start};
}

}  // namespace

auto meeting_schedule::occurrences(const date_range& range) const -> std::vector<meeting_time> {
    std::vector<meeting_time> out;
    append_occurrences(range, out);
    return out;
}

namespace {

// The last local day on which `s` may meet: its effective end (a counted rule's effective dates
// end on its COUNTth meeting's day, see settle()).
auto last_rule_day(const meeting_schedule& s) -> sys_days { return s.effective() ? s.effective()->last() : latest_day; }

// How many meetings `s` can have in `span` days, for reserving room.
auto most_meetings(const meeting_schedule& s, std::size_t span) -> std::size_t {
    const std::size_t every = s.interval();
    const std::size_t per = std::max<std::size_t>({1, s.weekdays().size(), s.month_days().size()});
    switch (s.kind()) {
    case recurrence::daily: return span / every + 1;
    case recurrence::weekly: return (span / (7 * every) + 1) * per;
    case recurrence::monthly_by_weekday:
    case recurrence::monthly_by_day: return (span / (28 * every) + 2) * per;
    case recurrence::yearly: return (span / (365 * every) + 2) * per * s.months().size();
    }
    return span / 7 + 1;
}

}  // namespace

void meeting_schedule::append_occurrences(const date_range& range, std::vector<meeting_time>& out) const {
    const std::size_t first = out.size();
    append_rule_occurrences(range, out);
    apply_exceptions(range, out, first);
}

auto meeting_schedule::next_after(sys_seconds instant) const -> std::optional<meeting_time> {
    auto from_rule = next_rule_after(instant);
    // A rule meeting that was changed is not the next meeting: its override, if any, is among
    // the extras.
    const auto& overrides = rare_.get().overrides;
    while (from_rule && !overrides.empty() &&
           std::binary_search(overrides.begin(), overrides.end(), from_rule->start.get_local_time(),
                              [](const auto& a, const auto& b) { return original_of(a) < original_of(b); })) {
        from_rule = next_rule_after(from_rule->start.get_sys_time());
    }
    auto from_extras = next_exception_after(instant);
    if (!from_extras) return from_rule;
    if (!from_rule || from_extras->start.get_sys_time() < from_rule->start.get_sys_time()) return from_extras;
    return from_rule;
}

void meeting_schedule::append_rule_occurrences(const date_range& range, std::vector<meeting_time>& out) const {
    date_range window = range;
    if (effective_) {
        auto shared = range.intersection(*effective_);
        if (!shared) return;
        window = *shared;
    } else if (first_day_) {
        if (range.last() < *first_day_) return;
        window = date_range{std::max(range.first(), *first_day_), range.last()};
    }
    // Reserved for the days a calendar can name only (see rule_days), however long the range.
    const auto from = std::max(window.first(), earliest_day);
    const auto to = std::min({window.last(), latest_day, last_rule_day(*this)});
    if (to < from) return;
    const auto span = static_cast<std::size_t>((to - from).count()) + 1;
    const auto most = most_meetings(*this, span);
    // Growing geometrically when many schedules append to one vector, exactly when one does.
    if (out.capacity() - out.size() < most) out.reserve(std::max(out.size() + most, 2 * out.capacity()));
    // Expand the rule into `out` for the days, skipped days left out.
    const date::time_zone* zone = this->zone();
    local_converter convert(zone);
    const minutes start = start_;
    const minutes length = duration_;
    const bool whole_day = all_day_;
    for_each_day(*this, from, to, [&](sys_days day) {
        const sys_seconds begins = convert.to_sys(local_at(day, start));
        const sys_seconds ends = whole_day ? convert.to_sys(local_at(day + days{1}, minutes{0})) : begins + length;
        out.push_back(meeting_time{meeting_time::checked_t{}, date::zoned_seconds{zone, begins}, date::zoned_seconds{zone, ends}});
        return true;
    });
}

auto meeting_schedule::next_rule_after(sys_seconds instant) const -> std::optional<meeting_time> {
    // Instants past the days a calendar can name have no meeting after them; earlier ones are
    // searched from the first such day, so no arithmetic below can overflow.
    if (instant >= sys_seconds{latest_day}) return std::nullopt;
    instant = std::max(instant, sys_seconds{earliest_day});
    // A meeting on the local day before the instant's can still start after it where a
    // transition turns the clock back at midnight; earlier days cannot.
    const sys_days instant_day = std::chrono::floor<days>(instant + zone()->get_info(instant).offset);
    sys_days first = instant_day - days{1};
    if (first_day_) first = std::max(first, *first_day_);
    const sys_days end = last_rule_day(*this);
    // Searched a window at a time, each twice as long as the one before: the next meeting of a
    // plain rule lies within 52 weeks (and each skipped day), but a rule such as February 29
    // every year can wait eight years.
    std::optional<meeting_time> found;
    local_converter convert(zone());
    days window{400 + 7 * static_cast<int>(rare_.get().skipped.size())};
    for (sys_days from = first; from <= end && !found; from += window, window *= 2) {
        const sys_days to = end - from < window ? end : from + window - days{1};
        for_each_day(*this, from, to, [&](sys_days day) {
            const sys_seconds begins = convert.to_sys(local_at(day, start_));
            if (begins <= instant) return true;
            const sys_seconds ends = all_day_ ? convert.to_sys(local_at(day + days{1}, minutes{0})) : begins + duration_;
            found = meeting_time{meeting_time::checked_t{}, date::zoned_seconds{zone(), begins}, date::zoned_seconds{zone(), ends}};
            return false;
        });
        if (to == end) break;
    }
    return found;
}

// ---- the rule's invariants ----------------------------------------------------------------

namespace {

auto interval_limit(recurrence kind) noexcept -> std::pair<unsigned, std::string_view> {
    switch (kind) {
    case recurrence::daily: return {366, "days"};
    case recurrence::weekly: return {52, "weeks"};
    case recurrence::monthly_by_weekday:
    case recurrence::monthly_by_day: return {120, "months"};
    case recurrence::yearly: return {100, "years"};
    }
    return {1, "weeks"};
}

// Weekdays Monday first, then by position; days of the month first to last, then from the end.
auto weekday_order(const rule_weekday& a, const rule_weekday& b) noexcept -> bool {
    const auto rank = [](const rule_weekday& w) { return std::pair{(w.day.c_encoding() + 6) % 7, w.nth < 0 ? 10 - w.nth : w.nth}; };
    return rank(a) < rank(b);
}
auto month_day_order(int a, int b) noexcept -> bool { return (a < 0) != (b < 0) ? a > 0 : a < b; }

template <class T, class Less>
void sort_unique(std::vector<T>& v, Less less) {
    std::sort(v.begin(), v.end(), less);
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

void meeting_schedule::settle() {
    const bool monthly = kind_ == recurrence::monthly_by_weekday || kind_ == recurrence::monthly_by_day;
    const auto [most, unit] = interval_limit(kind_);
    if (interval_ < 1 || interval_ > most) {
        throw validation_error("interval", "must be 1 to " + std::to_string(most) + " " + std::string(unit) + ", got " +
                                               std::to_string(interval_));
    }
    for (const auto& w : weekdays_) {
        check_weekday(w.day);
        const bool numbered = monthly || kind_ == recurrence::yearly;
        if (!numbered && w.nth != 0) throw validation_error("weekdays", "a daily or weekly rule takes no position");
        if (numbered && (w.nth == 0 || w.nth < -5 || w.nth > 5)) {
            throw validation_error("weekdays", "the position of a weekday in the month must be 1 to 5 or -1 to -5, got " +
                                                   std::to_string(w.nth));
        }
    }
    for (int d : month_days_) {
        if (d == 0 || d < -31 || d > 31) {
            throw validation_error("month_days", "must be 1 to 31, or -1 to -31 from the month's end, got " + std::to_string(d));
        }
    }
    for (unsigned m : months()) {
        if (m < 1 || m > 12) throw validation_error("months", "must be 1 to 12, got " + std::to_string(m));
    }
    sort_unique(weekdays_, weekday_order);
    sort_unique(month_days_, month_day_order);
    // The months are edited only when out of order: edit() copies the block a copy shares, and
    // settle() runs again on every copy a counted rule makes.
    if (std::adjacent_find(months().begin(), months().end(), std::greater_equal<>{}) != months().end()) {
        sort_unique(rare_.edit().months, std::less<>{});
    }
    const bool by_weekday = !weekdays_.empty();
    const bool by_day = !month_days_.empty();
    switch (kind_) {
    case recurrence::daily:
        if (by_weekday || by_day || !months().empty()) throw validation_error("weekdays", "a daily rule names no days");
        break;
    case recurrence::weekly:
        if (!by_weekday) throw validation_error("weekdays", "a weekly rule needs at least one weekday");
        if (by_day || !months().empty()) throw validation_error("month_days", "a weekly rule names weekdays only");
        break;
    case recurrence::monthly_by_weekday:
    case recurrence::monthly_by_day:
        if (by_weekday == by_day) throw validation_error("weekdays", "a monthly rule needs weekdays or days of the month, not both");
        if (!months().empty()) throw validation_error("months", "a monthly rule meets every month");
        kind_ = by_weekday ? recurrence::monthly_by_weekday : recurrence::monthly_by_day;
        break;
    case recurrence::yearly:
        if (months().empty()) throw validation_error("months", "a yearly rule needs at least one month");
        if (by_weekday == by_day) throw validation_error("weekdays", "a yearly rule needs weekdays or days of the month, not both");
        break;
    }
    if (all_day_) {
        start_ = minutes{0};
        duration_ = days{1};
    }
    plain_ = (kind_ == recurrence::weekly && weekdays_.size() == 1) ||
             (kind_ == recurrence::monthly_by_weekday && interval_ == 1 && weekdays_.size() == 1 &&
              (weekdays_[0].nth > 0 || weekdays_[0].nth == -1)) ||
             (kind_ == recurrence::monthly_by_day && interval_ == 1 && month_days_.size() == 1 && month_days_[0] > 0);
    if (count()) settle_count();
}

// A counted rule is in effect until its COUNTth meeting: its effective dates end on that day.
void meeting_schedule::settle_count() {
    const unsigned count = *this->count();
    if (count < 1 || count > 10'000) throw validation_error("count", "must be 1 to 10000, got " + std::to_string(count));
    if (!first_day_) throw validation_error("count", "a counted rule needs its first day (effective dates)");
    // The meetings are counted before skipped days, as RFC 5545 counts before EXDATE.
    unsigned seen = 0;
    const sys_days end = effective_ ? effective_->last() : detail::last_day;
    date::days window{366};
    std::optional<sys_days> count_last;
    for (sys_days day = *first_day_; day <= end && !count_last; day += window, window *= 2) {
        rule_days(*this, day, end - day < window ? end : day + window - days{1}, [&](sys_days d) {
            if (++seen < count) return true;
            count_last = d;
            return false;
        });
    }
    if (!count_last) {
        throw validation_error("count", "COUNT=" + std::to_string(count) + " reaches past " + date::format("%F", end) +
                                            ": only " + std::to_string(seen) + " meetings fit before it");
    }
    effective_ = date_range{*first_day_, *count_last};
}

auto meeting_schedule::with_count(std::optional<unsigned> count) const -> meeting_schedule {
    meeting_schedule copy = *this;
    // A counted rule's last day is its COUNTth meeting's, not an end of its own (RFC 5545 has a
    // rule end by COUNT or by UNTIL, never both): the new count, or none, counts from the first
    // day with no other end, where keeping the old last day would refuse any larger count.
    if (copy.count()) copy.effective_.reset();
    if (count || copy.count()) copy.rare_.edit().count = count;
    copy.settle();
    if (has_changed_meetings()) copy.check_exceptions();
    return copy;
}

auto meeting_schedule::as_all_day() const -> meeting_schedule {
    meeting_schedule copy = *this;
    copy.all_day_ = true;
    copy.settle();
    if (has_changed_meetings()) copy.check_exceptions();
    return copy;
}

// ---- exceptions ---------------------------------------------------------------------------

void meeting_schedule::apply_exceptions(const date_range& range, std::vector<meeting_time>& out, std::size_t first) const {
    const auto& lists = rare_.get();
    if (lists.overrides.empty() && lists.extras.empty()) return;
    // Drops the rule's meetings that were changed: both lists are sorted, so one merge walk.
    if (!lists.overrides.empty() && out.size() > first) {
        auto o = std::lower_bound(lists.overrides.begin(), lists.overrides.end(), out[first].start.get_local_time(),
                                  [](const auto& a, const auto& b) { return original_of(a) < original_of(b); });
        auto kept = out.begin() + static_cast<std::ptrdiff_t>(first);
        for (auto m = kept; m != out.end(); ++m) {
            const local_seconds at = m->start.get_local_time();
            while (o != lists.overrides.end() && o->original < at) ++o;
            if (o != lists.overrides.end() && o->original == at) continue;
            if (kept != m) *kept = *m;
            ++kept;
        }
        out.erase(kept, out.end());
    }
    // The added and moved meetings that start on the range's days, by binary search.
    const local_seconds from{range.first().time_since_epoch()};
    const local_seconds to{(range.last() + days{1}).time_since_epoch()};
    auto e = std::lower_bound(lists.extras.begin(), lists.extras.end(), from, [](const extra& x, local_seconds t) { return x.start < t; });
    const std::size_t middle = out.size();
    local_converter convert(zone());
    for (; e != lists.extras.end() && e->start < to; ++e) {
        const sys_seconds begins = convert.to_sys(e->start);
        out.push_back(meeting_time{meeting_time::checked_t{}, date::zoned_seconds{zone(), begins},
                                   date::zoned_seconds{zone(), begins + e->duration}});
    }
    if (out.size() == middle) return;
    const auto by_start = [](const meeting_time& a, const meeting_time& b) {
        return a.start.get_sys_time() < b.start.get_sys_time();
    };
    const auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
    const auto mid = out.begin() + static_cast<std::ptrdiff_t>(middle);
    std::sort(mid, out.end(), by_start);  // local order can differ from time order in a fall-back hour
    std::inplace_merge(begin, mid, out.end(), by_start);
}

auto meeting_schedule::next_exception_after(sys_seconds instant) const -> std::optional<meeting_time> {
    const auto& lists = rare_.get();
    if (lists.extras.empty()) return std::nullopt;
    // Local and UTC times differ by less than a day, so the candidates start a day before the
    // instant read as a local time, and none a day past the first found can come first.
    const local_seconds around{instant.time_since_epoch()};
    auto e = std::lower_bound(lists.extras.begin(), lists.extras.end(), around - days{1},
                              [](const extra& x, local_seconds t) { return x.start < t; });
    std::optional<meeting_time> best;
    local_converter convert(zone());
    for (; e != lists.extras.end(); ++e) {
        if (best && e->start > best->start.get_local_time() + days{1}) break;
        const sys_seconds begins = convert.to_sys(e->start);
        if (begins <= instant) continue;
        if (!best || begins < best->start.get_sys_time()) {
            best = meeting_time{meeting_time::checked_t{}, date::zoned_seconds{zone(), begins},
                                date::zoned_seconds{zone(), begins + e->duration}};
        }
    }
    return best;
}

// ---- describe and rrule -------------------------------------------------------------------

namespace {

// "Tuesday", "Tuesday and Thursday", "Monday, Wednesday and Friday".
template <class Item, class Write>
void write_list(std::string& out, const std::vector<Item>& items, Write&& write) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        write(items[i]);
    }
}

// "second", "last", "second to last".
auto position_words(int nth) -> std::string {
    if (nth == -1) return "last";
    if (nth < 0) return std::string(nth_words[static_cast<std::size_t>(-nth)]) + " to last";
    return std::string(nth_words[static_cast<std::size_t>(nth)]);
}

// "15th", "last day", "2nd to last day".
auto month_day_words(int d) -> std::string {
    if (d == -1) return "last day";
    const int n = d < 0 ? -d : d;
    std::string out = std::to_string(n);
    out += detail::ordinal_suffix(n);
    if (d < 0) out += " to last day";
    return out;
}

// " each month", " every other month", " every 3 months" (and years).
auto every_words(unsigned interval, std::string_view unit) -> std::string {
    if (interval == 1) return " each " + std::string(unit);
    if (interval == 2) return " every other " + std::string(unit);
    return " every " + std::to_string(interval) + " " + std::string(unit) + "s";
}

}  // namespace

auto meeting_schedule::describe() const -> std::string {
    std::string out;
    auto day_names = [&] {
        write_list(out, weekdays_, [&](const rule_weekday& w) { out += weekday_names[w.day.c_encoding()]; });
    };
    auto days_of_month = [&] {
        if (!weekdays_.empty()) {
            write_list(out, weekdays_, [&](const rule_weekday& w) {
                out += position_words(w.nth);
                out += ' ';
                out += weekday_names[w.day.c_encoding()];
            });
        } else {
            out += "the ";
            write_list(out, month_days_, [&](int d) { out += month_day_words(d); });
        }
    };
    switch (kind_) {
    case recurrence::daily:
        out += interval_ == 1 ? std::string("every day") : interval_ == 2 ? std::string("every other day")
                                                                            : "every " + std::to_string(interval_) + " days";
        break;
    case recurrence::weekly:
        if (interval_ == 1) {
            out += "every ";
        } else if (interval_ == 2) {
            out += "every other ";
        } else {
            out += "every " + std::to_string(interval_) + " weeks on ";
        }
        day_names();
        break;
    case recurrence::monthly_by_weekday:
    case recurrence::monthly_by_day:
        days_of_month();
        out += " of";
        out += every_words(interval_, "month");
        break;
    case recurrence::yearly:
        days_of_month();
        out += " of ";
        write_list(out, months(), [&](unsigned m) { out += detail::month_names[m - 1]; });
        out += every_words(interval_, "year");
        break;
    }
    out += ", ";
    if (all_day_) {
        out += "all day";
        return out;
    }
    out += detail::clock_text_12h(start_);
    if (duration_ < days{1}) {
        out += ' ';
        out += en_dash;
        out += ' ';
        out += detail::clock_text_12h(start_ + duration_);
    } else {
        out += " for 24 hours";  // an end time equal to the start would read as no duration
    }
    return out;
}

auto meeting_schedule::rrule() const -> std::string {
    static constexpr std::array<std::string_view, 5> freq{"WEEKLY", "MONTHLY", "MONTHLY", "DAILY", "YEARLY"};
    std::string out = "FREQ=";
    out += freq[static_cast<std::size_t>(kind_)];
    if (interval_ != 1) out += ";INTERVAL=" + std::to_string(interval_);
    auto list = [&out](std::string_view name, const auto& values, auto&& write) {
        if (values.empty()) return;
        out += ';';
        out += name;
        out += '=';
        bool first = true;
        for (const auto& v : values) {
            if (!first) out += ',';
            write(v);
            first = false;
        }
    };
    list("BYMONTH", months(), [&](unsigned m) { out += std::to_string(m); });
    list("BYMONTHDAY", month_days_, [&](int d) { out += std::to_string(d); });
    list("BYDAY", weekdays_, [&](const rule_weekday& w) {
        if (w.nth != 0) out += std::to_string(w.nth);
        out += weekday_codes[w.day.c_encoding()];
    });
    if (const auto count = this->count()) {
        out += ";COUNT=" + std::to_string(*count);
    } else if (effective_ && effective_->last() < detail::last_day) {
        // A schedule that runs to the model's last day is an open rule: its UNTIL would be in
        // UTC, in the year 10000 west of Greenwich, which no reader accepts.
        if (all_day_) {
            out += ";UNTIL=" + date::format("%Y%m%d", effective_->last());
        } else {
            // RFC 5545: with a DTSTART in a TZID, UNTIL is given in UTC.
            local_converter convert(zone());
            const sys_seconds until = convert.to_sys(local_at(effective_->last(), start_));
            out += ";UNTIL=" + date::format("%Y%m%dT%H%M%SZ", until);
        }
    }
    return out;
}

// ---- from_rrule ---------------------------------------------------------------------------

namespace {

// One NAME=VALUE part of an RRULE value, with where its value starts.
struct rule_part {
    std::string name;
    std::string_view value;
    std::size_t at = 0;
};

class rrule_reader {
public:
    explicit rrule_reader(std::string_view text) : text_(text) {}

    [[noreturn]] void fail(std::size_t at, const std::string& why) const { throw parse_error(text_, at, why); }

    auto parts() const -> std::vector<rule_part> {
        std::vector<rule_part> out;
        for (std::size_t pos = 0; pos < text_.size();) {
            auto end = text_.find(';', pos);
            if (end == std::string_view::npos) end = text_.size();
            const auto part = text_.substr(pos, end - pos);
            const auto eq = part.find('=');
            if (eq == std::string_view::npos) fail(pos, "expected NAME=VALUE");
            rule_part p{std::string(part.substr(0, eq)), part.substr(eq + 1), pos + eq + 1};
            for (const auto& seen : out) {
                if (seen.name == p.name) fail(pos, p.name + " is given twice");
            }
            out.push_back(std::move(p));
            pos = end + 1;
        }
        return out;
    }

    // Digits at `i`, read whole (a value too large for an int reads as its first 12 digits, which
    // no range accepts): how many there were.
    static auto digits_at(std::string_view v, std::size_t& i, std::int64_t& n) -> std::size_t {
        const std::size_t from = i;
        n = 0;
        for (; i < v.size() && detail::is_digit(v[i]); ++i) {
            if (i - from < 12) n = n * 10 + (v[i] - '0');
        }
        return i - from;
    }

    // A signed integer list ("1,-1,15") within [low, high].
    auto numbers(const rule_part& p, int low, int high) const -> std::vector<int> {
        std::vector<int> out;
        std::size_t i = 0;
        const auto v = p.value;
        while (true) {
            const std::size_t start = i;
            bool negative = false;
            if (i < v.size() && (v[i] == '+' || v[i] == '-')) negative = v[i++] == '-';
            std::int64_t n = 0;
            if (digits_at(v, i, n) == 0 || (i < v.size() && v[i] != ',')) fail(p.at + start, p.name + ": expected a number");
            if (negative) n = -n;
            if (n < low || n > high) {
                fail(p.at + start, p.name + "=" + std::string(v.substr(start, i - start)) + " is out of range (" +
                                       std::to_string(low) + " to " + std::to_string(high) + ")");
            }
            out.push_back(static_cast<int>(n));
            if (i == v.size()) return out;
            ++i;
        }
    }

    auto weekdays(const rule_part& p) const -> std::vector<rule_weekday> {
        std::vector<rule_weekday> out;
        std::size_t i = 0;
        const auto v = p.value;
        while (true) {
            const std::size_t start = i;
            int sign = 1;
            if (i < v.size() && (v[i] == '+' || v[i] == '-')) sign = v[i++] == '-' ? -1 : 1;
            std::int64_t n = 0;
            const std::size_t digits = i;
            digits_at(v, i, n);
            if (n > 53) fail(p.at + start, "BYDAY=" + std::string(v) + ": BYDAY numbers lie between -53 and 53");
            if (i + 2 > v.size()) fail(p.at + start, "BYDAY: expected a day such as TU or 2TU");
            const auto code = v.substr(i, 2);
            const auto found = std::find(weekday_codes.begin(), weekday_codes.end(), code);
            if (found == weekday_codes.end()) fail(p.at + i, "BYDAY: expected SU, MO, TU, WE, TH, FR or SA");
            i += 2;
            if (i < v.size() && v[i] != ',') fail(p.at + i, "BYDAY: expected a comma");
            if (i == digits + 2 && (sign == -1 || start != digits)) fail(p.at + start, "BYDAY: a sign needs a number");
            out.push_back({sign * static_cast<int>(n), date::weekday{static_cast<unsigned>(found - weekday_codes.begin())}});
            if (i == v.size()) return out;
            ++i;
        }
    }

    // COUNT and INTERVAL: digits only (RFC 5545), within [low, high].
    auto whole(const rule_part& p, int low, int high) const -> int {
        std::size_t i = 0;
        std::int64_t n = 0;
        if (digits_at(p.value, i, n) == 0 || i != p.value.size()) {
            fail(p.at, p.name + "=" + std::string(p.value) + ": expected a number written in digits only");
        }
        if (n < low || n > high) {
            fail(p.at, p.name + "=" + std::string(p.value) + " is out of range (" + std::to_string(low) + " to " +
                           std::to_string(high) + ")");
        }
        return static_cast<int>(n);
    }

    // UNTIL: a date (meetings on that local day are held) or a date-time, UTC or in `zone`.
    auto until(const rule_part& p, const date::time_zone* zone, minutes start) const -> sys_seconds {
        const auto v = p.value;
        auto digits = [&](std::size_t from, std::size_t n) {
            int value = 0;
            for (std::size_t i = from; i < from + n; ++i) {
                if (i >= v.size() || !detail::is_digit(v[i])) fail(p.at + std::min(i, v.size()), "UNTIL: expected YYYYMMDD or YYYYMMDDTHHMMSSZ");
                value = value * 10 + (v[i] - '0');
            }
            return value;
        };
        const date::year_month_day ymd{date::year{digits(0, 4)}, date::month{static_cast<unsigned>(digits(4, 2))},
                                       date::day{static_cast<unsigned>(digits(6, 2))}};
        if (!ymd.ok()) fail(p.at, "UNTIL: not a calendar date");
        const sys_days day{ymd};
        if (v.size() == 8) return local_converter(zone).to_sys(local_at(day, start));
        if (v.size() < 15 || v[8] != 'T' || v.size() > 16 || (v.size() == 16 && v[15] != 'Z')) {
            fail(p.at, "UNTIL: expected YYYYMMDD or YYYYMMDDTHHMMSSZ");
        }
        const auto h = digits(9, 2), m = digits(11, 2), sec = digits(13, 2);
        if (h > 23 || m > 59 || sec > 60) fail(p.at + 9, "UNTIL: not a time of day");
        const seconds time{h * 3600 + m * 60 + std::min(sec, 59)};
        if (v.size() == 16) return sys_seconds{day} + time;
        return local_converter(zone).to_sys(local_seconds{day.time_since_epoch()} + time);
    }

private:
    std::string_view text_;
};

}  // namespace

auto meeting_schedule::from_rrule(std::string_view text, sys_days first_day, time_of_day at, minutes duration,
                                  std::string time_zone) -> meeting_schedule {
    const minutes start = at.since_midnight();
    check_day("effective.first", first_day);
    const rrule_reader in(text);
    const auto parts = in.parts();
    const auto find = [&](std::string_view name) -> const rule_part* {
        for (const auto& p : parts) {
            if (p.name == name) return &p;
        }
        return nullptr;
    };
    static constexpr std::array known{"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL", "WKST"};
    for (const auto& p : parts) {
        if (std::find(known.begin(), known.end(), p.name) == known.end()) {
            in.fail(p.at - p.name.size() - 1, p.name + " is not a part a meeting schedule can hold");
        }
    }
    const rule_part* freq = find("FREQ");
    if (freq == nullptr) in.fail(0, "expected FREQ");
    recurrence kind{};
    if (freq->value == "DAILY") {
        kind = recurrence::daily;
    } else if (freq->value == "WEEKLY") {
        kind = recurrence::weekly;
    } else if (freq->value == "MONTHLY") {
        kind = recurrence::monthly_by_day;
    } else if (freq->value == "YEARLY") {
        kind = recurrence::yearly;
    } else {
        in.fail(freq->at, "FREQ=" + std::string(freq->value) + " is not a meeting schedule (expected DAILY, WEEKLY, MONTHLY or YEARLY)");
    }
    const auto* wkst = find("WKST");
    if (wkst != nullptr) {
        static constexpr std::array days{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        if (std::find(days.begin(), days.end(), wkst->value) == days.end()) {
            in.fail(wkst->at, "WKST=" + std::string(wkst->value) + " is not a weekday (expected MO, TU, WE, TH, FR, SA or SU)");
        }
    }
    meeting_schedule s(kind, start, duration, std::move(time_zone));
    if (const auto* p = find("INTERVAL")) s.interval_ = static_cast<unsigned>(in.whole(*p, 1, 1000));
    if (const auto* p = find("BYDAY")) s.weekdays_ = in.weekdays(*p);
    if (const auto* p = find("BYMONTHDAY")) s.month_days_ = in.numbers(*p, -31, 31);
    if (const auto* p = find("BYMONTH")) {
        for (int m : in.numbers(*p, 1, 12)) s.rare_.edit().months.push_back(static_cast<unsigned>(m));
    }
    if (const auto* p = find("BYSETPOS")) {
        // BYDAY=TU;BYSETPOS=-1 is the last Tuesday: a position among one weekday's days.
        const auto positions = in.numbers(*p, -5, 5);
        const int pos = positions.size() == 1 ? positions[0] : 0;
        if (s.weekdays_.size() != 1 || s.weekdays_[0].nth != 0 || !s.month_days_.empty() || pos == 0 ||
            (kind != recurrence::monthly_by_day && kind != recurrence::yearly)) {
            in.fail(p->at, "BYSETPOS is read with one BYDAY weekday in a monthly or yearly rule only");
        }
        s.weekdays_[0].nth = pos;
    }
    const date::year_month_day ymd{first_day};
    // What the rule leaves out comes from DTSTART (RFC 5545 3.3.10).
    if (kind == recurrence::daily && !s.weekdays_.empty() && s.interval_ == 1 && s.month_days_.empty() && s.months().empty()) {
        s.kind_ = recurrence::weekly;  // every weekday: the same days as a weekly rule on them
    }
    if (s.kind_ == recurrence::weekly && s.weekdays_.empty()) s.weekdays_ = {rule_weekday{0, date::weekday{first_day}}};
    // Weeks run Monday to Sunday here. Another week start (Outlook and Google write WKST=SU) only
    // changes which weeks an INTERVAL counts when a period's days could straddle two weeks: never
    // with INTERVAL=1, nor with one weekday that the first day falls on.
    if (wkst != nullptr && wkst->value != "MO" && s.kind_ == recurrence::weekly && s.interval_ > 1 &&
        !(s.weekdays_.size() == 1 && s.weekdays_[0].day == date::weekday{first_day})) {
        in.fail(wkst->at, "WKST other than MO with INTERVAL and several weekdays: weeks run Monday to Sunday");
    }
    if (kind == recurrence::monthly_by_day && s.weekdays_.empty() && s.month_days_.empty()) {
        s.month_days_ = {static_cast<int>(static_cast<unsigned>(ymd.day()))};
    }
    if (kind == recurrence::yearly) {
        if (s.months().empty() && s.month_days_.empty() && s.weekdays_.empty()) {
            s.rare_.edit().months = {static_cast<unsigned>(ymd.month())};
        }
        if (s.months().empty() && !s.month_days_.empty()) s.rare_.edit().months = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        if (s.month_days_.empty() && s.weekdays_.empty()) s.month_days_ = {static_cast<int>(static_cast<unsigned>(ymd.day()))};
    }
    const auto* count = find("COUNT");
    const auto* until = find("UNTIL");
    if (count != nullptr && until != nullptr) in.fail(until->at, "COUNT and UNTIL cannot both be given");
    std::optional<sys_days> last;
    if (until != nullptr) {
        // The last day whose meeting starts at or before UNTIL: meetings are once a local day at
        // one local time, so the day says exactly which are held.
        const sys_seconds instant = in.until(*until, s.zone(), s.start_);
        const sys_days until_day{std::chrono::floor<days>(s.zone()->to_local(instant)).time_since_epoch()};
        const bool held = local_converter(s.zone()).to_sys(local_at(until_day, s.start_)) <= instant;
        const sys_days day = held ? until_day : until_day - days{1};
        if (day < first_day) in.fail(until->at, "UNTIL is before the first meeting");
        last = std::min(day, detail::last_day);
    }
    if (count != nullptr) s.rare_.edit().count = static_cast<unsigned>(in.whole(*count, 1, 10'000));
    // Neither COUNT nor UNTIL: in effect from the first day, with no end.
    if (last) s.effective_ = date_range{first_day, *last};
    s.first_day_ = first_day;
    s.settle();
    return s;
}

auto to_string(const meeting_time& time) -> std::string {
    const auto local = time.start.get_local_time();
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    std::string out(detail::weekday_abbr[date::weekday{day}.c_encoding()]);
    out += ' ';
    out += detail::month_abbr[static_cast<unsigned>(ymd.month()) - 1];
    out += ' ' + std::to_string(static_cast<unsigned>(ymd.day())) + ", " + std::to_string(static_cast<int>(ymd.year()));
    out += ' ';
    out += detail::clock_text_12h(date::floor<std::chrono::minutes>(local - day));
    out += ' ' + time.start.get_info().abbrev;
    return out;
}

auto operator<<(std::ostream& out, const meeting_schedule& schedule) -> std::ostream& {
    return out << schedule.describe();
}

auto to_string(recurrence kind) -> std::string_view {
    switch (kind) {
    case recurrence::weekly: return "weekly";
    case recurrence::monthly_by_weekday: return "monthly_by_weekday";
    case recurrence::monthly_by_day: return "monthly_by_day";
    case recurrence::daily: return "daily";
    case recurrence::yearly: return "yearly";
    }
    return "weekly";
}

// ---- parse --------------------------------------------------------------------------------

namespace {

enum class token_kind { word, number, ordinal, clock, dash, comma, period, end };

struct token {
    token_kind kind = token_kind::end;
    std::size_t pos = 0;
    std::size_t size = 0;
    std::string word;            // word: lowercase, dots removed
    std::int64_t value = 0;      // number / ordinal / clock: the (hour) digits
    std::int64_t minute = 0;     // clock: the minute digits
    std::size_t minute_pos = 0;  // clock: where the minutes start
    int minute_digits = 0;       // clock: how many minute digits
    bool decimal = false;        // number written with '.', like 1.5 or 7.30
};

using detail::is_alpha;
using detail::is_digit;
using detail::to_lower;

// Every word the grammar knows besides month and weekday names (detail::calendar_words, English
// rows, and weekday plurals such as "Mondays"); anything else is reported as an unknown word.
constexpr auto vocabulary = std::to_array<std::string_view>({
    "every", "each", "other", "week", "weeks", "weekly", "biweekly", "fortnightly", "month", "months", "monthly",
    "of", "the", "on", "at", "from", "to", "until", "till", "through", "thru", "for", "and", "a", "an", "starting",
    "am", "pm", "p", "noon", "midnight", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h",
    "half", "first", "second", "third", "fourth", "fifth", "last", "sixth", "seventh", "eighth", "ninth", "tenth",
    "one", "day", "days", "year", "years", "yearly", "annually", "all"});

auto tokenize(std::string_view text) -> std::vector<token> {
    std::vector<token> out;
    std::size_t i = 0;
    auto fail = [&](std::size_t at, std::string_view reason) { throw parse_error(text, at, reason); };
    auto read_digits = [&](std::size_t& at, std::int64_t& value) -> int {
        int count = 0;
        value = 0;
        while (at < text.size() && is_digit(text[at])) {
            if (count == 9) fail(at, "number is too long");
            value = value * 10 + (text[at] - '0');
            ++at;
            ++count;
        }
        return count;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (const auto n = detail::space_at(text, i)) {  // every space of detail/text.hpp
            i += n;
            continue;
        }
        token t;
        t.pos = i;
        if (is_alpha(c)) {
            while (i < text.size() && (is_alpha(text[i]) || text[i] == '.' || text[i] == '\'')) {
                if (text[i] != '.' && text[i] != '\'') t.word += to_lower(text[i]);
                ++i;
            }
            t.kind = token_kind::word;
        } else if (is_digit(c)) {
            read_digits(i, t.value);
            t.kind = token_kind::number;
            if (i + 1 < text.size() && (text[i] == ':' || text[i] == '.') && is_digit(text[i + 1])) {
                t.decimal = text[i] == '.';
                t.kind = t.decimal ? token_kind::number : token_kind::clock;
                ++i;
                t.minute_pos = i;
                t.minute_digits = read_digits(i, t.minute);
            } else if (i + 1 < text.size() && is_alpha(text[i]) && is_alpha(text[i + 1])) {
                const std::string suffix{to_lower(text[i]), to_lower(text[i + 1])};
                const bool after = i + 2 >= text.size() || !is_alpha(text[i + 2]);
                if (after && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
                    t.kind = token_kind::ordinal;
                    i += 2;
                }
            }
        } else if (c == ',' || c == ';') {
            t.kind = token_kind::comma;
            ++i;
        } else if (c == '.') {
            t.kind = token_kind::period;
            ++i;
        } else if (const auto n = detail::dash_at(text, i)) {  // one range dash of detail/text.hpp
            t.kind = token_kind::dash;
            i += n;
        } else if (c == '@') {
            t.kind = token_kind::word;
            t.word = "at";
            ++i;
        } else {
            fail(i, "unexpected character; expected words, numbers and times such as \"every Wednesday at 7pm\"");
        }
        t.size = i - t.pos;
        out.push_back(std::move(t));
    }
    token end;
    end.pos = text.size();
    out.push_back(end);
    return out;
}

// A weekday name or abbreviation of the calendar table (English rows), or a full name's plural.
auto weekday_of(std::string_view w) -> std::optional<date::weekday> {
    auto day = detail::english_weekday(w);
    if (day < 0 && w.ends_with("days")) day = detail::english_weekday(w.substr(0, w.size() - 1));
    if (day < 0) return std::nullopt;
    return date::weekday{static_cast<unsigned>(day)};
}

// "first" .. "tenth" and "last" (-1): the later words exist to be refused with a clear reason.
auto ordinal_word(std::string_view w) -> std::optional<int> {
    static constexpr std::array<std::string_view, 11> words{"",      "first",   "second", "third", "fourth", "fifth",
                                                            "sixth", "seventh", "eighth", "ninth", "tenth"};
    if (w == "last") return -1;
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i] == w) return static_cast<int>(i);
    }
    return std::nullopt;
}

enum class meridiem { none, am, pm };

struct clock_time {
    std::int64_t hour = 0;
    std::int64_t minute = 0;
    meridiem half = meridiem::none;
    bool has_minutes = false;
    bool fixed = false;  // noon, midnight, or a 24-hour time: needs no am or pm
    std::size_t pos = 0;

    auto minutes_with(meridiem m) const -> std::int64_t {
        return ((hour % 12) + (m == meridiem::pm ? 12 : 0)) * 60 + minute;
    }
};

struct parsed_rule {
    recurrence kind = recurrence::weekly;
    unsigned interval = 1;
    std::vector<rule_weekday> weekdays;
    std::vector<int> month_days;
    std::vector<unsigned> months;
    bool all_day = false;
    minutes start{0};
    minutes duration{120};
    bool timed_length = false;  // an end time or a duration was written
};

// A month name or abbreviation of the calendar table (English rows).
auto month_of_word(std::string_view w) -> std::optional<unsigned> {
    const auto m = detail::english_month(w);
    if (m == 0) return std::nullopt;
    return static_cast<unsigned>(m);
}

class parser {
public:
    explicit parser(std::string_view text) : text_(text), tokens_(tokenize(text)) {}

    auto run() -> parsed_rule {
        parse_rule();
        return run_times();
    }

    // The times alone, without days before them ("7-9 pm").
    auto run_times() -> parsed_rule {
        parse_times();
        while (peek().kind == token_kind::period) advance();
        if (peek().kind != token_kind::end) expected("the end of the schedule");
        return rule_;
    }

private:
    auto peek(std::size_t ahead = 0) const -> const token& {
        return tokens_[std::min(next_ + ahead, tokens_.size() - 1)];
    }
    auto advance() -> const token& {
        const token& t = tokens_[next_];
        if (next_ + 1 < tokens_.size()) ++next_;
        return t;
    }
    auto is_word(std::string_view w, std::size_t ahead = 0) const -> bool {
        return peek(ahead).kind == token_kind::word && peek(ahead).word == w;
    }
    auto accept(std::string_view w) -> bool {
        if (!is_word(w)) return false;
        advance();
        return true;
    }

    [[noreturn]] void fail(std::size_t pos, std::string_view reason) const { throw parse_error(text_, pos, reason); }
    [[noreturn]] void fail(const token& t, std::string_view reason) const { fail(t.pos, reason); }

    // Reports the next token as not what was expected, naming unknown words as such.
    [[noreturn]] void expected(std::string_view what) const {
        const token& t = peek();
        if (t.kind == token_kind::end) fail(t, "expected " + std::string(what));
        const std::string shown(text_.substr(t.pos, t.size));
        if (t.kind == token_kind::word &&
            std::find(vocabulary.begin(), vocabulary.end(), t.word) == vocabulary.end() && !weekday_of(t.word) &&
            !month_of_word(t.word)) {
            fail(t, "unknown word \"" + shown + "\"; expected " + std::string(what));
        }
        fail(t, "expected " + std::string(what) + ", got \"" + shown + "\"");
    }

    auto weekday_here() const -> std::optional<date::weekday> {
        return peek().kind == token_kind::word ? weekday_of(peek().word) : std::nullopt;
    }

    auto expect_weekday() -> date::weekday {
        auto day = weekday_here();
        if (!day) expected("a weekday such as \"Tuesday\"");
        advance();
        return *day;
    }

    // "Tuesday", "Tuesday and Thursday", "Monday, Wednesday and Friday".
    void expect_weekdays() {
        rule_.weekdays.push_back({0, expect_weekday()});
        while ((is_word("and") || peek().kind == token_kind::comma) && weekday_of(peek(1).word)) {
            advance();
            rule_.weekdays.push_back({0, expect_weekday()});
        }
    }

    // The ordinal at the next token (word or "2nd"), if there is one.
    auto ordinal_here() const -> std::optional<std::int64_t> {
        const token& t = peek();
        if (t.kind == token_kind::ordinal) return t.value;
        if (t.kind == token_kind::word) {
            if (auto n = ordinal_word(t.word)) return *n;
        }
        return std::nullopt;
    }

    auto ordinal_here_after_comma() const -> bool {
        const token& t = peek(1);
        return t.kind == token_kind::ordinal || (t.kind == token_kind::word && ordinal_word(t.word));
    }

    void parse_rule() {
        accept("on");
        if (accept("every") || accept("each")) {
            parse_every();
        } else if (is_word("weekly") || is_word("biweekly") || is_word("fortnightly")) {
            rule_.interval = is_word("weekly") ? 1 : 2;
            advance();
            accept("on");
            rule_.kind = recurrence::weekly;
            expect_weekdays();
        } else if (accept("monthly")) {
            accept("on");
            accept("the");
            parse_monthly_body();
        } else if (is_word("the") || ordinal_here()) {
            accept("the");
            parse_monthly_body();
            parse_month_tail();
        } else if (weekday_here()) {
            rule_.kind = recurrence::weekly;
            expect_weekdays();
        } else {
            expected("a schedule such as \"every Wednesday\" or \"second Tuesday of each month\"");
        }
    }

    // After "every": "other Wednesday", "3 weeks on Monday", "week on Monday", "Wednesday",
    // "second Tuesday of the month", "month on the 15th", "day", "other day", "3 days".
    void parse_every() {
        const token& t = peek();
        if (accept("day")) {
            rule_.kind = recurrence::daily;
            return;
        }
        if (accept("other")) {
            rule_.interval = 2;
            if (accept("day")) {
                rule_.kind = recurrence::daily;
                return;
            }
            if (accept("week")) accept("on");
        } else if (t.kind == token_kind::number && !t.decimal) {
            advance();
            if (accept("days") || accept("day")) {
                if (t.value < 1 || t.value > 366) fail(t, "interval must be 1 to 366 days");
                rule_.kind = recurrence::daily;
                rule_.interval = static_cast<unsigned>(t.value);
                return;
            }
            if (!accept("weeks") && !accept("week")) expected("\"weeks\" or \"days\" after a number");
            set_interval(t.value, t);
            accept("on");
        } else if (auto n = ordinal_here(); n && (is_word("week", 1) || is_word("weeks", 1))) {
            advance();
            advance();
            set_interval(*n, t);
            accept("on");
        } else if (ordinal_here()) {
            parse_monthly_body();
            parse_month_tail();
            return;
        } else if (accept("week")) {
            accept("on");
        } else if (accept("month")) {
            accept("on");
            accept("the");
            parse_monthly_body();
            return;
        }
        rule_.kind = recurrence::weekly;
        expect_weekdays();
    }

    void set_interval(std::int64_t n, const token& at) {
        if (n < 1 || n > 52) fail(at, "interval must be 1 to 52 weeks");
        rule_.interval = static_cast<unsigned>(n);
    }

    // One position: "second", "2nd", "last", "second to last", "2nd to last" (negative from the end).
    auto expect_position() -> std::int64_t {
        auto n = ordinal_here();
        if (!n) expected("an ordinal such as \"second\" or \"15th\"");
        const token& t = peek();
        advance();
        if (*n > 0 && is_word("to") && is_word("last", 1)) {
            advance();
            advance();
            if (*n > 31) fail(t, "day of the month must be 1st to 31st");
            return -*n;
        }
        return *n;
    }

    // "second Tuesday", "first and third Tuesday", "first Monday and third Tuesday", "15th",
    // "1st and 15th", "last day", "2nd to last day", "first" (the day).
    void parse_monthly_body() {
        std::vector<std::pair<std::int64_t, const token*>> pending;  // positions waiting for a weekday
        bool any_weekday = false;
        bool any_day = false;
        while (true) {
            const token& t = peek();
            const auto n = expect_position();
            pending.emplace_back(n, &t);
            if (weekday_here()) {
                const auto day = expect_weekday();
                for (const auto& [position, at] : pending) {
                    if (position == 0 || position < -5 || position > 5) fail(*at, "ordinal must be first to fifth or last");
                    rule_.weekdays.push_back({static_cast<int>(position), day});
                }
                pending.clear();
                any_weekday = true;
            } else if (accept("day")) {
                for (const auto& [position, at] : pending) add_month_day(position, *at);
                pending.clear();
                any_day = true;
            }
            const bool more = (is_word("and") || peek().kind == token_kind::comma) && (ordinal_here_after_comma() || is_word("last", 1));
            if (!more) break;
            advance();
        }
        for (const auto& [position, at] : pending) {
            if (at->kind == token_kind::word && (position < 0 || position > 5)) {
                fail(*at, "expected a weekday after \"" + std::string(text_.substr(at->pos, at->size)) + "\"");
            }
            add_month_day(position, *at);
            any_day = true;
        }
        if (any_weekday && any_day) fail(peek(), "give weekdays or days of the month, not both");
        rule_.kind = any_weekday ? recurrence::monthly_by_weekday : recurrence::monthly_by_day;
    }

    void add_month_day(std::int64_t n, const token& at) {
        if (n == 0 || n < -31 || n > 31) fail(at, "day of the month must be 1st to 31st");
        rule_.month_days.push_back(static_cast<int>(n));
    }

    // "each month", "every other month", "every 3 months", or "each year" and the like after the
    // months of a yearly rule: the interval.
    auto every_tail(std::string_view unit) -> bool {
        const std::string plural = std::string(unit) + "s";
        if ((is_word("each") || is_word("every")) && is_word(unit, 1)) {
            advance();
            advance();
            return true;
        }
        if (is_word("every") && is_word("other", 1) && is_word(unit, 2)) {
            advance();
            advance();
            advance();
            rule_.interval = 2;
            return true;
        }
        if (is_word("every") && peek(1).kind == token_kind::number && !peek(1).decimal && is_word(plural, 2)) {
            advance();
            const token& n = advance();
            advance();
            const std::int64_t most = unit == "month" ? 120 : 100;
            if (n.value < 1 || n.value > most) fail(n, "interval must be 1 to " + std::to_string(most) + " " + plural);
            rule_.interval = static_cast<unsigned>(n.value);
            return true;
        }
        return false;
    }

    // Optional: "of each month", "of the month", "of every month", "of every 3 months", "each
    // month", "monthly"; or "of March and September each year" (a yearly rule).
    void parse_month_tail() {
        if (accept("of")) {
            if (month_of_word(peek().word)) {
                parse_months();
                return;
            }
            if (every_tail("month")) return;
            if (!accept("each") && !accept("every")) accept("the");
            if (!accept("month")) expected("\"month\"");
        } else if (is_word("each") || is_word("every")) {
            every_tail("month");
        } else {
            accept("monthly");
        }
    }

    void parse_months() {
        rule_.kind = recurrence::yearly;
        rule_.months.push_back(*month_of_word(advance().word));
        while ((is_word("and") || peek().kind == token_kind::comma) && peek(1).kind == token_kind::word &&
               month_of_word(peek(1).word)) {
            advance();
            rule_.months.push_back(*month_of_word(advance().word));
        }
        if (!every_tail("year")) {
            if (!accept("yearly")) accept("annually");
        }
    }

    // "7pm", "7 pm", "7:30 p.m.", "19:00", "noon", "12 noon", "midnight", "7.30pm".
    auto parse_clock() -> clock_time {
        const token& t = peek();
        clock_time c;
        c.pos = t.pos;
        if (accept("noon")) {
            c.hour = 12;
            c.fixed = true;
            c.half = meridiem::pm;
            return c;
        }
        if (accept("midnight")) {
            c.fixed = true;
            c.half = meridiem::am;
            return c;
        }
        if (t.kind == token_kind::clock || (t.kind == token_kind::number && t.decimal)) {
            if (t.minute_digits != 2) fail(t.minute_pos, "minutes must be two digits, 00 to 59");
            c.hour = t.value;
            c.minute = t.minute;
            c.has_minutes = true;
            if (c.minute > 59) fail(t.minute_pos, "minutes must be 00 to 59");
        } else if (t.kind == token_kind::number) {
            c.hour = t.value;
        } else {
            expected("a time such as \"7pm\"");
        }
        advance();
        if (accept("am") || accept("a")) {
            c.half = meridiem::am;
        } else if (accept("pm") || accept("p")) {
            c.half = meridiem::pm;
        } else if (!c.has_minutes && c.hour == 12 && accept("noon")) {
            c.half = meridiem::pm;
            c.fixed = true;
            return c;
        }
        if (c.half != meridiem::none) {
            if (c.hour < 1 || c.hour > 12) fail(t, "hour must be 1 to 12 with am or pm");
            c.fixed = true;
        } else {
            if (c.hour > 23) fail(t, "hour must be 00 to 23");
            // "18:30" is a 24-hour time; "6:30" may still take "pm" from an end time.
            if (c.has_minutes && (c.hour > 12 || c.hour == 0)) c.fixed = true;
        }
        return c;
    }

    void parse_times() {
        while (peek().kind == token_kind::comma) advance();
        if (is_word("all") && is_word("day", 1)) {
            advance();
            advance();
            rule_.all_day = true;
            return;
        }
        if (accept("starting")) {
            accept("at");
        } else if (!accept("at")) {
            accept("from");
        }
        clock_time start = parse_clock();
        std::optional<clock_time> end;
        std::optional<std::int64_t> length;
        std::size_t length_pos = 0;
        if (peek().kind == token_kind::dash || is_word("to") || is_word("until") || is_word("till") ||
            is_word("through") || is_word("thru")) {
            advance();
            end = parse_clock();
        }
        if (peek().kind == token_kind::comma && is_word("for", 1)) advance();
        if (is_word("for")) {
            if (end) fail(peek(), "give an end time or a duration, not both");
            length_pos = peek().pos;
            advance();
            length = parse_length();
        }

        std::int64_t start_minutes = 0;
        if (start.half != meridiem::none) {
            start_minutes = start.minutes_with(start.half);
        } else if (!start.fixed && end && end->half != meridiem::none) {
            // "6:30 - 8 pm": the start takes the end's half of the day if that keeps it earlier.
            const std::int64_t end_minutes = end->minutes_with(end->half);
            if (start.hour < 1 || start.hour > 12) fail(start.pos, "hour must be 1 to 12 with am or pm");
            start_minutes = start.minutes_with(end->half) < end_minutes
                                ? start.minutes_with(end->half)
                                : start.minutes_with(end->half == meridiem::pm ? meridiem::am : meridiem::pm);
        } else if (start.has_minutes) {
            start_minutes = start.hour * 60 + start.minute;  // 24-hour clock
            start.fixed = true;
        } else {
            fail(start.pos, "add am or pm (\"7pm\") or write a 24-hour time (\"19:00\")");
        }
        rule_.start = minutes{start_minutes};

        if (end) {
            std::int64_t end_minutes = 0;
            if (end->half != meridiem::none) {
                end_minutes = end->minutes_with(end->half);
            } else if (end->has_minutes && (end->fixed || start.half == meridiem::none)) {
                end_minutes = end->hour * 60 + end->minute;
            } else if (start.half != meridiem::none) {
                // "7pm - 9": the end takes the start's half of the day if that keeps it later.
                if (end->hour < 1 || end->hour > 12) fail(end->pos, "hour must be 1 to 12 with am or pm");
                const auto same = end->minutes_with(start.half);
                end_minutes = same > start_minutes
                                  ? same
                                  : end->minutes_with(start.half == meridiem::pm ? meridiem::am : meridiem::pm);
            } else {
                fail(end->pos, "add am or pm (\"9pm\") or write a 24-hour time (\"21:00\")");
            }
            if (end_minutes == start_minutes) fail(end->pos, "the end time equals the start time");
            if (end_minutes < start_minutes) end_minutes += 24 * 60;  // ends after midnight
            rule_.duration = minutes{end_minutes - start_minutes};
            rule_.timed_length = true;
        } else if (length) {
            if (*length < 1 || *length > 24 * 60) fail(length_pos, "duration must be 1 minute to 24 hours");
            rule_.duration = minutes{*length};
            rule_.timed_length = true;
        }
    }

    // "90 minutes", "2 hours", "1.5 hours", "an hour", "half an hour", "1 hour 30 minutes".
    auto parse_length() -> std::int64_t {
        std::int64_t total = 0;
        bool any = false;
        while (true) {
            const token& amount = peek();
            // Tenths of a unit as a numerator over 10 ("1.5" = 15/10), so hours stay exact.
            std::int64_t tenths = 0;
            if (amount.kind == token_kind::number && amount.decimal) {
                if (amount.minute_digits != 1) fail(amount.minute_pos, "write durations like \"1.5 hours\" or \"90 minutes\"");
                tenths = amount.value * 10 + amount.minute;
            } else if (amount.kind == token_kind::number) {
                tenths = amount.value * 10;
            } else if (is_word("an") || is_word("a") || is_word("one")) {
                tenths = 10;
            } else if (is_word("half") && (is_word("an", 1) || is_word("a", 1))) {
                advance();
                tenths = 5;
            } else if (any) {
                break;
            } else {
                expected("a duration such as \"90 minutes\" or \"2 hours\"");
            }
            advance();
            std::int64_t unit = 0;
            if (accept("hours") || accept("hour") || accept("hrs") || accept("hr") || accept("h")) {
                unit = 60;
            } else if (accept("minutes") || accept("minute") || accept("mins") || accept("min")) {
                unit = 1;
            } else {
                expected("\"minutes\" or \"hours\"");
            }
            if (tenths * unit % 10 != 0) fail(amount, "a duration must be whole minutes");
            total += tenths * unit / 10;
            if (total > 100000) fail(amount, "duration must be 1 minute to 24 hours");
            any = true;
            if (is_word("and") && (peek(1).kind == token_kind::number || is_word("a", 1) || is_word("half", 1))) {
                advance();
            }
        }
        return total;
    }

    std::string_view text_;
    std::vector<token> tokens_;
    std::size_t next_ = 0;
    parsed_rule rule_;
};

}  // namespace

auto detail::parse_clock_span(std::string_view text) -> clock_span {
    const parsed_rule r = parser(text).run_times();
    if (r.all_day) throw parse_error(text, 0, "expected times of day, not \"all day\"");
    return {r.start, r.timed_length ? std::optional<minutes>(r.duration) : std::nullopt};
}

auto meeting_schedule::parse(std::string_view text, std::string time_zone) -> meeting_schedule {
    // A leading byte order mark is skipped: positions count from after it.
    parsed_rule r = parser(detail::without_bom(text)).run();
    if (r.all_day) r.duration = days{1};
    meeting_schedule s(r.kind, r.start, r.duration, std::move(time_zone));
    s.interval_ = r.interval;
    s.weekdays_ = std::move(r.weekdays);
    s.month_days_ = std::move(r.month_days);
    if (!r.months.empty()) s.rare_.edit().months = std::move(r.months);
    s.all_day_ = r.all_day;
    s.settle();
    return s;
}

}  // namespace advocacy
