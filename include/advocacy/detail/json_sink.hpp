// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The values of a part of the JSON document as they are written, for a reader of them other than
/// the JSON text: the Python bindings build a schedule's dict with it, where reading its text back
/// cost twice the writing.

#include "advocacy/meeting_schedule.hpp"

#include <date/date.h>

#include <chrono>
#include <string_view>

namespace advocacy::detail {

/// Receives a document's values in the order the JSON writer writes them (docs/formats.md):
/// objects and arrays opened and closed, each member's key before its value. Days, clock times and
/// local date-times come typed, where the text writes them as strings ("2015-11-13", "19:00",
/// "2015-11-13T19:00").
class json_sink {
public:
    json_sink() = default;
    json_sink(const json_sink&) = delete;
    auto operator=(const json_sink&) -> json_sink& = delete;
    virtual ~json_sink() = default;

    virtual void begin_object() = 0;
    virtual void end_object() = 0;
    virtual void begin_array() = 0;
    virtual void end_array() = 0;
    /// The name of the object's member whose value comes next.
    virtual void key(std::string_view name) = 0;
    /// Text, UTF-8 (the writer has checked it).
    virtual void string(std::string_view value) = 0;
    virtual void integer(long long value) = 0;
    virtual void boolean(bool value) = 0;
    virtual void null() = 0;
    virtual void day(date::sys_days value) = 0;
    /// A time of day, as minutes since midnight.
    virtual void clock(std::chrono::minutes since_midnight) = 0;
    /// A date and time of day in a schedule's zone, in whole minutes.
    virtual void local_minute(date::local_seconds value) = 0;
};

/// Gives `out` the schedule's object of the JSON document, the members to_json(schedule) writes,
/// in its order. Throws validation_error as to_json does.
void write_schedule(json_sink& out, const meeting_schedule& schedule);

}  // namespace advocacy::detail
