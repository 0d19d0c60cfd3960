// SPDX-License-Identifier: MIT
#include "advocacy/group.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/error.hpp"

#include <array>
#include <ostream>
#include <utility>

namespace advocacy {
namespace {

constexpr std::array<std::pair<group_kind, std::string_view>, 5> group_kind_names{{
    {group_kind::local, "local"},
    {group_kind::student, "student"},
    {group_kind::regional_office, "regional_office"},
    {group_kind::national_office, "national_office"},
    {group_kind::other, "other"},
}};

}  // namespace

auto to_string(group_kind kind) -> std::string_view {
    for (const auto& [k, name] : group_kind_names) {
        if (k == kind) return name;
    }
    return "unknown";
}

auto parse_group_kind(std::string_view text) -> group_kind {
    for (const auto& [k, name] : group_kind_names) {
        if (name == text) return k;
    }
    std::string reason = "unknown group kind; expected one of ";
    for (std::size_t i = 0; i < group_kind_names.size(); ++i) {
        if (i > 0) reason += ", ";
        reason += group_kind_names[i].second;
    }
    throw parse_error(text, 0, reason);
}

void validate(const group& g) {
    const std::string who = detail::object_name("group", g.id);
    detail::check_id(who + ": id", g.id);
    if (g.name.find_first_not_of(" \t") == std::string::npos) throw validation_error(who + ": name", "required");
    detail::check_single_line(who + ": name", g.name);
    if (to_string(g.kind) == "unknown") {
        throw validation_error(who + ": kind",
                               "not one of the group kinds (value " + std::to_string(static_cast<int>(g.kind)) + ")");
    }
    detail::check_single_line(who + ": region", g.region);
    detail::with_field_prefix(who, [&] { validate(g.place); });
    for (std::size_t i = 0; i < g.contacts.size(); ++i) {
        detail::with_field_prefix(
            who, [&] { validate(g.contacts[i]); }, "contact.", "contacts[" + std::to_string(i) + "].");
    }
    // A schedule is checked by its own factories: it cannot hold a bad rule.
    detail::check_url(who + ": website", g.website);
}

auto to_string(const group& g) -> std::string {
    std::string out = g.name;
    if (auto where = to_string(g.place); !where.empty()) out += " (" + where + ")";
    return out;
}

auto operator<<(std::ostream& out, const group& g) -> std::ostream& { return out << to_string(g); }

}  // namespace advocacy
