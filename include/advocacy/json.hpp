// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A whole campaign to and from JSON, losslessly. The schema is described in docs/formats.md
/// ("JSON"); files are loaded and saved through file.hpp.

#include "advocacy/campaign.hpp"
// load() and save(), once JSON only, read and write every format: code that included this header
// for them keeps compiling.
#include "advocacy/file.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// The newest schema version: campaign_from_json() refuses documents of a newer one. Version 2
/// added conference times (start_time, end_time); version 3 meeting schedules written as their
/// RRULE ({"kind": "rrule", "rrule": ..., "all_day": true}) when the three first kinds cannot hold
/// them, and a schedule's meetings off the rule ("added") and changed meetings ("overrides").
/// Version 4 adds a conference's "sessions" (the days it meets, when not every day of its dates);
/// version 5 a place's "online" part (the joining link, or "online"). to_json() writes the oldest
/// version that holds the campaign, 1 unless a conference has times, a schedule needs version 3,
/// a conference has sessions or a place is online, so older readers keep reading what they can
/// and refuse what they would drop.
inline constexpr int json_schema_version = 5;

/// The campaign as a JSON document: 2-space indent, keys in a fixed order, days as ISO
/// "2015-11-13", date ranges as {"first": ..., "last": ...}, meeting schedules as their fields.
/// Throws validation_error (field: the JSON pointer) for text that is not valid UTF-8.
/// Written straight into the returned string, in time linear in its length.
auto to_json(const campaign& c) -> std::string;

/// Reads a document written by to_json(): campaign_from_json(to_json(c)) == c. Unknown fields
/// are ignored. Throws parse_error: for bad JSON syntax with the line and column; for a bad value
/// with a reason that starts with the JSON pointer of the value
/// (`/conferences/3/dates/first: "2015-11-31": November has 30 days`) and the line of the value.
/// A document as to_json() writes it is read in one pass, in time linear in its length plus the
/// campaign's inserts; any other (unknown keys, say) through a JSON tree, several times slower.
auto campaign_from_json(std::string_view text) -> campaign;

/// A meeting schedule as the JSON object a campaign document holds for a group's "meetings": its
/// fields ("kind", "weekday", "start", "duration_minutes", "time_zone", "effective", ...), then
/// "rule" and "rrule" for people reading it (ignored on reading).
auto to_json(const meeting_schedule& schedule) -> std::string;

/// Reads what to_json(schedule) writes: meeting_schedule_from_json(to_json(s)) == s. Throws
/// parse_error as campaign_from_json does, the reason starting with the JSON pointer of the bad
/// value within the object (`/start: "25:00" is not a time ...`).
auto meeting_schedule_from_json(std::string_view text) -> meeting_schedule;

/// How to read a campaign's JSON.
struct json_read_options {
    /// Told, while a document as to_json() writes it is read, how many bytes of the text (`done`
    /// of `total`) are read: after a conference or a group, when 64 KiB more are read. For a
    /// progress bar; not called for a document read through the JSON tree (see campaign_from_json).
    std::function<void(std::uintmax_t done, std::uintmax_t total)> progress{};
};

/// campaign_from_json(text), telling `options.progress` how far it has got.
auto campaign_from_json(std::string_view text, const json_read_options& options) -> campaign;

/// A problem in a JSON campaign document: where it stands and what is wrong.
struct json_problem {
    std::string pointer;     ///< the JSON pointer of the value ("/groups/2/contacts/0/email"; "" the document)
    std::size_t line = 0;    ///< 1-based line of the value (of its object when it is missing)
    std::size_t column = 0;  ///< 1-based column, in bytes
    std::string reason;      ///< what is wrong, and what was expected

    /// The value's path as its fields and indexes: "groups[2].contacts[0].email" ("" the document).
    auto field() const -> std::string;

    friend bool operator==(const json_problem&, const json_problem&) = default;
};

/// Every problem campaign_from_json() would stop at, object by object; empty when it reads the
/// document. Bad JSON syntax is one problem (nothing further can be read). Each object (a region,
/// conference, group, action, milestone) is checked on its own, and within an object every member
/// that can be taken out and the object read again; an object refused is left out, so a later
/// rule that needs it (an action relating to a refused conference) is reported too.
auto check_campaign_json(std::string_view text) -> std::vector<json_problem>;

}  // namespace advocacy
