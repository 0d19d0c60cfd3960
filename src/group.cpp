// SPDX-License-Identifier: MIT
#include "advocacy/group.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/names.hpp"
#include "advocacy/error.hpp"

#include <ostream>

namespace advocacy {
namespace {

constexpr detail::name_table<group_kind, 5> group_kind_names{{
    {group_kind::local, "local"},
    {group_kind::student, "student"},
    {group_kind::regional_office, "regional_office"},
    {group_kind::national_office, "national_office"},
    {group_kind::other, "other"},
}};

}  // namespace

auto to_string(group_kind kind) -> std::string_view { return detail::name_of(group_kind_names, kind); }

auto parse_group_kind(std::string_view text) -> group_kind {
    return detail::parse_name(group_kind_names, "group kind", text);
}

void validate(const group& g) {
    detail::renaming_fields(
        [&] {
            detail::check_id("id", g.id);
            detail::check_required_line("name", g.name);
            if (!detail::is_named(group_kind_names, g.kind)) {
                throw validation_error("kind", "not one of the group kinds (value " +
                                                   std::to_string(static_cast<int>(g.kind)) + ")");
            }
            detail::check_single_line("region", g.region);
            detail::renaming_fields([&] { validate(g.place); },
                                    [](const std::string& field) { return detail::replace_prefix(field, "location.", "place."); });
            for (std::size_t i = 0; i < g.contacts.size(); ++i) {
                detail::renaming_fields([&] { validate(g.contacts[i]); }, [i](const std::string& field) {
                    return detail::replace_prefix(field, "contact.", "contacts[" + std::to_string(i) + "].");
                });
            }
            // A schedule is checked by its own factories: it cannot hold a bad rule.
            detail::check_url("website", g.website);
        },
        detail::fields_of_object("group", g.id));
}

auto to_string(const group& g) -> std::string {
    std::string out = g.name;
    if (auto where = to_string(g.place); !where.empty()) out += " (" + where + ")";
    return out;
}

auto operator<<(std::ostream& out, const group& g) -> std::ostream& { return out << to_string(g); }

}  // namespace advocacy

static_assert(advocacy::detail::described<advocacy::group>, "fields_of<group> must name every member once");

auto std::hash<advocacy::group>::operator()(const advocacy::group& g) const noexcept -> std::size_t {
    return advocacy::detail::hash_fields(g);
}
