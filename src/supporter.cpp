// SPDX-License-Identifier: MIT
#include "advocacy/supporter.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/fields.hpp"
#include "advocacy/detail/places.hpp"
#include "advocacy/detail/zip_prefixes.hpp"
#include "advocacy/error.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace advocacy {
namespace {

// Every message below names the field and the rule, never the value: a supporter's fields are
// personal data, and warnings and errors end up in logs.

auto field_of(std::string_view name) -> std::string { return "supporter." + std::string(name); }

void check_line(std::string_view name, std::string_view text) {
    if (detail::has_line_break(text)) throw validation_error(field_of(name), "must not contain a line break");
}

void check_supporter_id(std::string_view name, std::string_view text) {
    if (text.empty()) throw validation_error(field_of(name), "required");
    if (!detail::is_id(text)) {
        throw validation_error(field_of(name), "is not an id: expected ASCII letters, digits, '-', '_' or '.'");
    }
}

void check_place(const supporter& person) {
    if (!person.state.empty() && !detail::is_region_code(person.state)) {
        throw validation_error("supporter.state", "is not a state code: expected 1-3 upper-case letters or digits, "
                                                  "as in \"MN\"");
    }
    const auto& country = person.country;
    if (country.size() != 2 || !detail::is_upper(country[0]) || !detail::is_upper(country[1]) ||
        (detail::country_coded(country) == nullptr && country != "XK")) {
        throw validation_error("supporter.country", "is not a country code ISO 3166-1 assigns, such as \"US\"");
    }
    if (country == "US" && !person.postal_code.empty() && !detail::is_zip_code(person.postal_code)) {
        throw validation_error("supporter.postal_code", "is not a ZIP code: expected five digits, or ZIP+4 as in "
                                                        "\"55401-1234\"");
    }
}

using json = nlohmann::json;

auto kind_of(const json& value) -> std::string { return value.type_name(); }

}  // namespace

void validate(const supporter& person) {
    for (const auto& [name, member] : supporter_fields) check_line(name, person.*member);
    check_supporter_id("id", person.id);
    if (detail::is_blank(person.name)) throw validation_error("supporter.name", "required");
    if (!person.email.empty()) detail::check_email("supporter.email", person.email, "the email");
    if (!person.phone.empty()) detail::check_phone("supporter.phone", person.phone, "the phone");
    check_place(person);
    if (person.preferred_group) check_supporter_id("preferred_group", *person.preferred_group);
}

auto to_string(const supporter& person) -> std::string {
    std::string out = person.name;
    if (!person.email.empty()) out += " <" + person.email + ">";
    std::string place = person.locality;
    if (!person.state.empty()) place += (place.empty() ? "" : ", ") + person.state;
    if (!person.postal_code.empty()) place += (place.empty() ? "" : " ") + person.postal_code;
    if (person.country != "US" && !person.country.empty()) place += (place.empty() ? "" : ", ") + person.country;
    if (!place.empty()) out += (out.empty() ? "" : ", ") + place;
    return out;
}

auto operator<<(std::ostream& out, const supporter& person) -> std::ostream& { return out << to_string(person); }

auto state_of_zip(std::string_view zip) noexcept -> std::string_view { return detail::zip_state(zip); }

auto to_json(const supporter& person) -> std::string {
    for (const auto& [name, member] : supporter_fields) {
        if (detail::first_invalid_utf8(person.*member) != std::string_view::npos) {
            throw validation_error("/" + std::string(name), "is not valid UTF-8; JSON holds UTF-8 text only");
        }
    }
    if (person.preferred_group && detail::first_invalid_utf8(*person.preferred_group) != std::string_view::npos) {
        throw validation_error("/preferred_group", "is not valid UTF-8; JSON holds UTF-8 text only");
    }
    // Keys in the table's order: nlohmann's ordered_json keeps insertion order.
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [name, member] : supporter_fields) out[std::string(name)] = person.*member;
    out["preferred_group"] = person.preferred_group ? nlohmann::ordered_json(*person.preferred_group) : nullptr;
    return out.dump();
}

auto supporter_from_json(std::string_view text) -> supporter {
    json value;
    try {
        value = json::parse(text);
    } catch (const json::parse_error& e) {
        // The text itself is personal data: the error keeps the offset only.
        const auto at = e.byte == 0 ? 0 : e.byte - 1;
        throw parse_error("", at, "not a JSON object: bad JSON syntax at offset " + std::to_string(at));
    } catch (const json::out_of_range&) {
        // nlohmann's only out_of_range while parsing: a number beyond double's range (406).
        throw parse_error("", 0, "not a JSON object: a number is too large to read");
    }
    if (!value.is_object()) throw parse_error("", 0, "expected a JSON object, got " + kind_of(value));
    supporter out;
    for (const auto& [name, member] : supporter_fields) {
        const auto it = value.find(name);
        if (it == value.end() || it->is_null()) continue;
        if (!it->is_string()) {
            throw parse_error("", 0, "/" + std::string(name) + ": expected a string, got " + kind_of(*it));
        }
        out.*member = it->get<std::string>();
    }
    if (const auto it = value.find("preferred_group"); it != value.end() && !it->is_null()) {
        if (!it->is_string()) throw parse_error("", 0, "/preferred_group: expected a string or null, got " + kind_of(*it));
        out.preferred_group = it->get<std::string>();
    }
    validate(out);
    return out;
}

}  // namespace advocacy

auto std::hash<advocacy::supporter>::operator()(const advocacy::supporter& person) const noexcept -> std::size_t {
    std::size_t seed = 0;
    for (const auto& [name, member] : advocacy::supporter_fields) {
        advocacy::detail::mix(seed, advocacy::detail::hash_value(person.*member));
    }
    advocacy::detail::mix(seed, advocacy::detail::hash_value(person.preferred_group));
    return seed;
}
