// SPDX-License-Identifier: MIT
// Built against an installed advocacy; prints the version and one parsed range.
#include <advocacy/advocacy.hpp>

#include <cstdio>
#include <string>

int main() {
    using namespace date::literals;
    const auto range = advocacy::parse_date_range("Nov 13-15", {.reference = date::sys_days{2015_y / 8 / 11}});
    const std::string iso = advocacy::to_iso(range);
    std::printf("advocacy %s: %s\n", advocacy::version, iso.c_str());
    return iso == "2015-11-13/2015-11-15" ? 0 : 1;
}
