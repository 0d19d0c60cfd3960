// SPDX-License-Identifier: MIT
#pragma once

// Long calls let go of the GIL so that Python threads run them in parallel: their arguments are
// converted to C++ before and their results to Python after, with the GIL held.
//
// A Campaign is mutable from Python, so a call that reads one without the GIL could meet another
// thread changing it. Readers without the GIL hold the campaign's lock shared; every change made
// through the bindings holds it exclusively (and the GIL, so readers holding the GIL need no
// lock). The locks are a fixed set chosen by the campaign's address: two campaigns may share
// one, which only makes one wait for the other. A call locks one campaign at a time.

#include "advocacy/campaign.hpp"
#include "sequence_view.hpp"

#include <pybind11/pybind11.h>

#include <array>
#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <utility>

namespace advocacy::python {

inline auto campaign_mutex(const campaign& c) -> std::shared_mutex& {
    static std::array<std::shared_mutex, 64> locks;
    const auto address = reinterpret_cast<std::uintptr_t>(&c);
    return locks[(address >> 4) % locks.size()];  // heap blocks are 16-byte aligned
}

/// `read(c)` without the GIL, `c` held for reading.
template <class Read>
auto reading_without_gil(const campaign& c, Read&& read) {
    const pybind11::gil_scoped_release release;
    const std::shared_lock lock(campaign_mutex(c));  // let go before the GIL is taken back
    return std::forward<Read>(read)(c);
}

/// Holds `c` for a change (with the GIL held): waits for readers without the GIL, letting go of
/// the GIL meanwhile, and has the live views of its collections keep what they saw. Every change
/// made through the bindings goes through here.
[[nodiscard]] inline auto lock_for_change(const campaign& c) -> std::unique_lock<std::shared_mutex> {
    std::unique_lock lock(campaign_mutex(c), std::try_to_lock);
    if (!lock.owns_lock()) {
        const pybind11::gil_scoped_release release;
        lock.lock();
    }
    freeze_views(c.conferences());
    freeze_views(c.actions());
    freeze_views(c.milestones());
    return lock;
}

/// A method of campaign that changes it, bound with the lock held: `&campaign::add_group`.
template <class... Args>
auto changing(void (campaign::*method)(Args...)) {
    return [method](campaign& c, Args... args) {
        const auto lock = lock_for_change(c);
        (c.*method)(std::forward<Args>(args)...);
    };
}

}  // namespace advocacy::python
