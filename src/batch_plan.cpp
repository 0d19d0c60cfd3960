// SPDX-License-Identifier: MIT
#include "advocacy/batch_plan.hpp"

#include "advocacy/action.hpp"
#include "advocacy/detail/names.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/detail/utf8.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <optional>
#include <thread>
#include <utility>

namespace advocacy {
namespace {

constexpr detail::name_table<plan_format, 2> format_names{{{plan_format::csv, "csv"}, {plan_format::jsonl, "jsonl"}}};
constexpr detail::name_table<plan_layout, 2> layout_names{
    {{plan_layout::per_supporter, "supporter"}, {plan_layout::per_step, "step"}}};

// ---- text -------------------------------------------------------------------------------------

void csv_field(std::string& out, std::string_view text) {
    if (detail::find_any_of(text, ",\"\r\n") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out += '"';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void json_string(std::string& out, std::string_view text, std::string_view field) {
    if (detail::first_invalid_utf8(text) != std::string_view::npos) {
        throw validation_error(std::string(field), "is not valid UTF-8; JSON holds UTF-8 text only");
    }
    detail::append_json_string(out, text);
}

// The fields of a row, written as CSV or as one JSON object.
class row {
public:
    row(std::string& out, plan_format format) : out_(out), format_(format) {
        if (format_ == plan_format::jsonl) out_ += '{';
    }
    void field(std::string_view name, std::string_view value) {
        separate();
        if (format_ == plan_format::csv) {
            csv_field(out_, value);
        } else {
            json_string(out_, name, name);
            out_ += ':';
            json_string(out_, value, name);
        }
    }
    void number(std::string_view name, std::size_t value) {
        separate();
        if (format_ == plan_format::jsonl) {
            json_string(out_, name, name);
            out_ += ':';
        }
        out_ += std::to_string(value);
    }
    // JSON Lines only: "name":{"key":"value",...}
    void object(std::string_view name, const std::vector<std::pair<std::string_view, std::string_view>>& members) {
        separate();
        json_string(out_, name, name);
        out_.append(":{");
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i != 0) out_ += ',';
            json_string(out_, members[i].first, name);
            out_ += ':';
            json_string(out_, members[i].second, name);
        }
        out_ += '}';
    }
    void end() { out_.append(format_ == plan_format::csv ? "\r\n" : "}\n"); }

private:
    void separate() {
        if (!first_) out_ += ',';
        first_ = false;
    }
    std::string& out_;
    plan_format format_;
    bool first_ = true;
};

}  // namespace

plan_cache::plan_cache(const campaign& c, date::sys_days today) : campaign_(c), today_(today) {
    for (const auto& g : c.groups()) {
        const auto locality = detail::trim(g.place.locality);
        if (!locality.empty()) localities_.try_emplace(to_string(g.place.state) + '\n' + detail::ascii_lower(locality));
    }
}

auto plan_cache::steps_for(std::string_view state) -> const std::vector<plan_step>& {
    // A supporter's state passed validate(): a code, or empty.
    return steps_for('s' + std::string(state), plan_for{.state = state_code{state}});
}

auto plan_cache::steps_for(const supporter& person) -> const std::vector<plan_step>& {
    const state_code state{person.state};
    if (person.preferred_group && campaign_.find_group(*person.preferred_group) != nullptr) {
        return steps_for('g' + person.state + '\n' + *person.preferred_group,
                         plan_for{.state = state, .preferred_group = *person.preferred_group});
    }
    const auto locality = detail::trim(person.locality);
    if (!locality.empty() && !localities_.empty()) {
        thread_local std::string key;
        key.assign(person.state).append(1, '\n');
        for (const char ch : locality) key += detail::to_lower(ch);  // ascii_lower without a new string
        if (const auto it = localities_.find(key); it != localities_.end()) {
            return steps_for(it->second, plan_for{.state = state, .locality = locality});
        }
    }
    return steps_for(person.state);
}

// Keys of the plans not by locality: 's' and the state; 'g', the state and the group's id.
auto plan_cache::steps_for(const std::string& key, const plan_for& who) -> const steps& {
    slot* s = nullptr;
    {
        const std::lock_guard lock(mutex_);
        auto& found = others_[key];
        if (!found) found = std::make_unique<slot>();
        s = found.get();
    }
    return steps_for(*s, who);
}

// Plans outside the lock, so that threads meeting new places plan side by side; two threads
// planning the same place at once both do, and the first to finish is kept.
auto plan_cache::steps_for(slot& s, const plan_for& who) -> const steps& {
    if (const auto* made = s.made.load(std::memory_order_acquire)) return *made;
    auto planned = std::make_unique<const steps>(campaign_.plan(who, today_));
    const std::lock_guard lock(mutex_);
    if (const auto* made = s.made.load(std::memory_order_relaxed)) return *made;  // made meanwhile
    plans_.push_back(std::move(planned));
    s.made.store(plans_.back().get(), std::memory_order_release);
    return *plans_.back();
}

// ---- plan_stream ------------------------------------------------------------------------------

struct plan_stream::chunk {
    std::vector<supporter> people;
    std::vector<const std::vector<plan_step>*> steps;
    std::string text;          // with a formatter
    std::exception_ptr error;  // of a plan or the formatter; the chunk stops there
    bool taken = false;        // by a thread (guarded by the workers' mutex)
    bool done = false;         // planned (guarded by the workers' mutex)
};

// The threads besides the caller, and the queue of chunks submitted and not yet taken.
struct plan_stream::workers {
    std::mutex mutex;
    std::condition_variable submitted;  // a chunk was queued, or stop
    std::condition_variable finished;   // a chunk is done
    std::deque<chunk*> queue;
    bool stop = false;
    std::vector<std::jthread> threads;

    // Takes the oldest chunk queued; null when there is none.
    auto take(std::unique_lock<std::mutex>&) -> chunk* {
        if (queue.empty()) return nullptr;
        chunk* c = queue.front();
        queue.pop_front();
        c->taken = true;
        return c;
    }
};

plan_stream::plan_stream(plan_cache& plans, plan_sink sink, const batch_options& options)
    : plan_stream(plans, plan_formatter{}, text_sink{}, options) {
    sink_ = std::move(sink);
}

plan_stream::plan_stream(plan_cache& plans, plan_formatter format, text_sink sink, const batch_options& options)
    : plans_(plans),
      format_(std::move(format)),
      text_(std::move(sink)),
      chunk_size_(std::max<std::size_t>(1, options.chunk_size)),
      threads_(options.threads == 0 ? std::max(1U, std::thread::hardware_concurrency()) : options.threads),
      filling_(std::make_unique<chunk>()) {
    filling_->people.reserve(chunk_size_);
    if (threads_ == 1) return;
    workers_ = std::make_unique<workers>();
    try {
        start_workers();
    } catch (...) {  // a thread that could not start: stop those that did, or they would wait forever
        stop_workers();
        throw;
    }
}

void plan_stream::start_workers() {
    for (std::size_t k = 1; k < threads_; ++k) {
        workers_->threads.emplace_back([this, &w = *workers_] {
            std::unique_lock lock(w.mutex);
            while (true) {
                w.submitted.wait(lock, [&w] { return w.stop || !w.queue.empty(); });
                if (w.stop) return;
                chunk* c = w.take(lock);
                lock.unlock();
                work(*c);
                lock.lock();
                c->done = true;
                w.finished.notify_all();
            }
        });
    }
}

plan_stream::~plan_stream() { stop_workers(); }

void plan_stream::stop_workers() noexcept {
    if (!workers_) return;
    {
        const std::lock_guard lock(workers_->mutex);
        workers_->stop = true;  // a chunk being planned is finished first
    }
    workers_->submitted.notify_all();
    workers_->threads.clear();  // joins
}

// Plans (and formats) one chunk; stops at its first error, kept for hand_over to throw.
void plan_stream::work(chunk& c) {
    try {
        c.steps.resize(c.people.size());
        for (std::size_t i = 0; i < c.people.size(); ++i) {
            c.steps[i] = &plans_.steps_for(c.people[i]);
            if (format_) format_(c.text, c.people[i], *c.steps[i]);
        }
    } catch (...) {
        c.error = std::current_exception();
    }
}

void plan_stream::push(supporter person) {
    filling_->people.push_back(std::move(person));
    if (filling_->people.size() == chunk_size_) submit();
}

void plan_stream::finish() {
    if (!filling_->people.empty()) submit();
    hand_over(true);
}

// Queues the chunk being filled and starts a new one; with one thread, plans it here.
void plan_stream::submit() {
    std::unique_ptr<chunk> next;  // made first: if that fails, nothing has moved
    if (spare_.empty()) {
        next = std::make_unique<chunk>();
        next->people.reserve(chunk_size_);
    } else {
        next = std::move(spare_.back());
        spare_.pop_back();
    }
    chunk* c = filling_.get();
    running_.push_back(std::move(filling_));
    filling_ = std::move(next);
    if (!workers_) {
        work(*c);
        c->done = true;
    } else {
        {
            const std::lock_guard lock(workers_->mutex);
            workers_->queue.push_back(c);
        }
        workers_->submitted.notify_one();
    }
    hand_over(false);
}

// Hands over the chunks done at the front, in order: with `all` every chunk, else until fewer
// than `threads` are running. While it waits, the calling thread plans a queued chunk itself.
void plan_stream::hand_over(bool all) {
    while (!running_.empty()) {
        chunk& front = *running_.front();
        if (workers_) {
            std::unique_lock lock(workers_->mutex);
            while (!front.done) {
                if (!all && running_.size() < threads_) return;
                if (chunk* c = workers_->take(lock)) {
                    lock.unlock();
                    work(*c);
                    lock.lock();
                    c->done = true;
                    workers_->finished.notify_all();
                } else {
                    workers_->finished.wait(lock);
                }
            }
        }
        try {
            if (front.error) std::rethrow_exception(front.error);
            if (format_) {
                text_(front.text);
                planned_ += front.people.size();
            } else {
                for (std::size_t i = 0; i < front.people.size(); ++i) {
                    sink_(front.people[i], *front.steps[i]);
                    ++planned_;
                }
            }
        } catch (...) {
            drop_all();
            throw;
        }
        auto done = std::move(running_.front());
        running_.pop_front();
        done->people.clear();  // keeps their storage
        done->text.clear();
        done->taken = done->done = false;
        spare_.push_back(std::move(done));
    }
}

// After an error: waits for the chunks being planned, and drops every chunk not handed over.
void plan_stream::drop_all() {
    if (workers_) {
        std::unique_lock lock(workers_->mutex);
        workers_->queue.clear();
        workers_->finished.wait(lock, [this] {
            return std::ranges::all_of(running_, [](const auto& c) { return !c->taken || c->done; });
        });
    }
    running_.clear();
    filling_->people.clear();
}

auto plan_batch(plan_cache& plans, const std::function<bool(supporter&)>& next, const plan_sink& sink,
                const batch_options& options) -> std::size_t {
    plan_stream stream(plans, sink, options);
    supporter person;
    while (next(person)) stream.push(std::move(person));
    stream.finish();
    return stream.planned();
}

auto to_string(plan_format format) -> std::string_view { return detail::name_of(format_names, format); }
auto parse_plan_format(std::string_view name) -> plan_format { return detail::parse_name(format_names, "plan format", name); }
auto to_string(plan_layout layout) -> std::string_view { return detail::name_of(layout_names, layout); }
auto parse_plan_layout(std::string_view name) -> plan_layout { return detail::parse_name(layout_names, "plan layout", name); }

plan_writer::plan_writer(const campaign& c, plan_format format, plan_layout layout, bool message)
    : format_(format), layout_(layout), message_(message) {
    if (message_ && layout_ == plan_layout::per_step) {
        throw validation_error("layout", "a message goes with one row per supporter, not one row per step");
    }
    for (const auto& a : c.actions()) action_ids_.push_back(a.id);
    columns_ = {"id", "email", "state"};
    if (layout_ == plan_layout::per_supporter) {
        for (const auto& id : action_ids_) columns_.push_back("steps." + id);
    } else {
        for (const char* name : {"step", "action_id", "kind", "title", "instruction"}) columns_.emplace_back(name);
    }
    if (message_) columns_.emplace_back("message");
}

void plan_writer::header(std::string& out) const {
    if (format_ != plan_format::csv) return;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (i != 0) out += ',';
        csv_field(out, columns_[i]);
    }
    out.append("\r\n");
}

void plan_writer::write(std::string& out, const supporter& person, const std::vector<plan_step>& steps,
                        std::string_view message) const {
    const auto start = out.size();
    try {
        if (layout_ == plan_layout::per_step) {
            for (std::size_t i = 0; i < steps.size(); ++i) {
                row r(out, format_);
                r.field("id", person.id);
                r.field("email", person.email);
                r.field("state", person.state);
                r.number("step", i + 1);
                r.field("action_id", steps[i].action_id);
                r.field("kind", to_string(steps[i].kind));
                r.field("title", steps[i].title);
                r.field("instruction", steps[i].instruction);
                r.end();
            }
            return;
        }
        row r(out, format_);
        r.field("id", person.id);
        r.field("email", person.email);
        r.field("state", person.state);
        if (format_ == plan_format::jsonl) {
            std::vector<std::pair<std::string_view, std::string_view>> members;
            for (const auto& s : steps) members.emplace_back(s.action_id, s.instruction);
            r.object("steps", members);
        } else {
            // Steps come in the campaign's action order, some left out: one pass over both.
            std::size_t k = 0;
            for (std::size_t i = 0; i < action_ids_.size(); ++i) {
                const bool given = k < steps.size() && steps[k].action_id == action_ids_[i];
                r.field(columns_[3 + i], given ? std::string_view(steps[k].instruction) : std::string_view());
                if (given) ++k;
            }
        }
        if (message_) r.field("message", message);
        r.end();
    } catch (...) {
        out.resize(start);  // no half row
        throw;
    }
}

}  // namespace advocacy
