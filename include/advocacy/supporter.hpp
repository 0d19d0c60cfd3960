// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A supporter: a person on a campaign's list (an export of the organization's CRM), who gets
/// the plan for where they live. Personal data: no message of the library repeats a
/// supporter's name, email or phone.

#include <array>
#include <compare>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace advocacy {

/// A supporter. Plain data, checked by validate() where it enters the model (the readers, the
/// Python constructor).
struct supporter {
    // Every member has a default initializer, so designated initializers may leave any out
    // (GCC warns about omitted members that have none).
    std::string id{};           ///< required: the CRM's id, or one the reader gave ("line-12")
    std::string name{};         ///< required: as the person is addressed ("Dana Reyes")
    std::string email{};        ///< may be empty; otherwise one @, a dot in the domain, no spaces
    std::string phone{};        ///< as written ("(612) 555-0143"), may be empty
    std::string locality{};     ///< city or town, may be empty
    std::string state{};        ///< state or province code ("MN"), may be empty
    std::string postal_code{};  ///< ZIP code in the US ("55401", "55401-1234"), may be empty
    std::string country = "US";  ///< ISO 3166-1 alpha-2
    std::optional<std::string> preferred_group{};  ///< the id of the group they chose, if any

    friend auto operator<=>(const supporter&, const supporter&) = default;
    friend bool operator==(const supporter&, const supporter&) = default;
};

/// The text fields of a supporter in their order, by the names JSON, Python dicts and the
/// readers' columns use; preferred_group ("preferred_group", absent or null when none) follows
/// them. Everything that lists a supporter's fields derives from this table.
inline constexpr std::array<std::pair<std::string_view, std::string supporter::*>, 8> supporter_fields{{
    {"id", &supporter::id},
    {"name", &supporter::name},
    {"email", &supporter::email},
    {"phone", &supporter::phone},
    {"locality", &supporter::locality},
    {"state", &supporter::state},
    {"postal_code", &supporter::postal_code},
    {"country", &supporter::country},
}};

/// Throws validation_error naming the field ("supporter.email", ...), never its value: id
/// required (ASCII letters, digits, '-', '_', '.'), name required and visible, email and phone
/// as a contact's (see contact.hpp) when given, state 1-3 upper-case letters or digits, country
/// an ISO 3166-1 code, a US postal code five digits or ZIP+4 ("55401-1234"), preferred_group an
/// id when given, no field with a line break.
void validate(const supporter& person);

/// "Dana Reyes <dana@example.org>, Minneapolis, MN 55401": parts left out when empty.
auto to_string(const supporter& person) -> std::string;

/// Writes to_string(person).
auto operator<<(std::ostream& out, const supporter& person) -> std::ostream&;

/// The supporter as one line of JSON, for JSON Lines: {"id": ..., "name": ..., ...} with the
/// fields of supporter_fields in their order, then "preferred_group" (a string, or null).
/// Throws validation_error naming the field for text that is not valid UTF-8.
auto to_json(const supporter& person) -> std::string;

/// Reads to_json()'s form: supporter_from_json(to_json(s)) == s. Unknown keys are ignored;
/// "country" defaults to "US". Throws parse_error for bad JSON (with its offset) or a member
/// that is not a string (its JSON pointer, "/email: expected a string, got number"), and
/// validation_error for a supporter validate() refuses.
auto supporter_from_json(std::string_view text) -> supporter;

/// The state of a US ZIP code by its first three digits ("55401" and "554" give "MN"), after
/// USPS's list of three-digit ZIP Code prefixes (DMM list L002; see src/detail/zip_prefixes.cpp
/// and docs/supporters.md): the two-letter code of a state, "DC", a territory ("PR", "VI", "GU",
/// "AS", "MP", "FM", "MH", "PW") or military mail ("AA", "AE", "AP"). The prefixes 967 and 969,
/// which Hawaii and the Pacific territories share, need all five digits. Empty when the text does
/// not start with three digits or its prefix is not in use.
auto state_of_zip(std::string_view zip) noexcept -> std::string_view;

}  // namespace advocacy

/// Hashes every field, consistent with ==.
template <>
struct std::hash<advocacy::supporter> {
    auto operator()(const advocacy::supporter& person) const noexcept -> std::size_t;
};
