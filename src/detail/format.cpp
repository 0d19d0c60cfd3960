// SPDX-License-Identifier: MIT
#include "advocacy/detail/format.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/detail/utf8.hpp"
#include "advocacy/error.hpp"
#include "advocacy/icalendar.hpp"
#include "advocacy/json.hpp"
#include "advocacy/listing.hpp"
#include "advocacy/osdi.hpp"
#include "advocacy/vcard.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

namespace advocacy::detail {
namespace {

auto is_blank(char c) noexcept -> bool {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Whether `text` starts with `word` in any case, followed by the end of the text or by a
// character that cannot continue a name ("BEGIN:VCARD" is not "BEGIN:VCARDS").
auto starts_with_word(std::string_view text, std::string_view word) noexcept -> bool {
    if (text.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
        const auto expected = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
        if (lower != expected) return false;
    }
    if (text.size() == word.size()) return true;
    const auto next = static_cast<unsigned char>(text[word.size()]);
    return !((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9') ||
             next == '-' || next == '_');
}

// The offset of the first byte of `text` that is a NUL or not part of well-formed UTF-8, or npos.
auto first_bad_byte(std::string_view text) noexcept -> std::size_t {
    const auto nul = text.find('\0');
    const auto bad = first_invalid_utf8(text.substr(0, nul));
    return bad != std::string_view::npos ? bad : nul;
}

[[noreturn]] void refuse_binary(std::string_view content) {
    const auto offset = first_bad_byte(content);
    const auto line = line_holding(content, offset);
    const auto byte = static_cast<unsigned char>(content[offset]);
    constexpr std::string_view hex = "0123456789ABCDEF";
    std::string reason = byte == 0 ? "a NUL byte" : std::string("byte 0x") + hex[byte >> 4] + hex[byte & 0xF] + ", not UTF-8,";
    reason += " in a file that should be text: import reads an announcement, an iCalendar file or a JSON campaign";
    throw parse_error(line.text, line.column, reason, line.number);
}

}  // namespace

auto sniff_format(std::string_view content) noexcept -> file_format {
    auto rest = without_bom(content);
    while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
    if (rest.empty()) return file_format::empty;
    if (first_bad_byte(content) != std::string_view::npos) return file_format::binary;
    if (rest.front() == '{' || rest.front() == '[') return looks_like_osdi(rest) ? file_format::osdi : file_format::json;
    if (starts_with_word(rest, "BEGIN:VCARD")) return file_format::vcard;
    // read_icalendar also reads components written without their VCALENDAR (a lone VEVENT).
    for (std::string_view component : {"BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VTODO", "BEGIN:VJOURNAL", "BEGIN:VFREEBUSY",
                                       "BEGIN:VTIMEZONE", "BEGIN:VALARM"}) {
        if (starts_with_word(rest, component)) return file_format::icalendar;
    }
    return file_format::text;
}

auto to_string(file_format format) -> std::string_view {
    switch (format) {
        case file_format::empty: return "empty";
        case file_format::binary: return "binary";
        case file_format::json: return "JSON";
        case file_format::osdi: return "OSDI";
        case file_format::icalendar: return "iCalendar";
        case file_format::vcard: return "vCard";
        case file_format::text: return "text";
        case file_format::listing: return "listing";
    }
    return "unknown";
}

auto imported::nothing_found() const -> bool {
    return value.actions().empty() && value.conferences().empty() && value.groups().empty();
}

auto read_any(std::string_view content, const announcement_options& options,
              const std::function<void(std::uintmax_t, std::uintmax_t)>& progress) -> imported {
    const auto format = sniff_format(content);
    switch (format) {
        case file_format::empty:
            throw parse_error("", 0, "the file is empty: there is nothing to import", 1);
        case file_format::binary:
            refuse_binary(content);
        case file_format::vcard: {
            auto result = read_vcard(content);
            return {std::move(result.value), format, std::move(result.warnings)};
        }
        case file_format::json: {
            json_read_options json;
            json.progress = progress;
            return {campaign_from_json(content, json), format, {}};
        }
        case file_format::osdi: {
            auto result = read_osdi(content);
            return {std::move(result.value), format, std::move(result.warnings)};
        }
        case file_format::icalendar: {
            // Leniently: an event the model cannot hold is named in a warning, not the end of the import.
            read_options calendar;
            calendar.progress = progress;
            auto result = read_icalendar(content, calendar);
            return {std::move(result.value), format, std::move(result.warnings)};
        }
        case file_format::text:
        case file_format::listing:
            break;
    }
    listing_options listing;
    listing.reference = options.reference;
    listing.format = detect_listing_format(content);
    if (listing.format != listing_format::text) {
        auto result = read_listing(content, listing);
        return {std::move(result.value), file_format::listing, std::move(result.warnings)};
    }
    auto read = parse_announcement(content, options);
    imported announcement{std::move(read.value), format, std::move(read.warnings)};
    // Plain lines that hold only events are a listing, whose reader takes more of them (events
    // without a place, names and years from the lines above): an announcement asks for actions.
    const auto& found = announcement.value;
    if (!found.actions().empty() || !found.milestones().empty() || !found.groups().empty()) return announcement;
    auto result = read_listing(content, listing);
    if (result.value.conferences().empty()) return announcement;
    return {std::move(result.value), file_format::listing, std::move(result.warnings)};
}

}  // namespace advocacy::detail
