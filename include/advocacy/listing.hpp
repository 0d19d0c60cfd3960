// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Reading the event listings organizers publish (plain text lines, Markdown lists, tables and
/// headings, CSV and TSV spreadsheets with a header row) into a campaign of conferences. Every
/// line that looks like an event becomes a conference or a warning; a date is never invented.
/// What is recognised is described in docs/formats.md ("Listings").

#include "advocacy/import_result.hpp"

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace advocacy {

/// The shape of a listing. `automatic` tells it from the content.
enum class listing_format : std::uint8_t { automatic, text, markdown, csv, tsv };

/// How to read a listing.
struct listing_options {
    /// The day dates without a year are read against, when neither the line nor a heading above
    /// it states a year (parse_date_range's year rule). None: today (UTC).
    std::optional<date::sys_days> reference;
    /// The shape of the text; `automatic` tells it from the content (the result's `format` says which).
    listing_format format = listing_format::automatic;
    /// The id of the campaign built.
    std::string campaign_id = "listing";
    /// The campaign's title; empty: the listing's first Markdown heading, else "Listing".
    std::string campaign_title;
};

/// "auto", "text", "markdown", "csv" or "tsv".
auto to_string(listing_format format) -> std::string_view;

/// The format named by to_string; throws parse_error naming the names it knows.
auto parse_listing_format(std::string_view name) -> listing_format;

/// The format `automatic` reads `text` as: `tsv` or `csv` when the first line that is not blank is
/// a header row naming a dates column (date, dates, start, when) and another known column,
/// `markdown` when a line is a Markdown heading, table row, list item or link, else `text`.
auto detect_listing_format(std::string_view text) -> listing_format;

/// Reads a listing into a campaign with one conference per event: its name (without the dates,
/// the place, emoji or link markup), its days, its place ("City, ST", "City (ST)", "City, State
/// Name", "City, State, USA", "City, Country", "City, Region, Country", "Toronto, Ontario",
/// "Online", a meeting link, or hybrid "Boston, MA + Online"; countries and subdivisions as ISO
/// 3166 names them), the place's time zone when it has only one (a US state or a country in one
/// zone), its times of day when one zone is clear for them ("7-9pm CDT"; see docs/formats.md,
/// "Times of day"), and its link as the registration URL. Lines that look like events but cannot
/// be read in full are warnings naming what is missing; an event read with something left out
/// (times without one clear zone, a place not read) is imported and warned of too. The result's `format` names the
/// format read.
/// Throws parse_error for a text without any content, or a spreadsheet whose header names no
/// dates column; validation_error for a bad campaign_id.
auto read_listing(std::string_view text, const listing_options& options = {}) -> import_result;

}  // namespace advocacy
