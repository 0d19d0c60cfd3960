// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Reading UTF-8 one character at a time: the one decoder that the JSON writer, format sniffing
/// and the escaping of messages share, so that they agree on what is well-formed.

#include <cstddef>
#include <string_view>

namespace advocacy::detail {

/// A character read from UTF-8 text: its code point and the bytes it took. `length` is 0 where
/// the bytes are not well-formed UTF-8: a stray continuation byte, a cut or overlong sequence, a
/// surrogate, or a value past U+10FFFF.
struct utf8_char {
    char32_t code = 0;
    std::size_t length = 0;
};

/// The character that starts at `text[i]` (`i < text.size()`).
constexpr auto decode_utf8(std::string_view text, std::size_t i) noexcept -> utf8_char {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) return {lead, 1};
    const std::size_t length = lead >= 0xC2 && lead <= 0xDF   ? 2
                               : lead >= 0xE0 && lead <= 0xEF ? 3
                               : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                              : 0;
    if (length == 0 || i + length > text.size()) return {};
    char32_t code = lead & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0u) != 0x80u) return {};
        code = (code << 6) | (next & 0x3Fu);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return {};
    return {code, length};
}

/// The offset of the first byte of `text` that is not part of well-formed UTF-8, or npos.
constexpr auto first_invalid_utf8(std::string_view text) noexcept -> std::size_t {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = decode_utf8(text, i);
        if (c.length == 0) return i;
        i += c.length;
    }
    return std::string_view::npos;
}

}  // namespace advocacy::detail
