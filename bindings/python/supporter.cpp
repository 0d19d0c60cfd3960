// SPDX-License-Identifier: MIT
#include "advocacy/supporter.hpp"

#include "bindings.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto supporter_repr(const supporter& person) -> std::string {
    repr_builder out("Supporter");
    for (const auto& [name, member] : supporter_fields) {
        const auto& value = person.*member;
        if (name == "country" && value == "US") continue;
        out.str(name, value, name != "id" && name != "name");
    }
    if (person.preferred_group) out.str("preferred_group", *person.preferred_group, false);
    return out.done();
}

// The keys a supporter's dict may hold, in supporter_fields' order.
auto known_keys() -> std::string {
    std::string out;
    for (const auto& field : supporter_fields) out += std::string(field.first) + ", ";
    return out + "preferred_group";
}

void check_supporter_keys(const py::dict& d) {
    for (auto item : d) {
        const auto text = py::detail::str_utf8(py::str(item.first));
        if (!text) throw validation_error("supporter.<key>", "a key is not text (it holds a lone surrogate)");
        const std::string key(*text);
        bool known = key == "preferred_group";
        for (const auto& field : supporter_fields) known = known || field.first == key;
        if (!known || !py::isinstance<py::str>(item.first)) {
            throw validation_error("supporter." + key, "unknown key; expected one of " + known_keys());
        }
    }
}

}  // namespace

auto supporter_to_dict(const supporter& person) -> py::dict {
    py::dict d;
    for (const auto& [name, member] : supporter_fields) d[py::str(name.data(), name.size())] = person.*member;
    d["preferred_group"] = person.preferred_group ? py::object(py::str(*person.preferred_group)) : py::none();
    return d;
}

auto supporter_from_dict(py::handle value) -> supporter {
    if (is_instance<supporter>(value)) return value.cast<supporter>();
    auto d = require_dict(value, "supporter");
    check_supporter_keys(d);
    supporter person;
    for (const auto& [name, member] : supporter_fields) {
        const std::string key(name);
        person.*member = get_str(d, key.c_str(), "supporter." + key, person.*member);
    }
    if (const auto group = find_key(d, "preferred_group"); group && !group.is_none()) {
        person.preferred_group = get_str(d, "preferred_group", "supporter.preferred_group");
    }
    validate(person);
    return person;
}

void init_supporter(py::module_& m) {
    py::class_<supporter> cls(m, "Supporter",
                              "A person on the campaign's list: id, name, email, phone, locality, state, postal_code, "
                              "country, preferred_group (a group id or None). Errors name the field, never the "
                              "personal value.");
    cls.def(py::init([](std::string id, std::string name, std::string email, std::string phone, std::string locality,
                        std::string state, std::string postal_code, std::string country,
                        std::optional<std::string> preferred_group) {
                supporter person{.id = std::move(id),
                                 .name = std::move(name),
                                 .email = std::move(email),
                                 .phone = std::move(phone),
                                 .locality = std::move(locality),
                                 .state = std::move(state),
                                 .postal_code = std::move(postal_code),
                                 .country = std::move(country),
                                 .preferred_group = std::move(preferred_group)};
                validate(person);
                return person;
            }),
            py::kw_only(), py::arg("id"), py::arg("name"), py::arg("email") = "", py::arg("phone") = "",
            py::arg("locality") = "", py::arg("state") = "", py::arg("postal_code") = "", py::arg("country") = "US",
            py::arg("preferred_group") = py::none(),
            "id and name are required; ValidationError names a bad field ('supporter.email'), never its value.");
    for (const auto& [name, member] : supporter_fields) cls.def_readwrite(name.data(), member);
    cls.def_readwrite("preferred_group", &supporter::preferred_group, "The id of the group they chose, or None.")
        .def("validate", [](const supporter& person) { validate(person); },
             "Raises ValidationError naming the first bad field.")
        .def("to_dict", &supporter_to_dict, "The fields as a dict: str values, preferred_group str or None.")
        .def_static("from_dict", [](const py::dict& d) { return supporter_from_dict(d); }, py::arg("data"),
                    "A Supporter from to_dict()'s form; 'id' and 'name' are required, unknown keys are refused.")
        .def("to_json", [](const supporter& person) { return to_json(person); },
             "One line of JSON (JSON Lines): the fields in order, preferred_group a string or null.")
        .def_static("from_json", [](std::string_view text) { return supporter_from_json(text); }, py::arg("text"),
                    "Reads to_json()'s form; ParseError for bad JSON or a value that is not a string.")
        .def(py::self == py::self)
        .def("__str__", [](const supporter& person) { return to_string(person); })
        .def("__repr__", &supporter_repr)
        .def(py::pickle([](const supporter& person) { return supporter_to_dict(person); },
                        [](const py::dict& d) { return supporter_from_dict(d); }));
    m.def("state_of_zip", [](std::string_view zip) { return std::string(state_of_zip(zip)); }, py::arg("zip"),
          "The state (or DC, territory, military code) of a US ZIP code by its three-digit prefix after USPS's "
          "list: '55401' gives 'MN'; '' for a prefix not in use.");
}

}  // namespace advocacy::python
