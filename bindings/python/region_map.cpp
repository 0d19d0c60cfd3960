// SPDX-License-Identifier: MIT
#include "advocacy/region_map.hpp"

#include "bindings.hpp"
#include "model_dicts.hpp"

#include "advocacy/detail/checks.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto region_map_repr(const region_map& map) -> std::string {
    return "RegionMap(" + py::repr(region_map_to_dict(map)).cast<std::string>() + ")";
}

// The states of one region from any iterable of str; a lone str ("MD") is refused rather than
// read as its letters.
auto states_from(py::handle value, const std::string& region) -> std::vector<state_code> {
    const std::string field = "region_map: " + advocacy::detail::quoted(region);
    if (py::isinstance<py::str>(value) || !py::isinstance<py::iterable>(value)) {
        throw validation_error(field, "expected a list of state codes, got " + detail::type_name(value));
    }
    std::vector<state_code> states;
    for (auto item : value) {
        if (!py::isinstance<py::str>(item)) {
            throw validation_error(field, "expected str state codes, got " + detail::type_name(item));
        }
        states.push_back(advocacy::detail::state_at("region_map: state", text_at(item, field_path{field})));
    }
    return states;
}

}  // namespace

auto region_map_to_dict(const region_map& map) -> py::dict {
    py::dict d;
    for (const auto& region : map.regions()) d[py::str(region)] = py::cast(map.states_of(region));
    return d;
}

auto region_map_from_dict(py::handle value) -> region_map {
    if (is_instance<region_map>(value)) return value.cast<region_map>();
    auto d = require_dict(value, "region_map");
    region_map map;
    const std::string field = "region_map: region";
    for (auto item : d) {
        const std::string region(text_at(item.first, field_path{field}));
        map.add(region, states_from(item.second, region));
    }
    return map;
}

void init_region_map(py::module_& m) {
    py::class_<region_map>(m, "RegionMap",
                           "Region names to the state codes they cover; a state belongs to at most one region.")
        .def(py::init([](const std::optional<py::dict>& regions) {
                 return regions ? region_map_from_dict(*regions) : region_map{};
             }),
             py::arg("regions") = py::none(),
             "RegionMap({'Mid Atlantic': ['MD', 'DE', 'VA']}); ValidationError for a state in two regions or a "
             "code that is not 1-3 upper-case letters or digits.")
        .def(
            "add", [](region_map& map, std::string region, const py::iterable& states) {
                auto codes = states_from(states, region);
                map.add(std::move(region), std::move(codes));
            },
            py::arg("region"), py::arg("states"),
            "Adds states to a region (creating it); ValidationError if a state is in another region already.")
        .def("region_of", &region_map::region_of, py::arg("state"), "The region covering the state, or None.")
        .def("states_of", &region_map::states_of, py::arg("region"),
             "The region's states in alphabetical order ([] for an unknown region).")
        .def("regions", &region_map::regions, "The region names in alphabetical order.")
        .def("__contains__", &region_map::has_region, py::arg("region"), "Whether the map names the region.")
        .def("__len__", [](const region_map& map) { return map.regions().size(); }, "The number of regions.")
        .def("__bool__", [](const region_map& map) { return !map.empty(); })
        .def("to_dict", &region_map_to_dict, "{region: [states, sorted]}, regions in alphabetical order.")
        .def_static("from_dict", [](const py::dict& d) { return region_map_from_dict(d); }, py::arg("data"),
                    "A RegionMap from to_dict()'s form.")
        .def(py::self == py::self)
        .def("__repr__", &region_map_repr)
        .def(py::pickle([](const region_map& map) { return region_map_to_dict(map); },
                        [](const py::dict& d) { return region_map_from_dict(d); }));
}

}  // namespace advocacy::python
