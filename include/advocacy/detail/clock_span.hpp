// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Times of day as schedules and listings write them ("7pm", "7-9 pm", "7:00 pm to 9:30 pm",
/// "19:00–21:30", "7pm for 2 hours"): the grammar of a meeting schedule's times, for the readers
/// that find times after a date.

#include <chrono>
#include <optional>
#include <string_view>

namespace advocacy::detail {

/// A start time and, when the text gives an end or a duration, how long.
struct clock_span {
    std::chrono::minutes start{0};               ///< after midnight, 0 to 23:59
    std::optional<std::chrono::minutes> length;  ///< none: only a start is written; may pass midnight
};

/// Reads the whole of `text` as times of day, as meeting_schedule::parse reads the times after a
/// schedule's days. Throws parse_error (the position in `text`) when it is none.
auto parse_clock_span(std::string_view text) -> clock_span;

}  // namespace advocacy::detail
