// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Content lines as iCalendar (RFC 5545) and vCard (RFC 6350, and 3.0 of RFC 2426) write them:
/// TEXT escaping and folding at 75 octets with CRLF line ends. Both formats share the rules, so
/// both writers share this code.

#include <cstddef>
#include <string>
#include <string_view>

namespace advocacy::detail {

/// The most octets a physical line may hold, its CRLF not counted (RFC 5545 3.1, RFC 6350 3.2).
inline constexpr std::size_t fold_width = 75;

/// The length of the UTF-8 sequence starting at `text[i]`; 1 for a byte that does not start a
/// well-formed sequence, so bad input is copied byte by byte rather than read past its end.
[[nodiscard]] inline auto utf8_length(std::string_view text, std::size_t i) noexcept -> std::size_t {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 1;
    if (i + n > text.size()) return 1;
    for (std::size_t k = 1; k < n; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 1;
    }
    return n;
}

/// Writes content lines straight into a caller's buffer, folding as it goes: a line is begun
/// with head() (or written whole with line()), filled with raw() and text() pieces, and ended
/// with end(). A fold (CRLF and one space, which counts) goes in before any indivisible unit —
/// a UTF-8 sequence or a backslash escape — that would pass fold_width octets. The buffer is
/// only appended to; it must outlive the writer.
class content_line_writer {
public:
    /// A writer appending to `out`, at the start of a line.
    explicit content_line_writer(std::string& out) noexcept : out_(out) {}

    /// Writes a whole line of ASCII text that needs no escaping ("BEGIN:VEVENT") and ends it.
    void line(std::string_view text) {
        raw(text);
        end();
    }

    /// Starts a content line with its name and parameters, colon included ("SUMMARY:").
    void head(std::string_view text) {
        col_ = 0;
        raw(text);
    }

    /// Ends the current content line with CRLF.
    void end() {
        out_.append("\r\n");
        col_ = 0;
    }

    /// A whole content line whose value needs no escaping: head(name), raw(value), end().
    void raw_property(std::string_view name, std::string_view value) {
        head(name);
        raw(value);
        end();
    }

    /// A whole content line with a TEXT value: head(name), text(value), end().
    void text_property(std::string_view name, std::string_view value) {
        head(name);
        text(value);
        end();
    }

    /// Appends unescaped text (dates, rules, URIs, the ";" between structured components),
    /// folded between UTF-8 sequences.
    void raw(std::string_view text) {
        if (col_ + text.size() <= fold_width) {
            out_.append(text);
            col_ += text.size();
            return;
        }
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t n = utf8_length(text, i);
            unit(text.substr(i, n));
            i += n;
        }
    }

    /// Appends a TEXT value, or one component of a structured value such as vCard's N or ADR:
    /// backslash, semicolon and comma get a backslash (RFC 5545 3.3.11), every line break (CRLF,
    /// LF or a lone CR) becomes one "\n", and other control characters except TAB are dropped, so
    /// that no value can start a property of its own. Folds between escapes and UTF-8 sequences.
    void text(std::string_view value) {
        // Most values are short and plain: one append, no per-character work.
        if (col_ + value.size() <= fold_width && !needs_escape(value)) {
            out_.append(value);
            col_ += value.size();
            return;
        }
        for (std::size_t i = 0; i < value.size();) {
            const char c = value[i];
            switch (c) {
                case '\\': unit("\\\\"); ++i; continue;
                case ';': unit("\\;"); ++i; continue;
                case ',': unit("\\,"); ++i; continue;
                case '\n': unit("\\n"); ++i; continue;
                case '\r':
                    unit("\\n");
                    i += i + 1 < value.size() && value[i + 1] == '\n' ? 2 : 1;  // CRLF is one break
                    continue;
                default: break;
            }
            if (is_control(c)) {
                ++i;
                continue;
            }
            const std::size_t n = utf8_length(value, i);
            unit(value.substr(i, n));
            i += n;
        }
    }

private:
    // Control characters are not allowed in TEXT (RFC 5545 3.3.11) except HTAB.
    static constexpr auto is_control(char c) noexcept -> bool {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t') || u == 0x7F;
    }
    static auto needs_escape(std::string_view value) noexcept -> bool {
        for (char c : value) {
            if (c == '\\' || c == ';' || c == ',' || is_control(c)) return true;
        }
        return false;
    }
    // Appends an indivisible piece, folding first when it would pass the width.
    void unit(std::string_view piece) {
        if (col_ + piece.size() > fold_width) {
            out_.append("\r\n ");
            col_ = 1;
        }
        out_.append(piece);
        col_ += piece.size();
    }

    std::string& out_;
    std::size_t col_ = 0;  // octets on the current physical line
};

}  // namespace advocacy::detail
