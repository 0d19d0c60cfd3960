// SPDX-License-Identifier: MIT
#include "advocacy/json.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "gil.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <string>
#include <string_view>

namespace py = pybind11;

namespace advocacy::python {

void init_json(py::module_& m) {
    m.attr("json_schema_version") = json_schema_version;

    py::class_<json_problem>(m, "JsonProblem",
                             "A problem in a JSON campaign document: its JSON pointer, 1-based line and column, "
                             "and the reason.")
        .def(py::init([](std::string pointer, std::size_t line, std::size_t column, std::string reason) {
                 return json_problem{std::move(pointer), line, column, std::move(reason)};
             }),
             py::arg("pointer"), py::arg("line"), py::arg("column"), py::arg("reason"))
        .def_readonly("pointer", &json_problem::pointer, "The JSON pointer of the value (\"\" the document).")
        .def_readonly("line", &json_problem::line, "1-based line of the value (of its object when it is missing).")
        .def_readonly("column", &json_problem::column, "1-based column, in bytes.")
        .def_readonly("reason", &json_problem::reason, "What is wrong, and what was expected.")
        .def_property_readonly("field", &json_problem::field,
                               "The value's path as fields and indexes: \"groups[2].contacts[0].email\".")
        .def(py::self == py::self)  // NOLINT(misc-redundant-expression)
        .def(py::self != py::self)  // NOLINT(misc-redundant-expression)
        // Immutable from Python, so hashable like the other immutable values (ImportWarning).
        .def("__hash__",
             [](const json_problem& p) { return py::hash(py::make_tuple(p.pointer, p.line, p.column, p.reason)); })
        .def("__repr__",
             [](const json_problem& p) {
                 return repr_builder("JsonProblem")
                     .str("pointer", p.pointer, false)
                     .raw("line", std::to_string(p.line))
                     .raw("column", std::to_string(p.column))
                     .str("reason", p.reason, false)
                     .done();
             })
        .def(py::pickle([](const json_problem& p) { return py::make_tuple(p.pointer, p.line, p.column, p.reason); },
                        [](const py::tuple& t) {
                            if (t.size() != 4) throw py::value_error("JsonProblem pickle: expected (pointer, line, column, reason)");
                            return json_problem{t[0].cast<std::string>(), t[1].cast<std::size_t>(),
                                                t[2].cast<std::size_t>(), t[3].cast<std::string>()};
                        }));
    m.def(
        "to_json",
        [](const campaign& source) { return reading_without_gil(source, [](const campaign& x) { return to_json(x); }); },
        py::arg("campaign"),
        "The campaign as a JSON document (2-space indent, fixed key order; the oldest schema_version, 1 to "
        "json_schema_version, that holds the campaign: 2 for conference times, 3 for rules only RRULE holds and "
        "changed meetings, 4 for sessions, 5 for online places). Campaign.to_json() is the same.");
    m.def(
        "campaign_from_json", [](text_arg text) { return campaign_from_json(text.view); }, py::arg("text"),
        py::call_guard<py::gil_scoped_release>(),
        "Reads a document written by to_json(); campaign_from_json(to_json(c)) == c. Campaign.from_json() is the same.\n\n"
        "Raises ParseError: bad syntax with .line and .position (column - 1), a bad value with a\n"
        "reason that starts with its JSON pointer.");
    m.def(
        "check_campaign_json", [](text_arg text) { return check_campaign_json(text.view); }, py::arg("text"),
        py::call_guard<py::gil_scoped_release>(),
        "Every problem Campaign.from_json() would stop at, object by object, as JsonProblem; an empty\n"
        "list when it reads the document. Bad JSON syntax is one problem; each object is checked on its own.");

    // init_campaign ran before: add the JSON methods onto its class.
    if (!py::hasattr(m, "Campaign")) return;
    auto cls = py::reinterpret_borrow<py::class_<campaign>>(m.attr("Campaign"));
    cls.def(
        "to_json",
        [](const campaign& self) { return reading_without_gil(self, [](const campaign& x) { return to_json(x); }); },
        "The campaign as a JSON document (2-space indent, fixed key order; the oldest schema_version that "
        "holds the campaign): to_json(campaign), as a method.");
    cls.def_static(
        "from_json", [](text_arg text) { return campaign_from_json(text.view); }, py::arg("text"),
        py::call_guard<py::gil_scoped_release>(),
        "campaign_from_json(text), as a static method: Campaign.from_json(c.to_json()) == c.\n\n"
        "Raises ParseError: bad syntax with .line and .position (column - 1), a bad value with a\n"
        "reason that starts with its JSON pointer.");
}

}  // namespace advocacy::python
