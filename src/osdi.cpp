// SPDX-License-Identifier: MIT
#include "advocacy/osdi.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/error.hpp"

#include <date/tz.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <iterator>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
    put(out, "region", to_string(place.state));
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

// ---- reading ----------------------------------------------------------------------------------

namespace {

using json = nlohmann::json;

// The collections of an OSDI document: its `_embedded`, or (in older or hand-made documents) its
// top-level "osdi:..." members. Null when it has neither.
auto collections_of(const json& doc) -> const json* {
    if (!doc.is_object()) return nullptr;
    if (const auto embedded = doc.find("_embedded"); embedded != doc.end() && embedded->is_object()) return &*embedded;
    for (const auto& [key, value] : doc.items()) {
        if (key.starts_with("osdi:")) return &doc;
    }
    return nullptr;
}

auto text_of(const json& object, const char* key) -> std::string {
    const auto at = object.find(key);
    if (at == object.end() || at->is_null()) return {};
    if (!at->is_string()) throw validation_error(key, "not a string");
    return at->get<std::string>();
}

auto strings_of(const json& object, const char* key) -> std::vector<std::string> {
    std::vector<std::string> out;
    const auto at = object.find(key);
    if (at == object.end() || at->is_null()) return out;
    if (!at->is_array()) throw validation_error(key, "not a list of strings");
    for (const auto& item : *at) {
        if (!item.is_string()) throw validation_error(key, "not a list of strings");
        out.push_back(item.get<std::string>());
    }
    return out;
}

auto object_of(const json& object, const char* key) -> const json* {
    const auto at = object.find(key);
    if (at == object.end() || at->is_null()) return nullptr;
    if (!at->is_object()) throw validation_error(key, "not an object");
    return &*at;
}

// The part after "advocacy:" of the resource's advocacy identifier, if it has one.
auto own_identifier(const json& resource) -> std::optional<std::string> {
    for (const auto& id : strings_of(resource, "identifiers")) {
        if (id.starts_with(issuer) && id.size() > issuer.size() && id[issuer.size()] == ':') {
            return id.substr(issuer.size() + 1);
        }
    }
    return std::nullopt;
}

// An id for a resource of another system: its first identifier's local part ("action_network:
// d91b4b2e-..." -> "d91b4b2e-..."), when that is an id, else a slug of its title.
auto foreign_id(const json& resource, std::string_view title, std::string_view fallback) -> std::string {
    for (const auto& id : strings_of(resource, "identifiers")) {
        const auto colon = id.find(':');
        const std::string local = colon == std::string::npos ? id : id.substr(colon + 1);
        if (!local.empty() && detail::is_id(local)) return local;
    }
    return detail::slug(title, fallback);
}

// A time stamp as OSDI writes it: "2015-03-14", "2015-03-14T12:00:00Z", "...T19:00:00-06:00".
struct stamp {
    date::sys_days day;
    std::optional<std::chrono::minutes> time;    // of the day, as written
    std::optional<std::chrono::minutes> offset;  // from UTC, when written ("Z": 0)
};

auto digits_at(std::string_view text, std::size_t at, std::size_t count) -> std::optional<int> {
    if (at + count > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!detail::is_digit(text[i])) return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

auto parse_stamp(const std::string& field, std::string_view text) -> stamp {
    const auto bad = [&](std::string_view why) -> validation_error {
        return validation_error(field, detail::quoted(text) + ": " + std::string(why) +
                                           " (expected an ISO 8601 date or date-time: 2015-03-14T12:00:00Z)");
    };
    const auto year = digits_at(text, 0, 4);
    const auto month = digits_at(text, 5, 2);
    const auto day = digits_at(text, 8, 2);
    if (!year || !month || !day || text[4] != '-' || text[7] != '-') throw bad("not a date");
    const date::year_month_day ymd{date::year{*year}, date::month{static_cast<unsigned>(*month)},
                                   date::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok()) throw bad("no such day");
    stamp out{date::sys_days{ymd}, std::nullopt, std::nullopt};
    std::size_t at = 10;
    if (at == text.size()) return out;
    if (text[at] != 'T' && text[at] != ' ') throw bad("unexpected text after the date");
    const auto hour = digits_at(text, at + 1, 2);
    const auto minute = digits_at(text, at + 4, 2);
    if (!hour || !minute || text[at + 3] != ':' || *hour > 23 || *minute > 59) throw bad("not a time of day");
    out.time = std::chrono::hours{*hour} + std::chrono::minutes{*minute};
    at += 6;
    if (at < text.size() && text[at] == ':') {  // seconds, and a fraction: below the model's minutes
        if (!digits_at(text, at + 1, 2)) throw bad("not a time of day");
        at += 3;
        if (at < text.size() && text[at] == '.') {
            ++at;
            while (at < text.size() && detail::is_digit(text[at])) ++at;
        }
    }
    if (at == text.size()) return out;
    if (text[at] == 'Z' && at + 1 == text.size()) {
        out.offset = std::chrono::minutes{0};
        return out;
    }
    const auto oh = digits_at(text, at + 1, 2);
    const auto om = digits_at(text, at + 4, 2);
    if ((text[at] != '+' && text[at] != '-') || !oh || !om || text[at + 3] != ':' || at + 6 != text.size()) {
        throw bad("not a UTC offset (Z, +01:00, -06:00)");
    }
    const std::chrono::minutes offset = std::chrono::hours{*oh} + std::chrono::minutes{*om};
    out.offset = text[at] == '-' ? -offset : offset;
    return out;
}

// A local day and time of day in `zone` (floating: as written; no zone but an offset: UTC).
struct local_stamp {
    date::sys_days day;
    std::chrono::minutes time;
};

auto local_in(const stamp& s, const date::time_zone* zone) -> local_stamp {
    const auto written = s.day + *s.time;
    if (!s.offset) return {s.day, *s.time};
    const date::sys_time<std::chrono::minutes> instant{written.time_since_epoch() - *s.offset};
    const auto local = zone != nullptr ? date::floor<std::chrono::minutes>(zone->to_local(instant))
                                       : date::local_time<std::chrono::minutes>{instant.time_since_epoch()};
    const auto day = date::floor<date::days>(local);
    return {date::sys_days{day.time_since_epoch()}, local - day};
}

// The record's name in a warning: its title, name or email.
auto record_name(const json& record) -> std::string {
    if (!record.is_object()) return {};
    for (const char* key : {"title", "name"}) {
        if (const auto at = record.find(key); at != record.end() && at->is_string()) return at->get<std::string>();
    }
    std::string name;
    for (const char* key : {"given_name", "family_name"}) {
        if (const auto at = record.find(key); at != record.end() && at->is_string()) {
            if (!name.empty()) name += ' ';
            name += at->get<std::string>();
        }
    }
    return name;
}

class osdi_reader {
public:
    explicit osdi_reader(const osdi_read_options& options) : options_(options) {}

    // `embedded`: every member of `collections` is a collection; otherwise (a document with its
    // collections at the top) only the "osdi:..." members are, beside links and page counts.
    void read(const json& collections, bool embedded) {
        for (const auto& [key, value] : collections.items()) {
            if (!embedded && !key.starts_with("osdi:")) continue;
            // A collection of one may be embedded as the object itself.
            const json records = value.is_array() ? value : json::array({value});
            for (std::size_t i = 0; i < records.size(); ++i) read_record(key, i, records[i]);
        }
    }

    auto finish() -> import_result {
        campaign out(own_ ? own_->id : options_.campaign_id, own_ ? own_->title : options_.campaign_title);
        if (own_) {
            out.set_summary(own_->summary);
            out.set_organization(organization_);
        }
        for (auto& entry : conferences_) {
            add(entry.first, entry.second.name, [&] { out.add_conference(std::move(entry.second)); });
        }
        for (auto& entry : groups_) {
            add(entry.first, entry.second.name, [&] { out.add_group(std::move(entry.second)); });
        }
        for (auto& entry : actions_) {
            add(entry.first, entry.second.title, [&] { out.add_action(std::move(entry.second)); });
        }
        return {std::move(out), std::move(warnings_), {}};
    }

private:
    // Where a record stands: its collection and 1-based place there.
    struct place_in {
        std::string collection;
        std::size_t line;
    };
    struct own_campaign {
        std::string id, title, summary;
    };

    void read_record(const std::string& collection, std::size_t index, const json& record) {
        const place_in at{collection, index + 1};
        try {
            if (!record.is_object()) throw validation_error(collection, "a record that is not an object");
            if (collection == "osdi:events") read_event(at, record);
            else if (collection == "osdi:people") read_person(at, record);
            else if (collection == "osdi:advocacy_campaigns") read_advocacy_campaign(at, record);
            else warn(at, record_name(record), collection + " are not read: advocacy has no place for them");
        } catch (const error& e) {
            warn(at, record_name(record), e.what());
        } catch (const nlohmann::json::exception& e) {
            warn(at, record_name(record), e.what());
        }
    }

    void warn(const place_in& at, std::string text, const std::string& reason) {
        warnings_.push_back({at.line, std::move(text), at.collection + "[" + std::to_string(at.line - 1) + "]: " + reason});
    }

    template <class Add>
    void add(const place_in& at, const std::string& name, Add&& add_it) {
        try {
            add_it();
        } catch (const error& e) {
            warn(at, name, e.what());
        }
    }

    auto unique(std::string id, std::set<std::string>& taken) -> std::string {
        std::string out = id;
        for (int n = 2; !taken.insert(out).second; ++n) out = id + "-" + std::to_string(n);
        return out;
    }

    void read_advocacy_campaign(const place_in& at, const json& record) {
        const auto own = own_identifier(record);
        std::string title = text_of(record, "title");
        if (title.empty()) title = text_of(record, "name");
        if (own && own->find('/') == std::string::npos) {  // advocacy's campaign itself
            if (own_) throw validation_error("identifiers", "a second campaign: one document holds one");
            // Checked here, so that a bad one is this record's warning and the campaign falls back
            // to the options' id and title.
            detail::check_id("identifiers", *own);
            if (detail::is_blank(title)) throw validation_error("title", "missing: the campaign needs a title");
            own_ = own_campaign{*own, title, text_of(record, "summary")};
            return;
        }
        action step;
        step.title = title;
        if (step.title.empty()) throw validation_error("title", "missing: an action needs a title");
        const std::string local = own && own->starts_with("actions/") ? own->substr(8) : foreign_id(record, title, "action");
        step.id = unique(local, action_ids_);
        step.description = text_of(record, "description");
        if (step.description.empty()) step.description = text_of(record, "summary");
        step.kind = kind_of(at, record, step.title);
        for (auto& point : strings_of(record, "templates")) {
            if (!detail::is_blank(point)) step.talking_points.push_back(std::move(point));
        }
        const auto targets = record.find("targets");
        if (targets != record.end() && targets->is_array() && !targets->empty()) {
            step.target = target_of((*targets)[0]);
            if (targets->size() > 1) {
                warn(at, step.title, std::to_string(targets->size() - 1) + " more targets left out: an action has one");
            }
        } else {
            // The older documents' `targets`, and the examples' `target_universe`: a description
            // of whom to reach ("U.S. Congress"), read as an organization target.
            std::string universe = targets != record.end() && targets->is_string() ? targets->get<std::string>() : "";
            if (universe.empty()) universe = text_of(record, "target_universe");
            if (!universe.empty()) step.target = action_target{target_kind::organization, "", std::move(universe)};
        }
        actions_.emplace_back(at, std::move(step));
    }

    auto kind_of(const place_in& at, const json& record, const std::string& title) -> action_kind {
        const std::string type = text_of(record, "type");
        if (type.empty()) return action_kind::other;
        for (const auto& entry : outreach_words) {
            if (entry.word == type) return entry.kind;
        }
        try {
            return parse_action_kind(type);
        } catch (const parse_error&) {
            warn(at, title, "type " + detail::quoted(type) + " read as \"other\"");
            return action_kind::other;
        }
    }

    static auto target_of(const json& target) -> action_target {
        if (!target.is_object()) throw validation_error("targets[0]", "not an object");
        action_target out;
        std::string name;
        for (const char* key : {"title", "given_name", "family_name"}) {
            const std::string part = text_of(target, key);
            if (part.empty()) continue;
            if (!name.empty()) name += ' ';
            name += part;
        }
        const std::string organization = text_of(target, "organization");
        const std::string kind = text_of(target, "advocacy:target_kind");
        if (!kind.empty()) {
            out.kind = parse_target_kind(kind);
        } else {
            out.kind = name.empty() ? target_kind::organization : target_kind::official;
        }
        out.name = out.kind == target_kind::official ? (name.empty() ? organization : name) : (organization.empty() ? name : organization);
        out.id = text_of(target, "advocacy:group_id");
        return out;
    }

    void read_event(const place_in& at, const json& record) {
        conference event;
        event.name = text_of(record, "title");
        if (event.name.empty()) event.name = text_of(record, "name");
        if (event.name.empty()) throw validation_error("title", "missing: a conference needs a name");
        if (text_of(record, "status") == "cancelled") throw validation_error("status", "cancelled: not imported");
        const auto own = own_identifier(record);
        event.id = unique(own ? *own : foreign_id(record, event.name, "event"), conference_ids_);
        event.description = text_of(record, "description");
        event.registration_url = text_of(record, "browser_url");
        if (const json* place = object_of(record, "location")) read_location(*place, event.place);
        event.place.time_zone = text_of(record, "timezone_identifier");
        read_dates(record, event);
        if (const json* custom = object_of(record, "custom_fields")) {
            event.place.online = text_of(*custom, "online");
            event.region = text_of(*custom, "region");
            const std::string sessions = text_of(*custom, "sessions");
            for (std::size_t start = 0; start < sessions.size();) {
                auto end = sessions.find(", ", start);
                if (end == std::string::npos) end = sessions.size();
                event.sessions.push_back(parse_date_range(sessions.substr(start, end - start)));
                start = end + 2;
            }
        }
        if (const json* host = object_of(record, "contact"); host != nullptr && organization_.empty()) {
            organization_ = text_of(*host, "name");
        }
        validate(event);
        conferences_.emplace_back(at, std::move(event));
    }

    static void read_location(const json& place, location& out) {
        out.venue = text_of(place, "venue");
        out.address_lines = strings_of(place, "address_lines");
        out.locality = text_of(place, "locality");
        out.state = detail::state_at("location.region", text_of(place, "region"));
        out.postal_code = text_of(place, "postal_code");
        if (auto country = text_of(place, "country"); !country.empty()) out.country = std::move(country);
    }

    static void read_dates(const json& record, conference& event) {
        const std::string start_text = text_of(record, "start_date");
        const std::string end_text = text_of(record, "end_date");
        const std::string day_text = text_of(record, "all_day_date");
        const auto all_day = record.find("all_day");
        const bool whole_days = (all_day != record.end() && all_day->is_boolean() && all_day->get<bool>()) ||
                                (start_text.empty() && !day_text.empty());
        if (start_text.empty() && day_text.empty()) throw validation_error("start_date", "missing");
        const stamp start = parse_stamp("start_date", start_text.empty() ? day_text : start_text);
        const std::optional<stamp> end = end_text.empty() ? std::nullopt : std::optional(parse_stamp("end_date", end_text));
        if (whole_days || !start.time) {
            auto last = end ? end->day : start.day;
            // An end at the next midnight, as some servers write an all-day end, ends the day before.
            if (end && end->time == std::chrono::minutes{0} && last > start.day) last -= date::days{1};
            event.dates = date_range(start.day, last);
            return;
        }
        if (!end || !end->time) throw validation_error("end_date", "missing: a timed event needs its end");
        const date::time_zone* zone = nullptr;
        if (!event.place.time_zone.empty()) {
            try {
                zone = date::locate_zone(event.place.time_zone);
            } catch (const std::runtime_error&) {  // date's "not found": not one of advocacy's errors
                throw validation_error("timezone_identifier", detail::quoted(event.place.time_zone) +
                                                                  ": not a time zone of the IANA database");
            }
        } else if (start.offset) {
            event.place.time_zone = "UTC";  // an instant without a zone: kept in UTC
            zone = date::locate_zone("UTC");
        }
        const auto first = local_in(start, zone);
        const auto last = local_in(*end, zone);
        event.dates = date_range(first.day, last.day);
        event.start_time = first.time;
        event.end_time = last.time;
    }

    void read_person(const place_in& at, const json& record) {
        contact person;
        for (const char* key : {"given_name", "family_name"}) {
            const std::string part = text_of(record, key);
            if (part.empty()) continue;
            if (!person.name.empty()) person.name += ' ';
            person.name += part;
        }
        person.email = primary_of(at, record, "email_addresses", "address", person.name);
        if (person.name.empty()) person.name = person.email;
        if (person.name.empty()) throw validation_error("given_name", "missing: a contact needs a name or an email");
        std::string number = primary_of(at, record, "phone_numbers", "number", person.name);
        if (!number.empty()) {
            const bool digits = std::all_of(number.begin(), number.end(), [](char c) { return detail::is_digit(c); });
            // OSDI's numbers hold the country code ("16125550143"): a plus says so.
            person.phone = digits && number.size() > 10 ? "+" + number : number;
            if (const auto extension = extension_of(record); !extension.empty()) person.phone += " x" + extension;
        }
        std::string group_id = "people";
        std::string group_name = "People";
        std::string region;
        if (const json* custom = object_of(record, "custom_fields")) {
            if (auto id = text_of(*custom, "group_id"); !id.empty()) group_id = std::move(id);
            if (auto name = text_of(*custom, "group_name"); !name.empty()) group_name = std::move(name);
            person.role = text_of(*custom, "role");
            region = text_of(*custom, "region");
        }
        validate(person);
        auto found = std::find_if(groups_.begin(), groups_.end(), [&](const auto& entry) { return entry.second.id == group_id; });
        if (found == groups_.end()) {
            group g;
            g.id = group_id;
            g.name = group_name;
            g.region = region;
            groups_.emplace_back(at, std::move(g));
            found = std::prev(groups_.end());
        }
        found->second.contacts.push_back(std::move(person));
    }

    // The primary entry's `field` of the list `key` (the first when none is primary); a warning
    // for the others, which a contact cannot hold.
    auto primary_of(const place_in& at, const json& record, const char* key, const char* field, const std::string& who)
        -> std::string {
        const auto list = record.find(key);
        if (list == record.end() || !list->is_array() || list->empty()) return {};
        std::size_t chosen = 0;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto primary = (*list)[i].find("primary");
            if (primary != (*list)[i].end() && primary->is_boolean() && primary->get<bool>()) {
                chosen = i;
                break;
            }
        }
        if (list->size() > 1) {
            warn(at, who, std::to_string(list->size() - 1) + " more " + key + " left out: a contact has one");
        }
        const json& entry = (*list)[chosen];
        return entry.is_object() ? text_of(entry, field) : std::string();
    }

    static auto extension_of(const json& record) -> std::string {
        const auto list = record.find("phone_numbers");
        if (list == record.end() || !list->is_array()) return {};
        for (const auto& entry : *list) {
            const auto primary = entry.find("primary");
            if (list->size() == 1 || (primary != entry.end() && primary->is_boolean() && primary->get<bool>())) {
                return entry.is_object() ? text_of(entry, "extension") : std::string();
            }
        }
        return {};
    }

    const osdi_read_options& options_;
    std::optional<own_campaign> own_;
    std::string organization_;
    std::vector<std::pair<place_in, conference>> conferences_;
    std::vector<std::pair<place_in, group>> groups_;
    std::vector<std::pair<place_in, action>> actions_;
    std::set<std::string> conference_ids_, action_ids_;
    std::vector<import_warning> warnings_;
};

}  // namespace

auto looks_like_osdi(std::string_view text) noexcept -> bool {
    // The names of the top-level object's members, each value skipped over (strings, and nesting
    // counted): text inside a value ("_embedded" in a summary) does not count.
    text = detail::without_bom(text);
    std::size_t at = 0;
    const auto skip_space = [&] {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
    };
    // The end of the string starting at `at` (its opening quote), past its closing quote; npos if open.
    const auto string_end = [&](std::size_t from) -> std::size_t {
        for (std::size_t i = from + 1; i < text.size(); ++i) {
            if (text[i] == '\\') ++i;
            else if (text[i] == '"') return i + 1;
        }
        return std::string_view::npos;
    };
    skip_space();
    if (at >= text.size() || text[at] != '{') return false;
    ++at;
    while (true) {
        skip_space();
        if (at >= text.size() || text[at] != '"') return false;
        const auto key_end = string_end(at);
        if (key_end == std::string_view::npos) return false;
        const auto key = text.substr(at + 1, key_end - at - 2);
        if (key == "_embedded" || key.starts_with("osdi:")) return true;
        at = key_end;
        skip_space();
        if (at >= text.size() || text[at] != ':') return false;
        ++at;
        int depth = 0;
        for (; at < text.size(); ++at) {
            const char c = text[at];
            if (c == '"') {
                const auto end = string_end(at);
                if (end == std::string_view::npos) return false;
                at = end - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0) return false;  // the object ends: no OSDI member
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (at >= text.size()) return false;
        ++at;  // past the comma
    }
}

auto read_osdi(std::string_view text, const osdi_read_options& options) -> import_result {
    json doc;
    try {
        doc = json::parse(detail::without_bom(text));
    } catch (const nlohmann::json::parse_error& e) {
        const std::size_t offset = detail::bom_length(text) + (e.byte == 0 ? 0 : e.byte - 1);
        const auto where = detail::line_holding(text, offset);
        std::string reason = e.what();
        if (const auto colon = reason.find(": ", reason.find("parse error")); colon != std::string::npos) {
            reason = reason.substr(colon + 2);
        }
        throw parse_error(where.text, where.column, "invalid JSON: " + reason, where.number);
    } catch (const nlohmann::json::exception& e) {
        const auto where = detail::line_holding(text, 0);
        throw parse_error(where.text, 0, std::string("invalid JSON: ") + e.what(), where.number);
    }
    const json* collections = collections_of(doc);
    if (collections == nullptr) {
        const auto where = detail::line_holding(text, 0);
        throw parse_error(where.text, 0,
                          "not an OSDI document: expected a JSON object with \"_embedded\" or \"osdi:...\" collections",
                          where.number);
    }
    osdi_reader reader(options);
    reader.read(*collections, collections != &doc);
    return reader.finish();
}

}  // namespace advocacy
