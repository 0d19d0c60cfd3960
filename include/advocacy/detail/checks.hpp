// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Checks and small text forms shared by the model: ids, codes, URLs, line breaks, times of
/// day, and the field names of nested objects.

#include "advocacy/detail/text.hpp"
#include "advocacy/detail/utf8.hpp"
#include "advocacy/error.hpp"
#include "advocacy/state_code.hpp"

#include <date/date.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace advocacy::detail {

/// Whether `text` is a state or province code: 1-3 upper-case ASCII letters or digits ("MD", "ON").
constexpr auto is_region_code(std::string_view text) noexcept -> bool {
    return !text.empty() && state_code::valid(text);
}

/// Whether `code` is a US ZIP code as written: five digits ("55401") or ZIP+4 ("55401-1234").
constexpr auto is_zip_code(std::string_view code) noexcept -> bool {
    const auto digits = [&](std::size_t from, std::size_t count) {
        for (std::size_t i = from; i < from + count; ++i) {
            if (!is_digit(code[i])) return false;
        }
        return true;
    };
    if (code.size() == 5) return digits(0, 5);
    return code.size() == 10 && digits(0, 5) && code[5] == '-' && digits(6, 4);
}

/// Whether `c` may stand in an id: an ASCII letter, a digit, '-', '_' or '.'.
constexpr auto is_id_char(char c) noexcept -> bool {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '_' || c == '.';
}

/// Whether `text` may serve as an id: non-empty, of is_id_char characters only.
/// Ids become iCalendar UIDs and JSON keys, so nothing that would need quoting there.
constexpr auto is_id(std::string_view text) noexcept -> bool {
    if (text.empty()) return false;
    for (char c : text) {
        if (!is_id_char(c)) return false;
    }
    return true;
}

/// Whether `text` holds a CR or LF, which would break iCalendar and vCard lines.
constexpr auto has_line_break(std::string_view text) noexcept -> bool {
    return find_any_of(text, "\r\n") != std::string_view::npos;
}

/// `text` in double quotes, for messages.
inline auto quoted(std::string_view text) -> std::string {
    // Appended rather than "\"" + std::string: GCC 12 at -O3 warns falsely (-Wrestrict) on that.
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out.append(text);
    out += '"';
    return out;
}

/// `text` as a state code ("" gives the empty one); validation_error naming `field` when it is
/// not 1-3 upper-case letters or digits.
inline auto state_at(std::string_view field, std::string_view text) -> state_code {
    if (!state_code::valid(text)) {
        throw validation_error(std::string(field), quoted(text) + " is not a state or province code: expected 1-3 upper-case "
                                                                  "letters or digits, such as \"MD\"");
    }
    return state_code{text};
}

/// A time of day as 24-hour "HH:MM" ("07:05", "19:00"); minutes outside a day wrap into it.
inline auto clock_text(std::chrono::minutes since_midnight) -> std::string {
    const auto total = ((since_midnight.count() % 1440) + 1440) % 1440;
    std::string out(5, ':');
    out[0] = static_cast<char>('0' + total / 600);
    out[1] = static_cast<char>('0' + total / 60 % 10);
    out[3] = static_cast<char>('0' + total % 60 / 10);
    out[4] = static_cast<char>('0' + total % 10);
    return out;
}

/// A time of day as a poster writes it: "7:00 pm", "12:30 am"; minutes outside a day wrap into it.
inline auto clock_text_12h(std::chrono::minutes since_midnight) -> std::string {
    const auto total = ((since_midnight.count() % 1440) + 1440) % 1440;
    const auto hour = total / 60;
    const auto minute = total % 60;
    std::string out = std::to_string(hour % 12 == 0 ? 12 : hour % 12);
    out += ':';
    if (minute < 10) out += '0';
    out += std::to_string(minute);
    out += hour < 12 ? " am" : " pm";
    return out;
}

/// The name of an object in field names: `conference "ma-2015"`, or `conference` without an id.
inline auto object_name(std::string_view kind, std::string_view id) -> std::string {
    return id.empty() ? std::string(kind) : std::string(kind) + " " + quoted(id);
}

/// Throws validation_error(field, ...) unless `text` is an id (see is_id).
inline void check_id(std::string_view field, std::string_view text) {
    if (text.empty()) throw validation_error(std::string(field), "required");
    if (!is_id(text)) {
        throw validation_error(std::string(field), quoted(text) + " is not an id: expected ASCII letters, digits, '-', '_' or '.'");
    }
}

/// Throws validation_error(field, ...) when `text` holds a line break.
inline void check_single_line(std::string_view field, std::string_view text) {
    if (has_line_break(text)) throw validation_error(std::string(field), "must not contain a line break");
}

/// The length of the UTF-8 byte order mark at the start of `text` (3), or 0 when there is none.
/// Readers skip it: editors on some systems put it before the first character.
constexpr auto bom_length(std::string_view text) noexcept -> std::size_t {
    return text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

/// `text` without a leading UTF-8 byte order mark.
constexpr auto without_bom(std::string_view text) noexcept -> std::string_view { return text.substr(bom_length(text)); }

/// The length of the control character at `i`: 1 for C0 controls and DEL, 2 for the C1
/// controls U+0080..U+009F in UTF-8, 0 otherwise.
constexpr auto control_at(std::string_view text, std::size_t i) noexcept -> std::size_t {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return 1;
    if (c == 0xC2 && i + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (next >= 0x80 && next <= 0x9F) return 2;
    }
    return 0;
}

/// Whether a terminal acts on `code` rather than showing it: the C1 controls, the line and
/// paragraph separators and the bidirectional embeddings, overrides and isolates, which can make
/// a name read as something else.
constexpr auto acts_on_terminal(char32_t code) noexcept -> bool {
    return (code >= 0x80 && code <= 0x9F) || code == 0x2028 || code == 0x2029 || (code >= 0x202A && code <= 0x202E) ||
           (code >= 0x2066 && code <= 0x2069);
}

/// `text` as a message or a terminal should show it, whole and inert: C0 controls and DEL as
/// "\n", "\r", "\t", "\x00" .. "\x1f", "\x7f"; bytes that are not UTF-8 as "\xc2"; and what
/// acts_on_terminal as "\u009b", "\u202e". Anything else, backslashes included, stays as it is.
inline auto escaped(std::string_view text) -> std::string {
    constexpr std::string_view hex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = decode_utf8(text, i);
        if (c.length == 0 || c.code < 0x20 || c.code == 0x7F) {
            const auto byte = static_cast<unsigned char>(text[i++]);
            if (byte == '\n') {
                out += "\\n";
            } else if (byte == '\r') {
                out += "\\r";
            } else if (byte == '\t') {
                out += "\\t";
            } else {
                out += "\\x";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            }
        } else if (acts_on_terminal(c.code)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4) out += hex[(c.code >> shift) & 0xF];
            i += c.length;
        } else {
            out.append(text.substr(i, c.length));
            i += c.length;
        }
    }
    return out;
}

/// How many bytes at the start of `text` show nothing (see is_blank): where its first visible
/// character starts, or its size.
constexpr auto blank_prefix(std::string_view text) noexcept -> std::size_t {
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
        } else if (text.substr(i).starts_with("\xC2\xA0")) {
            i += 2;
        } else if (const std::size_t n = control_at(text, i)) {
            i += n;
        } else {
            break;
        }
    }
    return i;
}

/// Whether `text` shows nothing: empty, or only spaces, no-break spaces and control characters
/// (a name like that would be an empty line in every export).
constexpr auto is_blank(std::string_view text) noexcept -> bool { return blank_prefix(text) == text.size(); }

/// The check for every name and title of the model: throws validation_error(field, ...) when
/// `text` is blank (see is_blank), and as check_single_line when it holds a line break.
inline void check_required_line(std::string_view field, std::string_view text) {
    // is_blank stops at the first visible character, the first of most names.
    if (is_blank(text)) {
        if (text.find_first_not_of(" \t") == std::string_view::npos) throw validation_error(std::string(field), "required");
        throw validation_error(std::string(field), "required: " + detail::quoted(escaped(text)) + " shows no visible character");
    }
    check_single_line(field, text);
}

/// Whether `name` is a time zone whose meaning depends on the machine: "localtime" (and
/// "posixrules") name whatever zone the system is set to, so a file that holds one means
/// different times on different machines.
constexpr auto is_machine_zone(std::string_view name) noexcept -> bool {
    return name == "localtime" || name == "posixrules" || name.ends_with("/localtime") || name.ends_with("/posixrules");
}

/// Throws validation_error(field, ...) when `name` is a zone that depends on the machine (see
/// is_machine_zone). Other names are left to the time-zone database.
inline void check_portable_zone(std::string_view field, std::string_view name) {
    if (is_machine_zone(name)) {
        throw validation_error(std::string(field), quoted(name) + " depends on the machine's settings; expected an IANA name such "
                                                                  "as \"America/Chicago\"");
    }
}

/// The years a date of the model may have: the four-digit years every format writes.
inline constexpr int first_year = 1000;
inline constexpr int last_year = 9999;
/// The first and last days of those years.
inline constexpr date::sys_days first_day{date::year{first_year} / 1 / 1};
inline constexpr date::sys_days last_day{date::year{last_year} / 12 / 31};

/// Whether `day` lies in the years first_year to last_year.
constexpr auto in_years(date::sys_days day) noexcept -> bool {
    const auto year = static_cast<int>(date::year_month_day{day}.year());
    return year >= first_year && year <= last_year;
}

/// Throws validation_error(field, ...) unless `text` is empty or an http(s) URL without spaces
/// or control characters.
inline void check_url(std::string_view field, std::string_view text) {
    if (text.empty()) return;
    for (char c : text) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == '\x7f') {
            throw validation_error(std::string(field), quoted(text) + " holds a space or control character; expected a URL");
        }
    }
    std::string_view rest;
    if (text.starts_with("https://")) {
        rest = text.substr(8);
    } else if (text.starts_with("http://")) {
        rest = text.substr(7);
    } else {
        throw validation_error(std::string(field), quoted(text) + " is not a URL: expected http:// or https://");
    }
    if (rest.empty() || rest.front() == '/') throw validation_error(std::string(field), quoted(text) + " has no host");
}

/// Throws validation_error(field, ...) unless `email` (not empty) looks like one: one @, something
/// before it, a dot inside the domain, no spaces or control characters. Each reason starts with
/// `shown`: "the email" for a supporter, whose personal data no message repeats, or, when empty,
/// the quoted value (an organizer's contact). Defined in src/contact.cpp.
void check_email(std::string_view field, std::string_view email, std::string_view shown);

/// Throws validation_error(field, ...) unless `phone` (not empty) holds digits, spaces and
/// + ( ) - . / only, a + only first, and an optional extension ("x123", "ext. 12"); reasons start
/// with `shown` as check_email's do. Defined in src/contact.cpp.
void check_phone(std::string_view field, std::string_view phone, std::string_view shown);

/// Runs `check` and rethrows its validation_error with the field `rename(field)` gives. The checks
/// inside name fields plainly ("email") and the full name ("group \"g\": contacts[0].email") is
/// built only for an error: validating a valid object builds no string.
template <class Check, class Rename>
void renaming_fields(Check&& check, Rename&& rename) {
    try {
        std::invoke(std::forward<Check>(check));
    } catch (const validation_error& e) {
        throw validation_error(std::invoke(std::forward<Rename>(rename), e.field()), e.reason());
    }
}

/// `field` with its leading `from` ("contact.") replaced by `to` ("contacts[0]."), or as it is
/// when it does not start with `from`.
inline auto replace_prefix(const std::string& field, std::string_view from, std::string_view to) -> std::string {
    if (!field.starts_with(from)) return field;
    std::string out(to);
    out.append(field, from.size());
    return out;
}

/// The fields of the object `kind` named `id`: "conference \"ma-2015\": " before each (see
/// object_name), for renaming_fields.
inline auto fields_of_object(std::string_view kind, std::string_view id) {
    return [kind, id](const std::string& field) { return object_name(kind, id) + ": " + field; };
}

}  // namespace advocacy::detail
