// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Which of the formats a campaign travels in a text is, told by its content, never its file
/// name; and reading a text the way `advocacy import` does.

#include "advocacy/announcement.hpp"
#include "advocacy/campaign.hpp"

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace advocacy::detail {

/// What a file holds, by its first bytes.
enum class file_format {
    empty,      ///< nothing but white space (and a byte order mark)
    binary,     ///< a NUL byte or bytes that are not UTF-8: not text
    json,       ///< starts with '{' or '[' (and is not OSDI)
    osdi,       ///< a JSON object with "_embedded" or "osdi:..." members (looks_like_osdi)
    icalendar,  ///< starts with BEGIN:VCALENDAR
    vcard,      ///< starts with BEGIN:VCARD
    text,       ///< any other UTF-8 text: an announcement, perhaps
    listing,    ///< text read as an event listing (read_any only; sniff_format says text)
};

/// Tells the format of `content` from its first line, after a UTF-8 byte order mark and white
/// space; the BEGIN: lines are matched in any case. Never throws.
auto sniff_format(std::string_view content) noexcept -> file_format;

/// "JSON", "OSDI", "iCalendar", "vCard", "text", "listing", "empty", "binary".
auto to_string(file_format format) -> std::string_view;

/// A campaign read by read_any(), with the format it was read from.
struct imported {
    campaign value;
    file_format format;
    std::vector<announcement_warning> warnings;  ///< what the reader left out: lines, events, cards

    /// Whether nothing was found to act on: no action, conference or group.
    auto nothing_found() const -> bool;
};

/// Reads `content` by its sniffed format: a JSON campaign, an OSDI document (by read_osdi, with
/// its warnings), an iCalendar file, a vCard file (by read_vcard, with its warnings), or text. Text that detect_listing_format calls Markdown, CSV
/// or TSV is a listing (read_listing); other text is an announcement (read with `options`), or,
/// when the announcement reader finds nothing to act on but read_listing finds events, a
/// listing of plain lines. Throws parse_error,
/// naming the first line, for an empty file and a binary one (at the offending byte); the
/// readers' errors for bad content. `progress`, when set, is told how far a JSON campaign or a
/// calendar is read (bytes done, of the total), for a progress bar.
auto read_any(std::string_view content, const announcement_options& options = {},
              const std::function<void(std::uintmax_t done, std::uintmax_t total)>& progress = {}) -> imported;

}  // namespace advocacy::detail
