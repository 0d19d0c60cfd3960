// SPDX-License-Identifier: MIT
#include "advocacy/detail/delimited.hpp"

#include "advocacy/detail/text.hpp"

#include <algorithm>

namespace advocacy::detail {
namespace {

constexpr auto npos = std::string_view::npos;

// The quoted field whose text starts at i (after its opening quote), into `cell`: doubled
// quotes are one, line breaks are kept (and counted). Returns where the field's closing quote
// ends, or the end of the text when it is never closed.
auto read_quoted(std::string_view text, std::size_t i, std::string& cell, std::size_t& line, bool& unterminated)
    -> std::size_t {
    for (;;) {
        const auto q = text.find('"', i);
        const auto piece = text.substr(i, q == npos ? npos : q - i);
        line += static_cast<std::size_t>(std::count(piece.begin(), piece.end(), '\n'));
        cell.append(piece);
        if (q == npos) {
            unterminated = true;
            return text.size();
        }
        if (byte_at(text, q + 1) != '"') return q + 1;
        cell += '"';
        i = q + 2;
    }
}

}  // namespace

auto delimited_reader::next(delimited_record& r) -> bool {
    while (i_ < text_.size()) {
        r.line = line_;
        r.unterminated = false;
        std::size_t cells = 0;
        // Cells are reused from the last record, so a long list allocates only for longer cells.
        auto cell = [&]() -> std::string& {
            if (cells == r.cells.size()) r.cells.emplace_back();
            return r.cells[cells];
        };
        const auto line_start = i_;
        cell().clear();
        bool quoted_cell = false;
        for (;;) {
            if (i_ >= text_.size()) {
                ++cells;
                break;
            }
            const char c = text_[i_];
            if (c == '"' && cell().empty() && !quoted_cell) {
                quoted_cell = true;
                i_ = read_quoted(text_, i_ + 1, cell(), line_, r.unterminated);
                continue;
            }
            if (c == delimiter_) {
                ++cells;
                cell().clear();
                quoted_cell = false;
                ++i_;
                continue;
            }
            if (c == '\n' || c == '\r') {
                ++cells;
                if (c == '\r' && byte_at(text_, i_ + 1) == '\n') ++i_;
                ++i_;
                ++line_;
                break;
            }
            // Copy the run up to the next delimiter, quote or line break at once (at least this
            // character: a quote inside a cell is text).
            const auto end = find_any_of(text_, delimiter_ == '\t' ? std::string_view("\t\"\r\n") : ",\"\r\n", i_ + 1);
            const auto stop = end == npos ? text_.size() : end;
            cell().append(text_.substr(i_, stop - i_));
            i_ = stop;
        }
        r.cells.resize(cells);
        const auto raw_end = find_any_of(text_, "\r\n", line_start);
        r.raw = text_.substr(line_start, raw_end == npos ? npos : raw_end - line_start);
        const bool blank =
            std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) { return trim(c).empty(); });
        if (!blank || r.unterminated) return true;
    }
    return false;
}

auto split_records(std::string_view text, char delimiter) -> std::vector<delimited_record> {
    std::vector<delimited_record> out;
    delimited_reader reader(text, delimiter);
    delimited_record r;
    while (reader.next(r)) out.push_back(r);
    return out;
}

}  // namespace advocacy::detail
