// SPDX-License-Identifier: MIT
#include "advocacy/version.hpp"
#include "bindings.hpp"

PYBIND11_MODULE(_advocacy, m) {
    m.doc() = "advocacy: campaigns, conferences, local groups and their dates";
    m.attr("__version__") = advocacy::version;
    advocacy::python::init_error(m);
    advocacy::python::init_date_range(m);
}
