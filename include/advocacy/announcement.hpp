// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Reading a plain-text call to action (an e-mail, a web page pasted as text) into a campaign:
/// its title, dated milestones, numbered actions and event lines. What is recognised is
/// described in docs/formats.md ("Plain-text announcements").

#include "advocacy/campaign.hpp"
#include "advocacy/import_result.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// How to read an announcement.
struct announcement_options {
    /// The day dates without a year are read against. None: the first full date in the text
    /// ("August 11 2015"), or today (UTC) when the text has none.
    std::optional<date::sys_days> reference;
    /// The id of the campaign built.
    std::string campaign_id = "announcement";
    /// The organization behind the campaign, may be empty.
    std::string organization;
};

/// A line the reader could not place, and why (`text` is the line, without surrounding white space).
using announcement_warning = import_warning;
/// What parse_announcement found.
using announcement_result = import_result;

/// Reads an announcement: the title (the first line that stands alone as a heading, else the
/// first sentence), milestones for the full dates in its prose, an action per numbered item
/// ("1.", "1)", "(1)"; "-", "*", "•" bullets under a heading about helping), and a conference
/// per event line "<name> <dates> <dash> <place>", each line read as read_listing reads a plain
/// line (its dates, times, place and links alike). Lines that look like event lines but cannot
/// be read, and items whose kind is not recognised, come back as warnings.
/// Throws parse_error for a text without any content, validation_error for a bad campaign_id.
auto parse_announcement(std::string_view text, const announcement_options& options = {}) -> announcement_result;

}  // namespace advocacy
