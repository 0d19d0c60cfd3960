// SPDX-License-Identifier: MIT
#include "advocacy/conference.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/error.hpp"

#include <chrono>
#include <ostream>
#include <string>
#include <utility>

namespace advocacy {

void validate(const conference& event) {
    const std::string who = detail::object_name("conference", event.id);
    detail::check_id(who + ": id", event.id);
    detail::check_required_line(who + ": name", event.name);
    if (!detail::in_years(event.dates.first()) || !detail::in_years(event.dates.last())) {
        throw validation_error(who + ": dates", to_iso(event.dates) + " is outside the years 1000 to 9999");
    }
    detail::check_single_line(who + ": region", event.region);
    detail::with_field_prefix(who, [&] { validate(event.place); });
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
    if (event.dates.days() == 1 && *event.end_time < *event.start_time) {
        throw validation_error(who + ": end_time", detail::clock_text(*event.end_time) + " is before the start time " +
                                                       detail::clock_text(*event.start_time) +
                                                       " of a one-day event; an event past midnight ends on a later day");
    }
}

auto to_string(const conference& event) -> std::string {
    std::string out = event.name;
    if (!out.empty()) out += ", ";
    out += to_string(event.dates);
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

auto std::hash<advocacy::conference>::operator()(const advocacy::conference& event) const noexcept -> std::size_t {
    std::size_t seed = 0;
    advocacy::detail::hash_combine(seed, event.id);
    advocacy::detail::hash_combine(seed, event.name);
    advocacy::detail::hash_combine(seed, event.dates);
    advocacy::detail::hash_combine(seed, event.place);
    advocacy::detail::hash_combine(seed, event.region);
    advocacy::detail::hash_combine(seed, event.registration_url);
    advocacy::detail::hash_combine(seed, event.description);
    advocacy::detail::hash_combine(seed, event.start_time ? event.start_time->count() + 1 : 0);  // 0: none
    advocacy::detail::hash_combine(seed, event.end_time ? event.end_time->count() + 1 : 0);
    return seed;
}
