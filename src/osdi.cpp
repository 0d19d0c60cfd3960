// SPDX-License-Identifier: MIT
#include "advocacy/osdi.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/error.hpp"

#include <date/tz.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace advocacy {
namespace {

using ojson = nlohmann::ordered_json;

// The issuer part of every identifier ("advocacy:mid-atlantic-2015"), and origin_system.
constexpr std::string_view issuer = "advocacy";

auto identifier(std::string_view local) -> ojson {
    return ojson::array({std::string(issuer) + ":" + std::string(local)});
}

// OSDI fields are optional: an empty one is left out rather than sent as "".
void put(ojson& object, const char* key, const std::string& value) {
    if (!value.empty()) object[key] = value;
}

auto location_json(const location& place) -> ojson {
    ojson out = ojson::object();
    put(out, "venue", place.venue);
    if (!place.address_lines.empty()) out["address_lines"] = place.address_lines;
    put(out, "locality", place.locality);
    put(out, "region", place.region);
    put(out, "postal_code", place.postal_code);
    put(out, "country", place.country);
    return out;
}

// A timed event's local time on `day` as ISO 8601, with the UTC offset of `zone` then ("-06:00",
// "Z" for none) when the event has a zone: the instant is then plain to any reader.
auto timed_date(date::sys_days day, std::chrono::minutes time, const date::time_zone* zone) -> std::string {
    const date::local_time<std::chrono::minutes> local{date::local_days{day.time_since_epoch()} + time};
    std::string out = date::format("%FT%H:%M:00", local);
    if (zone == nullptr) return out;  // floating: the same wall-clock time everywhere
    // In a gap or a repeated hour the earlier offset counts, as for meetings.
    const auto offset = std::chrono::duration_cast<std::chrono::minutes>(zone->get_info(local).first.offset);
    if (offset == std::chrono::minutes{0}) return out + "Z";
    out += offset < std::chrono::minutes{0} ? '-' : '+';
    out += detail::clock_text(offset < std::chrono::minutes{0} ? -offset : offset);  // "06:00"
    return out;
}

auto event_json(const conference& event) -> ojson {
    ojson out = ojson::object();
    out["identifiers"] = identifier(event.id);
    out["origin_system"] = std::string(issuer);
    out["name"] = event.id;
    out["title"] = event.name;
    put(out, "description", event.description);
    put(out, "browser_url", event.registration_url);
    if (event.timed()) {
        const auto* zone = event.place.time_zone.empty() ? nullptr : date::locate_zone(event.place.time_zone);
        out["start_date"] = timed_date(event.dates.first(), *event.start_time, zone);
        out["end_date"] = timed_date(event.dates.last(), *event.end_time, zone);
        out["all_day"] = false;
    } else {
        // All-day: local times without an offset, from the first day's start to the last day's
        // end, so a reader that shows only the date part shows the right days.
        out["start_date"] = date::format("%FT00:00:00", event.dates.first());
        out["end_date"] = date::format("%FT23:59:59", event.dates.last());
        out["all_day"] = true;
        if (event.dates.days() == 1) out["all_day_date"] = date::format("%F", event.dates.first());
    }
    out["location"] = location_json(event.place);
    put(out, "time_zone", event.place.time_zone);
    // OSDI's event has one span of time: the sessions go in a custom field, as ISO 8601 ranges,
    // so that nothing is lost; a reader that knows no custom field sees the whole span.
    ojson custom = ojson::object();
    if (!event.sessions.empty()) {
        std::string sessions;
        for (const auto& session : event.sessions) {
            if (!sessions.empty()) sessions += ", ";
            sessions += to_iso(session);
        }
        custom["sessions"] = std::move(sessions);
    }
    // OSDI's location is a postal address: the online part (the joining link, or "online") goes in
    // a custom field beside it.
    put(custom, "online", event.place.online);
    if (!custom.empty()) out["custom_fields"] = std::move(custom);
    return out;
}

// OSDI wants digits only, country code included: "+1 (612) 555-0143" -> "16125550143". A
// ten-digit number in a North American country gets its 1.
auto phone_number(const contact& person, const std::string& country) -> std::string {
    std::string digits = person.phone_digits();
    if (!digits.empty() && digits.front() == '+') return digits.substr(1);
    if (digits.size() == 10 && (country == "US" || country == "CA")) return "1" + digits;
    return digits;
}

// The digits after an "x" or "ext." in the phone as written, if any.
auto phone_extension(const std::string& phone) -> std::string {
    const auto at = phone.find_last_of("xX");
    if (at == std::string::npos) return {};
    std::string out;
    for (std::size_t i = at + 1; i < phone.size(); ++i) {
        if (detail::is_digit(phone[i])) out += phone[i];
    }
    return out;
}

auto person_json(const group& g, std::size_t index) -> ojson {
    const contact& person = g.contacts[index];
    ojson out = ojson::object();
    // Ids hold no '/', so "<group>/contacts/<n>" cannot collide between groups.
    out["identifiers"] = identifier(g.id + "/contacts/" + std::to_string(index));
    out["origin_system"] = std::string(issuer);
    // OSDI splits names; we keep one, so the last word becomes the family name.
    const auto space = person.name.find_last_of(' ');
    if (space == std::string::npos) {
        out["given_name"] = person.name;
    } else {
        put(out, "given_name", person.name.substr(0, space));
        put(out, "family_name", person.name.substr(space + 1));
    }
    if (!person.email.empty()) {
        out["email_addresses"] = ojson::array({ojson{{"address", person.email}, {"primary", true}}});
    }
    if (!person.phone.empty()) {
        ojson phone{{"number", phone_number(person, g.place.country)}, {"primary", true}};
        if (const auto extension = phone_extension(person.phone); !extension.empty()) phone["extension"] = extension;
        out["phone_numbers"] = ojson::array({std::move(phone)});
    }
    ojson custom = ojson::object();
    custom["group_id"] = g.id;
    custom["group_name"] = g.name;
    put(custom, "role", person.role);
    put(custom, "region", g.region);
    out["custom_fields"] = std::move(custom);
    return out;
}

}  // namespace

auto to_osdi(const campaign& c) -> std::string {
    ojson out = ojson::object();

    ojson campaign_json = ojson::object();
    campaign_json["identifiers"] = identifier(c.id());
    campaign_json["origin_system"] = std::string(issuer);
    campaign_json["name"] = c.id();
    campaign_json["title"] = c.title();
    put(campaign_json, "description", c.summary());
    out["osdi:advocacy_campaigns"] = ojson::array({std::move(campaign_json)});

    ojson events = ojson::array();
    for (const auto& event : c.conferences()) events.push_back(event_json(event));
    out["osdi:events"] = std::move(events);

    ojson people = ojson::array();
    for (const auto& g : c.groups()) {
        for (std::size_t i = 0; i < g.contacts.size(); ++i) people.push_back(person_json(g, i));
    }
    out["osdi:people"] = std::move(people);

    try {
        return out.dump(2) + "\n";
    } catch (const nlohmann::json::type_error& e) {
        throw validation_error("campaign " + c.id(), std::string("holds text that is not valid UTF-8: ") + e.what());
    }
}

}  // namespace advocacy
