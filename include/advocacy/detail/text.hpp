// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The one text toolkit of the readers: stepping through UTF-8, the one set of spaces and the one
/// set of dashes, trimming, case folding and slugs. Every reader of human text (dates, meeting
/// schedules, announcements) takes these from here, so that what one reader calls a space or a
/// range dash, every reader does.
///
/// Spaces (space_at): the ASCII blanks and line breaks (U+0009..U+000D, U+0020) and the Unicode
/// space separators that posters and web pages put between words: U+00A0 (no-break), U+1680,
/// U+2000..U+200A (en quad to hair space, with the thin U+2009), U+202F (narrow no-break),
/// U+205F and U+3000 (ideographic).
///
/// Range dashes (dash_at): the hyphen-minus '-', U+2010 hyphen, U+2011 non-breaking hyphen,
/// U+2012 figure dash, U+2013 en dash, U+2014 em dash, U+2015 horizontal bar and U+2212 minus
/// sign. Word processors put any of them between the two ends of "Nov 13–15" and between an
/// event's dates and its place, so each of them separates there.

#include "advocacy/detail/utf8.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace advocacy::detail {

/// The byte at `i` as an unsigned value, 0 past the end: lets scanners look ahead without
/// checking the size first.
constexpr auto byte_at(std::string_view s, std::size_t i) noexcept -> unsigned char {
    return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

/// How far to step over the character at `i` (`i < s.size()`): the length of its well-formed
/// UTF-8 sequence, or 1 for a byte that starts none (a stray continuation byte, a cut or overlong
/// sequence), so that a scanner always moves on and quotes whole characters where they are whole.
constexpr auto char_length(std::string_view s, std::size_t i) noexcept -> std::size_t {
    if (static_cast<unsigned char>(s[i]) < 0x80) return 1;
    const auto c = decode_utf8(s, i);
    return c.length == 0 ? 1 : c.length;
}

/// Whether `c` is an ASCII upper-case letter.
constexpr auto is_upper(char c) noexcept -> bool { return c >= 'A' && c <= 'Z'; }
/// Whether `c` is an ASCII lower-case letter.
constexpr auto is_lower(char c) noexcept -> bool { return c >= 'a' && c <= 'z'; }
/// Whether `c` is an ASCII digit.
constexpr auto is_digit(char c) noexcept -> bool { return c >= '0' && c <= '9'; }
/// Whether `c` is an ASCII letter.
constexpr auto is_alpha(char c) noexcept -> bool { return is_upper(c) || is_lower(c); }

/// `c` in lower case when it is an ASCII upper-case letter.
constexpr auto to_lower(char c) noexcept -> char { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

/// `text` with its ASCII letters in lower case.
inline auto ascii_lower(std::string_view text) -> std::string {
    std::string out(text);
    for (char& c : out) c = to_lower(c);
    return out;
}

/// The first position at or after `from` of a byte in `set` (a few bytes), npos when there is
/// none: string_view::find_first_of, which libstdc++ runs as a memchr over `set` for every byte
/// of `text`, several times slower on the CSV readers' and writers' long runs of plain text.
constexpr auto find_any_of(std::string_view text, std::string_view set, std::size_t from = 0) noexcept
    -> std::size_t {
    for (std::size_t i = from; i < text.size(); ++i) {
        for (const char c : set) {
            if (text[i] == c) return i;
        }
    }
    return std::string_view::npos;
}

/// Whether `a` and `b` are equal, ASCII letters compared without case.
constexpr auto equal_ignoring_case(std::string_view a, std::string_view b) noexcept -> bool {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (to_lower(a[i]) != to_lower(b[i])) return false;
    }
    return true;
}

// ---- spaces and dashes ----------------------------------------------------------------------

/// Whether the code point `c` is one of the spaces listed at the top of this file.
constexpr auto is_space_code(char32_t c) noexcept -> bool {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

/// Whether the code point `c` is one of the range dashes listed at the top of this file.
constexpr auto is_dash_code(char32_t c) noexcept -> bool {
    return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

/// The length of the space that starts at `i`, 0 if none (or `i` is past the end).
constexpr auto space_at(std::string_view s, std::size_t i) noexcept -> std::size_t {
    const auto c = byte_at(s, i);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c < 0xC2 || c > 0xE3) return 0;  // every other space starts with C2, E1, E2 or E3
    const auto decoded = decode_utf8(s, i);
    return is_space_code(decoded.code) ? decoded.length : 0;
}

/// The length of the space that ends right before `end`, 0 if none.
constexpr auto space_before(std::string_view s, std::size_t end) noexcept -> std::size_t {
    if (end == 0 || end > s.size()) return 0;
    if (static_cast<unsigned char>(s[end - 1]) < 0x80) return space_at(s, end - 1);
    for (std::size_t n = 2; n <= 3 && n <= end; ++n) {
        if (space_at(s, end - n) == n) return n;
    }
    return 0;
}

/// The length of the range dash that starts at `i` (one character), 0 if none.
constexpr auto dash_at(std::string_view s, std::size_t i) noexcept -> std::size_t {
    const auto c = byte_at(s, i);
    if (c == '-') return 1;
    if (c != 0xE2) return 0;  // U+2010..U+2015 and U+2212 all start with E2
    const auto decoded = decode_utf8(s, i);
    return is_dash_code(decoded.code) ? decoded.length : 0;
}

/// The length of the dash separator at `i`: a run of '-' ("--" as typed for a dash), or one
/// Unicode dash; 0 if none.
constexpr auto dash_run_at(std::string_view s, std::size_t i) noexcept -> std::size_t {
    if (byte_at(s, i) == '-') {
        std::size_t n = 1;
        while (byte_at(s, i + n) == '-') ++n;
        return n;
    }
    return dash_at(s, i);
}

/// The length of the range dash that ends right before `end`, 0 if none.
constexpr auto dash_before(std::string_view s, std::size_t end) noexcept -> std::size_t {
    if (end == 0 || end > s.size()) return 0;
    if (s[end - 1] == '-') return 1;
    return end >= 3 && dash_at(s, end - 3) == 3 ? 3 : 0;
}

/// Where the first character of `s` at or after `i` that is not a space starts.
constexpr auto skip_spaces(std::string_view s, std::size_t i) noexcept -> std::size_t {
    while (const auto n = space_at(s, i)) i += n;
    return i;
}

/// `s` without the spaces at its start.
constexpr auto trim_front(std::string_view s) noexcept -> std::string_view { return s.substr(skip_spaces(s, 0)); }

/// `s` without the spaces at its end.
constexpr auto trim_back(std::string_view s) noexcept -> std::string_view {
    while (const auto n = space_before(s, s.size())) s.remove_suffix(n);
    return s;
}

/// `s` without the spaces at either end.
constexpr auto trim(std::string_view s) noexcept -> std::string_view { return trim_back(trim_front(s)); }

// ---- letters and folding --------------------------------------------------------------------

/// The ASCII letter a Latin-1 letter U+00C0..U+00FF folds to (lower case, accent removed: 'É' and
/// 'é' to 'e', 'Û' to 'u', 'Ñ' to 'n', 'Ç' to 'c'); 0 for the Latin-1 letters with no ASCII
/// base ('Æ', 'Ð', 'Ø', 'Þ', 'ß') and for '×' and '÷', which are no letters.
constexpr auto latin1_fold(char32_t c) noexcept -> char {
    constexpr char upper[] = "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0";  // U+00C0..U+00DF
    if (c >= 0xC0 && c <= 0xDF) return upper[c - 0xC0];
    if (c >= 0xE0 && c <= 0xFF) return c == 0xF7 ? '\0' : c == 0xFF ? 'y' : upper[c - 0xE0];
    return 0;
}

/// A letter read from text: its length in bytes (0 when `i` starts no letter) and the ASCII
/// letter it folds to (0 when it has no ASCII base).
struct folded_letter {
    std::size_t length = 0;
    char folded = 0;
};

/// The letter that starts at `i`: an ASCII letter, or a Latin-1 letter (U+00C0..U+00FF but '×'
/// and '÷', written C3 80..C3 BF). Letters of other scripts are not read as letters here, so
/// the words of the calendar table are ASCII after folding.
constexpr auto letter_at(std::string_view s, std::size_t i) noexcept -> folded_letter {
    const auto c = byte_at(s, i);
    if (is_alpha(static_cast<char>(c))) return {1, to_lower(static_cast<char>(c))};
    if (c != 0xC3) return {};
    const auto next = byte_at(s, i + 1);
    if (next < 0x80 || next > 0xBF || next == 0x97 || next == 0xB7) return {};
    return {2, latin1_fold(0xC0 + (next - 0x80))};
}

/// `word` folded for comparison: ASCII letters in lower case, Latin-1 letters without their
/// accents ("Février" -> "fevrier", "AOÛT" -> "aout"); other bytes are kept as they are.
inline auto fold(std::string_view word) -> std::string {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size();) {
        const auto l = letter_at(word, i);
        if (l.length != 0 && l.folded != 0) {
            out += l.folded;
            i += l.length;
        } else {
            out += word[i++];
        }
    }
    return out;
}

/// An id made from a name ("River City, Group 12" -> "river-city-group-12"): lower-case ASCII
/// letters and digits joined by single '-'; `fallback` when the name has none.
inline auto slug(std::string_view text, std::string_view fallback) -> std::string {
    std::string out;
    for (char c : text) {
        if (is_alpha(c) || is_digit(c)) {
            out += to_lower(c);
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string(fallback) : out;
}

/// The line of a text that holds a byte offset, for an error that names where: the line (without
/// its line break), the offset's column in it (0-based) and the line's number (1-based).
struct line_at_offset {
    std::string_view text;
    std::size_t column;
    std::size_t number;
};

/// The line of `text` holding byte `offset` (the end of the text for an offset past it).
inline auto line_holding(std::string_view text, std::size_t offset) -> line_at_offset {
    offset = offset < text.size() ? offset : text.size();
    const auto before = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    const std::size_t start = before == std::string_view::npos ? 0 : before + 1;
    auto end = text.find('\n', offset);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t number = 1;
    for (std::size_t i = 0; i < start; ++i) number += text[i] == '\n' ? 1 : 0;
    return {line, offset - start, number};
}

/// Appends `text`, known to be UTF-8, to `out` as a JSON string: in quotes, with " \ and the
/// controls U+0000-U+001F escaped. Defined in src/json.cpp; the JSON writer and the JSON Lines of
/// batch plans write their strings through it.
void append_json_string(std::string& out, std::string_view text);

}  // namespace advocacy::detail
