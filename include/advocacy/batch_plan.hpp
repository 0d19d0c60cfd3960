// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Plans for a whole supporter list: campaign::plan() for each supporter, streamed from
/// a source to a sink in input order, on several threads, holding only a few chunks at a time;
/// and the plans written as CSV or JSON Lines (docs/supporters.md, "Batch plans").

#include "advocacy/campaign.hpp"
#include "advocacy/supporter.hpp"

#include <date/date.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <ranges>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace advocacy {

/// The plans of one campaign on one day: campaign::plan once per state, per locality that has
/// groups and per group chosen, kept. A supporter's plan depends on nothing else, so a list of
/// millions makes at most as many plans as the campaign has states, localities with groups and
/// groups, whatever the list's length. Safe to share between threads; the campaign must outlive
/// it and not change meanwhile.
class plan_cache {
public:
    plan_cache(const campaign& c, date::sys_days today);

    /// The steps for a supporter in `state` of whom nothing else is known ("" too: a supporter
    /// without a state gets the steps that need none). The reference stays valid as long as the
    /// cache.
    auto steps_for(std::string_view state) -> const std::vector<plan_step>&;
    /// The steps for `person`: campaign::plan for their state, locality and preferred group (see
    /// plan_for). A preferred group the campaign does not have is passed over, as a locality
    /// without groups is.
    auto steps_for(const supporter& person) -> const std::vector<plan_step>&;

    /// The day planned for.
    auto today() const noexcept -> date::sys_days { return today_; }

private:
    using steps = std::vector<plan_step>;
    // A plan made once: read without the lock once set.
    struct slot {
        std::atomic<const steps*> made{nullptr};
    };
    auto steps_for(slot& s, const plan_for& who) -> const steps&;
    auto steps_for(const std::string& key, const plan_for& who) -> const steps&;

    const campaign& campaign_;
    date::sys_days today_;
    std::unordered_map<std::string, slot> localities_;  // "MN\nminneapolis": each locality with groups
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<slot>, std::less<>> others_;  // by state, by group chosen
    std::vector<std::unique_ptr<const steps>> plans_;                    // every plan made
};

/// How a batch runs.
struct batch_options {
    /// Threads that plan (the calling thread helps them); 0: as many as the machine has cores.
    /// With more than one, the calling thread keeps reading and handing over while the others
    /// plan and format.
    unsigned threads = 1;
    /// Supporters per chunk: a thread plans a chunk at a time, and at most `threads` chunks are
    /// held at once (the one being filled among them), so memory does not grow with the list.
    std::size_t chunk_size = 4096;
};

/// Where each plan goes: the supporter and their steps, in input order, on the calling thread.
/// Both references are valid during the call only (the steps are shared by supporters in the
/// same state).
using plan_sink = std::function<void(const supporter&, const std::vector<plan_step>&)>;

/// Turns a supporter's plan into text, appending to `out` (plan_writer::write, a message...). It
/// runs on the planning threads, several at once: it must only read what it shares.
using plan_formatter =
    std::function<void(std::string& out, const supporter& person, const std::vector<plan_step>& steps)>;

/// Where formatted plans go: the text of a chunk of supporters, in input order, on the calling
/// thread; valid during the call only.
using text_sink = std::function<void(std::string_view text)>;

/// Plans supporters pushed one at a time: they are gathered into chunks, each chunk planned (and,
/// with a formatter, formatted) on one of `threads` threads, and handed to the sink in the order
/// pushed, on the pushing thread. So a reader that hands over one supporter at a time
/// (for_each_supporter) feeds a batch without holding the list, and keeps reading while the
/// chunks before are planned. Call finish() after the last. An exception of the sink, the
/// formatter or a plan is thrown by the push() or finish() that meets it in input order, once the
/// running chunks are done; the supporters not yet handed over are then dropped.
class plan_stream {
public:
    /// Each plan to `sink`, one supporter at a time.
    plan_stream(plan_cache& plans, plan_sink sink, const batch_options& options = {});
    /// Each plan through `format` on the planning threads, and the text to `sink` a chunk at a time:
    /// the writing of rows is shared between the threads too.
    plan_stream(plan_cache& plans, plan_formatter format, text_sink sink, const batch_options& options = {});
    plan_stream(const plan_stream&) = delete;
    auto operator=(const plan_stream&) -> plan_stream& = delete;
    /// Waits for the chunks being planned; those not handed over are dropped.
    ~plan_stream();

    /// Adds a supporter. When that fills a chunk, queues it, hands over the chunks planned so
    /// far, and plans queued chunks itself while `threads` chunks are held.
    void push(supporter person);
    /// Plans and hands over the supporters pushed and not yet handed over.
    void finish();
    /// The number of supporters handed to the sink so far.
    auto planned() const noexcept -> std::size_t { return planned_; }

private:
    struct chunk;
    struct workers;
    void start_workers();
    void stop_workers() noexcept;
    void submit();
    void work(chunk& c);
    void hand_over(bool all);
    void drop_all();

    plan_cache& plans_;
    plan_sink sink_;
    plan_formatter format_;
    text_sink text_;
    std::size_t chunk_size_;
    std::size_t threads_;
    std::unique_ptr<chunk> filling_;
    std::deque<std::unique_ptr<chunk>> running_;  // submitted, in input order
    std::vector<std::unique_ptr<chunk>> spare_;
    std::unique_ptr<workers> workers_;  // none with one thread
    std::size_t planned_ = 0;
};

/// Plans every supporter `next` hands over (it fills its argument and returns true, or returns
/// false at the end, and is not asked again), as plan_stream does: `next` and `sink` run on the
/// calling thread only, and whatever they throw, or an error of campaign::plan, is thrown here.
/// Returns the number of supporters planned.
auto plan_batch(plan_cache& plans, const std::function<bool(supporter&)>& next, const plan_sink& sink,
                const batch_options& options = {}) -> std::size_t;

/// plan_batch over an input range of supporters (a vector, a view, an istream-like range).
template <std::ranges::input_range Supporters>
    requires std::convertible_to<std::ranges::range_reference_t<Supporters>, const supporter&>
auto plan_batch(plan_cache& plans, Supporters&& supporters, const plan_sink& sink, const batch_options& options = {})
    -> std::size_t {
    auto it = std::ranges::begin(supporters);
    const auto end = std::ranges::end(supporters);
    return plan_batch(
        plans,
        [&](supporter& out) {
            if (it == end) return false;
            out = *it;
            ++it;
            return true;
        },
        sink, options);
}

/// The shape of written plans.
enum class plan_format : std::uint8_t { csv, jsonl };
/// One row per supporter (id, email, state, then a column per action holding the step's
/// instruction, empty when the step is left out) or one row per step (id, email, state, step,
/// action_id, kind, title, instruction).
enum class plan_layout : std::uint8_t { per_supporter, per_step };

/// "csv" or "jsonl".
auto to_string(plan_format format) -> std::string_view;
/// The format named by to_string; parse_error naming the names it knows.
auto parse_plan_format(std::string_view name) -> plan_format;
/// "supporter" or "step".
auto to_string(plan_layout layout) -> std::string_view;
/// The layout named by to_string; parse_error naming the names it knows.
auto parse_plan_layout(std::string_view name) -> plan_layout;

/// Writes plans as text, a row at a time. CSV follows RFC 4180 (fields quoted when they hold a
/// comma, a quote or a line break; lines end with CRLF); JSON Lines holds one object per line,
/// with the same fields as the CSV's columns (per supporter: "steps" is an object from action
/// id to instruction, holding the steps given).
class plan_writer {
public:
    /// With `message`, one row per supporter ends with a column "message" (a mail merge's text,
    /// see plan_message.hpp); validation_error for a message with one row per step.
    plan_writer(const campaign& c, plan_format format, plan_layout layout, bool message = false);

    /// The column names, in order.
    auto columns() const -> const std::vector<std::string>& { return columns_; }
    /// Appends the header line to `out` (CSV; nothing for JSON Lines).
    void header(std::string& out) const;
    /// Appends the row (per supporter) or rows (per step) of one supporter's plan to `out`, with
    /// `message` in its column when the writer has one. Throws validation_error for text that is
    /// not valid UTF-8 in JSON Lines, and leaves `out` as it was.
    void write(std::string& out, const supporter& person, const std::vector<plan_step>& steps,
               std::string_view message = {}) const;

private:
    std::vector<std::string> action_ids_;
    std::vector<std::string> columns_;
    plan_format format_;
    plan_layout layout_;
    bool message_;
};

}  // namespace advocacy
