// SPDX-License-Identifier: MIT
// One group's, one state's or one region's part of a campaign: what `meetings` lists and what
// `export ics` writes for --group, --state and --region (the parts themselves are the library's,
// advocacy/detail/selection.hpp, which the site's calendar feeds share).
#include "command.hpp"

#include <advocacy/detail/selection.hpp>

#include <algorithm>
#include <cctype>

namespace advocacy::cli {

void add_selection(CLI::App& sub, selection& target, const std::array<std::string, 3>& help) {
    sub.add_option("--group", target.group, help[0])
        ->type_name("ID")
        ->check(CLI::Validator(
            [](const std::string& text) -> std::string { return text.empty() ? "takes a group's id" : ""; }, ""))
        ->group("Selection");
    add_state(sub, target.state)->description(help[1])->group("Selection");
    add_region(sub, target.region, help[2])->group("Selection");
}

void check_selection(const advocacy::campaign& c, const selection& s) {
    if (!s.group.empty() && c.find_group(s.group) == nullptr) {
        std::vector<std::string> ids;
        for (const auto& g : c.group_snapshot()) ids.push_back(g->id);
        const auto meant = nearest(s.group, ids);
        throw advocacy::error("unknown group \"" + s.group + "\"" +
                              (meant.empty() ? std::string(": the campaign has no group with this id")
                                             : "; did you mean \"" + meant + "\"?"));
    }
    if (!s.state.empty()) check_state(c, s.state);
    if (!s.region.empty()) check_region(c, s.region);
}

auto calendar_title(const advocacy::campaign& c, const selection& s) -> std::string {
    std::vector<std::string> parts;
    if (!s.group.empty()) parts.push_back("group " + s.group);
    if (!s.state.empty()) parts.push_back(s.state);
    if (!s.region.empty()) parts.push_back("region " + s.region);
    std::string out = c.title() + " (";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : ", ") + parts[i];
    return out + ")";
}

auto selected(const advocacy::campaign& c, const selection& s, const std::string& title) -> advocacy::campaign {
    // Each option cuts down what the one before left: the groups found through the campaign's
    // indexes (group, groups_in, groups_in_region), the few conferences looked through.
    const std::string& name = title.empty() ? c.title() : title;
    std::optional<advocacy::campaign> part;
    const auto current = [&]() -> const advocacy::campaign& { return part ? *part : c; };
    if (!s.group.empty()) part = advocacy::detail::group_part(current(), name, s.group);
    if (!s.state.empty()) part = advocacy::detail::state_part(current(), name, advocacy::state_code{s.state});
    if (!s.region.empty()) part = advocacy::detail::region_part(current(), name, s.region);
    return part ? std::move(*part) : c;
}

auto describe(const selection& s) -> std::string {
    std::string out;
    if (!s.group.empty()) out += " of the group " + s.group;
    if (!s.state.empty()) out += " in " + s.state;
    if (!s.region.empty()) out += " in the region " + s.region;
    return out;
}

}  // namespace advocacy::cli
