// SPDX-License-Identifier: MIT
#include "advocacy/date_range.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "deprecation.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <string_view>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto options_for(std::optional<date::sys_days> reference) -> parse_options {
    return parse_options{.reference = reference};
}

// The batch call borrows each str's cached UTF-8 rather than copying it, and parses without the
// GIL: this is the path bulk imports take.
auto parse_many(const py::object& texts, strict<std::optional<date::sys_days>> reference) -> py::list {
    std::vector<py::object> keep;  // keeps the str objects (and their UTF-8) alive
    std::vector<std::string_view> views;
    if (py::isinstance<py::str>(texts) || !py::isinstance<py::iterable>(texts)) {
        throw py::type_error("parse_date_ranges() takes an iterable of str, not " +
                             (py::isinstance<py::str>(texts) ? std::string("a single str") : detail::type_name(texts)));
    }
    for (py::handle item : texts) {
        if (!PyUnicode_Check(item.ptr())) {
            throw py::type_error("parse_date_ranges(): item " + std::to_string(views.size()) + " is " +
                                 detail::type_name(item) + ", not str");
        }
        keep.push_back(py::reinterpret_borrow<py::object>(item));
        views.push_back(detail::utf8_text(item));
    }
    std::vector<date_range> ranges;
    {
        py::gil_scoped_release release;
        ranges = parse_date_ranges(std::span<const std::string_view>(views), options_for(reference.value));
    }
    py::list out(ranges.size());
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        out[i] = py::cast(ranges[i]);
    }
    return out;
}

}  // namespace

void init_date_range(py::module_& m) {
    py::class_<date_range>(m, "DateRange", "A closed range of calendar days [first, last].")
        .def(py::init<date::sys_days, date::sys_days>(), py::arg("first"), py::arg("last"),
             "The days first to last, both included; ValidationError if last < first.")
        .def(py::init<date::sys_days>(), py::arg("day"), "A one-day range.")
        .def_static(
            "parse",
            [](text_arg text, strict<std::optional<date::sys_days>> reference) {
                return parse_date_range(text.view, options_for(reference.value));
            },
            py::arg("text"), py::arg("reference") = py::none(),
            "Reads a range as people write it ('Nov 13-15', '13-15 November 2015', '2015-11-13/15'). "
            "A text without a year takes the earliest year in which it ends on or after `reference` "
            "(default: today, UTC).")
        .def_property_readonly("first", &date_range::first, "The first day.")
        .def_property_readonly("last", &date_range::last, "The last day (included).")
        .def_property_readonly("days", &date_range::days, "The number of days, both ends counted.")
        .def("to_iso", &to_iso, "ISO 8601: '2015-11-13/2015-11-15', or '2015-11-07' for one day (to_iso(range)).")
        .def(
            "iso",
            [](const date_range& r) {
                warn_deprecated("DateRange.iso()", "DateRange.to_iso() or advocacy.to_iso(range)");
                return to_iso(r);
            },
            "Deprecated: to_iso(), the C++ name.")
        .def("overlaps", &date_range::overlaps, py::arg("other"), "Whether the ranges share a day.")
        .def("intersection", &date_range::intersection, py::arg("other"),
             "The days both ranges share, or None.")
        .def("__contains__", py::overload_cast<date::sys_days>(&date_range::contains, py::const_), py::arg("day"))
        .def("__contains__", py::overload_cast<const date_range&>(&date_range::contains, py::const_),
             py::arg("other"))
        .def("__len__", &date_range::days)
        .def(
            "__iter__", [](const date_range& r) { return py::make_iterator(r.begin(), r.end()); },
            py::keep_alive<0, 1>())
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def("__hash__", [](const date_range& r) { return std::hash<date_range>{}(r); })
        .def("__str__", [](const date_range& r) { return to_string(r); })
        .def("__repr__",
             [](const date_range& r) {
                 // DateRange(datetime.date(2015, 11, 13), datetime.date(2015, 11, 15)): evaluates to r
                 return "DateRange(" + py::repr(py::cast(r.first())).cast<std::string>() + ", " +
                        py::repr(py::cast(r.last())).cast<std::string>() + ")";
             })
        .def(py::pickle([](const date_range& r) { return py::make_tuple(r.first(), r.last()); },
                        [](const py::tuple& t) {
                            if (t.size() != 2) throw py::value_error("DateRange pickle: expected (first, last)");
                            return date_range(t[0].cast<date::sys_days>(), t[1].cast<date::sys_days>());
                        }));

    m.def("to_iso", &to_iso, py::arg("range"), "ISO 8601: '2015-11-13/2015-11-15', or '2015-11-07' for one day.");
    m.def(
        "parse_date_range",
        [](text_arg text, strict<std::optional<date::sys_days>> reference) {
            return parse_date_range(text.view, options_for(reference.value));
        },
        py::arg("text"), py::arg("reference") = py::none(), "DateRange.parse(text, reference), by its C++ name.");
    m.def(
        "parse_days",
        [](text_arg text, strict<std::optional<date::sys_days>> reference) {
            return parse_days(text.view, options_for(reference.value));
        },
        py::arg("text"), py::arg("reference") = py::none(),
        "Reads a list of days and ranges ('June 12 & 16, 2026', 'Nov 28 & Dec 1, 2025', 'May 3, 10 and 17', "
        "'May 3-4 & 10-11, 2026'); a single range gives a list of one. The ranges come in order, each day once; "
        "anything else is a ParseError naming the days. The year rule and `reference` are parse_date_range's.");
    m.def("parse_date_ranges", &parse_many, py::arg("texts"), py::arg("reference") = py::none(),
          "Reads many date range texts with one reference day; a ParseError names the index of the bad text.");
}

}  // namespace advocacy::python
