// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The bundled example campaign, for tests, examples and the command-line program.

#include "advocacy/campaign.hpp"

namespace advocacy {

/// The 2015 call to action in the project's own words: its three actions, five regional
/// conferences with their 2015 dates and places, the 2015-08-11 milestone, an illustrative (not
/// official) region map of the five regions, and a handful of fictional local groups
/// (example.org addresses, 555-01xx phones) meeting in their local time zones.
auto sample_campaign() -> campaign;

}  // namespace advocacy
