// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The Open Supporter Data Interface (OSDI 1.x) both ways: the campaign as a HAL+JSON document of
/// OSDI resources (its actions as advocacy campaigns, its conferences as events, its group
/// contacts as people), and OSDI documents read back, as advocacy's export writes them and as
/// OSDI servers (Action Network, ...) return their collections. The mapping is in docs/formats.md
/// ("OSDI").

#include "advocacy/campaign.hpp"
#include "advocacy/import_result.hpp"

#include <string>
#include <string_view>

namespace advocacy {

/// A HAL+JSON document: `_links` (`self`, the `osdi` curie) and `_embedded` holding
/// "osdi:advocacy_campaigns" (the campaign, then one per action), "osdi:events" (one per
/// conference) and "osdi:people" (one per contact of every group), with OSDI's field names;
/// identifiers are "advocacy:<id>". 2-space indent. Throws validation_error for text that is not
/// valid UTF-8.
auto to_osdi(const campaign& c) -> std::string;

/// How to read an OSDI document.
struct osdi_read_options {
    /// The id and title of the campaign read, when the document is not advocacy's own export
    /// (which names its campaign).
    std::string campaign_id = "imported";
    std::string campaign_title = "Imported from OSDI";
};

/// Reads an OSDI document: advocacy's own export (read_osdi(to_osdi(c)) equals c in every field
/// OSDI carries, listed in docs/formats.md), or a collection page as OSDI servers return it (a
/// HAL+JSON object whose `_embedded` holds "osdi:events", "osdi:people" or
/// "osdi:advocacy_campaigns"; top-level "osdi:..." arrays are read too). Every record is imported
/// or named in a warning whose `line` is the record's 1-based place in its collection. Throws
/// parse_error for text that is not JSON (with its line and column) or JSON that is not an OSDI
/// document (an object with `_embedded` or "osdi:" members).
auto read_osdi(std::string_view text, const osdi_read_options& options = {}) -> import_result;

/// Whether `text` (JSON) looks like an OSDI document: an object with `_embedded` or a member
/// whose name starts with "osdi:" among its first members. Never throws.
auto looks_like_osdi(std::string_view text) noexcept -> bool;

}  // namespace advocacy
