// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A conference: a named event over a range of days, at a place, serving a region.

#include "advocacy/date_range.hpp"
#include "advocacy/location.hpp"

#include <compare>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

namespace advocacy {

/// A regional conference. Plain data, checked by validate() where it enters the model.
struct conference {
    // Every member has a default initializer, so designated initializers may leave any out
    // (GCC warns about omitted members that have none).
    std::string id{};            ///< unique among the campaign's conferences: "mid-atlantic-2015"
    std::string name{};          ///< "Mid Atlantic Regional Conference"
    date_range dates{date::sys_days{}};  ///< the days it runs, both ends included
    location place{};            ///< where
    std::string region{};        ///< the region it serves: "Mid Atlantic"
    std::string registration_url{};  ///< may be empty; otherwise http(s)://
    std::string description{};   ///< may be empty

    friend auto operator<=>(const conference&, const conference&) = default;
    friend bool operator==(const conference&, const conference&) = default;
};

/// Throws validation_error naming the field ("conference \"id\": name", ...): id and name
/// required, id of letters, digits, '-', '_', '.', the location valid (its fields named
/// "conference \"id\": location.country", ...), a URL that starts with http:// or https:// and
/// has no spaces, no line break in the name or region. The region may be empty.
void validate(const conference& event);

/// "Mid Atlantic Regional Conference, Nov 13–15, 2015, Baltimore, MD".
auto to_string(const conference& event) -> std::string;

/// Writes to_string(event).
auto operator<<(std::ostream& out, const conference& event) -> std::ostream&;

}  // namespace advocacy

/// Hashes every field, consistent with ==.
template <>
struct std::hash<advocacy::conference> {
    auto operator()(const advocacy::conference& event) const noexcept -> std::size_t;
};
