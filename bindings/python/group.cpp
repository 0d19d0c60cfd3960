// SPDX-License-Identifier: MIT
#include "advocacy/group.hpp"

#include "advocacy/detail/checks.hpp"
#include "bindings.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto group_repr(const group& g) -> std::string {
    repr_builder out("Group");
    out.str("id", g.id, false).str("name", g.name, false);
    if (g.kind != group_kind::local) out.str("kind", to_string(g.kind), false);
    if (g.place != location{}) out.raw("location", py::repr(py::cast(g.place)).cast<std::string>());
    out.str("region", g.region);
    if (!g.contacts.empty()) out.raw("contacts", py::repr(py::cast(g.contacts)).cast<std::string>());
    if (g.meetings) out.raw("meetings", py::repr(py::cast(*g.meetings)).cast<std::string>());
    out.str("website", g.website);
    return out.done();
}

}  // namespace

auto group_to_dict(const group& g) -> py::dict { return fields_to_dict(g); }

auto group_from_dict(py::handle value) -> group {
    if (is_instance<group>(value)) return value.cast<group>();
    auto d = require_dict(value, "group");
    const auto id = get_str(d, "id", "group: id");
    const std::string who = advocacy::detail::object_name("group", id) + ": ";
    d = with_renamed_key(d, "location", "place", who.c_str());
    auto g = fields_from_dict<group>(d, who);
    validate(g);
    return g;
}

void init_group(py::module_& m) {
    py::class_<group>(m, "Group",
                      "A group of the organization: id, name, kind ('local', 'student', 'regional_office', "
                      "'national_office', 'other'), location (its region is the state), campaign region, "
                      "contacts, meetings (MeetingSchedule or None), website.")
        .def(py::init([](std::string id, std::string name, std::string_view kind, location place, std::string region,
                         std::vector<contact> contacts, std::optional<meeting_schedule> meetings, std::string website) {
                 group g{.id = std::move(id),
                         .name = std::move(name),
                         .kind = parse_group_kind(kind),
                         .place = std::move(place),
                         .region = std::move(region),
                         .contacts = std::move(contacts),
                         .meetings = std::move(meetings),
                         .website = std::move(website)};
                 validate(g);
                 return g;
             }),
             py::kw_only(), py::arg("id"), py::arg("name"), py::arg("kind") = "local", py::arg("location") = location{},
             py::arg("region") = "", py::arg("contacts") = std::vector<contact>{}, py::arg("meetings") = py::none(),
             py::arg("website") = "",
             "id and name are required; ParseError for an unknown kind, ValidationError naming a bad field as "
             "'group \"id\": contacts[0].email'.")
        .def_readwrite("id", &group::id, "Unique among the campaign's groups.")
        .def_readwrite("name", &group::name, "'Twin Cities Group 55' (required).")
        .def_property(
            "kind", [](const group& g) { return std::string(to_string(g.kind)); },
            [](group& g, std::string_view kind) { g.kind = parse_group_kind(kind); },
            "'local', 'student', ...; setting another name raises ParseError.")
        .def_readwrite("location", &group::place, "Where the group is (Location); location.state is its state.")
        .def_readwrite("region", &group::region, "The campaign region it belongs to, may be empty.")
        .def_property(
            "contacts", [](const group& g) { return tuple_of(g.contacts); },
            [](group& g, std::vector<contact> contacts) { g.contacts = std::move(contacts); },
            "Contacts: a tuple of copies; assign a new sequence to change them.")
        .def_property(
            "meetings", [](const group& g) { return g.meetings; },
            [](group& g, std::optional<meeting_schedule> meetings) { g.meetings = std::move(meetings); },
            "When it meets (MeetingSchedule), or None.")
        .def_readwrite("website", &group::website, "http(s) URL, may be empty.")
        .def("validate", [](const group& g) { validate(g); }, "Raises ValidationError naming the first bad field.")
        .def("to_dict", &group_to_dict,
             "Plain types: place (the location) and contacts as dicts, meetings as MeetingSchedule.to_dict() or "
             "None: the keys of the JSON document.")
        .def_static("from_dict", [](const py::dict& d) { return group_from_dict(d); }, py::arg("data"),
                    "A Group from to_dict()'s form. The key 'location' of earlier releases is read as 'place', with a "
                    "DeprecationWarning.")
        .def(py::self == py::self)
        .def("__str__", [](const group& g) { return to_string(g); })
        .def("__repr__", &group_repr)
        .def(py::pickle([](const group& g) { return group_to_dict(g); },
                        [](const py::dict& d) { return group_from_dict(d); }));
}

}  // namespace advocacy::python
