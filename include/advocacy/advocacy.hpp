// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Convenience header: all of advocacy's public interface.

#include "advocacy/action.hpp"
#include "advocacy/announcement.hpp"
#include "advocacy/batch_plan.hpp"
#include "advocacy/campaign.hpp"
#include "advocacy/compact_string.hpp"
#include "advocacy/conference.hpp"
#include "advocacy/contact.hpp"
#include "advocacy/date_range.hpp"
#include "advocacy/error.hpp"
#include "advocacy/file.hpp"
#include "advocacy/group.hpp"
#include "advocacy/icalendar.hpp"
#include "advocacy/import_result.hpp"
#include "advocacy/json.hpp"
#include "advocacy/listing.hpp"
#include "advocacy/location.hpp"
#include "advocacy/meeting_schedule.hpp"
#include "advocacy/osdi.hpp"
#include "advocacy/plan_message.hpp"
#include "advocacy/region_map.hpp"
#include "advocacy/sample.hpp"
#include "advocacy/site.hpp"
#include "advocacy/state_code.hpp"
#include "advocacy/supporter.hpp"
#include "advocacy/supporter_list.hpp"
#include "advocacy/time_of_day.hpp"
#include "advocacy/vcard.hpp"
#include "advocacy/version.hpp"
