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
        "The campaign as an OSDI-shaped dict: {'osdi:advocacy_campaigns': [...], 'osdi:events':\n"
        "[...], 'osdi:people': [...]} with OSDI field names (title, start_date, all_day_date,\n"
        "location, given_name, email_addresses, ...). Export only.");
}

}  // namespace advocacy::python
