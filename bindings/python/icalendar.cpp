// SPDX-License-Identifier: MIT
#include "advocacy/icalendar.hpp"

#include "bindings.hpp"
#include "casters.hpp"

#include <pybind11/stl.h>

#include <chrono>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace py = pybind11;

namespace advocacy::python {

void init_icalendar(py::module_& m) {
    m.def(
        "to_icalendar",
        [](const campaign& source, const py::object& stamp, std::optional<date::sys_days> open_start) {
            icalendar_options options;
            if (!stamp.is_none()) {
                // An aware datetime's timestamp() is its UTC instant; a naive one would be read
                // in the machine's zone, so it is refused.
                if (!py::hasattr(stamp, "utcoffset") || stamp.attr("utcoffset")().is_none()) {
                    throw py::type_error("stamp must be a timezone-aware datetime.datetime");
                }
                const double seconds = stamp.attr("timestamp")().cast<double>();
                options.stamp = date::sys_seconds{std::chrono::seconds{static_cast<long long>(std::floor(seconds))}};
            }
            options.open_start = open_start;
            return to_icalendar(source, options);
        },
        py::arg("campaign"), py::kw_only(), py::arg("stamp") = py::none(), py::arg("open_start") = py::none(),
        "The campaign as iCalendar text (RFC 5545): conferences as all-day events (DTEND exclusive),\n"
        "group meetings as recurring events with VTIMEZONEs. `stamp` (an aware datetime) is the\n"
        "DTSTAMP, default now; `open_start` (a date) is where open-ended schedules start.");
    m.def(
        "from_icalendar", [](std::string_view text) { return campaign_from_icalendar(text); }, py::arg("text"),
        "Reads iCalendar text into a Campaign: all-day and timed events become conferences,\n"
        "recurring ones groups with a MeetingSchedule. Raises ParseError with the line otherwise.");
}

}  // namespace advocacy::python
