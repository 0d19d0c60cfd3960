// SPDX-License-Identifier: MIT
#include "advocacy/contact.hpp"

#include "bindings.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto contact_repr(const contact& person) -> std::string {
    return repr_builder("Contact")
        .str("name", person.name, false)
        .str("role", person.role)
        .str("email", person.email)
        .str("phone", person.phone)
        .done();
}

}  // namespace

auto contact_to_dict(const contact& person) -> py::dict { return fields_to_dict(person); }

auto contact_from_dict(py::handle value, const std::string& field) -> contact {
    if (is_instance<contact>(value)) return value.cast<contact>();
    auto person = fields_from_dict<contact>(require_dict(value, field), field + ".");
    validate_as(field, "contact", [&] { validate(person); });
    return person;
}

void init_contact(py::module_& m) {
    py::class_<contact>(m, "Contact",
                        "A person to reach: name, role, email, phone. str() gives "
                        "'Dana Reyes (Group coordinator) <dana@example.org>, (612) 555-0143'.")
        .def(py::init([](std::string name, std::string role, std::string email, std::string phone) {
                 contact person{.name = std::move(name),
                                .role = std::move(role),
                                .email = std::move(email),
                                .phone = std::move(phone)};
                 validate(person);
                 return person;
             }),
             py::kw_only(), py::arg("name"), py::arg("role") = "", py::arg("email") = "", py::arg("phone") = "",
             "name is required; ValidationError names a bad field (an email needs one @ and a dot in the "
             "domain, a phone digits, spaces, + ( ) - . / and an optional extension).")
        .def_readwrite("name", &contact::name, "The person's name (required).")
        .def_readwrite("role", &contact::role, "'Group coordinator', may be empty.")
        .def_readwrite("email", &contact::email, "May be empty.")
        .def_readwrite("phone", &contact::phone, "As written: '(612) 555-0143', may be empty.")
        .def_property_readonly("phone_digits", &contact::phone_digits,
                               "The phone's digits only ('6125550143'), a leading + kept, no extension.")
        .def("validate", [](const contact& person) { validate(person); },
             "Raises ValidationError naming the first bad field.")
        .def("to_dict", &contact_to_dict, "The fields as a dict of str.")
        .def_static("from_dict", [](const py::dict& d) { return contact_from_dict(d); }, py::arg("data"),
                    "A Contact from to_dict()'s form; 'name' is required, unknown keys are refused.")
        .def(py::self == py::self)
        .def("__str__", [](const contact& person) { return to_string(person); })
        .def("__repr__", &contact_repr)
        .def(py::pickle([](const contact& person) { return contact_to_dict(person); },
                        [](const py::dict& d) { return contact_from_dict(d); }));
}

}  // namespace advocacy::python
