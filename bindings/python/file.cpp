// SPDX-License-Identifier: MIT
#include "advocacy/file.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "gil.hpp"

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <optional>
#include <string>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto options_of(const std::string& format, std::uintmax_t max_size, std::optional<date::sys_days> reference)
    -> load_options {
    load_options options;
    options.format = parse_file_format(format);
    options.max_size = max_size;
    options.reference = reference;
    return options;
}

}  // namespace

void init_file(py::module_& m) {
    m.attr("default_max_file_size") = default_max_file_size;

    // The warnings load() issues: a heap type made once at import, held by the module.
    PyObject* warning = PyErr_NewExceptionWithDoc(
        "advocacy.LoadWarning", "What load() read in a file but left out: one warning per record.", PyExc_UserWarning, nullptr);
    if (warning == nullptr) throw py::error_already_set();
    m.add_object("LoadWarning", py::handle(warning));

    m.def(
        "load",
        [warning](const std::filesystem::path& path, strict<std::string> format, std::uintmax_t max_size,
                  strict<std::optional<date::sys_days>> reference) {
            const auto options = options_of(format.value, max_size, reference.value);
            auto result = [&] {
                const py::gil_scoped_release release;
                return import_file(path, options);
            }();
            for (const auto& w : result.warnings) {
                const auto message = path.string() + ":" + to_string(w);
                if (PyErr_WarnEx(warning, message.c_str(), 1) != 0) throw py::error_already_set();
            }
            return std::move(result.value);
        },
        py::arg("path"), py::arg("format") = "auto", py::kw_only(), py::arg("max_size") = default_max_file_size,
        py::arg("reference") = py::none(),
        "Reads a campaign from a file (path: str or os.PathLike) in the format named: 'json',\n"
        "'icalendar', 'vcard', 'listing', 'text' (an announcement, or a listing of plain lines), or\n"
        "'auto' (the default): the one its extension names (.json, .ics, .vcf, .md, .csv, .tsv,\n"
        ".txt), else the one its content shows. What the file holds is checked: a .json file holding a\n"
        "calendar raises ParseError (name its format to read it all the same).\n\n"
        "What the model cannot hold is left out, each record with a LoadWarning ('PATH:line N: ...');\n"
        "import_file() gives them as data, and warnings.simplefilter('error', LoadWarning) refuses\n"
        "them. reference (a datetime.date) is the day dates without a year are read against in\n"
        "announcements and listings. Raises FileError (naming the path) when the file cannot be read,\n"
        "is not a regular file or is larger than max_size bytes; ParseError for bad content;\n"
        "ValidationError for a format that cannot be read ('osdi') and ParseError for an unknown one.");
    m.def(
        "import_file",
        [](const std::filesystem::path& path, strict<std::string> format, std::uintmax_t max_size,
           strict<std::optional<date::sys_days>> reference) {
            const auto options = options_of(format.value, max_size, reference.value);
            const py::gil_scoped_release release;
            auto result = import_file(path, options);
            return import_result{std::move(result.value), std::move(result.warnings), std::string(to_string(result.format))};
        },
        py::arg("path"), py::arg("format") = "auto", py::kw_only(), py::arg("max_size") = default_max_file_size,
        py::arg("reference") = py::none(),
        "Reads a file as load() does into an ImportResult: the campaign, the records left out as\n"
        "warnings, and the format read ('json', 'icalendar', 'vcard', 'listing' or 'text').");
    m.def(
        "save",
        [](const campaign& c, const std::filesystem::path& path, strict<std::string> format) {
            const auto named = parse_file_format(format.value);
            reading_without_gil(c, [&](const campaign& x) { save(x, path, named); });
        },
        py::arg("campaign"), py::arg("path"), py::arg("format") = "auto",
        "Writes the campaign to path atomically (a temporary file in the same folder, synced, then\n"
        "renamed over path) in the format named: 'json', 'icalendar', 'vcard', 'osdi', or 'auto' (the\n"
        "default): the one the extension names (.json, .ics, .vcf), JSON for a path without one.\n"
        "Raises ValidationError, before touching the file, for a format that cannot be written (a\n"
        "listing or text: .md, .csv, .tsv, .txt) or an extension that names none; FileError (naming\n"
        "the path) when the file cannot be written, leaving any previous file whole.");
}

}  // namespace advocacy::python
