// SPDX-License-Identifier: MIT
#include "advocacy/supporter_list.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {

void init_supporter_list(py::module_& m) {
    py::class_<supporter_warning>(m, "SupporterWarning",
                                  "A row of a supporter list left out (skipped) or read with something left out: "
                                  "its line, row and column and why, never what it holds.")
        .def(py::init([](std::size_t line, std::size_t row, std::string column, std::string reason, bool skipped) {
                 return supporter_warning{line, row, std::move(column), std::move(reason), skipped};
             }),
             py::arg("line"), py::arg("row"), py::arg("column"), py::arg("reason"), py::arg("skipped") = true)
        .def_readonly("line", &supporter_warning::line, "1-based line of the input where the row starts.")
        .def_readonly("row", &supporter_warning::row, "1-based number of the row among the data rows.")
        .def_readonly("column", &supporter_warning::column, "The column at fault as the input names it; '' the row.")
        .def_readonly("reason", &supporter_warning::reason, "What was wrong and what was expected.")
        .def_readonly("skipped", &supporter_warning::skipped, "True: the row is left out; False: read.")
        .def(py::self == py::self)  // NOLINT(misc-redundant-expression)
        .def(py::self != py::self)  // NOLINT(misc-redundant-expression)
        .def("__hash__",
             [](const supporter_warning& w) {
                 return py::hash(py::make_tuple(w.line, w.row, w.column, w.reason, w.skipped));
             })
        .def("__str__", [](const supporter_warning& w) { return to_string(w); })
        .def("__repr__",
             [](const supporter_warning& w) {
                 return repr_builder("SupporterWarning")
                     .raw("line", std::to_string(w.line))
                     .raw("row", std::to_string(w.row))
                     .str("column", w.column, false)
                     .str("reason", w.reason, false)
                     .raw("skipped", w.skipped ? "True" : "False")
                     .done();
             })
        .def(py::pickle(
            [](const supporter_warning& w) { return py::make_tuple(w.line, w.row, w.column, w.reason, w.skipped); },
            [](const py::tuple& t) {
                if (t.size() != 5) throw py::value_error("SupporterWarning pickle: expected (line, row, column, reason, skipped)");
                return supporter_warning{t[0].cast<std::size_t>(), t[1].cast<std::size_t>(), t[2].cast<std::string>(),
                                         t[3].cast<std::string>(), t[4].cast<bool>()};
            }));

    py::class_<supporter_list>(m, "SupporterList",
                               "What read_supporters read: .supporters, .warnings, .rows (data rows in the input) "
                               "and .format. len(supporters) + the skipped warnings == rows.")
        .def_property_readonly(
            "supporters", [](const supporter_list& r) { return tuple_of(r.supporters); },
            "The supporters read (tuple of Supporter copies), in row order.")
        .def_property_readonly(
            "warnings", [](const supporter_list& r) { return tuple_of(r.warnings); },
            "Rows skipped or read with something left out (tuple of SupporterWarning), in row order.")
        .def_readonly("rows", &supporter_list::rows, "Data rows in the input (the header and blank lines are none).")
        .def_readonly("format", &supporter_list::format, "The format read: 'csv', 'tsv' or 'jsonl'.")
        .def(py::self == py::self)  // NOLINT(misc-redundant-expression)
        .def(py::self != py::self)  // NOLINT(misc-redundant-expression)
        .def("__repr__",
             [](const supporter_list& r) {
                 return repr_builder::opaque("SupporterList")
                     .raw("rows", std::to_string(r.rows))
                     .raw("supporters", std::to_string(r.supporters.size()))
                     .raw("warnings", std::to_string(r.warnings.size()))
                     .str("format", r.format)
                     .done();
             })
        .def(py::pickle(
            [](const supporter_list& r) {
                return py::make_tuple(py::cast(r.supporters), py::cast(r.warnings), r.rows, r.format);
            },
            [](const py::tuple& t) {
                if (t.size() != 4) throw py::value_error("SupporterList pickle: expected (supporters, warnings, rows, format)");
                return supporter_list{t[0].cast<std::vector<supporter>>(), t[1].cast<std::vector<supporter_warning>>(),
                                      t[2].cast<std::size_t>(), t[3].cast<std::string>()};
            }));

    m.def(
        "read_supporters",
        [](text_arg text, strict<std::string> format, strict<std::string> country, std::size_t max_field_length) {
            supporter_read_options options;
            options.format = parse_supporter_format(format.value);
            options.country = std::move(country.value);
            options.max_field_length = max_field_length;
            const py::gil_scoped_release release;
            return read_supporters(text.view, options);
        },
        py::arg("text"), py::kw_only(), py::arg("format") = "auto", py::arg("country") = "US",
        py::arg("max_field_length") = supporter_read_options{}.max_field_length,
        "Reads a supporter list as CRMs export it: CSV or TSV with a header row (columns recognized by\n"
        "name: id, name or first_name and last_name, email, phone, city, state, zip_code, country,\n"
        "preferred_group; others ignored) or JSON Lines. format is 'auto', 'csv', 'tsv' or 'jsonl';\n"
        "country is that of rows naming none. A US row without a state takes its ZIP code's. Bad rows\n"
        "become warnings naming line, row and column, never the values. Raises ParseError for a text\n"
        "without a header naming a name column, ValidationError for a bad country.");
}

}  // namespace advocacy::python
