// SPDX-License-Identifier: MIT
// plans: a personal plan for every supporter of a list, as CSV, JSON Lines or text.
#include "command.hpp"

#include <advocacy/plan_message.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

namespace advocacy::cli {
namespace {

struct plans_options {
    std::string supporters, today, format = "csv", layout = "supporter", output, template_path, escape;
    unsigned jobs = 1;
    campaign_input input;
};

// Where the plans go: standard output, or a file written beside its final name and renamed into
// place once complete, so that a failed run never leaves half a file under that name.
class plans_output {
public:
    explicit plans_output(std::string path) : path_(std::move(path)) {
        if (to_file()) {
            part_ = path_ + ".part";
            file_.open(part_, std::ios::binary | std::ios::trunc);
            if (!file_) throw advocacy::io_error(path_, std::strerror(errno), std::error_code(errno, std::generic_category()));
        }
    }
    plans_output(const plans_output&) = delete;
    auto operator=(const plans_output&) -> plans_output& = delete;
    ~plans_output() {
        if (to_file() && !done_) {
            file_.close();
            std::error_code ignored;
            std::filesystem::remove(part_, ignored);
        }
    }

    auto buffer() -> std::string& { return buffer_; }
    // Appends `text`, written out once a megabyte is waiting.
    void write(std::string_view text) {
        if (buffer_.empty() && text.size() >= (1U << 20)) {
            write_out(text);
            return;
        }
        buffer_ += text;
        flush();
    }
    // Writes the buffer out once it holds a megabyte (or always, with `force`).
    void flush(bool force = false) {
        if (!force && buffer_.size() < (1U << 20)) return;
        write_out(buffer_);
        buffer_.clear();
    }
    void close() {
        flush(true);
        if (!to_file()) return;
        file_.close();
        if (!file_) throw advocacy::io_error(path_, std::strerror(errno), std::error_code(errno, std::generic_category()));
        std::error_code code;
        std::filesystem::rename(part_, path_, code);
        if (code) throw advocacy::io_error(path_, code.message(), code);
        done_ = true;
    }

private:
    auto to_file() const -> bool { return !path_.empty() && path_ != "-"; }
    void write_out(std::string_view text) {
        if (to_file()) {
            file_.write(text.data(), static_cast<std::streamsize>(text.size()));
            if (!file_) throw advocacy::io_error(path_, std::strerror(errno), std::error_code(errno, std::generic_category()));
        } else {
            write_stdout(text);
        }
    }
    std::string path_, part_, buffer_;
    std::ofstream file_;
    bool done_ = false;
};

// A plan for people: the supporter's id and state, then the numbered steps.
void write_text(std::string& out, const advocacy::supporter& who, const std::vector<advocacy::plan_step>& steps) {
    out += escaped(who.id);
    if (!who.state.empty()) out += " (" + escaped(who.state) + ")";
    out += '\n';
    if (steps.empty()) out += "   Nothing left to do: every action's window has passed.\n";
    for (std::size_t i = 0; i < steps.size(); ++i) {
        out += "  " + std::to_string(i + 1) + ". " + escaped(steps[i].title) + ": " + escaped(steps[i].instruction) + "\n";
    }
    out += '\n';
}

void run_plans(const plans_options& o) {
    const auto today = day_of(o.today).value_or(today_utc());
    const auto c = load_campaign(o.input);
    mapped_input input(o.supporters, o.input.max_size);  // not copied: memory stays flat as lists grow
    const auto text = input.text();
    const auto name = input_name(o.supporters);

    std::optional<advocacy::plan_template> message;
    if (!o.template_path.empty()) {
        if (o.layout == "step") throw usage_error("--template: a message goes with one row per supporter, not --layout step");
        // HTML is escaped where the output is HTML: a template named .html or .htm, or --escape html.
        const auto extension = advocacy::detail::ascii_lower(std::filesystem::path(o.template_path).extension().string());
        const auto escape = !o.escape.empty()                         ? advocacy::parse_message_escape(o.escape)
                            : extension == ".html" || extension == ".htm" ? advocacy::message_escape::html
                                                                          : advocacy::message_escape::text;
        message.emplace(read_input(o.template_path, o.input.max_size), escape);
    }

    plans_output output(o.output);
    const bool text_format = o.format == "text";
    const advocacy::plan_writer writer(c, text_format ? advocacy::plan_format::csv : advocacy::parse_plan_format(o.format),
                                       advocacy::parse_plan_layout(o.layout), message.has_value() && !text_format);
    if (!text_format) writer.header(output.buffer());
    advocacy::plan_cache plans(c, today);
    // Rows are formatted on the planning threads (the writer and the template are only read) and
    // written here, a chunk at a time, in input order.
    advocacy::plan_stream stream(
        plans,
        [&](std::string& out, const advocacy::supporter& who, const std::vector<advocacy::plan_step>& steps) {
            if (text_format && message) {
                out += message->render(c, who, steps, today);
                out += '\n';
            } else if (text_format) {
                write_text(out, who, steps);
            } else {
                writer.write(out, who, steps, message ? message->render(c, who, steps, today) : std::string());
            }
        },
        [&](std::string_view text) { output.write(text); }, {.threads = o.jobs});

    std::size_t warnings = 0;
    advocacy::supporter_read_summary summary;
    {
        progress_bar progress("planning " + name);
        advocacy::supporter_read_options options;
        options.progress = [&input, bar = progress.function()](std::uintmax_t done, std::uintmax_t total) {
            if (bar) bar(done, total);
            input.read_up_to(done);
        };
        summary = advocacy::for_each_supporter(
            text, options, [&](advocacy::supporter&& who) { stream.push(std::move(who)); },
            [&](advocacy::supporter_warning&& w) {
                ++warnings;
                progress.clear();
                std::cerr << program << ": warning: " << escaped(name) << ":" << escaped(advocacy::to_string(w)) << "\n";
            });
        stream.finish();
    }
    output.close();
    std::cerr << program << ": " << escaped(name) << ": " << counted(summary.rows, "row", "rows") << ": "
              << stream.planned() << " planned, " << summary.skipped << " skipped ("
              << counted(warnings, "warning", "warnings") << ")\n";
}

// Adds an option taking one of `names` (any case).
auto add_choice(CLI::App& sub, const std::string& option, std::string& target, const std::vector<std::string>& names,
                const std::string& help) -> CLI::Option* {
    std::string joined;
    for (const auto& n : names) joined += (joined.empty() ? "" : "|") + n;
    return sub.add_option(option, target, help)
        ->type_name(joined)
        ->transform(CLI::Validator(
            [names, joined](std::string& value) -> std::string {
                std::transform(value.begin(), value.end(), value.begin(),
                               [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
                if (std::find(names.begin(), names.end(), value) != names.end()) return {};
                return "is " + joined + ", not \"" + value + "\"";
            },
            ""));
}

}  // namespace

void add_plans(command_line& commands) {
    auto o = std::make_shared<plans_options>();
    auto& sub = commands.add(
        "plans",
        "SUPPORTERS [CAMPAIGN.json] [--today YYYY-MM-DD] [--format F] [--layout L] [--template FILE] [--jobs N] [-o FILE]",
        "a personal action plan for every supporter of a list",
        "A personal action plan for every supporter of a list (CSV or TSV with a header row, or JSON\n"
        "Lines, as CRMs export them: see docs/supporters.md), as CSV, JSON Lines or text. Rows that\n"
        "cannot be read are warned of on standard error by line, row and column; a summary line\n"
        "counts the rows planned and skipped.",
        [o](std::ostream&) { run_plans(*o); });
    sub.add_option("SUPPORTERS", o->supporters, "the supporter list (-: standard input)")->required()->type_name("");
    add_campaign(sub, o->input);
    add_day(sub, "--today", o->today, "the day the plans start from (default: today)");
    add_choice(sub, "--format", o->format, {"csv", "jsonl", "text"}, "csv (the default), jsonl or text")
        ->group("Output");
    add_choice(sub, "--layout", o->layout, {"supporter", "step"},
               "supporter: one row per supporter (the default); step: one row per step")
        ->group("Output");
    sub.add_option("--jobs", o->jobs, "threads that plan (default 1; 0: one per core)")
        ->type_name("N")
        ->check(CLI::Range(0U, 256U));
    sub.add_option("--template", o->template_path,
                   "a Mustache template: a message per supporter, in a column \"message\" (csv, jsonl) or instead of "
                   "the plan (text); fields in docs/supporters.md")
        ->type_name("FILE")
        ->group("Output");
    add_choice(sub, "--escape", o->escape, {"text", "html"},
               "how --template's fields are escaped (default: html for a .html or .htm template, else text)")
        ->group("Output");
    add_output(sub, o->output, "write the plans to FILE instead of standard output");
}

}  // namespace advocacy::cli
