// SPDX-License-Identifier: MIT
#include "advocacy/plan_message.hpp"

#include "advocacy/action.hpp"
#include "advocacy/conference.hpp"
#include "advocacy/date_range.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/names.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/error.hpp"
#include "advocacy/location.hpp"
#include "advocacy/meeting_schedule.hpp"

#include "detail/mustache_data.hpp"

#include <vector>

namespace advocacy {
namespace {

constexpr detail::name_table<message_escape, 2> escape_names{
    {{message_escape::text, "text"}, {message_escape::html, "html"}}};

auto html_escaped(const std::string& text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// Checks that every tag is closed and every section closed in order. Delimiters changed with
// {{=<% %>=}} end the check: what follows is the template engine's to read.
void check_template(std::string_view text) {
    std::vector<std::pair<std::string, std::size_t>> open;  // section name, offset of its tag
    auto fail = [&](std::size_t at, const std::string& why) {
        const auto where = detail::line_holding(text, at);
        throw parse_error(where.text, where.column, why, where.number);
    };
    std::size_t i = 0;
    while ((i = text.find("{{", i)) != std::string_view::npos) {
        const bool triple = text.substr(i).starts_with("{{{");
        const auto close = text.find(triple ? "}}}" : "}}", i + (triple ? 3 : 2));
        if (close == std::string_view::npos) fail(i, "a tag opened here is never closed with }}");
        auto inside = text.substr(i + (triple ? 3 : 2), close - i - (triple ? 3 : 2));
        const char kind = inside.empty() ? ' ' : inside.front();
        const bool marked = kind == '#' || kind == '^' || kind == '/' || kind == '>';
        const auto name = std::string(detail::trim(marked ? inside.substr(1) : inside));
        if (kind == '=') return;
        if (kind == '>') fail(i, "a partial (" + detail::quoted(name) + ") has nowhere to come from in a message");
        if (kind == '#' || kind == '^') open.emplace_back(name, i);
        if (kind == '/') {
            if (open.empty()) fail(i, "closes the section " + detail::quoted(name) + ", which is not open");
            if (open.back().first != name) {
                fail(i, "closes the section " + detail::quoted(name) + " while " + detail::quoted(open.back().first) +
                            " is open");
            }
            open.pop_back();
        }
        i = close + (triple ? 3 : 2);
    }
    if (!open.empty()) fail(open.back().second, "the section " + detail::quoted(open.back().first) + " is never closed");
}

auto first_word(std::string_view name) -> std::string {
    name = detail::trim(name);
    const auto end = name.find(' ');
    return std::string(name.substr(0, end));
}

namespace templates = detail::templates;

auto conference_node(const conference& event) -> templates::map {
    return templates::map{{"name", event.name},
                          {"dates", to_string(event.dates)},
                          {"place", to_string(event.place)},
                          {"registration_url", event.registration_url}};
}

}  // namespace

auto to_string(message_escape escape) -> std::string_view { return detail::name_of(escape_names, escape); }

auto parse_message_escape(std::string_view name) -> message_escape {
    return detail::parse_name(escape_names, "message escape", name);
}

plan_template::plan_template(std::string text, message_escape escape) : text_(std::move(text)), escape_(escape) {
    check_template(text_);
}

auto plan_template::render(const campaign& c, const supporter& who, const std::vector<plan_step>& steps,
                           date::sys_days today) const -> std::string {
    templates::map context{
        {"id", who.id},
        {"name", who.name},
        {"first_name", first_word(who.name)},
        {"email", who.email},
        {"phone", who.phone},
        {"locality", who.locality},
        {"state", who.state},
        {"postal_code", who.postal_code},
        {"country", who.country},
        {"campaign", c.title()},
        {"organization", c.organization()},
        {"today", date::format("%F", today)},
    };
    templates::array step_nodes;
    templates::array meetings;
    const conference* event = nullptr;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto& s = steps[i];
        step_nodes.emplace_back(templates::map{{"number", std::to_string(i + 1)},
                                               {"action_id", s.action_id},
                                               {"kind", std::string(to_string(s.kind))},
                                               {"title", s.title},
                                               {"instruction", s.instruction}});
        if (event == nullptr && s.event) event = &*s.event;
        for (const auto& m : s.meetings) {
            meetings.emplace_back(
                templates::map{{"group", m.host ? std::string(m.host->name) : std::string()}, {"when", to_string(m.time)}});
        }
    }
    context.put("steps", step_nodes);
    context.put("meetings", meetings);
    context.put("conference", event != nullptr ? templates::value(conference_node(*event)) : templates::value(false));
    templates::mustache::mustache engine{text_};
    // check_template has read the tags already; what the engine refuses besides is a parse_error too.
    if (!engine.is_valid()) throw parse_error(text_, 0, engine.error_message());
    if (escape_ == message_escape::html) {
        engine.set_custom_escape(html_escaped);
    } else {
        engine.set_custom_escape([](const std::string& text) { return text; });
    }
    return engine.render(context);
}

}  // namespace advocacy
