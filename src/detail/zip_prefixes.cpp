// SPDX-License-Identifier: MIT
#include "advocacy/detail/zip_prefixes.hpp"

#include "advocacy/detail/text.hpp"

#include <algorithm>
#include <array>

namespace advocacy::detail {
namespace {

// The three-digit ZIP Code prefixes in use and the state each serves, after the USPS Domestic
// Mail Manual, list L002 "3-Digit ZIP Code Prefix Matrix" (https://pe.usps.com/text/dmm300/L002.htm,
// as of 2024-08-01):
// a prefix belongs to one state, the District of Columbia, a territory (PR, VI; the Pacific
// islands share 967 and 969, see below) or military mail (AA the Americas, AE Europe and the
// Middle East, AP the Pacific). A few prefixes serve a state outside its main run: 005 (NY, the
// IRS at Holtsville), 055 (MA, Andover), 201 (VA, Dulles), 569 (DC, parcel returns: 56982 and 56985, which L002 does not list), 733 (TX,
// Austin), 885 (TX, El Paso), 398-399 (GA). The prefixes between the runs are not in use
// (000-004, 213, 269, 343, 345, 348, 353, 419, 428-429, 517-519, 529, 533, 536, 552, 568,
// 578-579, 589, 621, 632, 642-643, 659, 663, 682, 694-699, 702, 709, 715, 732, 742, 771, 817-819,
// 839, 848-849, 854, 858, 861-862, 866-869, 872, 886-888, 892, 896, 899, 909, 929, 987): a ZIP
// code starting with one is a typing error, and no state is guessed for it.
constexpr std::array<zip_prefix_range, 96> ranges{{
    {5, 5, "NY"},
    {6, 7, "PR"},
    {8, 8, "VI"},
    {9, 9, "PR"},
    {10, 27, "MA"},
    {28, 29, "RI"},
    {30, 38, "NH"},
    {39, 49, "ME"},
    {50, 54, "VT"},
    {55, 55, "MA"},
    {56, 59, "VT"},
    {60, 69, "CT"},
    {70, 89, "NJ"},
    {90, 99, "AE"},
    {100, 149, "NY"},
    {150, 196, "PA"},
    {197, 199, "DE"},
    {200, 200, "DC"},
    {201, 201, "VA"},
    {202, 205, "DC"},
    {206, 212, "MD"},
    {214, 219, "MD"},
    {220, 246, "VA"},
    {247, 268, "WV"},
    {270, 289, "NC"},
    {290, 299, "SC"},
    {300, 319, "GA"},
    {320, 339, "FL"},
    {340, 340, "AA"},
    {341, 342, "FL"},
    {344, 344, "FL"},
    {346, 347, "FL"},
    {349, 349, "FL"},
    {350, 352, "AL"},
    {354, 369, "AL"},
    {370, 385, "TN"},
    {386, 397, "MS"},
    {398, 399, "GA"},
    {400, 418, "KY"},
    {420, 427, "KY"},
    {430, 459, "OH"},
    {460, 479, "IN"},
    {480, 499, "MI"},
    {500, 516, "IA"},
    {520, 528, "IA"},
    {530, 532, "WI"},
    {534, 535, "WI"},
    {537, 549, "WI"},
    {550, 551, "MN"},
    {553, 567, "MN"},
    {569, 569, "DC"},
    {570, 577, "SD"},
    {580, 588, "ND"},
    {590, 599, "MT"},
    {600, 620, "IL"},
    {622, 629, "IL"},
    {630, 631, "MO"},
    {633, 641, "MO"},
    {644, 658, "MO"},
    {660, 662, "KS"},
    {664, 679, "KS"},
    {680, 681, "NE"},
    {683, 693, "NE"},
    {700, 701, "LA"},
    {703, 708, "LA"},
    {710, 714, "LA"},
    {716, 729, "AR"},
    {730, 731, "OK"},
    {733, 733, "TX"},
    {734, 741, "OK"},
    {743, 749, "OK"},
    {750, 770, "TX"},
    {772, 799, "TX"},
    {800, 816, "CO"},
    {820, 831, "WY"},
    {832, 838, "ID"},
    {840, 847, "UT"},
    {850, 853, "AZ"},
    {855, 857, "AZ"},
    {859, 860, "AZ"},
    {863, 865, "AZ"},
    {870, 871, "NM"},
    {873, 884, "NM"},
    {885, 885, "TX"},
    {889, 891, "NV"},
    {893, 895, "NV"},
    {897, 898, "NV"},
    {900, 908, "CA"},
    {910, 928, "CA"},
    {930, 961, "CA"},
    {962, 966, "AP"},
    {967, 968, "HI"},
    {970, 979, "OR"},
    {980, 986, "WA"},
    {988, 994, "WA"},
    {995, 999, "AK"},
}};

// The shared prefixes 967 (Hawaii, and American Samoa at 96799) and 969 (Guam, Palau, the
// Federated States of Micronesia, the Northern Mariana Islands and the Marshall Islands), by
// their five-digit ZIP codes (USPS, the same list).
struct zip5_range {
    int first;
    int last;
    std::string_view state;
};
constexpr std::array<zip5_range, 5> islands{{
    {96910, 96932, "GU"},
    {96939, 96940, "PW"},
    {96941, 96944, "FM"},
    {96950, 96952, "MP"},
    {96960, 96970, "MH"},
}};

auto digits(std::string_view text, std::size_t count) noexcept -> int {
    if (text.size() < count) return -1;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!is_digit(text[i])) return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace

auto zip_prefix_table() noexcept -> std::span<const zip_prefix_range> { return ranges; }

auto zip_state(std::string_view zip) noexcept -> std::string_view {
    const int prefix = digits(zip, 3);
    if (prefix < 0) return {};
    if (prefix == 967 || prefix == 969) {
        const int five = digits(zip, 5);
        if (five < 0) return {};
        if (five == 96799) return "AS";
        if (prefix == 967) return "HI";
        for (const auto& r : islands) {
            if (five >= r.first && five <= r.last) return r.state;
        }
        return {};
    }
    const auto it = std::upper_bound(ranges.begin(), ranges.end(), prefix,
                                     [](int p, const zip_prefix_range& r) { return p < r.first; });
    if (it == ranges.begin()) return {};
    const auto& r = *(it - 1);
    return prefix <= r.last ? r.state : std::string_view{};
}

}  // namespace advocacy::detail
