// SPDX-License-Identifier: MIT
#include "advocacy/vcard.hpp"

#include "advocacy/error.hpp"
#include "advocacy/import_result.hpp"
#include "bindings.hpp"
#include "casters.hpp"
#include "gil.hpp"

#include <pybind11/stl.h>

#include <string>
#include <string_view>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto version_of(int number) -> vcard_version {
    if (number == 3) return vcard_version::v3;
    if (number == 4) return vcard_version::v4;
    throw validation_error("version", std::to_string(number) + " is not a vCard version: expected 3 or 4");
}

}  // namespace

void init_vcard(py::module_& m) {
    m.def(
        "to_vcard",
        [](const py::object& source, int version, std::string_view organization) -> std::string {
            const auto v = version_of(version);
            if (py::isinstance<campaign>(source) || py::isinstance<group>(source)) {
                if (!organization.empty()) {
                    throw py::type_error("organization= applies to a list of contacts; a campaign's cards take "
                                         "their group's name");
                }
                if (py::isinstance<campaign>(source)) {
                    return reading_without_gil(source.cast<const campaign&>(),
                                               [&](const campaign& c) { return to_vcard(c, v); });
                }
                return to_vcard(source.cast<const group&>(), v);
            }
            if (py::isinstance<py::str>(source) || !py::isinstance<py::iterable>(source)) {
                throw py::type_error("to_vcard() expects a Campaign, a Group or a list of Contact, got " +
                                     detail::type_name(source));
            }
            std::vector<contact> people;
            std::size_t index = 0;
            for (const auto item : source) {
                if (!py::isinstance<contact>(item)) {
                    throw py::type_error("to_vcard(): item " + std::to_string(index) + " is a " +
                                         detail::type_name(item) +
                                         ", expected a Contact");
                }
                people.push_back(item.cast<contact>());
                ++index;
            }
            const py::gil_scoped_release release;
            return to_vcard(people, organization, v);
        },
        py::arg("source"), py::arg("version") = 4, py::kw_only(), py::arg("organization") = "",
        "Contacts as vCards (version 4 = RFC 6350, 3 = RFC 2426 for older address books).\n\n"
        "`source` is a Campaign (one card per person: a contact in several groups gets an ORG per\n"
        "group, ORG = the group, ADR = its place),\n"
        "a Group, or a list of Contact (ORG = `organization`, left out when empty). Lines end in\n"
        "CRLF and are folded at 75 octets. Raises ValidationError for a contact without a name or a\n"
        "version other than 3 or 4.");

    m.def(
        "read_vcard",
        [](text_arg text) {
            const py::gil_scoped_release release;
            return read_vcard(text.view);
        },
        py::arg("text"),
        "Reads vCards (2.1, 3.0, 4.0: Google Contacts, Apple Contacts, Outlook) into an ImportResult.\n\n"
        "`.campaign` (id 'imported', title 'Contacts') has one Group per organization (ORG), id from\n"
        "its name, place from its people's address (ADR), holding their Contact (FN, ROLE or TITLE,\n"
        "one EMAIL, one TEL); cards without ORG go to the group 'unaffiliated'. `.warnings` names every\n"
        "card left out, the group of cards without ORG, and what a card says that a Contact cannot\n"
        "hold (a second email, a note, ...). A text without a card gives an empty campaign and a\n"
        "warning. `text` is str or UTF-8 bytes (ParseError for other bytes).");
}

}  // namespace advocacy::python
