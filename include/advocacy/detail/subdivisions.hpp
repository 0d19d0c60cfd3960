// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The states and provinces the readers know by name: the US states, the District of Columbia,
/// the US territories and the "states" of military mail (AA, AE, AP), and the Canadian provinces,
/// each with its code as the model holds it (location::region) and its country. One table for
/// every reader (vCard addresses, listings) and for the command's check of a state.

#include "advocacy/detail/text.hpp"

#include <array>
#include <string_view>

namespace advocacy::detail {

struct subdivision {
    std::string_view name;     ///< in lower case, as compared after ascii_lower
    std::string_view code;     ///< "MN"
    std::string_view country;  ///< "US", "CA"
};

inline constexpr std::array<subdivision, 73> subdivisions{{
    {"alabama", "AL", "US"}, {"alaska", "AK", "US"}, {"arizona", "AZ", "US"}, {"arkansas", "AR", "US"},
    {"california", "CA", "US"}, {"colorado", "CO", "US"}, {"connecticut", "CT", "US"}, {"delaware", "DE", "US"},
    {"district of columbia", "DC", "US"}, {"florida", "FL", "US"}, {"georgia", "GA", "US"}, {"hawaii", "HI", "US"},
    {"idaho", "ID", "US"}, {"illinois", "IL", "US"}, {"indiana", "IN", "US"}, {"iowa", "IA", "US"},
    {"kansas", "KS", "US"}, {"kentucky", "KY", "US"}, {"louisiana", "LA", "US"}, {"maine", "ME", "US"},
    {"maryland", "MD", "US"}, {"massachusetts", "MA", "US"}, {"michigan", "MI", "US"}, {"minnesota", "MN", "US"},
    {"mississippi", "MS", "US"}, {"missouri", "MO", "US"}, {"montana", "MT", "US"}, {"nebraska", "NE", "US"},
    {"nevada", "NV", "US"}, {"new hampshire", "NH", "US"}, {"new jersey", "NJ", "US"}, {"new mexico", "NM", "US"},
    {"new york", "NY", "US"}, {"north carolina", "NC", "US"}, {"north dakota", "ND", "US"}, {"ohio", "OH", "US"},
    {"oklahoma", "OK", "US"}, {"oregon", "OR", "US"}, {"pennsylvania", "PA", "US"}, {"rhode island", "RI", "US"},
    {"south carolina", "SC", "US"}, {"south dakota", "SD", "US"}, {"tennessee", "TN", "US"}, {"texas", "TX", "US"},
    {"utah", "UT", "US"}, {"vermont", "VT", "US"}, {"virginia", "VA", "US"}, {"washington", "WA", "US"},
    {"west virginia", "WV", "US"}, {"wisconsin", "WI", "US"}, {"wyoming", "WY", "US"}, {"puerto rico", "PR", "US"},
    {"american samoa", "AS", "US"}, {"guam", "GU", "US"}, {"northern mariana islands", "MP", "US"},
    {"united states virgin islands", "VI", "US"}, {"u.s. virgin islands", "VI", "US"},
    {"united states minor outlying islands", "UM", "US"}, {"armed forces americas", "AA", "US"},
    {"armed forces europe", "AE", "US"}, {"armed forces pacific", "AP", "US"},
    {"alberta", "AB", "CA"}, {"british columbia", "BC", "CA"}, {"manitoba", "MB", "CA"},
    {"new brunswick", "NB", "CA"}, {"newfoundland and labrador", "NL", "CA"}, {"nova scotia", "NS", "CA"},
    {"ontario", "ON", "CA"}, {"prince edward island", "PE", "CA"}, {"quebec", "QC", "CA"}, {"québec", "QC", "CA"},
    {"saskatchewan", "SK", "CA"}, {"yukon", "YT", "CA"},
}};

/// The row named `name` (compared without ASCII case), nullptr if none.
inline auto subdivision_named(std::string_view name) noexcept -> const subdivision* {
    for (const auto& s : subdivisions) {
        if (equal_ignoring_case(s.name, name)) return &s;
    }
    return nullptr;
}

/// The row whose code is `code` in `country`, nullptr if none.
inline auto subdivision_coded(std::string_view code, std::string_view country) noexcept -> const subdivision* {
    for (const auto& s : subdivisions) {
        if (s.code == code && s.country == country) return &s;
    }
    return nullptr;
}

}  // namespace advocacy::detail
