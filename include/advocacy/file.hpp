// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Campaigns in and out of files, in every format the library reads and writes: load() and
/// import_file() read a file by its named format or by its extension, checked against its
/// content; save() writes one atomically, in the format named or told by the extension. The
/// formats and extensions are listed in docs/formats.md ("Files").

#include "advocacy/campaign.hpp"
#include "advocacy/icalendar.hpp"
#include "advocacy/import_result.hpp"
#include "advocacy/vcard.hpp"

#include <date/date.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// Told, during a long read or write, how many bytes of how many are done. For a progress bar;
/// it may throw to stop the work.
using progress_function = std::function<void(std::uintmax_t done, std::uintmax_t total)>;

/// The largest file load() and read_file() read unless told otherwise: 1 GiB.
inline constexpr std::uintmax_t default_max_file_size = std::uintmax_t{1} << 30;

/// The formats a campaign travels in.
enum class file_format : std::uint8_t {
    automatic,  ///< told by the file's extension, else by its content
    json,       ///< the campaign's own JSON (.json): read and written, losslessly
    icalendar,  ///< iCalendar (.ics, .ical): read and written
    vcard,      ///< vCard (.vcf, .vcard): group contacts, read and written
    /// an OSDI HAL+JSON document (osdi.hpp): read (told by its content, also in a .json file) and
    /// written (its extension is .json: name it to write it)
    osdi,
    listing,    ///< an event listing (.md, .markdown, .csv, .tsv): read only
    text,       ///< plain text (.txt): an announcement, or a listing of plain lines; read only
};

/// "auto", "json", "icalendar", "vcard", "osdi", "listing" or "text".
auto to_string(file_format format) -> std::string_view;

/// The format named by to_string; throws parse_error naming the names it knows.
auto parse_file_format(std::string_view name) -> file_format;

/// The format a file's extension (in any case) names: .json, .ics/.ical, .vcf/.vcard,
/// .md/.markdown/.csv/.tsv (listing), .txt (text); `automatic` for another extension or none.
auto file_format_of(const std::filesystem::path& path) -> file_format;

/// How to read a campaign file.
struct load_options {
    /// The format to read; `automatic`: the one the extension names (file_format_of), else the
    /// one the content shows. The content is checked either way: a file that holds another
    /// format than the one named or than its extension says is refused (parse_error, line 1).
    file_format format = file_format::automatic;
    /// The largest file read: a larger one is refused (io_error, errno EFBIG).
    std::uintmax_t max_size = default_max_file_size;
    /// The day dates without a year are read against, in announcements and listings (the other
    /// formats have their years and do not look at it). None: as parse_announcement and
    /// read_listing take it.
    std::optional<date::sys_days> reference{};
    /// Told how far the work has got: import_file() and load() count the file's bytes twice, as
    /// they are read and as the campaign is built from them (`total` is twice the file's size);
    /// import_text() counts the text's bytes as the campaign is built. Only a JSON campaign and a
    /// calendar tell of the building as it goes; the others when they are done.
    progress_function progress{};
};

/// A campaign read by import_text() or import_file(), with the format it was read in and what
/// it left out.
struct file_import {
    campaign value;
    /// The format read: json, osdi, icalendar, vcard, listing, or text (an announcement).
    file_format format = file_format::json;
    /// What the reader left out (lines, events, cards, fields), in line order.
    std::vector<import_warning> warnings{};

    /// Whether nothing was found to act on: no action, conference or group.
    auto nothing_found() const -> bool;
};

/// Reads `text` as `options.format` (`automatic`: as its content shows: JSON, OSDI (a JSON object
/// with "_embedded" or "osdi:..." members), iCalendar, vCard,
/// a listing in Markdown, CSV or TSV, else an announcement, or a listing of plain lines when the
/// announcement has nothing to act on), leniently: what the model cannot hold is left out and
/// named in a warning. Throws parse_error for an empty or binary text, for a text that holds
/// another format than the one named, and the readers' errors for bad content.
/// `options.max_size` is not looked at.
auto import_text(std::string_view text, const load_options& options = {}) -> file_import;

/// Reads the file at `path` as import_text() reads a text, in the format `options.format` names,
/// else its extension, else its content. Throws io_error (naming the path, with the system's
/// reason and errno) for a file that cannot be read, is not a regular file or is larger than
/// `options.max_size`; parse_error for a file whose content is not the format its extension
/// names (a .json file holding a calendar; an OSDI document is read from a .json file) or that
/// `options.format` names, and as import_text().
auto import_file(const std::filesystem::path& path, const load_options& options = {}) -> file_import;

/// Reads the campaign of the file at `path` as import_file() does, whole or not at all: what
/// import_file() would warn of is a parse_error (the first warning's line, text and reason).
auto load(const std::filesystem::path& path, const load_options& options = {}) -> campaign;

/// How to save a campaign.
struct save_options {
    /// The format written; `automatic`: the one the extension names (file_format_of), JSON for
    /// a file without an extension. A format that cannot be written (listing, text) and an
    /// unknown extension are refused (validation_error, field "format").
    file_format format = file_format::automatic;
    /// For iCalendar: the calendar's stamp and the start of open-ended schedules.
    icalendar_options icalendar{};
    /// For vCard: the version written.
    vcard_version vcard = vcard_version::v4;
    /// Told how many bytes of the file are written, after each MiB.
    progress_function progress{};
};

/// The format save() writes to `path` with `format`: `format` itself when it can be written,
/// else as save_options::format says. Throws validation_error (field "format") naming the path
/// and the formats that can be written, for a format that cannot be written or an extension
/// that names none.
auto save_format(const std::filesystem::path& path, file_format format = file_format::automatic) -> file_format;

/// Writes `c` to `path` in the format `options.format` names, else its extension names (JSON
/// without one), atomically (see write_file): the text is made first, so a campaign that cannot
/// be written (validation_error) or a refused format leaves the file as it was. Throws io_error
/// (naming the path) when the file cannot be written.
void save(const campaign& c, const std::filesystem::path& path, const save_options& options);

/// save(c, path) in `format`, with the default options.
void save(const campaign& c, const std::filesystem::path& path, file_format format = file_format::automatic);

/// The bytes of the regular file at `path`. Throws io_error with the system's reason and errno;
/// refuses, without reading, anything but a regular file (a FIFO, a socket or a device such as
/// /dev/zero may never end) and a file of more than `max_size` bytes (errno EFBIG). `progress`
/// is told after each 64 KiB read.
auto read_file(const std::filesystem::path& path, std::uintmax_t max_size = default_max_file_size,
               const progress_function& progress = {}) -> std::string;

/// Writes `content` to `path` atomically: a temporary file in the same folder is written,
/// synced and renamed over the target, so a crash or an error leaves the previous file whole
/// (its permissions are kept). A symbolic link is followed (the file it leads to is replaced, the
/// link kept); a FIFO or a character device (a pipe, /dev/null) is written through; anything else
/// that is not a regular file is refused. Throws io_error with the system's reason and errno.
/// `progress` is told after each MiB written.
void write_file(const std::filesystem::path& path, std::string_view content, const progress_function& progress = {});

}  // namespace advocacy
