// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Plans for a whole supporter list: campaign::plan() for each supporter's state, streamed from
/// a source to a sink in input order, on several threads, holding only a few chunks at a time;
/// and the plans written as CSV or JSON Lines (docs/supporters.md, "Batch plans").

#include "advocacy/campaign.hpp"
#include "advocacy/supporter.hpp"

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// The plans of one campaign on one day, by state: campaign::plan(state, today) once per state,
/// kept. A supporter's plan depends on nothing but their state, so a list of millions makes as
/// many plans as it has states. Safe to share between threads; the campaign must outlive it and
/// not change meanwhile.
class plan_cache {
public:
    plan_cache(const campaign& c, date::sys_days today) : campaign_(c), today_(today) {}

    /// The steps for a supporter in `state` ("" too: a supporter without a state gets the steps
    /// that need none). The reference stays valid as long as the cache.
    auto steps_for(std::string_view state) -> const std::vector<plan_step>&;

    /// The day planned for.
    auto today() const noexcept -> date::sys_days { return today_; }

private:
    const campaign& campaign_;
    date::sys_days today_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<const std::vector<plan_step>>, std::less<>> plans_;
};

/// How a batch runs.
struct batch_options {
    /// Threads that plan (the calling thread is one of them); 0: as many as the machine has cores.
    unsigned threads = 1;
    /// Supporters per chunk: a thread plans a chunk at a time, and at most `threads` chunks are
    /// held at once, so memory does not grow with the list.
    std::size_t chunk_size = 4096;
};

/// Where each plan goes: the supporter and their steps, in input order, on the calling thread.
/// Both references are valid during the call only (the steps are shared by supporters in the
/// same state).
using plan_sink = std::function<void(const supporter&, const std::vector<plan_step>&)>;

/// Plans supporters pushed one at a time: they are kept until `threads` chunks are full, then
/// planned on `threads` threads (the pushing one among them) and handed to the sink in the order
/// pushed, on the pushing thread. So a reader that hands over one supporter at a time
/// (for_each_supporter) feeds a batch without holding the list. Call finish() after the last.
/// An exception of the sink or of a plan is thrown by the push() or finish() that ran it, once
/// the running chunks are done; the supporters not yet handed over are then dropped.
class plan_stream {
public:
    plan_stream(plan_cache& plans, plan_sink sink, const batch_options& options = {});

    /// Adds a supporter; plans and hands over the buffer when it is full.
    void push(supporter person);
    /// Plans and hands over the supporters pushed and not yet handed over.
    void finish();
    /// The number of supporters handed to the sink so far.
    auto planned() const noexcept -> std::size_t { return planned_; }

private:
    struct chunk {
        std::vector<supporter> people;
        std::vector<const std::vector<plan_step>*> steps;
    };
    void run();

    plan_cache& plans_;
    plan_sink sink_;
    std::size_t chunk_size_;
    std::vector<chunk> chunks_;
    std::size_t current_ = 0;  // the chunk being filled
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
