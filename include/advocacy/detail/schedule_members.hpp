// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A meeting schedule's members as its JSON object names them, found by a reader (the JSON text's
/// one-pass reader, or the Python bindings in a dict), and made into the schedule by one set of
/// rules: which members are required, which each kind reads, what range each number has.

#include "advocacy/date_range.hpp"
#include "advocacy/meeting_schedule.hpp"

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace advocacy::detail {

/// The members of a schedule's JSON object a reader found, each as its value says it (a member
/// absent or null is nullopt). "rule" and "rrule", which say the schedule for people, are not
/// among them; "added", "overrides" and "all_day" are left to the reader of the JSON text.
struct schedule_members {
    std::optional<std::string_view> kind;  ///< "weekly", "monthly_by_weekday", "monthly_by_day"
    std::optional<long long> interval;
    std::optional<std::string_view> weekday;  ///< "tuesday"
    std::optional<long long> nth;
    std::optional<long long> day_of_month;
    std::optional<std::chrono::minutes> start;  ///< after midnight
    std::optional<long long> duration_minutes;
    std::optional<std::string_view> time_zone;
    std::optional<date_range> effective;
    std::vector<date::sys_days> skipped;
};

/// The schedule the members say, made as meeting_schedule_from_json makes it from the same
/// object; nullopt when they do not say one (a required member missing, a name or number out of
/// its range, a member the kind does not read, a zone the model refuses): the JSON text's checked
/// reader then says where and why.
auto schedule_from_members(schedule_members members) -> std::optional<meeting_schedule>;

}  // namespace advocacy::detail
