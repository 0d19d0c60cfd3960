// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The one reader of delimited text (CSV and TSV, RFC 4180): quoted fields may hold delimiters,
/// line breaks and doubled quotes; records end at LF, CRLF or CR; blank lines hold no record.
/// Listings and supporter lists read their spreadsheets through it, a record at a time.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy::detail {

/// One record of delimited text.
struct delimited_record {
    std::size_t line = 0;            ///< 1-based line where the record starts
    std::vector<std::string> cells;  ///< its fields, quotes taken off
    std::string_view raw;            ///< the record's first line as written (without its line break)
    /// A quoted field opened in this record is never closed: its last cell holds the rest of the
    /// text, and there is no record after it.
    bool unterminated = false;
};

/// Reads the records of `text` one at a time, in order. The text must outlive the reader.
class delimited_reader {
public:
    /// `delimiter` is ',' for CSV and '\t' for TSV.
    delimited_reader(std::string_view text, char delimiter) noexcept : text_(text), delimiter_(delimiter) {}

    /// Reads the next record that is not blank (blank: every cell empty or spaces, and no
    /// unterminated quote) into `out`, reusing its storage; false at the end of the text.
    auto next(delimited_record& out) -> bool;

    /// How many bytes of the text are read so far.
    auto offset() const noexcept -> std::size_t { return i_; }

private:
    std::string_view text_;
    char delimiter_;
    std::size_t i_ = 0;
    std::size_t line_ = 1;
};

/// Every record of `text` that is not blank, in order.
auto split_records(std::string_view text, char delimiter) -> std::vector<delimited_record>;

}  // namespace advocacy::detail
