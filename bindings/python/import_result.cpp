// SPDX-License-Identifier: MIT
#include "advocacy/import_result.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {

void init_import_result(py::module_ &m) {
  py::class_<import_warning>(
      m, "ImportWarning",
      "A record an importer read and left out: the 1-based line where it is, "
      "the text that names it and why.")
      .def(py::init([](std::size_t line, std::string text, std::string reason) {
             return import_warning{line, std::move(text), std::move(reason)};
           }),
           py::arg("line"), py::arg("text"), py::arg("reason"))
      .def_readonly("line", &import_warning::line, "1-based line of the input.")
      .def_readonly("text", &import_warning::text,
                    "Names the record: a line's text, an event's SUMMARY or "
                    "UID, a card's FN.")
      .def_readonly("reason", &import_warning::reason,
                    "What was wrong and what was expected.")
      .def(py::self == py::self) // NOLINT(misc-redundant-expression)
      .def(py::self != py::self) // NOLINT(misc-redundant-expression)
      // Immutable from Python, so hashable like the other immutable values.
      .def("__hash__",
           [](const import_warning &w) {
             return py::hash(py::make_tuple(w.line, w.text, w.reason));
           })
      .def("__str__", [](const import_warning &w) { return to_string(w); })
      .def("__repr__",
           [](const import_warning &w) {
             return repr_builder("ImportWarning")
                 .raw("line", std::to_string(w.line))
                 .str("text", w.text, false)
                 .str("reason", w.reason, false)
                 .done();
           })
      .def(py::pickle(
          [](const import_warning &w) {
            return py::make_tuple(w.line, w.text, w.reason);
          },
          [](const py::tuple &t) {
            if (t.size() != 3)
              throw py::value_error(
                  "ImportWarning pickle: expected (line, text, reason)");
            return import_warning{t[0].cast<std::size_t>(),
                                  t[1].cast<std::string>(),
                                  t[2].cast<std::string>()};
          }));

  py::class_<import_result>(m, "ImportResult",
                            "What an importer read: .campaign and .warnings.")
      .def_property_readonly(
          "campaign", [](const import_result &r) { return r.value; },
          "The campaign read (a copy).")
      .def_property_readonly(
          "warnings",
          [](const import_result &r) { return tuple_of(r.warnings); },
          "Records left out (tuple of ImportWarning), in line order.")
      .def_readonly("format", &import_result::format,
                    "The format read, for an importer that reads several "
                    "(read_listing: 'text', 'markdown', 'csv', 'tsv'; import_file: "
                    "'json', 'icalendar', 'vcard', 'listing', 'text'); '' for "
                    "the others.")
      // Unhashable, as its campaign is.
      .def(py::self == py::self) // NOLINT(misc-redundant-expression)
      .def(py::self != py::self) // NOLINT(misc-redundant-expression)
      .def("__repr__",
           [](const import_result &r) {
             return repr_builder::opaque("ImportResult")
                 .str("title", r.value.title(), false)
                 .raw("conferences",
                      std::to_string(r.value.conferences().size()))
                 .raw("actions", std::to_string(r.value.actions().size()))
                 .raw("groups", std::to_string(r.value.group_snapshot().size()))
                 .raw("milestones", std::to_string(r.value.milestones().size()))
                 .raw("warnings", std::to_string(r.warnings.size()))
                 .str("format", r.format)
                 .done();
           })
      .def(py::pickle(
          [](const import_result &r) {
            return py::make_tuple(py::cast(r.value), py::cast(r.warnings),
                                  r.format);
          },
          [](const py::tuple &t) {
            // (campaign, warnings) as pickled before the format was kept.
            if (t.size() != 2 && t.size() != 3)
              throw py::value_error("ImportResult pickle: expected (campaign, "
                                    "warnings, format)");
            return import_result{
                t[0].cast<campaign>(), t[1].cast<std::vector<import_warning>>(),
                t.size() == 3 ? t[2].cast<std::string>() : std::string()};
          }));
}

} // namespace advocacy::python
