// SPDX-License-Identifier: MIT
#include "advocacy/plan_message.hpp"

#include "bindings.hpp"
#include "casters.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {

void init_plan_message(py::module_& m) {
    py::class_<plan_template>(m, "PlanTemplate",
                              "A Mustache template for a supporter's plan (mail merge); its fields are listed in "
                              "docs/supporters.md ('Messages').")
        .def(py::init([](std::string text, std::string_view escape) {
                 return plan_template(std::move(text), parse_message_escape(escape));
             }),
             py::arg("text"), py::arg("escape") = "text",
             "escape 'text' leaves fields as they are, 'html' escapes & < > \" ' in every {{field}}. Raises "
             "ParseError (with the line) for a tag or section never closed, a section closed out of order, or a "
             "partial.")
        .def_property_readonly("text", &plan_template::text, "The template's text.")
        .def_property_readonly(
            "escape", [](const plan_template& t) { return std::string(to_string(t.escape())); }, "'text' or 'html'.")
        .def(
            "render",
            [](const plan_template& t, const campaign& c, const supporter& who, const std::vector<plan_step>& steps,
               date::sys_days today) { return t.render(c, who, steps, today); },
            py::arg("campaign"), py::arg("supporter"), py::arg("steps"), py::arg("today"),
            "The message for one supporter: the template filled with the supporter's, the campaign's and the "
            "steps' fields (steps as Campaign.plan or Campaign.plans give them).")
        .def(py::self == py::self)
        .def(py::pickle(
            [](const plan_template& t) { return py::make_tuple(t.text(), std::string(to_string(t.escape()))); },
            [](const py::tuple& state) {
                if (state.size() != 2) throw std::runtime_error("PlanTemplate: a pickle of another version");
                return plan_template(state[0].cast<std::string>(), parse_message_escape(state[1].cast<std::string>()));
            }))
        .def("__repr__", [](const plan_template& t) {
            return "PlanTemplate(" + py::repr(py::str(t.text())).cast<std::string>() + ", escape='" +
                   std::string(to_string(t.escape())) + "')";
        });
}

}  // namespace advocacy::python
