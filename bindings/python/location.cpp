// SPDX-License-Identifier: MIT
#include "advocacy/location.hpp"

#include "advocacy/detail/checks.hpp"

#include "bindings.hpp"
#include "deprecation.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto location_repr(const location& place) -> std::string {
    repr_builder out("Location");
    out.str("venue", place.venue);
    if (!place.address_lines.empty()) out.raw("address_lines", py::repr(py::cast(place.address_lines)).cast<std::string>());
    out.str("locality", place.locality).str("state", to_string(place.state)).str("postal_code", place.postal_code);
    if (place.country != "US") out.str("country", place.country, false);
    out.str("time_zone", place.time_zone).str("online", place.online);
    return out.done();
}

}  // namespace

auto location_to_dict(const location& place) -> py::dict { return fields_to_dict(place); }

auto location_from_dict(py::handle value, const std::string& field) -> location {
    if (is_instance<location>(value)) return value.cast<location>();
    auto place = fields_from_dict<location>(require_dict(value, field), field + ".");
    validate_as(field, "location", [&] { validate(place); });
    return place;
}

void init_location(py::module_& m) {
    py::class_<location>(m, "Location",
                         "A place: venue, address, city (locality), state or province code (state), postal code, country "
                         "(ISO 3166-1 alpha-2), IANA time zone and online part. str() gives 'Baltimore, MD', "
                         "'Online' or 'Baltimore, MD + online'.")
        .def(py::init([](std::string venue, std::vector<std::string> address_lines, std::string locality,
                         const std::string& state, std::string postal_code, std::string country,
                         std::string time_zone, std::string online, const std::optional<std::string>& region) {
                 if (region) warn_deprecated("Location(region=...)", "Location(state=...)");
                 location place{.venue = std::move(venue),
                                .address_lines = std::move(address_lines),
                                .locality = std::move(locality),
                                .state = advocacy::detail::state_at("location.state", region ? *region : state),
                                .postal_code = std::move(postal_code),
                                .country = std::move(country),
                                .time_zone = std::move(time_zone),
                                .online = std::move(online)};
                 validate(place);
                 return place;
             }),
             py::kw_only(), py::arg("venue") = "", py::arg("address_lines") = std::vector<std::string>{},
             py::arg("locality") = "", py::arg("state") = "", py::arg("postal_code") = "",
             py::arg("country") = "US", py::arg("time_zone") = "", py::arg("online") = "",
             py::arg("region") = py::none(),
             "Every field is optional; ValidationError names a bad one (country not two upper-case letters, "
             "unknown time zone, a line break, online neither "
             "'online' nor an http(s) link); a state not 1-3 upper-case letters or digits raises ValidationError "
             "(field 'location.state'). region= is the deprecated name of state=.")
        .def_readwrite("venue", &location::venue, "The venue ('Hilton Baltimore'), may be empty.")
        .def_property(
            "address_lines", [](const location& place) { return tuple_of(place.address_lines); },
            [](location& place, std::vector<std::string> lines) { place.address_lines = std::move(lines); },
            "Street lines: a tuple of str; assign a new sequence to change them.")
        .def_readwrite("locality", &location::locality, "The city: 'Baltimore'.")
        .def_property(
            "state", [](const location& place) { return place.state; },
            [](location& place, const std::string& state) {
                place.state = advocacy::detail::state_at("location.state", state);
            },
            "The state or province code: 'MD' ('' when not known); ValidationError for anything else.")
        .def_property(
            "region",
            [](const location& place) {
                warn_deprecated("Location.region", "Location.state");
                return place.state;
            },
            [](location& place, const std::string& state) {
                warn_deprecated("Location.region", "Location.state");
                place.state = advocacy::detail::state_at("location.state", state);
            },
            "Deprecated name of state.")
        .def_readwrite("postal_code", &location::postal_code, "The postal code, may be empty.")
        .def_readwrite("country", &location::country, "ISO 3166-1 alpha-2 code, 'US' by default.")
        .def_readwrite("time_zone", &location::time_zone, "IANA time zone name, may be empty.")
        .def_readwrite("online", &location::online,
                       "The online part: '' in person only, 'online' without a link, else the joining link "
                       "(an http(s) URL). With a locality too, the place is hybrid.")
        .def("validate", [](const location& place) { validate(place); },
             "Raises ValidationError naming the first bad field (attributes set after construction are not "
             "checked until then).")
        .def("to_dict", &location_to_dict, "The fields as a dict of str (address_lines a list of str).")
        .def_static("from_dict", [](const py::dict& d) { return location_from_dict(d); }, py::arg("data"),
                    "A Location from to_dict()'s form; missing keys take their defaults, unknown keys are refused.")
        .def(py::self == py::self)
        .def("__str__", [](const location& place) { return to_string(place); })
        .def("__repr__", &location_repr)
        .def(py::pickle([](const location& place) { return location_to_dict(place); },
                        [](const py::dict& d) { return location_from_dict(d); }));
}

}  // namespace advocacy::python
