// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Reading a plain-text call to action (an e-mail, a web page pasted as text) into a campaign:
/// its title, dated milestones, numbered actions and event lines. What is recognised is
/// described in docs/formats.md ("Plain-text announcements").

#include "advocacy/campaign.hpp"

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

/// A line the reader could not place, and why.
struct announcement_warning {
    std::size_t line = 0;  ///< 1-based line number in the text
    std::string text;      ///< the line, without surrounding white space
    std::string reason;    ///< what was wrong and what was expected

    friend bool operator==(const announcement_warning&, const announcement_warning&) = default;
};

/// What parse_announcement found.
struct announcement_result {
    campaign value;
    std::vector<announcement_warning> warnings;
};

/// Reads an announcement: the title (the first line that stands alone as a heading, else the
/// first sentence), milestones for the full dates in its prose, an action per numbered item
/// ("1.", "1)", "(1)"; "-", "*", "•" bullets under a heading about helping), and a conference
/// per event line "<name> <date range> <dash> <City>, <ST>". Lines that look like event lines
/// but cannot be read, and items whose kind is not recognised, come back as warnings.
/// Throws parse_error for a text without any content, validation_error for a bad campaign_id.
auto parse_announcement(std::string_view text, const announcement_options& options = {}) -> announcement_result;

/// "line 12: ...: reason".
auto to_string(const announcement_warning& warning) -> std::string;

}  // namespace advocacy
