// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// An action a campaign asks supporters to take, its target and its window.

#include "advocacy/detail/fields.hpp"
#include "advocacy/date_range.hpp"

#include <compare>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// What a supporter is asked to do.
enum class action_kind { letter, attend_meeting, attend_conference, petition, call, email, other };

/// "letter", "attend_meeting", ...; "unknown" for a value outside the enumeration.
auto to_string(action_kind kind) -> std::string_view;
/// The kind named by to_string(kind); throws parse_error (listing the accepted names) for any
/// other text.
auto parse_action_kind(std::string_view text) -> action_kind;

/// Who an action is aimed at.
enum class target_kind { group, official, organization };

/// "group", "official", "organization"; "unknown" for a value outside the enumeration.
auto to_string(target_kind kind) -> std::string_view;
/// The kind named by to_string(kind); throws parse_error for any other text.
auto parse_target_kind(std::string_view text) -> target_kind;

/// The addressee of an action: a group (the supporter's local group when `id` is empty), an
/// official or an organization.
struct action_target {
    target_kind kind = target_kind::group;
    std::string id{};    ///< a group id, or empty for "your local group"
    std::string name{};  ///< "Your local Amnesty group", "Senator ...", may be empty

    friend auto operator<=>(const action_target&, const action_target&) = default;
    friend bool operator==(const action_target&, const action_target&) = default;
};

namespace detail {
/// An action target's fields by their document names.
template <>
struct fields_of<action_target> {
    static constexpr std::tuple list{
        make_field("kind", &action_target::kind),
        make_field("id", &action_target::id),
        make_field("name", &action_target::name),
    };
};
}  // namespace detail

/// An action of a campaign. Plain data, checked by validate() where it enters the model.
struct action {
    // Every member has a default initializer, so designated initializers may leave any out
    // (GCC warns about omitted members that have none).
    std::string id{};                                  ///< unique among the campaign's actions
    action_kind kind = action_kind::other;
    std::string title{};                               ///< required
    std::string description{};
    action_target target{};
    std::optional<date_range> window{};                ///< when it can be done; none: any time
    std::vector<std::string> related_conferences{};    ///< conference ids
    std::vector<std::string> talking_points{};

    friend auto operator<=>(const action&, const action&) = default;
    friend bool operator==(const action&, const action&) = default;
};

namespace detail {
/// An action's fields by their document names; JSON, Python dicts and the hash derive from it.
template <>
struct fields_of<action> {
    static constexpr std::tuple list{
        make_field("id", &action::id, presence::required),
        make_field("kind", &action::kind),
        make_field("title", &action::title, presence::required),
        make_field("description", &action::description),
        make_field("target", &action::target),
        make_field("window", &action::window),
        make_field("related_conferences", &action::related_conferences),
        make_field("talking_points", &action::talking_points),
    };
};
}  // namespace detail

/// Throws validation_error naming the field ("action \"id\": title", ...): id and title required,
/// ids (the action's, target.id, related_conferences[i]) of letters, digits, '-', '_', '.', a
/// kind inside the enumeration, a name for an official or organization target, no conference
/// listed twice, no empty talking point, no line break in the title or target name.
void validate(const action& step);

/// "Write a letter (letter)".
auto to_string(const action& step) -> std::string;

/// Writes to_string(step).
auto operator<<(std::ostream& out, const action& step) -> std::ostream&;

}  // namespace advocacy

/// Hashes every field, consistent with ==.
template <>
struct std::hash<advocacy::action_target> {
    auto operator()(const advocacy::action_target& target) const noexcept -> std::size_t;
};

/// Hashes every field, consistent with ==.
template <>
struct std::hash<advocacy::action> {
    auto operator()(const advocacy::action& step) const noexcept -> std::size_t;
};
