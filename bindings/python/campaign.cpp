// SPDX-License-Identifier: MIT
#include "advocacy/campaign.hpp"
#include "advocacy/json.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "gil.hpp"
#include "model_dicts.hpp"
#include "sequence_view.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {
namespace {

auto milestone_to_dict(const milestone& m) -> py::dict { return fields_to_dict(m); }

// {"group": id, "start": datetime, "end": datetime}: the group by id, since a plan or a
// listing of meetings already carries the groups themselves.
auto meeting_to_dict(const group_meeting& m) -> py::dict {
    py::dict d;
    d[dict_key("group")] = m.host ? py::cast(m.host->id) : py::str();
    d[dict_key("start")] = py::cast(m.time.start);
    d[dict_key("end")] = py::cast(m.time.end);
    return d;
}

auto meeting_repr(const group_meeting& m) -> std::string {
    repr_builder out("Meeting");
    if (m.host) out.raw("group", py_repr_of(*m.host));
    out.raw("start", py_repr_of(m.time.start));
    out.raw("end", py_repr_of(m.time.end));
    return out.done();
}

auto plan_step_to_dict(const plan_step& s) -> py::dict {
    py::dict d;
    d["action_id"] = s.action_id;
    d["kind"] = std::string(to_string(s.kind));
    d["title"] = s.title;
    d["instruction"] = s.instruction;
    d["groups"] = dict_list(s.groups, group_to_dict);
    d["meetings"] = dict_list(s.meetings, meeting_to_dict);
    d["conference"] = s.event ? py::object(conference_to_dict(*s.event)) : py::object(py::none());
    return d;
}

auto plan_step_repr(const plan_step& s) -> std::string {
    auto out = repr_builder::opaque("PlanStep");
    out.str("action_id", s.action_id, false).str("kind", to_string(s.kind), false);
    out.str("instruction", s.instruction, false);
    return out.done();
}

auto campaign_to_dict(const campaign& c) -> py::dict {
    py::dict d;
    d["id"] = c.id();
    d["title"] = c.title();
    d["summary"] = c.summary();
    d["organization"] = c.organization();
    d["milestones"] = dict_list(c.milestones(), milestone_to_dict);
    d["regions"] = region_map_to_dict(c.regions());
    d["conferences"] = dict_list(c.conferences(), conference_to_dict);
    d["groups"] = dict_list(c.group_snapshot(), [](const auto& g) { return group_to_dict(*g); });
    d["actions"] = dict_list(c.actions(), action_to_dict);
    return d;
}

// Hands the items of an iterable, objects of class T (or of a Python subclass) or dicts read by
// `from_dict`, in order to `keep` (a const T& for an object, to copy; a T&& for a dict's); a bad
// one raises a validation_error whose field starts with `list`[position]. One caster serves every
// item, so pybind11 looks T up once per batch, not twice per item.
template <class T, class FromDict, class Keep>
void batch_of(py::handle items, std::string_view list, FromDict from_dict, Keep keep) {
    if (py::isinstance<py::str>(items) || py::isinstance<py::dict>(items) || !py::isinstance<py::iterable>(items)) {
        throw py::type_error(std::string(list) + ": expected an iterable of dicts or objects, got " + detail::type_name(items));
    }
    py::detail::make_caster<T> caster;
    std::size_t position = 0;
    for (auto item : items) {
        try {
            if (caster.load(item, false)) {
                keep(py::detail::cast_op<const T&>(caster));
            } else {
                keep(from_dict(item));
            }
        } catch (const validation_error& e) {
            throw validation_error(std::string(list) + "[" + std::to_string(position) + "]: " + e.field(), e.reason());
        }
        ++position;
    }
}

// The length of `items` when it has one, else nullopt (a generator).
auto known_length(py::handle items) -> std::optional<std::size_t> {
    if (!py::hasattr(items, "__len__")) return std::nullopt;
    return py::len(items);
}

// The groups of an iterable as the campaign will hold them: each copied once, into blocks of up to
// 1,024 groups shared by their groups (campaign::add_groups keeps the very objects): an allocation
// and a count per block, not per group. One block for the whole batch was tried: past a few MB
// malloc maps a block apart, and its fresh pages cost more than the allocations saved (1.7x
// slower at 10^5 groups). A block holds no more room than the groups it will get, as far as the
// iterable's length tells (a generator's blocks grow from 16).
auto groups_of(py::handle items) -> std::vector<std::shared_ptr<const group>> {
    constexpr std::size_t most = 1024;
    const auto length = known_length(items);
    std::vector<std::shared_ptr<const group>> out;
    if (length) out.reserve(*length);
    std::shared_ptr<std::vector<group>> block;
    batch_of<group>(items, "groups", group_from_dict, [&](auto&& g) {
        if (!block || block->size() == block->capacity()) {
            const std::size_t room = length && *length > out.size() ? *length - out.size() : std::min(most, 16 + out.size());
            block = std::make_shared<std::vector<group>>();
            block->reserve(std::min(most, room));
        }
        block->push_back(std::forward<decltype(g)>(g));  // within the room reserved: nothing moves
        out.emplace_back(block, &block->back());
    });
    return out;
}

auto conferences_of(py::handle items) -> std::vector<conference> {
    std::vector<conference> out;
    if (const auto length = known_length(items)) out.reserve(*length);
    batch_of<conference>(items, "conferences", conference_from_dict,
                         [&](auto&& c) { out.push_back(std::forward<decltype(c)>(c)); });
    return out;
}

auto milestone_from_dict(py::handle value, const std::string& field) -> milestone {
    return value_from_py<milestone>(value, field);
}

// Campaign.from_records' arguments, each a value or an iterable of dicts or objects (None: none).
struct records {
    std::string id, title, summary, organization;
    py::object milestones, regions, conferences, groups, actions;
};

// Builds in the order that keeps references valid (regions, then conferences, groups, actions),
// with the checks of the add_* calls; conferences and groups go in as one batch each.
auto campaign_from_records(const records& r) -> campaign {
    campaign c(r.id, r.title);
    c.set_summary(r.summary);
    c.set_organization(r.organization);
    if (!r.milestones.is_none()) {
        std::size_t i = 0;
        for (auto item : r.milestones) {
            c.add_milestone(milestone_from_dict(item, "campaign: milestones[" + std::to_string(i++) + "]"));
        }
    }
    if (!r.regions.is_none()) c.set_regions(region_map_from_dict(r.regions));
    if (!r.conferences.is_none()) c.add_conferences(conferences_of(r.conferences));
    if (!r.groups.is_none()) c.add_groups(groups_of(r.groups));
    if (!r.actions.is_none()) {
        for (auto item : r.actions) c.add_action(action_from_dict(item));
    }
    return c;
}

// A list (or tuple) at `key` of the dict, or None when missing.
auto list_or_none(const py::dict& d, const char* key, const std::string& field) -> py::object {
    if (!d.contains(key)) return py::none();
    py::handle value = d[key];
    if (!py::isinstance<py::list>(value) && !py::isinstance<py::tuple>(value)) {
        throw validation_error(field, "expected a list, got " + detail::type_name(value));
    }
    return py::reinterpret_borrow<py::object>(value);
}

auto campaign_from_dict(py::handle value) -> campaign {
    if (is_instance<campaign>(value)) return value.cast<campaign>();
    auto d = require_dict(value, "campaign");
    check_keys(d, "campaign: ",
               {"id", "title", "summary", "organization", "milestones", "regions", "conferences", "groups", "actions"});
    records r{.id = get_str(d, "id", "campaign: id"),
              .title = get_str(d, "title", "campaign: title"),
              .summary = get_str(d, "summary", "campaign: summary", ""),
              .organization = get_str(d, "organization", "campaign: organization", ""),
              .milestones = list_or_none(d, "milestones", "campaign: milestones"),
              .regions = d.contains("regions") ? py::reinterpret_borrow<py::object>(d["regions"]) : py::none(),
              .conferences = list_or_none(d, "conferences", "campaign: conferences"),
              .groups = list_or_none(d, "groups", "campaign: groups"),
              .actions = list_or_none(d, "actions", "campaign: actions")};
    return campaign_from_records(r);
}

// Campaign.add_groups and add_conferences: converted with the GIL, added whole under the lock.
void add_groups(campaign& c, const py::iterable& items) {
    auto batch = groups_of(items);
    const auto lock = lock_for_change(c);
    c.add_groups(std::move(batch));
}

void add_conferences(campaign& c, const py::iterable& items) {
    auto batch = conferences_of(items);
    const auto lock = lock_for_change(c);
    c.add_conferences(std::move(batch));
}

auto campaign_repr(const campaign& c) -> std::string {
    auto out = repr_builder::opaque("Campaign");
    out.str("id", c.id(), false).str("title", c.title(), false);
    out.raw("milestones", std::to_string(c.milestones().size()));
    out.raw("actions", std::to_string(c.actions().size()));
    out.raw("conferences", std::to_string(c.conferences().size()));
    out.raw("groups", std::to_string(c.group_snapshot().size()));
    return out.done();
}

}  // namespace

void init_campaign(py::module_& m) {
    py::class_<milestone>(m, "Milestone", "A dated key event of a campaign: day (datetime.date) and title.")
        .def(py::init([](date::sys_days day, std::string title) { return milestone{day, std::move(title)}; }),
             py::arg("day"), py::arg("title"))
        .def_readonly("day", &milestone::day, "The day (datetime.date).")
        .def_readonly("title", &milestone::title, "What happened or happens.")
        .def("to_dict", &milestone_to_dict, "{'day': datetime.date, 'title': str}.")
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def(py::self < py::self)
        .def("__hash__", [](const milestone& x) {
            return py::hash(py::make_tuple(py::cast(x.day), x.title));
        })
        .def("__repr__",
             [](const milestone& x) { return "Milestone(" + py::repr(py::cast(x.day)).cast<std::string>() + ", " + py_repr(x.title) + ")"; })
        .def(py::pickle([](const milestone& x) { return py::make_tuple(x.day, x.title); },
                        [](const py::tuple& t) {
                            if (t.size() != 2) throw py::value_error("Milestone pickle: expected (day, title)");
                            return milestone{t[0].cast<date::sys_days>(), t[1].cast<std::string>()};
                        }));

    bind_sequence_view<milestone>(m, "MilestoneSequence",
                                  "A campaign's milestones: an immutable sequence (a snapshot, like a tuple).");
    bind_sequence_view<action>(m, "ActionSequence",
                               "A campaign's actions: an immutable sequence (a snapshot, like a tuple); each item "
                               "read is a copy.");
    bind_sequence_view<conference>(m, "ConferenceSequence",
                                   "A campaign's conferences: an immutable sequence (a snapshot, like a tuple); each "
                                   "item read is a copy.");
    bind_sequence_view<group>(m, "GroupSequence",
                              "A campaign's groups: an immutable sequence (a snapshot of the campaign's shared "
                              "groups, like a tuple); each item read is a copy.");

    py::class_<group_meeting>(m, "Meeting",
                              "A meeting of a group: start and end as zone-aware datetime.datetime (the "
                              "group's time zone), and the group (a Group).")
        .def(py::init([](const group& host, date::zoned_seconds start, date::zoned_seconds end) {
                 return group_meeting{std::make_shared<const group>(host), meeting_time{start, end}};
             }),
             py::kw_only(), py::arg("group"), py::arg("start"), py::arg("end"))
        .def_property_readonly("start", [](const group_meeting& x) { return x.time.start; },
                               "Start, zone-aware in the group's time zone.")
        .def_property_readonly("end", [](const group_meeting& x) { return x.time.end; }, "End, zone-aware.")
        .def_property_readonly(
            "group",
            [](const group_meeting& x) -> group {
                // Every Meeting Python sees has its group (the constructor and pickling require one).
                if (!x.host) throw validation_error("meeting.group", "the meeting has no group");
                return *x.host;
            },
            "The group that meets (a copy).")
        .def("to_dict", &meeting_to_dict, "{'group': group id, 'start': datetime, 'end': datetime}.")
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__repr__", &meeting_repr)
        .def(py::pickle(
            [](const group_meeting& x) {
                return py::make_tuple(x.host ? py::cast(*x.host) : py::none(), x.time.start, x.time.end);
            },
            [](const py::tuple& t) {
                if (t.size() != 3) throw py::value_error("Meeting pickle: expected (group, start, end)");
                return group_meeting{std::make_shared<const group>(t[0].cast<group>()),
                                     meeting_time{t[1].cast<date::zoned_seconds>(), t[2].cast<date::zoned_seconds>()}};
            }));

    py::class_<plan_step>(m, "PlanStep",
                          "One concrete step of a supporter's plan: the action it comes from, what to do "
                          "(instruction), and the groups, meetings or conference it involves.")
        .def_readonly("action_id", &plan_step::action_id, "The id of the action.")
        .def_property_readonly(
            "kind", [](const plan_step& s) { return std::string(to_string(s.kind)); },
            "The action's kind: 'letter', 'attend_meeting', 'attend_conference', ...")
        .def_readonly("title", &plan_step::title, "The action's title.")
        .def_readonly("instruction", &plan_step::instruction, "One readable sentence: what to do, whom, when, where.")
        .def_property_readonly(
            "groups", [](const plan_step& s) { return tuple_of(s.groups); },
            "Groups to write to or meet with (tuple of Group).")
        .def_property_readonly(
            "meetings", [](const plan_step& s) { return tuple_of(s.meetings); },
            "The next meetings of those groups (tuple of Meeting).")
        .def_property_readonly(
            "conference", [](const plan_step& s) { return s.event; }, "The region's next conference (a copy), or None.")
        .def("to_dict", &plan_step_to_dict,
             "Plain types: groups and conference as their to_dict(), meetings as Meeting.to_dict().")
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__repr__", &plan_step_repr)
        .def(py::pickle(
            [](const plan_step& s) {
                return py::make_tuple(s.action_id, std::string(to_string(s.kind)), s.title, s.instruction, s.groups,
                                      s.meetings, s.event);
            },
            [](const py::tuple& t) {
                if (t.size() != 7) throw py::value_error("PlanStep pickle: expected 7 fields");
                return plan_step{.action_id = t[0].cast<std::string>(),
                                 .kind = parse_action_kind(t[1].cast<std::string>()),
                                 .title = t[2].cast<std::string>(),
                                 .instruction = t[3].cast<std::string>(),
                                 .groups = t[4].cast<std::vector<group>>(),
                                 .meetings = t[5].cast<std::vector<group_meeting>>(),
                                 .event = t[6].cast<std::optional<conference>>()};
            }));

    py::class_<campaign>(m, "Campaign",
                         "A campaign: milestones, ordered actions, conferences, groups and a region map, and "
                         "the questions supporters ask of it. Adding keeps it consistent (ids unique per "
                         "kind, related conferences exist, regions in the map); a violation raises "
                         "ValidationError naming the object and field.")
        .def(py::init([](std::string id, std::string title, std::string summary, std::string organization) {
                 campaign c(std::move(id), std::move(title));
                 c.set_summary(std::move(summary));
                 c.set_organization(std::move(organization));
                 return c;
             }),
             py::kw_only(), py::arg("id"), py::arg("title"), py::arg("summary") = "", py::arg("organization") = "",
             "id and title are required.")
        .def_property_readonly("id", &campaign::id)
        .def_property_readonly("title", &campaign::title)
        .def_property("summary", &campaign::summary, changing(&campaign::set_summary))
        .def_property("organization", &campaign::organization, changing(&campaign::set_organization))
        .def(
            "add_milestone",
            [](campaign& c, date::sys_days day, std::string title) {
                const auto lock = lock_for_change(c);
                c.add_milestone(milestone{day, std::move(title)});
            },
            py::arg("day"), py::arg("title"), "Adds a dated event; milestones stay in date order.")
        .def("add_action", changing(&campaign::add_action), py::arg("action"),
             "Appends an action; its related conferences must have been added.")
        .def("add_conference", changing(&campaign::add_conference), py::arg("conference"), "Adds a conference.")
        .def("add_group", changing(&campaign::add_group), py::arg("group"), "Adds a group.")
        .def("add_conferences", &add_conferences, py::arg("conferences"),
             "Adds conferences (Conference objects or their dicts, any iterable) in order, with add_conference's "
             "checks, each also against those before it. All or nothing: a bad one raises ValidationError "
             "naming its position ('conferences[3]: conference \"x\": dates') and the campaign is unchanged.")
        .def("add_groups", &add_groups, py::arg("groups"),
             "Adds groups (Group objects or their dicts, any iterable) in order, with add_group's checks, each "
             "also against those before it. All or nothing: a bad one raises ValidationError naming its "
             "position ('groups[17]: group \"g\": id') and the campaign is unchanged.")
        .def("set_regions", changing(&campaign::set_regions), py::arg("regions"),
             "Sets the region map; every region named by a group or conference must be in it.")
        .def("replace_conference", changing(&campaign::replace_conference), py::arg("conference"),
             "Replaces the conference with the same id (same place in the order), with add_conference's checks.")
        .def("remove_conference", changing(&campaign::remove_conference), py::arg("id"),
             "Removes the conference; ValidationError when an action still relates to it.")
        .def("replace_group", changing(&campaign::replace_group), py::arg("group"),
             "Replaces the group with the same id (same place in the order), with add_group's checks.")
        .def("remove_group", changing(&campaign::remove_group), py::arg("id"), "Removes the group.")
        .def("replace_action", changing(&campaign::replace_action), py::arg("action"),
             "Replaces the action with the same id (same place in the plan), with add_action's checks.")
        .def("remove_action", changing(&campaign::remove_action), py::arg("id"), "Removes the action.")
        .def_property_readonly(
            "milestones", [](const py::object& self) { return live_view(self.cast<const campaign&>().milestones(), self); },
            "MilestoneSequence (immutable), in date order.")
        .def_property_readonly(
            "actions", [](const py::object& self) { return live_view(self.cast<const campaign&>().actions(), self); },
            "ActionSequence (immutable; items are copies), in order; change one with replace_action().")
        .def_property_readonly(
            "conferences", [](const py::object& self) { return live_view(self.cast<const campaign&>().conferences(), self); },
            "ConferenceSequence (immutable; items are copies), in the order added; change one with "
            "replace_conference().")
        .def_property_readonly(
            "groups", [](const campaign& c) { return make_shared_view(c.group_snapshot()); },
            "GroupSequence (immutable; items are copies), in the order added; change one with replace_group().")
        .def_property_readonly(
            "regions", [](const campaign& c) { return c.regions(); },
            "The RegionMap (a copy); change it with set_regions().")
        .def(
            "group", [](const campaign& c, std::string_view id) -> std::optional<group> {
                if (const auto* g = c.find_group(id)) return *g;
                return std::nullopt;
            },
            py::arg("id"), "The group with this id, or None.")
        .def(
            "conference", [](const campaign& c, std::string_view id) -> std::optional<conference> {
                if (const auto* x = c.find_conference(id)) return *x;
                return std::nullopt;
            },
            py::arg("id"), "The conference with this id, or None.")
        .def(
            "action", [](const campaign& c, std::string_view id) -> std::optional<action> {
                if (const auto* a = c.find_action(id)) return *a;
                return std::nullopt;
            },
            py::arg("id"), "The action with this id, or None.")
        .def("upcoming_conferences", &campaign::upcoming_conferences, py::arg("on_or_after"), "Conferences ending on or after the day, in date order (ties by name).")
        .def("conferences_in", &campaign::conferences_in, py::arg("region"), "Conferences serving the region, in date order.")
        .def("conference_for", &campaign::conference_for, py::arg("state"), py::arg("on_or_after"),
             "The next conference (ending on or after the day) of the region covering the state, or None.")
        .def("conflicts", &campaign::conflicts, "Pairs (tuples) of conferences whose dates overlap, in date order.")
        .def("groups_in", &campaign::groups_in, py::arg("state"), "Groups located in the state, in the order added.")
        .def("groups_in_region", &campaign::groups_in_region, py::arg("region"),
             "Groups of the region: by their own region, or by their state through the region map.")
        .def(
            "next_meetings",
            [](const campaign& c, const date_range& days) {
                return reading_without_gil(c, [&](const campaign& x) { return x.next_meetings(days); });
            },
            py::arg("days"),
             "Every group meeting whose local day lies in the DateRange, in time order (list of Meeting).")
        .def(
            "plan",
            [](const campaign& c, state_code state, date::sys_days today, const std::string& locality,
               const std::string& preferred_group) {
                const plan_for who{.state = state, .locality = locality, .preferred_group = preferred_group};
                return reading_without_gil(c, [&](const campaign& x) { return x.plan(who, today); });
            },
            py::arg("state"), py::arg("today"), py::kw_only(), py::arg("locality") = "", py::arg("preferred_group") = "",
             "A supporter's action plan: a PlanStep per action still open, in order. A step for the local groups "
             "names the preferred group when the campaign has it, else the state's groups in the locality when "
             "there are any, else the state's; three at most, the sentence counting the others.")
        .def("to_dict", &campaign_to_dict,
             "Plain types: milestones, regions, conferences, groups and actions as their dicts.")
        .def_static("from_dict", [](const py::dict& d) { return campaign_from_dict(d); }, py::arg("data"),
                    "A Campaign from to_dict()'s form, with the same checks as the add_* methods; conferences "
                    "and groups go in as one batch each (see from_records).")
        .def_static(
            "from_records",
            [](std::string id, std::string title, std::string summary, std::string organization,
               py::object milestones, py::object regions, py::object conferences, py::object groups,
               py::object actions) {
                return campaign_from_records(records{std::move(id), std::move(title), std::move(summary),
                                                     std::move(organization), std::move(milestones), std::move(regions),
                                                     std::move(conferences), std::move(groups), std::move(actions)});
            },
            py::kw_only(), py::arg("id"), py::arg("title"), py::arg("summary") = "", py::arg("organization") = "",
            py::arg("milestones") = py::none(), py::arg("regions") = py::none(), py::arg("conferences") = py::none(),
            py::arg("groups") = py::none(), py::arg("actions") = py::none(),
            "A Campaign built at once from records: milestones, conferences, groups and actions are iterables "
            "of dicts (to_dict()'s form, as pandas' DataFrame.to_dict('records') gives) or objects; regions a "
            "RegionMap or its dict. Conferences and groups are added as one batch each (add_conferences, "
            "add_groups): a bad record raises ValidationError naming its position ('groups[17]: ...').")
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__copy__", [](const campaign& c) { return c; })
        .def("__deepcopy__", [](const campaign& c, const py::dict&) { return c; }, py::arg("memo"))
        .def("__repr__", &campaign_repr)
        // Pickled as its JSON text: for 10^5 groups 1.4-1.7x faster both ways than to_dict()'s tree of
        // Python objects (see docs/supporters.md, "Dask"), which is what a campaign shipped to the
        // workers of a cluster pays. A dict is still read, as pickles made before hold one.
        .def(py::pickle(
            [](const campaign& c) -> py::object {
                return py::str(reading_without_gil(c, [](const campaign& x) { return to_json(x); }));
            },
            [](const py::object& state) {
                if (py::isinstance<py::str>(state)) return campaign_from_json(state.cast<std::string>());
                return campaign_from_dict(state);
            }));
}

}  // namespace advocacy::python
