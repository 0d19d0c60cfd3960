// SPDX-License-Identifier: MIT
#include "advocacy/conference.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/error.hpp"

#include <ostream>

namespace advocacy {

void validate(const conference& event) {
    const std::string who = detail::object_name("conference", event.id);
    detail::check_id(who + ": id", event.id);
    if (event.name.find_first_not_of(" \t") == std::string::npos) throw validation_error(who + ": name", "required");
    detail::check_single_line(who + ": name", event.name);
    detail::check_single_line(who + ": region", event.region);
    detail::with_field_prefix(who, [&] { validate(event.place); });
    detail::check_url(who + ": registration_url", event.registration_url);
}

auto to_string(const conference& event) -> std::string {
    std::string out = event.name;
    if (!out.empty()) out += ", ";
    out += to_string(event.dates);
    if (auto where = to_string(event.place); !where.empty()) out += ", " + where;
    return out;
}

auto operator<<(std::ostream& out, const conference& event) -> std::ostream& { return out << to_string(event); }

}  // namespace advocacy

auto std::hash<advocacy::conference>::operator()(const advocacy::conference& event) const noexcept -> std::size_t {
    std::size_t seed = 0;
    advocacy::detail::hash_combine(seed, event.id);
    advocacy::detail::hash_combine(seed, event.name);
    advocacy::detail::hash_combine(seed, event.dates);
    advocacy::detail::hash_combine(seed, event.place);
    advocacy::detail::hash_combine(seed, event.region);
    advocacy::detail::hash_combine(seed, event.registration_url);
    advocacy::detail::hash_combine(seed, event.description);
    return seed;
}
