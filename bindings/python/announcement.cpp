// SPDX-License-Identifier: MIT
#include "advocacy/announcement.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {

void init_announcement(py::module_& m) {
    py::class_<announcement_warning>(m, "AnnouncementWarning",
                                     "A line parse_announcement could not place: its 1-based line number, its "
                                     "text and why.")
        .def(py::init([](std::size_t line, std::string text, std::string reason) {
                 return announcement_warning{line, std::move(text), std::move(reason)};
             }),
             py::arg("line"), py::arg("text"), py::arg("reason"))
        .def_readonly("line", &announcement_warning::line, "1-based line number in the text.")
        .def_readonly("text", &announcement_warning::text, "The line, without surrounding white space.")
        .def_readonly("reason", &announcement_warning::reason, "What was wrong and what was expected.")
        .def(py::self == py::self)  // NOLINT(misc-redundant-expression)
        .def("__str__", [](const announcement_warning& w) { return to_string(w); })
        .def("__repr__",
             [](const announcement_warning& w) {
                 return repr_builder("AnnouncementWarning")
                     .raw("line", std::to_string(w.line))
                     .str("text", w.text, false)
                     .str("reason", w.reason, false)
                     .done();
             })
        .def(py::pickle([](const announcement_warning& w) { return py::make_tuple(w.line, w.text, w.reason); },
                        [](const py::tuple& t) {
                            if (t.size() != 3) throw py::value_error("AnnouncementWarning pickle: expected (line, text, reason)");
                            return announcement_warning{t[0].cast<std::size_t>(), t[1].cast<std::string>(),
                                                        t[2].cast<std::string>()};
                        }));

    py::class_<announcement_result>(m, "AnnouncementResult",
                                    "What parse_announcement found: .campaign and .warnings.")
        .def_property_readonly(
            "campaign", [](const announcement_result& r) { return r.value; }, "The campaign read from the text (a copy).")
        .def_property_readonly(
            "warnings", [](const announcement_result& r) { return tuple_of(r.warnings); },
            "Lines that could not be placed (tuple of AnnouncementWarning), in line order.")
        .def("__repr__",
             [](const announcement_result& r) {
                 return repr_builder("AnnouncementResult")
                     .str("title", r.value.title(), false)
                     .raw("conferences", std::to_string(r.value.conferences().size()))
                     .raw("actions", std::to_string(r.value.actions().size()))
                     .raw("milestones", std::to_string(r.value.milestones().size()))
                     .raw("warnings", std::to_string(r.warnings.size()))
                     .done();
             })
        .def(py::pickle(
            [](const announcement_result& r) { return py::make_tuple(py::cast(r.value), py::cast(r.warnings)); },
            [](const py::tuple& t) {
                if (t.size() != 2) throw py::value_error("AnnouncementResult pickle: expected (campaign, warnings)");
                return announcement_result{t[0].cast<campaign>(), t[1].cast<std::vector<announcement_warning>>()};
            }));

    m.def(
        "parse_announcement",
        [](text_arg text, strict<std::optional<date::sys_days>> reference, strict<std::string> campaign_id,
           strict<std::string> organization) {
            announcement_options options;
            options.reference = reference.value;
            options.campaign_id = std::move(campaign_id.value);
            options.organization = std::move(organization.value);
            const py::gil_scoped_release release;
            return parse_announcement(text.view, options);
        },
        py::arg("text"), py::arg("reference") = py::none(), py::kw_only(), py::arg("campaign_id") = "announcement",
        py::arg("organization") = "",
        "Reads a plain-text call to action into a campaign: its title, milestones for the full\n"
        "dates in its prose, an action per numbered item, a conference per event line\n"
        "'<name> <dates> - <City>, <ST>'. Dates without a year are read against `reference`\n"
        "(a datetime.date), by default the first full date in the text, else today.\n\n"
        "Returns an AnnouncementResult; lines it cannot place are in .warnings. Raises ParseError\n"
        "for a text without content, ValidationError for a bad campaign_id.");
}

}  // namespace advocacy::python
