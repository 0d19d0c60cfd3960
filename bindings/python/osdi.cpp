// SPDX-License-Identifier: MIT
#include "advocacy/osdi.hpp"

#include "advocacy/import_result.hpp"
#include "bindings.hpp"
#include "casters.hpp"
#include "gil.hpp"

#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <utility>

namespace py = pybind11;

namespace advocacy::python {

void init_osdi(py::module_& m) {
    m.def(
        "to_osdi",
        [](const campaign& c) {
            // The C++ side writes the document; json.loads only turns it into Python objects.
            return py::module_::import("json").attr("loads")(py::str(reading_without_gil(c, [](const campaign& x) { return to_osdi(x); })));
        },
        py::arg("campaign"),
        "The campaign as an OSDI HAL+JSON document, as a dict: {'_links': {...}, '_embedded':\n"
        "{'osdi:advocacy_campaigns': [...], 'osdi:events': [...], 'osdi:people': [...]}} with OSDI\n"
        "field names (title, summary, type, templates, targets, start_date, timezone_identifier,\n"
        "location, contact, given_name, email_addresses, phone_numbers, ...).");
    m.def(
        "read_osdi",
        [](text_arg text, std::optional<std::string> campaign_id, std::optional<std::string> campaign_title) {
            osdi_read_options options;
            if (campaign_id) options.campaign_id = std::move(*campaign_id);
            if (campaign_title) options.campaign_title = std::move(*campaign_title);
            const py::gil_scoped_release release;
            return read_osdi(text.view, options);
        },
        py::arg("text"), py::kw_only(), py::arg("campaign_id") = py::none(), py::arg("campaign_title") = py::none(),
        "Reads an OSDI document into an ImportResult: advocacy's own export (read_osdi(to_osdi(c))\n"
        "equals c in every field OSDI carries) or a collection page as OSDI servers (Action Network,\n"
        "...) return it, a HAL+JSON object whose '_embedded' holds 'osdi:events', 'osdi:people' or\n"
        "'osdi:advocacy_campaigns'. `.warnings` names every record left out (line: its 1-based place\n"
        "in its collection). The campaign is the export's own, else `campaign_id` ('imported') and\n"
        "`campaign_title` ('Imported from OSDI'). ParseError for text that is not JSON (with its line\n"
        "and column) or JSON that is not OSDI. `text` is str or UTF-8 bytes.");
}

}  // namespace advocacy::python
