// SPDX-License-Identifier: MIT
#pragma once

// Plain-type dictionaries for the campaign model: each X_to_dict / X_from_dict is defined in the
// binding file of X and used by the files that nest an X (a conference's location, a group's
// contacts, a campaign's everything). The readers below turn a missing or mistyped key into
// advocacy::validation_error so Python sees ValidationError naming the key.

#include "advocacy/action.hpp"
#include "advocacy/conference.hpp"
#include "advocacy/contact.hpp"
#include "advocacy/date_range.hpp"
#include "advocacy/error.hpp"
#include "advocacy/group.hpp"
#include "advocacy/location.hpp"
#include "advocacy/meeting_schedule.hpp"
#include "advocacy/region_map.hpp"
#include "advocacy/supporter.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/fields.hpp"

#include "casters.hpp"

#include <pybind11/pybind11.h>

#include <array>
#include <chrono>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace advocacy::python {

// Each from_dict accepts a dict (or an instance of the class itself) and validates the result;
// `field` names the value in errors ("location", "group \"g1\": contacts[0]").
auto location_to_dict(const location& place) -> pybind11::dict;
auto location_from_dict(pybind11::handle value, const std::string& field = "location") -> location;
auto contact_to_dict(const contact& person) -> pybind11::dict;
auto contact_from_dict(pybind11::handle value, const std::string& field = "contact") -> contact;
auto region_map_to_dict(const region_map& map) -> pybind11::dict;
auto region_map_from_dict(pybind11::handle value) -> region_map;
// Field names of a schedule are `prefix` + the key: "rule" alone, 'group "g": meetings.rule' nested.
auto meeting_schedule_to_dict(const meeting_schedule& schedule) -> pybind11::dict;
auto meeting_schedule_from_dict(pybind11::handle value, const std::string& prefix = "") -> meeting_schedule;
auto conference_to_dict(const conference& event) -> pybind11::dict;
auto conference_from_dict(pybind11::handle value) -> conference;
auto action_to_dict(const action& step) -> pybind11::dict;
auto action_from_dict(pybind11::handle value) -> action;
auto group_to_dict(const group& g) -> pybind11::dict;
auto group_from_dict(pybind11::handle value) -> group;
auto supporter_to_dict(const supporter& person) -> pybind11::dict;
auto supporter_from_dict(pybind11::handle value) -> supporter;

// The str of a dict key that is a name of the document's (a field's, a JSON member's): made once for
// the process and interned, shared by every dict as json.loads shares its keys. A campaign's
// to_dict() has some 30 keys a group, where a str each was most of its objects. Kept for the life
// of the process (a few dozen names, like the zones of casters.hpp); call it with the GIL held.
inline auto dict_key(std::string_view name) -> pybind11::handle {
    struct hash {
        using is_transparent = void;
        auto operator()(std::string_view text) const noexcept -> std::size_t { return std::hash<std::string_view>{}(text); }
    };
    static auto* const keys = new std::unordered_map<std::string, PyObject*, hash, std::equal_to<>>();
    if (const auto found = keys->find(name); found != keys->end()) return found->second;
    PyObject* key = PyUnicode_FromStringAndSize(name.data(), static_cast<Py_ssize_t>(name.size()));
    if (key == nullptr) throw pybind11::error_already_set();
    PyUnicode_InternInPlace(&key);
    keys->emplace(std::string(name), key);
    return key;
}

// Whether `value` is an instance of T's Python class (a subclass's too), the class looked up once:
// pybind11::isinstance<T> finds it in pybind11's registry by hashing the C++ type's name on every
// call, which was a tenth of reading a small dict. Call it with the GIL held.
template <class T>
auto is_instance(pybind11::handle value) -> bool {
    static auto* const type = reinterpret_cast<PyTypeObject*>(pybind11::type::of<T>().ptr());  // lives as long as the module
    return PyObject_TypeCheck(value.ptr(), type) != 0;
}

// Python's repr of a str: 'Baltimore', with quotes escaped as Python does.
inline auto py_repr(std::string_view text) -> std::string {
    return pybind11::repr(pybind11::str(text.data(), text.size())).cast<std::string>();
}

// Builds "Name(a='x', b=DateRange(...))" for __repr__: a call that evaluates to an equal object
// (keyword arguments, the fields that differ from their defaults). For an object that cannot be
// rebuilt that way (a campaign, a view, a result), opaque() builds "<advocacy.Name a='x' b=3>"
// instead, so that eval() fails rather than making something else.
class repr_builder {
public:
    explicit repr_builder(std::string name) : out_(std::move(name) + "(") {}
    static auto opaque(std::string_view name) -> repr_builder {
        repr_builder out("");
        out.out_ = "<advocacy." + std::string(name);
        out.separator_ = " ";
        out.first_separator_ = " ";
        out.close_ = ">";
        return out;
    }
    // Adds name='text' (Python quoting) unless skipped.
    auto str(std::string_view name, std::string_view text, bool skip_empty = true) -> repr_builder& {
        if (skip_empty && text.empty()) return *this;
        return raw(name, py_repr(text));
    }
    // Adds name=<already formatted>.
    auto raw(std::string_view name, std::string_view formatted) -> repr_builder& {
        out_ += first_ ? first_separator_ : separator_;
        first_ = false;
        out_.append(name).append("=").append(formatted);
        return *this;
    }
    auto done() -> std::string { return out_ + close_; }

private:
    std::string out_;
    std::string separator_ = ", ";
    std::string first_separator_;
    std::string close_ = ")";
    bool first_ = true;
};

// Python's repr of any value the bindings can convert (a DateRange, a datetime, a list of Contact).
template <class T>
auto py_repr_of(const T& value) -> std::string {
    return pybind11::repr(pybind11::cast(value)).template cast<std::string>();
}

// Runs `check`, renaming a validation_error's field from "location.country" to
// `field` + ".country" when the value sits inside another object.
template <class Check>
void validate_as(const std::string& field, std::string_view own_name, Check&& check) {
    try {
        check();
    } catch (const validation_error& e) {
        const std::string prefix = std::string(own_name) + ".";
        if (field == own_name || !e.field().starts_with(prefix)) throw;
        throw validation_error(field + "." + e.field().substr(prefix.size()), e.reason());
    }
}

// `value` as a dict, or validation_error(field, "expected a dict").
inline auto require_dict(pybind11::handle value, const std::string& field) -> pybind11::dict {
    if (!pybind11::isinstance<pybind11::dict>(value)) {
        throw validation_error(field, "expected a dict, got " + detail::type_name(value));
    }
    return pybind11::reinterpret_borrow<pybind11::dict>(value);
}

// The value at `key`, or a null handle when there is none: one lookup (contains() and [] make two,
// each building a str for the key).
inline auto find_key(const pybind11::dict& d, const char* key) -> pybind11::handle {
    return PyDict_GetItemString(d.ptr(), key);
}

// The index of `key` in `known`, refusing a key outside it: a misspelt key would otherwise be
// dropped without a word. The error's field is `prefix` + the key ("location." or
// "conference \"x\": ").
inline auto key_index(pybind11::handle key, const std::string& prefix, std::span<const std::string_view> known)
    -> std::size_t {
    if (!pybind11::isinstance<pybind11::str>(key)) {
        throw validation_error(prefix + "<key>", "keys must be str, got " + detail::type_name(key));
    }
    const auto utf8 = pybind11::detail::str_utf8(key);
    if (!utf8) throw validation_error(prefix + "<key>", "a key is not text (it holds a lone surrogate)");
    const std::string_view text = *utf8;
    for (std::size_t i = 0; i < known.size(); ++i) {
        if (known[i] == text) return i;
    }
    std::string expected;
    for (auto k : known) expected += (expected.empty() ? "" : ", ") + std::string(k);
    throw validation_error(prefix + std::string(text), "unknown key; expected one of " + expected);
}

// Refuses keys outside `known` (key_index).
inline void check_keys(const pybind11::dict& d, const std::string& prefix, std::initializer_list<std::string_view> known) {
    for (auto item : d) key_index(item.first, prefix, {known.begin(), known.size()});
}

// A value's name in errors, `prefix` + `key` ('group "g17": place.' + "locality"), built only when
// one is thrown: most values are good, and most names outgrow a string's inline buffer.
struct field_path {
    const std::string& prefix;
    std::string_view key{};
    auto str() const -> std::string { return prefix + std::string(key); }
};

// The UTF-8 of the str `value`, viewing the str's own (valid while the str lives): a
// validation_error at `at` for another type, and for a str with no UTF-8 form (a lone surrogate,
// which json.load gives for "\udc80"), where pybind11's caster raises a bare RuntimeError.
inline auto text_at(pybind11::handle value, const field_path& at) -> std::string_view {
    if (!pybind11::isinstance<pybind11::str>(value)) {
        throw validation_error(at.str(), "expected a str, got " + detail::type_name(value));
    }
    const auto text = pybind11::detail::str_utf8(value);
    if (!text) throw validation_error(at.str(), "not text (it holds a lone surrogate)");
    return *text;
}

// The str at `key`; `fallback` when missing (validation_error "missing" when there is none).
inline auto get_str(const pybind11::dict& d, const char* key, const std::string& field,
                    std::optional<std::string> fallback = std::nullopt) -> std::string {
    const pybind11::handle value = find_key(d, key);
    if (!value) {
        if (fallback) return *fallback;
        throw validation_error(field, "missing");
    }
    return std::string(text_at(value, field_path{field}));
}

// A datetime.date (not a datetime.datetime) as a day.
inline auto date_from_value(pybind11::handle value, const std::string& field) -> date::sys_days {
    try {
        return value.cast<date::sys_days>();
    } catch (const pybind11::cast_error&) {
        throw validation_error(field, "expected a datetime.date, got " + detail::type_name(value));
    } catch (const pybind11::builtin_exception& e) {  // the caster's reason: a datetime.datetime
        throw validation_error(field, e.what());
    }
}

// date_from_value() of the value at `key`; validation_error "missing" when there is none.
inline auto get_date(const pybind11::dict& d, const char* key, const std::string& field) -> date::sys_days {
    const pybind11::handle value = find_key(d, key);
    if (!value) throw validation_error(field, "missing");
    return date_from_value(value, field);
}

// A naive datetime.time of whole minutes as minutes after midnight; nullopt for None.
inline auto time_from_value(pybind11::handle value, const std::string& field) -> std::optional<std::chrono::minutes> {
    if (value.is_none()) return std::nullopt;
    try {
        return value.cast<time_of_day>().since_midnight();
    } catch (const pybind11::cast_error&) {
        throw validation_error(field, "expected a datetime.time or None, got " + detail::type_name(value));
    } catch (const pybind11::builtin_exception& e) {  // the caster's reason: aware, or seconds
        throw validation_error(field, e.what());
    }
}

// A list (or tuple) at `key`, as handles; empty when missing.
inline auto get_list(const pybind11::dict& d, const char* key, const std::string& field) -> std::vector<pybind11::handle> {
    std::vector<pybind11::handle> out;
    const pybind11::handle value = find_key(d, key);
    if (!value) return out;
    if (!pybind11::isinstance<pybind11::list>(value) && !pybind11::isinstance<pybind11::tuple>(value)) {
        throw validation_error(field, "expected a list, got " + detail::type_name(value));
    }
    for (auto item : value) out.push_back(item);
    return out;
}

// [to_dict(item) for item in items]: the list form of a list of model objects.
template <class Items, class ToDict>
auto dict_list(const Items& items, ToDict to_dict) -> pybind11::list {
    pybind11::list out;
    for (const auto& item : items) out.append(to_dict(item));
    return out;
}

// A tuple of independent copies: how a model object hands out a list it holds. A tuple cannot be
// appended to, so `x.items.append(...)` fails loudly instead of changing a copy nobody keeps, and
// copies never point into a vector that may reallocate.
template <class Items>
auto tuple_of(const Items& items) -> pybind11::tuple {
    pybind11::tuple out(items.size());
    std::size_t i = 0;
    for (const auto& item : items) out[i++] = pybind11::cast(item, pybind11::return_value_policy::copy);
    return out;
}

// {"first": date, "last": date}
inline auto date_range_to_dict(const date_range& range) -> pybind11::dict {
    pybind11::dict d;
    d[dict_key("first")] = pybind11::cast(range.first());
    d[dict_key("last")] = pybind11::cast(range.last());
    return d;
}

// A DateRange, or a dict {"first": date, "last": date}.
inline auto date_range_from_value(pybind11::handle value, const std::string& field) -> date_range {
    if (is_instance<date_range>(value)) return value.cast<date_range>();
    auto d = require_dict(value, field);
    check_keys(d, field + ".", {"first", "last"});
    const auto first = get_date(d, "first", field + ".first");
    const auto last = get_date(d, "last", field + ".last");
    if (last < first) throw validation_error(field + ".last", "before first");
    return date_range(first, last);
}

// ---------------------------------------------------------------------------------------------
// Dicts derived from each type's field list (detail/fields.hpp): the keys and nesting of the JSON
// document, with Python values (datetime.date, datetime.time, None for what is not set).

template <class T>
auto value_to_py(const T& value) -> pybind11::object;

// {name: value} for every field of T, in the list's order.
template <class T>
auto fields_to_dict(const T& value) -> pybind11::dict {
    pybind11::dict d;
    advocacy::detail::for_each_field<T>([&](const auto& f) {
        d[dict_key(f.name)] = value_to_py(value.*(f.member));
    });
    return d;
}

template <class T>
auto value_to_py(const T& value) -> pybind11::object {
    if constexpr (advocacy::detail::is_text<T>) {
        return pybind11::str(value.data(), value.size());
    } else if constexpr (std::is_same_v<T, state_code>) {
        return pybind11::str(value.str());
    } else if constexpr (std::is_same_v<T, date::sys_days>) {
        return pybind11::cast(value);
    } else if constexpr (std::is_same_v<T, std::chrono::minutes>) {
        return pybind11::cast(time_of_day{value});
    } else if constexpr (std::is_same_v<T, date_range>) {
        return date_range_to_dict(value);
    } else if constexpr (std::is_same_v<T, meeting_schedule>) {
        return meeting_schedule_to_dict(value);
    } else if constexpr (std::is_enum_v<T>) {
        return pybind11::str(std::string(to_string(value)));
    } else if constexpr (advocacy::detail::is_optional<T>) {
        return value ? value_to_py(*value) : pybind11::none();
    } else if constexpr (advocacy::detail::is_vector<T>) {
        pybind11::list out;
        for (const auto& item : value) out.append(value_to_py(item));
        return out;
    } else {
        static_assert(advocacy::detail::described<T>, "a member type the Python dicts do not know");
        return fields_to_dict(value);
    }
}

inline auto parse_kind(std::type_identity<group_kind>, std::string_view text) -> group_kind { return parse_group_kind(text); }
inline auto parse_kind(std::type_identity<action_kind>, std::string_view text) -> action_kind { return parse_action_kind(text); }
inline auto parse_kind(std::type_identity<target_kind>, std::string_view text) -> target_kind { return parse_target_kind(text); }

template <class T>
auto fields_from_dict(const pybind11::dict& d, const std::string& prefix) -> T;

// The member value at `at` (absent and None are handled by the caller).
template <class T>
auto value_from_py(pybind11::handle value, const field_path& at) -> T {
    if constexpr (advocacy::detail::is_text<T>) {
        return T(text_at(value, at));
    } else if constexpr (std::is_same_v<T, state_code>) {
        const auto text = value_from_py<std::string>(value, at);
        return state_code::valid(text) ? state_code{text} : advocacy::detail::state_at(at.str(), text);
    } else if constexpr (std::is_same_v<T, date::sys_days>) {
        return date_from_value(value, at.str());
    } else if constexpr (std::is_same_v<T, std::chrono::minutes>) {
        return *time_from_value(value, at.str());
    } else if constexpr (std::is_same_v<T, date_range>) {
        return date_range_from_value(value, at.str());
    } else if constexpr (std::is_same_v<T, meeting_schedule>) {
        if (!is_instance<meeting_schedule>(value) && !pybind11::isinstance<pybind11::dict>(value)) {
            throw validation_error(at.str(), "expected a MeetingSchedule, its dict or None, got " + detail::type_name(value));
        }
        return meeting_schedule_from_dict(value, at.str() + ".");
    } else if constexpr (std::is_enum_v<T>) {
        return parse_kind(std::type_identity<T>{}, value_from_py<std::string>(value, at));  // ParseError
    } else if constexpr (advocacy::detail::is_optional<T>) {
        return value_from_py<typename T::value_type>(value, at);
    } else if constexpr (advocacy::detail::is_vector<T>) {
        if (!pybind11::isinstance<pybind11::list>(value) && !pybind11::isinstance<pybind11::tuple>(value)) {
            throw validation_error(at.str(), "expected a list, got " + detail::type_name(value));
        }
        const std::string name = at.str();
        T out;
        for (auto item : value) {
            const std::string index = "[" + std::to_string(out.size()) + "]";
            out.push_back(value_from_py<typename T::value_type>(item, field_path{name, index}));
        }
        return out;
    } else {
        static_assert(advocacy::detail::described<T>, "a member type the Python dicts do not know");
        if (is_instance<T>(value)) return value.template cast<T>();
        const std::string name = at.str();
        return fields_from_dict<T>(require_dict(value, name), name + ".");
    }
}

// The member value at `field`.
template <class T>
auto value_from_py(pybind11::handle value, const std::string& field) -> T {
    return value_from_py<T>(value, field_path{field});
}

// A T from a dict of its fields: unknown keys refused, a required field missing named, each
// field's errors named `prefix` + its key ('conference "x": dates.first'). Absent and None leave a
// field at its default, as null does in JSON. Not validated: each from_dict validates the whole.
// One pass over the dict finds each field's value (a lookup by name would build a str per field).
template <class T>
auto fields_from_dict(const pybind11::dict& d, const std::string& prefix) -> T {
    static constexpr auto names = advocacy::detail::field_names<T>();
    std::array<pybind11::object, names.size()> values;  // owned: reading a value may run Python code
    PyObject* key = nullptr;
    PyObject* value = nullptr;
    for (Py_ssize_t position = 0; PyDict_Next(d.ptr(), &position, &key, &value) != 0;) {
        values[key_index(key, prefix, names)] = pybind11::reinterpret_borrow<pybind11::object>(value);
    }
    T out;
    std::size_t index = 0;
    advocacy::detail::for_each_field<T>([&](const auto& f) {
        using member_type = typename std::decay_t<decltype(f)>::value_type;
        const pybind11::handle given = values[index++];
        if (!given || given.is_none()) {
            if (f.use == advocacy::detail::presence::required) throw validation_error(prefix + std::string(f.name), "missing");
            return;
        }
        out.*(f.member) = value_from_py<member_type>(given, field_path{prefix, f.name});
    });
    return out;
}

// `d` with the key `old_key` renamed `new_key` (a DeprecationWarning naming both), for dicts
// written before the keys followed JSON's; `d` itself when it has no `old_key`.
inline auto with_renamed_key(const pybind11::dict& d, const char* old_key, const char* new_key, const char* what)
    -> pybind11::dict {
    const pybind11::handle old_value = find_key(d, old_key);
    if (!old_value) return d;
    if (find_key(d, new_key)) {
        throw validation_error(std::string(what) + new_key,
                               std::string("given twice, as '") + new_key + "' and as the deprecated '" + old_key + "'");
    }
    const std::string message = std::string(what) + "the dict key '" + old_key +
                                "' is deprecated and will be removed in the next release; use '" + new_key +
                                "', the key of the JSON document";
    if (PyErr_WarnEx(PyExc_DeprecationWarning, message.c_str(), 1) != 0) throw pybind11::error_already_set();
    pybind11::dict out;
    for (auto item : d) {
        const bool is_old = pybind11::detail::str_utf8(item.first) == std::string_view(old_key);
        out[is_old ? pybind11::str(new_key) : pybind11::reinterpret_borrow<pybind11::object>(item.first)] = item.second;
    }
    return out;
}

}  // namespace advocacy::python
