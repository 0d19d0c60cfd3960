// SPDX-License-Identifier: MIT
// What the parts of the `advocacy` command share: its errors, its arguments, reading the campaign
// it works on and writing what it prints. Each group of subcommands lives in its own file.
#pragma once

#include <advocacy/advocacy.hpp>
#include <advocacy/detail/checks.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy::cli {

inline constexpr std::string_view program = "advocacy";

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

/// A command's words after its name: options (with or without a value) and positionals.
class arguments {
public:
    /// `valued` names the options that take a value; `flags` those that do not.
    arguments(std::vector<std::string_view> words, std::set<std::string_view> valued, std::set<std::string_view> flags);

    auto help() const -> bool { return help_; }
    auto has(std::string_view name) const -> bool { return options_.contains(std::string(name)); }
    auto get(std::string_view name) const -> std::optional<std::string>;
    auto positionals() const -> const std::vector<std::string>& { return positionals_; }

private:
    bool help_ = false;
    std::map<std::string, std::string> options_;
    std::vector<std::string> positionals_;
};

// ---- values given on the command line (arguments.cpp) ----

auto today_utc() -> date::sys_days;
/// A day given on the command line: "2015-09-01".
auto parse_day(std::string_view option, std::string_view text) -> date::sys_days;
auto day_option(const arguments& args, std::string_view name) -> std::optional<date::sys_days>;
/// The largest file the command reads: --max-size BYTES, with an optional K, M or G (KiB, MiB,
/// GiB), else advocacy::default_max_file_size (1 GiB).
auto max_size(const arguments& args) -> std::uintmax_t;

// ---- reading and writing (input_output.cpp) ----

/// Writes all of `text` to standard output; throws output_error with the system's reason.
void write_stdout(std::string_view text);
/// Reads the campaign file at `path`; its content's errors name the file.
auto load_campaign(const arguments& args, const std::string& path) -> advocacy::campaign;
/// The campaign named by the only positional argument after `allowed_before` others, or the
/// bundled sample.
auto campaign_from(const arguments& args, std::size_t allowed_before = 0) -> advocacy::campaign;
/// Writes `text` to the file named by -o (atomically, as campaigns are saved), or to `out`.
void emit(const arguments& args, std::ostream& out, const std::string& text);

// ---- the subcommands: their help and what they do ----

// questions.cpp: what a campaign answers.
auto cmd_plan(const arguments& args, std::ostream& out) -> int;
auto cmd_conferences(const arguments& args, std::ostream& out) -> int;
auto cmd_groups(const arguments& args, std::ostream& out) -> int;
auto cmd_meetings(const arguments& args, std::ostream& out) -> int;

// files.cpp: campaigns in and out of files.
auto cmd_export(const arguments& args, std::ostream& out) -> int;
auto cmd_import(const arguments& args, std::ostream& out) -> int;
auto cmd_validate(const arguments& args, std::ostream& out) -> int;

// dates.cpp: date ranges as organizers write them.
auto cmd_dates(const arguments& args, std::ostream& out) -> int;

}  // namespace advocacy::cli
