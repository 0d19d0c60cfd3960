// SPDX-License-Identifier: MIT
#include "advocacy/detail/places.hpp"

#include "advocacy/detail/text.hpp"

#include <array>
#include <cstddef>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace advocacy::detail {
namespace {

// generated_countries and generated_subdivisions, written at build time from iso-codes.
#include "iso3166_table.inc"

// Usual names of countries that ISO 3166-1 does not list, the few an English or local text
// writes for a country ("UK" is no ISO code: the code is GB). Keys as key() folds them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 13> other_country_names{{
    {"u.s.", "US"},     {"u.s.a.", "US"},      {"us", "US"},     {"uk", "GB"},          {"u.k.", "GB"},
    {"great britain", "GB"}, {"britain", "GB"}, {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"},
    {"deutschland", "DE"}, {"espana", "ES"},   {"italia", "IT"},
}};

// A name as looked up: trimmed, ASCII letters in lower case, Latin-1 letters without accents.
auto key(std::string_view name) -> std::string { return fold(trim(name)); }

// Where an alpha-2 code ("US") lies in tables::countries_by_code; nothing for any other text.
auto code_slot(std::string_view code) noexcept -> std::optional<std::size_t> {
    const auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (code.size() != 2 || !letter(code[0]) || !letter(code[1])) return std::nullopt;
    return static_cast<std::size_t>(code[0] - 'A') * 26 + static_cast<std::size_t>(code[1] - 'A');
}

struct tables {
    std::unordered_map<std::string, const country_row*> countries_by_name;
    // By alpha-2 code, indexed by its two letters: every location validated looks its country
    // up, so without hashing or a string.
    std::array<const country_row*, 26 * 26> countries_by_code{};
    // name -> the subdivisions of that name, at most one per country
    std::unordered_map<std::string, std::vector<const subdivision_row*>> subdivisions_by_name;
    std::unordered_map<std::string, const subdivision_row*> subdivisions_by_code;  // "DE-BY"

    tables() {
        for (const auto& c : generated_countries) {
            countries_by_code.at(*code_slot(c.alpha_2)) = &c;
            for (const auto name : {c.name, c.common_name, c.official_name, c.alpha_3}) {
                if (!name.empty()) countries_by_name.emplace(key(name), &c);
            }
        }
        for (const auto& [name, code] : other_country_names) {
            countries_by_name.emplace(std::string(name), countries_by_code.at(*code_slot(code)));
        }
        for (const auto& s : generated_subdivisions) {
            subdivisions_by_code.emplace(std::string(s.country) + "-" + std::string(s.code), &s);
            for (const auto name : {s.name, s.english_name}) {
                if (name.empty()) continue;
                auto& rows = subdivisions_by_name[key(name)];
                bool known = false;
                for (const auto* r : rows) known = known || r->country == s.country;
                if (!known) rows.push_back(&s);
            }
        }
    }
};

// Built on first use, once: every lookup is then one hash.
auto the_tables() -> const tables& {
    static const tables t;
    return t;
}

// US states whose whole area keeps one zone (with DC and Puerto Rico). Left out, as they span
// several: AK, AZ (the Navajo Nation keeps daylight saving time), FL, ID, IN, KS, KY, MI, ND, NE,
// NV (West Wendover), OR, SD, TN, TX.
constexpr std::array<std::pair<std::string_view, std::string_view>, 37> us_state_zones{{
    {"AL", "America/Chicago"},     {"AR", "America/Chicago"},      {"CA", "America/Los_Angeles"},
    {"CO", "America/Denver"},      {"CT", "America/New_York"},     {"DC", "America/New_York"},
    {"DE", "America/New_York"},    {"GA", "America/New_York"},     {"HI", "Pacific/Honolulu"},
    {"IA", "America/Chicago"},     {"IL", "America/Chicago"},      {"LA", "America/Chicago"},
    {"MA", "America/New_York"},    {"MD", "America/New_York"},     {"ME", "America/New_York"},
    {"MN", "America/Chicago"},     {"MO", "America/Chicago"},      {"MS", "America/Chicago"},
    {"MT", "America/Denver"},      {"NC", "America/New_York"},     {"NH", "America/New_York"},
    {"NJ", "America/New_York"},    {"NM", "America/Denver"},       {"NY", "America/New_York"},
    {"OH", "America/New_York"},    {"OK", "America/Chicago"},      {"PA", "America/New_York"},
    {"PR", "America/Puerto_Rico"}, {"RI", "America/New_York"},     {"SC", "America/New_York"},
    {"UT", "America/Denver"},      {"VA", "America/New_York"},     {"VT", "America/New_York"},
    {"WA", "America/Los_Angeles"}, {"WI", "America/Chicago"},      {"WV", "America/New_York"},
    {"WY", "America/Denver"},
}};

// The zones of each country in one of the OS database's tables (zone1970.tab lists several
// countries on a line, "DE,DK,NO,SE,SJ"), in the directory date-tz reads (TZDIR, else
// /usr/share/zoneinfo).
auto zones_per_country(const std::string& table) -> std::map<std::string, std::vector<std::string>, std::less<>> {
    std::map<std::string, std::vector<std::string>, std::less<>> out;
    const char* dir = std::getenv("TZDIR");
    std::ifstream in(std::string(dir != nullptr && *dir != '\0' ? dir : "/usr/share/zoneinfo") + "/" + table);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
        if (tab2 == std::string::npos) continue;
        const auto tab3 = line.find('\t', tab2 + 1);
        const auto zone = line.substr(tab2 + 1, tab3 == std::string::npos ? std::string::npos : tab3 - tab2 - 1);
        for (std::size_t b = 0; b < tab1;) {
            auto comma = line.find(',', b);
            if (comma == std::string::npos || comma > tab1) comma = tab1;
            out[line.substr(b, comma - b)].push_back(zone);
            b = comma + 1;
        }
    }
    return out;
}

// The one zone of each country that has one: counted in zone1970.tab (zones that differ since
// 1970), named as zone.tab names it when that also lists one (the Netherlands: zone1970.tab
// names Europe/Brussels, zone.tab Europe/Amsterdam).
auto country_zones() -> const std::map<std::string, std::string, std::less<>>& {
    static const auto zones = [] {
        std::map<std::string, std::string, std::less<>> out;
        const auto since_1970 = zones_per_country("zone1970.tab");
        const auto each = zones_per_country("zone.tab");
        for (const auto& [country, list] : since_1970) {
            if (list.size() != 1) continue;
            const auto own = each.find(country);
            out.emplace(country, own != each.end() && own->second.size() == 1 ? own->second.front() : list.front());
        }
        return out;
    }();
    return zones;
}

}  // namespace

auto country_named(std::string_view text) -> const country_row* {
    const auto& t = the_tables();
    const auto found = t.countries_by_name.find(key(text));
    return found == t.countries_by_name.end() ? nullptr : found->second;
}

auto country_coded(std::string_view code) -> const country_row* {
    const auto& t = the_tables();
    const auto slot = code_slot(code);
    return slot ? t.countries_by_code[*slot] : nullptr;
}

auto subdivision_named(std::string_view name, std::string_view country) -> const subdivision_row* {
    const auto& t = the_tables();
    const auto found = t.subdivisions_by_name.find(key(name));
    if (found == t.subdivisions_by_name.end()) return nullptr;
    for (const auto* row : found->second) {
        if (row->country == country) return row;
    }
    return nullptr;
}

auto subdivision_coded(std::string_view code, std::string_view country) -> const subdivision_row* {
    const auto& t = the_tables();
    const auto found = t.subdivisions_by_code.find(std::string(country) + "-" + std::string(code));
    return found == t.subdivisions_by_code.end() ? nullptr : found->second;
}

auto zone_of_place(std::string_view country, std::string_view region) -> std::string_view {
    if (country == "US" && !region.empty()) {
        for (const auto& [state, zone] : us_state_zones) {
            if (state == region) return zone;
        }
        return {};
    }
    const auto& zones = country_zones();
    const auto found = zones.find(country);
    return found == zones.end() ? std::string_view{} : std::string_view(found->second);
}

auto zones_of_country(std::string_view country) -> const std::vector<std::string>& {
    static const auto each = zones_per_country("zone.tab");
    static const std::vector<std::string> none;
    const auto found = each.find(country);
    return found == each.end() ? none : found->second;
}

}  // namespace advocacy::detail
