// SPDX-License-Identifier: MIT
#include "advocacy/region_map.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/error.hpp"

#include <algorithm>

namespace advocacy {

void region_map::add(std::string region, std::vector<state_code> states) {
    // Check everything before changing anything, so a refused add leaves the map as it was.
    if (region.find_first_not_of(" \t") == std::string::npos) {
        throw validation_error("region_map: region", "required: a region needs a name");
    }
    detail::check_single_line("region_map: region", region);
    for (const auto& state : states) {
        if (state.empty()) {
            throw validation_error("region_map: state", "an empty state code in region " + detail::quoted(region) +
                                                            ": expected 1-3 upper-case letters or digits, such as \"MD\"");
        }
        auto owner = state_to_region_.find(state);
        if (owner != state_to_region_.end() && owner->second != region) {
            throw validation_error("region_map: " + detail::quoted(to_string(state)),
                                   "already in region " + detail::quoted(owner->second) + ", cannot also be in " +
                                       detail::quoted(region));
        }
    }

    auto& covered = regions_[region];
    for (auto& state : states) {
        auto [where, inserted] = state_to_region_.try_emplace(state, region);
        (void)where;
        // A state listed twice, or added again to its own region, is kept once.
        if (inserted) covered.push_back(state);
    }
    std::sort(covered.begin(), covered.end());
}

auto region_map::region_of(state_code state) const -> std::optional<std::string> {
    auto it = state_to_region_.find(state);
    if (it == state_to_region_.end()) return std::nullopt;
    return it->second;
}

auto region_map::has_region(std::string_view region) const -> bool { return regions_.contains(region); }

auto region_map::states_of(std::string_view region) const -> std::vector<state_code> {
    auto it = regions_.find(region);
    if (it == regions_.end()) return {};
    return it->second;
}

auto region_map::regions() const -> std::vector<std::string> {
    std::vector<std::string> out;
    out.reserve(regions_.size());
    for (const auto& [name, states] : regions_) out.push_back(name);
    return out;
}

}  // namespace advocacy
