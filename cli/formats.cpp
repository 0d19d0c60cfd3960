// SPDX-License-Identifier: MIT
// What listings print for scripts: --format json (one array of objects, with the field names of
// the campaign's JSON schema) or csv (a header row, then RFC 4180 rows).
#include "command.hpp"

#include <algorithm>
#include <cctype>

namespace advocacy::cli {
namespace {

/// The object's fields as "dotted.path" -> value: nested objects are followed, a null is left
/// out, a list is kept whole (written as its JSON text in a cell).
void flatten(const json& value, const std::string& path, std::map<std::string, json>& cells) {
    if (value.is_object()) {
        for (const auto& [key, field] : value.items()) flatten(field, path.empty() ? key : path + "." + key, cells);
    } else if (!value.is_null()) {
        cells[path] = value;
    }
}

/// A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, its
/// quotes doubled. Its text is escaped as everything the command prints.
auto csv_field(const json& value) -> std::string {
    const std::string raw =
        value.is_string() ? value.get<std::string>() : value.dump(-1, ' ', false, json::error_handler_t::replace);
    const std::string text = escaped(raw);
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void write_csv(std::ostream& out, const json& rows, std::vector<std::string> columns) {
    std::vector<std::map<std::string, json>> table;
    for (const auto& row : rows) {
        auto& cells = table.emplace_back();
        flatten(row, "", cells);
        // A field the columns do not name yet still gets one: nothing is dropped.
        for (const auto& [name, value] : cells) {
            if (std::find(columns.begin(), columns.end(), name) == columns.end()) columns.push_back(name);
        }
    }
    auto line = [&](auto cell_of) {
        for (std::size_t i = 0; i < columns.size(); ++i) out << (i == 0 ? "" : ",") << cell_of(columns[i]);
        out << "\r\n";
    };
    line([](const std::string& name) { return csv_field(name); });
    for (const auto& cells : table) {
        line([&](const std::string& name) {
            const auto it = cells.find(name);
            return it == cells.end() ? std::string() : csv_field(it->second);
        });
    }
}

}  // namespace

void add_format(CLI::App& sub, output_format& target) {
    sub.add_option_function<std::string>(
           "--format",
           [&target](const std::string& name) {
               target = name == "json" ? output_format::json : name == "csv" ? output_format::csv : output_format::text;
           },
           "text (the default), json or csv")
        ->type_name("text|json|csv")
        ->transform(CLI::Validator(
            [](std::string& name) -> std::string {
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
                if (name == "text" || name == "json" || name == "csv") return {};
                return "is text, json or csv, not \"" + name + "\"";
            },
            ""))
        ->group("Output");
}

void write_rows(std::ostream& out, output_format format, const json& rows, std::vector<std::string> columns) {
    if (format == output_format::csv) return write_csv(out, rows, std::move(columns));
    // Every character past ASCII as \uXXXX: valid JSON that cannot drive a terminal.
    out << rows.dump(2, ' ', true, json::error_handler_t::replace) << "\n";
}

auto campaign_objects(const advocacy::campaign& c, const std::string& kind, const std::vector<std::string>& ids)
    -> json {
    // The campaign's own writer gives the schema's fields: they are listed once, in json.cpp.
    const auto all = json::parse(advocacy::to_json(c)).at(kind);
    auto rows = json::array();
    for (const auto& id : ids) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const json& object) { return object.at("id") == id; });
        if (it != all.end()) rows.push_back(*it);
    }
    return rows;
}

auto local_time(const date::zoned_seconds& t) -> std::string { return date::format("%FT%R", t.get_local_time()); }

}  // namespace advocacy::cli
