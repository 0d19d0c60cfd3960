// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A campaign published as a static web site: pages anyone can read without JavaScript, and
/// calendar feeds to subscribe to.
///
/// write_site() writes into a folder:
/// - `index.html`: the campaign's title, summary and milestones, its actions as numbered steps, its
///   conferences as cards (dates as people write them and as `<time datetime>`, place,
///   registration link, a link to the conference's own calendar, schema.org Event JSON-LD), and a
///   tile map of the 50 states and DC colored and numbered by region, each tile a link to the
///   state's page, with a legend and the list of states by region;
/// - `states/<code>.html` (lower case: `states/mn.html`) for each state that has a group or
///   belongs to a region: its groups with contacts and next meetings, the region's conferences,
///   and the personal plan for a supporter there as of the day the site is written for;
/// - `calendar/campaign.ics` (every conference and meeting), `calendar/regions/<slug>.ics`,
///   `calendar/groups/<id>.ics` (groups with a meeting schedule) and
///   `calendar/conferences/<id>.ics`: the same events with the same UIDs as to_icalendar() writes
///   for the whole campaign, so that a subscriber to several sees no duplicates;
/// - `style.css` and `print.css` (a state's page prints as a one-page flyer).
/// Every value from the campaign is escaped by the template engine (mustache templates, kainjow's
/// mustache); links come only from fields that validation keeps to http(s) URLs.

#include "advocacy/campaign.hpp"
#include "advocacy/icalendar.hpp"

#include <date/date.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace advocacy {

/// How to write a campaign's site.
struct site_options {
    /// The day the pages are written for: the personal plans, the next meetings and the "as of"
    /// line. Default: today (UTC).
    std::optional<date::sys_days> today{};
    /// The address the site is published at ("https://example.org/campaign/"; a final '/' is
    /// added when missing), for what needs an absolute address: canonical links and the JSON-LD
    /// `url` of a conference without a registration link. Empty: those are left out. Must be an
    /// http(s) URL without spaces, quotes or angle brackets.
    std::string base_url{};
    /// How the calendar feeds are written: their DTSTAMP and where open-ended schedules start.
    icalendar_options calendar{};
    /// How many of a group's next meetings its state's page lists.
    std::size_t meetings_shown = 3;
};

/// Writes the site of `c` into `directory` (created with its parents when missing; files of an
/// earlier site are overwritten, others left alone) and returns the files written, relative to
/// `directory`, in the order written. Throws validation_error for a bad `options.base_url` (field
/// "base_url") and for what to_icalendar refuses, io_error naming the file that cannot be written.
auto write_site(const campaign& c, const std::filesystem::path& directory, const site_options& options = {})
    -> std::vector<std::filesystem::path>;

}  // namespace advocacy
