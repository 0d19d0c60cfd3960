// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// iCalendar (RFC 5545): a campaign's conferences and group meetings as a calendar feed, and
/// calendars from other tools read back into a campaign.
///
/// Export writes, straight into one string:
/// - a conference as an all-day VEVENT, `DTSTART;VALUE=DATE:20151113` and the exclusive
///   `DTEND;VALUE=DATE:20151116` (the day after the last day), UID `<conference id>@<campaign id>.advocacy`;
///   a timed conference with `DTSTART;TZID=<its zone>:20151113T090000` and DTEND likewise, and a
///   VTIMEZONE for the zone (a "UTC" zone as `...Z`, no zone as floating local times);
/// - a group with a meeting schedule as one recurring VEVENT, UID
///   `<group id>-meetings@<campaign id>.advocacy`, DTSTART/DTEND with TZID on a real occurrence,
///   the schedule's RRULE, EXDATEs for skipped days, and a VTIMEZONE per zone used;
/// - a place's online part in LOCATION ("Online", "Boston, MA + online") and its joining link as
///   RFC 7986 `CONFERENCE;VALUE=URI:<link>`, both read back on import.
/// Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 sequence or an escape;
/// TEXT values are escaped, so no field can inject a property. A date-time has four digits for
/// the year: a conference ending on 9999-12-31 gets `DURATION:P<n>D` instead of the exclusive
/// DTEND, and a schedule running to 9999-12-31 an RRULE without UNTIL.
///
/// Import (through libical) reads all-day and timed VEVENTs as conferences and recurring ones as
/// groups with a meeting_schedule. What the model cannot hold is left out with a warning that
/// names the line (read_icalendar), or refused with a parse_error (strict reading,
/// campaign_from_icalendar). Lost on import: ATTENDEE, ORGANIZER, ALARMs, and every property not
/// listed in docs/formats.md.

#include "advocacy/campaign.hpp"
#include "advocacy/import_result.hpp"

#include <date/date.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace advocacy {

/// How to write a calendar.
struct icalendar_options {
    /// DTSTAMP of every event (UTC); default: the moment the options were made, to the second.
    date::sys_seconds stamp = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    /// The day from which a meeting schedule without a first day (open-ended both ways) is written: its
    /// DTSTART is the first meeting on or after this day. Default: January 1 of the year of the
    /// campaign's earliest milestone or conference, or 2015-01-01 when it has neither, so that
    /// the same campaign always gives the same file.
    std::optional<date::sys_days> open_start;
};

/// The campaign as an iCalendar (VCALENDAR) text: conferences as all-day or timed events,
/// groups' meetings as recurring events, with their time zones. Groups without a schedule, and schedules
/// without any meeting in their effective dates, are left out. Throws validation_error for a
/// stamp or a date outside the years 1000 to 9999, the ones campaign_from_icalendar reads.
auto to_icalendar(const campaign& source, const icalendar_options& options = {}) -> std::string;

/// Reads a calendar into a campaign (id from the `@<id>.advocacy` UIDs advocacy writes, else
/// from X-WR-CALNAME, else "imported"; title from X-WR-CALNAME, else "imported"). All-day
/// VEVENTs become conferences (DTEND exclusive; no DTEND: one day); timed VEVENTs without RRULE
/// become timed conferences: zone in `place.time_zone` ("UTC" for `...Z` times, X-WR-TIMEZONE or
/// empty for floating ones), start and end as local days and times of day in that zone (no DTEND
/// or DURATION: it ends when it starts; times must be whole minutes); no SUMMARY: "untitled event";
/// VEVENTs with an RRULE the model can express (FREQ=WEEKLY;INTERVAL=n;BYDAY=XX,
/// FREQ=MONTHLY;BYDAY=nXX, FREQ=MONTHLY;BYMONTHDAY=d, with UNTIL or COUNT, EXDATEs) become groups
/// with a meeting_schedule. Years 1000 to 9999 are read; a leading UTF-8 byte order mark is
/// skipped; several VCALENDARs, or components without one around them, are read as one calendar;
/// components nest to any depth (read without recursion). The strict form of read_icalendar:
/// throws parse_error with the 1-based line of the offending property for malformed input and
/// for whatever read_icalendar would warn of (rules, zones, durations or values the model cannot
/// hold, a cancelled event, seconds); every VEVENT is either read or refused.
auto campaign_from_icalendar(std::string_view text) -> campaign;

/// How to read a calendar.
struct read_options {
    /// false: an event the model cannot hold is left out with an import_warning, and the rest is
    /// read. true: whatever would be a warning (but a calendar without events) is a parse_error.
    bool strict = false;
    /// The campaign's id; empty: from the UIDs advocacy wrote, else the calendar's name, as
    /// campaign_from_icalendar does.
    std::string campaign_id;
    /// When set, told how far the events are read (bytes of the text done, of its total), after
    /// each 64 KiB: for a progress bar. It may throw to stop the reading.
    std::function<void(std::uintmax_t done, std::uintmax_t total)> progress{};
};

/// Reads a calendar into a campaign as campaign_from_icalendar does, and accounts for every
/// VEVENT: imported, or named in a warning (line of the offending property, else of its
/// BEGIN:VEVENT; text: its SUMMARY, else its UID). Also warned of: a calendar without any VEVENT,
/// text after the last END:VCALENDAR, times with seconds (rounded down to the minute), a
/// cancelled event (STATUS:CANCELLED: left out), an invalid value of a property the model does
/// not read (left out). Throws parse_error for text that is not a calendar (no BEGIN line first,
/// a line without NAME:value, components that do not nest) and, when `options.strict`, for what
/// would be a warning; validation_error for a bad `options.campaign_id`.
auto read_icalendar(std::string_view text, const read_options& options = {}) -> import_result;

}  // namespace advocacy
