// SPDX-License-Identifier: MIT
#include "advocacy/import_result.hpp"

#include <string>

namespace advocacy {

auto to_string(const import_warning& warning) -> std::string {
    std::string out = "line " + std::to_string(warning.line) + ": ";
    if (!warning.text.empty()) out.append("\"").append(warning.text).append("\": ");
    out += warning.reason;
    return out;
}

}  // namespace advocacy
