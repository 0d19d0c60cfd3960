// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A closed range of calendar days, how people write one, and how to read what they write.

#include <date/date.h>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <iterator>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// A closed range of calendar days [first, last]; a one-day range has first == last.
class date_range {
public:
    /// Iterates over the days of a range, in order.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = date::sys_days;
        using difference_type = std::ptrdiff_t;
        using pointer = const date::sys_days*;
        using reference = date::sys_days;

        iterator() = default;
        explicit iterator(date::sys_days day) noexcept : day_(day) {}
        auto operator*() const noexcept -> date::sys_days { return day_; }
        auto operator++() noexcept -> iterator& { day_ += date::days{1}; return *this; }
        auto operator++(int) noexcept -> iterator { auto old = *this; ++*this; return old; }
        friend bool operator==(const iterator&, const iterator&) = default;

    private:
        date::sys_days day_{};
    };

    /// The range [first, last]; throws validation_error if last < first.
    date_range(date::sys_days first, date::sys_days last);
    /// A one-day range.
    explicit date_range(date::sys_days day) noexcept : first_(day), last_(day) {}
    /// The range [first, last] from calendar dates; throws validation_error if either is not a
    /// valid date or last < first.
    date_range(date::year_month_day first, date::year_month_day last);

    /// The first day.
    auto first() const noexcept -> date::sys_days { return first_; }
    /// The last day (inclusive).
    auto last() const noexcept -> date::sys_days { return last_; }
    /// The number of days, counting both ends: 1 for a one-day range. Counted in 64 bits, so a
    /// range longer than an int can count (over 5 million years) gives the largest int.
    auto days() const noexcept -> int {
        const auto count = static_cast<std::int64_t>(last_.time_since_epoch().count()) - first_.time_since_epoch().count() + 1;
        return count > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : static_cast<int>(count);
    }

    /// Whether `day` lies in the range.
    auto contains(date::sys_days day) const noexcept -> bool { return first_ <= day && day <= last_; }
    /// Whether every day of `other` lies in the range.
    auto contains(const date_range& other) const noexcept -> bool {
        return first_ <= other.first_ && other.last_ <= last_;
    }
    /// Whether the two ranges share at least one day.
    auto overlaps(const date_range& other) const noexcept -> bool {
        return first_ <= other.last_ && other.first_ <= last_;
    }
    /// The days both ranges share, if any.
    auto intersection(const date_range& other) const noexcept -> std::optional<date_range>;

    /// The first day, for range-for.
    auto begin() const noexcept -> iterator { return iterator{first_}; }
    /// One past the last day.
    auto end() const noexcept -> iterator { return iterator{last_ + date::days{1}}; }

    friend auto operator<=>(const date_range&, const date_range&) = default;
    friend bool operator==(const date_range&, const date_range&) = default;

private:
    date::sys_days first_;
    date::sys_days last_;
};

/// How to read a date range.
struct parse_options {
    /// The day a text without a year is read against (default: today, UTC). A range without a
    /// year takes the earliest year in which it ends on or after this day.
    std::optional<date::sys_days> reference;
};

/// The range as people write it on posters, with an en dash: "Nov 7, 2015", "Nov 13–15, 2015",
/// "Oct 30 – Nov 2, 2015", "Dec 30, 2015 – Jan 2, 2016".
auto to_string(const date_range& range) -> std::string;

/// The range in ISO 8601: "2015-11-13/2015-11-15", or "2015-11-07" for one day.
auto to_iso(const date_range& range) -> std::string;

/// Writes to_string(range).
auto operator<<(std::ostream& out, const date_range& range) -> std::ostream&;

/// Reads a date range as organizers write it ("Nov 13-15", "13–15 November 2015",
/// "2015-11-13/15", "November 2015", ...). Throws parse_error with the position and the reason; a
/// list of days ("June 12 & 16") is one too, pointing at parse_days.
auto parse_date_range(std::string_view text, const parse_options& options = {}) -> date_range;

/// Reads a list of days and ranges as organizers write it: "June 12 & 16, 2026",
/// "Nov 28 & Dec 1, 2025", "May 3, 10 and 17", "May 3-4 & 10-11, 2026", "3, 10 et 17 mai"; a
/// single range ("Nov 13-15, 2015") gives a list of one. The items are joined by ",", "&", "and"
/// ("et", "y"); a month or year left out is taken from the neighbouring items, and a list with
/// no year takes the earliest in which its last day is on or after the reference. The ranges
/// come back as written, which must be in order and each day once: a day listed twice, ranges
/// that share days or come out of order are a parse_error naming them, as is any other fault.
auto parse_days(std::string_view text, const parse_options& options = {}) -> std::vector<date_range>;

/// Reads many texts with one set of options; a failure names the index of the text.
auto parse_date_ranges(std::span<const std::string_view> texts, const parse_options& options = {})
    -> std::vector<date_range>;
/// \overload
auto parse_date_ranges(std::span<const std::string> texts, const parse_options& options = {})
    -> std::vector<date_range>;

}  // namespace advocacy

template <>
struct std::hash<advocacy::date_range> {
    auto operator()(const advocacy::date_range& range) const noexcept -> std::size_t {
        auto a = static_cast<std::size_t>(range.first().time_since_epoch().count());
        auto b = static_cast<std::size_t>(range.last().time_since_epoch().count());
        return a * 1000003u ^ b;
    }
};
