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
void check_sessions(const std::string& field, const conference& event) {
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

}  // namespace

void validate(const conference& event) {
    const std::string who = detail::object_name("conference", event.id);
    detail::check_id(who + ": id", event.id);
    detail::check_required_line(who + ": name", event.name);
    if (!detail::in_years(event.dates.first()) || !detail::in_years(event.dates.last())) {
        throw validation_error(who + ": dates", to_iso(event.dates) + " is outside the years 1000 to 9999");
    }
    check_sessions(who + ": sessions", event);
    detail::check_single_line(who + ": region", event.region);
    detail::with_field_prefix(who, [&] { validate(event.place); }, "location.", "place.");
    detail::check_url(who + ": registration_url", event.registration_url);
    if (event.start_time.has_value() != event.end_time.has_value()) {
        throw validation_error(who + (event.start_time ? ": end_time" : ": start_time"),
                               "required with " + std::string(event.start_time ? "start_time" : "end_time") +
                                   ": a timed event has both, an all-day event neither");
    }
    if (!event.start_time) return;
    for (const auto& [field, time] : {std::pair{": start_time", *event.start_time}, std::pair{": end_time", *event.end_time}}) {
        if (time < std::chrono::minutes{0} || time >= std::chrono::hours{24}) {
            throw validation_error(who + field, std::to_string(time.count()) +
                                                    " minutes after midnight is not a time of day: expected 00:00 to 23:59");
        }
    }
    const bool one_day = event.dates.days() == 1 || std::any_of(event.sessions.begin(), event.sessions.end(),
                                                                    [](const date_range& r) { return r.days() == 1; });
    if (one_day && *event.end_time < *event.start_time) {
        throw validation_error(who + ": end_time", detail::clock_text(*event.end_time) + " is before the start time " +
                                                       detail::clock_text(*event.start_time) +
                                                       " of a one-day event; an event past midnight ends on a later day");
    }
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
