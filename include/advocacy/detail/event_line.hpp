// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// One line of text read as an event, as read_listing reads its lines, and the adding of such
/// events to a campaign: shared by the listing reader and the announcement reader, so that both
/// read an event line alike. Defined with the listing reader (src/listing.cpp).

#include "advocacy/campaign.hpp"
#include "advocacy/conference.hpp"

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace advocacy::detail {

/// What one line gave: an event, a warning, or nothing (the line has no event's shape).
struct event_line {
    enum class kind : std::uint8_t { nothing, event, warning };
    kind what = kind::nothing;
    conference event;    ///< the event read, every field but `id` and `region`
    std::string reason;  ///< the warning; for an event, what was left out of it ("; " between)
    bool placed = false;  ///< an event's place is written after its dates (read or not, or online)
};

/// Reads one line of plain text as read_listing reads a line: the name before the dates, the
/// days (read against `reference` when the line states no year), times of day, the place and
/// links. `item`: the line is a list item, whose short shapes (a TBD date, a date in numbers
/// only) are warned of as a listing's.
auto read_event_line(std::string_view line, date::sys_days reference, bool item) -> event_line;

/// Adds events to a campaign as read_listing does: each with a unique id (the name's slug and
/// the first day's year, then "-2", "-3"), an event equal to an earlier one in name, days,
/// sessions and place refused. Linear in the events added.
class event_adder {
public:
    explicit event_adder(campaign& into) : campaign_(into) {}

    /// Adds `event` (its id is made here) read on line `line`; returns why not (it repeats the
    /// event of an earlier line, or the model refuses it), empty when added.
    auto add(conference event, std::size_t line) -> std::string;

private:
    campaign& campaign_;
    std::unordered_multimap<std::size_t, std::pair<std::size_t, std::size_t>> seen_;  // hash -> (index, line)
    std::unordered_map<std::string, int> next_suffix_;                               // a base id -> the next "-n"
};

}  // namespace advocacy::detail
