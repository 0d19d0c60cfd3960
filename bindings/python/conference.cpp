// SPDX-License-Identifier: MIT
#include "advocacy/conference.hpp"

#include "advocacy/detail/checks.hpp"
#include "bindings.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto time_or_none(const std::optional<std::chrono::minutes>& time) -> std::optional<time_of_day> {
    if (!time) return std::nullopt;
    return time_of_day{*time};
}

auto conference_repr(const conference& event) -> std::string {
    repr_builder out("Conference");
    out.str("id", event.id, false).str("name", event.name, false);
    out.raw("dates", py::repr(py::cast(event.dates)).cast<std::string>());
    if (!event.sessions.empty()) out.raw("sessions", py::repr(py::list(tuple_of(event.sessions))).cast<std::string>());
    if (event.place != location{}) out.raw("location", py::repr(py::cast(event.place)).cast<std::string>());
    if (event.timed()) {
        out.raw("start_time", py::repr(py::cast(time_of_day{*event.start_time})).cast<std::string>());
        out.raw("end_time", py::repr(py::cast(time_of_day{*event.end_time})).cast<std::string>());
    }
    out.str("region", event.region).str("registration_url", event.registration_url).str("description", event.description);
    return out.done();
}

// A list or tuple of DateRange (or {"first", "last"} dicts), as the sessions of `field`.
auto sessions_from_value(py::handle value, const std::string& field) -> std::vector<date_range> {
    if (!py::isinstance<py::list>(value) && !py::isinstance<py::tuple>(value)) {
        throw validation_error(field, "expected a list of DateRange, got " + detail::type_name(value));
    }
    std::vector<date_range> out;
    for (auto item : value) out.push_back(date_range_from_value(item, field + "[" + std::to_string(out.size()) + "]"));
    return out;
}

}  // namespace

auto conference_to_dict(const conference& event) -> py::dict { return fields_to_dict(event); }

auto conference_from_dict(py::handle value) -> conference {
    if (is_instance<conference>(value)) return value.cast<conference>();
    auto d = require_dict(value, "conference");
    const auto id = get_str(d, "id", "conference: id");
    const std::string who = advocacy::detail::object_name("conference", id) + ": ";
    d = with_renamed_key(d, "location", "place", who.c_str());
    auto event = fields_from_dict<conference>(d, who);
    validate(event);
    return event;
}

void init_conference(py::module_& m) {
    py::class_<conference>(m, "Conference",
                           "A regional conference: id, name, dates (DateRange), location, region served, "
                           "registration URL, description; all day, or timed with start_time and end_time.")
        .def(py::init([](std::string id, std::string name, date_range dates, location place, std::string region,
                         std::string registration_url, std::string description, const py::object& start_time,
                         const py::object& end_time, const py::object& sessions) {
                 const std::string who = advocacy::detail::object_name("conference", id) + ": ";
                 conference event{.id = std::move(id),
                                  .name = std::move(name),
                                  .dates = dates,
                                  .sessions = sessions_from_value(sessions, who + "sessions"),
                                  .place = std::move(place),
                                  .region = std::move(region),
                                  .registration_url = std::move(registration_url),
                                  .description = std::move(description),
                                  .start_time = time_from_value(start_time, who + "start_time"),
                                  .end_time = time_from_value(end_time, who + "end_time")};
                 validate(event);
                 return event;
             }),
             py::kw_only(), py::arg("id"), py::arg("name"), py::arg("dates"), py::arg("location") = location{},
             py::arg("region") = "", py::arg("registration_url") = "", py::arg("description") = "",
             py::arg("start_time") = py::none(), py::arg("end_time") = py::none(), py::arg("sessions") = py::tuple(),
             "id, name and dates are required; start_time and end_time (naive datetime.time, local to "
             "location.time_zone) both or neither; sessions the days it meets when not every day of dates. "
             "ValidationError names a bad field as 'conference \"id\": field'.")
        .def_readwrite("id", &conference::id, "Unique among the campaign's conferences: 'ma-2015'.")
        .def_readwrite("name", &conference::name, "'Mid Atlantic Regional Conference'.")
        .def_readwrite("dates", &conference::dates, "The days it runs (DateRange), both ends included.")
        .def_property(
            "sessions", [](const conference& event) { return tuple_of(event.sessions); },
            [](conference& event, const py::object& value) {
                event.sessions = sessions_from_value(value, advocacy::detail::object_name("conference", event.id) + ": sessions");
            },
            "The days it meets (a tuple of DateRange, in order, disjoint, spanning dates), or () for every day of dates.")
        .def_readwrite("location", &conference::place, "Where it takes place (Location).")
        .def_readwrite("region", &conference::region, "The region it serves: 'Mid Atlantic', may be empty.")
        .def_readwrite("registration_url", &conference::registration_url, "http(s) URL, may be empty.")
        .def_readwrite("description", &conference::description, "Free text, may be empty.")
        .def_property(
            "start_time", [](const conference& event) { return time_or_none(event.start_time); },
            [](conference& event, const py::object& time) {
                event.start_time = time_from_value(time, advocacy::detail::object_name("conference", event.id) + ": start_time");
            },
            "Local start time on dates.first (datetime.time, in location.time_zone), or None for an all-day event.")
        .def_property(
            "end_time", [](const conference& event) { return time_or_none(event.end_time); },
            [](conference& event, const py::object& time) {
                event.end_time = time_from_value(time, advocacy::detail::object_name("conference", event.id) + ": end_time");
            },
            "Local end time on dates.last (datetime.time), or None for an all-day event.")
        .def_property_readonly("timed", &conference::timed, "True when the conference has times of day.")
        .def("validate", [](const conference& event) { validate(event); },
             "Raises ValidationError naming the first bad field.")
        .def("to_dict", &conference_to_dict,
             "Plain types: dates and each of sessions as {'first': date, 'last': date}, start_time and end_time as "
             "datetime.time or None, place (the location) as Location.to_dict(): the keys of the JSON document.")
        .def_static("from_dict", [](const py::dict& d) { return conference_from_dict(d); }, py::arg("data"),
                    "A Conference from to_dict()'s form ('dates' may also be a DateRange, 'place' a Location). The "
                    "key 'location' of earlier releases is read as 'place', with a DeprecationWarning.")
        .def(py::self == py::self)
        .def("__str__", [](const conference& event) { return to_string(event); })
        .def("__repr__", &conference_repr)
        .def(py::pickle([](const conference& event) { return conference_to_dict(event); },
                        [](const py::dict& d) { return conference_from_dict(d); }));
}

}  // namespace advocacy::python
