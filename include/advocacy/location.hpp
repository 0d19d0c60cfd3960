// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Where a conference or a group is: venue, address, city, state, country, time zone, and whether
/// (and where) it can be joined online.

#include "advocacy/compact_string.hpp"
#include "advocacy/detail/fields.hpp"
#include "advocacy/state_code.hpp"

#include <compare>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace advocacy {

/// A place. Plain data, checked by validate() where it enters the model.
struct location {
    // Every member has a default initializer, so designated initializers may leave any out
    // (GCC warns about omitted members that have none).
    compact_string venue{};                    ///< "Hilton Baltimore", may be empty
    std::vector<std::string> address_lines{};  ///< street lines, may be empty
    compact_string locality{};                 ///< city: "Baltimore"
    state_code state{};                        ///< state or province code: "MD", may be empty
    compact_string postal_code{};              ///< may be empty
    compact_string country = "US";             ///< ISO 3166-1 alpha-2
    compact_string time_zone{};                ///< IANA name ("America/New_York"), may be empty
    /// The online part: empty when in person only; "online" when it can be joined online at no
    /// link given; else the joining link, an http(s) URL ("https://zoom.us/j/123"). With a
    /// locality too, the event is hybrid.
    compact_string online{};

    friend auto operator<=>(const location&, const location&) = default;
    friend bool operator==(const location&, const location&) = default;
};

namespace detail {
/// A location's fields by their document names (the state is "region", as vCard's ADR, OSDI and
/// schema.org call it); JSON, Python dicts and the hash derive from this list.
template <>
struct fields_of<location> {
    static constexpr std::tuple list{
        make_field("venue", &location::venue),
        make_field("address_lines", &location::address_lines),
        make_field("locality", &location::locality),
        make_field("region", &location::state),
        make_field("postal_code", &location::postal_code),
        make_field("country", &location::country),
        make_field("time_zone", &location::time_zone),
        make_field("online", &location::online, presence::if_set),
    };
};
}  // namespace detail

/// Throws validation_error naming the field ("location.country", "location.time_zone", ...) when
/// the country is not a code ISO 3166-1 assigns (iso-codes' table; or XK), the time zone is not
/// in the OS time-zone database, a text field holds a line break, or the online part is neither
/// empty, "online" nor an http(s) URL ("location.online": a "javascript:" or "ftp:" link is
/// refused). The state is a state_code, checked where it was made.
/// No field is required: a conference may only know its city, a group only its state.
void validate(const location& place);

/// "Baltimore, MD"; "Baltimore" without a state; the venue first when there is one
/// ("Hilton, Baltimore, MD"); a country other than US last ("Toronto, ON, CA"); "Online" for an
/// online-only place and "Baltimore, MD + online" for a hybrid one (the link is not shown).
auto to_string(const location& place) -> std::string;

/// Writes to_string(place).
auto operator<<(std::ostream& out, const location& place) -> std::ostream&;

}  // namespace advocacy

/// Hashes every field, consistent with ==.
template <>
struct std::hash<advocacy::location> {
    auto operator()(const advocacy::location& place) const noexcept -> std::size_t;
};
