// SPDX-License-Identifier: MIT
#include "advocacy/location.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/places.hpp"
#include "advocacy/error.hpp"

#include <date/tz.h>

#include <ostream>
#include <stdexcept>

namespace advocacy {
namespace {

// Empty, "online", or an http(s) link: a link of another scheme ("javascript:") is never a way
// to join an event.
void check_online(const std::string& online) {
    if (online.empty() || online == "online") return;
    if (!online.starts_with("http://") && !online.starts_with("https://")) {
        throw validation_error("location.online", detail::quoted(online) +
                                                      " is neither \"online\" nor a link: expected \"online\" or an "
                                                      "http:// or https:// URL");
    }
    detail::check_url("location.online", online);
}

}  // namespace

void validate(const location& place) {
    using detail::check_single_line;
    // Every text field ends up on an iCalendar LOCATION or vCard ADR line.
    check_single_line("location.venue", place.venue);
    for (std::size_t i = 0; i < place.address_lines.size(); ++i) {
        if (detail::has_line_break(place.address_lines[i])) {
            check_single_line("location.address_lines[" + std::to_string(i) + "]", place.address_lines[i]);
        }
    }
    check_single_line("location.locality", place.locality);
    check_single_line("location.postal_code", place.postal_code);
    check_single_line("location.country", place.country);
    check_single_line("location.time_zone", place.time_zone);
    check_online(place.online);

    if (place.country.size() != 2 || !detail::is_upper(place.country[0]) || !detail::is_upper(place.country[1])) {
        throw validation_error("location.country",
                               detail::quoted(place.country) +
                                   " is not a country code: expected two upper-case letters (ISO 3166-1 alpha-2), "
                                   "such as \"US\"");
    }
    // A code ISO 3166-1 assigns (from iso-codes), or XK, which Kosovo is commonly given.
    if (detail::country_coded(place.country) == nullptr && place.country != "XK") {
        throw validation_error("location.country",
                               detail::quoted(place.country) + " is not a country code ISO 3166-1 assigns, such as \"US\"");
    }
    if (!place.time_zone.empty()) {
        detail::check_portable_zone("location.time_zone", place.time_zone);
        try {
            (void)date::locate_zone(place.time_zone);
        } catch (const std::runtime_error&) {
            throw validation_error("location.time_zone", "unknown IANA time zone " + detail::quoted(place.time_zone));
        }
    }
}

auto to_string(const location& place) -> std::string {
    std::string out;
    auto append = [&out](const std::string& part) {
        if (part.empty()) return;
        if (!out.empty()) out += ", ";
        out += part;
    };
    append(place.venue);
    append(place.locality);
    append(to_string(place.state));
    if (place.country != "US") append(place.country);
    if (!place.online.empty()) out += out.empty() ? "Online" : " + online";
    return out;
}

auto operator<<(std::ostream& out, const location& place) -> std::ostream& { return out << to_string(place); }

}  // namespace advocacy

static_assert(advocacy::detail::described<advocacy::location>, "fields_of<location> must name every member once");

auto std::hash<advocacy::location>::operator()(const advocacy::location& place) const noexcept -> std::size_t {
    return advocacy::detail::hash_fields(place);
}
