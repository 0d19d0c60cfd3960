// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The body of each fuzz target, shared by the libFuzzer entry points (tests/fuzz/fuzz_*.cpp)
/// and the regression suite (tests/cpp/fuzz_regressions_test.cpp), so every input that ever
/// crashed a fuzzer is replayed by the normal test suite without Clang.
///
/// Each reader takes arbitrary bytes and may refuse them only with an advocacy::error. Any other
/// exception, a crash, or a broken round trip (reported as fuzz::failure, which is not an
/// advocacy::error) is a finding.

#include "advocacy/announcement.hpp"
#include "advocacy/campaign.hpp"
#include "advocacy/date_range.hpp"
#include "advocacy/detail/format.hpp"
#include "advocacy/error.hpp"
#include "advocacy/file.hpp"
#include "advocacy/icalendar.hpp"
#include "advocacy/json.hpp"
#include "advocacy/listing.hpp"
#include "advocacy/meeting_schedule.hpp"
#include "advocacy/osdi.hpp"
#include "advocacy/supporter_list.hpp"
#include "advocacy/vcard.hpp"

#include <date/date.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy::fuzz {

/// A property a reader broke on input it accepted; deliberately not an advocacy::error.
class failure : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

/// The reference day used when the input does not choose one: the seed's "August 11 2015".
inline constexpr date::sys_days fixed_reference = date::sys_days{date::year{2015} / date::August / 11};

/// Reads a date range against the fixed reference, then against a reference chosen by the first
/// three bytes (a signed offset of up to ±8 million days, about ±23,000 years, from 2000-01-01,
/// which reaches the edges of the years date::year can hold), from the remaining bytes.
/// An accepted range must print, and its ISO form must read back to the same range (in the years
/// 1000 to 9999 that the reader accepts when written).
inline void fuzz_date_range(std::string_view data) {
    auto check = [](std::string_view text, date::sys_days reference) {
        date_range range{reference};
        try {
            range = parse_date_range(text, parse_options{.reference = reference});
        } catch (const error&) {
            return;
        }
        (void)to_string(range);
        auto iso = to_iso(range);
        // A reference far from today gives ranges in years nobody writes; the reader accepts
        // written years 1000 to 9999 only, so the round trip holds in those.
        auto in_written_years = [](date::sys_days day) {
            auto year = static_cast<int>(date::year_month_day{day}.year());
            return 1000 <= year && year <= 9999;
        };
        if (!in_written_years(range.first()) || !in_written_years(range.last())) return;
        date_range again{reference};
        try {
            again = parse_date_range(iso, parse_options{.reference = reference});
        } catch (const error& e) {
            throw failure("to_iso() gave \"" + iso + "\", which does not read back: " + e.what());
        }
        if (again != range) throw failure("to_iso() gave \"" + iso + "\", which reads back as another range");
    };
    check(data, fixed_reference);
    if (data.size() >= 3) {
        auto raw = static_cast<std::uint32_t>(static_cast<unsigned char>(data[0])) << 16 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(data[1])) << 8 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(data[2]));
        auto offset = static_cast<int>(raw) - (1 << 23);
        auto reference = date::sys_days{date::year{2000} / date::January / 1} + date::days{offset};
        check(data.substr(3), reference);
    }
}

/// Reads a list of days against the fixed reference. An accepted list is not empty, in order with
/// no day twice, its ISO ranges joined by " & " read back to the same list, and a text that
/// parse_date_range accepts gives that one range.
inline void fuzz_days(std::string_view data) {
    std::vector<date_range> days;
    try {
        days = parse_days(data, parse_options{.reference = fixed_reference});
    } catch (const error&) {
        return;
    }
    if (days.empty()) throw failure("parse_days accepted a text and gave no days");
    std::string iso;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (i != 0 && days[i].first() <= days[i - 1].last()) throw failure("parse_days gave days out of order or twice");
        if (i != 0) iso += " & ";
        iso += to_iso(days[i]);
    }
    try {
        if (parse_days(iso, parse_options{.reference = fixed_reference}) != days) {
            throw failure("the ISO list \"" + iso + "\" reads back as other days");
        }
    } catch (const error& e) {
        throw failure("the ISO list \"" + iso + "\" does not read back: " + e.what());
    }
    try {
        const auto one = parse_date_range(data, parse_options{.reference = fixed_reference});
        if (days.size() != 1 || days.front() != one) throw failure("parse_days and parse_date_range disagree on one range");
    } catch (const error&) {
        // A list, or a text neither reads: nothing more to compare.
    }
}

/// Reads a meeting phrase in America/Chicago. An accepted schedule must describe itself in a
/// phrase that reads back to an equal schedule, and list its meetings over two short ranges that
/// hold the 2015 fall-back and the 2016 spring-forward days.
inline void fuzz_meeting_schedule(std::string_view data) {
    auto schedule = [&]() -> std::optional<meeting_schedule> {
        try {
            return meeting_schedule::parse(data, "America/Chicago");
        } catch (const error&) {
            return std::nullopt;
        }
    }();
    if (!schedule) return;
    auto phrase = schedule->describe();
    try {
        if (meeting_schedule::parse(phrase, "America/Chicago") != *schedule)
            throw failure("describe() gave \"" + phrase + "\", which reads back as another schedule");
    } catch (const error& e) {
        throw failure("describe() gave \"" + phrase + "\", which does not read back: " + e.what());
    }
    using namespace date::literals;
    (void)schedule->occurrences(date_range{2015_y / date::October / 20, 2015_y / date::November / 20});
    (void)schedule->occurrences(date_range{2016_y / date::February / 25, 2016_y / date::March / 31});
}

/// Reads an announcement with the fixed reference and with none (years from the text's first
/// full date, else today). The campaign it builds must survive a JSON round trip.
inline void fuzz_announcement(std::string_view data) {
    auto read = [&](const announcement_options& options) {
        auto result = [&]() -> std::optional<announcement_result> {
            try {
                return parse_announcement(data, options);
            } catch (const error&) {
                return std::nullopt;
            }
        }();
        if (!result) return;
        for (const auto& warning : result->warnings) (void)to_string(warning);
        std::string json;
        try {
            json = to_json(result->value);
        } catch (const validation_error&) {
            return;  // text that is not UTF-8 is carried into the campaign but cannot be saved
        }
        try {
            if (campaign_from_json(json) != result->value)
                throw failure("the announcement's campaign changes in a JSON round trip");
        } catch (const error& e) {
            throw failure(std::string{"the announcement's campaign does not read back from JSON: "} + e.what());
        }
    };
    announcement_options fixed;
    fixed.reference = fixed_reference;
    read(fixed);
    read(announcement_options{});
}

/// Reads a listing in every format (the one told from the content, then each by force) with the
/// fixed reference. A reading may be refused only with an advocacy::error; every warning must
/// name a line of the text, and the campaign must survive a JSON round trip.
inline void fuzz_listing(std::string_view data) {
    const auto lines = static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n')) +
                       static_cast<std::size_t>(std::count(data.begin(), data.end(), '\r')) + 1;
    for (const auto format : {listing_format::automatic, listing_format::text, listing_format::markdown,
                              listing_format::csv, listing_format::tsv}) {
        listing_options options;
        options.reference = fixed_reference;
        options.format = format;
        std::optional<import_result> result;
        try {
            result = read_listing(data, options);
        } catch (const error&) {
            continue;
        }
        if (format == listing_format::automatic && result->format != to_string(detect_listing_format(data))) {
            throw failure("read_listing() read another format than detect_listing_format() told");
        }
        for (const auto& w : result->warnings) {
            (void)to_string(w);
            if (w.line == 0 || w.line > lines) throw failure("a warning names line " + std::to_string(w.line) + ", outside the text");
        }
        std::string json;
        try {
            json = to_json(result->value);
        } catch (const validation_error&) {
            continue;  // text that is not UTF-8 is carried into the campaign but cannot be saved
        }
        try {
            if (campaign_from_json(json) != result->value) throw failure("the listing's campaign changes in a JSON round trip");
        } catch (const error& e) {
            throw failure(std::string{"the listing's campaign does not read back from JSON: "} + e.what());
        }
    }
}

/// Reads a JSON campaign; an accepted one must write and read back to an equal campaign.
inline void fuzz_json(std::string_view data) {
    auto loaded = [&]() -> std::optional<campaign> {
        try {
            return campaign_from_json(data);
        } catch (const error&) {
            return std::nullopt;
        }
    }();
    // check_campaign_json finds a problem exactly when campaign_from_json refuses the text.
    const auto problems = check_campaign_json(data);
    if (problems.empty() != loaded.has_value()) {
        throw failure(loaded ? "check_campaign_json finds a problem in a campaign campaign_from_json reads: " +
                                   problems.front().reason
                             : std::string("check_campaign_json finds no problem in a text campaign_from_json refuses"));
    }
    if (!loaded) return;
    std::string json;
    try {
        json = to_json(*loaded);
    } catch (const error& e) {
        throw failure(std::string{"an accepted campaign cannot be written back: "} + e.what());
    }
    try {
        if (campaign_from_json(json) != *loaded) throw failure("campaign_from_json(to_json(c)) != c");
    } catch (const error& e) {
        throw failure(std::string{"to_json() of an accepted campaign does not read back: "} + e.what());
    }
}

/// Reads an iCalendar text; an accepted campaign must export again without any exception.
inline void fuzz_icalendar(std::string_view data) {
    // The lenient reading refuses only what is no calendar, and every warning names a line of the text.
    std::optional<import_result> read;
    try {
        read = read_icalendar(data);
    } catch (const error&) {
    }
    if (read) {
        const auto lines = static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n')) + 1;
        for (const auto& w : read->warnings) {
            if (w.line == 0 || w.line > lines) throw failure("a warning names line " + std::to_string(w.line) + ", outside the text");
        }
    }
    auto loaded = [&]() -> std::optional<campaign> {
        try {
            return campaign_from_icalendar(data);
        } catch (const error&) {
            return std::nullopt;
        }
    }();
    if (!loaded) return;
    icalendar_options options;
    options.stamp = date::sys_days{date::year{2015} / date::August / 11};  // reproducible output
    try {
        (void)to_icalendar(*loaded, options);
    } catch (const error& e) {
        throw failure(std::string{"an imported campaign cannot be exported: "} + e.what());
    }
}

/// Reads vCards, which never throws: every card is imported or named in a warning. The campaign
/// must export as vCards again, and that export must read back with the same groups and as many
/// contacts in each.
inline void fuzz_vcard(std::string_view data) {
    auto result = [&] {
        try {
            return read_vcard(data);
        } catch (const std::exception& e) {
            throw failure(std::string{"read_vcard() threw: "} + e.what());
        }
    }();
    for (const auto& warning : result.warnings) (void)to_string(warning);
    std::string text;
    try {
        text = to_vcard(result.value);
    } catch (const error& e) {
        throw failure(std::string{"an imported address book cannot be exported: "} + e.what());
    }
    auto sizes = [](const campaign& c) {
        std::map<std::string, std::size_t> out;
        for (const auto& g : c.groups()) out[g.name] = g.contacts.size();
        return out;
    };
    if (sizes(read_vcard(text).value) != sizes(result.value)) {
        throw failure("read_vcard(to_vcard(c)) has other groups or contacts than c");
    }
}

/// Reads a supporter list in each format. Every row is accounted for (supporters plus skipped
/// rows make the rows), warnings name lines inside the text, rows in order, and each supporter
/// read is valid and reads back from its JSON line.
inline void fuzz_supporters(std::string_view data) {
    const auto lines = static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n')) +
                       static_cast<std::size_t>(std::count(data.begin(), data.end(), '\r')) + 1;
    for (const auto format : {supporter_format::automatic, supporter_format::csv, supporter_format::tsv,
                              supporter_format::jsonl}) {
        supporter_read_options options;
        options.format = format;
        options.max_field_length = 64;
        std::optional<supporter_list> result;
        try {
            result = read_supporters(data, options);
        } catch (const error&) {
            continue;
        } catch (const std::exception& e) {
            throw failure(std::string{"read_supporters() threw a non-advocacy exception: "} + e.what());
        }
        std::size_t skipped = 0;
        std::size_t previous_row = 0;
        for (const auto& w : result->warnings) {
            (void)to_string(w);
            if (w.line == 0 || w.line > lines) throw failure("a warning names line " + std::to_string(w.line) + ", outside the text");
            if (w.row == 0 || w.row > result->rows || w.row < previous_row) throw failure("a warning names a row out of order");
            previous_row = w.row;
            skipped += w.skipped ? 1 : 0;
        }
        if (result->supporters.size() + skipped != result->rows) {
            throw failure("read_supporters() lost rows: supporters + skipped rows != rows");
        }
        for (const auto& person : result->supporters) {
            try {
                validate(person);
                if (supporter_from_json(to_json(person)) != person) throw failure("a supporter's JSON reads back as another");
            } catch (const error& e) {
                throw failure(std::string{"read_supporters() gave a supporter that does not validate or round-trip: "} +
                              e.what());
            }
        }
    }
}

/// Reads an OSDI document, which may refuse it only with an advocacy::error. What it reads must
/// export as OSDI again, and that export must read back with as many actions, conferences,
/// groups and contacts.
inline void fuzz_osdi(std::string_view data) {
    std::optional<import_result> result;
    try {
        result = read_osdi(data);
    } catch (const error&) {
        return;
    } catch (const std::exception& e) {
        throw failure(std::string{"read_osdi() threw a non-advocacy exception: "} + e.what());
    }
    for (const auto& warning : result->warnings) (void)to_string(warning);
    std::string text;
    try {
        text = to_osdi(result->value);
    } catch (const error& e) {
        throw failure(std::string{"an imported OSDI campaign cannot be exported: "} + e.what());
    }
    auto sizes = [](const campaign& c) {
        std::size_t contacts = 0;
        for (const auto& g : c.groups()) contacts += g.contacts.size();
        return std::vector<std::size_t>{c.actions().size(), c.conferences().size(), c.groups().size(), contacts};
    };
    const auto again = [&] {
        try {
            return read_osdi(text);
        } catch (const error& e) {
            throw failure(std::string{"to_osdi() wrote what read_osdi() refuses: "} + e.what());
        }
    }();
    if (sizes(again.value) != sizes(result->value)) {
        throw failure("read_osdi(to_osdi(c)) has other actions, conferences, groups or contacts than c");
    }
}

/// Reads a file as `advocacy import` does: its format told by its content (detail::sniff_format,
/// which must never throw), then the JSON, iCalendar, vCard or announcement reader, or a refusal. An
/// accepted campaign must survive a JSON round trip, and that JSON must be told to be JSON. Reads
/// it too as each format named (import_text), which may refuse it only with an advocacy::error.
inline void fuzz_import(std::string_view data) {
    // Read as each format named (as load() with a format or an extension): the content is checked
    // against it, and only an advocacy::error refuses.
    for (const auto named : {file_format::json, file_format::icalendar, file_format::vcard, file_format::listing,
                             file_format::text}) {
        try {
            const auto read = import_text(data, load_options{.format = named, .reference = fixed_reference});
            if (named != file_format::text && read.format != named) throw failure("import_text() read another format than named");
        } catch (const error&) {
        }
    }
    const auto format = detail::sniff_format(data);
    (void)detail::to_string(format);
    announcement_options options;
    options.reference = fixed_reference;
    auto result = [&]() -> std::optional<detail::imported> {
        try {
            return detail::read_any(data, options);
        } catch (const error&) {
            return std::nullopt;
        }
    }();
    if (!result) return;
    const bool listing = format == detail::file_format::text && result->format == detail::file_format::listing;
    if (result->format != format && !listing) throw failure("read_any() read another format than sniff_format() told");
    if (format == detail::file_format::empty || format == detail::file_format::binary) {
        throw failure("read_any() accepted a " + std::string(detail::to_string(format)) + " file");
    }
    (void)result->nothing_found();
    std::string json;
    try {
        json = to_json(result->value);
    } catch (const validation_error&) {
        return;  // a value the model holds but JSON cannot (the readers have their own targets)
    }
    if (detail::sniff_format(json) != detail::file_format::json) throw failure("to_json() is not told to be JSON");
    try {
        if (campaign_from_json(json) != result->value) throw failure("the imported campaign changes in a JSON round trip");
    } catch (const error& e) {
        throw failure(std::string{"the imported campaign does not read back from JSON: "} + e.what());
    }
}

}  // namespace advocacy::fuzz
