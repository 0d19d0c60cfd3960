// SPDX-License-Identifier: MIT
// Reading the command's words with CLI11: the subcommands, their help, --version, and a
// suggestion for a misspelt subcommand or option ("did you mean"), which CLI11 2.1 does not make.
#include "command.hpp"

#include <algorithm>
#include <numeric>
#include <sstream>

namespace advocacy::cli {
namespace {

/// Help that starts with the usage line, as `usage: advocacy plan --state ST ...`, and lists each
/// subcommand by its synopsis.
class help_formatter : public CLI::Formatter {
public:
    std::map<const CLI::App*, std::string> synopses, summaries;

    auto make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const -> std::string override {
        if (mode == CLI::AppFormatMode::Sub) return make_expanded(app);
        return make_usage(app, name) + make_description(app) + make_positionals(app) + make_groups(app, mode) +
               make_subcommands(app, mode) + "\n" + make_footer(app);
    }

    auto make_usage(const CLI::App* app, std::string name) const -> std::string override {
        return "usage: " + name + " " + synopses.at(app) + "\n";
    }

    auto make_subcommand(const CLI::App* sub) const -> std::string override {
        return "  " + sub->get_name() + " " + synopses.at(sub) + "\n      " + summaries.at(sub) + "\n";
    }
};

/// How many letters to insert, delete, replace or swap with their neighbour to turn `a` into `b`.
auto edit_distance(std::string_view a, std::string_view b) -> std::size_t {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t replace = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, replace});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

/// The names a word in `app`'s place could have meant: its options, and its subcommands.
auto names_in(const CLI::App& app) -> std::vector<std::string> {
    std::vector<std::string> names;
    for (const auto* option : app.get_options()) {
        for (const auto& n : option->get_lnames()) names.push_back("--" + n);
        for (const auto& n : option->get_snames()) names.push_back("-" + n);
    }
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
    return names;
}

/// The error for an option `app` does not take, with the one it most likely meant.
auto unknown_option(const std::string& word, const CLI::App& app) -> usage_error {
    const auto meant = nearest(word.substr(0, word.find('=')), names_in(app));
    return usage_error("unknown option " + word + (meant.empty() ? "" : "; did you mean " + meant + "?"));
}

}  // namespace

auto nearest(std::string_view word, const std::vector<std::string>& candidates) -> std::string {
    const std::string_view bare = word.substr(std::min(word.find_first_not_of('-'), word.size()));
    const std::size_t limit = bare.size() <= 4 ? 1 : 2;
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        const std::size_t d = edit_distance(word, candidate);
        if (d < best_distance || (best.empty() && bare.size() >= 3 && candidate.starts_with(word))) {
            best = candidate;
            best_distance = std::min(d, best_distance);
        }
    }
    return best;
}

command_line::command_line() : app_("", std::string(program)) {
    auto formatter = std::make_shared<help_formatter>();
    formatter->synopses[&app_] = "COMMAND [OPTIONS] [CAMPAIGN.json]";
    app_.formatter(formatter);
    app_.footer(
        "Commands that read a file take --max-size BYTES (K, M, G: KiB, MiB, GiB; default 1G).\n"
        "`advocacy COMMAND --help` tells more. Exit status: 0 success, 1 bad input or output, 2 usage error.");
    app_.set_version_flag("--version", std::string(program) + " " + advocacy::version, "print the version and exit");
    app_.set_help_flag("-h,--help", "print this help and exit");
    // Words CLI11 does not know are kept and reported by check_extras, with a suggestion.
    app_.allow_extras();
}

auto command_line::add(const std::string& name, const std::string& synopsis, const std::string& summary,
                       const std::string& description, std::function<void(std::ostream&)> run) -> CLI::App& {
    auto& sub = add_to(app_, name, synopsis, summary, description, std::move(run));
    sub.group("Commands (without CAMPAIGN.json they work on the bundled sample campaign)");
    return sub;
}

auto command_line::add(CLI::App& parent, const std::string& name, const std::string& synopsis,
                       const std::string& summary, const std::string& description,
                       std::function<void(std::ostream&)> run) -> CLI::App& {
    auto& sub = add_to(parent, name, synopsis, summary, description, std::move(run));
    sub.group("Commands");
    return sub;
}

auto command_line::add_to(CLI::App& parent, const std::string& name, const std::string& synopsis,
                          const std::string& summary, const std::string& description,
                          std::function<void(std::ostream&)> run) -> CLI::App& {
    auto* sub = parent.add_subcommand(name, description);
    sub->allow_extras();
    sub->set_help_flag("-h,--help", "print this help and exit");
    sub->footer("Exit status: 0 success, 1 bad input or output, 2 usage error.");
    auto formatter = std::static_pointer_cast<help_formatter>(app_.get_formatter());
    formatter->synopses[sub] = synopsis;
    formatter->summaries[sub] = summary;
    runs_[sub] = std::move(run);
    return *sub;
}

namespace {

/// The subcommand the words name: the innermost one selected (`regions set`), or `app` itself.
auto innermost(const CLI::App& app) -> const CLI::App& {
    const CLI::App* where = &app;
    while (!where->get_subcommands().empty()) where = where->get_subcommands().front();
    return *where;
}

/// The error for a positional word of `app` that is a misspelt subcommand of it, or "".
auto misspelt_subcommand(const CLI::App& app) -> std::string {
    std::vector<std::string> names;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
    if (names.empty()) return {};
    for (const auto* option : app.get_options()) {
        if (!option->get_positional()) continue;
        for (const auto& word : option->results()) {
            const auto meant = nearest(word, names);
            if (!meant.empty()) return "unknown command \"" + word + "\"; did you mean \"" + meant + "\"?";
        }
    }
    return {};
}

}  // namespace

void command_line::check_extras() const {
    const auto selected = app_.get_subcommands();
    const CLI::App& where = innermost(app_);
    const auto extras = where.remaining();
    const auto top_extras = app_.remaining();
    if (selected.empty() && !top_extras.empty()) {
        const auto& word = top_extras.front();
        if (word.starts_with("-")) throw unknown_option(word, app_);
        const auto meant = nearest(word, names_in(app_));
        throw usage_error("unknown command \"" + word + "\"" +
                          (meant.empty() ? "; try `advocacy --help`" : "; did you mean \"" + meant + "\"?"));
    }
    for (const auto& words : {extras, top_extras}) {
        if (words.empty()) continue;
        const auto& word = words.front();
        if (!word.starts_with("-") || word == "-") {
            // `regions sett North MN camp.json`: "sett" was taken for CAMPAIGN.json, the rest is extra.
            if (const auto meant = misspelt_subcommand(where); !meant.empty()) throw usage_error(meant);
            throw usage_error("too many arguments: " + word);
        }
        throw unknown_option(word, where);
    }
}

auto command_line::run(int argc, const char* const* argv, std::ostream& out) -> int {
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty()) throw usage_error("no command given; try `advocacy --help`");
    if (words.front() == "help") {  // `advocacy help [COMMAND]` is `advocacy [COMMAND] --help`
        words.erase(words.begin());
        words.emplace_back("--help");
    }
    std::reverse(words.begin(), words.end());  // CLI11 takes the words last first
    try {
        app_.parse(words);
    } catch (const CLI::CallForHelp&) {
        out << app_.help();
        return 0;
    } catch (const CLI::CallForVersion& e) {
        out << e.what() << "\n";
        return 0;
    } catch (const CLI::ParseError& e) {
        check_extras();  // a misspelt word says better what went wrong than what it led to
        throw usage_error(e.what());
    }
    check_extras();
    const auto selected = app_.get_subcommands();
    if (selected.empty()) throw usage_error("no command given; try `advocacy --help`");
    runs_.at(&innermost(app_))(out);
    return 0;
}

}  // namespace advocacy::cli
