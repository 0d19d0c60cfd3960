// SPDX-License-Identifier: MIT
// What the parts of the `advocacy` command share: its errors, the options several subcommands
// take, reading the campaign it works on and writing what it prints. The words are read by CLI11;
// each group of subcommands lives in its own file and registers itself with add_<group>().
#pragma once

#include <advocacy/advocacy.hpp>
#include <advocacy/detail/checks.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy::cli {

inline constexpr std::string_view program = "advocacy";

// What the command prints from a campaign or a message, with its control characters escaped.
using advocacy::detail::escaped;

/// A count with its noun in agreement: "1 conference", "2 conferences", "0 warnings".
inline auto counted(std::size_t n, std::string_view one, std::string_view many) -> std::string {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

/// The candidate nearest to `word`, when one is near enough to be meant: a start of it, or at most
/// two letters off (one for short words); else empty (command_line.cpp).
auto nearest(std::string_view word, const std::vector<std::string>& candidates) -> std::string;

/// A mistake in how the command was called: exit status 2.
struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Standard output that cannot be written: exit status 1.
struct output_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// The command's subcommands, each with its synopsis for --help and what it does once its words
/// are read (command_line.cpp).
class command_line {
public:
    command_line();
    /// Adds the subcommand `name`; `synopsis` is what follows "usage: advocacy NAME" in its help,
    /// `summary` its line in `advocacy --help`, `run` what it does once every word is read and checked.
    auto add(const std::string& name, const std::string& synopsis, const std::string& summary,
             const std::string& description, std::function<void(std::ostream&)> run) -> CLI::App&;
    /// Adds the subcommand `name` of the subcommand `parent` (`advocacy regions set`), as add() does;
    /// its `run` runs instead of the parent's when it is named.
    auto add(CLI::App& parent, const std::string& name, const std::string& synopsis, const std::string& summary,
             const std::string& description, std::function<void(std::ostream&)> run) -> CLI::App&;
    /// Reads the words and runs the subcommand they name; throws usage_error for a mistake in them.
    auto run(int argc, const char* const* argv, std::ostream& out) -> int;

private:
    void check_extras() const;
    auto add_to(CLI::App& parent, const std::string& name, const std::string& synopsis, const std::string& summary,
                const std::string& description, std::function<void(std::ostream&)> run) -> CLI::App&;

    CLI::App app_;
    std::map<const CLI::App*, std::function<void(std::ostream&)>> runs_;
};

// ---- options several subcommands take (options.cpp) ----

/// The campaign a subcommand works on: a file (CAMPAIGN.json, optional) and --max-size.
struct campaign_input {
    std::string path;
    std::uintmax_t max_size = advocacy::default_max_file_size;
};

/// Adds --max-size BYTES (with an optional K, M or G: KiB, MiB, GiB) in the group "Input".
void add_max_size(CLI::App& sub, std::uintmax_t& target);
/// Adds the positional CAMPAIGN.json and --max-size; `required` for commands with no sample.
void add_campaign(CLI::App& sub, campaign_input& input, bool required = false);
/// Adds an option that takes one day ("2015-09-01", or any one day `dates` reads).
auto add_day(CLI::App& sub, const std::string& name, std::string& target, const std::string& help) -> CLI::Option*;
/// Adds --state ST, read in upper case ("mn" is MN).
auto add_state(CLI::App& sub, std::string& target) -> CLI::Option*;
/// `state` as a state code; throws advocacy::error (exit status 1) naming it unless it is a US
/// state or territory or a state the campaign names (in a place or its region map).
auto check_state(const advocacy::campaign& c, const std::string& state) -> advocacy::state_code;
/// The regions a campaign names: its region map's, and those of its conferences and groups, in
/// alphabetical order.
auto campaign_regions(const advocacy::campaign& c) -> std::vector<std::string>;
/// Throws advocacy::error (exit status 1) naming `region` and listing the campaign's regions unless
/// it is one of them.
void check_region(const advocacy::campaign& c, const std::string& region);
/// Adds --region REGION (not empty).
auto add_region(CLI::App& sub, std::string& target, const std::string& help) -> CLI::Option*;
/// Adds -o FILE in the group "Output".
auto add_output(CLI::App& sub, std::string& target, const std::string& help) -> CLI::Option*;
/// The day an option checked by add_day names, or nullopt when it was not given.
auto day_of(const std::string& text) -> std::optional<date::sys_days>;
auto today_utc() -> date::sys_days;

// ---- one group's, one state's or one region's part of a campaign (selection.cpp) ----

/// What --group, --state and --region name; each left empty when not given. Several select what
/// all of them select.
struct selection {
    std::string group, state, region;
    auto empty() const noexcept -> bool { return group.empty() && state.empty() && region.empty(); }
};
/// Adds --group ID, --state ST and --region REGION in the group "Selection", with their help texts.
void add_selection(CLI::App& sub, selection& target, const std::array<std::string, 3>& help);
/// Throws advocacy::error (exit status 1) for a group the campaign does not have (naming the
/// nearest id), a state check_state refuses or a region check_region refuses.
void check_selection(const advocacy::campaign& c, const selection& s);
/// The campaign cut down to what `s` selects, with the same id, title, summary, organization,
/// milestones and region map, and no actions:
/// - --group ID: that group;
/// - --state ST: the groups located in ST; the conferences held in ST and those of ST's region
///   (through the region map);
/// - --region R: the groups of R (by their own region, or their state's through the map); the
///   conferences of R (by their own region, or the state they are held in through the map).
/// Conferences and groups keep their order. What is not selected is left out; the calendar of a
/// selection has the UIDs the whole campaign's has for the same events. `title`, when given, is the
/// part's title instead of the campaign's.
auto selected(const advocacy::campaign& c, const selection& s, const std::string& title = {}) -> advocacy::campaign;
/// The name of a selection's calendar: the campaign's title and what is selected,
/// "Stand behind the August 2015 decision (MN, region Mid Western)".
auto calendar_title(const advocacy::campaign& c, const selection& s) -> std::string;
/// How a listing names the selection: " of the group twin-cities-55 in MN in the region Midwest"
/// ("" for none).
auto describe(const selection& s) -> std::string;

// ---- output for scripts (formats.cpp) ----

/// JSON that keeps its keys in the order written: the schema's order.
using json = nlohmann::ordered_json;

/// What a listing prints: text for people, or JSON or CSV for scripts.
enum class output_format { text, json, csv };
/// Adds --format text|json|csv (any case) in the group "Output".
void add_format(CLI::App& sub, output_format& target);
/// Writes `rows`, a JSON array of objects, as JSON or as CSV: nested fields become columns named
/// by their path ("dates.first"), `columns` first in that order, then any other field found.
void write_rows(std::ostream& out, output_format format, const json& rows, std::vector<std::string> columns);
/// The campaign's `kind` ("conferences", "groups") with the given ids, in that order, as the
/// campaign's JSON writes them.
auto campaign_objects(const advocacy::campaign& c, const std::string& kind, const std::vector<std::string>& ids)
    -> json;
/// A time as the JSON schema writes local times: "2015-09-08T19:00".
auto local_time(const date::zoned_seconds& t) -> std::string;

// ---- progress of long work (progress.cpp) ----

/// A progress bar for one long read or write, as one line on standard error: drawn only when
/// standard error is a terminal, once the work has taken half a second, at most ten times a
/// second; the line is cleared when the bar is destroyed (or clear() is called).
class progress_bar {
public:
    /// `what` says what is done: "reading camp.json".
    explicit progress_bar(std::string what);
    progress_bar(const progress_bar&) = delete;
    auto operator=(const progress_bar&) -> progress_bar& = delete;
    ~progress_bar();
    /// `done` of `total` bytes are done (`total` 0: unknown, only `done` is shown).
    void operator()(std::uintmax_t done, std::uintmax_t total);
    /// A function that reports to this bar, for the library's readers and writers.
    auto function() -> advocacy::progress_function;
    void clear() noexcept;

private:
    std::string what_;
    bool shown_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

// ---- reading and writing (input_output.cpp) ----

// A file named "-" on the command line is standard input, or standard output for -o.

/// Writes all of `text` to standard output; throws output_error with the system's reason.
void write_stdout(std::string_view text);
/// How a file named on the command line is named in messages: "standard input" for "-".
auto input_name(const std::string& path) -> std::string;
/// How a file named by -o is named in messages: "standard output" for "-".
auto output_name(const std::string& path) -> std::string;
/// The bytes of the regular file at `path`, or of standard input for "-"; refuses more than
/// `max_size` bytes. Throws advocacy::io_error.
auto read_input(const std::string& path, std::uintmax_t max_size) -> std::string;
/// A file read without copying it: a regular file is mapped into memory (its pages are the
/// kernel's, dropped again once read, so reading a list of millions of rows does not grow the
/// program's own memory with the list); standard input, which cannot be mapped, is read whole as
/// read_input does. Refuses more than `max_size` bytes. Throws advocacy::io_error.
class mapped_input {
public:
    mapped_input(const std::string& path, std::uintmax_t max_size);
    ~mapped_input();
    mapped_input(const mapped_input&) = delete;
    auto operator=(const mapped_input&) -> mapped_input& = delete;
    /// The file's bytes, valid as long as this object.
    auto text() const noexcept -> std::string_view { return text_; }
    /// Tells the kernel that the bytes before `offset` are read: their pages are dropped from
    /// this program's memory (read again from the file should they be touched again).
    void read_up_to(std::uintmax_t offset) noexcept;

private:
    std::string copy_;  // standard input's bytes
    void* map_ = nullptr;
    std::size_t size_ = 0;
    std::string_view text_;
};
/// The campaign JSON `text` holds; its errors name the file `name`, and its line and column
/// (`camp.json:3:12: ...`).
auto campaign_of(std::string_view text, const std::string& name) -> advocacy::campaign;
/// Reads the campaign file at `path` ("-": standard input); its content's errors name the file.
auto load_campaign(const std::string& path, std::uintmax_t max_size) -> advocacy::campaign;
/// The campaign `input` names, or the bundled sample when it names none (and says so on stderr).
auto load_campaign(const campaign_input& input) -> advocacy::campaign;
/// Writes `text` to the file `path` (atomically, as campaigns are saved), or to `out` when the
/// path is empty or "-".
void emit(const std::string& path, std::ostream& out, const std::string& text);

/// Held by a command that reads a campaign file, changes it and writes it back (regions set,
/// remove, load) from before the read until after the save: an advisory lock (flock) on the
/// file, so that two such commands take turns instead of the later save dropping the other's
/// change. A command that finds the file locked says so on standard error and waits. As a save
/// replaces the file by a new one, a command that waited locks again when the path no longer
/// names the file it locked. None is taken on standard input ("-"), on what is not a regular
/// file, or where the file system has no locks (the command then runs as it would without).
/// Programs that do not take the lock are not held back by it.
class edit_lock {
public:
    explicit edit_lock(const std::string& path);
    ~edit_lock();
    edit_lock(const edit_lock&) = delete;
    auto operator=(const edit_lock&) -> edit_lock& = delete;

private:
    int fd_ = -1;
};

// ---- the subcommands ----

/// plan, conferences, groups, meetings: what a campaign answers (questions.cpp).
void add_questions(command_line& commands);
/// plans: a plan for every supporter of a list (plans.cpp).
void add_plans(command_line& commands);
/// export, import, validate: campaigns in and out of files (files.cpp).
void add_files(command_line& commands);
/// dates: date ranges as organizers write them (dates.cpp).
void add_dates(command_line& commands);
/// regions, regions set, remove and load: a campaign's region map (regions.cpp).
void add_regions(command_line& commands);
/// site: the campaign as a static web site (site.cpp).
void add_site(command_line& commands);

}  // namespace advocacy::cli
