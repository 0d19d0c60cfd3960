// SPDX-License-Identifier: MIT
#include "advocacy/campaign.hpp"

#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace advocacy {
namespace {

using detail::quoted;

// "conference \"mw-2015\": region": the object, then the field, as validation_error wants it.
auto field_of(std::string_view kind, std::string_view id, std::string_view field) -> std::string {
    return detail::object_name(kind, id) + ": " + std::string(field);
}

// A conference's or group's region must be one of the map's, unless it or the map is empty.
// `which` names the map in the message: "campaign's" or "new".
void check_region(const region_map& map, std::string_view kind, std::string_view id, const std::string& region,
                  std::string_view which) {
    if (region.empty() || map.empty() || map.has_region(region)) return;
    throw validation_error(field_of(kind, id, "region"),
                           quoted(region) + " is not a region of the " + std::string(which) + " region map");
}

// The region a group belongs to: its own, or else its state's through the map ("" for none).
auto home_region(const group& g, const region_map& map) -> std::string {
    if (!g.region.empty()) return g.region;
    return map.region_of(g.place.state).value_or(std::string());
}

void require_text(const std::string& field, std::string_view value) { detail::check_required_line(field, value); }

// How a plan addresses a group's contact: "Dana Reyes, group coordinator, dana@example.org".
// A letter wants an address, a call a number: the other is only given when the first is missing.
auto contact_phrase(const contact& person, bool prefer_phone) -> std::string {
    std::string out = person.name;
    if (!person.role.empty()) out += ", " + person.role;
    const std::string& first = prefer_phone ? person.phone : person.email;
    const std::string& second = prefer_phone ? person.email : person.phone;
    if (!first.empty()) {
        out += ", " + first;
    } else if (!second.empty()) {
        out += ", " + second;
    }
    return out;
}

auto group_with_contact(const group& g, bool prefer_phone) -> std::string {
    std::string out = to_string(g);
    if (!g.contacts.empty()) {
        out += ": " + contact_phrase(g.contacts.front(), prefer_phone);
    } else if (!g.website.empty()) {
        out += ": " + g.website;
    }
    return out;
}

// "Tue Sep 8, 2015 7:00 pm CDT": local time as a poster writes it, with the zone's abbreviation
// so a reader in another zone is not misled.
auto join(const std::vector<std::string>& parts, std::string_view separator) -> std::string {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i != 0) out += separator;
        out += parts[i];
    }
    return out;
}

// How many meetings of each group a plan lists, and how far ahead it looks for them.
constexpr std::size_t meetings_per_group = 2;
constexpr date::days meeting_horizon{365};

// Whether `x` comes before `y` in the order conferences are listed: by dates, then name, then id.
auto listed_before(const conference& x, const conference& y) -> bool {
    return std::tie(x.dates, x.name, x.id) < std::tie(y.dates, y.name, y.id);
}

// A step aimed at local groups when there are none: says so, and whom to ask.
auto no_group_instruction(const action& a, const std::string& state_text, const std::string& organization)
    -> std::string {
    if (!a.target.id.empty()) return "The group " + quoted(a.target.id) + " is not listed in this campaign";
    const std::string ask = organization.empty() ? std::string("ask the campaign's organizers for the nearest one")
                                                 : "ask " + organization + " for the nearest one";
    // A supporter whose state is not known (a list's row without one) is told so, not "in ;".
    return state_text.empty() ? "Without your state no local group can be named; " + ask
                              : "No local group is listed in " + state_text + "; " + ask;
}

// "; or one of 1,997 more groups in CA": the groups a step reaches and does not name.
auto more_groups(std::size_t count, std::string_view where) -> std::string {
    if (count == 0) return {};
    std::string number = std::to_string(count);  // 1,997: as people write counts
    for (auto at = number.size(); at > 3; at -= 3) number.insert(at - 3, 1, ',');
    return "; or one of " + number + (count == 1 ? " more group in " : " more groups in ") + std::string(where);
}

// A letter, email or call step: each group with its first contact ("Write to A: ...; or B: ...").
void contact_step(plan_step& step, const char* verb, const std::vector<std::shared_ptr<const group>>& named,
                  bool phone) {
    std::vector<std::string> parts;
    for (const auto& g : named) {
        parts.push_back(group_with_contact(*g, phone));
        step.groups.push_back(*g);
    }
    step.instruction = verb + join(parts, "; or ");
}

// A meeting step: each group's next meetings on `days` (meetings_per_group at most), all of them
// in time order in step.meetings.
void meeting_step(plan_step& step, const std::vector<std::shared_ptr<const group>>& named, const date_range& days) {
    std::vector<std::string> parts;
    for (const auto& g : named) {
        step.groups.push_back(*g);
        std::string part = g->name;
        if (!g->meetings) {
            part += g->contacts.empty() ? " (no meeting schedule is listed)"
                                        : " (ask " + g->contacts.front().name + " when it meets)";
            parts.push_back(std::move(part));
            continue;
        }
        auto times = g->meetings->occurrences(days);
        if (times.size() > meetings_per_group) times.resize(meetings_per_group);
        std::vector<std::string> when;
        for (auto& t : times) {
            when.push_back(to_string(t));
            step.meetings.push_back(group_meeting{g, std::move(t)});
        }
        part += when.empty() ? " (no meeting is scheduled in the coming year)" : ": " + join(when, " or ");
        parts.push_back(std::move(part));
    }
    std::stable_sort(step.meetings.begin(), step.meetings.end(), [](const group_meeting& x, const group_meeting& y) {
        return x.time.start.get_sys_time() < y.time.start.get_sys_time();
    });
    step.instruction = "Attend a meeting of " + join(parts, "; or of ");
}

// The conference an attend-conference action sends a supporter in `state` to: the region's next
// (conference_for); when the action names its conferences, the first, in date order, of the
// named ones that serve the state's region (without a map: that are held in the state) and have
// not ended: O(r log n), r the conferences the action names.
auto conference_to_attend(const campaign& c, const action& a, state_code state, date::sys_days today)
    -> std::optional<conference> {
    auto next = c.conference_for(state, today);
    if (!next || a.related_conferences.empty() ||
        std::find(a.related_conferences.begin(), a.related_conferences.end(), next->id) != a.related_conferences.end()) {
        return next;
    }
    const auto region = c.regions().region_of(state);
    const auto serves = [&](const conference& x) {
        return c.regions().empty() ? x.place.state == state : region && x.region == *region;
    };
    const conference* best = nullptr;
    for (const auto& id : a.related_conferences) {
        const auto* x = c.find_conference(id);
        if (x == nullptr || !serves(*x) || x->dates.last() < today) continue;
        if (best == nullptr || listed_before(*x, *best)) {
            best = x;
        }
    }
    if (best == nullptr) return std::nullopt;
    return *best;
}

// The id of the object at a position of one of the campaign's lists, for detail::id_index.
template <class T>
auto id_at(const std::vector<T>& list, std::size_t i) -> std::string_view {
    return list[i].id;
}
template <class T>
auto id_at(const std::vector<std::shared_ptr<const T>>& list, std::size_t i) -> std::string_view {
    return list[i]->id;
}
template <class List>
auto ids_of(const List& list) {
    return [&list](std::size_t i) { return id_at(list, i); };
}

// How many groups ahead next_meetings asks for a group's memory: the groups lie scattered, and
// asking early lets those fetches overlap the work on the groups before.
constexpr std::size_t fetch_ahead = 8;

// Asks for the cache lines next_meetings reads of a group: its whole schedule (the rule at the
// start, the zone and the lists of exceptions further on, whether there is one at the end) and,
// just before a make_shared object, its reference count.
void prefetch_schedule(const group& g) noexcept {
    const auto* schedule = reinterpret_cast<const char*>(&g.meetings);
    for (std::size_t offset = 0; offset < sizeof(g.meetings); offset += 64) __builtin_prefetch(schedule + offset);
    __builtin_prefetch(reinterpret_cast<const char*>(&g) - 16, 1);
}

// A position in a list and the instant (seconds since the epoch) of what is there.
struct timed_position {
    std::int64_t time = 0;
    std::size_t position = 0;
};

// Sorts by time, keeping the order of positions among equal times: a least-significant-digit
// radix sort over the times' span (11 bits a pass: two passes for a month of meetings, three
// for a decade), which costs a few nanoseconds per key however many there are; short lists use
// std::stable_sort.
void sort_by_time(std::vector<timed_position>& keys) {
    if (keys.size() < 512) {
        std::stable_sort(keys.begin(), keys.end(),
                         [](const timed_position& a, const timed_position& b) { return a.time < b.time; });
        return;
    }
    const auto [low, high] = std::minmax_element(keys.begin(), keys.end(),
                                                 [](const auto& a, const auto& b) { return a.time < b.time; });
    const std::int64_t base = low->time;
    const auto span = static_cast<std::uint64_t>(high->time) - static_cast<std::uint64_t>(base);
    constexpr unsigned bits = 11;
    constexpr std::size_t buckets = std::size_t{1} << bits;
    std::vector<timed_position> other(keys.size());
    std::vector<std::size_t> count(buckets);
    for (unsigned shift = 0; shift < 64 && (span >> shift) != 0; shift += bits) {
        const auto digit = [&](const timed_position& k) {
            return static_cast<std::size_t>(((static_cast<std::uint64_t>(k.time) - static_cast<std::uint64_t>(base)) >> shift) &
                                            (buckets - 1));
        };
        std::fill(count.begin(), count.end(), 0);
        for (const auto& k : keys) ++count[digit(k)];
        std::size_t sum = 0;
        for (auto& c : count) sum += std::exchange(c, sum);
        for (const auto& k : keys) other[count[digit(k)]++] = k;
        keys.swap(other);
    }
}

}  // namespace

campaign::campaign(std::string id, std::string title) : id_(std::move(id)), title_(std::move(title)) {
    // The id becomes a file name, an iCalendar UID prefix and a JSON key: an id, not free text.
    detail::check_id("campaign: id", id_);
    require_text("campaign: title", title_);
}

void campaign::add_milestone(milestone m) {
    require_text("milestone " + date::format("%F", m.day) + ": title", m.title);
    if (!detail::in_years(m.day)) throw validation_error("milestone: day", date::format("%F", m.day) + " is outside the years 1000 to 9999");
    // upper_bound: milestones of the same day stay in the order they were added.
    const auto at = std::upper_bound(milestones_.begin(), milestones_.end(), m.day,
                                     [](date::sys_days day, const milestone& x) { return day < x.day; });
    milestones_.insert(at, std::move(m));
}

void campaign::check_action(const action& a) const {
    for (std::size_t i = 0; i < a.related_conferences.size(); ++i) {
        if (!conference_by_id_.contains(a.related_conferences[i], ids_of(conferences_))) {
            throw validation_error(field_of("action", a.id, "related_conferences[" + std::to_string(i) + "]"),
                                   "no conference " + quoted(a.related_conferences[i]) +
                                       " in the campaign (add the conference first)");
        }
    }
}

void campaign::check_conference(const conference& c) const {
    check_region(regions_, "conference", c.id, c.region, "campaign's");
}

void campaign::check_group(const group& g) const {
    check_region(regions_, "group", g.id, g.region, "campaign's");
}

void campaign::add_action(action a) {
    validate(a);
    if (action_by_id_.contains(a.id, ids_of(actions_))) {
        throw validation_error(field_of("action", a.id, "id"), "already used by another action");
    }
    check_action(a);
    action_by_id_.reserve(actions_.size() + 1);  // so the insert below cannot fail
    actions_.push_back(std::move(a));
    action_by_id_.insert(actions_.back().id, actions_.size() - 1);
}

void campaign::add_conference(conference c) {
    validate(c);
    if (conference_by_id_.contains(c.id, ids_of(conferences_))) {
        throw validation_error(field_of("conference", c.id, "id"), "already used by another conference");
    }
    check_conference(c);
    const std::size_t index = conferences_.size();
    conference_by_id_.reserve(index + 1);  // so the insert below cannot fail
    conferences_.push_back(std::move(c));
    try {
        index_conference(index);
    } catch (...) {
        // Only allocation can fail here; leave the campaign as it was.
        conferences_.pop_back();
        throw;
    }
    conference_by_id_.insert(conferences_.back().id, index);
}

void campaign::add_group(group g) {
    validate(g);
    if (group_by_id_.contains(g.id, ids_of(groups_))) {
        throw validation_error(field_of("group", g.id, "id"), "already used by another group");
    }
    check_group(g);
    const std::size_t index = groups_.size();
    group_by_id_.reserve(index + 1);  // so the insert below cannot fail
    groups_.push_back(std::make_shared<const group>(std::move(g)));
    try {
        index_group_place(index);
    } catch (...) {
        // Only allocation can fail here; leave the campaign as it was.
        unindex_groups_from(index);
        groups_.pop_back();
        throw;
    }
    group_by_id_.insert(groups_.back()->id, index);
}

void campaign::index_group_place(std::size_t index) {
    const auto& g = *groups_[index];
    groups_by_state_[g.place.state].push_back(index);
    if (auto home = home_region(g, regions_); !home.empty()) groups_by_region_[std::move(home)].push_back(index);
}

// Index lists grow in add order, so the groups from `first` on are each list's tail (an empty
// entry left behind is harmless).
void campaign::unindex_groups_from(std::size_t first) noexcept {
    const auto drop = [first](auto& index_map) {
        for (auto& [key, list] : index_map) {
            while (!list.empty() && list.back() >= first) list.pop_back();
        }
    };
    drop(groups_by_state_);
    drop(groups_by_region_);
}

void campaign::set_regions(region_map map) {
    for (const auto& c : conferences_) check_region(map, "conference", c.id, c.region, "new");
    for (const auto& g : groups_) check_region(map, "group", g->id, g->region, "new");
    // Groups without a region of their own belong to their state's: index them by the new map.
    decltype(groups_by_region_) by_region;
    for (std::size_t i = 0; i < groups_.size(); ++i) {
        if (auto home = home_region(*groups_[i], map); !home.empty()) by_region[std::move(home)].push_back(i);
    }
    regions_ = std::move(map);
    groups_by_region_ = std::move(by_region);
}

// Replacing or removing rebuilds the indexes of one kind on a copy of the campaign, then moves the
// copy in: a throw anywhere leaves *this as it was, and the indexes are exactly those a campaign
// built afresh would have. O(n log n) per call; campaigns hold thousands of objects at most.
template <class Change>
void campaign::change_copy(Change&& change) {
    static_assert(std::is_nothrow_move_assignable_v<campaign>);
    campaign next(*this);
    change(next);
    *this = std::move(next);
}

auto campaign::conference_index(std::string_view id) const -> std::size_t {
    const auto found = conference_by_id_.find(id, ids_of(conferences_));
    if (!found) throw validation_error(field_of("conference", id, "id"), "no such conference in the campaign");
    return *found;
}

auto campaign::group_index(std::string_view id) const -> std::size_t {
    const auto found = group_by_id_.find(id, ids_of(groups_));
    if (!found) throw validation_error(field_of("group", id, "id"), "no such group in the campaign");
    return *found;
}

auto campaign::action_index(std::string_view id) const -> std::size_t {
    const auto found = action_by_id_.find(id, ids_of(actions_));
    if (!found) throw validation_error(field_of("action", id, "id"), "no such action in the campaign");
    return *found;
}

void campaign::replace_conference(conference c) {
    const std::size_t index = conference_index(c.id);
    validate(c);
    check_conference(c);
    change_copy([&](campaign& next) {
        next.conferences_[index] = std::move(c);
        next.reindex_conferences();
    });
}

void campaign::remove_conference(std::string_view id) {
    const std::size_t index = conference_index(id);
    for (const auto& a : actions_) {
        const auto& related = a.related_conferences;
        const auto at = std::find(related.begin(), related.end(), id);
        if (at == related.end()) continue;
        throw validation_error(
            field_of("action", a.id, "related_conferences[" + std::to_string(at - related.begin()) + "]"),
            "still relates to conference " + quoted(id) + ": replace or remove the action first");
    }
    change_copy([&](campaign& next) {
        next.conferences_.erase(next.conferences_.begin() + static_cast<std::ptrdiff_t>(index));
        next.reindex_conferences();
    });
}

void campaign::replace_group(group g) {
    const std::size_t index = group_index(g.id);
    validate(g);
    check_group(g);
    change_copy([&](campaign& next) {
        next.groups_[index] = std::make_shared<const group>(std::move(g));
        next.reindex_groups();
    });
}

void campaign::remove_group(std::string_view id) {
    const std::size_t index = group_index(id);
    change_copy([&](campaign& next) {
        next.groups_.erase(next.groups_.begin() + static_cast<std::ptrdiff_t>(index));
        next.reindex_groups();
    });
}

void campaign::replace_action(action a) {
    const std::size_t index = action_index(a.id);
    validate(a);
    check_action(a);
    change_copy([&](campaign& next) {
        next.actions_[index] = std::move(a);
        next.reindex_actions();
    });
}

void campaign::remove_action(std::string_view id) {
    const std::size_t index = action_index(id);
    change_copy([&](campaign& next) {
        next.actions_.erase(next.actions_.begin() + static_cast<std::ptrdiff_t>(index));
        next.reindex_actions();
    });
}

// Indexing every conference afresh gives the indexes the adds gave: the date buckets are sorted,
// and the staircase holds exactly the conferences no other one dominates, whatever the order of
// the adds. O(n log n).
void campaign::reindex_conferences() {
    conference_by_id_.clear();
    conference_by_id_.reserve(conferences_.size());
    conference_indexes_ = {};
    for (std::size_t i = 0; i < conferences_.size(); ++i) conference_by_id_.insert(conferences_[i].id, i);
    index_in_date_order(0);
}

void campaign::reindex_groups() {
    group_by_id_.clear();
    group_by_id_.reserve(groups_.size());
    groups_by_state_.clear();
    groups_by_region_.clear();
    for (std::size_t i = 0; i < groups_.size(); ++i) {
        group_by_id_.insert(groups_[i]->id, i);
        index_group_place(i);
    }
}

void campaign::reindex_actions() {
    action_by_id_.clear();
    action_by_id_.reserve(actions_.size());
    for (std::size_t i = 0; i < actions_.size(); ++i) action_by_id_.insert(actions_[i].id, i);
}

auto campaign::date_less(std::size_t a, std::size_t b) const -> bool {
    return listed_before(conferences_[a], conferences_[b]);
}

// Iterators to where the last conference went in each tree: conferences indexed in date order
// go in at or just after them, which std::map's hinted inserts take in O(1) amortized, touching
// the nodes just made instead of a path from the root far away in memory.
struct campaign::index_hints {
    date_index::iterator by_date;
    std::multimap<date::sys_days, std::size_t>::iterator by_last;
    std::unordered_map<const region_conferences*, date_index::iterator> by_region;

    auto in(region_conferences& region) -> date_index::iterator& {
        return by_region.try_emplace(&region, region.by_date.end()).first->second;
    }
};

void campaign::index_in_date_order(std::size_t first) {
    // Sorted by the dates alone first, in a compact array; names and ids break ties.
    struct key {
        date_range dates;
        std::size_t index;
    };
    std::vector<key> order;
    order.reserve(conferences_.size() - first);
    for (std::size_t i = first; i < conferences_.size(); ++i) order.push_back({conferences_[i].dates, i});
    std::sort(order.begin(), order.end(), [this](const key& a, const key& b) {
        return a.dates != b.dates ? a.dates < b.dates : date_less(a.index, b.index);
    });
    auto& indexes = writable_indexes();  // cloned, when shared, before a hint points into it
    index_hints hints{.by_date = indexes.by_date.end(), .by_last = indexes.by_last.end(), .by_region = {}};
    for (const key& k : order) index_conference(k.index, &hints);
}

// O(log n) per conference (each index is a balanced tree), plus the conferences sharing its dates.
void campaign::index_conference(std::size_t index, index_hints* hints) {
    // On a throw (allocation) the steps done are undone, so add_conference's rollback holds (an
    // empty region entry left behind is harmless); a batch drops its hints with the indexes.
    const auto& c = conferences_[index];
    auto& indexes = writable_indexes();
    auto& region = indexes.by_region[c.region];
    auto& held_in = indexes.next_by_state[c.place.state];
    int done = 0;
    auto by_last = indexes.by_last.end();
    try {
        insert_by_date(indexes.by_date, index, hints != nullptr ? &hints->by_date : nullptr);
        ++done;
        insert_by_date(region.by_date, index, hints != nullptr ? &hints->in(region) : nullptr);
        ++done;
        if (hints != nullptr) {
            by_last = hints->by_last = indexes.by_last.emplace_hint(hints->by_last, c.dates.last(), index);
        } else {
            by_last = indexes.by_last.emplace(c.dates.last(), index);
        }
        ++done;
        auto region_step = next_step_for(region.next, index);
        auto state_step = next_step_for(held_in, index);
        insert_next(region.next, index, region_step);
        insert_next(held_in, index, state_step);
    } catch (...) {
        if (done > 2) indexes.by_last.erase(by_last);
        if (done > 1) erase_by_date(region.by_date, index);
        if (done > 0) erase_by_date(indexes.by_date, index);
        throw;
    }
}

// With a hint (see index_hints), the map's insert starts there and the hint moves to the new entry.
void campaign::insert_by_date(date_index& index, std::size_t conference, date_index::iterator* hint) const {
    const auto& dates = conferences_[conference].dates;
    const auto entry = hint != nullptr ? index.try_emplace(*hint, dates) : index.try_emplace(dates).first;
    auto& bucket = entry->second;
    auto at = bucket.end();  // a conference later than the bucket's last, as in date order
    if (!bucket.empty() && date_less(conference, bucket.back())) {
        at = std::upper_bound(bucket.begin(), bucket.end(), conference,
                              [this](std::size_t a, std::size_t b) { return date_less(a, b); });
    }
    try {
        bucket.insert(at, conference);
    } catch (...) {
        if (bucket.empty()) index.erase(entry);
        throw;
    }
    if (hint != nullptr) *hint = entry;
}

void campaign::erase_by_date(date_index& index, std::size_t conference) const noexcept {
    const auto it = index.find(conferences_[conference].dates);
    if (it == index.end()) return;
    auto& bucket = it->second;
    bucket.erase(std::remove(bucket.begin(), bucket.end(), conference), bucket.end());
    if (bucket.empty()) index.erase(it);
}

// The staircase of a region (see campaign.hpp): entries ascending by last day and by date order.
// A new conference is left out when the first entry ending no earlier comes before it; otherwise it
// goes in and pushes out the entries just before it that end earlier but come after it in date
// order. Each conference goes out at most once: O(log n) amortized, and O(1) amortized for a
// conference ending after every entry, as most do when indexed in date order.
auto campaign::next_step_for(staircase& next, std::size_t conference) const -> next_step {
    const auto last = conferences_[conference].dates.last();
    const auto at = next.empty() || std::prev(next.end())->first < last ? next.end() : next.lower_bound(last);
    if (at != next.end() && date_less(at->second, conference)) return {.at = at, .entry = {}, .left_out = true};
    if (at != next.end() && at->first == last) return {.at = at, .entry = {}, .left_out = false};
    staircase one;
    one.emplace(last, conference);
    return {.at = at, .entry = one.extract(one.begin()), .left_out = false};
}

// Cannot throw: the one allocation it may need is the step's entry, made beforehand.
void campaign::insert_next(staircase& next, std::size_t conference, next_step& step) const noexcept {
    if (step.left_out) return;
    auto at = step.at;
    if (step.entry.empty()) {
        at->second = conference;  // in place of the entry ending the same day, which comes after it
    } else {
        at = next.insert(at, std::move(step.entry));
    }
    while (at != next.begin()) {
        const auto before = std::prev(at);
        if (!date_less(conference, before->second)) break;
        next.erase(before);
    }
}

auto campaign::indexes() const noexcept -> const conference_indexes& { return conference_indexes_.get(); }

// Copy on write: a campaign whose indexes no copy shares changes them in place. Cloning can only
// throw before anything changed.
auto campaign::writable_indexes() -> conference_indexes& { return conference_indexes_.edit(); }

auto campaign::in_date_order() const -> std::vector<std::size_t> {
    std::vector<std::size_t> out;
    out.reserve(conferences_.size());
    for (const auto& [dates, bucket] : indexes().by_date) out.insert(out.end(), bucket.begin(), bucket.end());
    return out;
}

auto campaign::groups() const -> std::vector<group> {
    std::vector<group> out;
    out.reserve(groups_.size());
    for (const auto& g : groups_) out.push_back(*g);
    return out;
}

auto campaign::find_conference(std::string_view id) const -> const conference* {
    const auto found = conference_by_id_.find(id, ids_of(conferences_));
    return found ? &conferences_[*found] : nullptr;
}

auto campaign::find_group(std::string_view id) const -> const group* {
    const auto found = group_by_id_.find(id, ids_of(groups_));
    return found ? groups_[*found].get() : nullptr;
}

auto campaign::find_action(std::string_view id) const -> const action* {
    const auto found = action_by_id_.find(id, ids_of(actions_));
    return found ? &actions_[*found] : nullptr;
}

auto campaign::upcoming_conferences(date::sys_days day) const -> std::vector<conference> {
    // The answer is the conferences ending on or after `day` (a range of the index by last day):
    // first those already under way, which began before it, then, in order, every conference
    // beginning on or after it (a range of the date index). O(log n + k), plus sorting the
    // ones under way.
    std::vector<std::size_t> running;
    std::size_t count = 0;
    const auto& by_last = indexes().by_last;
    const auto& by_date = indexes().by_date;
    for (auto it = by_last.lower_bound(day); it != by_last.end(); ++it, ++count) {
        if (conferences_[it->second].dates.first() < day) running.push_back(it->second);
    }
    std::sort(running.begin(), running.end(), [this](std::size_t a, std::size_t b) { return date_less(a, b); });
    std::vector<conference> out;
    out.reserve(count);
    for (const std::size_t i : running) out.push_back(conferences_[i]);
    for (auto it = by_date.lower_bound(date_range(day)); it != by_date.end(); ++it) {
        for (const std::size_t i : it->second) out.push_back(conferences_[i]);
    }
    return out;
}

auto campaign::conferences_in(std::string_view region) const -> std::vector<conference> {
    std::vector<conference> out;
    const auto it = indexes().by_region.find(region);
    if (it == indexes().by_region.end()) return out;
    for (const auto& [dates, bucket] : it->second.by_date) {
        for (const std::size_t i : bucket) out.push_back(conferences_[i]);
    }
    return out;
}

auto campaign::conference_for(state_code state, date::sys_days day) const -> std::optional<conference> {
    const std::map<date::sys_days, std::size_t>* staircase = nullptr;
    if (regions_.empty()) {
        // No region map: the conferences held in the state itself.
        const auto it = indexes().next_by_state.find(state);
        if (it == indexes().next_by_state.end()) return std::nullopt;
        staircase = &it->second;
    } else {
        const auto region = regions_.region_of(state);
        if (!region) return std::nullopt;
        const auto it = indexes().by_region.find(*region);
        if (it == indexes().by_region.end()) return std::nullopt;
        staircase = &it->second.next;
    }
    const auto next = staircase->lower_bound(day);
    if (next == staircase->end()) return std::nullopt;
    return conferences_[next->second];
}

auto campaign::conflicts() const -> std::vector<std::pair<conference, conference>> {
    std::vector<std::pair<conference, conference>> out;
    const auto order = in_date_order();
    // Sorted by first day, a conference overlaps exactly the later ones that begin before it ends.
    for (std::size_t a = 0; a < order.size(); ++a) {
        const auto& x = conferences_[order[a]];
        for (std::size_t b = a + 1; b < order.size(); ++b) {
            const auto& y = conferences_[order[b]];
            if (y.dates.first() > x.dates.last()) break;
            out.emplace_back(x, y);
        }
    }
    return out;
}

auto campaign::groups_in(state_code state) const -> std::vector<group> {
    std::vector<group> out;
    const auto it = groups_by_state_.find(state);
    if (it == groups_by_state_.end()) return out;
    out.reserve(it->second.size());
    for (const std::size_t i : it->second) out.push_back(*groups_[i]);
    return out;
}

auto campaign::groups_in_region(std::string_view region) const -> std::vector<group> {
    // groups_by_region_ files each group under its own region, or else its state's.
    std::vector<group> out;
    const auto it = groups_by_region_.find(region);
    if (it == groups_by_region_.end()) return out;
    out.reserve(it->second.size());
    for (const std::size_t i : it->second) out.push_back(*groups_[i]);
    return out;
}

auto campaign::next_meetings(const date_range& days) const -> std::vector<group_meeting> {
    // Every schedule is expanded, group after group in the order they were added, and each
    // meeting noted as a 16-byte key (its start, its group). A stable radix sort of the keys gives
    // the time order, ties in the order of the groups; the answer is then built in that order,
    // each meeting from its key and its group's schedule. The cost per meeting does not grow
    // with the number of groups, and nothing but the keys is held besides the answer (fresh
    // memory is slow to touch on some machines).
    std::vector<meeting_time> times;  // one group's meetings at a time
    std::vector<timed_position> order;
    for (std::size_t at = 0; at < groups_.size(); ++at) {
        if (at + fetch_ahead < groups_.size()) prefetch_schedule(*groups_[at + fetch_ahead]);
        const auto& g = *groups_[at];
        if (!g.meetings) continue;
        times.clear();
        g.meetings->append_occurrences(days, times);
        for (const auto& t : times) order.push_back(timed_position{t.start.get_sys_time().time_since_epoch().count(), at});
    }
    sort_by_time(order);
    std::vector<group_meeting> out;
    out.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i + fetch_ahead < order.size()) prefetch_schedule(*groups_[order[i + fetch_ahead].position]);
        const auto& host = groups_[order[i].position];
        const auto& schedule = *host->meetings;
        const date::sys_seconds start{std::chrono::seconds{order[i].time}};
        out.push_back(group_meeting{host, meeting_time{meeting_time::checked_t{}, {schedule.zone(), start},
                                                       {schedule.zone(), start + schedule.duration()}}});
    }
    return out;
}

auto campaign::plan(state_code state, date::sys_days today) const -> std::vector<plan_step> {
    return plan(plan_for{.state = state}, today);
}

auto campaign::plan_targets_for(const action& a, const plan_for& who) const -> plan_targets {
    plan_targets out;
    const auto take = [&](std::size_t i) {
        if (out.named.size() < plan_groups_named) {
            out.named.push_back(groups_[i]);
        } else {
            ++out.others;
        }
    };
    const auto by_id = [&](std::string_view id) {
        const auto found = group_by_id_.find(id, ids_of(groups_));
        if (found) take(*found);
        return found.has_value();
    };
    if (!a.target.id.empty()) {
        by_id(a.target.id);
        return out;
    }
    if (!who.preferred_group.empty() && by_id(who.preferred_group)) return out;
    const auto it = groups_by_state_.find(who.state);
    if (it == groups_by_state_.end()) return out;
    out.where = to_string(who.state);
    if (const auto locality = detail::trim(who.locality); !locality.empty()) {
        for (const std::size_t i : it->second) {
            if (detail::equal_ignoring_case(detail::trim(groups_[i]->place.locality), locality)) take(i);
        }
        if (!out.named.empty()) {
            out.where = std::string(locality) + ", " + out.where;
            return out;
        }
    }
    for (const std::size_t i : it->second) take(i);
    return out;
}

auto campaign::plan(const plan_for& who, date::sys_days today) const -> std::vector<plan_step> {
    std::vector<plan_step> steps;
    const std::string state_text = to_string(who.state);
    for (const auto& a : actions_) {
        if (a.window && a.window->last() < today) continue;
        plan_step step{.action_id = a.id, .kind = a.kind, .title = a.title, .instruction = {}, .groups = {},
                       .meetings = {}, .event = std::nullopt};
        switch (a.kind) {
        case action_kind::letter:
        case action_kind::email:
        case action_kind::call: {
            const bool phone = a.kind == action_kind::call;
            const char* verb = a.kind == action_kind::letter ? "Write to " : phone ? "Call " : "Email ";
            if (a.target.kind != target_kind::group) {
                step.instruction = verb + (a.target.name.empty() ? a.title : a.target.name);
                break;
            }
            const auto targets = plan_targets_for(a, who);
            if (targets.named.empty()) {
                step.instruction = no_group_instruction(a, state_text, organization_);
                break;
            }
            contact_step(step, verb, targets.named, phone);
            step.instruction += more_groups(targets.others, targets.where);
            break;
        }
        case action_kind::attend_meeting: {
            const auto targets = plan_targets_for(a, who);
            if (targets.named.empty()) {
                step.instruction = no_group_instruction(a, state_text, organization_);
                break;
            }
            const date::sys_days from = a.window ? std::max(today, a.window->first()) : today;
            date::sys_days to = from + meeting_horizon;
            if (a.window) to = std::min(to, a.window->last());
            meeting_step(step, targets.named, date_range(from, to));
            step.instruction += more_groups(targets.others, targets.where);
            break;
        }
        case action_kind::attend_conference: {
            auto next = conference_to_attend(*this, a, who.state, today);
            if (!next || (a.window && !a.window->overlaps(next->dates))) continue;  // nothing left to attend
            step.instruction = "Register for the " + to_string(*next);
            if (!next->registration_url.empty()) step.instruction += ": " + next->registration_url;
            if (regions_.empty()) step.instruction += " (the campaign has no region map: conferences held in " + state_text + ")";
            step.event = std::move(next);
            break;
        }
        case action_kind::petition:
        case action_kind::other:
            step.instruction = a.title;
            if (!a.target.name.empty()) step.instruction += " (" + a.target.name + ")";
            break;
        }
        steps.push_back(std::move(step));
    }
    return steps;
}

// Batch adds ------------------------------------------------------------------------------------
// Every object of a batch is validated, and its id checked against the campaign and the batch's
// earlier objects, before the campaign changes; then all are appended and indexed. A failed
// allocation undoes the batch: the campaign is left as it was.

namespace {

// Runs `check` on batch item `position`, prefixing a validation_error's field with it:
// "groups[17]: group \"g\": id".
template <class Check>
void check_at(std::string_view list, std::size_t position, Check&& check) {
    try {
        check();
    } catch (const validation_error& e) {
        throw validation_error(std::string(list) + "[" + std::to_string(position) + "]: " + e.field(), e.reason());
    }
}

// Refuses an object of a batch whose id is taken: by the campaign (its index `taken`, whose ids
// `taken_ids(position)` gives), or by an earlier object of the batch.
template <class TakenIds>
class batch_ids {
public:
    batch_ids(std::string_view list, std::string_view kind, const detail::id_index& taken, TakenIds taken_ids,
              std::size_t size)
        : list_(list), kind_(kind), taken_(taken), taken_ids_(std::move(taken_ids)) {
        seen_.reserve(size);
    }

    // Object `i` has `id`; `earlier(k)` gives the id of the batch's object k < i. Returns the id's
    // hash (id_index::hash_of), which the campaign's index takes too.
    template <class IdOf>
    auto check(std::size_t i, std::string_view id, const IdOf& earlier) -> std::uint32_t {
        const auto hash = detail::id_index::hash_of(id);
        std::string reason;
        if (taken_.find_hashed(hash, id, taken_ids_)) {
            reason = "already used by another " + std::string(kind_);
        } else if (const auto found = seen_.find_hashed(hash, id, earlier)) {
            reason = "used by " + std::string(list_) + "[" + std::to_string(*found) + "]";
        } else {
            seen_.insert_hashed(hash, i);
            return hash;
        }
        throw validation_error(std::string(list_) + "[" + std::to_string(i) + "]: " + field_of(kind_, id, "id"), reason);
    }

private:
    std::string_view list_;
    std::string_view kind_;
    const detail::id_index& taken_;
    TakenIds taken_ids_;
    detail::id_index seen_;
};

}  // namespace

// The batch stays where it is, one block for all its groups: each is shared through a pointer
// into the block (no group moved, one allocation and one count instead of one per group). A
// vector grown by push_back may hold twice the room it needs: that is given back first.
void campaign::add_groups(std::vector<group> batch) {
    if (batch.capacity() - batch.size() > batch.size() / 8) batch.shrink_to_fit();
    const auto block = std::make_shared<const std::vector<group>>(std::move(batch));
    std::vector<std::shared_ptr<const group>> shared;
    shared.reserve(block->size());
    for (const group& g : *block) shared.emplace_back(block, &g);
    add_groups(std::move(shared));
}

// One pass: each group is checked (itself, against the campaign, its id against the campaign's
// and the batch's earlier ones) and indexed while its memory is in the cache, where separate
// passes met it cold each time; a bad one undoes the groups before it. Only the id index waits
// for the end, filled from the hashes kept, so that nothing needs taking out of it.
void campaign::add_groups(std::vector<std::shared_ptr<const group>> batch) {
    const std::size_t old_size = groups_.size();
    groups_.reserve(old_size + batch.size());
    group_by_id_.reserve(old_size + batch.size());  // so the inserts at the end cannot fail
    std::vector<std::uint32_t> hashes;
    hashes.reserve(batch.size());
    batch_ids ids("groups", "group", group_by_id_, ids_of(groups_), batch.size());
    const auto earlier = [this, old_size](std::size_t k) -> std::string_view { return groups_[old_size + k]->id; };
    try {
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (!batch[i]) throw validation_error("groups[" + std::to_string(i) + "]", "null");
            const group& g = *batch[i];
            check_at("groups", i, [&] {
                validate(g);
                check_group(g);
            });
            hashes.push_back(ids.check(i, g.id, earlier));
            groups_.push_back(std::move(batch[i]));
            index_group_place(groups_.size() - 1);
        }
    } catch (...) {
        unindex_groups_from(old_size);
        groups_.resize(old_size);
        throw;
    }
    for (std::size_t i = 0; i < hashes.size(); ++i) group_by_id_.insert_hashed(hashes[i], old_size + i);
}

void campaign::add_conferences(std::vector<conference> batch) {
    for (std::size_t i = 0; i < batch.size(); ++i) {
        check_at("conferences", i, [&] {
            validate(batch[i]);
            check_conference(batch[i]);
        });
    }
    batch_ids ids("conferences", "conference", conference_by_id_, ids_of(conferences_), batch.size());
    const auto earlier = [&batch](std::size_t k) -> std::string_view { return batch[k].id; };
    for (std::size_t i = 0; i < batch.size(); ++i) ids.check(i, batch[i].id, earlier);
    const std::size_t old_size = conferences_.size();
    if (old_size != 0) conferences_.reserve(old_size + batch.size());  // an empty campaign takes `batch` whole
    conference_by_id_.reserve(old_size + batch.size());  // so the inserts at the end cannot fail
    // Held so that indexing clones the indexes (once) instead of changing them in place: a throw
    // puts this copy back.
    auto before = conference_indexes_;
    try {
        if (conferences_.empty()) {
            conferences_ = std::move(batch);  // no second copy of a loader's whole list
        } else {
            for (auto& c : batch) conferences_.push_back(std::move(c));
        }
        index_in_date_order(old_size);
    } catch (...) {
        conferences_.erase(conferences_.begin() + static_cast<std::ptrdiff_t>(old_size), conferences_.end());
        conference_indexes_ = std::move(before);
        throw;
    }
    for (std::size_t i = old_size; i < conferences_.size(); ++i) conference_by_id_.insert(conferences_[i].id, i);
}

auto campaign::group_snapshot() const -> std::vector<std::shared_ptr<const group>> { return groups_; }

bool operator==(const campaign& a, const campaign& b) {
    if (a.id_ != b.id_ || a.title_ != b.title_ || a.summary_ != b.summary_ || a.organization_ != b.organization_ ||
        a.milestones_ != b.milestones_ || a.actions_ != b.actions_ || a.conferences_ != b.conferences_ ||
        a.regions_ != b.regions_ || a.groups_.size() != b.groups_.size()) {
        return false;
    }
    return std::equal(a.groups_.begin(), a.groups_.end(), b.groups_.begin(),
                      [](const auto& x, const auto& y) { return x == y || *x == *y; });
}

}  // namespace advocacy
