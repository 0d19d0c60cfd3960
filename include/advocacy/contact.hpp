// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A person to reach: name, role, email, phone.

#include "advocacy/compact_string.hpp"
#include "advocacy/detail/fields.hpp"

#include <compare>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace advocacy {

/// A contact person of a group. Plain data, checked by validate() where it enters the model.
struct contact {
    // Every member has a default initializer, so designated initializers may leave any out
    // (GCC warns about omitted members that have none).
    compact_string name{};   ///< required
    compact_string role{};   ///< "Group coordinator", may be empty
    compact_string email{};  ///< may be empty; otherwise one @, a dot in the domain, no spaces
    compact_string phone{};  ///< as written ("(612) 555-0143"), may be empty

    /// The phone's digits only ("6125550143"), a leading + kept; an extension ("x12") is left out.
    auto phone_digits() const -> std::string;

    friend auto operator<=>(const contact&, const contact&) = default;
    friend bool operator==(const contact&, const contact&) = default;
};

namespace detail {
/// A contact's fields by their document names; JSON, Python dicts and the hash derive from it.
template <>
struct fields_of<contact> {
    static constexpr std::tuple list{
        make_field("name", &contact::name, presence::required),
        make_field("role", &contact::role),
        make_field("email", &contact::email),
        make_field("phone", &contact::phone),
    };
};
}  // namespace detail

/// Throws validation_error naming the field ("contact.name", "contact.email", "contact.phone")
/// when the name is empty, the email does not look like one, or the phone has no digits or
/// characters other than digits, spaces and + ( ) - . / and an extension ("x123", "ext. 12"),
/// a + anywhere but first, or any field holds a line break.
void validate(const contact& person);

/// "Dana Reyes (Group coordinator) <dana@example.org>, (612) 555-0143", parts left out when empty.
auto to_string(const contact& person) -> std::string;

/// Writes to_string(person).
auto operator<<(std::ostream& out, const contact& person) -> std::ostream&;

}  // namespace advocacy

/// Hashes every field, consistent with ==.
template <>
struct std::hash<advocacy::contact> {
    auto operator()(const advocacy::contact& person) const noexcept -> std::size_t;
};
