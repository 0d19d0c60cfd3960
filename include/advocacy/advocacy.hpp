// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Convenience header: all of advocacy's public interface.

#include "advocacy/date_range.hpp"
#include "advocacy/error.hpp"
#include "advocacy/version.hpp"
