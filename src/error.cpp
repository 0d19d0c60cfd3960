// SPDX-License-Identifier: MIT
#include "advocacy/error.hpp"

#include "advocacy/detail/checks.hpp"

#include <algorithm>
#include <utility>

namespace advocacy {
namespace {

// Long inputs (a whole announcement) are quoted around the failure, not in full. Control
// characters are escaped (detail::escaped): a NUL would end the message where C strings are read,
// and a terminal would act on an escape sequence instead of showing it.
auto quote_near(std::string_view text, std::size_t position) -> std::string {
    constexpr std::size_t context = 40;
    std::size_t from = 0;
    std::size_t to = text.size();
    if (text.size() > 2 * context) {
        from = position > context ? position - context : 0;
        to = std::min(text.size(), position + context);
    }
    // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "..." + std::string.
    std::string out;
    out.reserve(to - from + 8);
    out += '"';
    if (from > 0) out += "...";
    out += detail::escaped(text.substr(from, to - from));
    if (to < text.size()) out += "...";
    out += '"';
    return out;
}

auto parse_message(std::string_view text, std::size_t position, std::string_view reason, std::size_t line)
    -> std::string {
    std::string where = line > 0 ? "line " + std::to_string(line) + ", offset " + std::to_string(position)
                                 : "offset " + std::to_string(position);
    return quote_near(text, position) + ": " + detail::escaped(reason) + " (at " + where + ")";
}

}  // namespace

parse_error::parse_error(std::string_view text, std::size_t position, std::string_view reason, std::size_t line)
    : error(parse_message(text, position, reason, line)),
      text_(text),
      position_(position),
      line_(line),
      reason_(reason) {}

validation_error::validation_error(std::string field, std::string reason)
    : error(detail::escaped(field) + ": " + detail::escaped(reason)), field_(std::move(field)), reason_(std::move(reason)) {}

io_error::io_error(std::string path, std::string reason, std::error_code code)
    : error(detail::escaped(path) + ": " + detail::escaped(reason)), path_(std::move(path)), reason_(std::move(reason)), code_(code) {}

}  // namespace advocacy
