// SPDX-License-Identifier: MIT
// Date ranges as organizers write them.
#include "command.hpp"

namespace advocacy::cli {
namespace {

struct dates_options {
    std::vector<std::string> texts;
    std::string reference;
    output_format format = output_format::text;
};

void run_dates(const dates_options& o, std::ostream& out) {
    advocacy::parse_options options;
    options.reference = day_of(o.reference);
    auto rows = json::array();
    for (const auto& text : o.texts) {
        const auto range = advocacy::parse_date_range(text, options);
        if (o.format == output_format::text) {
            out << advocacy::to_string(range) << "\t" << advocacy::to_iso(range) << "\n";
        } else {
            rows.push_back({{"text", text},
                            {"first", date::format("%F", range.first())},
                            {"last", date::format("%F", range.last())}});
        }
    }
    if (o.format != output_format::text) write_rows(out, o.format, rows, {"text", "first", "last"});
}

}  // namespace

void add_dates(command_line& commands) {
    auto o = std::make_shared<dates_options>();
    auto& sub = commands.add("dates", "TEXT... [--reference YYYY-MM-DD] [--format F]",
                             "read date ranges such as \"Nov 13-15\"",
                             "Reads date ranges as organizers write them (\"Nov 13-15\") and prints each as people write\n"
                             "it and in ISO 8601. A text without a year takes the earliest year in which it ends on or\n"
                             "after the reference day (default: today).",
                             [o](std::ostream& out) { run_dates(*o, out); });
    sub.add_option("TEXT", o->texts, "date ranges, e.g. \"Nov 13-15\"")->required()->type_name("");
    add_day(sub, "--reference", o->reference, "the day a text without a year is read against (default: today)");
    add_format(sub, o->format);
}

}  // namespace advocacy::cli
