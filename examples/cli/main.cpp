// SPDX-License-Identifier: MIT
// The `advocacy` command: a supporter's plan, conferences, groups and meetings of a campaign,
// and conversions between the formats campaigns travel in. Works on the bundled sample campaign
// when no campaign file is given.
//
// Exit status: 0 on success, 1 on an error in the input or in writing the output, 2 on a usage
// error. What it prints from a campaign or a message has its control characters escaped, so no
// file can drive the terminal; exported files are written as they are.
#include <advocacy/advocacy.hpp>
#include <advocacy/detail/checks.hpp>
#include <advocacy/detail/content_line.hpp>
#include <advocacy/detail/file.hpp>
#include <advocacy/detail/format.hpp>

#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view program = "advocacy";

// What the command prints from a campaign or a message, with its control characters escaped.
using advocacy::detail::escaped;

/// A mistake in how the command was called: exit status 2.
struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Standard output that cannot be written: exit status 1.
struct output_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Writes all of `text` to standard output; throws output_error with the system's reason.
void write_stdout(std::string_view text) {
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw output_error(std::string("cannot write to standard output: ") + std::strerror(errno));
        }
        written += static_cast<std::size_t>(n);
    }
}

/// A command's words after its name: options (with or without a value) and positionals.
class arguments {
public:
    /// `valued` names the options that take a value; `flags` those that do not.
    arguments(std::vector<std::string_view> words, std::set<std::string_view> valued,
              std::set<std::string_view> flags) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::string_view w = words[i];
            if (w == "--help" || w == "-h") {
                help_ = true;
            } else if (w.size() > 1 && w[0] == '-' && !(w.size() > 1 && std::isdigit(static_cast<unsigned char>(w[1])))) {
                std::string_view name = w;
                std::optional<std::string_view> value;
                if (auto eq = w.find('='); eq != std::string_view::npos && w.starts_with("--")) {
                    name = w.substr(0, eq);
                    value = w.substr(eq + 1);
                }
                if (valued.contains(name)) {
                    if (!value) {
                        if (i + 1 >= words.size()) throw usage_error(std::string(name) + " needs a value");
                        value = words[++i];
                    }
                    options_[std::string(name)] = std::string(*value);
                } else if (flags.contains(name) && !value) {
                    options_[std::string(name)] = "";
                } else {
                    throw usage_error("unknown option " + std::string(w));
                }
            } else {
                positionals_.emplace_back(w);
            }
        }
    }

    auto help() const -> bool { return help_; }
    auto has(std::string_view name) const -> bool { return options_.contains(std::string(name)); }
    auto get(std::string_view name) const -> std::optional<std::string> {
        auto it = options_.find(std::string(name));
        if (it == options_.end()) return std::nullopt;
        return it->second;
    }
    auto positionals() const -> const std::vector<std::string>& { return positionals_; }

private:
    bool help_ = false;
    std::map<std::string, std::string> options_;
    std::vector<std::string> positionals_;
};

auto today_utc() -> date::sys_days { return date::floor<date::days>(std::chrono::system_clock::now()); }

/// A day given on the command line: "2015-09-01".
auto parse_day(std::string_view option, std::string_view text) -> date::sys_days {
    try {
        const auto range = advocacy::parse_date_range(text);
        if (range.days() != 1) throw usage_error(std::string(option) + " takes one day, got \"" + std::string(text) + "\"");
        return range.first();
    } catch (const advocacy::parse_error& e) {
        throw usage_error(std::string(option) + ": " + e.what());
    }
}

auto day_option(const arguments& args, std::string_view name) -> std::optional<date::sys_days> {
    if (auto v = args.get(name)) return parse_day(name, *v);
    return std::nullopt;
}

/// The largest file the command reads: --max-size BYTES, with an optional K, M or G (KiB, MiB,
/// GiB), else advocacy::default_max_file_size (1 GiB).
auto max_size(const arguments& args) -> std::uintmax_t {
    const auto text = args.get("--max-size");
    if (!text) return advocacy::default_max_file_size;
    std::uintmax_t value = 0;
    const auto* end = text->data() + text->size();
    const auto [stop, failure] = std::from_chars(text->data(), end, value);
    const std::string_view unit(stop, static_cast<std::size_t>(end - stop));
    const int shift = unit.empty() ? 0 : unit == "K" ? 10 : unit == "M" ? 20 : unit == "G" ? 30 : -1;
    if (failure != std::errc{} || stop == text->data() || shift < 0 || value > (UINTMAX_MAX >> shift)) {
        throw usage_error("--max-size takes a number of bytes, optionally with K, M or G, not \"" + *text + "\"");
    }
    return value << shift;
}

/// Reads the campaign file at `path`; its content's errors name the file.
auto load_campaign(const arguments& args, const std::string& path) -> advocacy::campaign {
    try {
        return advocacy::load(path, max_size(args));
    } catch (const advocacy::io_error&) {
        throw;  // names the file already
    } catch (const advocacy::error& e) {
        throw advocacy::error(path + ": " + e.what());
    }
}

/// The campaign named by the only positional argument, or the bundled sample.
auto campaign_from(const arguments& args, std::size_t allowed_before = 0) -> advocacy::campaign {
    const auto& pos = args.positionals();
    if (pos.size() > allowed_before + 1) throw usage_error("too many arguments: " + pos.back());
    if (pos.size() == allowed_before + 1) return load_campaign(args, pos.back());
    return advocacy::sample_campaign();
}

auto format_time(const date::zoned_seconds& t) -> std::string {
    return date::format("%a %b %d, %Y %I:%M %p %Z", t);
}

/// Writes `text` to the file named by -o (atomically, as campaigns are saved), or to standard output.
void emit(const arguments& args, std::ostream& out, const std::string& text) {
    if (auto path = args.get("-o")) {
        advocacy::detail::write_file_atomically(*path, text);
    } else {
        out << text;
        if (!text.empty() && text.back() != '\n') out << '\n';
    }
}

// ---- commands ------------------------------------------------------------------------------

constexpr std::string_view plan_help =
    "usage: advocacy plan --state ST [--today YYYY-MM-DD] [CAMPAIGN.json]\n"
    "A supporter's personal action plan: the group to write to and its contact, its next\n"
    "meetings, and the region's next conference with dates, place and registration link.\n";

auto cmd_plan(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << plan_help, 0;
    const auto state = args.get("--state");
    if (!state || state->empty()) throw usage_error("plan needs --state, e.g. --state MN");
    const auto today = day_option(args, "--today").value_or(today_utc());
    const auto c = campaign_from(args);
    const auto steps = c.plan(*state, today);
    out << escaped(c.title()) << "\nYour action plan in " << escaped(*state) << ", as of " << date::format("%F", today) << "\n";
    if (steps.empty()) out << "\nNothing left to do: every action's window has passed.\n";
    int n = 0;
    // Each step's instruction already names whom to write to, when the meetings are and where
    // the conference is, with its link: one sentence a step reads best in a terminal.
    for (const auto& step : steps) {
        out << "\n" << ++n << ". " << escaped(step.title) << "\n   " << escaped(step.instruction) << "\n";
    }
    return 0;
}

constexpr std::string_view conferences_help =
    "usage: advocacy conferences [--upcoming] [--today YYYY-MM-DD] [--region REGION] [CAMPAIGN.json]\n"
    "The campaign's conferences in date order; --upcoming keeps those not over by --today.\n";

auto cmd_conferences(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << conferences_help, 0;
    const auto c = campaign_from(args);
    std::vector<advocacy::conference> list;
    if (args.has("--upcoming")) {
        list = c.upcoming_conferences(day_option(args, "--today").value_or(today_utc()));
    } else {
        list = c.upcoming_conferences(date::sys_days{date::year{1} / 1 / 1});
    }
    if (auto region = args.get("--region")) {
        if (!c.regions().empty() && !c.regions().has_region(*region)) {
            throw usage_error("unknown region \"" + *region + "\"");
        }
        std::erase_if(list, [&](const advocacy::conference& e) { return e.region != *region; });
    }
    for (const auto& e : list) {
        out << advocacy::to_string(e.dates);
        if (e.timed()) {
            out << ", " << date::format("%H:%M", *e.start_time) << "\xE2\x80\x93" << date::format("%H:%M", *e.end_time);
            if (!e.place.time_zone.empty()) out << " " << escaped(e.place.time_zone);
        }
        out << "  " << escaped(e.name) << "  " << escaped(advocacy::to_string(e.place));
        if (!e.region.empty()) out << "  [" << escaped(e.region) << "]";
        out << "\n";
    }
    return 0;
}

constexpr std::string_view groups_help =
    "usage: advocacy groups --state ST [CAMPAIGN.json]\n"
    "The groups in a state, with their contacts and when they meet.\n";

auto cmd_groups(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << groups_help, 0;
    const auto state = args.get("--state");
    if (!state || state->empty()) throw usage_error("groups needs --state, e.g. --state MN");
    const auto c = campaign_from(args);
    const auto list = c.groups_in(*state);
    if (list.empty()) out << "No group is listed in " << escaped(*state) << ".\n";
    for (const auto& g : list) {
        out << escaped(advocacy::to_string(g)) << "\n";
        if (g.meetings) {
            out << "  meets: " << escaped(g.meetings->describe()) << " (" << escaped(g.meetings->time_zone()) << ")\n";
        }
        for (const auto& person : g.contacts) out << "  " << escaped(advocacy::to_string(person)) << "\n";
        if (!g.website.empty()) out << "  " << escaped(g.website) << "\n";
    }
    return 0;
}

constexpr std::string_view meetings_help =
    "usage: advocacy meetings --from YYYY-MM-DD --to YYYY-MM-DD [CAMPAIGN.json]\n"
    "Every group meeting between two days (both included), in time order, in local time.\n";

auto cmd_meetings(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << meetings_help, 0;
    const auto from = day_option(args, "--from");
    const auto to = day_option(args, "--to");
    if (!from || !to) throw usage_error("meetings needs --from and --to");
    if (*to < *from) throw usage_error("--to is before --from");
    const auto c = campaign_from(args);
    for (const auto& m : c.next_meetings(advocacy::date_range(*from, *to))) {
        out << format_time(m.time.start) << "  " << (m.host ? escaped(advocacy::to_string(*m.host)) : "") << "\n";
    }
    return 0;
}

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

constexpr std::string_view dates_help =
    "usage: advocacy dates TEXT... [--reference YYYY-MM-DD]\n"
    "Reads date ranges as organizers write them (\"Nov 13-15\") and prints each as people write\n"
    "it and in ISO 8601. A text without a year takes the earliest year in which it ends on or\n"
    "after the reference day (default: today).\n";

auto cmd_dates(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << dates_help, 0;
    if (args.positionals().empty()) throw usage_error("dates needs at least one text, e.g. \"Nov 13-15\"");
    advocacy::parse_options options;
    options.reference = day_option(args, "--reference");
    for (const auto& text : args.positionals()) {
        const auto range = advocacy::parse_date_range(text, options);
        out << advocacy::to_string(range) << "\t" << advocacy::to_iso(range) << "\n";
    }
    return 0;
}

constexpr std::string_view main_help =
    "usage: advocacy COMMAND [OPTIONS] [CAMPAIGN.json]\n"
    "\n"
    "Commands (without CAMPAIGN.json they work on the bundled sample campaign):\n"
    "  plan --state ST [--today D]          a supporter's personal action plan\n"
    "  conferences [--upcoming] [--region R] the campaign's conferences\n"
    "  groups --state ST                    the groups in a state and their contacts\n"
    "  meetings --from D --to D             every group meeting between two days\n"
    "  export ics|vcard|json|osdi [-o FILE] the campaign in another format\n"
    "  import FILE -o CAMPAIGN.json          an announcement, calendar, vCard or campaign as a campaign\n"
    "  validate CAMPAIGN.json               check a campaign file\n"
    "  dates TEXT... [--reference D]        read date ranges such as \"Nov 13-15\"\n"
    "\n"
    "Commands that read a file take --max-size BYTES (K, M, G: KiB, MiB, GiB; default 1G).\n"
    "`advocacy COMMAND --help` tells more. Exit status: 0 success, 1 bad input or output, 2 usage error.\n";

struct command {
    std::string_view name;
    int (*run)(const arguments&, std::ostream&);
    std::set<std::string_view> valued;
    std::set<std::string_view> flags;
};

auto run(int argc, char** argv, std::ostream& out) -> int {
    std::vector<std::string_view> words(argv + 1, argv + argc);
    if (words.empty()) throw usage_error("no command given; try `advocacy --help`");
    if (words.front() == "--help" || words.front() == "-h" || words.front() == "help") return out << main_help, 0;
    if (words.front() == "--version") return out << program << " " << advocacy::version << "\n", 0;
    const std::vector<command> commands = {
        {"plan", cmd_plan, {"--state", "--today", "--max-size"}, {}},
        {"conferences", cmd_conferences, {"--region", "--today", "--max-size"}, {"--upcoming"}},
        {"groups", cmd_groups, {"--state", "--max-size"}, {}},
        {"meetings", cmd_meetings, {"--from", "--to", "--max-size"}, {}},
        {"export", cmd_export, {"-o", "--vcard-version", "--max-size"}, {}},
        {"import", cmd_import, {"-o", "--reference", "--max-size"}, {}},
        {"validate", cmd_validate, {"--max-size"}, {}},
        {"dates", cmd_dates, {"--reference"}, {}},
    };
    for (const auto& c : commands) {
        if (c.name == words.front()) {
            words.erase(words.begin());
            return c.run(arguments(words, c.valued, c.flags), out);
        }
    }
    throw usage_error("unknown command \"" + std::string(words.front()) + "\"; try `advocacy --help`");
}

}  // namespace

// What a command prints to standard output is gathered and written at the end, so that a failed
// write (a full disk, a closed pipe) is seen and reported rather than lost with exit status 0.
int main(int argc, char** argv) {
    std::ostringstream out;
    int status = 0;
    std::string failure;
    try {
        status = run(argc, argv, out);
    } catch (const usage_error& e) {
        status = 2;
        failure = e.what();
    } catch (const advocacy::error& e) {
        status = 1;
        failure = e.what();
    } catch (const std::exception& e) {
        // Anything else is a bug in advocacy, but still one clear sentence, never an abort.
        status = 1;
        failure = std::string("internal error: ") + e.what();
    }
    try {
        write_stdout(out.view());
    } catch (const output_error& e) {
        if (status == 0) {  // a command that failed already says why
            status = 1;
            failure = e.what();
        }
    }
    if (!failure.empty()) std::cerr << program << ": " << escaped(failure) << "\n";
    return status;
}
