// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The names of the model's enumerations (action kinds, target kinds, group kinds), kept as
/// tables of {value, name} pairs: to_string, parse and the "is it one of them" check of each
/// enumeration read its table through these.

#include "advocacy/error.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace advocacy::detail {

template <class Kind, std::size_t N>
using name_table = std::array<std::pair<Kind, std::string_view>, N>;

/// The name of `kind`, or "unknown" for a value outside the table.
template <class Kind, std::size_t N>
auto name_of(const name_table<Kind, N>& names, Kind kind) -> std::string_view {
    for (const auto& [k, name] : names) {
        if (k == kind) return name;
    }
    return "unknown";
}

/// The value named `text`; throws parse_error "unknown <what>; expected one of a, b, c".
template <class Kind, std::size_t N>
auto parse_name(const name_table<Kind, N>& names, std::string_view what, std::string_view text) -> Kind {
    for (const auto& [k, name] : names) {
        if (name == text) return k;
    }
    std::string reason = "unknown " + std::string(what) + "; expected one of ";
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) reason += ", ";
        reason += names[i].second;
    }
    throw parse_error(text, 0, reason);
}

/// Whether `kind` is in the table.
template <class Kind, std::size_t N>
auto is_named(const name_table<Kind, N>& names, Kind kind) -> bool {
    return name_of(names, kind) != "unknown";
}

}  // namespace advocacy::detail
