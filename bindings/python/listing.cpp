// SPDX-License-Identifier: MIT
#include "advocacy/listing.hpp"

#include "bindings.hpp"
#include "casters.hpp"

#include <pybind11/stl.h>

#include <optional>
#include <string>

namespace py = pybind11;

namespace advocacy::python {

void init_listing(py::module_& m) {
    m.def(
        "read_listing",
        [](text_arg text, strict<std::optional<date::sys_days>> reference, strict<std::string> format,
           strict<std::string> campaign_id, strict<std::string> title) {
            listing_options options;
            options.reference = reference.value;
            options.format = parse_listing_format(format.value);
            options.campaign_id = std::move(campaign_id.value);
            options.campaign_title = std::move(title.value);
            const py::gil_scoped_release release;
            return read_listing(text.view, options);
        },
        py::arg("text"), py::kw_only(), py::arg("reference") = py::none(), py::arg("format") = "auto",
        py::arg("campaign_id") = "listing", py::arg("title") = "",
        "Reads an event listing (plain text, Markdown, CSV or TSV with a header row) into an\n"
        "ImportResult: a conference per event line or row, a warning per line that looks like an\n"
        "event but cannot be read in full. format is 'auto' (told from the content: the result's\n"
        ".format says which), 'text', 'markdown', 'csv' or 'tsv'. Dates without a year take the\n"
        "line's year, else the nearest heading's, else the year rule against `reference` (a\n"
        "datetime.date, default today). title (default: the first Markdown heading, else\n"
        "'Listing') names the campaign. Raises ParseError for an empty text, an unknown format or a\n"
        "spreadsheet without a dates column, ValidationError for a bad campaign_id.");
    m.def("detect_listing_format", [](text_arg text) { return std::string(to_string(detect_listing_format(text.view))); },
          py::arg("text"), "The format read_listing(format='auto') reads the text as: 'text', 'markdown', 'csv' or 'tsv'.");
}

}  // namespace advocacy::python
