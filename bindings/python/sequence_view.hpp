// SPDX-License-Identifier: MIT
#pragma once

// How a campaign hands out a collection: an immutable sequence over a snapshot. Taking it copies
// the pointers to objects the campaign shares (its groups), or nothing at all (a live view of a
// vector, copied only if the campaign changes while the view is alive), never a Python object per
// item; an item becomes a Python object, an independent copy, only when it is read. Later changes
// to the campaign never show through a view, and nothing obtained from it changes the campaign.

#include <pybind11/pybind11.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace advocacy::python {

/// The items of a view, in one of three forms: objects shared with the campaign (immutable, as
/// its groups), copies of its own, or the campaign's own vector (`live`) until the campaign is
/// about to change, when freeze() copies it (see live_view). at() checks the position against
/// the vector as it is, so even a change that failed to freeze it could not read past its end.
template <class T>
class snapshot {
public:
    explicit snapshot(std::vector<std::shared_ptr<const T>> shared) : shared_(std::move(shared)), is_shared_(true) {}
    explicit snapshot(std::vector<T> copies) : copies_(std::move(copies)), items_(&copies_) {}
    snapshot(const std::vector<T>& live, pybind11::object owner) : items_(&live), owner_(std::move(owner)) {}
    snapshot(const snapshot&) = delete;
    auto operator=(const snapshot&) -> snapshot& = delete;

    auto size() const noexcept -> std::size_t { return is_shared_ ? shared_.size() : items_->size(); }
    auto at(std::size_t i) const -> const T& {
        if (i >= size()) throw pybind11::index_error("the campaign changed under this view");
        return is_shared_ ? *shared_[i] : (*items_)[i];
    }
    /// Copies the campaign's vector and lets go of the campaign: called, with the GIL, before it changes.
    void freeze() {
        if (items_ == &copies_ || is_shared_) return;
        copies_ = *items_;
        items_ = &copies_;
        owner_ = pybind11::object();
    }

private:
    std::vector<std::shared_ptr<const T>> shared_;
    std::vector<T> copies_;
    const std::vector<T>* items_ = nullptr;
    pybind11::object owner_;  // the Campaign whose vector items_ points into, kept alive
    bool is_shared_ = false;
};

/// A slice of a snapshot: items start, start + step, ... (length of them). Slicing a view makes
/// another over the same snapshot.
template <class T>
struct sequence_view {
    std::shared_ptr<snapshot<T>> items;
    std::ptrdiff_t start = 0;
    std::ptrdiff_t step = 1;
    std::size_t length = 0;

    explicit sequence_view(std::shared_ptr<snapshot<T>> all)
        : items(std::move(all)), length(items ? items->size() : 0) {}
    sequence_view(std::shared_ptr<snapshot<T>> all, std::ptrdiff_t first, std::ptrdiff_t stride, std::size_t count)
        : items(std::move(all)), start(first), step(stride), length(count) {}

    auto at(std::size_t i) const -> const T& {
        return items->at(static_cast<std::size_t>(start + static_cast<std::ptrdiff_t>(i) * step));
    }

    // For py::make_iterator: item i of the view.
    struct iterator {
        const sequence_view* view = nullptr;
        std::size_t i = 0;

        auto operator*() const -> const T& { return view->at(i); }
        auto operator++() -> iterator& {
            ++i;
            return *this;
        }
        friend bool operator==(const iterator& a, const iterator& b) { return a.i == b.i; }
    };
};

/// A view over objects shared with the campaign: O(n) pointer copies.
template <class T>
auto make_shared_view(std::vector<std::shared_ptr<const T>> shared) -> sequence_view<T> {
    return sequence_view<T>(std::make_shared<snapshot<T>>(std::move(shared)));
}

/// A view over copies of the C++ objects: O(n), and no Python object until an item is read.
template <class T>
auto make_copied_view(std::vector<T> copies) -> sequence_view<T> {
    return sequence_view<T>(std::make_shared<snapshot<T>>(std::move(copies)));
}

// Live views: the views of one vector of a campaign share one snapshot of it, which reads the
// campaign's vector in place until the campaign is about to change. Taking one is O(1); the copy
// is made only when a view is still alive at the next change.
template <class T>
auto live_snapshots() -> std::unordered_map<const void*, std::weak_ptr<snapshot<T>>>& {
    static auto* table = new std::unordered_map<const void*, std::weak_ptr<snapshot<T>>>();  // used with the GIL
    return *table;
}

/// A view of `items`, a vector inside the campaign `owner` (a Python Campaign).
template <class T>
auto live_view(const std::vector<T>& items, const pybind11::object& owner) -> sequence_view<T> {
    auto& table = live_snapshots<T>();
    // Entries of views all gone stay until their vector changes or is viewed again; sweep them
    // now and then so that campaigns that come and go do not leave them behind.
    static std::size_t sweep_at = 64;
    if (table.size() >= sweep_at) {
        std::erase_if(table, [](const auto& item) { return item.second.expired(); });
        sweep_at = std::max<std::size_t>(64, 2 * table.size());
    }
    auto& entry = table[&items];
    auto shared = entry.lock();
    if (!shared) {
        shared = std::make_shared<snapshot<T>>(items, owner);
        entry = shared;
    }
    return sequence_view<T>(std::move(shared));
}

/// Before `items` changes: the live views of it keep what they saw.
template <class T>
void freeze_views(const std::vector<T>& items) {
    auto& table = live_snapshots<T>();
    const auto found = table.find(&items);
    if (found == table.end()) return;
    if (auto shared = found->second.lock()) shared->freeze();
    table.erase(found);
}

namespace detail {

// Position `index` (negative from the end) of a view of `length`; IndexError outside it.
inline auto view_position(pybind11::ssize_t index, std::size_t length) -> std::size_t {
    const auto n = static_cast<pybind11::ssize_t>(length);
    if (index < 0) index += n;
    if (index < 0 || index >= n) throw pybind11::index_error("index out of range");
    return static_cast<std::size_t>(index);
}

// `value` equals item i: the same C++ type and ==, as the items' own __eq__ compares.
template <class T>
auto item_equals(const sequence_view<T>& view, std::size_t i, pybind11::handle value) -> bool {
    return pybind11::isinstance<T>(value) && view.at(i) == value.cast<const T&>();
}

template <class T>
auto view_equals(const sequence_view<T>& view, const pybind11::object& other) -> pybind11::object {
    namespace py = pybind11;
    if (py::isinstance<sequence_view<T>>(other)) {
        const auto& that = other.cast<const sequence_view<T>&>();
        bool same = view.length == that.length;
        for (std::size_t i = 0; same && i < view.length; ++i) same = view.at(i) == that.at(i);
        return py::bool_(same);
    }
    // A tuple or a list of the same items compares equal, as the collections were tuples before.
    if (!py::isinstance<py::tuple>(other) && !py::isinstance<py::list>(other)) {
        return py::reinterpret_borrow<py::object>(Py_NotImplemented);
    }
    const auto items = py::reinterpret_borrow<py::sequence>(other);
    bool same = py::len(items) == view.length;
    for (std::size_t i = 0; same && i < view.length; ++i) same = item_equals(view, i, items[i]);
    return py::bool_(same);
}

}  // namespace detail

/// Registers sequence_view<T> as `name`: len, [i] (negative too) and [a:b:c], iteration, in,
/// ==, hash, count, index, repr, pickling (as a view of copies); a collections.abc.Sequence.
template <class T>
void bind_sequence_view(pybind11::module_& m, const char* name, const char* doc) {
    namespace py = pybind11;
    using view = sequence_view<T>;
    py::class_<view> cls(m, name, doc);
    cls.def("__len__", [](const view& v) { return v.length; })
        .def("__getitem__", [](const view& v, py::ssize_t index) -> T { return v.at(detail::view_position(index, v.length)); })
        .def("__getitem__",
             [](const view& v, const py::slice& range) {
                 py::ssize_t first = 0, stop = 0, stride = 0, count = 0;
                 if (!range.compute(static_cast<py::ssize_t>(v.length), &first, &stop, &stride, &count)) {
                     throw py::error_already_set();
                 }
                 return view(v.items, v.start + first * v.step, v.step * stride, static_cast<std::size_t>(count));
             })
        .def(
            "__iter__",
            [](const view& v) {
                using it = typename view::iterator;
                return py::make_iterator<py::return_value_policy::copy>(it{&v, 0}, it{&v, v.length});
            },
            py::keep_alive<0, 1>())
        .def("__contains__",
             [](const view& v, const py::object& value) {
                 for (std::size_t i = 0; i < v.length; ++i) {
                     if (detail::item_equals(v, i, value)) return true;
                 }
                 return false;
             })
        .def(
            "count",
            [](const view& v, const py::object& value) {
                std::size_t n = 0;
                for (std::size_t i = 0; i < v.length; ++i) n += detail::item_equals(v, i, value) ? 1 : 0;
                return n;
            },
            py::arg("value"), "How many items equal value.")
        .def(
            "index",
            [](const view& v, const py::object& value, py::ssize_t start, py::ssize_t stop) {
                const py::slice range(start, stop, 1);
                py::ssize_t first = 0, end = 0, stride = 0, count = 0;
                range.compute(static_cast<py::ssize_t>(v.length), &first, &end, &stride, &count);
                for (auto i = first; i < end; ++i) {
                    if (detail::item_equals(v, static_cast<std::size_t>(i), value)) return i;
                }
                throw py::value_error("value is not in the sequence");
            },
            py::arg("value"), py::arg("start") = 0, py::arg("stop") = PY_SSIZE_T_MAX,
            "The first position of an item equal to value (within start:stop); ValueError when there is none.")
        .def("__eq__", &detail::view_equals<T>, py::is_operator())
        .def("__hash__", [](const py::object& self) { return py::hash(py::tuple(self)); })
        .def("__repr__",
             [name](const py::object& self) {
                 // A view cannot be built from Python: "<advocacy.ActionSequence [Action(...), ...]>"
                 return "<advocacy." + std::string(name) + " " + py::repr(py::list(self)).cast<std::string>() + ">";
             })
        .def(py::pickle([](const py::object& self) { return py::tuple(self); },
                        [](const py::tuple& items) { return make_copied_view(items.cast<std::vector<T>>()); }));
    py::module_::import("collections.abc").attr("Sequence").attr("register")(cls);
}

}  // namespace advocacy::python
