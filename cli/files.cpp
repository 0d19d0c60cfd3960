// SPDX-License-Identifier: MIT
// Campaigns in and out of files: export, import and validate.
#include "command.hpp"

#include <algorithm>
#include <iostream>
#include <optional>

namespace advocacy::cli {
namespace {

constexpr std::string_view export_formats = "ics, vcard, json or osdi";

struct export_options {
    std::string format, output, vcard_version = "4";
    selection only;
    campaign_input input;
};

/// The day to_icalendar starts an open-ended meeting schedule on for `c`, by the rule icalendar.hpp
/// documents (January 1 of the year of the earliest milestone or conference, else 2015-01-01): a
/// selection's calendar takes the whole campaign's, so that its events are the very same.
auto open_start_of(const advocacy::campaign& c) -> date::sys_days {
    std::optional<date::sys_days> earliest;
    for (const auto& m : c.milestones()) earliest = std::min(m.day, earliest.value_or(m.day));
    for (const auto& e : c.conferences()) earliest = std::min(e.dates.first(), earliest.value_or(e.dates.first()));
    const auto year = earliest ? date::year_month_day{*earliest}.year() : date::year{2015};
    return date::sys_days{year / 1 / 1};
}

void run_export(const export_options& o, std::ostream& out) {
    if (!o.only.empty() && o.format != "ics") {
        throw usage_error("--group, --state and --region are for `export ics`: a " + o.format +
                          " export is the whole campaign");
    }
    const auto c = load_campaign(o.input);
    if (o.format == "ics") {
        if (o.only.empty()) return emit(o.output, out, advocacy::to_icalendar(c));
        check_selection(c, o.only);
        advocacy::icalendar_options options;
        options.open_start = open_start_of(c);
        // The calendar's name (X-WR-CALNAME) says what it holds; its events are the whole calendar's.
        emit(o.output, out, advocacy::to_icalendar(selected(c, o.only, calendar_title(c, o.only)), options));
    } else if (o.format == "vcard") {
        const auto version = o.vcard_version == "3" ? advocacy::vcard_version::v3 : advocacy::vcard_version::v4;
        emit(o.output, out, advocacy::to_vcard(c, version));
    } else if (o.format == "json") {
        emit(o.output, out, advocacy::to_json(c));  // with -o, what advocacy::save does: an atomic write
    } else {
        emit(o.output, out, advocacy::to_osdi(c));
    }
}

void add_export(command_line& commands) {
    auto o = std::make_shared<export_options>();
    auto& sub = commands.add(
        "export", "ics|vcard|json|osdi [-o FILE] [--vcard-version 3|4] [--group ID] [--state ST] [--region REGION] [CAMPAIGN.json]",
        "the campaign in another format",
        "Writes the campaign as iCalendar, vCard, JSON or OSDI HAL+JSON (standard output by default).\n"
        "`export ics` with --group, --state or --region writes a calendar to subscribe to for one group\n"
        "(its meetings), one state (its groups' meetings, the conferences held in it and those of its\n"
        "region) or one region (its groups' meetings and its conferences); given together, the events\n"
        "they all select. Each event has the UID it has in the whole campaign's calendar.",
        [o](std::ostream& out) { run_export(*o, out); });
    sub.add_option("FORMAT", o->format, "ics, vcard, json or osdi")
        ->required()
        ->type_name("")
        ->check(CLI::Validator(
            [](std::string& format) -> std::string {
                if (format == "ics" || format == "vcard" || format == "json" || format == "osdi") return {};
                return "unknown export format \"" + format + "\"; expected " + std::string(export_formats);
            },
            ""));
    add_campaign(sub, o->input);
    add_output(sub, o->output, "the file to write (default, or -: standard output)");
    sub.add_option("--vcard-version", o->vcard_version, "the vCard version written: 3 or 4 (default 4)")
        ->type_name("3|4")
        ->check(CLI::Validator(
            [](std::string& v) -> std::string { return v == "3" || v == "4" ? "" : "is 3 or 4, not " + v; }, ""))
        ->group("Output");
    add_selection(sub, o->only,
                  {"ics: only this group's meetings (its id)",
                   "ics: only the meetings of the groups located in this state, and the conferences held in it or in its region",
                   "ics: only this region's groups' meetings and its conferences"});
}

/// The sentence import ends with: what was written where.
auto import_summary(const advocacy::file_import& result, const std::string& target) -> std::string {
    const auto& c = result.value;
    std::string text = "wrote " + target + ": ";
    switch (result.format) {
        case advocacy::file_format::icalendar:
            return text + counted(c.conferences().size(), "conference", "conferences") + ", " +
                   counted(c.groups().size(), "group with meetings", "groups with meetings") + ", " +
                   counted(result.warnings.size(), "warning", "warnings");
        case advocacy::file_format::json:
            return text + counted(c.actions().size(), "action", "actions") + ", " +
                   counted(c.conferences().size(), "conference", "conferences") + ", " +
                   counted(c.groups().size(), "group", "groups");
        case advocacy::file_format::osdi: {
            std::size_t contacts = 0;
            for (const auto& g : c.groups()) contacts += g.contacts.size();
            return text + counted(c.actions().size(), "action", "actions") + ", " +
                   counted(c.conferences().size(), "conference", "conferences") + ", " +
                   counted(contacts, "contact", "contacts") + ", " + counted(result.warnings.size(), "warning", "warnings");
        }
        case advocacy::file_format::vcard: {
            std::size_t contacts = 0;
            for (const auto& g : c.groups()) contacts += g.contacts.size();
            return text + counted(c.groups().size(), "group", "groups") + ", " + counted(contacts, "contact", "contacts") +
                   ", " + counted(result.warnings.size(), "warning", "warnings");
        }
        default:
            return text + counted(c.actions().size(), "action", "actions") + ", " +
                   counted(c.conferences().size(), "conference", "conferences") + ", " +
                   counted(result.warnings.size(), "warning", "warnings");
    }
}

struct import_options {
    std::string source, target, reference;
    std::uintmax_t max_size = advocacy::default_max_file_size;
};

/// How the messages of import name the format a file was read in.
auto format_name(advocacy::file_format format) -> std::string {
    switch (format) {
        case advocacy::file_format::json: return "JSON";
        case advocacy::file_format::osdi: return "OSDI";
        case advocacy::file_format::icalendar: return "iCalendar";
        case advocacy::file_format::vcard: return "vCard";
        case advocacy::file_format::listing: return "listing";
        case advocacy::file_format::automatic:
        case advocacy::file_format::text: break;
    }
    return "text";
}

/// Reads `o.source` as the format its content tells; its errors name the file.
auto read_import(const import_options& o) -> advocacy::file_import {
    using advocacy::file_format;
    const std::string text = read_input(o.source, o.max_size);
    advocacy::load_options options;
    options.reference = day_of(o.reference);
    auto result = [&] {
        try {
            progress_bar progress("reading " + input_name(o.source) + ": building the campaign");
            options.progress = progress.function();
            return advocacy::import_text(text, options);
        } catch (const advocacy::error& e) {
            throw advocacy::error(input_name(o.source) + ": " + e.what());
        }
    }();
    if (options.reference && (result.format == file_format::icalendar || result.format == file_format::json ||
                              result.format == file_format::osdi || result.format == file_format::vcard)) {
        throw usage_error("--reference is for announcements; a " + format_name(result.format) + " file has its years");
    }
    return result;
}

void run_import(const import_options& o, std::ostream& out) {
    const auto result = read_import(o);
    for (const auto& w : result.warnings) {
        std::cerr << program << ": warning: " << escaped(input_name(o.source)) << ":" << escaped(advocacy::to_string(w)) << "\n";
    }
    if (result.format != advocacy::file_format::json && result.nothing_found()) {
        throw advocacy::error(input_name(o.source) + ": no action, conference or group found in this " +
                              format_name(result.format) + " file: nothing to import, nothing written to " +
                              output_name(o.target));
    }
    emit(o.target, out, advocacy::to_json(result.value));  // to a file, what advocacy::save does
    std::cerr << program << ": " << escaped(import_summary(result, output_name(o.target))) << "\n";
}

void add_import(command_line& commands) {
    auto o = std::make_shared<import_options>();
    auto& sub = commands.add(
        "import", "FILE -o CAMPAIGN.json [--reference YYYY-MM-DD] [--max-size BYTES]",
                             "an announcement, listing, calendar, vCard or campaign as a campaign",
        "Reads a plain-text call to action, an event listing (Markdown, CSV, TSV or plain lines), an\n"
        "iCalendar file, a vCard file (contacts: a group per organization), an OSDI document (events,\n"
        "people and advocacy campaigns, as Action Network returns them) or a JSON campaign into a\n"
        "campaign file. The format is told by the content, not the file name. What it leaves out\n"
        "(lines of an announcement or a listing it cannot read, events the model cannot hold, cards\n"
        "and what a contact cannot hold) is listed on standard error with line numbers. A binary or\n"
        "empty file, or one in which nothing is found to act on, is refused and CAMPAIGN.json left\n"
        "as it was.",
        [o](std::ostream& out) { run_import(*o, out); });
    sub.add_option("FILE", o->source, "an announcement, listing, calendar, vCard, OSDI or campaign file (-: standard input)")
        ->required()
        ->type_name("");
    add_output(sub, o->target, "the campaign file to write (-: standard output)")->required();
    add_day(sub, "--reference", o->reference, "the day a date without a year is read against (default: today)");
    add_max_size(sub, o->max_size);
}

struct validate_options {
    output_format format = output_format::text;
    campaign_input input;
};

/// The most problems validate lists; the rest are counted.
constexpr std::size_t most_problems_listed = 100;

/// The problems of a campaign file, as `FILE:LINE: FIELD: REASON` lines (`FILE:LINE:COLUMN:
/// REASON` for what is not in a field: bad JSON syntax), or as rows for scripts.
void write_problems(std::ostream& out, output_format format, const std::string& name,
                    const std::vector<advocacy::json_problem>& problems) {
    const auto shown = std::min(problems.size(), most_problems_listed);
    if (format != output_format::text) {
        auto rows = json::array();
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& p = problems[i];
            rows.push_back({{"file", name}, {"valid", false}, {"line", p.line}, {"column", p.column},
                            {"field", p.field()}, {"pointer", p.pointer}, {"reason", p.reason}});
        }
        return write_rows(out, format, rows, {"file", "valid", "line", "column", "field", "pointer", "reason"});
    }
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& p = problems[i];
        out << escaped(name) << ":" << p.line << ":";
        if (p.pointer.empty()) {
            out << p.column << ": ";
        } else {
            out << " " << escaped(p.field()) << ": ";
        }
        out << escaped(p.reason) << "\n";
    }
    if (problems.size() > shown) out << escaped(name) << ": and " << counted(problems.size() - shown, "more problem", "more problems") << "\n";
}

void run_validate(const validate_options& o, std::ostream& out) {
    const auto name = input_name(o.input.path);
    const auto text = read_input(o.input.path, o.input.max_size);
    const auto problems = advocacy::check_campaign_json(text);
    if (!problems.empty()) {
        write_problems(out, o.format, name, problems);
        throw advocacy::error(name + ": not a valid campaign: " + counted(problems.size(), "problem", "problems") +
                              (problems.size() > most_problems_listed
                                   ? " (the first " + std::to_string(most_problems_listed) + " listed)"
                                   : ""));
    }
    const auto c = campaign_of(text, name);
    if (o.format != output_format::text) {
        const json row = {{"file", name}, {"valid", true},        {"title", c.title()},
                                    {"actions", c.actions().size()},     {"conferences", c.conferences().size()},
                                    {"groups", c.groups().size()}};
        return write_rows(out, o.format, json::array({row}),
                          {"file", "valid", "title", "actions", "conferences", "groups"});
    }
    out << escaped(name) << ": valid: \"" << escaped(c.title()) << "\", "
        << counted(c.actions().size(), "action", "actions") << ", "
        << counted(c.conferences().size(), "conference", "conferences") << ", " << counted(c.groups().size(), "group", "groups")
        << "\n";
}

void add_validate(command_line& commands) {
    auto o = std::make_shared<validate_options>();
    auto& sub = commands.add("validate", "[--format F] CAMPAIGN.json",
                             "check a campaign file",
                             "Loads a campaign file and checks every rule of the model. Lists every problem found (the\n"
                             "first 100), each as FILE:LINE: FIELD: what is wrong, and exits with status 1 if any.",
                             [o](std::ostream& out) { run_validate(*o, out); });
    add_format(sub, o->format);
    add_campaign(sub, o->input, true);
}

}  // namespace

void add_files(command_line& commands) {
    add_export(commands);
    add_import(commands);
    add_validate(commands);
}

}  // namespace advocacy::cli
