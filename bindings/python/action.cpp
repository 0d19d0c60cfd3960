// SPDX-License-Identifier: MIT
#include "advocacy/action.hpp"

#include "advocacy/detail/action_kinds.hpp"
#include "advocacy/detail/checks.hpp"
#include "bindings.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto target_repr(const action_target& target) -> std::string {
    return repr_builder("ActionTarget")
        .str("kind", to_string(target.kind), false)
        .str("id", target.id)
        .str("name", target.name)
        .done();
}

auto action_repr(const action& step) -> std::string {
    repr_builder out("Action");
    out.str("id", step.id, false).str("kind", to_string(step.kind), false).str("title", step.title, false);
    out.str("description", step.description);
    if (step.target != action_target{}) out.raw("target", target_repr(step.target));
    if (step.window) out.raw("window", py::repr(py::cast(*step.window)).cast<std::string>());
    if (!step.related_conferences.empty()) {
        out.raw("related_conferences", py::repr(py::cast(step.related_conferences)).cast<std::string>());
    }
    if (!step.talking_points.empty()) {
        out.raw("talking_points", py::repr(py::cast(step.talking_points)).cast<std::string>());
    }
    return out.done();
}

auto target_to_dict(const action_target& target) -> py::dict { return fields_to_dict(target); }

auto target_from_dict(py::handle value, const std::string& field) -> action_target {
    return value_from_py<action_target>(value, field);
}

}  // namespace

auto action_to_dict(const action& step) -> py::dict { return fields_to_dict(step); }

auto action_from_dict(py::handle value) -> action {
    if (is_instance<action>(value)) return value.cast<action>();
    auto d = require_dict(value, "action");
    const auto id = get_str(d, "id", "action: id");
    auto step = fields_from_dict<action>(d, advocacy::detail::object_name("action", id) + ": ");
    validate(step);
    return step;
}

void init_action(py::module_& m) {
    py::class_<action_target>(m, "ActionTarget",
                              "Whom an action addresses: kind 'group' (id '' = the supporter's local group), "
                              "'official' or 'organization'; id and name.")
        .def(py::init([](std::string_view kind, std::string id, std::string name) {
                 return action_target{.kind = parse_target_kind(kind), .id = std::move(id), .name = std::move(name)};
             }),
             py::kw_only(), py::arg("kind") = "group", py::arg("id") = "", py::arg("name") = "",
             "ParseError for a kind other than 'group', 'official', 'organization'.")
        .def_property(
            "kind", [](const action_target& t) { return std::string(to_string(t.kind)); },
            [](action_target& t, std::string_view kind) { t.kind = parse_target_kind(kind); },
            "'group', 'official' or 'organization'; setting another name raises ParseError.")
        .def_readwrite("id", &action_target::id, "A group id, or '' for the supporter's local group.")
        .def_readwrite("name", &action_target::name, "'Your local group', 'Senator ...', may be empty.")
        .def("to_dict", &target_to_dict, "{'kind': str, 'id': str, 'name': str}.")
        .def_static("from_dict", [](const py::dict& d) { return target_from_dict(d, "target"); }, py::arg("data"),
                    "An ActionTarget from to_dict()'s form.")
        .def(py::self == py::self)
        .def("__repr__", &target_repr)
        .def(py::pickle([](const action_target& t) { return target_to_dict(t); },
                        [](const py::dict& d) { return target_from_dict(d, "target"); }));

    m.def(
        "action_kinds",
        [] {
            const auto kinds = advocacy::detail::action_kinds();
            py::tuple out(kinds.size());
            for (std::size_t i = 0; i < kinds.size(); ++i) out[i] = py::str(std::string(to_string(kinds[i])));
            return out;
        },
        "Every action kind's name, in the model's order: ('letter', 'attend_meeting', ...). Action,\n"
        "its dicts, JSON and OSDI accept exactly these.");

    py::class_<action>(m, "Action",
                       "An action a campaign asks of supporters: id, kind ('letter', 'attend_meeting', "
                       "'attend_conference', 'petition', 'call', 'email', 'other'), title, description, target, "
                       "optional window (DateRange), related conference ids, talking points.")
        .def(py::init([](std::string id, std::string_view kind, std::string title, std::string description,
                         action_target target, std::optional<date_range> window,
                         std::vector<std::string> related_conferences, std::vector<std::string> talking_points) {
                 action step{.id = std::move(id),
                             .kind = parse_action_kind(kind),
                             .title = std::move(title),
                             .description = std::move(description),
                             .target = std::move(target),
                             .window = window,
                             .related_conferences = std::move(related_conferences),
                             .talking_points = std::move(talking_points)};
                 validate(step);
                 return step;
             }),
             py::kw_only(), py::arg("id"), py::arg("kind"), py::arg("title"), py::arg("description") = "",
             py::arg("target") = action_target{}, py::arg("window") = py::none(),
             py::arg("related_conferences") = std::vector<std::string>{},
             py::arg("talking_points") = std::vector<std::string>{},
             "id, kind and title are required; ParseError for an unknown kind, ValidationError naming a bad "
             "field as 'action \"id\": field'.")
        .def_readwrite("id", &action::id, "Unique among the campaign's actions.")
        .def_property(
            "kind", [](const action& a) { return std::string(to_string(a.kind)); },
            [](action& a, std::string_view kind) { a.kind = parse_action_kind(kind); },
            "'letter', 'attend_meeting', ...; setting another name raises ParseError.")
        .def_readwrite("title", &action::title, "What to do, in a few words (required).")
        .def_readwrite("description", &action::description, "May be empty.")
        .def_readwrite("target", &action::target, "Whom the action addresses (ActionTarget).")
        .def_property(
            "window", [](const action& a) { return a.window; },
            [](action& a, std::optional<date_range> window) { a.window = window; },
            "When it can be done (DateRange), or None: any time.")
        .def_property(
            "related_conferences", [](const action& a) { return tuple_of(a.related_conferences); },
            [](action& a, std::vector<std::string> ids) { a.related_conferences = std::move(ids); },
            "Conference ids: a tuple of str; assign a new sequence to change them.")
        .def_property(
            "talking_points", [](const action& a) { return tuple_of(a.talking_points); },
            [](action& a, std::vector<std::string> points) { a.talking_points = std::move(points); },
            "A tuple of str; assign a new sequence to change them.")
        .def("validate", [](const action& step) { validate(step); },
             "Raises ValidationError naming the first bad field.")
        .def("to_dict", &action_to_dict,
             "Plain types: kind as str, target as a dict, window as {'first', 'last'} or None.")
        .def_static("from_dict", [](const py::dict& d) { return action_from_dict(d); }, py::arg("data"),
                    "An Action from to_dict()'s form.")
        .def(py::self == py::self)
        .def("__str__", [](const action& step) { return to_string(step); })
        .def("__repr__", &action_repr)
        .def(py::pickle([](const action& step) { return action_to_dict(step); },
                        [](const py::dict& d) { return action_from_dict(d); }));
}

}  // namespace advocacy::python
