// SPDX-License-Identifier: MIT
#pragma once

#include <pybind11/pybind11.h>

#include <string>

namespace advocacy::python {

// Warns that `old_name` is deprecated for `new_name` (a DeprecationWarning pointing at the caller's
// line); raises when warnings are errors. Python names outside the naming rule of
// docs/getting_started.md keep working for one release this way. Needs the GIL.
inline void warn_deprecated(const char* old_name, const char* new_name) {
    const std::string message = std::string(old_name) + " is deprecated and will be removed in the next release; use " +
                                new_name + " (the C++ name)";
    if (PyErr_WarnEx(PyExc_DeprecationWarning, message.c_str(), 1) != 0) throw pybind11::error_already_set();
}

}  // namespace advocacy::python
