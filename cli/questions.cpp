// SPDX-License-Identifier: MIT
// What a campaign answers: a supporter's plan, its conferences, its groups and their meetings.
#include "command.hpp"

namespace advocacy::cli {
namespace {

auto format_time(const date::zoned_seconds& t) -> std::string {
    return date::format("%a %b %d, %Y %I:%M %p %Z", t);
}

}  // namespace

constexpr std::string_view plan_help =
    "usage: advocacy plan --state ST [--today YYYY-MM-DD] [CAMPAIGN.json]\n"
    "A supporter's personal action plan: the group to write to and its contact, its next\n"
    "meetings, and the region's next conference with dates, place and registration link.\n";

auto cmd_plan(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << plan_help, 0;
    const auto state = args.get("--state");
    if (!state || state->empty()) throw usage_error("plan needs --state, e.g. --state MN");
    const auto today = day_option(args, "--today").value_or(today_utc());
    const auto c = campaign_from(args);
    const auto steps = c.plan(*state, today);
    out << escaped(c.title()) << "\nYour action plan in " << escaped(*state) << ", as of " << date::format("%F", today) << "\n";
    if (steps.empty()) out << "\nNothing left to do: every action's window has passed.\n";
    int n = 0;
    // Each step's instruction already names whom to write to, when the meetings are and where
    // the conference is, with its link: one sentence a step reads best in a terminal.
    for (const auto& step : steps) {
        out << "\n" << ++n << ". " << escaped(step.title) << "\n   " << escaped(step.instruction) << "\n";
    }
    return 0;
}

constexpr std::string_view conferences_help =
    "usage: advocacy conferences [--upcoming] [--today YYYY-MM-DD] [--region REGION] [CAMPAIGN.json]\n"
    "The campaign's conferences in date order; --upcoming keeps those not over by --today.\n";

auto cmd_conferences(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << conferences_help, 0;
    const auto c = campaign_from(args);
    std::vector<advocacy::conference> list;
    if (args.has("--upcoming")) {
        list = c.upcoming_conferences(day_option(args, "--today").value_or(today_utc()));
    } else {
        list = c.upcoming_conferences(date::sys_days{date::year{1} / 1 / 1});
    }
    if (auto region = args.get("--region")) {
        if (!c.regions().empty() && !c.regions().has_region(*region)) {
            throw usage_error("unknown region \"" + *region + "\"");
        }
        std::erase_if(list, [&](const advocacy::conference& e) { return e.region != *region; });
    }
    for (const auto& e : list) {
        out << advocacy::to_string(e.dates);
        if (e.timed()) {
            out << ", " << date::format("%H:%M", *e.start_time) << "\xE2\x80\x93" << date::format("%H:%M", *e.end_time);
            if (!e.place.time_zone.empty()) out << " " << escaped(e.place.time_zone);
        }
        out << "  " << escaped(e.name) << "  " << escaped(advocacy::to_string(e.place));
        if (!e.region.empty()) out << "  [" << escaped(e.region) << "]";
        out << "\n";
    }
    return 0;
}

constexpr std::string_view groups_help =
    "usage: advocacy groups --state ST [CAMPAIGN.json]\n"
    "The groups in a state, with their contacts and when they meet.\n";

auto cmd_groups(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << groups_help, 0;
    const auto state = args.get("--state");
    if (!state || state->empty()) throw usage_error("groups needs --state, e.g. --state MN");
    const auto c = campaign_from(args);
    const auto list = c.groups_in(*state);
    if (list.empty()) out << "No group is listed in " << escaped(*state) << ".\n";
    for (const auto& g : list) {
        out << escaped(advocacy::to_string(g)) << "\n";
        if (g.meetings) {
            out << "  meets: " << escaped(g.meetings->describe()) << " (" << escaped(g.meetings->time_zone()) << ")\n";
        }
        for (const auto& person : g.contacts) out << "  " << escaped(advocacy::to_string(person)) << "\n";
        if (!g.website.empty()) out << "  " << escaped(g.website) << "\n";
    }
    return 0;
}

constexpr std::string_view meetings_help =
    "usage: advocacy meetings --from YYYY-MM-DD --to YYYY-MM-DD [CAMPAIGN.json]\n"
    "Every group meeting between two days (both included), in time order, in local time.\n";

auto cmd_meetings(const arguments& args, std::ostream& out) -> int {
    if (args.help()) return out << meetings_help, 0;
    const auto from = day_option(args, "--from");
    const auto to = day_option(args, "--to");
    if (!from || !to) throw usage_error("meetings needs --from and --to");
    if (*to < *from) throw usage_error("--to is before --from");
    const auto c = campaign_from(args);
    for (const auto& m : c.next_meetings(advocacy::date_range(*from, *to))) {
        out << format_time(m.time.start) << "  " << (m.host ? escaped(advocacy::to_string(*m.host)) : "") << "\n";
    }
    return 0;
}

}  // namespace advocacy::cli
