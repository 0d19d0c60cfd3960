// SPDX-License-Identifier: MIT
#pragma once

// Test helper: the ids of a list of conferences, groups or actions, to compare a query's answer
// with the expected ids in one BOOST_TEST.

#include <string>
#include <vector>

namespace advocacy::testing {

template <class Item>
auto ids(const std::vector<Item>& items) -> std::vector<std::string> {
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto& item : items) out.push_back(item.id);
    return out;
}

}  // namespace advocacy::testing
