// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A campaign: its actions, conferences, groups and regions, and the questions organizers and
/// supporters ask of it.

#include "advocacy/action.hpp"
#include "advocacy/conference.hpp"
#include "advocacy/date_range.hpp"
#include "advocacy/group.hpp"
#include "advocacy/meeting_schedule.hpp"
#include "advocacy/region_map.hpp"
#include "advocacy/detail/id_index.hpp"
#include "advocacy/detail/shared_value.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace advocacy {

/// A dated key event of a campaign ("2015-08-11: the vote").
struct milestone {
    date::sys_days day;
    std::string title;

    friend auto operator<=>(const milestone&, const milestone&) = default;
    friend bool operator==(const milestone&, const milestone&) = default;
};

namespace detail {
/// A milestone's fields by their document names; JSON and Python dicts derive from this list.
template <>
struct fields_of<milestone> {
    static constexpr std::tuple list{
        make_field("day", &milestone::day, presence::required),
        make_field("title", &milestone::title, presence::required),
    };
};
}  // namespace detail

/// A meeting of a group: the group (shared, immutable) and the meeting's times.
struct group_meeting {
    std::shared_ptr<const group> host;  ///< the group that meets; null only in a default-made value
    meeting_time time;                  ///< when, in the group's time zone

    /// Equal when the groups are equal (every field, not only the id) and the times are.
    friend bool operator==(const group_meeting& a, const group_meeting& b) {
        return (a.host == b.host || (a.host && b.host && *a.host == *b.host)) && a.time == b.time;
    }
};

/// One concrete step of a supporter's plan, for one action of the campaign.
struct plan_step {
    std::string action_id;
    action_kind kind = action_kind::other;
    std::string title;                       ///< the action's title
    std::string instruction;                 ///< one readable sentence: what to do, whom, when, where
    std::vector<group> groups;               ///< groups to write to or meet with (plan_groups_named at most)
    std::vector<group_meeting> meetings;     ///< the next meetings of those groups
    std::optional<conference> event;         ///< the region's next conference

    friend bool operator==(const plan_step&, const plan_step&) = default;
};

/// Whom a plan is for: their state, and what narrows the state's groups to their own. A step
/// aimed at the local groups names the group the supporter chose when the campaign has it (in
/// any state), else the state's groups in their locality when there are any, else all of the
/// state's groups.
struct plan_for {
    state_code state;                       ///< where the supporter lives; empty: not known
    std::string_view locality = {};         ///< their city or town, matched without regard to case
    std::string_view preferred_group = {};  ///< the id of the group they chose; empty: none
};

/// A step names at most this many groups (its `groups` and the sentence); the sentence counts the
/// others ("or one of 12 more groups in Chicago, IL"), so a plan stays a message's length in a
/// state with thousands of groups.
inline constexpr std::size_t plan_groups_named = 3;

/// A campaign. Adding keeps it consistent: ids unique per kind, an action's related
/// conferences exist, regions named by groups and conferences exist in the region map when one
/// is set. A violation throws validation_error naming the object and the field.
///
/// The campaign never hands out its storage for writing: accessors return const references and
/// pointers (read-only, valid until the next call that changes the campaign, as a std::vector's
/// are), queries return copies. Every change goes through add_*, replace_*, remove_* or
/// set_regions, which check it, keep the indexes in step and leave the campaign unchanged when
/// they throw.
class campaign {
public:
    /// id and title are required.
    campaign(std::string id, std::string title);

    /// The campaign's id: a slug, part of every UID its calendars carry ("…@<id>.advocacy").
    auto id() const noexcept -> const std::string& { return id_; }
    /// The campaign's title, as its announcement heads it.
    auto title() const noexcept -> const std::string& { return title_; }
    /// What happened and why supporters are asked to act; may be empty.
    auto summary() const noexcept -> const std::string& { return summary_; }
    /// The organization running the campaign; may be empty.
    auto organization() const noexcept -> const std::string& { return organization_; }
    /// Sets summary().
    void set_summary(std::string text) { summary_ = std::move(text); }
    /// Sets organization().
    void set_organization(std::string name) { organization_ = std::move(name); }

    /// Adds a milestone; kept in date order.
    void add_milestone(milestone m);
    /// Adds an action at the end of the list; its related conferences must exist already.
    void add_action(action a);
    /// Adds a conference. O(log n) amortized (n conferences), plus the number of conferences
    /// with the very same days.
    void add_conference(conference c);
    /// Adds a group. O(log n).
    void add_group(group g);
    /// Sets the region map; every region named by a group or conference must be in it. O(n log n):
    /// groups without a region of their own are refiled under their state's.
    void set_regions(region_map map);

    /// Replaces the conference with `c.id`, keeping its place in the order; the same checks as
    /// add_conference. validation_error when there is no such conference.
    void replace_conference(conference c);
    /// Removes the conference `id`; validation_error when there is none or an action still
    /// relates to it (the error names the action's field and the conference).
    void remove_conference(std::string_view id);
    /// Replaces the group with `g.id`, keeping its place in the order; the same checks as add_group.
    void replace_group(group g);
    /// Removes the group `id`; validation_error when there is none.
    void remove_group(std::string_view id);
    /// Replaces the action with `a.id`, keeping its place in the plan; the same checks as add_action.
    void replace_action(action a);
    /// Removes the action `id`; validation_error when there is none.
    void remove_action(std::string_view id);

    /// Milestones in date order.
    auto milestones() const noexcept -> const std::vector<milestone>& { return milestones_; }
    /// Actions in plan order: the order added, each replaced in its place.
    auto actions() const noexcept -> const std::vector<action>& { return actions_; }
    /// Conferences in the order added.
    auto conferences() const noexcept -> const std::vector<conference>& { return conferences_; }
    /// Groups in the order added (copies; group_snapshot() shares them instead).
    auto groups() const -> std::vector<group>;
    /// The region map: which states each region covers (empty when none was set).
    auto regions() const noexcept -> const region_map& { return regions_; }

    /// The conference with this id, or nullptr.
    auto find_conference(std::string_view id) const -> const conference*;
    /// The group with this id, or nullptr.
    auto find_group(std::string_view id) const -> const group*;
    /// The action with this id, or nullptr.
    auto find_action(std::string_view id) const -> const action*;

    /// Conferences that end on or after `day`, in date order (ties by name). O(log n + k), k the
    /// size of the answer, plus sorting the conferences already under way on `day`.
    auto upcoming_conferences(date::sys_days day) const -> std::vector<conference>;
    /// Conferences serving `region`, in date order. O(log n + k).
    auto conferences_in(std::string_view region) const -> std::vector<conference>;
    /// The next conference (ending on or after `day`) of the region covering `state`, if any; in a
    /// campaign without a region map, the next of the conferences held in `state` (whose
    /// place.state is `state`). O(log n).
    auto conference_for(state_code state, date::sys_days day) const -> std::optional<conference>;
    /// Pairs of conferences whose dates overlap, each pair in date order. O(n + pairs).
    auto conflicts() const -> std::vector<std::pair<conference, conference>>;

    /// Groups located in `state`, in the order added. O(log n + k), k the size of the answer.
    auto groups_in(state_code state) const -> std::vector<group>;
    /// Groups in `region` (by the group's region, or by its state through the region map), in the
    /// order added. O(log n + k).
    auto groups_in_region(std::string_view region) const -> std::vector<group>;

    /// Every group meeting whose local day lies in `days`, in time order; simultaneous meetings
    /// in the order their groups were added. O(g + k), g the groups with a schedule, k the size
    /// of the answer.
    auto next_meetings(const date_range& days) const -> std::vector<group_meeting>;

    /// A supporter's personal action plan: for each action in order, the concrete step for a
    /// supporter in `state` on `today`. Steps whose window has passed or whose conference is over
    /// are left out. A step aimed at the local groups names the state's first plan_groups_named
    /// groups in the order added and counts the others. O(a × (log n + s)), a the actions, s the
    /// state's groups: the campaign's other groups are never visited.
    auto plan(state_code state, date::sys_days today) const -> std::vector<plan_step>;
    /// The plan for a supporter of whom more is known (see plan_for): the group they chose, or the
    /// groups of their locality, before the rest of the state's. Same cost.
    auto plan(const plan_for& who, date::sys_days today) const -> std::vector<plan_step>;

    // Batch adds and snapshots, for loaders and bindings that move many objects at once.

    /// Adds groups in order, with add_group's checks, each also against those before it in
    /// `batch`. All or nothing: a bad group throws validation_error whose field starts with its
    /// position ("groups[17]: group \"g\": id"), and the campaign is left unchanged.
    /// O(k log(n + k)), k the batch's size. The groups stay in `batch`'s own storage, which the
    /// campaign keeps as one block (no group is copied, nor moved unless the vector holds more
    /// than an eighth more room than groups: the room is given back first); so a group replaced
    /// or removed later frees its memory with the last group of its batch.
    void add_groups(std::vector<group> batch);
    /// As add_groups(std::vector<group>), for groups already made as shared immutable objects (a
    /// loader's, or another campaign's group_snapshot()): the campaign keeps these very objects,
    /// copying none. A null pointer is refused as a bad group ("groups[2]: null").
    void add_groups(std::vector<std::shared_ptr<const group>> batch);
    /// Adds conferences in order, with add_conference's checks, each also against those before it
    /// in `batch`; all or nothing, a bad one named by its position ("conferences[3]: ..."). O(k log(n
    /// + k)), plus one copy of the conference indexes when the campaign has conferences already.
    void add_conferences(std::vector<conference> batch);
    /// The groups in the order added, as shared immutable objects: a snapshot that later changes to
    /// the campaign never touch. O(n), copying pointers only.
    auto group_snapshot() const -> std::vector<std::shared_ptr<const group>>;

    friend bool operator==(const campaign& a, const campaign& b);

private:
    std::string id_;
    std::string title_;
    std::string summary_;
    std::string organization_;
    std::vector<milestone> milestones_;
    std::vector<action> actions_;
    std::vector<conference> conferences_;
    std::vector<std::shared_ptr<const group>> groups_;  // immutable once added: shared by copies
    region_map regions_;
    // Conference indexes by date order (first, last, name, id): the conferences sharing the same
    // dates form one bucket, kept sorted by (name, id). Inserting is O(log n) plus the bucket's size.
    using date_index = std::map<date_range, std::vector<std::size_t>>;
    // Conferences of one region. by_date for conferences_in(); next for conference_for(): the
    // conferences that can be a region's next one, keyed by last day. A conference is left out when
    // another ends no earlier and comes before it in date order (that one is always the better
    // answer), so the staircase is in date order as well as by last day, and the first entry ending
    // on or after a day is the answer: O(log n).
    using staircase = std::map<date::sys_days, std::size_t>;
    struct region_conferences {
        date_index by_date;
        staircase next;
    };
    struct conference_indexes {
        date_index by_date;
        std::multimap<date::sys_days, std::size_t> by_last;  // last day -> index, for upcoming_conferences()
        std::map<std::string, region_conferences, std::less<>> by_region;  // conference.region ->
        // The staircase (as region_conferences::next) of the conferences held in each state
        // (conference.place.state), for conference_for() in a campaign without a region map.
        std::map<state_code, staircase> next_by_state;
    };

    // Where the inserts of the last conference indexed went (see index_in_date_order).
    struct index_hints;
    void index_conference(std::size_t index, index_hints* hints = nullptr);
    // Indexes conferences_[first..] in date order, each insert starting where the one before it
    // ended: O(k log k) for the sort, then O(1) amortized per tree instead of a walk from the root.
    void index_in_date_order(std::size_t first);
    void insert_by_date(date_index& index, std::size_t conference, date_index::iterator* hint = nullptr) const;
    void erase_by_date(date_index& index, std::size_t conference) const noexcept;
    // Where `conference` goes in a staircase, and the entry it needs (none when it is left out or
    // takes the place of one ending the same day): found before any staircase changes, as making
    // the entry may throw; insert_next then cannot.
    struct next_step {
        staircase::iterator at;
        staircase::node_type entry;
        bool left_out = false;
    };
    auto next_step_for(staircase& next, std::size_t conference) const -> next_step;
    void insert_next(staircase& next, std::size_t conference, next_step& step) const noexcept;
    // The conference indexes to read (empty in a moved-from campaign), and to change (cloned
    // first when a copy shares them).
    auto indexes() const noexcept -> const conference_indexes&;
    auto writable_indexes() -> conference_indexes&;
    // The conferences in date order, flattened from the date index.
    auto in_date_order() const -> std::vector<std::size_t>;
    auto date_less(std::size_t a, std::size_t b) const -> bool;
    // Rebuild one kind's indexes from its vector (after a replace or remove).
    void reindex_conferences();
    void reindex_groups();
    void reindex_actions();
    // Adds groups_[index] to the indexes by state and region; takes the groups from `first` on
    // out of them again (they are each list's tail).
    void index_group_place(std::size_t index);
    void unindex_groups_from(std::size_t first) noexcept;
    // Checks against the rest of the campaign, shared by add_* and replace_* (after validate()).
    void check_conference(const conference& c) const;
    void check_group(const group& g) const;
    void check_action(const action& a) const;
    // Positions by id; validation_error naming `kind "id": id` when there is none.
    auto conference_index(std::string_view id) const -> std::size_t;
    auto group_index(std::string_view id) const -> std::size_t;
    auto action_index(std::string_view id) const -> std::size_t;
    // Applies `change` to a copy and keeps the copy only when it succeeds.
    template <class Change>
    void change_copy(Change&& change);
    // The groups a plan's step aimed at a group names (plan_groups_named at most), how many more
    // it reaches, and where those are ("MN", "Chicago, IL"): see plan_for.
    struct plan_targets {
        std::vector<std::shared_ptr<const group>> named;
        std::size_t others = 0;
        std::string where;
    };
    auto plan_targets_for(const action& a, const plan_for& who) const -> plan_targets;

    // Indexes (derived; updated on add in O(log n), copied with the campaign, positions into the vectors
    // above): see src/campaign.cpp.
    detail::id_index conference_by_id_;
    detail::id_index group_by_id_;
    detail::id_index action_by_id_;
    std::map<state_code, std::vector<std::size_t>> groups_by_state_;   // state -> indexes in add order
    // region -> indexes in add order: the group's own region, or else its state's through the map
    std::map<std::string, std::vector<std::size_t>, std::less<>> groups_by_region_;
    // Shared by copies, so copying a campaign copies one pointer here; a change to a campaign whose
    // indexes are shared clones them first (O(n), once).
    detail::shared_value<conference_indexes> conference_indexes_;
};

}  // namespace advocacy
