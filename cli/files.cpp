// SPDX-License-Identifier: MIT
// Campaigns in and out of files: export, import and validate.
#include "command.hpp"

#include <advocacy/detail/file.hpp>
#include <advocacy/detail/format.hpp>

#include <iostream>

namespace advocacy::cli {

constexpr std::string_view export_help =
    "usage: advocacy export ics|vcard|json|osdi [-o FILE] [--vcard-version 3|4] [CAMPAIGN.json]\n"
    "Writes the campaign as iCalendar, vCard, JSON or OSDI-shaped JSON (standard output by default).\n";

auto cmd_export(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << export_help, 0;
    const auto& pos = args.positionals();
    if (pos.empty()) throw usage_error("export needs a format: ics, vcard, json or osdi");
    const std::string format = pos.front();
    const auto c = campaign_from(args, 1);
    if (format == "ics") {
        emit(args, out, advocacy::to_icalendar(c));
    } else if (format == "vcard") {
        const std::string v = args.get("--vcard-version").value_or("4");
        if (v != "3" && v != "4") throw usage_error("--vcard-version is 3 or 4, not " + v);
        emit(args, out, advocacy::to_vcard(c, v == "3" ? advocacy::vcard_version::v3 : advocacy::vcard_version::v4));
    } else if (format == "json") {
        emit(args, out, advocacy::to_json(c));  // with -o, what advocacy::save does: an atomic write
    } else if (format == "osdi") {
        emit(args, out, advocacy::to_osdi(c));
    } else {
        throw usage_error("unknown export format \"" + format + "\"; expected ics, vcard, json or osdi");
    }
    return 0;
}

constexpr std::string_view import_help =
    "usage: advocacy import FILE -o CAMPAIGN.json [--reference YYYY-MM-DD] [--max-size BYTES]\n"
    "Reads a plain-text call to action, an iCalendar file, a vCard file (contacts: a group per\n"
    "organization) or a JSON campaign into a campaign file. The format is told by the content,\n"
    "not the file name. What it leaves out (lines of an announcement it cannot place, events the\n"
    "model cannot hold, cards and what a contact cannot hold) is listed on standard error with line numbers. A binary or empty\n"
    "file, or one in which nothing is found to act on, is refused and CAMPAIGN.json left as it was.\n";

namespace {

/// The sentence import ends with: what was written where.
auto import_summary(const advocacy::detail::imported& result, const std::string& target) -> std::string {
    const auto& c = result.value;
    std::string text = "wrote " + target + ": ";
    switch (result.format) {
        case advocacy::detail::file_format::icalendar:
            return text + std::to_string(c.conferences().size()) + " conferences, " + std::to_string(c.groups().size()) +
                   " groups with meetings, " + std::to_string(result.warnings.size()) + " warnings";
        case advocacy::detail::file_format::json:
            return text + std::to_string(c.actions().size()) + " actions, " + std::to_string(c.conferences().size()) +
                   " conferences, " + std::to_string(c.groups().size()) + " groups";
        case advocacy::detail::file_format::vcard: {
            std::size_t contacts = 0;
            for (const auto& g : c.groups()) contacts += g.contacts.size();
            return text + std::to_string(c.groups().size()) + " groups, " + std::to_string(contacts) + " contacts, " +
                   std::to_string(result.warnings.size()) + " warnings";
        }
        default:
            return text + std::to_string(c.actions().size()) + " actions, " + std::to_string(c.conferences().size()) +
                   " conferences, " + std::to_string(result.warnings.size()) + " warnings";
    }
}

}  // namespace

auto cmd_import(const arguments& args, std::ostream& out) -> int {
    using advocacy::detail::file_format;
    if (args.help()) return out << import_help, 0;
    const auto& pos = args.positionals();
    if (pos.size() != 1) throw usage_error("import needs one announcement, calendar, vCard or campaign file");
    const auto target = args.get("-o");
    if (!target) throw usage_error("import needs -o CAMPAIGN.json");
    const auto& source = pos.front();
    const std::string text = advocacy::detail::read_file(source, max_size(args));
    const auto format = advocacy::detail::sniff_format(text);
    advocacy::announcement_options options;
    options.reference = day_option(args, "--reference");
    if (options.reference && (format == file_format::icalendar || format == file_format::json ||
                              format == file_format::vcard)) {
        throw usage_error("--reference is for announcements; a " + std::string(to_string(format)) + " file has its years");
    }
    const auto result = [&] {
        try {
            return advocacy::detail::read_any(text, options);
        } catch (const advocacy::error& e) {
            throw advocacy::error(source + ": " + e.what());
        }
    }();
    for (const auto& w : result.warnings) {
        std::cerr << program << ": warning: " << escaped(source) << ":" << escaped(advocacy::to_string(w)) << "\n";
    }
    if (format != file_format::json && result.nothing_found()) {
        throw advocacy::error(source + ": no action, conference or group found in this " + std::string(to_string(format)) +
                              " file: nothing to import, nothing written to " + *target);
    }
    advocacy::save(result.value, *target);
    std::cerr << program << ": " << escaped(import_summary(result, *target)) << "\n";
    return 0;
}

constexpr std::string_view validate_help =
    "usage: advocacy validate CAMPAIGN.json\n"
    "Loads a campaign file and checks every rule of the model; prints what is wrong and where.\n";

auto cmd_validate(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << validate_help, 0;
    if (args.positionals().size() != 1) throw usage_error("validate needs one campaign file");
    const auto c = load_campaign(args, args.positionals().front());
    out << escaped(args.positionals().front()) << ": valid: \"" << escaped(c.title()) << "\", " << c.actions().size() << " actions, "
              << c.conferences().size() << " conferences, " << c.groups().size() << " groups\n";
    return 0;
}

}  // namespace advocacy::cli
