// SPDX-License-Identifier: MIT
#include "advocacy/osdi.hpp"

#include "bindings.hpp"
#include "gil.hpp"

#include <string>

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
}

}  // namespace advocacy::python
