// SPDX-License-Identifier: MIT
#include "advocacy/icalendar.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "deprecation.hpp"
#include "gil.hpp"

#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <string_view>

namespace py = pybind11;

namespace advocacy::python {

void init_icalendar(py::module_& m) {
    m.def(
        "to_icalendar",
        [](const campaign& source, std::optional<date::sys_seconds> stamp, std::optional<date::sys_days> open_start) {
            icalendar_options options;
            if (stamp) options.stamp = *stamp;  // the caster refuses a naive datetime (TypeError)
            options.open_start = open_start;
            return reading_without_gil(source, [&](const campaign& x) { return to_icalendar(x, options); });
        },
        py::arg("campaign"), py::kw_only(), py::arg("stamp") = py::none(), py::arg("open_start") = py::none(),
        "The campaign as iCalendar text (RFC 5545): conferences as all-day events (DTEND exclusive)\n"
        "or timed ones in their zone, group meetings as recurring events with VTIMEZONEs. `stamp` (an aware datetime) is the\n"
        "DTSTAMP, default now; `open_start` (a date) is where open-ended schedules start.");
    m.def(
        "campaign_from_icalendar", [](text_arg text) { return campaign_from_icalendar(text.view); }, py::arg("text"),
        py::call_guard<py::gil_scoped_release>(),
        "Reads iCalendar text into a Campaign: all-day and timed events become conferences,\n"
        "recurring ones groups with a MeetingSchedule. Raises ParseError with the line for any\n"
        "event it cannot read (read_icalendar(text, strict=True).campaign).");
    m.def(
        "from_icalendar",
        [](text_arg text) {
            warn_deprecated("advocacy.from_icalendar()", "advocacy.campaign_from_icalendar()");
            const py::gil_scoped_release release;
            return campaign_from_icalendar(text.view);
        },
        py::arg("text"), "Deprecated: campaign_from_icalendar(text), its C++ name.");
    m.def(
        "read_icalendar",
        [](text_arg text, strict<bool> strict_reading, strict<std::optional<std::string>> campaign_id) {
            read_options options;
            options.strict = strict_reading.value;
            options.campaign_id = campaign_id.value.value_or("");
            const py::gil_scoped_release release;
            return read_icalendar(text.view, options);
        },
        py::arg("text"), py::kw_only(), py::arg("strict") = false, py::arg("campaign_id") = py::none(),
        "Reads iCalendar text (str, or bytes in UTF-8) into an ImportResult: .campaign as campaign_from_icalendar\n"
        "reads it, and .warnings, one per event left out (its line, SUMMARY or UID, and why) and per\n"
        "thing read differently (seconds dropped, an invalid property not read, no events at all).\n"
        "strict=True raises ParseError instead of warning. campaign_id (default: from the calendar)\n"
        "names the campaign; ValidationError when it is not an id.");
}

}  // namespace advocacy::python
