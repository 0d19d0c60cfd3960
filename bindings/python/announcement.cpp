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
    // The shared importer types under the names this reader's results had first.
    m.attr("AnnouncementWarning") = m.attr("ImportWarning");
    m.attr("AnnouncementResult") = m.attr("ImportResult");

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
        "Returns an ImportResult; lines it cannot place are in .warnings. Raises ParseError\n"
        "for a text without content, ValidationError for a bad campaign_id.");
}

}  // namespace advocacy::python
