// SPDX-License-Identifier: MIT
// The `advocacy` command: a supporter's plan, conferences, groups and meetings of a campaign,
// and conversions between the formats campaigns travel in. Works on the bundled sample campaign
// when no campaign file is given.
//
// Exit status: 0 on success, 1 on an error in the input or in writing the output, 2 on a usage
// error. What it prints from a campaign or a message has its control characters escaped, so no
// file can drive the terminal; exported files are written as they are.
#include "command.hpp"

#include <exception>
#include <iostream>
#include <sstream>

namespace advocacy::cli {
namespace {

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
}  // namespace advocacy::cli

using advocacy::cli::escaped;
using advocacy::cli::output_error;
using advocacy::cli::program;
using advocacy::cli::usage_error;
using advocacy::cli::write_stdout;

// What a command prints to standard output is gathered and written at the end, so that a failed
// write (a full disk, a closed pipe) is seen and reported rather than lost with exit status 0.
int main(int argc, char** argv) {
    std::ostringstream out;
    int status = 0;
    std::string failure;
    try {
        status = advocacy::cli::run(argc, argv, out);
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
