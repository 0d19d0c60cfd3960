// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The calendar words and marks that readers and writers share: English month and weekday names
/// (index 0 = January, 0 = Sunday as date::weekday::c_encoding() counts), RFC 5545 weekday codes,
/// ordinal suffixes and the en dash of "Nov 13–15".

#include <array>
#include <string_view>

namespace advocacy::detail {

inline constexpr std::array<std::string_view, 12> month_abbr{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr std::array<std::string_view, 12> month_names{"January", "February", "March",     "April",
                                                              "May",     "June",     "July",      "August",
                                                              "September", "October", "November", "December"};
inline constexpr std::array<std::string_view, 7> weekday_abbr{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
inline constexpr std::array<std::string_view, 7> weekday_names{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                               "Thursday", "Friday", "Saturday"};
/// BYDAY codes of RFC 5545 3.3.10.
inline constexpr std::array<std::string_view, 7> weekday_codes{"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

inline constexpr std::string_view en_dash = "\xE2\x80\x93";

/// "st", "nd", "rd" or "th" for a non-negative `n`: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st.
constexpr auto ordinal_suffix(long long n) noexcept -> std::string_view {
    if (n % 100 >= 11 && n % 100 <= 13) return "th";
    switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
    }
}

}  // namespace advocacy::detail
