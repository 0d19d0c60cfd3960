// SPDX-License-Identifier: MIT
#include "advocacy/json.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "gil.hpp"

#include <pybind11/stl/filesystem.h>

#include <string>
#include <string_view>

namespace py = pybind11;

namespace advocacy::python {

void init_json(py::module_& m) {
    m.attr("json_schema_version") = json_schema_version;

    m.attr("default_max_file_size") = default_max_file_size;
    m.def("load", &load, py::arg("path"), py::arg("max_size") = default_max_file_size, py::call_guard<py::gil_scoped_release>(),
          "Reads a campaign from a JSON file written by save() (path: str or os.PathLike).\n\n"
          "Refuses with FileError anything but a regular file (a FIFO or a device may never end) and a\n"
          "file of more than max_size bytes (default_max_file_size, 1 GiB; errno EFBIG).\n"
          "Raises FileError when the file cannot be read, ParseError for bad JSON (with .line) or a\n"
          "bad value (the reason starts with its JSON pointer, e.g. /conferences/3/dates/first).");
    m.def(
        "save",
        [](const campaign& c, const std::filesystem::path& path) {
            reading_without_gil(c, [&](const campaign& x) { save(x, path); });
        },
        py::arg("campaign"), py::arg("path"),
          "Writes the campaign as JSON to path atomically: a temporary file in the same folder,\n"
          "synced, then renamed over path. On failure raises FileError and leaves no stray file.");

    // init_campaign ran before: add the JSON methods onto its class.
    if (!py::hasattr(m, "Campaign")) return;
    auto cls = py::reinterpret_borrow<py::class_<campaign>>(m.attr("Campaign"));
    cls.def(
        "to_json",
        [](const campaign& self) { return reading_without_gil(self, [](const campaign& x) { return to_json(x); }); },
        "The campaign as a JSON document (2-space indent, fixed key order; schema_version 1, or 2 when a "
        "conference has times).");
    cls.def_static(
        "from_json", [](text_arg text) { return campaign_from_json(text.view); }, py::arg("text"),
        py::call_guard<py::gil_scoped_release>(),
        "Reads a document written by to_json(); Campaign.from_json(c.to_json()) == c.\n\n"
        "Raises ParseError: bad syntax with .line and .position (column - 1), a bad value with a\n"
        "reason that starts with its JSON pointer.");
}

}  // namespace advocacy::python
