// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A local group: who to write to and when it meets.

#include "advocacy/detail/fields.hpp"
#include "advocacy/contact.hpp"
#include "advocacy/location.hpp"
#include "advocacy/meeting_schedule.hpp"

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// What sort of group.
enum class group_kind { local, student, regional_office, national_office, other };

/// "local", "student", "regional_office", ...; "unknown" for a value outside the enumeration.
auto to_string(group_kind kind) -> std::string_view;
/// The kind named by to_string(kind); throws parse_error (listing the accepted names) for any
/// other text.
auto parse_group_kind(std::string_view text) -> group_kind;

/// A group of the organization. Plain data, checked by validate() where it enters the model.
struct group {
    // Every member has a default initializer, so designated initializers may leave any out
    // (GCC warns about omitted members that have none).
    compact_string id{};                 ///< unique among the campaign's groups
    compact_string name{};               ///< required
    group_kind kind = group_kind::local;
    location place{};                    ///< place.state is the state it is in
    compact_string region{};             ///< the campaign region it belongs to, may be empty
    std::vector<contact> contacts{};
    std::optional<meeting_schedule> meetings{};
    compact_string website{};            ///< may be empty; otherwise http(s)://

    friend bool operator==(const group&, const group&) = default;
};

namespace detail {
/// A group's fields by their document names; JSON, Python dicts and the hash derive from it.
template <>
struct fields_of<group> {
    static constexpr std::tuple list{
        make_field("id", &group::id, presence::required),
        make_field("name", &group::name, presence::required),
        make_field("kind", &group::kind),
        make_field("place", &group::place),
        make_field("region", &group::region),
        make_field("website", &group::website),
        make_field("contacts", &group::contacts),
        make_field("meetings", &group::meetings),
    };
};
}  // namespace detail

/// Throws validation_error naming the field ("group \"id\": contacts[0].email", ...): id (letters,
/// digits, '-', '_', '.') and name required, the location and every contact valid, a website
/// that starts with http:// or https://, no line break in the name or region.
void validate(const group& g);

/// "Twin Cities Group 55 (Minneapolis, MN)".
auto to_string(const group& g) -> std::string;

/// Writes to_string(g).
auto operator<<(std::ostream& out, const group& g) -> std::ostream&;

}  // namespace advocacy

/// Hashes every field, consistent with ==.
template <>
struct std::hash<advocacy::group> {
    auto operator()(const advocacy::group& g) const noexcept -> std::size_t;
};
