// SPDX-License-Identifier: MIT
#include "advocacy/file.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/file.hpp"
#include "advocacy/detail/format.hpp"
#include "advocacy/detail/names.hpp"
#include "advocacy/error.hpp"
#include "advocacy/json.hpp"
#include "advocacy/listing.hpp"
#include "advocacy/osdi.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace advocacy {
namespace {

namespace fs = std::filesystem;

constexpr detail::name_table<file_format, 7> format_names{{{file_format::automatic, "auto"},
                                                           {file_format::json, "json"},
                                                           {file_format::icalendar, "icalendar"},
                                                           {file_format::vcard, "vcard"},
                                                           {file_format::osdi, "osdi"},
                                                           {file_format::listing, "listing"},
                                                           {file_format::text, "text"}}};

// What a file's extension says: its format and, for a listing, its shape.
struct extension_entry {
    std::string_view extension;
    file_format format;
    listing_format shape = listing_format::automatic;
};

constexpr std::array<extension_entry, 10> extensions{{{".json", file_format::json},
                                                      {".ics", file_format::icalendar},
                                                      {".ical", file_format::icalendar},
                                                      {".vcf", file_format::vcard},
                                                      {".vcard", file_format::vcard},
                                                      {".md", file_format::listing, listing_format::markdown},
                                                      {".markdown", file_format::listing, listing_format::markdown},
                                                      {".csv", file_format::listing, listing_format::csv},
                                                      {".tsv", file_format::listing, listing_format::tsv},
                                                      {".txt", file_format::text}}};

constexpr std::string_view writable = "json (.json), icalendar (.ics), vcard (.vcf) or osdi (named)";

// The extension of `path` in lower case, with its dot (".ics"); empty for none.
auto extension_of(const fs::path& path) -> std::string {
    auto extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

auto entry_of(const fs::path& path) -> const extension_entry* {
    const auto extension = extension_of(path);
    const auto* it = std::find_if(extensions.begin(), extensions.end(),
                                  [&](const extension_entry& e) { return e.extension == extension; });
    return it == extensions.end() ? nullptr : it;
}

// How a message names what a file holds.
auto described(file_format format) -> std::string_view {
    switch (format) {
        case file_format::automatic: return "any format";
        case file_format::json: return "a JSON campaign";
        case file_format::icalendar: return "iCalendar";
        case file_format::vcard: return "vCards";
        case file_format::osdi: return "OSDI";
        case file_format::listing: return "a listing";
        case file_format::text: return "plain text";
    }
    return "an unknown format";
}

// What a text is to be read as, and why, for the message that refuses a text holding another.
struct expectation {
    file_format format = file_format::automatic;
    listing_format shape = listing_format::automatic;
    std::string holder = "the text";  // "the file camp.json"
    std::string extension{};          // ".json" when the format comes from it
};

// The format a text shows by its first line: json, icalendar or vcard, text for any other text;
// automatic for an empty or binary one (read_any refuses those with their own message).
auto shown_format(std::string_view text) -> file_format {
    switch (detail::sniff_format(text)) {
        case detail::file_format::json: return file_format::json;
        case detail::file_format::osdi: return file_format::osdi;
        case detail::file_format::icalendar: return file_format::icalendar;
        case detail::file_format::vcard: return file_format::vcard;
        case detail::file_format::text:
        case detail::file_format::listing: return file_format::text;
        case detail::file_format::empty:
        case detail::file_format::binary: break;
    }
    return file_format::automatic;
}

// The first line of `text` that is not blank, and its 1-based number.
auto first_line(std::string_view text) -> std::pair<std::string_view, std::size_t> {
    text = detail::without_bom(text);
    std::size_t number = 1;
    while (!text.empty()) {
        const auto end = std::min(text.find('\n'), text.size());
        auto line = text.substr(0, end);
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (line.find_first_not_of(" \t\r\f\v") != std::string_view::npos) return {line, number};
        text.remove_prefix(std::min(end + 1, text.size()));
        ++number;
    }
    return {{}, 1};
}

[[noreturn]] void refuse_content(std::string_view text, file_format shown, const expectation& e) {
    std::string reason = e.holder + " holds " + std::string(described(shown)) + ", not " +
                         std::string(described(e.format));
    if (!e.extension.empty()) {
        reason += " as its extension " + e.extension + " says: name the format (\"" + std::string(to_string(shown)) +
                  "\") to read it all the same";
    } else {
        reason += ", the format named (\"auto\" reads it as its content shows)";
    }
    const auto [line, number] = first_line(text);
    throw parse_error(line, 0, reason, number);
}

auto read_as_listing(std::string_view text, listing_format shape, const load_options& options) -> file_import {
    listing_options listing;
    listing.reference = options.reference;
    listing.format = shape;
    auto read = read_listing(text, listing);
    return {std::move(read.value), file_format::listing, std::move(read.warnings)};
}

// As `advocacy import` reads a file: by what its content shows.
auto read_by_content(std::string_view text, const load_options& options) -> file_import {
    announcement_options announcement;
    announcement.reference = options.reference;
    auto read = detail::read_any(text, announcement, options.progress);
    const auto format = read.format == detail::file_format::json        ? file_format::json
                        : read.format == detail::file_format::osdi      ? file_format::osdi
                        : read.format == detail::file_format::icalendar ? file_format::icalendar
                        : read.format == detail::file_format::vcard     ? file_format::vcard
                        : read.format == detail::file_format::listing   ? file_format::listing
                                                                        : file_format::text;
    return {std::move(read.value), format, std::move(read.warnings)};
}

auto read_text(std::string_view text, const expectation& e, const load_options& options) -> file_import {
    const auto shown = shown_format(text);
    if (e.format != file_format::automatic && shown != file_format::automatic) {
        const auto expected = e.format == file_format::listing ? file_format::text : e.format;
        // OSDI documents are JSON files too: the extension .json says JSON, not whose schema.
        const bool osdi_in_json = shown == file_format::osdi && e.format == file_format::json && !e.extension.empty();
        if (shown != expected && !osdi_in_json) refuse_content(text, shown, e);
    }
    auto result = e.format == file_format::listing && shown != file_format::automatic
                      ? read_as_listing(text, e.shape, options)
                      : read_by_content(text, options);
    if (options.progress) options.progress(text.size(), text.size());
    return result;
}

}  // namespace

auto to_string(file_format format) -> std::string_view { return detail::name_of(format_names, format); }

auto parse_file_format(std::string_view name) -> file_format {
    return detail::parse_name(format_names, "file format", name);
}

auto file_format_of(const std::filesystem::path& path) -> file_format {
    const auto* entry = entry_of(path);
    return entry == nullptr ? file_format::automatic : entry->format;
}

auto file_import::nothing_found() const -> bool {
    return value.actions().empty() && value.conferences().empty() && value.groups().empty();
}

auto import_text(std::string_view text, const load_options& options) -> file_import {
    return read_text(text, {options.format}, options);
}

auto import_file(const std::filesystem::path& path, const load_options& options) -> file_import {
    expectation e{options.format, listing_format::automatic, "the file " + path.string()};
    if (e.format == file_format::automatic) {
        if (const auto* entry = entry_of(path)) {
            e.format = entry->format;
            e.shape = entry->shape;
            e.extension = extension_of(path);
        }
    }
    load_options reading = options;
    std::uintmax_t size = 0;
    progress_function read_progress;
    if (options.progress) {
        // One bar for the whole work: the bytes read, then the same bytes built into the campaign.
        read_progress = [&](std::uintmax_t done, std::uintmax_t total) {
            size = total;
            options.progress(done, 2 * total);
        };
        reading.progress = [&](std::uintmax_t done, std::uintmax_t total) {
            options.progress(size + std::min(done, size), 2 * std::max(size, total));
        };
    }
    const auto text = detail::read_file(path, options.max_size, read_progress);
    size = text.size();
    return read_text(text, e, reading);
}

auto load(const std::filesystem::path& path, const load_options& options) -> campaign {
    auto result = import_file(path, options);
    if (!result.warnings.empty()) {
        const auto& first = result.warnings.front();
        std::string reason = first.reason;
        if (result.warnings.size() > 1) reason += " (and " + std::to_string(result.warnings.size() - 1) + " more)";
        reason += "; load reads a file whole: import_file reads what it can and lists what it leaves out";
        throw parse_error(first.text, 0, reason, first.line);
    }
    return std::move(result.value);
}

auto save_format(const std::filesystem::path& path, file_format format) -> file_format {
    std::string source;
    if (format == file_format::automatic) {
        const auto extension = extension_of(path);
        if (extension.empty()) return file_format::json;
        const auto* entry = entry_of(path);
        if (entry == nullptr) {
            throw validation_error("format", "cannot tell the format to save " + path.string() + " in from its extension " +
                                                 extension + ": name one of " + std::string(writable));
        }
        format = entry->format;
        source = " (its extension " + extension + ")";
    }
    if (format == file_format::listing || format == file_format::text) {
        throw validation_error("format", "cannot save " + path.string() + " as " + std::string(described(format)) + source +
                                             ": advocacy reads listings and plain text but does not write them; it saves " +
                                             std::string(writable));
    }
    return format;
}

void save(const campaign& c, const std::filesystem::path& path, const save_options& options) {
    // The text is made first: a campaign that cannot be written must not touch the disk at all.
    std::string text;
    switch (save_format(path, options.format)) {
        case file_format::icalendar: text = to_icalendar(c, options.icalendar); break;
        case file_format::vcard: text = to_vcard(c, options.vcard); break;
        case file_format::osdi: text = to_osdi(c); break;
        case file_format::automatic:  // save_format() names the format
        case file_format::json:
        case file_format::listing:  // refused by save_format()
        case file_format::text: text = to_json(c); break;
    }
    detail::write_file_atomically(path, text, options.progress);
}

void save(const campaign& c, const std::filesystem::path& path, file_format format) {
    save_options options;
    options.format = format;
    save(c, path, options);
}

auto read_file(const std::filesystem::path& path, std::uintmax_t max_size, const progress_function& progress)
    -> std::string {
    return detail::read_file(path, max_size, progress);
}

void write_file(const std::filesystem::path& path, std::string_view content, const progress_function& progress) {
    detail::write_file_atomically(path, content, progress);
}

}  // namespace advocacy
