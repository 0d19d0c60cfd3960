// SPDX-License-Identifier: MIT
// A campaign's region map: regions shows it; regions set, remove and load change it, with the
// checks campaign::set_regions makes, and save the campaign atomically (or write it to standard
// output when the campaign was read from standard input), holding the file's edit_lock from the
// read to the save.
#include "command.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <set>

namespace advocacy::cli {
namespace {

struct regions_options {
    output_format format = output_format::text;
    campaign_input input;
};

/// One object per state of the map, region by region in alphabetical order: what `regions load`
/// reads back from the CSV.
auto region_rows(const advocacy::region_map& map) -> json {
    auto rows = json::array();
    for (const auto& region : map.regions()) {
        for (const auto& state : map.states_of(region)) rows.push_back({{"region", region}, {"state", to_string(state)}});
    }
    return rows;
}

void run_show(const regions_options& o, std::ostream& out) {
    const auto c = load_campaign(o.input);
    const auto& map = c.regions();
    if (o.format != output_format::text) return write_rows(out, o.format, region_rows(map), {"region", "state"});
    if (map.empty()) {
        out << "The campaign has no region map: a supporter's conferences are those held in their state.\n";
        return;
    }
    for (const auto& region : map.regions()) {
        const auto states = map.states_of(region);
        out << escaped(region) << ": ";
        for (std::size_t i = 0; i < states.size(); ++i) out << (i == 0 ? "" : ", ") << escaped(states[i].str());
        out << "\n";
    }
}

/// A state as the command reads it: upper case, and a US state or territory or one the campaign
/// names (exit status 1 otherwise).
auto checked_state(const advocacy::campaign& c, std::string state) -> advocacy::state_code {
    std::transform(state.begin(), state.end(), state.begin(), [](unsigned char ch) { return std::toupper(ch); });
    return check_state(c, state);
}

/// `map` without `region`.
auto without(const advocacy::region_map& map, std::string_view region) -> advocacy::region_map {
    advocacy::region_map out;
    for (const auto& name : map.regions()) {
        if (name != region) out.add(name, map.states_of(name));
    }
    return out;
}

/// "A, B and C", or "none" for no names.
auto listed(const std::vector<std::string>& names) -> std::string {
    if (names.empty()) return "none";
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + ("\"" + names[i] + "\"");
    }
    return out;
}

/// The regions the campaign's conferences and groups name that `map` lacks, in alphabetical order.
auto missing_regions(const advocacy::campaign& c, const advocacy::region_map& map) -> std::vector<std::string> {
    std::set<std::string> missing;
    for (const auto& e : c.conferences()) {
        if (!e.region.empty() && !map.has_region(e.region)) missing.insert(e.region);
    }
    for (const auto& g : c.group_snapshot()) {
        if (!g->region.empty() && !map.has_region(g->region)) missing.insert(g->region);
    }
    return {missing.begin(), missing.end()};
}

/// Gives `c` the region map `map`, as campaign::set_regions checks it; its errors name the file,
/// and every region the map lacks, since a map is set whole.
void set_map(advocacy::campaign& c, advocacy::region_map map, const std::string& path) {
    const auto missing = map.empty() ? std::vector<std::string>{} : missing_regions(c, map);
    try {
        c.set_regions(std::move(map));
    } catch (const advocacy::error& e) {
        std::string hint;
        if (missing.size() > 1) {
            hint = "; the map must name every region the campaign's conferences and groups name (missing: " +
                   listed(missing) + "): `advocacy regions load` sets them at once";
        }
        throw advocacy::error(input_name(path) + ": " + e.what() + hint);
    }
}

/// Writes the edited campaign back where it was read from (standard output for "-"), and says
/// what was written on standard error.
void save_edit(const advocacy::campaign& c, const std::string& path, std::ostream& out, const std::string& what) {
    emit(path, out, advocacy::to_json(c));
    std::cerr << program << ": wrote " << escaped(output_name(path)) << ": " << escaped(what) << ", "
              << counted(c.regions().regions().size(), "region", "regions") << "\n";
}

// ---- regions set REGION ST... CAMPAIGN.json --------------------------------------------------

struct set_options {
    std::vector<std::string> words;  // REGION, the states, CAMPAIGN.json
    std::uintmax_t max_size = advocacy::default_max_file_size;
};

void run_set(const set_options& o, const regions_options& shown, std::ostream& out) {
    if (!shown.input.path.empty()) throw usage_error("regions set: CAMPAIGN.json goes last, after the states");
    // The last word is the campaign: a state there means it was left out (the sample is not edited).
    if (o.words.size() < 3) {
        throw usage_error("regions set: takes REGION, one or more states and CAMPAIGN.json (the bundled sample "
                          "campaign cannot be changed)");
    }
    const auto& region = o.words.front();
    const auto& path = o.words.back();
    if (path != "-" && path.size() <= 3 && !std::filesystem::exists(path)) {
        throw usage_error("regions set: CAMPAIGN.json is missing after the states (the bundled sample campaign cannot "
                          "be changed)");
    }
    const edit_lock lock(path);  // held until the edit is saved
    auto c = load_campaign(path, o.max_size);
    std::vector<advocacy::state_code> states;
    for (std::size_t i = 1; i + 1 < o.words.size(); ++i) states.push_back(checked_state(c, o.words[i]));
    auto map = without(c.regions(), region);
    try {
        map.add(region, states);
    } catch (const advocacy::error& e) {
        throw advocacy::error(input_name(path) + ": " + e.what());
    }
    set_map(c, std::move(map), path);
    std::string covered;
    for (const auto& state : c.regions().states_of(region)) covered += (covered.empty() ? "" : ", ") + to_string(state);
    save_edit(c, path, out, "region \"" + region + "\" covers " + covered);
}

// ---- regions remove REGION CAMPAIGN.json -----------------------------------------------------

struct remove_options {
    std::string region, path;
    std::uintmax_t max_size = advocacy::default_max_file_size;
};

void run_remove(const remove_options& o, const regions_options& shown, std::ostream& out) {
    if (!shown.input.path.empty()) throw usage_error("regions remove: CAMPAIGN.json goes last, after the region");
    const edit_lock lock(o.path);  // held until the edit is saved
    auto c = load_campaign(o.path, o.max_size);
    if (!c.regions().has_region(o.region)) {
        throw advocacy::error(input_name(o.path) + ": no region \"" + o.region + "\" in the region map; its regions: " +
                              listed(c.regions().regions()));
    }
    set_map(c, without(c.regions(), o.region), o.path);
    save_edit(c, o.path, out, "region \"" + o.region + "\" removed");
}

// ---- regions load FILE.csv CAMPAIGN.json -----------------------------------------------------

struct load_options {
    std::string source, path;
    std::uintmax_t max_size = advocacy::default_max_file_size;
};

/// The fields of one CSV line (RFC 4180: a quoted field may hold commas and doubled quotes), or
/// nullopt when its quotes are not closed.
auto csv_fields(std::string_view line) -> std::optional<std::vector<std::string>> {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch != '"') {
                fields.back() += ch;
            } else if (i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else {
                quoted = false;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            fields.emplace_back();
        } else {
            fields.back() += ch;
        }
    }
    if (quoted) return std::nullopt;
    for (auto& f : fields) {
        const auto first = f.find_first_not_of(" \t");
        f = first == std::string::npos ? std::string() : f.substr(first, f.find_last_not_of(" \t") - first + 1);
    }
    return fields;
}

auto lower(std::string text) -> std::string {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) { return std::tolower(ch); });
    return text;
}

/// The region map of a CSV file of region,state rows (a header row "region,state" allowed, blank
/// lines skipped); a bad row is an error naming the file and its line.
auto read_map(const std::string& text, const std::string& name, const advocacy::campaign& c) -> advocacy::region_map {
    std::map<std::string, std::vector<advocacy::state_code>> regions;
    std::map<advocacy::state_code, std::pair<std::string, std::size_t>> owners;  // state -> region, line
    std::size_t number = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + start, end - start);
        start = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        const auto where = name + ":" + std::to_string(number) + ": ";
        const auto fields = csv_fields(line);
        if (!fields) throw advocacy::error(where + "a quoted field is not closed");
        if (fields->size() != 2) {
            throw advocacy::error(where + "expected two fields, region,state; found " + std::to_string(fields->size()));
        }
        const auto& region = (*fields)[0];
        if (regions.empty() && owners.empty() && lower(region) == "region" && lower((*fields)[1]) == "state") continue;
        if (region.empty()) throw advocacy::error(where + "the region is empty");
        if ((*fields)[1].empty()) throw advocacy::error(where + "the state is empty");
        advocacy::state_code state;
        try {
            state = checked_state(c, (*fields)[1]);
        } catch (const advocacy::error& e) {
            throw advocacy::error(where + e.what());
        }
        const auto [owner, fresh] = owners.try_emplace(state, region, number);
        if (!fresh && owner->second.first != region) {
            throw advocacy::error(where + "\"" + to_string(state) + "\" is already in region \"" + owner->second.first + "\" (line " +
                                  std::to_string(owner->second.second) + "), cannot also be in \"" + region + "\"");
        }
        regions[region].push_back(state);
    }
    advocacy::region_map map;
    for (auto& [region, states] : regions) {
        try {
            map.add(region, std::move(states));
        } catch (const advocacy::error& e) {
            throw advocacy::error(name + ": " + e.what());
        }
    }
    return map;
}

void run_load(const load_options& o, const regions_options& shown, std::ostream& out) {
    if (!shown.input.path.empty()) throw usage_error("regions load: CAMPAIGN.json goes last, after FILE.csv");
    if (o.source == "-" && o.path == "-") {
        throw usage_error("regions load: FILE.csv and CAMPAIGN.json cannot both be standard input");
    }
    const edit_lock lock(o.path);  // held until the edit is saved
    auto c = load_campaign(o.path, o.max_size);
    auto map = read_map(read_input(o.source, o.max_size), input_name(o.source), c);
    std::size_t states = 0;
    for (const auto& region : map.regions()) states += map.states_of(region).size();
    set_map(c, std::move(map), o.path);
    save_edit(c, o.path, out, counted(states, "state", "states") + " from " + input_name(o.source));
}

}  // namespace

void add_regions(command_line& commands) {
    auto o = std::make_shared<regions_options>();
    auto& sub = commands.add(
        "regions", "[--format F] [CAMPAIGN.json] | set REGION ST... CAMPAIGN.json | remove REGION CAMPAIGN.json | "
                   "load FILE.csv CAMPAIGN.json",
        "show or change the region map",
        "Shows the campaign's region map: the states each region covers. With set, remove or load,\n"
        "changes it and saves the campaign file (atomically; with - for CAMPAIGN.json, reads standard\n"
        "input and writes the changed campaign to standard output). A state is checked as --state is,\n"
        "a state is in one region at most, and a region a group or a conference names stays in the map.",
        [o](std::ostream& out) { run_show(*o, out); });
    add_format(sub, o->format);
    add_campaign(sub, o->input);

    auto s = std::make_shared<set_options>();
    auto& set = commands.add(sub, "set", "REGION ST... CAMPAIGN.json", "make REGION cover exactly these states",
                             "Makes REGION cover exactly the states given (a new region, or one whose states are\n"
                             "replaced) and saves CAMPAIGN.json.",
                             [s, o](std::ostream& out) { run_set(*s, *o, out); });
    set.add_option("REGION ST... CAMPAIGN.json", s->words, "the region, its states (any case: mn is MN), the campaign file")
        ->type_name("")
        ->required();
    add_max_size(set, s->max_size);

    auto r = std::make_shared<remove_options>();
    auto& remove = commands.add(sub, "remove", "REGION CAMPAIGN.json", "remove REGION from the map",
                                "Removes REGION from the region map and saves CAMPAIGN.json; refused while a group or a\n"
                                "conference names it.",
                                [r, o](std::ostream& out) { run_remove(*r, *o, out); });
    remove.add_option("REGION", r->region, "the region to remove")->type_name("")->required();
    remove.add_option("CAMPAIGN.json", r->path, "the campaign file (-: standard input, written to standard output)")
        ->type_name("")
        ->required();
    add_max_size(remove, r->max_size);

    auto l = std::make_shared<load_options>();
    auto& load = commands.add(sub, "load", "FILE.csv CAMPAIGN.json", "replace the map with a CSV file's",
                              "Replaces the region map with the one in FILE.csv: rows of region,state (a header row\n"
                              "region,state is allowed; what `regions --format csv` writes), and saves CAMPAIGN.json.",
                              [l, o](std::ostream& out) { run_load(*l, *o, out); });
    load.add_option("FILE.csv", l->source, "region,state rows (-: standard input)")->type_name("")->required();
    load.add_option("CAMPAIGN.json", l->path, "the campaign file (-: standard input, written to standard output)")
        ->type_name("")
        ->required();
    add_max_size(load, l->max_size);
}

}  // namespace advocacy::cli
