// SPDX-License-Identifier: MIT
#include "advocacy/action.hpp"

#include "advocacy/detail/action_kinds.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/names.hpp"
#include "advocacy/error.hpp"

#include <array>
#include <ostream>
#include <span>

namespace advocacy {
namespace {

constexpr detail::name_table<action_kind, 7> action_kind_names{{
    {action_kind::letter, "letter"},
    {action_kind::attend_meeting, "attend_meeting"},
    {action_kind::attend_conference, "attend_conference"},
    {action_kind::petition, "petition"},
    {action_kind::call, "call"},
    {action_kind::email, "email"},
    {action_kind::other, "other"},
}};

// The kinds of the table, in its order.
constexpr auto action_kind_values = [] {
    std::array<action_kind, action_kind_names.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = action_kind_names[i].first;
    return out;
}();

constexpr detail::name_table<target_kind, 3> target_kind_names{{
    {target_kind::group, "group"},
    {target_kind::official, "official"},
    {target_kind::organization, "organization"},
}};

}  // namespace

auto to_string(action_kind kind) -> std::string_view { return detail::name_of(action_kind_names, kind); }

auto parse_action_kind(std::string_view text) -> action_kind {
    return detail::parse_name(action_kind_names, "action kind", text);
}

auto detail::action_kinds() noexcept -> std::span<const action_kind> { return action_kind_values; }

auto to_string(target_kind kind) -> std::string_view { return detail::name_of(target_kind_names, kind); }

auto parse_target_kind(std::string_view text) -> target_kind {
    return detail::parse_name(target_kind_names, "target kind", text);
}

void validate(const action& step) {
    const std::string who = detail::object_name("action", step.id);
    detail::check_id(who + ": id", step.id);
    if (!detail::is_named(action_kind_names, step.kind)) {
        throw validation_error(who + ": kind", "not one of the action kinds (value " +
                                                   std::to_string(static_cast<int>(step.kind)) + ")");
    }
    detail::check_required_line(who + ": title", step.title);

    if (!detail::is_named(target_kind_names, step.target.kind)) {
        throw validation_error(who + ": target.kind", "not one of the target kinds (value " +
                                                          std::to_string(static_cast<int>(step.target.kind)) + ")");
    }
    detail::check_single_line(who + ": target.name", step.target.name);
    // An empty id means "the supporter's own local group" for a group target, "not known" otherwise.
    if (!step.target.id.empty()) detail::check_id(who + ": target.id", step.target.id);
    if (step.target.kind != target_kind::group && detail::is_blank(step.target.name)) {
        throw validation_error(who + ": target.name",
                               "required for an " + std::string(to_string(step.target.kind)) + " target");
    }

    if (step.window && (!detail::in_years(step.window->first()) || !detail::in_years(step.window->last()))) {
        throw validation_error(who + ": window", to_iso(*step.window) + " is outside the years 1000 to 9999");
    }

    for (std::size_t i = 0; i < step.related_conferences.size(); ++i) {
        const std::string field = who + ": related_conferences[" + std::to_string(i) + "]";
        detail::check_id(field, step.related_conferences[i]);
        for (std::size_t j = 0; j < i; ++j) {
            if (step.related_conferences[j] == step.related_conferences[i]) {
                throw validation_error(field, detail::quoted(step.related_conferences[i]) + " is listed twice");
            }
        }
    }
    for (std::size_t i = 0; i < step.talking_points.size(); ++i) {
        if (detail::is_blank(step.talking_points[i])) {
            throw validation_error(who + ": talking_points[" + std::to_string(i) + "]", "empty");
        }
    }
}

auto to_string(const action& step) -> std::string {
    return step.title + " (" + std::string(to_string(step.kind)) + ")";
}

auto operator<<(std::ostream& out, const action& step) -> std::ostream& { return out << to_string(step); }

}  // namespace advocacy

static_assert(advocacy::detail::described<advocacy::action_target>, "fields_of<action_target> must name every member once");

auto std::hash<advocacy::action_target>::operator()(const advocacy::action_target& target) const noexcept -> std::size_t {
    return advocacy::detail::hash_fields(target);
}

static_assert(advocacy::detail::described<advocacy::action>, "fields_of<action> must name every member once");

auto std::hash<advocacy::action>::operator()(const advocacy::action& step) const noexcept -> std::size_t {
    return advocacy::detail::hash_fields(step);
}
