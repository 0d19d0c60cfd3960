// SPDX-License-Identifier: MIT
#include "advocacy/osdi.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/error.hpp"

#include <date/tz.h>
#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <string>
#include <string_view>

namespace advocacy {
namespace {

using ojson = nlohmann::ordered_json;

// The issuer part of every identifier ("advocacy:mid-atlantic-2015"), and origin_system.
constexpr std::string_view issuer = "advocacy";

// The OSDI 1.x documents, for the "osdi" curie: "osdi:events" is documented at events.html.
constexpr std::string_view osdi_docs = "https://opensupporter.github.io/osdi-docs/{rel}.html";

auto identifier(std::string_view local) -> ojson {
    return ojson::array({std::string(issuer) + ":" + std::string(local)});
}

// A resource's HAL links: "self" is its identifier, a URI of the scheme "advocacy", as the export
// has no server to point at.
auto self_links(std::string_view local) -> ojson {
    return ojson{{"self", ojson{{"href", std::string(issuer) + ":" + std::string(local)}}}};
}

// An advocacy campaign's `type` (OSDI's words: "email", "in-person", "phone", "postal mail", or
// another as needed) for each action kind that has an OSDI word; every other kind is written as
// its name in the model's table (to_string), so a kind added there needs nothing here.
struct outreach_word {
    action_kind kind;
    std::string_view word;
};
constexpr std::array<outreach_word, 4> outreach_words{{{action_kind::letter, "postal mail"},
                                                       {action_kind::call, "phone"},
                                                       {action_kind::email, "email"},
                                                       {action_kind::attend_meeting, "in-person"}}};

auto outreach_type(action_kind kind) -> std::string {
    for (const auto& entry : outreach_words) {
        if (entry.kind == kind) return std::string(entry.word);
    }
    return std::string(to_string(kind));
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

auto event_json(const conference& event, const std::string& organization) -> ojson {
    ojson out = ojson::object();
    out["identifiers"] = identifier(event.id);
    out["origin_system"] = std::string(issuer);
    out["name"] = event.id;
    out["title"] = event.name;
    put(out, "description", event.description);
    put(out, "browser_url", event.registration_url);
    out["type"] = "open";          // an open RSVP: the model has no tickets
    out["status"] = "confirmed";
    if (event.timed()) {
        const auto* zone = event.place.time_zone.empty() ? nullptr : date::locate_zone(event.place.time_zone);
        out["start_date"] = timed_date(event.dates.first(), *event.start_time, zone);
        out["end_date"] = timed_date(event.dates.last(), *event.end_time, zone);
        out["all_day"] = false;
    } else {
        // All-day: the days in UTC, as OSDI's examples write times ("2015-03-14T12:00:00Z"), from
        // the first day's start to the last day's last second, so a reader that shows only the
        // date part shows the right days.
        out["start_date"] = date::format("%FT00:00:00Z", event.dates.first());
        out["end_date"] = date::format("%FT23:59:59Z", event.dates.last());
        if (event.dates.days() == 1) out["all_day_date"] = date::format("%F", event.dates.first());
        out["all_day"] = true;
    }
    put(out, "timezone_identifier", event.place.time_zone);
    out["visibility"] = "public";
    out["location"] = location_json(event.place);
    // The host: the organization running the campaign.
    if (!organization.empty()) out["contact"] = ojson{{"name", organization}};
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
    put(custom, "region", event.region);
    if (!custom.empty()) out["custom_fields"] = std::move(custom);
    out["_links"] = self_links(event.id);
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
    const std::string local = g.id + "/contacts/" + std::to_string(index);
    out["identifiers"] = identifier(local);
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
        // A group's contact is reached there for the group: a work address.
        out["email_addresses"] =
            ojson::array({ojson{{"primary", true}, {"address", person.email}, {"address_type", "work"}}});
    }
    if (!person.phone.empty()) {
        ojson phone{{"primary", true}, {"number", phone_number(person, g.place.country)}};
        if (const auto extension = phone_extension(person.phone); !extension.empty()) phone["extension"] = extension;
        phone["number_type"] = "Work";
        out["phone_numbers"] = ojson::array({std::move(phone)});
    }
    ojson custom = ojson::object();
    custom["group_id"] = g.id;
    custom["group_name"] = g.name;
    put(custom, "role", person.role);
    put(custom, "region", g.region);
    out["custom_fields"] = std::move(custom);
    out["_links"] = self_links(local);
    return out;
}

// An action's addressee as an OSDI target: an official by `title`, an organization or a group
// by `organization`. OSDI's target has no kind nor group id: "advocacy:target_kind" and
// "advocacy:group_id" say them, as extension fields in advocacy's namespace.
auto target_json(const action_target& target) -> ojson {
    ojson out = ojson::object();
    put(out, target.kind == target_kind::official ? "title" : "organization", target.name);
    out["advocacy:target_kind"] = std::string(to_string(target.kind));
    put(out, "advocacy:group_id", target.id);
    return out;
}

auto action_json(const action& step) -> ojson {
    ojson out = ojson::object();
    const std::string local = "actions/" + step.id;
    out["identifiers"] = identifier(local);
    out["origin_system"] = std::string(issuer);
    out["name"] = step.id;
    out["title"] = step.title;
    put(out, "description", step.description);
    // Talking points are what OSDI's `templates` hold: a script to read over the phone, a
    // template for a letter.
    if (!step.talking_points.empty()) out["templates"] = step.talking_points;
    out["type"] = outreach_type(step.kind);
    // The default target (the supporter's own local group, unnamed) is said by leaving it out.
    if (step.target != action_target{}) out["targets"] = ojson::array({target_json(step.target)});
    out["_links"] = self_links(local);
    return out;
}

auto campaign_json(const campaign& c) -> ojson {
    ojson out = ojson::object();
    out["identifiers"] = identifier(c.id());
    out["origin_system"] = std::string(issuer);
    out["name"] = c.id();
    out["title"] = c.title();
    put(out, "summary", c.summary());
    out["_links"] = self_links(c.id());
    return out;
}

}  // namespace

auto to_osdi(const campaign& c) -> std::string {
    ojson out = ojson::object();
    ojson links = self_links(c.id());
    links["curies"] = ojson::array({ojson{{"name", "osdi"}, {"href", std::string(osdi_docs)}, {"templated", true}}});
    out["_links"] = std::move(links);

    ojson campaigns = ojson::array({campaign_json(c)});
    for (const auto& step : c.actions()) campaigns.push_back(action_json(step));

    ojson events = ojson::array();
    for (const auto& event : c.conferences()) events.push_back(event_json(event, c.organization()));

    ojson people = ojson::array();
    for (const auto& g : c.groups()) {
        for (std::size_t i = 0; i < g.contacts.size(); ++i) people.push_back(person_json(g, i));
    }

    ojson embedded = ojson::object();
    embedded["osdi:advocacy_campaigns"] = std::move(campaigns);
    embedded["osdi:events"] = std::move(events);
    embedded["osdi:people"] = std::move(people);
    out["_embedded"] = std::move(embedded);

    try {
        return out.dump(2) + "\n";
    } catch (const nlohmann::json::type_error& e) {
        throw validation_error("campaign " + c.id(), std::string("holds text that is not valid UTF-8: ") + e.what());
    }
}

}  // namespace advocacy
