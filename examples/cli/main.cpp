// SPDX-License-Identifier: MIT
// The `advocacy` command: a supporter's plan, conferences, groups and meetings of a campaign,
// and conversions between the formats campaigns travel in. Works on the bundled sample campaign
// when no campaign file is given.
//
// Exit status: 0 on success, 1 on an error in the input, 2 on a usage error.
#include <advocacy/advocacy.hpp>
#include <advocacy/detail/file.hpp>

#include <cctype>
#include <chrono>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view program = "advocacy";

/// A mistake in how the command was called: exit status 2.
struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

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

/// The campaign named by the only positional argument, or the bundled sample.
auto campaign_from(const arguments& args, std::size_t allowed_before = 0) -> advocacy::campaign {
    const auto& pos = args.positionals();
    if (pos.size() > allowed_before + 1) throw usage_error("too many arguments: " + pos.back());
    if (pos.size() == allowed_before + 1) return advocacy::load(pos.back());
    return advocacy::sample_campaign();
}

auto format_time(const date::zoned_seconds& t) -> std::string {
    return date::format("%a %b %d, %Y %I:%M %p %Z", t);
}

/// Writes `text` to the file named by -o (atomically, as campaigns are saved), or to standard output.
void emit(const arguments& args, const std::string& text) {
    if (auto path = args.get("-o")) {
        advocacy::detail::write_file_atomically(*path, text);
    } else {
        std::cout << text;
        if (!text.empty() && text.back() != '\n') std::cout << '\n';
    }
}

// ---- commands ------------------------------------------------------------------------------

constexpr std::string_view plan_help =
    "usage: advocacy plan --state ST [--today YYYY-MM-DD] [CAMPAIGN.json]\n"
    "A supporter's personal action plan: the group to write to and its contact, its next\n"
    "meetings, and the region's next conference with dates, place and registration link.\n";

auto cmd_plan(const arguments& args) -> int {
    if (args.help()) return std::cout << plan_help, 0;
    const auto state = args.get("--state");
    if (!state || state->empty()) throw usage_error("plan needs --state, e.g. --state MN");
    const auto today = day_option(args, "--today").value_or(today_utc());
    const auto c = campaign_from(args);
    const auto steps = c.plan(*state, today);
    std::cout << c.title() << "\nYour action plan in " << *state << ", as of " << date::format("%F", today) << "\n";
    if (steps.empty()) std::cout << "\nNothing left to do: every action's window has passed.\n";
    int n = 0;
    // Each step's instruction already names whom to write to, when the meetings are and where
    // the conference is, with its link: one sentence a step reads best in a terminal.
    for (const auto& step : steps) {
        std::cout << "\n" << ++n << ". " << step.title << "\n   " << step.instruction << "\n";
    }
    return 0;
}

constexpr std::string_view conferences_help =
    "usage: advocacy conferences [--upcoming] [--today YYYY-MM-DD] [--region REGION] [CAMPAIGN.json]\n"
    "The campaign's conferences in date order; --upcoming keeps those not over by --today.\n";

auto cmd_conferences(const arguments& args) -> int {
    if (args.help()) return std::cout << conferences_help, 0;
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
        std::cout << advocacy::to_string(e.dates);
        if (e.timed()) {
            std::cout << ", " << date::format("%H:%M", *e.start_time) << "\xE2\x80\x93" << date::format("%H:%M", *e.end_time);
            if (!e.place.time_zone.empty()) std::cout << " " << e.place.time_zone;
        }
        std::cout << "  " << e.name << "  " << advocacy::to_string(e.place);
        if (!e.region.empty()) std::cout << "  [" << e.region << "]";
        std::cout << "\n";
    }
    return 0;
}

constexpr std::string_view groups_help =
    "usage: advocacy groups --state ST [CAMPAIGN.json]\n"
    "The groups in a state, with their contacts and when they meet.\n";

auto cmd_groups(const arguments& args) -> int {
    if (args.help()) return std::cout << groups_help, 0;
    const auto state = args.get("--state");
    if (!state || state->empty()) throw usage_error("groups needs --state, e.g. --state MN");
    const auto c = campaign_from(args);
    const auto list = c.groups_in(*state);
    if (list.empty()) std::cout << "No group is listed in " << *state << ".\n";
    for (const auto& g : list) {
        std::cout << advocacy::to_string(g) << "\n";
        if (g.meetings) std::cout << "  meets: " << g.meetings->describe() << " (" << g.meetings->time_zone() << ")\n";
        for (const auto& person : g.contacts) std::cout << "  " << advocacy::to_string(person) << "\n";
        if (!g.website.empty()) std::cout << "  " << g.website << "\n";
    }
    return 0;
}

constexpr std::string_view meetings_help =
    "usage: advocacy meetings --from YYYY-MM-DD --to YYYY-MM-DD [CAMPAIGN.json]\n"
    "Every group meeting between two days (both included), in time order, in local time.\n";

auto cmd_meetings(const arguments& args) -> int {
    if (args.help()) return std::cout << meetings_help, 0;
    const auto from = day_option(args, "--from");
    const auto to = day_option(args, "--to");
    if (!from || !to) throw usage_error("meetings needs --from and --to");
    if (*to < *from) throw usage_error("--to is before --from");
    const auto c = campaign_from(args);
    for (const auto& m : c.next_meetings(advocacy::date_range(*from, *to))) {
        std::cout << format_time(m.time.start) << "  " << (m.host ? advocacy::to_string(*m.host) : "") << "\n";
    }
    return 0;
}

constexpr std::string_view export_help =
    "usage: advocacy export ics|vcard|json|osdi [-o FILE] [--vcard-version 3|4] [CAMPAIGN.json]\n"
    "Writes the campaign as iCalendar, vCard, JSON or OSDI-shaped JSON (standard output by default).\n";

auto cmd_export(const arguments& args) -> int {
    if (args.help()) return std::cout << export_help, 0;
    const auto& pos = args.positionals();
    if (pos.empty()) throw usage_error("export needs a format: ics, vcard, json or osdi");
    const std::string format = pos.front();
    const auto c = campaign_from(args, 1);
    if (format == "ics") {
        emit(args, advocacy::to_icalendar(c));
    } else if (format == "vcard") {
        const std::string v = args.get("--vcard-version").value_or("4");
        if (v != "3" && v != "4") throw usage_error("--vcard-version is 3 or 4, not " + v);
        emit(args, advocacy::to_vcard(c, v == "3" ? advocacy::vcard_version::v3 : advocacy::vcard_version::v4));
    } else if (format == "json") {
        emit(args, advocacy::to_json(c));  // with -o, what advocacy::save does: an atomic write
    } else if (format == "osdi") {
        emit(args, advocacy::to_osdi(c));
    } else {
        throw usage_error("unknown export format \"" + format + "\"; expected ics, vcard, json or osdi");
    }
    return 0;
}

constexpr std::string_view import_help =
    "usage: advocacy import ANNOUNCEMENT.txt|CALENDAR.ics -o CAMPAIGN.json [--reference YYYY-MM-DD]\n"
    "Reads a plain-text call to action, or an iCalendar file (.ics), into a campaign. Lines of an\n"
    "announcement it cannot place are listed on standard error with their line numbers.\n";

// Whether `path` names an iCalendar file: it ends in .ics or .ical, in any case.
auto is_calendar_file(std::string_view path) -> bool {
    std::string tail(path.substr(path.rfind('.') == std::string_view::npos ? path.size() : path.rfind('.')));
    for (auto& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tail == ".ics" || tail == ".ical";
}

auto cmd_import(const arguments& args) -> int {
    if (args.help()) return std::cout << import_help, 0;
    const auto& pos = args.positionals();
    if (pos.size() != 1) throw usage_error("import needs one announcement or calendar file");
    const auto out = args.get("-o");
    if (!out) throw usage_error("import needs -o CAMPAIGN.json");
    const std::string text = advocacy::detail::read_file(pos.front(), advocacy::default_max_file_size);
    if (is_calendar_file(pos.front())) {
        if (args.get("--reference")) throw usage_error("--reference is for announcements; a calendar has its years");
        const auto c = advocacy::campaign_from_icalendar(text);
        advocacy::save(c, *out);
        std::cerr << program << ": wrote " << *out << ": " << c.conferences().size() << " conferences, "
                  << c.groups().size() << " groups with meetings\n";
        return 0;
    }
    advocacy::announcement_options options;
    options.reference = day_option(args, "--reference");
    const auto result = advocacy::parse_announcement(text, options);
    for (const auto& w : result.warnings) {
        std::cerr << program << ": warning: " << pos.front() << ":" << advocacy::to_string(w) << "\n";
    }
    advocacy::save(result.value, *out);
    std::cerr << program << ": wrote " << *out << ": " << result.value.actions().size() << " actions, "
              << result.value.conferences().size() << " conferences, " << result.warnings.size() << " warnings\n";
    return 0;
}

constexpr std::string_view validate_help =
    "usage: advocacy validate CAMPAIGN.json\n"
    "Loads a campaign file and checks every rule of the model; prints what is wrong and where.\n";

auto cmd_validate(const arguments& args) -> int {
    if (args.help()) return std::cout << validate_help, 0;
    if (args.positionals().size() != 1) throw usage_error("validate needs one campaign file");
    const auto c = advocacy::load(args.positionals().front());
    std::cout << args.positionals().front() << ": valid: \"" << c.title() << "\", " << c.actions().size() << " actions, "
              << c.conferences().size() << " conferences, " << c.groups().size() << " groups\n";
    return 0;
}

constexpr std::string_view dates_help =
    "usage: advocacy dates TEXT... [--reference YYYY-MM-DD]\n"
    "Reads date ranges as organizers write them (\"Nov 13-15\") and prints each as people write\n"
    "it and in ISO 8601. A text without a year takes the earliest year in which it ends on or\n"
    "after the reference day (default: today).\n";

auto cmd_dates(const arguments& args) -> int {
    if (args.help()) return std::cout << dates_help, 0;
    if (args.positionals().empty()) throw usage_error("dates needs at least one text, e.g. \"Nov 13-15\"");
    advocacy::parse_options options;
    options.reference = day_option(args, "--reference");
    for (const auto& text : args.positionals()) {
        const auto range = advocacy::parse_date_range(text, options);
        std::cout << advocacy::to_string(range) << "\t" << advocacy::to_iso(range) << "\n";
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
    "  import ANNOUNCEMENT.txt -o FILE.json a plain-text call to action as a campaign\n"
    "  validate CAMPAIGN.json               check a campaign file\n"
    "  dates TEXT... [--reference D]        read date ranges such as \"Nov 13-15\"\n"
    "\n"
    "`advocacy COMMAND --help` tells more. Exit status: 0 success, 1 bad input, 2 usage error.\n";

struct command {
    std::string_view name;
    int (*run)(const arguments&);
    std::set<std::string_view> valued;
    std::set<std::string_view> flags;
};

auto run(int argc, char** argv) -> int {
    std::vector<std::string_view> words(argv + 1, argv + argc);
    if (words.empty()) throw usage_error("no command given; try `advocacy --help`");
    if (words.front() == "--help" || words.front() == "-h" || words.front() == "help") return std::cout << main_help, 0;
    if (words.front() == "--version") return std::cout << program << " " << advocacy::version << "\n", 0;
    const std::vector<command> commands = {
        {"plan", cmd_plan, {"--state", "--today"}, {}},
        {"conferences", cmd_conferences, {"--region", "--today"}, {"--upcoming"}},
        {"groups", cmd_groups, {"--state"}, {}},
        {"meetings", cmd_meetings, {"--from", "--to"}, {}},
        {"export", cmd_export, {"-o", "--vcard-version"}, {}},
        {"import", cmd_import, {"-o", "--reference"}, {}},
        {"validate", cmd_validate, {}, {}},
        {"dates", cmd_dates, {"--reference"}, {}},
    };
    for (const auto& c : commands) {
        if (c.name == words.front()) {
            words.erase(words.begin());
            return c.run(arguments(words, c.valued, c.flags));
        }
    }
    throw usage_error("unknown command \"" + std::string(words.front()) + "\"; try `advocacy --help`");
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const usage_error& e) {
        std::cerr << program << ": " << e.what() << "\n";
        return 2;
    } catch (const advocacy::error& e) {
        std::cerr << program << ": " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        // Anything else is a bug in advocacy, but still one clear sentence, never an abort.
        std::cerr << program << ": internal error: " << e.what() << "\n";
        return 1;
    }
}
