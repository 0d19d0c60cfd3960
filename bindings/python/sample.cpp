// SPDX-License-Identifier: MIT
#include "advocacy/sample.hpp"

#include "bindings.hpp"

namespace py = pybind11;

namespace advocacy::python {

void init_sample(py::module_& m) {
    m.def("sample_campaign", &sample_campaign,
          "The bundled example: the 2015 call to action with its three actions, five regional conferences, "
          "the 2015-08-11 milestone, an illustrative (not official) region map and fictional local groups.");
}

}  // namespace advocacy::python
