// SPDX-License-Identifier: MIT
// Date ranges as organizers write them.
#include "command.hpp"

namespace advocacy::cli {
namespace {

struct dates_options {
    std::vector<std::string> texts;
    std::string reference;
};

void run_dates(const dates_options& o, std::ostream& out) {
    advocacy::parse_options options;
    options.reference = day_of(o.reference);
    for (const auto& text : o.texts) {
        const auto range = advocacy::parse_date_range(text, options);
        out << advocacy::to_string(range) << "\t" << advocacy::to_iso(range) << "\n";
    }
}

}  // namespace

void add_dates(command_line& commands) {
    auto o = std::make_shared<dates_options>();
    auto& sub = commands.add("dates", "TEXT... [--reference YYYY-MM-DD]",
                             "read date ranges such as \"Nov 13-15\"",
                             "Reads date ranges as organizers write them (\"Nov 13-15\") and prints each as people write\n"
                             "it and in ISO 8601. A text without a year takes the earliest year in which it ends on or\n"
                             "after the reference day (default: today).",
                             [o](std::ostream& out) { run_dates(*o, out); });
    sub.add_option("TEXT", o->texts, "date ranges, e.g. \"Nov 13-15\"")->required()->type_name("");
    add_day(sub, "--reference", o->reference, "the day a text without a year is read against (default: today)");
}

}  // namespace advocacy::cli
