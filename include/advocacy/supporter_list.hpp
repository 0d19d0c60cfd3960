// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Reading a list of supporters as CRMs and spreadsheets export it: CSV or TSV with a header row
/// (columns recognized by name), or JSON Lines. Every row is a supporter or a warning naming its
/// line, row and column, never its personal values. The columns recognized are listed in
/// docs/supporters.md.

#include "advocacy/supporter.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// The shape of a supporter list. `automatic` tells it from the content.
enum class supporter_format : std::uint8_t { automatic, csv, tsv, jsonl };

/// "auto", "csv", "tsv" or "jsonl".
auto to_string(supporter_format format) -> std::string_view;

/// The format named by to_string; throws parse_error naming the names it knows.
auto parse_supporter_format(std::string_view name) -> supporter_format;

/// How to read a supporter list.
struct supporter_read_options {
    /// The shape of the text; `automatic`: JSON Lines when the first character that is not a
    /// space is '{', else TSV when the header row holds a tab, else CSV.
    supporter_format format = supporter_format::automatic;
    /// The country (ISO 3166-1 alpha-2) of rows that name none.
    std::string country = "US";
    /// A field longer than this many bytes makes its row a warning (a cell that swallowed a file).
    std::size_t max_field_length = 4096;
    /// Told how many bytes of the text (`done` of `total`) are read: every 4096 rows, and at the
    /// end. For a progress bar.
    std::function<void(std::uintmax_t done, std::uintmax_t total)> progress{};
};

/// A row read and left out (or read with something left out), and why. It names where, never
/// what the row holds.
struct supporter_warning {
    std::size_t line = 0;  ///< 1-based line of the input where the row starts
    std::size_t row = 0;   ///< 1-based number of the row among the data rows (the header is not one)
    std::string column;    ///< the column at fault as the header (or JSON key) names it; empty for the whole row
    std::string reason;    ///< what was wrong and what was expected
    bool skipped = true;   ///< the row is left out; false: read, with what the reason says left out

    friend bool operator==(const supporter_warning&, const supporter_warning&) = default;
};

/// `line 12 (row 11), column "email": <reason>`; ", read" after the row when it was not skipped.
auto to_string(const supporter_warning& warning) -> std::string;

/// What a reader read: the supporters, the warnings in row order, how many rows the input has.
/// Every row is accounted for: supporters.size() + (warnings with skipped) == rows.
struct supporter_list {
    std::vector<supporter> supporters;
    std::vector<supporter_warning> warnings;
    std::size_t rows = 0;  ///< data rows in the input (blank lines are none)
    std::string format;    ///< the format read: "csv", "tsv" or "jsonl"

    friend bool operator==(const supporter_list&, const supporter_list&) = default;
};

/// Where a streaming read ended: the counts of supporter_list without the lists.
struct supporter_read_summary {
    std::size_t rows = 0;     ///< data rows in the input
    std::size_t read = 0;     ///< rows handed over as supporters
    std::size_t skipped = 0;  ///< rows left out, each with a warning
    std::string format;       ///< "csv", "tsv" or "jsonl"
};

/// Reads a supporter list. A CSV or TSV header names the columns (case, spaces, '_', '-' and
/// '.' ignored, and CRM prefixes such as "can2_", "primary", "home"): id (id, vanid, uuid,
/// supporter_id, ...), name, or first_name and last_name, email, phone, city, state (a code
/// or a name), zip_code (zip, zip5, postal_code, ...), country, preferred_group; other columns
/// are ignored. A US row without a state takes it from its ZIP code (state_of_zip); one whose
/// ZIP prefix is not in use is read without a state and warned of. A row without an id gets
/// "row-<n>". JSON Lines: one object per line, its keys read as column names, string values.
/// A bad row (a field validate() refuses, a missing name, a bad ZIP, more fields than the
/// header, a field over max_field_length, text that is not UTF-8, a quote never closed) is a
/// warning. Throws parse_error for a text without a header row, a header that names no name
/// column (name, first_name or last_name) or holds a quote never closed; validation_error for a
/// bad options.country.
auto read_supporters(std::string_view text, const supporter_read_options& options = {}) -> supporter_list;

/// read_supporters() a row at a time, without holding the list: `take` gets each supporter and
/// `warn` each warning, in row order. Throws as read_supporters does, and whatever `take` or
/// `warn` throw.
auto for_each_supporter(std::string_view text, const supporter_read_options& options,
                        const std::function<void(supporter&&)>& take,
                        const std::function<void(supporter_warning&&)>& warn) -> supporter_read_summary;

}  // namespace advocacy
