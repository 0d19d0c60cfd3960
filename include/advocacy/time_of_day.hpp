// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A local wall-clock time of day: a type of its own, so that a schedule's start and its
/// duration, both counted in minutes, cannot be passed the one for the other.

#include "advocacy/error.hpp"

#include <chrono>
#include <compare>
#include <string>

namespace advocacy {

/// A time of day from 00:00 to 23:59 in whole minutes, in a zone given apart (a schedule's
/// time_zone). A regular value: `time_of_day{19h}`, `time_of_day{18h + 30min}`.
class time_of_day {
public:
    /// Midnight.
    constexpr time_of_day() noexcept = default;

    /// The time `since_midnight` after midnight. Throws validation_error("time_of_day", ...)
    /// outside 00:00 to 23:59.
    explicit time_of_day(std::chrono::minutes since_midnight) : value_(since_midnight) {
        if (since_midnight < std::chrono::minutes{0} || since_midnight >= std::chrono::hours{24}) {
            throw validation_error("time_of_day", "must be 00:00 to 23:59, got " +
                                                      std::to_string(since_midnight.count()) + " minutes after midnight");
        }
    }

    /// Minutes after midnight, 0 to 1439.
    [[nodiscard]] constexpr auto since_midnight() const noexcept -> std::chrono::minutes { return value_; }

    friend constexpr auto operator<=>(time_of_day, time_of_day) noexcept = default;
    friend constexpr bool operator==(time_of_day, time_of_day) noexcept = default;

private:
    std::chrono::minutes value_{0};
};

}  // namespace advocacy
