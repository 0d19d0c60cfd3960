// SPDX-License-Identifier: MIT
#include "advocacy/site.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "gil.hpp"

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {

void init_site(py::module_& m) {
    m.def(
        "write_site",
        [](const campaign& c, const std::filesystem::path& path, std::optional<date::sys_days> today,
           strict<std::string> base_url) {
            site_options options;
            options.today = today;
            options.base_url = base_url.value;
            const auto written =
                reading_without_gil(c, [&](const campaign& x) { return write_site(x, path, options); });
            std::vector<std::string> out;
            out.reserve(written.size());
            for (const auto& file : written) out.push_back(file.generic_string());
            return out;
        },
        py::arg("campaign"), py::arg("path"), py::kw_only(), py::arg("today") = py::none(), py::arg("base_url") = "",
        "Writes the campaign as a static web site into the folder path (str or os.PathLike; made when\n"
        "missing): index.html (summary, actions, conference cards, a map of the states by region),\n"
        "a page per state with a group or a region (groups, next meetings, the personal plan as of\n"
        "`today`, a date, default today), calendar feeds (.ics) for the campaign, each region, group\n"
        "and conference with the campaign's UIDs, and style sheets. base_url (an http(s) URL, default\n"
        "none) is where the site is published, for canonical links. Returns the files written,\n"
        "relative to path ('states/mn.html'). Raises ValidationError for a bad base_url, FileError\n"
        "naming a file that cannot be written.");
}

}  // namespace advocacy::python
