// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The US state, district, territory or military mail code of a ZIP code, by its first three
/// digits, after the USPS's list of three-digit ZIP Code prefixes (see src/detail/zip_prefixes.cpp).

#include <span>
#include <string_view>

namespace advocacy::detail {

/// A run of three-digit ZIP prefixes USPS assigns to one state (or DC, a territory, or military
/// mail: AA, AE, AP).
struct zip_prefix_range {
    int first;               ///< 0..999
    int last;                ///< 0..999, >= first
    std::string_view state;  ///< "MN"
};

/// Every range, in prefix order, without overlaps; prefixes in no range are not in use.
auto zip_prefix_table() noexcept -> std::span<const zip_prefix_range>;

/// The code of a ZIP code's state: its first three characters must be digits (the rest is not
/// looked at, except for the prefixes 967 and 969 that several territories share: those need five
/// digits). Empty for a prefix not in use, a shared prefix without its five digits, or text that
/// does not start with three digits.
auto zip_state(std::string_view zip) noexcept -> std::string_view;

}  // namespace advocacy::detail
