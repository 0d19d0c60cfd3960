// SPDX-License-Identifier: MIT
#pragma once

// One init function per binding file; module.cpp calls them in dependency order.

#include <pybind11/pybind11.h>

namespace advocacy::python {

void init_error(pybind11::module_& m);
void init_date_range(pybind11::module_& m);

}  // namespace advocacy::python
