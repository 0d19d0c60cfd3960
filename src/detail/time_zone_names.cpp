// SPDX-License-Identifier: MIT
#include "advocacy/detail/time_zone_names.hpp"

#include <stdexcept>
#include <string>

namespace advocacy::detail {

auto resolve_tzid(std::string_view tzid) -> resolved_zone {
    try {
        return {date::locate_zone(tzid), {}};
    } catch (const std::runtime_error&) {
        return {};
    }
}

auto zone_from_vtimezone(std::string_view /*vtimezone*/, int /*first_year*/, int /*last_year*/) -> resolved_zone {
    return {};
}

}  // namespace advocacy::detail
