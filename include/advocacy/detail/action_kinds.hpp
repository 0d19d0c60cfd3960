// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Every action kind, from the model's name table (src/action.cpp): the one list JSON, Python
/// dicts and OSDI read and write kinds through, so a kind added to the table is known to them all.

#include "advocacy/action.hpp"

#include <span>

namespace advocacy::detail {

/// Every action kind, in the order of the name table (the order messages list them).
auto action_kinds() noexcept -> std::span<const action_kind>;

}  // namespace advocacy::detail
