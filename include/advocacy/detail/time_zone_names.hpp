// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Time zones as calendars from other tools name them: IANA names, Windows names ("Pacific
/// Standard Time"), IANA names behind a vendor prefix ("/mozilla.org/20050126_1/America/New_York",
/// "custom_America/New_York"), and zones known only by the VTIMEZONE a file defines.

#include <date/date.h>
#include <date/tz.h>

#include <string>
#include <string_view>

namespace advocacy::detail {

/// An IANA zone found for a name, and how it was found.
struct resolved_zone {
    const date::time_zone* zone = nullptr;  ///< nullptr: the name was not resolved
    /// Empty when the name is an IANA name as written; else how it was read, for a warning or a
    /// document ("the Windows zone \"Pacific Standard Time\" read as America/Los_Angeles").
    std::string note;
};

/// The IANA zone `tzid` names: an IANA name (or link) as written; a Windows name through the
/// CLDR windows-zones mapping; an IANA name behind a vendor prefix. `zone` is nullptr when the
/// name is none of these. Never throws for any text.
auto resolve_tzid(std::string_view tzid) -> resolved_zone;

/// The IANA zone whose UTC offsets agree with a VTIMEZONE's own rules: `vtimezone` is the whole
/// component, BEGIN:VTIMEZONE to END:VTIMEZONE, as in the file (lines ending in CRLF or LF,
/// possibly folded); the offsets are compared over the years `first_year` to `last_year` (the
/// years the file's events use). `zone` is nullptr when the text cannot be read or no known zone
/// agrees. Never throws for any text.
auto zone_from_vtimezone(std::string_view vtimezone, int first_year, int last_year) -> resolved_zone;

/// The zone an abbreviation names as English text writes it with a time ("EST", "ET", "PDT",
/// "AKST"): the reference zone of the metazone CLDR gives it (through ICU: "ET" is
/// America/New_York), checked to use that abbreviation, or its other season's, on `day`; "UTC",
/// "GMT" and "Z" are Etc/UTC. nullptr when CLDR's English names hold no such abbreviation (most
/// of the world's, "CEST" among them, are only known through a place's own zone). Never throws.
auto zone_of_abbreviation(std::string_view abbreviation, date::sys_days day) -> const date::time_zone*;

/// Whether a zone abbreviation as written (`written`: "EST", "ET", "CET") stands for the one a
/// zone uses (`used`: "EDT", "CEST"), ignoring case and the season: each without a standard
/// or daylight letter before its last ("EDT" and "EST" are "ET", "CEST" is "CET").
auto abbreviation_matches(std::string_view written, std::string_view used) -> bool;
}  // namespace advocacy::detail
