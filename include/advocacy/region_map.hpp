// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Which states each region of a campaign covers.

#include "advocacy/state_code.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// Region names to the state codes they cover; a state belongs to at most one region.
class region_map {
public:
    region_map() = default;

    /// Adds `region` covering `states` (codes such as "MD"); throws validation_error if a state
    /// already belongs to another region, or the name or a code is empty.
    void add(std::string region, std::vector<state_code> states);

    /// The region covering `state`, if any.
    auto region_of(state_code state) const -> std::optional<std::string>;
    /// Whether the map names `region`.
    auto has_region(std::string_view region) const -> bool;
    /// The states of `region` in alphabetical order (empty for an unknown region).
    auto states_of(std::string_view region) const -> std::vector<state_code>;
    /// The region names in alphabetical order.
    auto regions() const -> std::vector<std::string>;
    /// Whether the map names no region.
    auto empty() const noexcept -> bool { return regions_.empty(); }

    friend bool operator==(const region_map&, const region_map&) = default;

private:
    std::map<std::string, std::vector<state_code>, std::less<>> regions_;  // region -> sorted states
    std::map<state_code, std::string> state_to_region_;
};

}  // namespace advocacy
