// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Countries and their subdivisions (states, provinces, Länder, regions) by name and code, as
/// ISO 3166-1 and ISO 3166-2 give them. The table is generated at build time from Debian's
/// iso-codes package (cmake/iso3166_table.py), with iso-codes' English names of subdivisions
/// ("Bayern" is also "Bavaria"), so that no reader keeps its own list. Also: the time zone a
/// place lies in when its country or US state has only one.

#include <string_view>
#include <vector>

namespace advocacy::detail {

/// A country of ISO 3166-1.
struct country_row {
    std::string_view alpha_2;        ///< "DE"
    std::string_view alpha_3;        ///< "DEU"
    std::string_view name;           ///< "Germany"; "Korea, Republic of"
    std::string_view common_name;    ///< "South Korea", or the official name, or empty
    std::string_view official_name;  ///< "Federal Republic of Germany", or empty
};

/// A subdivision of ISO 3166-2.
struct subdivision_row {
    std::string_view country;       ///< "DE"
    std::string_view code;          ///< "BY": the code after the dash, as location::region holds it
    std::string_view name;          ///< "Bayern"
    std::string_view english_name;  ///< "Bavaria", empty when it is the name
};

/// The country a text names: its name, common or official name, alpha-3 code or one of a few
/// usual other names ("USA", "U.S.", "UK", "Deutschland"), compared without ASCII case and
/// Latin-1 accents; nullptr if none. Alpha-2 codes are not read here (see country_coded): "CA"
/// is California as often as Canada.
auto country_named(std::string_view text) -> const country_row*;

/// The country whose alpha-2 code is `code` (upper case: "DE"), nullptr if none.
auto country_coded(std::string_view code) -> const country_row*;

/// The subdivision of `country` named `name` (its name or English name, compared as
/// country_named compares), nullptr if none.
auto subdivision_named(std::string_view name, std::string_view country) -> const subdivision_row*;

/// The subdivision whose code is `code` ("BY", upper case) in `country`, nullptr if none.
auto subdivision_coded(std::string_view code, std::string_view country) -> const subdivision_row*;

/// The IANA time zone of a place when it follows from its country and region alone: a US state
/// whose whole area keeps one zone ("MA": "America/New_York"), else a country with one zone in
/// the OS time-zone database's zone1970.tab ("FR": "Europe/Paris"). Empty when the place spans
/// several zones (Texas, Canada, Germany with Büsingen) or the database has no such table.
auto zone_of_place(std::string_view country, std::string_view region) -> std::string_view;

/// Every IANA zone of a country ("DE": Europe/Berlin, Europe/Busingen) in the order of the OS
/// time-zone database's zone.tab, which lists a country's most populous zone first; empty for
/// a code it does not list.
auto zones_of_country(std::string_view country) -> const std::vector<std::string>&;

}  // namespace advocacy::detail
