// SPDX-License-Identifier: MIT
#include "advocacy/icalendar.hpp"

#include "bindings.hpp"
#include "casters.hpp"
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
        "from_icalendar", [](text_arg text) { return campaign_from_icalendar(text.view); }, py::arg("text"),
        py::call_guard<py::gil_scoped_release>(),
        "Reads iCalendar text into a Campaign: all-day and timed events become conferences,\n"
        "recurring ones groups with a MeetingSchedule. Raises ParseError with the line otherwise.");
}

}  // namespace advocacy::python
