// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The date parser for readers that look for a date range among many starts of a line.

#include "advocacy/date_range.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace advocacy::detail {

/// parse_date_range without the exception: the range, or none with why in `*reason` (when given).
/// A failure costs no copy of `text`, so trying every start of a long line stays linear.
auto try_parse_date_range(std::string_view text, const parse_options& options, std::string* reason = nullptr)
    -> std::optional<date_range>;

}  // namespace advocacy::detail
