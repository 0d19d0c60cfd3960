// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The Open Supporter Data Interface (OSDI 1.x) both ways: the campaign as a HAL+JSON document of
/// OSDI resources (its actions as advocacy campaigns, its conferences as events, its group
/// contacts as people), and OSDI documents read back, as advocacy's export writes them and as
/// OSDI servers (Action Network, ...) return their collections. The mapping is in docs/formats.md
/// ("OSDI").

#include "advocacy/campaign.hpp"

#include <string>

namespace advocacy {

/// A HAL+JSON document: `_links` (`self`, the `osdi` curie) and `_embedded` holding
/// "osdi:advocacy_campaigns" (the campaign, then one per action), "osdi:events" (one per
/// conference) and "osdi:people" (one per contact of every group), with OSDI's field names;
/// identifiers are "advocacy:<id>". 2-space indent. Throws validation_error for text that is not
/// valid UTF-8.
auto to_osdi(const campaign& c) -> std::string;

}  // namespace advocacy
