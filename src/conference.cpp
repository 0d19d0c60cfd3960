// SPDX-License-Identifier: MIT
#include "advocacy/conference.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <chrono>
#include <ostream>
#include <string>
#include <utility>

namespace advocacy {
namespace {

// Sessions in order, sharing no day, spanning exactly the dates: `dates` stays the whole span.
void check_sessions(const char* field, const conference& event) {
    const auto& s = event.sessions;
    if (s.empty()) return;
    if (s.size() == 1) {
        throw validation_error(field, "one session (" + to_iso(s.front()) +
                                          ") is every day of the dates: a conference that meets every day has no sessions");
    }
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i].first() <= s[i - 1].last()) {
            throw validation_error(field, "session " + std::to_string(i) + " (" + to_iso(s[i]) +
                                              (s[i - 1].first() <= s[i].first() ? ") shares days with" : ") comes before") +
                                              " session " + std::to_string(i - 1) + " (" + to_iso(s[i - 1]) +
                                              "): sessions are in order, each day once");
        }
    }
    if (s.front().first() != event.dates.first() || s.back().last() != event.dates.last()) {
        throw validation_error(field, "the sessions run " + to_iso(date_range{s.front().first(), s.back().last()}) +
                                          ", the dates " + to_iso(event.dates) +
                                          ": the first session starts and the last ends with the dates");
    }
}

// validate(conference) with the fields named plainly ("dates", "place.locality").
void check_fields(const conference& event) {
    detail::check_id("id", event.id);
    detail::check_required_line("name", event.name);
    if (!detail::in_years(event.dates.first()) || !detail::in_years(event.dates.last())) {
        throw validation_error("dates", to_iso(event.dates) + " is outside the years 1000 to 9999");
    }
    check_sessions("sessions", event);
    detail::check_single_line("region", event.region);
    detail::renaming_fields([&] { validate(event.place); },
                            [](const std::string& field) { return detail::replace_prefix(field, "location.", "place."); });
    detail::check_url("registration_url", event.registration_url);
    if (event.start_time.has_value() != event.end_time.has_value()) {
        throw validation_error(event.start_time ? "end_time" : "start_time",
                               "required with " + std::string(event.start_time ? "start_time" : "end_time") +
                                   ": a timed event has both, an all-day event neither");
    }
    if (!event.start_time) return;
    for (const auto& [field, time] : {std::pair{"start_time", *event.start_time}, std::pair{"end_time", *event.end_time}}) {
        if (time < std::chrono::minutes{0} || time >= std::chrono::hours{24}) {
            throw validation_error(field, std::to_string(time.count()) +
                                              " minutes after midnight is not a time of day: expected 00:00 to 23:59");
        }
    }
    const bool one_day = event.dates.days() == 1 || std::any_of(event.sessions.begin(), event.sessions.end(),
                                                                    [](const date_range& r) { return r.days() == 1; });
    if (one_day && *event.end_time < *event.start_time) {
        throw validation_error("end_time", detail::clock_text(*event.end_time) + " is before the start time " +
                                               detail::clock_text(*event.start_time) +
                                               " of a one-day event; an event past midnight ends on a later day");
    }
}

}  // namespace

void validate(const conference& event) {
    detail::renaming_fields([&] { check_fields(event); }, detail::fields_of_object("conference", event.id));
}

auto to_string(const conference& event) -> std::string {
    std::string out = event.name;
    if (!out.empty()) out += ", ";
    if (event.sessions.empty()) {
        out += to_string(event.dates);
    } else {
        // "Jun 12, 2026 & Jun 16, 2026": what parse_days reads back.
        for (std::size_t i = 0; i < event.sessions.size(); ++i) {
            if (i != 0) out += " & ";
            out += to_string(event.sessions[i]);
        }
    }
    if (event.timed()) {
        out += ", ";
        out += detail::clock_text(*event.start_time);
        out += "\xE2\x80\x93";  // en dash
        out += detail::clock_text(*event.end_time);
    }
    if (auto where = to_string(event.place); !where.empty()) out += ", " + where;
    return out;
}

auto operator<<(std::ostream& out, const conference& event) -> std::ostream& { return out << to_string(event); }

}  // namespace advocacy

static_assert(advocacy::detail::described<advocacy::conference>, "fields_of<conference> must name every member once");

auto std::hash<advocacy::conference>::operator()(const advocacy::conference& event) const noexcept -> std::size_t {
    return advocacy::detail::hash_fields(event);
}
