// SPDX-License-Identifier: MIT
// What a campaign answers: a supporter's plan, its conferences, its groups and their meetings.
#include "command.hpp"

#include <algorithm>
#include <set>

namespace advocacy::cli {
namespace {

struct plan_options {
    std::string state, today, locality, group;
    output_format format = output_format::text;
    campaign_input input;
};

/// A plan's steps for scripts: the action, the sentence, and the ids and times it names.
auto plan_rows(const std::vector<advocacy::plan_step>& steps) -> json {
    auto rows = json::array();
    for (const auto& step : steps) {
        auto groups = json::array();
        for (const auto& g : step.groups) groups.push_back(g.id);
        auto meetings = json::array();
        for (const auto& m : step.meetings) meetings.push_back(local_time(m.time.start));
        rows.push_back({{"action_id", step.action_id},
                        {"kind", advocacy::to_string(step.kind)},
                        {"title", step.title},
                        {"instruction", step.instruction},
                        {"groups", groups},
                        {"meetings", meetings},
                        {"conference", step.event ? json(step.event->id) : json()}});
    }
    return rows;
}

void run_plan(const plan_options& o, std::ostream& out) {
    const auto today = day_of(o.today).value_or(today_utc());
    const auto c = load_campaign(o.input);
    // A group asked for by name must exist: the library passes an unknown one over, as a list's
    // stale column would be, but a typo on the command line deserves to be told.
    if (!o.group.empty() && c.find_group(o.group) == nullptr) {
        throw advocacy::error("unknown group \"" + o.group + "\"; `advocacy groups` lists the campaign's groups");
    }
    const auto steps = c.plan({.state = check_state(c, o.state), .locality = o.locality, .preferred_group = o.group}, today);
    if (o.format != output_format::text) {
        return write_rows(out, o.format, plan_rows(steps),
                          {"action_id", "kind", "title", "instruction", "groups", "meetings", "conference"});
    }
    out << escaped(c.title()) << "\nYour action plan in " << escaped(o.state) << ", as of " << date::format("%F", today) << "\n";
    if (steps.empty()) out << "\nNothing left to do: every action's window has passed.\n";
    int n = 0;
    // Each step's instruction already names whom to write to, when the meetings are and where
    // the conference is, with its link: one sentence a step reads best in a terminal.
    for (const auto& step : steps) {
        out << "\n" << ++n << ". " << escaped(step.title) << "\n   " << escaped(step.instruction) << "\n";
    }
}

void add_plan(command_line& commands) {
    auto o = std::make_shared<plan_options>();
    auto& sub = commands.add("plan", "--state ST [--town TOWN] [--group ID] [--today YYYY-MM-DD] [--format F] [CAMPAIGN.json]",
                             "a supporter's personal action plan",
                             "A supporter's personal action plan: the group to write to and its contact, its next\n"
                             "meetings, and the region's next conference with dates, place and registration link.\n"
                             "The groups named are the one chosen with --group, else the state's in --town when it\n"
                             "has any, else the state's: three at most, the others counted.",
                             [o](std::ostream& out) { run_plan(*o, out); });
    add_state(sub, o->state)->required();
    sub.add_option("--town", o->locality, "the supporter's city or town: its groups come first")->type_name("TOWN");
    sub.add_option("--group", o->group, "the id of the group the supporter chose")->type_name("ID");
    add_day(sub, "--today", o->today, "the day the plan starts from (default: today)");
    add_format(sub, o->format);
    add_campaign(sub, o->input);
}

struct conferences_options {
    bool upcoming = false;
    std::string today, region;
    output_format format = output_format::text;
    campaign_input input;
};

/// The columns of `conferences --format csv`, in the order of the JSON schema.
const std::vector<std::string> conference_columns = {
    "id", "name", "dates.first", "dates.last", "start_time", "end_time", "place.venue", "place.address_lines",
    "place.locality", "place.region", "place.postal_code", "place.country", "place.time_zone", "place.online", "region",
    "registration_url", "description"};

void run_conferences(const conferences_options& o, std::ostream& out) {
    const auto c = load_campaign(o.input);
    const auto from = o.upcoming ? day_of(o.today).value_or(today_utc()) : date::sys_days{date::year{1} / 1 / 1};
    auto list = c.upcoming_conferences(from);
    if (!o.region.empty()) {
        check_region(c, o.region);
        std::erase_if(list, [&](const advocacy::conference& e) { return e.region != o.region; });
    }
    if (o.format != output_format::text) {
        std::vector<std::string> ids;
        for (const auto& e : list) ids.push_back(e.id);
        return write_rows(out, o.format, campaign_objects(c, "conferences", ids), conference_columns);
    }
    if (list.empty()) {
        out << "No conference";
        if (!o.region.empty()) out << " in the region " << escaped(o.region);
        if (o.upcoming) out << " ends on or after " << date::format("%F", from);
        out << (o.upcoming || !o.region.empty() ? ".\n" : ": the campaign has none.\n");
        return;
    }
    // Each conference on a line of its own, then, indented, its id and registration link. Times
    // are written as meetings are ("7:00 pm"), with the zone's abbreviation on the first day.
    for (const auto& e : list) {
        out << advocacy::to_string(e.dates);
        if (e.timed()) {
            out << ", " << advocacy::detail::clock_text_12h(*e.start_time) << "\xE2\x80\x93"
                << advocacy::detail::clock_text_12h(*e.end_time);
            if (!e.place.time_zone.empty()) {
                const auto start = date::local_days{e.dates.first().time_since_epoch()} + *e.start_time;
                out << " " << escaped(date::locate_zone(e.place.time_zone)->get_info(start).first.abbrev);
            }
        }
        out << "  " << escaped(e.name) << "  " << escaped(advocacy::to_string(e.place));
        if (!e.region.empty()) out << "  [" << escaped(e.region) << "]";
        out << "\n  id: " << escaped(e.id);
        if (!e.registration_url.empty()) out << "; register: " << escaped(e.registration_url);
        out << "\n";
    }
}

void add_conferences(command_line& commands) {
    auto o = std::make_shared<conferences_options>();
    auto& sub = commands.add("conferences", "[--upcoming] [--today YYYY-MM-DD] [--region REGION] [--format F] [CAMPAIGN.json]",
                             "the campaign's conferences",
                             "The campaign's conferences in date order; --upcoming keeps those not over by --today.",
                             [o](std::ostream& out) { run_conferences(*o, out); });
    sub.add_flag("--upcoming", o->upcoming, "only the conferences not over by --today");
    add_day(sub, "--today", o->today, "the day --upcoming counts from (default: today)");
    add_region(sub, o->region, "only the conferences of this region");
    add_format(sub, o->format);
    add_campaign(sub, o->input);
}

struct groups_options {
    std::string state, region;
    output_format format = output_format::text;
    campaign_input input;
};

/// The columns of `groups --format csv`, in the order of the JSON schema.
const std::vector<std::string> group_columns = {
    "id", "name", "kind", "place.venue", "place.address_lines", "place.locality", "place.region",
    "place.postal_code", "place.country", "place.time_zone", "place.online", "region", "website", "contacts", "meetings.kind",
    "meetings.interval", "meetings.weekday", "meetings.nth", "meetings.day_of_month", "meetings.start",
    "meetings.duration_minutes", "meetings.time_zone", "meetings.effective.first", "meetings.effective.last",
    "meetings.skipped", "meetings.rule", "meetings.rrule"};

void run_groups(const groups_options& o, std::ostream& out) {
    const auto c = load_campaign(o.input);
    const auto state = o.state.empty() ? advocacy::state_code{} : check_state(c, o.state);
    if (!o.region.empty()) check_region(c, o.region);
    auto list = !o.state.empty() ? c.groups_in(state) : !o.region.empty() ? c.groups_in_region(o.region) : c.groups();
    if (!o.state.empty() && !o.region.empty()) {  // both: the state's groups that are in the region
        std::set<std::string, std::less<>> in_region;
        for (const auto& g : c.groups_in_region(o.region)) in_region.insert(g.id);
        std::erase_if(list, [&](const advocacy::group& g) { return !in_region.contains(g.id); });
    }
    if (o.format != output_format::text) {
        std::vector<std::string> ids;
        for (const auto& g : list) ids.push_back(g.id);
        return write_rows(out, o.format, campaign_objects(c, "groups", ids), group_columns);
    }
    if (list.empty()) {
        std::string where;
        if (!o.state.empty()) where += " in " + o.state;
        if (!o.region.empty()) where += " in the region " + o.region;
        out << "No group is listed" << escaped(where) << ".\n";
    }
    for (const auto& g : list) {
        out << escaped(advocacy::to_string(g)) << "\n";
        if (g.meetings) {
            out << "  meets: " << escaped(g.meetings->describe()) << " (" << escaped(g.meetings->time_zone()) << ")\n";
        }
        for (const auto& person : g.contacts) out << "  " << escaped(advocacy::to_string(person)) << "\n";
        if (!g.website.empty()) out << "  " << escaped(g.website) << "\n";
    }
}

void add_groups(command_line& commands) {
    auto o = std::make_shared<groups_options>();
    auto& sub = commands.add("groups", "[--state ST] [--region REGION] [--format F] [CAMPAIGN.json]",
                             "the groups, or those in a state or a region, and their contacts",
                             "The campaign's groups, or those in a state or a region (both: those in both), with their\n"
                             "contacts and when they meet.",
                             [o](std::ostream& out) { run_groups(*o, out); });
    add_state(sub, o->state)->description("only the groups located in this state (its two-letter code, any case)");
    add_region(sub, o->region, "only the groups of this region (their own, or their state's through the region map)");
    add_format(sub, o->format);
    add_campaign(sub, o->input);
}

struct meetings_options {
    std::string from, to, today;
    selection only;
    output_format format = output_format::text;
    campaign_input input;
};

/// How many days the window has when --from or --to is left out: the next 30 days.
constexpr date::days default_window{29};

/// The days `meetings` lists: --from to --to; either left out, the 30 days from --from, or from
/// --today to --to.
auto meeting_window(const meetings_options& o) -> advocacy::date_range {
    const auto from = day_of(o.from);
    const auto to = day_of(o.to);
    const auto first = from ? *from : day_of(o.today).value_or(today_utc());
    // The window stops at the last day the model holds (dates are of the years 1000 to 9999).
    const auto last = to ? *to : std::min(first + default_window, date::sys_days{date::year{9999} / 12 / 31});
    if (last < first) {
        throw usage_error("--to " + date::format("%F", last) + " is before the first day, " + date::format("%F", first) +
                          (from ? " (--from)" : " (--today)"));
    }
    return advocacy::date_range(first, last);
}

/// Meetings for scripts: the host group and the local start and end, in its time zone.
auto meeting_rows(const std::vector<advocacy::group_meeting>& meetings) -> json {
    auto rows = json::array();
    for (const auto& m : meetings) {
        const json host = m.host ? json{{"id", m.host->id}, {"name", m.host->name}} : json();
        rows.push_back({{"group", host},
                        {"start", local_time(m.time.start)},
                        {"end", local_time(m.time.end)},
                        {"time_zone", m.time.start.get_time_zone()->name()}});
    }
    return rows;
}

void run_meetings(const meetings_options& o, std::ostream& out) {
    const auto days = meeting_window(o);
    const auto c = load_campaign(o.input);
    check_selection(c, o.only);
    const auto meetings = o.only.empty() ? c.next_meetings(days) : selected(c, o.only).next_meetings(days);
    if (o.format != output_format::text) {
        return write_rows(out, o.format, meeting_rows(meetings), {"group.id", "group.name", "start", "end", "time_zone"});
    }
    const std::string window = " from " + date::format("%F", days.first()) + " to " + date::format("%F", days.last());
    if (meetings.empty()) {
        out << "No meeting" << escaped(describe(o.only)) << window << ".\n";
        return;
    }
    out << counted(meetings.size(), "meeting", "meetings") << escaped(describe(o.only)) << window << ":\n";
    for (const auto& m : meetings) {
        out << advocacy::to_string(m.time) << "  " << (m.host ? escaped(advocacy::to_string(*m.host)) : "") << "\n";
    }
}

void add_meetings(command_line& commands) {
    auto o = std::make_shared<meetings_options>();
    auto& sub = commands.add(
        "meetings",
        "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--today YYYY-MM-DD] [--group ID] [--state ST] [--region REGION] "
        "[--format F] [CAMPAIGN.json]",
        "group meetings between two days (default: the next 30 days)",
        "The group meetings between two days (both included), in time order, in local time: by default\n"
        "the 30 days from --today (--from alone: the 30 days from it; --to alone: from --today to it).\n"
        "--group, --state and --region keep the meetings of one group, of the groups located in a state,\n"
        "or of the groups of a region; given together, the meetings they all keep.",
        [o](std::ostream& out) { run_meetings(*o, out); });
    add_day(sub, "--from", o->from, "the first day (default: --today)");
    add_day(sub, "--to", o->to, "the last day (default: 29 days after the first: 30 days)");
    add_day(sub, "--today", o->today, "the day the default window starts on (default: today)");
    add_selection(sub, o->only,
                  {"only the meetings of this group (its id)", "only the meetings of the groups located in this state",
                   "only the meetings of this region's groups (their own region, or their state's)"});
    add_format(sub, o->format);
    add_campaign(sub, o->input);
}

}  // namespace

void add_questions(command_line& commands) {
    add_plan(commands);
    add_conferences(commands);
    add_groups(commands);
    add_meetings(commands);
}

}  // namespace advocacy::cli
