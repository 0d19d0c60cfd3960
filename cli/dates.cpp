// SPDX-License-Identifier: MIT
// Date ranges as organizers write them.
#include "command.hpp"

namespace advocacy::cli {

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

}  // namespace advocacy::cli
