// SPDX-License-Identifier: MIT
// One group's, one state's or one region's part of a campaign: what `meetings` lists and what
// `export ics` writes for --group, --state and --region.
#include "command.hpp"

#include <algorithm>
#include <cctype>

namespace advocacy::cli {
namespace {

/// A campaign with the campaign-wide fields of `c` but its title: id (which calendar UIDs are made
/// of), summary, organization, milestones and region map.
auto empty_like(const advocacy::campaign& c, const std::string& title) -> advocacy::campaign {
    advocacy::campaign out(c.id(), title);
    out.set_summary(c.summary());
    out.set_organization(c.organization());
    for (const auto& m : c.milestones()) out.add_milestone(m);
    out.set_regions(c.regions());
    return out;
}

/// `c` with only the given conferences and groups.
auto with(const advocacy::campaign& c, const std::string& title, std::vector<advocacy::conference> conferences,
          std::vector<advocacy::group> groups) -> advocacy::campaign {
    auto out = empty_like(c, title);
    out.add_conferences(std::move(conferences));
    out.add_groups(std::move(groups));
    return out;
}

/// The conferences of `c` that `keep` selects, in the campaign's order.
template <class Keep>
auto conferences_where(const advocacy::campaign& c, Keep keep) -> std::vector<advocacy::conference> {
    std::vector<advocacy::conference> out;
    for (const auto& e : c.conferences()) {
        if (keep(e)) out.push_back(e);
    }
    return out;
}

auto for_group(const advocacy::campaign& c, const std::string& title, const std::string& id) -> advocacy::campaign {
    const auto* g = c.find_group(id);
    return with(c, title, {}, g ? std::vector<advocacy::group>{*g} : std::vector<advocacy::group>{});
}

auto for_state(const advocacy::campaign& c, const std::string& title, advocacy::state_code state)
    -> advocacy::campaign {
    const auto region = c.regions().region_of(state);
    return with(c, title, conferences_where(c, [&](const advocacy::conference& e) {
                       return e.place.state == state || (region && e.region == *region);
                   }),
                c.groups_in(state));
}

auto for_region(const advocacy::campaign& c, const std::string& title, const std::string& region)
    -> advocacy::campaign {
    const auto& map = c.regions();
    return with(c, title, conferences_where(c, [&](const advocacy::conference& e) {
                       if (!e.region.empty()) return e.region == region;
                       return map.region_of(e.place.state) == region;
                   }),
                c.groups_in_region(region));
}

}  // namespace

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
    if (!s.group.empty()) part = for_group(current(), name, s.group);
    if (!s.state.empty()) part = for_state(current(), name, advocacy::state_code{s.state});
    if (!s.region.empty()) part = for_region(current(), name, s.region);
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
