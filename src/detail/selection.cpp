// SPDX-License-Identifier: MIT
#include "advocacy/detail/selection.hpp"

#include <utility>
#include <vector>

namespace advocacy::detail {
namespace {

/// The conferences of `c` that `keep` selects, in the campaign's order.
template <class Keep>
auto conferences_where(const campaign& c, Keep keep) -> std::vector<conference> {
    std::vector<conference> out;
    for (const auto& e : c.conferences()) {
        if (keep(e)) out.push_back(e);
    }
    return out;
}

}  // namespace

auto campaign_part(const campaign& c, const std::string& title, std::vector<conference> conferences,
                   std::vector<group> groups) -> campaign {
    campaign out(c.id(), title);
    out.set_summary(c.summary());
    out.set_organization(c.organization());
    for (const auto& m : c.milestones()) out.add_milestone(m);
    out.set_regions(c.regions());
    out.add_conferences(std::move(conferences));
    out.add_groups(std::move(groups));
    return out;
}

auto group_part(const campaign& c, const std::string& title, std::string_view id) -> campaign {
    const auto* g = c.find_group(id);
    return campaign_part(c, title, {}, g ? std::vector<group>{*g} : std::vector<group>{});
}

auto state_part(const campaign& c, const std::string& title, state_code state) -> campaign {
    const auto region = c.regions().region_of(state);
    return campaign_part(c, title, conferences_where(c, [&](const conference& e) {
                             return e.place.state == state || (region && e.region == *region);
                         }),
                         c.groups_in(state));
}

auto region_part(const campaign& c, const std::string& title, std::string_view region) -> campaign {
    const auto& map = c.regions();
    return campaign_part(c, title, conferences_where(c, [&](const conference& e) {
                             if (!e.region.empty()) return e.region == region;
                             return map.region_of(e.place.state) == region;
                         }),
                         c.groups_in_region(region));
}

}  // namespace advocacy::detail
