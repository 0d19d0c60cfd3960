// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A conference: a named event over a range of days, at a place, serving a region; all day, or
/// from a local start time on its first day to a local end time on its last.

#include "advocacy/detail/fields.hpp"
#include "advocacy/date_range.hpp"
#include "advocacy/location.hpp"

#include <chrono>
#include <compare>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace advocacy {

/// A regional conference. Plain data, checked by validate() where it enters the model.
struct conference {
    // Every member has a default initializer, so designated initializers may leave any out
    // (GCC warns about omitted members that have none).
    std::string id{};            ///< unique among the campaign's conferences: "mid-atlantic-2015"
    std::string name{};          ///< "Mid Atlantic Regional Conference"
    date_range dates{date::sys_days{}};  ///< the days it runs, both ends included
    /// The days it meets when not every day of `dates`: "June 12 & 16, 2026" has dates
    /// June 12–16 and sessions June 12 and June 16. Empty: every day of `dates`. Otherwise in
    /// order, sharing no day, inside `dates`, the first starting and the last ending with
    /// `dates`. A timed conference's sessions each start at start_time on their first day and
    /// end at end_time on their last.
    std::vector<date_range> sessions{};
    location place{};            ///< where
    std::string region{};        ///< the region it serves: "Mid Atlantic"
    std::string registration_url{};  ///< may be empty; otherwise http(s)://
    std::string description{};   ///< may be empty
    /// Local wall-clock times, in `place.time_zone` (floating, the same wall-clock time
    /// everywhere, when that is empty), as minutes after midnight. Both empty: an all-day event.
    /// Both set: it starts at `start_time` on `dates.first()` and ends at `end_time` on
    /// `dates.last()`; an event that runs to midnight ends at 00:00 of the day after its last
    /// evening, which is then its last day.
    std::optional<std::chrono::minutes> start_time{};
    std::optional<std::chrono::minutes> end_time{};  ///< see start_time

    /// True when the event has times of day (start_time and end_time set).
    [[nodiscard]] auto timed() const noexcept -> bool { return start_time.has_value(); }

    friend auto operator<=>(const conference&, const conference&) = default;
    friend bool operator==(const conference&, const conference&) = default;
};

namespace detail {
/// A conference's fields by their document names ("place" for the member place); JSON, Python
/// dicts and the hash derive from this list. Times and sessions are written only when set (schema
/// versions 2 and 4 added them).
template <>
struct fields_of<conference> {
    static constexpr std::tuple list{
        make_field("id", &conference::id, presence::required),
        make_field("name", &conference::name, presence::required),
        make_field("dates", &conference::dates, presence::required),
        make_field("start_time", &conference::start_time, presence::if_set),
        make_field("end_time", &conference::end_time, presence::if_set),
        make_field("sessions", &conference::sessions, presence::if_set),
        make_field("place", &conference::place),
        make_field("region", &conference::region),
        make_field("registration_url", &conference::registration_url),
        make_field("description", &conference::description),
    };
};
}  // namespace detail

/// Throws validation_error naming the field ("conference \"id\": name", ...): id and name
/// required, id of letters, digits, '-', '_', '.', the location valid (its fields named
/// "conference \"id\": place.country", ...), a URL that starts with http:// or https:// and
/// has no spaces, no line break in the name or region, the sessions as described there. The region may be empty. Times: both or
/// neither, each from 00:00 to 23:59, and on a one-day event the end not before the start.
void validate(const conference& event);

/// "Mid Atlantic Regional Conference, Nov 13–15, 2015, Baltimore, MD"; with times,
/// "Town Hall, Nov 13, 2015, 19:00–21:00, Baltimore, MD"; with sessions, each of them:
/// "Policy Clinic, Jun 12, 2026 & Jun 16, 2026".
auto to_string(const conference& event) -> std::string;

/// Writes to_string(event).
auto operator<<(std::ostream& out, const conference& event) -> std::ostream&;

}  // namespace advocacy

/// Hashes every field, consistent with ==.
template <>
struct std::hash<advocacy::conference> {
    auto operator()(const advocacy::conference& event) const noexcept -> std::size_t;
};
