// SPDX-License-Identifier: MIT
#include "advocacy/batch_plan.hpp"

#include "advocacy/action.hpp"
#include "advocacy/detail/names.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/detail/utf8.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
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
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
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

auto plan_cache::steps_for(std::string_view state) -> const std::vector<plan_step>& {
    const std::lock_guard lock(mutex_);
    if (const auto it = plans_.find(state); it != plans_.end()) return *it->second;
    // A supporter's state passed validate(): a code, or empty.
    auto steps = std::make_unique<const std::vector<plan_step>>(campaign_.plan(state_code{state}, today_));
    return *plans_.emplace(std::string(state), std::move(steps)).first->second;
}

plan_stream::plan_stream(plan_cache& plans, plan_sink sink, const batch_options& options)
    : plans_(plans),
      sink_(std::move(sink)),
      chunk_size_(std::max<std::size_t>(1, options.chunk_size)),
      chunks_(options.threads == 0 ? std::max(1U, std::thread::hardware_concurrency()) : options.threads) {
    chunks_[0].people.reserve(chunk_size_);
}

void plan_stream::push(supporter person) {
    if (chunks_[current_].people.size() == chunk_size_) {
        if (current_ + 1 == chunks_.size()) {
            run();
        } else {
            ++current_;
            chunks_[current_].people.reserve(chunk_size_);
        }
    }
    chunks_[current_].people.push_back(std::move(person));
}

void plan_stream::finish() { run(); }

// Plans the chunks filled, side by side, and hands them over in order; then starts again empty.
void plan_stream::run() {
    const std::size_t filled = current_ + 1;
    auto plan_chunk = [this](chunk& c) {
        c.steps.resize(c.people.size());
        for (std::size_t i = 0; i < c.people.size(); ++i) c.steps[i] = &plans_.steps_for(c.people[i].state);
    };
    std::vector<std::exception_ptr> errors(filled);
    {
        std::vector<std::jthread> workers;
        for (std::size_t k = 1; k < filled; ++k) {
            workers.emplace_back([&, k] {
                try {
                    plan_chunk(chunks_[k]);
                } catch (...) {
                    errors[k] = std::current_exception();
                }
            });
        }
        try {
            plan_chunk(chunks_[0]);
        } catch (...) {
            errors[0] = std::current_exception();
        }
    }  // the workers join here
    auto clear = [this, filled] {
        for (std::size_t k = 0; k < filled; ++k) chunks_[k].people.clear();  // keeps their storage
        current_ = 0;
    };
    for (const auto& e : errors) {
        if (e) {
            clear();
            std::rethrow_exception(e);
        }
    }
    try {
        for (std::size_t k = 0; k < filled; ++k) {
            for (std::size_t i = 0; i < chunks_[k].people.size(); ++i) {
                sink_(chunks_[k].people[i], *chunks_[k].steps[i]);
                ++planned_;
            }
        }
    } catch (...) {
        clear();
        throw;
    }
    clear();
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
