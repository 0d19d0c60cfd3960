// SPDX-License-Identifier: MIT
#include "advocacy/site.hpp"

#include "detail/mustache_data.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/places.hpp"
#include "advocacy/detail/selection.hpp"
#include "advocacy/error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

namespace advocacy {
namespace {

// ---- the embedded templates and style sheets (src/site/, see cmake/embed_files.cmake) ----

struct embedded_file {
    std::string_view name;
    std::string_view text;
};

constexpr embedded_file site_files[] = {
#include "site_files.inc"
};

auto embedded(std::string_view name) -> std::string {
    for (const auto& f : site_files) {
        if (f.name == name) return std::string(f.text);
    }
    throw error("site: no embedded file " + std::string(name));  // a build fault, never the user's
}

// ---- what the templates are given ----

namespace mustache = kainjow::mustache;
using detail::templates::array;
using detail::templates::map;
using detail::templates::value;

// ---- the tile map: every state and DC at a fixed place on an 11 × 8 grid ----

struct tile_place {
    std::string_view state;
    int column, row;
};

constexpr std::array<tile_place, 51> tile_places{{
    {"AK", 0, 0},  {"ME", 10, 0}, {"VT", 9, 1},  {"NH", 10, 1}, {"WA", 0, 2},  {"ID", 1, 2},  {"MT", 2, 2},
    {"ND", 3, 2},  {"MN", 4, 2},  {"IL", 5, 2},  {"WI", 6, 2},  {"MI", 7, 2},  {"NY", 8, 2},  {"RI", 9, 2},
    {"MA", 10, 2}, {"OR", 0, 3},  {"NV", 1, 3},  {"WY", 2, 3},  {"SD", 3, 3},  {"IA", 4, 3},  {"IN", 5, 3},
    {"OH", 6, 3},  {"PA", 7, 3},  {"NJ", 8, 3},  {"CT", 9, 3},  {"CA", 0, 4},  {"UT", 1, 4},  {"CO", 2, 4},
    {"NE", 3, 4},  {"MO", 4, 4},  {"KY", 5, 4},  {"WV", 6, 4},  {"VA", 7, 4},  {"MD", 8, 4},  {"DE", 9, 4},
    {"AZ", 1, 5},  {"NM", 2, 5},  {"KS", 3, 5},  {"AR", 4, 5},  {"TN", 5, 5},  {"NC", 6, 5},  {"SC", 7, 5},
    {"DC", 8, 5},  {"OK", 3, 6},  {"LA", 4, 6},  {"MS", 5, 6},  {"AL", 6, 6},  {"GA", 7, 6},  {"HI", 0, 7},
    {"TX", 3, 7},  {"FL", 8, 7},
}};
constexpr int tile_size = 50;
constexpr int tile_step = 54;
constexpr int map_columns = 11;
constexpr int map_rows = 8;
constexpr std::size_t region_colors = 8;  // style.css's region-0 … region-7

// ---- text as the pages write it ----

auto iso_day(date::sys_days day) -> std::string { return date::format("%F", day); }

auto written_day(date::sys_days day) -> std::string { return to_string(date_range(day)); }

/// "mid-atlantic" for "Mid Atlantic": lower-case ASCII letters and digits, other runs as one '-'.
auto slug_of(std::string_view name) -> std::string {
    std::string out;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("region") : out;
}

auto lower(std::string text) -> std::string {
    for (auto& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

auto kind_label(group_kind kind) -> std::string {
    switch (kind) {
        case group_kind::local: return "local group";
        case group_kind::student: return "student group";
        case group_kind::regional_office: return "regional office";
        case group_kind::national_office: return "national office";
        case group_kind::other: break;
    }
    return "";
}

/// JSON for a <script> element: '<', '>' and '&' as \u escapes, so that no text in it can end the
/// element or open a comment.
auto script_json(const nlohmann::ordered_json& value) -> std::string {
    const auto text = value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '<': out += "\\u003c"; break;
            case '>': out += "\\u003e"; break;
            case '&': out += "\\u0026"; break;
            default: out += c;
        }
    }
    return out;
}

auto has_physical_place(const location& place) -> bool {
    return !place.venue.empty() || !place.address_lines.empty() || !place.locality.empty() || !place.state.empty();
}

auto online_link(const location& place) -> std::string { return place.online == "online" ? "" : place.online; }

// ---- what the pages are made of ----

struct region_info {
    std::string name, slug, mark;
    std::size_t color;
};

/// Everything the pages share: the campaign, the day, and who is where.
class site_model {
public:
    site_model(const campaign& c, const site_options& options, date::sys_days today)
        : c_(c), options_(options), today_(today), base_url_(options.base_url) {
        if (!base_url_.empty() && base_url_.back() != '/') base_url_ += '/';
        collect_states();
        collect_regions();
    }

    auto today() const noexcept -> date::sys_days { return today_; }
    auto states() const noexcept -> const std::set<std::string>& { return states_; }
    auto regions() const noexcept -> const std::vector<region_info>& { return regions_; }

    /// The region of a state: the region map's, else that of the first of its groups that names one.
    auto region_of(const std::string& state) const -> const region_info* {
        const auto found = state_region_.find(state);
        return found == state_region_.end() ? nullptr : &regions_[found->second];
    }
    auto region_named(const std::string& name) const -> const region_info* {
        const auto found = region_index_.find(name);
        return found == region_index_.end() ? nullptr : &regions_[found->second];
    }

    auto state_href(const std::string& state) const -> std::string { return "states/" + lower(state) + ".html"; }

    /// "Minnesota" for MN (ISO 3166-2 through iso-codes), in the country of the state's groups.
    auto state_name(const std::string& state) const -> std::string {
        const auto found = state_country_.find(state);
        const std::string country = found == state_country_.end() ? "US" : found->second;
        const auto* row = detail::subdivision_coded(state, country);
        if (row == nullptr) return state;
        return std::string(row->english_name.empty() ? row->name : row->english_name);
    }

    auto base() const noexcept -> const std::string& { return base_url_; }

    /// What every page shows: the campaign, its organization and the day.
    auto page(std::string root, std::string title, const std::string& path) const -> map {
        return map{
            {"root", std::move(root)},
            {"page_title", std::move(title)},
            {"campaign_title", c_.title()},
            {"has_organization", !c_.organization().empty()},
            {"organization", c_.organization()},
            {"description", std::string()},
            {"canonical", base_url_.empty() ? std::string() : base_url_ + path},
            {"today_iso", iso_day(today_)},
            {"today_written", written_day(today_)},
        };
    }

    auto conference_node(const conference& e, bool with_json_ld) const -> map;
    auto group_node(const group& g) const -> map;
    auto event_json_ld(const conference& e) const -> nlohmann::ordered_json;

private:
    void collect_states();
    void collect_regions();

    const campaign& c_;
    const site_options& options_;
    date::sys_days today_;
    std::string base_url_;
    std::set<std::string> states_;                    // states with a page
    std::map<std::string, std::string> state_country_;  // state -> country of its first group
    std::vector<region_info> regions_;                // in alphabetical order
    std::map<std::string, std::size_t> region_index_;
    std::map<std::string, std::size_t> state_region_;
};

void site_model::collect_states() {
    for (const auto& g : c_.group_snapshot()) {
        if (g->place.state.empty()) continue;
        states_.insert(to_string(g->place.state));
        state_country_.emplace(to_string(g->place.state), g->place.country);
    }
    for (const auto& region : c_.regions().regions()) {
        for (const auto state : c_.regions().states_of(region)) states_.insert(to_string(state));
    }
}

void site_model::collect_regions() {
    std::set<std::string> names;
    for (auto& name : c_.regions().regions()) names.insert(std::move(name));
    for (const auto& e : c_.conferences()) {
        if (!e.region.empty()) names.insert(e.region);
    }
    for (const auto& g : c_.group_snapshot()) {
        if (!g->region.empty()) names.insert(g->region);
    }
    std::set<std::string> slugs;
    for (const auto& name : names) {
        auto slug = slug_of(name);
        for (int n = 2; slugs.contains(slug); ++n) slug = slug_of(name) + "-" + std::to_string(n);
        slugs.insert(slug);
        region_index_.emplace(name, regions_.size());
        regions_.push_back({name, slug, std::to_string(regions_.size() + 1), regions_.size() % region_colors});
    }
    for (const auto& state : states_) {
        if (auto region = c_.regions().region_of(state_code{state})) {
            state_region_.emplace(state, region_index_.at(*region));
            continue;
        }
        for (const auto& g : c_.groups_in(state_code{state})) {
            if (g.region.empty()) continue;
            state_region_.emplace(state, region_index_.at(g.region));
            break;
        }
    }
}

auto site_model::event_json_ld(const conference& e) const -> nlohmann::ordered_json {
    using json = nlohmann::ordered_json;
    json out{{"@context", "https://schema.org"}, {"@type", "Event"}, {"name", e.name}};
    if (e.timed()) {
        const auto start = date::local_days{e.dates.first().time_since_epoch()} + *e.start_time;
        const auto end = date::local_days{e.dates.last().time_since_epoch()} + *e.end_time;
        if (e.place.time_zone.empty()) {
            out["startDate"] = date::format("%FT%R", start);
            out["endDate"] = date::format("%FT%R", end);
        } else {
            const auto* zone = date::locate_zone(e.place.time_zone);
            out["startDate"] = date::format("%FT%R%Ez", date::make_zoned(zone, start, date::choose::earliest));
            out["endDate"] = date::format("%FT%R%Ez", date::make_zoned(zone, end, date::choose::earliest));
        }
    } else {
        out["startDate"] = iso_day(e.dates.first());
        out["endDate"] = iso_day(e.dates.last());
    }
    const bool physical = has_physical_place(e.place);
    const bool online = !e.place.online.empty();
    out["eventAttendanceMode"] = !online     ? "https://schema.org/OfflineEventAttendanceMode"
                                 : physical ? "https://schema.org/MixedEventAttendanceMode"
                                            : "https://schema.org/OnlineEventAttendanceMode";
    out["eventStatus"] = "https://schema.org/EventScheduled";
    json places = json::array();
    if (physical) {
        json address{{"@type", "PostalAddress"}};
        if (!e.place.address_lines.empty()) {
            std::string street;
            for (const auto& line : e.place.address_lines) street += (street.empty() ? "" : ", ") + line;
            address["streetAddress"] = street;
        }
        if (!e.place.locality.empty()) address["addressLocality"] = e.place.locality;
        if (!e.place.state.empty()) address["addressRegion"] = to_string(e.place.state);
        if (!e.place.postal_code.empty()) address["postalCode"] = e.place.postal_code;
        address["addressCountry"] = e.place.country;
        json place{{"@type", "Place"}};
        place["name"] = e.place.venue.empty() ? to_string(location{.locality = e.place.locality,
                                                                   .state = e.place.state,
                                                                   .country = e.place.country})
                                              : std::string(e.place.venue);
        place["address"] = std::move(address);
        places.push_back(std::move(place));
    }
    if (online) {
        json place{{"@type", "VirtualLocation"}};
        const auto link = online_link(e.place);
        if (!link.empty()) place["url"] = link;
        places.push_back(std::move(place));
    }
    if (places.size() == 1) {
        out["location"] = places[0];
    } else if (!places.empty()) {
        out["location"] = places;
    }
    if (!e.registration_url.empty()) {
        out["url"] = e.registration_url;
    } else if (!base_url_.empty()) {
        out["url"] = base_url_ + "index.html#conference-" + e.id;
    }
    if (!e.description.empty()) out["description"] = e.description;
    if (!c_.organization().empty()) out["organizer"] = json{{"@type", "Organization"}, {"name", c_.organization()}};
    return out;
}

auto site_model::conference_node(const conference& e, bool with_json_ld) const -> map {
    std::string written;
    if (e.sessions.empty()) {
        written = to_string(e.dates);
    } else {
        for (const auto& s : e.sessions) written += (written.empty() ? "" : " & ") + to_string(s);
    }
    std::string datetime = iso_day(e.dates.first());
    std::string times;
    if (e.timed()) {
        datetime += "T" + detail::clock_text(*e.start_time);
        times = detail::clock_text(*e.start_time) + "–" + detail::clock_text(*e.end_time);
    }
    const auto* region = region_named(e.region);
    return map{
        {"id", e.id},
        {"name", e.name},
        {"datetime", datetime},
        {"written_dates", written},
        {"times", times},
        {"has_place", has_physical_place(e.place) || !e.place.online.empty()},
        {"place", to_string(e.place)},
        {"has_region", region != nullptr},
        {"region", e.region},
        {"has_description", !e.description.empty()},
        {"description", e.description},
        {"registration", e.registration_url},
        {"online", online_link(e.place)},
        {"jsonld", with_json_ld ? script_json(event_json_ld(e)) : std::string()},
    };
}

/// The next `count` meetings of `schedule` from the start of `day` in its zone.
auto next_meetings(const meeting_schedule& schedule, date::sys_days day, std::size_t count)
    -> std::vector<meeting_time> {
    std::vector<meeting_time> out;
    const auto* zone = schedule.zone();
    auto after = zone != nullptr
                     ? date::make_zoned(zone, date::local_days{day.time_since_epoch()}, date::choose::earliest).get_sys_time()
                     : date::sys_seconds{day};
    after -= std::chrono::seconds{1};  // next_after is strictly after: a meeting at midnight counts
    while (out.size() < count) {
        const auto next = schedule.next_after(after);
        if (!next) break;
        out.push_back(*next);
        after = next->start.get_sys_time();
    }
    return out;
}

auto site_model::group_node(const group& g) const -> map {
    array contacts;
    for (const auto& person : g.contacts) {
        contacts.emplace_back(map{
            {"name", person.name},
            {"has_role", !person.role.empty()},
            {"role", person.role},
            {"email", person.email},
            {"phone", person.phone},
            {"phone_digits", person.phone_digits()},
        });
    }
    array meetings;
    if (g.meetings) {
        for (const auto& m : next_meetings(*g.meetings, today_, options_.meetings_shown)) {
            meetings.emplace_back(map{
                {"datetime", date::format("%FT%R%Ez", m.start)},
                {"written", to_string(m)},
            });
        }
    }
    const auto kind = kind_label(g.kind);
    return map{
        {"id", g.id},
        {"name", g.name},
        {"place", to_string(g.place)},
        {"has_kind", !kind.empty()},
        {"kind", kind},
        {"has_contacts", !contacts.empty()},
        {"contacts", std::move(contacts)},
        {"has_schedule", g.meetings.has_value()},
        {"schedule", g.meetings ? g.meetings->describe() : std::string()},
        {"has_meetings", !meetings.empty()},
        {"meetings", std::move(meetings)},
        {"website", g.website},
        {"has_feed", g.meetings.has_value()},
    };
}

// ---- the pages ----

/// The page `name` (index.mustache, state.mustache) with `context`, and the partials every page
/// may use.
auto render(const std::string& name, map context) -> std::string {
    for (const char* partial : {"head", "footer", "conference"}) {
        context.put(partial, embedded(std::string(partial) + ".mustache"));
    }
    mustache::mustache page{embedded(name)};
    auto out = page.is_valid() ? page.render(context) : std::string();
    if (!page.is_valid()) throw error("site: template " + name + ": " + page.error_message());  // a build fault
    return out;
}

auto milestone_nodes(const campaign& c) -> array {
    array out;
    for (const auto& m : c.milestones()) {
        out.emplace_back(map{{"datetime", iso_day(m.day)}, {"written", written_day(m.day)}, {"title", m.title}});
    }
    return out;
}

auto action_nodes(const campaign& c) -> array {
    array out;
    for (const auto& a : c.actions()) {
        array points;
        for (const auto& point : a.talking_points) points.emplace_back(map{{"text", point}});
        array related;
        for (std::size_t i = 0; i < a.related_conferences.size(); ++i) {
            const auto* e = c.find_conference(a.related_conferences[i]);
            related.emplace_back(map{{"id", a.related_conferences[i]},
                                            {"name", e != nullptr ? e->name : a.related_conferences[i]},
                                            {"last", i + 1 == a.related_conferences.size()}});
        }
        out.emplace_back(map{
            {"id", a.id},
            {"title", a.title},
            {"has_window", a.window.has_value()},
            {"window", a.window ? to_string(*a.window) : std::string()},
            {"has_description", !a.description.empty()},
            {"description", a.description},
            {"has_target", !a.target.name.empty()},
            {"target", a.target.name},
            {"has_talking_points", !points.empty()},
            {"talking_points", std::move(points)},
            {"has_related", !related.empty()},
            {"related", std::move(related)},
        });
    }
    return out;
}

auto tile_nodes(const site_model& site) -> array {
    array out;
    for (const auto& place : tile_places) {
        const std::string state(place.state);
        const auto* region = site.region_of(state);
        const bool linked = site.states().contains(state);
        const int x = place.column * tile_step;
        const int y = place.row * tile_step;
        // The name starts with what the tile shows ("MN 2"), as speech input users say it.
        std::string label = state + " " + (region != nullptr ? region->mark : std::string("–")) + ": " +
                            site.state_name(state) + ", ";
        label += region != nullptr ? "region " + region->name : "no region";
        out.emplace_back(map{
            {"code", state},
            {"href", linked ? site.state_href(state) : std::string()},
            {"linked", linked},
            {"label", label},
            {"color", region != nullptr ? std::to_string(region->color) : std::string("none")},
            {"mark", region != nullptr ? region->mark : std::string("–")},
            {"x", std::to_string(x)},
            {"y", std::to_string(y)},
            {"size", std::to_string(tile_size)},
            {"text_x", std::to_string(x + tile_size / 2)},
            {"text_y", std::to_string(y + 24)},
            {"mark_y", std::to_string(y + 41)},
        });
    }
    return out;
}

auto state_link(const site_model& site, const std::string& state) -> map {
    return map{{"name", site.state_name(state) + " (" + state + ")"}, {"href", site.state_href(state)}};
}

auto region_nodes(const site_model& site) -> array {
    std::vector<array> states(site.regions().size());
    for (const auto& state : site.states()) {
        if (const auto* region = site.region_of(state)) {
            states[static_cast<std::size_t>(region - site.regions().data())].emplace_back(state_link(site, state));
        }
    }
    array out;
    for (std::size_t i = 0; i < site.regions().size(); ++i) {
        const auto& region = site.regions()[i];
        out.emplace_back(map{
            {"name", region.name},
            {"slug", region.slug},
            {"mark", region.mark},
            {"color", std::to_string(region.color)},
            {"has_states", !states[i].empty()},
            {"states", std::move(states[i])},
        });
    }
    return out;
}

auto index_page(const campaign& c, const site_model& site) -> std::string {
    auto context = site.page("", c.title(), "index.html");
    context.put("description", c.summary());
    context.put("has_summary", !c.summary().empty());
    context.put("summary", c.summary());
    auto milestones = milestone_nodes(c);
    context.put("has_milestones", !milestones.empty());
    context.put("milestones", std::move(milestones));
    auto actions = action_nodes(c);
    context.put("has_actions", !actions.empty());
    context.put("actions", std::move(actions));
    array conferences;
    for (const auto& e : c.conferences()) conferences.emplace_back(site.conference_node(e, true));
    context.put("has_conferences", !conferences.empty());
    context.put("conferences", std::move(conferences));
    context.put("map_width", std::to_string(map_columns * tile_step - (tile_step - tile_size)));
    context.put("map_height", std::to_string(map_rows * tile_step - (tile_step - tile_size)));
    context.put("tiles", tile_nodes(site));
    context.put("regions", region_nodes(site));
    context.put("has_state_list", !site.regions().empty() || !site.states().empty());
    array others;
    for (const auto& state : site.states()) {
        if (site.region_of(state) == nullptr) others.emplace_back(state_link(site, state));
    }
    bool unassigned = false;
    for (const auto& place : tile_places) unassigned = unassigned || site.region_of(std::string(place.state)) == nullptr;
    context.put("has_unassigned", unassigned);
    context.put("has_other_states", !others.empty());
    context.put("other_states", std::move(others));
    return render("index.mustache", std::move(context));
}

auto state_page(const campaign& c, const site_model& site, const std::string& state) -> std::string {
    const auto name = site.state_name(state) + " (" + state + ")";
    auto context = site.page("../", name + " · " + c.title(), site.state_href(state));
    context.put("state_name", name);
    const auto* region = site.region_of(state);
    context.put("has_region", region != nullptr);
    context.put("region", region != nullptr ? region->name : std::string());
    context.put("region_mark", region != nullptr ? region->mark : std::string());
    context.put("region_slug", region != nullptr ? region->slug : std::string());
    array plan;
    for (const auto& step : c.plan(state_code{state}, site.today())) {
        plan.emplace_back(map{{"title", step.title}, {"instruction", step.instruction}});
    }
    context.put("has_plan", !plan.empty());
    context.put("plan", std::move(plan));
    array groups;
    for (const auto& g : c.groups_in(state_code{state})) groups.emplace_back(site.group_node(g));
    context.put("has_groups", !groups.empty());
    context.put("groups", std::move(groups));
    // The conferences a state's calendar holds (held there, or of its region), in date order.
    auto held = detail::state_part(c, c.title(), state_code{state}).conferences();
    std::stable_sort(held.begin(), held.end(), [](const conference& a, const conference& b) { return a.dates < b.dates; });
    array conferences;
    for (const auto& e : held) conferences.emplace_back(site.conference_node(e, false));
    context.put("has_conferences", !conferences.empty());
    context.put("conferences", std::move(conferences));
    return render("state.mustache", std::move(context));
}

// ---- writing ----

class site_writer {
public:
    explicit site_writer(std::filesystem::path directory) : directory_(std::move(directory)) {}

    void write(const std::filesystem::path& relative, std::string_view content) {
        const auto path = directory_ / relative;
        std::error_code code;
        std::filesystem::create_directories(path.parent_path(), code);
        if (code) throw io_error(path.parent_path().string(), code.message(), code);
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        if (out) out.write(content.data(), static_cast<std::streamsize>(content.size()));
        if (out) out.close();
        if (!out) {
            const int number = errno != 0 ? errno : EIO;
            throw io_error(path.string(), std::strerror(number), std::error_code(number, std::generic_category()));
        }
        written_.push_back(relative);
    }

    auto written() && -> std::vector<std::filesystem::path> { return std::move(written_); }

private:
    std::filesystem::path directory_;
    std::vector<std::filesystem::path> written_;
};

void write_calendars(const campaign& c, const site_model& site, const site_options& options, site_writer& out) {
    // Every feed is the campaign's own calendar cut down, so its UIDs are the campaign's.
    for (const auto& region : site.regions()) {
        const auto part = detail::region_part(c, c.title() + " (region " + region.name + ")", region.name);
        out.write("calendar/regions/" + region.slug + ".ics", to_icalendar(part, options.calendar));
    }
    for (const auto& g : c.group_snapshot()) {
        if (!g->meetings) continue;
        const auto part = detail::group_part(c, c.title() + " (group " + g->id + ")", g->id);
        out.write("calendar/groups/" + g->id + ".ics", to_icalendar(part, options.calendar));
    }
    for (const auto& e : c.conferences()) {
        const auto part = detail::campaign_part(c, c.title() + " (" + e.name + ")", {e}, {});
        out.write("calendar/conferences/" + e.id + ".ics", to_icalendar(part, options.calendar));
    }
}

}  // namespace

auto write_site(const campaign& c, const std::filesystem::path& directory, const site_options& options)
    -> std::vector<std::filesystem::path> {
    detail::check_url("base_url", options.base_url);
    if (options.base_url.find_first_of("\"'<>`") != std::string::npos) {
        throw validation_error("base_url", detail::quoted(options.base_url) + " holds a quote or an angle bracket");
    }
    const auto today =
        options.today.value_or(std::chrono::floor<date::days>(std::chrono::system_clock::now()));
    const site_model site(c, options, today);
    // Every page is made before the first file is written: a campaign the calendar writer refuses
    // leaves the folder as it was.
    std::vector<std::pair<std::filesystem::path, std::string>> pages;
    pages.emplace_back("index.html", index_page(c, site));
    for (const auto& state : site.states()) pages.emplace_back(site.state_href(state), state_page(c, site, state));
    const auto calendar = to_icalendar(c, options.calendar);  // throws what any feed would
    site_writer out(directory);
    out.write("style.css", embedded("style.css"));
    out.write("print.css", embedded("print.css"));
    for (const auto& [path, text] : pages) out.write(path, text);
    out.write("calendar/campaign.ics", calendar);
    write_calendars(c, site, options, out);
    return std::move(out).written();
}

}  // namespace advocacy
