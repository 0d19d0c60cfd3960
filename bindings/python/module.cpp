// SPDX-License-Identifier: MIT
#include "advocacy/version.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace {

// py::pickle gives a class __getstate__ and a __setstate__ that builds the object in place.
// Protocols 2 and up pair them through copyreg.__newobj__ (cls.__new__, then __setstate__);
// protocols 0 and 1 would go through copyreg._reconstructor, whose object.__new__ makes an
// instance pybind11 never initialized. Every pickled class therefore reduces itself the
// protocol-2 way, whatever the protocol: each protocol (and copy.copy, copy.deepcopy) round-trips.
// For a state a __setstate__ cannot cast (a pickle of another version, or not a pickle of the
// class at all) pybind11 raises a bare RuntimeError ("Unable to cast Python instance to C++
// type") that names neither the class nor what is wrong: each __setstate__ is wrapped so that a
// RuntimeError from it is a TypeError that names the class, the cause chained.
void pickle_with_every_protocol(py::module_& m) {
    const py::object newobj = py::module_::import("copyreg").attr("__newobj__");
    for (const auto item : py::reinterpret_borrow<py::dict>(m.attr("__dict__"))) {
        if (!py::isinstance<py::type>(item.second)) continue;
        const auto cls = py::reinterpret_borrow<py::type>(item.second);
        if (!cls.attr("__dict__").contains("__setstate__")) continue;  // not a py::pickle class
        cls.attr("__reduce_ex__") = py::cpp_function(
            [newobj](const py::object& self, int /*protocol*/) {
                return py::make_tuple(newobj, py::make_tuple(py::type::handle_of(self)), self.attr("__getstate__")());
            },
            py::is_method(cls), py::arg("protocol"));
        const py::object setstate = cls.attr("__dict__")["__setstate__"];
        const std::string refused = py::str(cls.attr("__name__")).cast<std::string>() +
                                    ": the pickled state is not one this version of advocacy writes";
        cls.attr("__setstate__") = py::cpp_function(
            [setstate, refused](const py::object& self, const py::object& state) {
                try {
                    setstate(self, state);
                } catch (py::error_already_set& e) {
                    if (!e.matches(PyExc_RuntimeError)) throw;
                    py::raise_from(e, PyExc_TypeError, refused.c_str());
                    throw py::error_already_set();
                }
            },
            py::is_method(cls), py::arg("state"));
    }
}

}  // namespace

PYBIND11_MODULE(_advocacy, m) {
    m.doc() = "advocacy: campaigns, conferences, local groups and their dates";
    m.attr("__version__") = advocacy::version;
    advocacy::python::init_error(m);
    advocacy::python::init_date_range(m);
    advocacy::python::init_location(m);
    advocacy::python::init_contact(m);
    advocacy::python::init_meeting_schedule(m);
    advocacy::python::init_region_map(m);
    advocacy::python::init_conference(m);
    advocacy::python::init_action(m);
    advocacy::python::init_group(m);
    advocacy::python::init_campaign(m);
    advocacy::python::init_sample(m);
    advocacy::python::init_import_result(m);
    advocacy::python::init_json(m);
    advocacy::python::init_osdi(m);
    advocacy::python::init_icalendar(m);
    advocacy::python::init_vcard(m);
    advocacy::python::init_announcement(m);
    advocacy::python::init_listing(m);
    advocacy::python::init_file(m);
    advocacy::python::init_site(m);
    advocacy::python::init_supporter(m);
    advocacy::python::init_supporter_list(m);
    advocacy::python::init_batch_plan(m);
    advocacy::python::init_plan_message(m);
    pickle_with_every_protocol(m);
}
