// SPDX-License-Identifier: MIT
#include "advocacy/batch_plan.hpp"

#include "bindings.hpp"
#include "casters.hpp"
#include "model_dicts.hpp"

#include <pybind11/stl.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {
namespace {

// The plans of a campaign as it stood when they were asked for: a copy (groups are shared, not
// copied), so that Python may change the campaign meanwhile, and the planning runs without the
// GIL and without the campaign's lock.
struct planning {
    planning(const campaign& c, date::sys_days today) : snapshot(c), cache(snapshot, today) {}
    campaign snapshot;
    plan_cache cache;
};

// Supporters from a Python iterable, a buffer at a time, planned without the GIL.
class plan_iterator {
public:
    plan_iterator(const campaign& c, py::iterable supporters, date::sys_days today, batch_options options)
        : planning_(std::make_unique<planning>(c, today)), source_(py::iter(supporters)), options_(options) {
        if (options_.threads == 0) options_.threads = std::max(1U, std::thread::hardware_concurrency());
        if (options_.chunk_size == 0) options_.chunk_size = 1;
    }

    auto next() -> py::tuple {
        if (position_ == people_.size() && !refill()) throw py::stop_iteration();
        const auto k = position_++;
        return py::make_tuple(py::cast(std::move(people_[k])), steps_tuple(*steps_[k]));
    }

private:
    // Reads up to threads x chunk_size supporters (with the GIL), then plans them (without).
    auto refill() -> bool {
        people_.clear();
        steps_.clear();
        position_ = 0;
        const auto wanted = options_.chunk_size * options_.threads;
        // PyIter_Next rather than py::iterator, which reads one item ahead: a generator is asked
        // for exactly the supporters planned.
        while (!exhausted_ && people_.size() < wanted) {
            PyObject* item = PyIter_Next(source_.ptr());
            if (item == nullptr) {
                if (PyErr_Occurred() != nullptr) throw py::error_already_set();
                exhausted_ = true;
                break;
            }
            people_.push_back(supporter_from_dict(py::reinterpret_steal<py::object>(item)));
        }
        if (people_.empty()) return false;
        const py::gil_scoped_release release;
        plan_batch(
            planning_->cache, people_,
            [this](const supporter&, const std::vector<plan_step>& steps) { steps_.push_back(&steps); }, options_);
        return true;
    }

    // The steps as a tuple of PlanStep, made once per state: PlanStep is read-only, so
    // supporters in the same state share it.
    auto steps_tuple(const std::vector<plan_step>& steps) -> py::object {
        auto& t = tuples_[&steps];  // a null object until made (a py::tuple would start as ())
        if (!t) t = py::tuple(py::cast(steps));
        return t;
    }

    std::unique_ptr<planning> planning_;
    py::iterator source_;
    batch_options options_;
    std::vector<supporter> people_;
    std::vector<const std::vector<plan_step>*> steps_;
    std::size_t position_ = 0;
    std::map<const std::vector<plan_step>*, py::object> tuples_;
    bool exhausted_ = false;
};

auto plans_to_records(const campaign& c, const py::iterable& supporters, date::sys_days today, bool per_step,
                      unsigned threads) -> py::list {
    std::vector<supporter> people;
    for (auto item : supporters) people.push_back(supporter_from_dict(item));
    planning plans(c, today);
    std::vector<const std::vector<plan_step>*> steps;
    steps.reserve(people.size());
    {
        const py::gil_scoped_release release;
        plan_batch(
            plans.cache, people,
            [&steps](const supporter&, const std::vector<plan_step>& s) { steps.push_back(&s); },
            {.threads = threads});
    }
    // The columns of plan_writer's CSV, with the same values (the step number as an int).
    const plan_writer writer(plans.snapshot, plan_format::csv,
                             per_step ? plan_layout::per_step : plan_layout::per_supporter);
    std::vector<py::str> keys;
    for (const auto& name : writer.columns()) keys.emplace_back(name);
    py::list out;
    for (std::size_t i = 0; i < people.size(); ++i) {
        const auto& who = people[i];
        const auto& plan = *steps[i];
        if (per_step) {
            for (std::size_t k = 0; k < plan.size(); ++k) {
                py::dict d;
                d[keys[0]] = who.id;
                d[keys[1]] = who.email;
                d[keys[2]] = who.state;
                d[keys[3]] = k + 1;
                d[keys[4]] = plan[k].action_id;
                d[keys[5]] = std::string(to_string(plan[k].kind));
                d[keys[6]] = plan[k].title;
                d[keys[7]] = plan[k].instruction;
                out.append(std::move(d));
            }
            continue;
        }
        py::dict d;
        d[keys[0]] = who.id;
        d[keys[1]] = who.email;
        d[keys[2]] = who.state;
        std::size_t k = 0;
        for (std::size_t a = 3; a < keys.size(); ++a) {
            const auto& action_id = plans.snapshot.actions()[a - 3].id;
            const bool given = k < plan.size() && plan[k].action_id == action_id;
            d[keys[a]] = given ? plan[k++].instruction : std::string();
        }
        out.append(std::move(d));
    }
    return out;
}

}  // namespace

void init_batch_plan(py::module_& m) {
    // Private: an iterator is neither built nor pickled by users, only got from Campaign.plans().
    py::class_<plan_iterator>(m, "_PlanIterator",
                              "Iterates (Supporter, tuple[PlanStep, ...]) pairs in input order: the plans of "
                              "Campaign.plans().")
        .def("__iter__", [](py::object self) { return self; })
        .def("__next__", &plan_iterator::next);

    auto campaign_class = py::reinterpret_borrow<py::class_<campaign>>(m.attr("Campaign"));
    campaign_class.def(
        "plans",
        [](const campaign& c, const py::iterable& supporters, date::sys_days today, unsigned threads,
           std::size_t chunk_size) {
            return plan_iterator(c, supporters, today, {.threads = threads, .chunk_size = chunk_size});
        },
        py::arg("supporters"), py::arg("today"), py::kw_only(), py::arg("threads") = 1, py::arg("chunk_size") = 4096,
        "Iterates (supporter, steps) for each Supporter (or its dict) of `supporters`, in order: steps is a "
        "tuple of PlanStep, the campaign's plan(supporter.state, today). Reads threads x chunk_size "
        "supporters at a time and plans them on `threads` threads (0: one per core) without the GIL; the "
        "plans are those of the campaign as it was when plans() was called.");

    m.def("plans_to_records", &plans_to_records, py::arg("campaign"), py::arg("supporters"), py::arg("today"),
          py::kw_only(), py::arg("per_step") = false, py::arg("threads") = 1,
          "The plans of `supporters` as flat dicts, one per supporter (id, email, state, and a 'steps.<action "
          "id>' column per action holding the step's instruction, '' when left out) or, with per_step, one "
          "per step (id, email, state, step, action_id, kind, title, instruction): the rows of the CSV that "
          "`advocacy plans` writes. pandas.DataFrame(plans_to_records(...)) is a table.");
}

}  // namespace advocacy::python
