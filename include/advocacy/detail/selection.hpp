// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// One group's, one state's or one region's part of a campaign: what the command's `export ics
/// --group/--state/--region` writes and what the site's calendar feeds hold. A part keeps the
/// campaign's id, so its calendar has the UIDs the whole campaign's has for the same events, and a
/// subscriber to both sees no duplicates.

#include "advocacy/campaign.hpp"

#include <string>
#include <string_view>

namespace advocacy::detail {

/// A campaign titled `title` with the campaign-wide fields of `c` (id, summary, organization,
/// milestones, region map), no actions, and only the conferences and groups given, in their order.
auto campaign_part(const campaign& c, const std::string& title, std::vector<conference> conferences,
                   std::vector<group> groups) -> campaign;
/// The group `id` of `c` (none when `c` has no such group) and no conference.
auto group_part(const campaign& c, const std::string& title, std::string_view id) -> campaign;
/// The groups located in `state`; the conferences held in `state` and those of its region (through
/// the region map).
auto state_part(const campaign& c, const std::string& title, state_code state) -> campaign;
/// The groups of `region` (by their own region, or their state's through the map); the conferences
/// of `region` (by their own region, or else the state they are held in through the map).
auto region_part(const campaign& c, const std::string& title, std::string_view region) -> campaign;

}  // namespace advocacy::detail
