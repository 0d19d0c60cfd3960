// SPDX-License-Identifier: MIT
#include "advocacy/supporter_list.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/delimited.hpp"
#include "advocacy/detail/names.hpp"
#include "advocacy/detail/places.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace advocacy {
namespace {

using detail::trim;

constexpr detail::name_table<supporter_format, 4> format_names{{{supporter_format::automatic, "auto"},
                                                               {supporter_format::csv, "csv"},
                                                               {supporter_format::tsv, "tsv"},
                                                               {supporter_format::jsonl, "jsonl"}}};

// ---- columns --------------------------------------------------------------------------------

enum class column : std::uint8_t {
    id, name, first_name, last_name, email, phone, locality, state, postal_code, country, preferred_group, other
};
constexpr std::size_t column_count = static_cast<std::size_t>(column::other);

// Header names as CRMs and spreadsheets write them, folded (see fold_header). Action Network
// exports first_name, last_name, email, zip_code, can2_phone, can2_user_city,
// can2_state_abbreviated, uuid; EveryAction VANID, FirstName, LastName, City, State, Zip5,
// HomePhone, PreferredEmail; Mobilize first_name, last_name, email, phone, zip.
constexpr std::pair<std::string_view, column> header_names[] = {
    {"id", column::id},
    {"supporterid", column::id},
    {"personid", column::id},
    {"memberid", column::id},
    {"contactid", column::id},
    {"externalid", column::id},
    {"vanid", column::id},
    {"uuid", column::id},
    {"name", column::name},
    {"fullname", column::name},
    {"firstname", column::first_name},
    {"givenname", column::first_name},
    {"first", column::first_name},
    {"lastname", column::last_name},
    {"familyname", column::last_name},
    {"surname", column::last_name},
    {"last", column::last_name},
    {"email", column::email},
    {"emailaddress", column::email},
    {"mail", column::email},
    {"phone", column::phone},
    {"phonenumber", column::phone},
    {"mobile", column::phone},
    {"mobilephone", column::phone},
    {"cellphone", column::phone},
    {"cell", column::phone},
    {"city", column::locality},
    {"locality", column::locality},
    {"town", column::locality},
    {"state", column::state},
    {"statecode", column::state},
    {"stateabbreviated", column::state},
    {"stateabbreviation", column::state},
    {"stateprovince", column::state},
    {"province", column::state},
    {"zip", column::postal_code},
    {"zipcode", column::postal_code},
    {"zip5", column::postal_code},
    {"postalcode", column::postal_code},
    {"postcode", column::postal_code},
    {"country", column::country},
    {"countrycode", column::country},
    {"preferredgroup", column::preferred_group},
    {"preferredgroupid", column::preferred_group},
    {"groupid", column::preferred_group},
    {"group", column::preferred_group},
    {"localgroup", column::preferred_group},
};

// Prefixes CRMs put before a column's name ("can2_user_city", "PreferredEmail", "HomePhone").
constexpr std::string_view header_prefixes[] = {"can2", "user", "primary", "preferred", "home", "mailing", "address", "my"};

// A header folded for matching: ASCII letters in lower case, spaces, '_', '-' and '.' left out.
auto fold_header(std::string_view header) -> std::string {
    std::string out;
    for (char c : trim(header)) {
        if (c == ' ' || c == '_' || c == '-' || c == '.') continue;
        out += detail::to_lower(c);
    }
    return out;
}

auto column_named(std::string_view header) -> column {
    std::string_view folded_view;
    const std::string folded = fold_header(header);
    folded_view = folded;
    for (;;) {
        for (const auto& [name, kind] : header_names) {
            if (name == folded_view) return kind;
        }
        bool stripped = false;
        for (auto prefix : header_prefixes) {
            if (folded_view.size() > prefix.size() && folded_view.starts_with(prefix)) {
                folded_view.remove_prefix(prefix.size());
                stripped = true;
                break;
            }
        }
        if (!stripped) return column::other;
    }
}

// The values of one row by column, and the names the input gave those columns.
struct row_values {
    std::array<std::string_view, column_count> values{};
    const std::array<std::string, column_count>* names = nullptr;

    auto operator[](column c) const -> std::string_view { return values[static_cast<std::size_t>(c)]; }
    auto name_of(column c) const -> std::string {
        const auto& n = (*names)[static_cast<std::size_t>(c)];
        return n.empty() ? std::string(format_column_name(c)) : n;
    }
    static auto format_column_name(column c) -> std::string_view {
        constexpr std::array<std::string_view, column_count> names{"id",    "name",        "first_name", "last_name",
                                                                    "email", "phone",       "city",       "state",
                                                                    "zip_code", "country", "preferred_group"};
        return names[static_cast<std::size_t>(c)];
    }
};

// Why a row is left out: the column at fault (other: the whole row) and the reason.
struct row_fault {
    column at = column::other;
    std::string reason;
};

// ---- one row into a supporter ---------------------------------------------------------------

auto upper(std::string_view text) -> std::string {
    std::string out(text);
    for (char& c : out) {
        if (detail::is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

// The column validate()'s field names.
auto column_of_field(std::string_view field, const row_values& row) -> column {
    constexpr std::string_view prefix = "supporter.";
    if (field.starts_with(prefix)) field.remove_prefix(prefix.size());
    if (field == "id") return column::id;
    if (field == "name") return row[column::name].empty() ? column::first_name : column::name;
    if (field == "email") return column::email;
    if (field == "phone") return column::phone;
    if (field == "locality") return column::locality;
    if (field == "state") return column::state;
    if (field == "postal_code") return column::postal_code;
    if (field == "country") return column::country;
    if (field == "preferred_group") return column::preferred_group;
    return column::other;
}

class row_builder {
public:
    explicit row_builder(const supporter_read_options& options) : options_(options) {}

    // The supporter of a row, or the fault that leaves it out. `note` is set when the row is read
    // with something left out.
    auto build(const row_values& row, std::size_t number, std::optional<row_fault>& note) const
        -> std::pair<std::optional<supporter>, row_fault> {
        for (std::size_t k = 0; k < column_count; ++k) {
            const auto value = row.values[k];
            const auto at = static_cast<column>(k);
            if (value.size() > options_.max_field_length) {
                return fail(at, "is " + std::to_string(value.size()) + " bytes long, more than the " +
                                    std::to_string(options_.max_field_length) + " a field may have");
            }
            if (detail::first_invalid_utf8(value) != std::string_view::npos) return fail(at, "is not valid UTF-8");
        }
        supporter person;
        person.id = trim(row[column::id]).empty() ? "row-" + std::to_string(number) : std::string(trim(row[column::id]));
        if (auto name = trim(row[column::name]); !name.empty()) {
            person.name = name;
        } else {
            const auto first = trim(row[column::first_name]);
            const auto last = trim(row[column::last_name]);
            person.name = std::string(first) + (first.empty() || last.empty() ? "" : " ") + std::string(last);
        }
        if (detail::is_blank(person.name)) {
            return fail(row[column::name].empty() && !row.names->at(static_cast<std::size_t>(column::first_name)).empty()
                            ? column::first_name
                            : column::name,
                        "missing: a supporter needs a name (name, or first_name and last_name)");
        }
        person.email = trim(row[column::email]);
        person.phone = trim(row[column::phone]);
        person.locality = trim(row[column::locality]);
        if (const auto group = trim(row[column::preferred_group]); !group.empty()) person.preferred_group = group;
        if (auto fault = read_country(trim(row[column::country]), person)) return {std::nullopt, std::move(*fault)};
        if (auto fault = read_state(trim(row[column::state]), person)) return {std::nullopt, std::move(*fault)};
        person.postal_code = trim(row[column::postal_code]);
        if (person.country == "US" && !person.postal_code.empty()) {
            if (!detail::is_zip_code(person.postal_code)) {
                return fail(column::postal_code, "is not a ZIP code: expected five digits, or ZIP+4 as in \"55401-1234\"");
            }
            if (person.state.empty()) {
                person.state = state_of_zip(person.postal_code);
                if (person.state.empty()) {
                    note = row_fault{column::postal_code,
                                     "its three-digit prefix is not one USPS uses for a state: read without a state"};
                }
            }
        }
        try {
            validate(person);
        } catch (const validation_error& e) {
            return fail(column_of_field(e.field(), row), e.reason());
        }
        return {std::move(person), {}};
    }

private:
    static auto fail(column at, std::string reason) -> std::pair<std::optional<supporter>, row_fault> {
        return {std::nullopt, row_fault{at, std::move(reason)}};
    }

    auto read_country(std::string_view text, supporter& person) const -> std::optional<row_fault> {
        if (text.empty()) {
            person.country = options_.country;
            return std::nullopt;
        }
        if (text.size() == 2 && detail::country_coded(upper(text)) != nullptr) {
            person.country = upper(text);
        } else if (const auto* row = detail::country_named(text)) {
            person.country = row->alpha_2;
        } else {
            return row_fault{column::country, "is not a country: expected an ISO 3166-1 code such as \"US\" or a "
                                              "country's name"};
        }
        return std::nullopt;
    }

    static auto read_state(std::string_view text, supporter& person) -> std::optional<row_fault> {
        if (text.empty()) return std::nullopt;
        if (const auto code = upper(text); detail::is_region_code(code)) {
            person.state = code;
        } else if (const auto* row = detail::subdivision_named(text, person.country)) {
            person.state = row->code;
        } else {
            return row_fault{column::state, "is not a state: expected a code such as \"MN\" or a state's name"};
        }
        return std::nullopt;
    }

    const supporter_read_options& options_;
};

// ---- the formats ----------------------------------------------------------------------------

auto detect(std::string_view text) -> supporter_format {
    const auto start = detail::skip_spaces(text, 0);
    if (detail::byte_at(text, start) == '{') return supporter_format::jsonl;
    const auto end = text.find_first_of("\r\n");
    return text.substr(0, end).find('\t') != std::string_view::npos ? supporter_format::tsv : supporter_format::csv;
}

// Hands each row's outcome to the callers, counting.
class list_reader {
public:
    list_reader(const supporter_read_options& options, const std::function<void(supporter&&)>& take,
                const std::function<void(supporter_warning&&)>& warn)
        : builder_(options), take_(take), warn_(warn), progress_(options.progress) {}

    void row(const row_values& values, std::size_t line) {
        const auto number = ++summary_.rows;
        std::optional<row_fault> note;
        auto [person, fault] = builder_.build(values, number, note);
        if (!person) {
            skip(values, line, std::move(fault));
            return;
        }
        if (note) warn_(supporter_warning{line, number, name_of(values, note->at), std::move(note->reason), false});
        ++summary_.read;
        take_(std::move(*person));
    }

    // A row left out before its values are known (more fields than the header, bad JSON).
    void skip(std::size_t line, std::string reason) {
        const auto number = ++summary_.rows;
        ++summary_.skipped;
        warn_(supporter_warning{line, number, "", std::move(reason), true});
    }

    auto summary() -> supporter_read_summary& { return summary_; }

    // Tells the progress function, every 4096 rows, how far the text is read.
    void tick(std::size_t offset, std::size_t total, bool done = false) {
        if (progress_ && (done || summary_.rows % 4096 == 0)) progress_(offset, total);
    }

private:
    void skip(const row_values& values, std::size_t line, row_fault fault) {
        ++summary_.skipped;
        warn_(supporter_warning{line, summary_.rows, name_of(values, fault.at), std::move(fault.reason), true});
    }

    static auto name_of(const row_values& values, column c) -> std::string {
        return c == column::other ? std::string() : values.name_of(c);
    }

    row_builder builder_;
    const std::function<void(supporter&&)>& take_;
    const std::function<void(supporter_warning&&)>& warn_;
    supporter_read_summary summary_;
    const std::function<void(std::uintmax_t, std::uintmax_t)>& progress_;
};

void read_delimited(std::string_view text, char delimiter, list_reader& out) {
    detail::delimited_reader reader(text, delimiter);
    detail::delimited_record header;
    if (!reader.next(header)) throw parse_error("", 0, "empty supporter list: expected a header row");
    if (header.unterminated) {
        // Every row after it would be read as part of one header cell: refuse rather than find none.
        throw parse_error(header.raw, 0, "a quoted field opened in the header row is never closed", header.line);
    }
    std::array<std::string, column_count> names{};
    std::vector<column> kinds;
    for (const auto& cell : header.cells) {
        auto kind = column_named(cell);
        if (kind != column::other && !names[static_cast<std::size_t>(kind)].empty()) kind = column::other;  // first wins
        if (kind != column::other) names[static_cast<std::size_t>(kind)] = trim(cell);
        kinds.push_back(kind);
    }
    auto has = [&](column c) { return !names[static_cast<std::size_t>(c)].empty(); };
    if (!has(column::name) && !has(column::first_name) && !has(column::last_name)) {
        // The header is the file's own words (column names), not a supporter's: it may be quoted.
        throw parse_error(header.raw, 0,
                          "the header row names no name column: expected name, or first_name and last_name",
                          header.line);
    }
    detail::delimited_record r;
    row_values values;
    values.names = &names;
    while (reader.next(r)) {
        if (r.unterminated) {
            out.skip(r.line, "a quoted field opened in this row is never closed; the rest of the text was not read");
            out.tick(reader.offset(), text.size());
            continue;
        }
        if (r.cells.size() > kinds.size()) {
            out.skip(r.line, "has " + std::to_string(r.cells.size()) + " fields, more than the header's " +
                                 std::to_string(kinds.size()) + " columns");
            out.tick(reader.offset(), text.size());
            continue;
        }
        values.values = {};
        for (std::size_t k = 0; k < r.cells.size(); ++k) {
            if (kinds[k] != column::other) values.values[static_cast<std::size_t>(kinds[k])] = r.cells[k];
        }
        out.row(values, r.line);
        out.tick(reader.offset(), text.size());
    }
    out.tick(text.size(), text.size(), true);
}

void read_json_lines(std::string_view text, list_reader& out) {
    std::size_t line = 0;
    std::size_t start = 0;
    std::array<std::string, column_count> names{};
    std::array<std::string, column_count> storage{};
    row_values values;
    values.names = &names;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        auto content = text.substr(start, end - start);
        start = end + 1;
        ++line;
        if (trim(content).empty()) continue;
        nlohmann::json object;
        try {
            object = nlohmann::json::parse(content);
        } catch (const nlohmann::json::parse_error& e) {
            // Not e.what(): nlohmann quotes the text it read, a supporter's data.
            const auto at = e.byte == 0 ? 0 : e.byte - 1;
            out.skip(line, "is not a JSON object: bad JSON syntax at offset " + std::to_string(at));
            continue;
        } catch (const nlohmann::json::out_of_range&) {
            // nlohmann's only out_of_range while parsing: a number beyond double's range (406).
            out.skip(line, "is not a JSON object: a number is too large to read");
            continue;
        }
        if (!object.is_object()) {
            out.skip(line, std::string("is not a JSON object: got ") + object.type_name());
            continue;
        }
        values.values = {};
        names = {};
        std::string bad_key;
        std::string bad_type;
        for (const auto& [key, value] : object.items()) {
            const auto kind = column_named(key);
            if (kind == column::other) continue;
            const auto k = static_cast<std::size_t>(kind);
            if (!names[k].empty()) continue;  // first wins, as in a header
            if (value.is_string()) {
                storage[k] = value.get<std::string>();
            } else if (value.is_number_integer() || value.is_number_unsigned()) {
                storage[k] = value.dump();
            } else if (value.is_null()) {
                storage[k].clear();
            } else {
                bad_key = key;
                bad_type = value.type_name();
                break;
            }
            names[k] = key;
            values.values[k] = storage[k];
        }
        if (!bad_key.empty()) {
            out.skip(line, "the value of " + detail::quoted(detail::escaped(bad_key)) + " is a " + bad_type +
                               ": expected a string");
            continue;
        }
        out.row(values, line);
        out.tick(std::min(start, text.size()), text.size());
    }
    out.tick(text.size(), text.size(), true);
}

}  // namespace

auto to_string(supporter_format format) -> std::string_view { return detail::name_of(format_names, format); }

auto parse_supporter_format(std::string_view name) -> supporter_format {
    return detail::parse_name(format_names, "supporter list format", name);
}

auto to_string(const supporter_warning& warning) -> std::string {
    std::string out = "line " + std::to_string(warning.line) + " (row " + std::to_string(warning.row) +
                      (warning.skipped ? ")" : ", read)");
    if (!warning.column.empty()) out += ", column " + detail::quoted(detail::escaped(warning.column));
    return out + ": " + warning.reason;
}

auto for_each_supporter(std::string_view text, const supporter_read_options& options,
                        const std::function<void(supporter&&)>& take,
                        const std::function<void(supporter_warning&&)>& warn) -> supporter_read_summary {
    if (options.country.size() != 2 || detail::country_coded(options.country) == nullptr) {
        throw validation_error("country", detail::quoted(detail::escaped(options.country)) +
                                              " is not a country code ISO 3166-1 assigns, such as \"US\"");
    }
    text = detail::without_bom(text);
    auto format = options.format == supporter_format::automatic ? detect(text) : options.format;
    list_reader reader(options, take, warn);
    if (format == supporter_format::jsonl) {
        read_json_lines(text, reader);
    } else {
        read_delimited(text, format == supporter_format::tsv ? '\t' : ',', reader);
    }
    auto& summary = reader.summary();
    summary.format = to_string(format);
    return std::move(summary);
}

auto read_supporters(std::string_view text, const supporter_read_options& options) -> supporter_list {
    supporter_list out;
    const auto summary = for_each_supporter(
        text, options, [&](supporter&& person) { out.supporters.push_back(std::move(person)); },
        [&](supporter_warning&& warning) { out.warnings.push_back(std::move(warning)); });
    out.rows = summary.rows;
    out.format = summary.format;
    return out;
}

}  // namespace advocacy
