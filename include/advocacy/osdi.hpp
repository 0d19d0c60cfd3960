// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// An export shaped by the Open Supporter Data Interface (OSDI): the campaign as an advocacy
/// campaign, its conferences as events, its group contacts as people. Export only.

#include "advocacy/campaign.hpp"

#include <string>

namespace advocacy {

/// A JSON document {"osdi:advocacy_campaigns": [...], "osdi:events": [...], "osdi:people": [...]}
/// with OSDI field names (title, start_date, all_day_date, location.locality, given_name,
/// email_addresses, ...); identifiers are "advocacy:<id>". 2-space indent. The mapping is in
/// docs/formats.md ("OSDI"). Throws validation_error for text that is not valid UTF-8.
auto to_osdi(const campaign& c) -> std::string;

}  // namespace advocacy
