// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// What every importer returns: the campaign it read, and a warning for each record it read but
/// could not bring in (a line of an announcement, an event of a calendar, a card of an address
/// book). An importer accounts for every record: imported, or named in a warning.

#include "advocacy/campaign.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace advocacy {

/// A record an importer read and left out, and why.
struct import_warning {
    std::size_t line = 0;  ///< 1-based line of the input where the record (or the fault) is
    std::string text;      ///< names the record: a line's text, an event's SUMMARY or UID, a card's FN
    std::string reason;    ///< what was wrong and what was expected

    friend bool operator==(const import_warning&, const import_warning&) = default;
};

/// The campaign an importer read, and what it left out, in line order.
struct import_result {
    campaign value;
    std::vector<import_warning> warnings;
    /// The format the importer read, for an importer that reads more than one ("markdown",
    /// "csv", ... from read_listing); empty for the others.
    std::string format{};

    /// Equal when the campaigns, the warnings (in order) and the formats are.
    friend bool operator==(const import_result&, const import_result&) = default;
};

/// `line 12: "<text>": <reason>` (`line 12: <reason>` when the text is empty).
auto to_string(const import_warning& warning) -> std::string;

}  // namespace advocacy
