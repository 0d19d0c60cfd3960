// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// When a group meets: an RFC 5545 recurrence rule (daily, weekly, monthly or yearly) at a local
/// time, or all day, in an IANA time zone.

#include "advocacy/date_range.hpp"
#include "advocacy/detail/shared_value.hpp"
#include "advocacy/time_of_day.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// How a schedule repeats. A monthly rule is monthly_by_weekday when it names weekdays
/// (BYDAY=2TU), monthly_by_day when it names days of the month (BYMONTHDAY=15).
enum class recurrence { weekly, monthly_by_weekday, monthly_by_day, daily, yearly };

/// One BYDAY entry: a weekday and, in monthly and yearly rules, which one of the month (1..5, or
/// -1..-5 counted from the end); 0 in daily and weekly rules.
struct rule_weekday {
    int nth = 0;
    date::weekday day{0u};
    friend bool operator==(const rule_weekday&, const rule_weekday&) = default;
};

/// One meeting: start and end as instants shown in the schedule's zone.
struct meeting_time {
    date::zoned_seconds start;
    date::zoned_seconds end;

    /// A meeting at UTC 1970-01-01 00:00 that takes no time (for containers).
    meeting_time() = default;
    /// Throws validation_error("end", ...) when `end` comes before `start`, and
    /// validation_error("time_zone", ...) when either is shown in a zone that depends on the
    /// machine ("localtime").
    meeting_time(date::zoned_seconds start, date::zoned_seconds end);

    friend bool operator==(const meeting_time& a, const meeting_time& b) {
        return a.start.get_sys_time() == b.start.get_sys_time() && a.end.get_sys_time() == b.end.get_sys_time() &&
               a.start.get_time_zone() == b.start.get_time_zone();
    }

private:
    friend class meeting_schedule;
    friend class campaign;
    // For a schedule's own meetings, whose zone and duration it checked when it was made.
    struct checked_t {};
    meeting_time(checked_t, date::zoned_seconds start, date::zoned_seconds end) noexcept
        : start(start), end(end) {}
};

/// A meeting's start as people read it, the one way the library and the command write a meeting:
/// "Tue Sep 8, 2015 7:00 pm CDT" (local time in its zone, with the zone's abbreviation).
auto to_string(const meeting_time& meeting) -> std::string;

/// A meeting off the rule (RFC 5545 RDATE): a local start in the schedule's zone and a length.
struct added_meeting {
    date::local_seconds start{};      ///< whole minutes, in the schedule's zone
    std::chrono::minutes duration{0};  ///< 1 minute to 24 hours

    friend auto operator<=>(const added_meeting&, const added_meeting&) = default;
};

/// A change to one meeting of the rule (RFC 5545 RECURRENCE-ID), keyed by the local start the
/// rule gives that meeting: moved to another start and length (maybe another day), held at
/// another place, or cancelled.
struct meeting_override {
    date::local_seconds original{};    ///< the rule's local start of the meeting changed
    bool cancelled = false;            ///< STATUS:CANCELLED: no meeting (the fields below are unused)
    date::local_seconds start{};       ///< the local start it moved to (== original: not moved)
    std::chrono::minutes duration{0};  ///< 1 minute to 24 hours
    std::string place{};               ///< LOCATION text; empty: the group's usual place

    friend auto operator<=>(const meeting_override&, const meeting_override&) = default;
};

/// A meeting rule. A regular value; the factories and parse() check every field.
class meeting_schedule {
public:
    /// Every `interval` (1..52) weeks on `day`. Weeks run Monday to Sunday (RFC 5545's default
    /// WKST=MO); the weeks that meet are the week holding first_day(), and every `interval`th
    /// week from it (from the week of Monday 1970-01-05 without a first day).
    static auto weekly(date::weekday day, time_of_day start, std::chrono::minutes duration,
                       std::string time_zone, unsigned interval = 1) -> meeting_schedule;
    /// Monthly on the nth weekday: nth 1..5, or -1 for the last. A fifth-weekday rule skips months
    /// without a fifth such weekday.
    static auto monthly_on_weekday(int nth, date::weekday day, time_of_day start,
                                   std::chrono::minutes duration, std::string time_zone) -> meeting_schedule;
    /// Monthly on a day of the month 1..31; months without that day are skipped.
    static auto monthly_on_day(unsigned day_of_month, time_of_day start, std::chrono::minutes duration,
                               std::string time_zone) -> meeting_schedule;

    /// Every `interval` (1..366) days, counted from first_day() (from 1970-01-01 without one).
    static auto daily(time_of_day start, std::chrono::minutes duration, std::string time_zone,
                      unsigned interval = 1) -> meeting_schedule;
    /// The schedule an RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20250101T000000Z")
    /// gives for a first meeting on `first_day` at `start`: FREQ DAILY, WEEKLY, MONTHLY or YEARLY;
    /// INTERVAL; BYDAY, BYMONTHDAY (negative days count from the month's end), BYMONTH; BYSETPOS
    /// with a single BYDAY weekday (BYDAY=TU;BYSETPOS=-1 is the last Tuesday); COUNT or UNTIL.
    /// The parts the rule leaves out come from `first_day`, as RFC 5545 says. The result is in
    /// effect from `first_day` to the last local day whose meeting starts at or before UNTIL (an
    /// UNTIL at 18:00 ends the day before a 19:00 meeting: a meeting after UNTIL is never held),
    /// or to the COUNTth meeting; with neither COUNT nor UNTIL, from `first_day` with no end
    /// (first_day() without effective()). Throws parse_error for a part it does not know or
    /// cannot hold (BYHOUR, FREQ=HOURLY, ...) and validation_error naming the field for a value
    /// out of range.
    static auto from_rrule(std::string_view rule, date::sys_days first_day, time_of_day start,
                           std::chrono::minutes duration, std::string time_zone) -> meeting_schedule;

    /// Reads "second Tuesday of each month at 7pm", "every other Wednesday at 18:30",
    /// "last Thursday, 6:30 pm – 8 pm", "the 15th of every month at 7 pm". The duration defaults
    /// to 2 hours when no end time is given. Throws parse_error with the position, and
    /// validation_error("time_zone", ...) for a zone the OS time-zone database does not know.
    /// Also reads every phrase describe() writes: "every day", "every Tuesday and Thursday",
    /// "first and third Tuesday of each month", "the 1st and last day of each month", "the 15th of
    /// March each year", "fourth Thursday of November each year", "..., all day".
    static auto parse(std::string_view text, std::string time_zone) -> meeting_schedule;

    /// How the meetings recur: daily, weekly, monthly by weekday or by day, yearly.
    auto kind() const noexcept -> recurrence;
    auto interval() const noexcept -> unsigned;           ///< days, weeks, months or years between meetings
    auto weekday() const noexcept -> date::weekday;       ///< the first of weekdays() (Sunday when none)
    auto nth() const noexcept -> int;                     ///< the first of weekdays()' nth (monthly_by_weekday)
    auto day_of_month() const noexcept -> unsigned;       ///< the first of month_days() when positive, else 0
    auto start_time() const noexcept -> time_of_day;  ///< local time of day (midnight all day)
    auto duration() const noexcept -> std::chrono::minutes;    ///< how long each meeting lasts (24 hours all day)
    /// The BYDAY list, in the order written.
    auto weekdays() const noexcept -> const std::vector<rule_weekday>& { return weekdays_; }
    /// The BYMONTHDAY list: 1..31, or -1..-31 counted from the month's last day.
    auto month_days() const noexcept -> const std::vector<int>& { return month_days_; }
    /// The BYMONTH list (1..12): yearly rules.
    auto months() const noexcept -> const std::vector<unsigned>& { return rare_.get().months; }
    /// COUNT: how many meetings the rule makes from first_day() (before skipped days).
    auto count() const noexcept -> std::optional<unsigned> { return rare_.get().count; }
    /// Whether each meeting is a whole local day (an all-day event) rather than at a time.
    auto all_day() const noexcept -> bool { return all_day_; }
    /// The IANA name of the zone the meetings keep their local time in ("America/Chicago").
    auto time_zone() const noexcept -> const std::string&;
    /// The zone time_zone() names, looked up once when the schedule was made.
    auto zone() const noexcept -> const date::time_zone* { return zone_->zone; }
    /// The dates the rule is in effect, when it has an end (none: open-ended, see first_day()).
    auto effective() const noexcept -> const std::optional<date_range>&;
    /// The first day the rule is in effect: effective().first, or the start of a rule in effect
    /// from that day with no end (none: open-ended both ways). INTERVAL and COUNT count from it.
    auto first_day() const noexcept -> std::optional<date::sys_days> { return first_day_; }
    /// Days on which the meeting is skipped.
    auto skipped() const noexcept -> const std::vector<date::sys_days>&;

    /// A copy in effect only over `dates` (none: open-ended both ways).
    auto with_effective(std::optional<date_range> dates) const -> meeting_schedule;
    /// A copy in effect from `day` on, with no end (none: open-ended both ways). Throws
    /// validation_error("effective.first", ...) for a day outside the years 1000 to 9999.
    auto with_first_day(std::optional<date::sys_days> day) const -> meeting_schedule;
    /// A copy that skips `days` as well.
    auto with_skipped(std::vector<date::sys_days> days) const -> meeting_schedule;
    /// A copy whose meetings take their whole local day (from midnight to the next midnight).
    auto as_all_day() const -> meeting_schedule;
    /// A copy that ends after `count` meetings from first_day() (none: no COUNT); it is then in
    /// effect until the last of them. Throws validation_error("count", ...) without a first day
    /// or when the effective dates end first. On a counted rule, whose last day is its COUNTth
    /// meeting's, the new count counts from first_day() with no other end, and none leaves the
    /// rule open-ended from first_day().
    auto with_count(std::optional<unsigned> count) const -> meeting_schedule;

    /// Meetings off the rule (RDATE), sorted by start, no two at one start.
    auto added() const noexcept -> const std::vector<added_meeting>&;
    /// Changed meetings of the rule (RECURRENCE-ID), sorted by original, one per original.
    auto overrides() const noexcept -> const std::vector<meeting_override>&;
    /// A copy that holds `meetings` as well; one at the start of another addition replaces it.
    /// Throws validation_error("added[i]", ...) for a start that is not whole minutes, outside
    /// the years 1000 to 9999, or already a meeting of the rule, and for a duration outside 1
    /// minute to 24 hours.
    auto with_added(std::vector<added_meeting> meetings) const -> meeting_schedule;
    /// A copy that holds `changes` as well; one for the original of another override replaces
    /// it. A cancelled override keeps only its original (start, duration and place are reset).
    /// Throws validation_error("overrides[i].original", ...) when the original is not the local
    /// start of a meeting of the rule (after effective dates and skipped days): RFC 5545 would
    /// make such an override an extra meeting, which with_added holds instead.
    auto with_overrides(std::vector<meeting_override> changes) const -> meeting_schedule;
    /// A copy without additions and overrides: the rule, its effective dates and skipped days.
    auto without_exceptions() const -> meeting_schedule;
    /// The override that gave `meeting` (as occurrences() returned it), if any: a caller that
    /// shows places reads a moved meeting's place here. Linear in the overrides.
    auto override_of(const meeting_time& meeting) const -> const meeting_override*;

    /// The meetings whose local start day lies in `days`, in time order. A local start time that
    /// does not exist (spring-forward gap) moves forward by the length of the gap; one that
    /// happens twice (fall back) takes the earlier instant. The end is start + duration.
    /// Overrides and additions apply after the rule: a cancelled meeting is left out, a moved one
    /// appears on the day it moved to, and additions appear whatever the effective dates.
    auto occurrences(const date_range& days) const -> std::vector<meeting_time>;
    /// Appends occurrences(days) to `out`: expanding many schedules into one vector allocates
    /// once for all of them rather than once per schedule.
    void append_occurrences(const date_range& days, std::vector<meeting_time>& out) const;
    /// The first meeting that starts strictly after `instant`, if any.
    auto next_after(date::sys_seconds instant) const -> std::optional<meeting_time>;

    /// A phrase parse() reads back to an equal schedule: "second Tuesday of each month, 7:00 pm –
    /// 9:00 pm". The effective dates and skipped days are not part of the phrase.
    auto describe() const -> std::string;
    /// The RFC 5545 rule: "FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", with
    /// ";COUNT=n" when counted, else
    /// ";UNTIL=20151231T010000Z" (the UTC instant of the last possible start) when the effective
    /// dates end before 9999-12-31, the last day of the model (an UNTIL after it could fall in
    /// the year 10000, which no reader accepts); none for a rule with no end. All day, UNTIL is
    /// a date.
    auto rrule() const -> std::string;

    friend bool operator==(const meeting_schedule&, const meeting_schedule&) = default;

    /// Whether the rule is one of the three first kinds in its plain form (one day, monthly every
    /// month): those expand on a faster path. Internal, public for the benchmarks.
    auto plain() const noexcept -> bool { return plain_; }

private:
    // The fields every kind has, checked; the factories check and set the rest.
    meeting_schedule(recurrence kind, std::chrono::minutes start, std::chrono::minutes duration,
                     std::string time_zone);
    // Checks the rule fields together and derives kind_, plain_, and for a counted rule the
    // effective dates, which end on the COUNTth meeting's day.
    void settle();
    // settle()'s step for a counted rule: finds the COUNTth meeting's day.
    void settle_count();

    // The rule's own meetings, before additions and overrides.
    void append_rule_occurrences(const date_range& days, std::vector<meeting_time>& out) const;
    auto next_rule_after(date::sys_seconds instant) const -> std::optional<meeting_time>;
    // The exceptions step: drops the overridden meetings out[first..] holds and merges in the
    // moved and added meetings that start on `days`. O(k log k) for k meetings, plus a binary
    // search in each list of exceptions.
    void apply_exceptions(const date_range& days, std::vector<meeting_time>& out, std::size_t first) const;
    auto next_exception_after(date::sys_seconds instant) const -> std::optional<meeting_time>;
    auto is_rule_meeting(date::local_seconds start) const -> bool;
    // Throws when an addition or override no longer fits the rule (after with_effective...).
    void check_exceptions() const;
    // Whether any meeting is added or overridden.
    auto has_changed_meetings() const noexcept -> bool;
    // Rebuilds the extras from the additions and overrides.
    void index_extras();

    struct extra {
        date::local_seconds start;
        std::chrono::minutes duration;
        friend auto operator<=>(const extra&, const extra&) = default;
    };

    // Minutes within a day or two: start_ and duration_ in 4 bytes each.
    using short_minutes = std::chrono::duration<std::int32_t, std::ratio<60>>;

    // The rule, in RFC 5545 terms. The members of 4-byte alignment come first, so that they pack:
    // a group holds a schedule (docs/performance.md, memory per group).
    recurrence kind_ = recurrence::weekly;
    bool all_day_ = false;
    // Derived from the rule: the single-day shortcut.
    bool plain_ = true;
    unsigned interval_ = 1;
    short_minutes start_{0};
    short_minutes duration_{0};
    // Bounded effective dates; first_day_ is their first day, or alone the start of a rule in
    // effect from it with no end.
    std::optional<date_range> effective_;
    std::optional<date::sys_days> first_day_;
    std::vector<rule_weekday> weekdays_;
    std::vector<int> month_days_;
    // The zone and its name as given, kept once for the process and shared by every schedule
    // that names the zone so (8 bytes here instead of a string's 32 and a pointer, and no text
    // copied with a schedule). One name, one pair: == may compare the pointers.
    struct named_zone {
        const std::string* name;
        const date::time_zone* zone;
    };
    const named_zone* zone_ = nullptr;
    static auto kept_zone(const date::time_zone* zone, const std::string& name) -> const named_zone&;
    // What most schedules leave empty lives out of line, 8 bytes of every schedule instead of
    // 128 (a group's memory, docs/performance.md): the months and count only general rules have,
    // and the exceptions to the rule.
    struct rare_parts {
        std::vector<unsigned> months;
        std::optional<unsigned> count;
        std::vector<date::sys_days> skipped;  // sorted, no duplicates, so == compares sets
        std::vector<added_meeting> added;         // sorted by start, one per start
        std::vector<meeting_override> overrides;  // sorted by original, one per original
        // The additions and the moved meetings, sorted by start: follows from the two above.
        std::vector<extra> extras;
        friend bool operator==(const rare_parts&, const rare_parts&) = default;
    };
    detail::shared_value<rare_parts> rare_;
};

/// Writes describe().
auto operator<<(std::ostream& out, const meeting_schedule& schedule) -> std::ostream&;

/// "weekly", "monthly_by_weekday", "monthly_by_day", "daily", "yearly".
auto to_string(recurrence kind) -> std::string_view;

}  // namespace advocacy

template <>
struct std::hash<advocacy::meeting_schedule> {
    auto operator()(const advocacy::meeting_schedule& s) const noexcept -> std::size_t {
        std::size_t h = std::hash<std::string>{}(s.time_zone());
        auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15u + (h << 6) + (h >> 2); };
        mix(static_cast<std::size_t>(s.kind()));
        mix(s.interval());
        for (const auto& d : s.weekdays()) mix(static_cast<std::size_t>(d.nth * 8) + d.day.c_encoding());
        for (int d : s.month_days()) mix(static_cast<std::size_t>(d));
        for (unsigned m : s.months()) mix(m);
        mix(s.count().value_or(0));
        mix(s.all_day() ? 1 : 0);
        mix(static_cast<std::size_t>(s.start_time().since_midnight().count()));
        mix(static_cast<std::size_t>(s.duration().count()));
        if (s.effective()) mix(std::hash<advocacy::date_range>{}(*s.effective()));
        else if (s.first_day()) mix(static_cast<std::size_t>(s.first_day()->time_since_epoch().count()));
        for (auto day : s.skipped()) mix(static_cast<std::size_t>(day.time_since_epoch().count()));
        for (const auto& a : s.added()) {
            mix(static_cast<std::size_t>(a.start.time_since_epoch().count()));
            mix(static_cast<std::size_t>(a.duration.count()));
        }
        for (const auto& o : s.overrides()) {
            mix(static_cast<std::size_t>(o.original.time_since_epoch().count()));
            mix(o.cancelled ? 1u : 0u);
            mix(static_cast<std::size_t>(o.start.time_since_epoch().count()));
            mix(static_cast<std::size_t>(o.duration.count()));
            mix(std::hash<std::string>{}(o.place));
        }
        return h;
    }
};
