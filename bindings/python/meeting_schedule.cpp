// SPDX-License-Identifier: MIT
#include "advocacy/meeting_schedule.hpp"

#include "advocacy/error.hpp"
#include "advocacy/json.hpp"
#include "advocacy/detail/json_sink.hpp"
#include "advocacy/detail/schedule_members.hpp"
#include "advocacy/detail/text.hpp"
#include "bindings.hpp"
#include "casters.hpp"
#include "model_dicts.hpp"

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace py = pybind11;

namespace advocacy::python {
namespace {

// Python numbers weekdays like datetime.date.weekday(): 0 = Monday .. 6 = Sunday.
auto weekday_from_python(int day) -> date::weekday {
    if (day < 0 || day > 6) {
        throw validation_error("weekday", "must be 0 (Monday) to 6 (Sunday), like datetime.date.weekday(); got " +
                                              std::to_string(day));
    }
    return date::weekday{static_cast<unsigned>((day + 1) % 7)};
}

auto weekday_to_python(date::weekday day) -> int { return static_cast<int>((day.c_encoding() + 6) % 7); }

// Negative Python ints would wrap around as unsigned; refuse them with the field's name.
auto non_negative(long long value, const char* field, const char* range) -> unsigned {
    if (value < 0 || value > 1000) {
        throw validation_error(field, std::string("must be ") + range + ", got " + std::to_string(value));
    }
    return static_cast<unsigned>(value);
}

// Local date-times cross as naive datetime.datetime (wall-clock time in the schedule's zone).
auto local_to_python(date::local_seconds t) -> py::object {
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<std::chrono::seconds> time{t - day};
    detail::import_datetime();
    PyObject* const made = PyDateTime_FromDateAndTime(
        static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
        static_cast<int>(static_cast<unsigned>(ymd.day())), static_cast<int>(time.hours().count()),
        static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()), 0);
    if (made == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::object>(made);
}

// A naive datetime.datetime as local time (its microseconds dropped), read through the datetime C
// API as local_to_python writes one.
auto local_from_python(py::handle value, const std::string& field) -> date::local_seconds {
    detail::import_datetime();
    PyObject* const object = value.ptr();
    if (!PyDateTime_Check(object)) {
        throw validation_error(field, "expected a naive datetime.datetime (local time in the schedule's zone)");
    }
    if (PyDateTime_DATE_GET_TZINFO(object) != Py_None) {
        throw validation_error(field, "expected a naive datetime (local time in the schedule's zone)");
    }
    const date::year_month_day ymd{date::year{PyDateTime_GET_YEAR(object)},
                                   date::month{static_cast<unsigned>(PyDateTime_GET_MONTH(object))},
                                   date::day{static_cast<unsigned>(PyDateTime_GET_DAY(object))}};
    return date::local_days{ymd} + std::chrono::hours{PyDateTime_DATE_GET_HOUR(object)} +
           std::chrono::minutes{PyDateTime_DATE_GET_MINUTE(object)} + std::chrono::seconds{PyDateTime_DATE_GET_SECOND(object)};
}

// A datetime.timedelta of whole minutes (negative ones too: days below zero, seconds and
// microseconds never).
auto minutes_from_python(py::handle value, const std::string& field) -> std::chrono::minutes {
    detail::import_datetime();
    PyObject* const object = value.ptr();
    if (!PyDelta_Check(object)) throw validation_error(field, "expected a datetime.timedelta");
    const int seconds = PyDateTime_DELTA_GET_SECONDS(object);
    if (seconds % 60 != 0 || PyDateTime_DELTA_GET_MICROSECONDS(object) != 0) {
        throw validation_error(field, "must be whole minutes");
    }
    return std::chrono::days{PyDateTime_DELTA_GET_DAYS(object)} + std::chrono::minutes{seconds / 60};
}

auto added_to_dict(const added_meeting& a) -> py::dict {
    py::dict d;
    d["start"] = local_to_python(a.start);
    d["duration"] = py::cast(a.duration);
    return d;
}

auto override_to_dict(const meeting_override& o) -> py::dict {
    py::dict d;
    d["original"] = local_to_python(o.original);
    d["cancelled"] = o.cancelled;
    d["start"] = local_to_python(o.start);
    d["duration"] = py::cast(o.duration);
    d["place"] = o.place;
    return d;
}

auto added_from_python(const py::handle& items, const std::string& field) -> std::vector<added_meeting> {
    std::vector<added_meeting> out;
    std::size_t i = 0;
    for (const auto item : items) {
        const std::string at = field + "[" + std::to_string(i++) + "]";
        const auto d = require_dict(item, at);
        check_keys(d, at + ".", {"start", "duration"});
        if (!d.contains("start") || !d.contains("duration")) throw validation_error(at, "expected {'start', 'duration'}");
        out.push_back({local_from_python(d["start"], at + ".start"), minutes_from_python(d["duration"], at + ".duration")});
    }
    return out;
}

auto overrides_from_python(const py::handle& items, const std::string& field) -> std::vector<meeting_override> {
    std::vector<meeting_override> out;
    std::size_t i = 0;
    for (const auto item : items) {
        const std::string at = field + "[" + std::to_string(i++) + "]";
        const auto d = require_dict(item, at);
        check_keys(d, at + ".", {"original", "cancelled", "start", "duration", "place"});
        if (!d.contains("original")) throw validation_error(at + ".original", "is required");
        meeting_override o;
        o.original = local_from_python(d["original"], at + ".original");
        o.cancelled = d.contains("cancelled") && d["cancelled"].cast<bool>();
        if (!o.cancelled) {
            if (!d.contains("start") || !d.contains("duration")) {
                throw validation_error(at, "a change that is not cancelled needs 'start' and 'duration'");
            }
            o.start = local_from_python(d["start"], at + ".start");
            o.duration = minutes_from_python(d["duration"], at + ".duration");
            if (d.contains("place") && !d["place"].is_none()) o.place = get_str(d, "place", at + ".place");
        }
        out.push_back(std::move(o));
    }
    return out;
}

auto added_list(const meeting_schedule& s) -> py::list {
    py::list out;
    for (const auto& a : s.added()) out.append(added_to_dict(a));
    return out;
}

auto overrides_list(const meeting_schedule& s) -> py::list {
    py::list out;
    for (const auto& o : s.overrides()) out.append(override_to_dict(o));
    return out;
}

auto repr(const meeting_schedule& s) -> std::string {
    std::string out = "MeetingSchedule.parse(" + std::string(py::repr(py::str(s.describe()))) +
                      ", time_zone=" + std::string(py::repr(py::str(s.time_zone()))) + ")";
    if (s.effective()) {
        out += ".with_effective(" + std::string(py::repr(py::cast(*s.effective()))) + ")";
    } else if (s.first_day()) {
        out += ".with_first_day(" + std::string(py::repr(py::cast(*s.first_day()))) + ")";
    }
    if (s.count()) out += ".with_count(" + std::to_string(*s.count()) + ")";
    if (!s.skipped().empty()) out += ".with_skipped(" + std::string(py::repr(py::cast(s.skipped()))) + ")";
    if (!s.added().empty()) out += ".with_added(" + std::string(py::repr(added_list(s))) + ")";
    if (!s.overrides().empty()) out += ".with_overrides(" + std::string(py::repr(overrides_list(s))) + ")";
    return out;
}

// meeting_schedule::parse(rule, time_zone), remembering the last few hundred answers: a campaign's
// groups share a handful of rules and zones, and reading the phrase and finding the zone cost more
// than the rest of a group's dict. Parsing is a pure function, so a remembered schedule is the one
// parse would give. Used with the GIL held (it guards the table).
auto parse_remembered(const std::string& rule, const std::string& time_zone) -> meeting_schedule {
    static auto* known = new std::unordered_map<std::string, meeting_schedule>();  // never freed: see zone_info
    std::string key = time_zone;
    key.push_back('\0');
    key += rule;
    if (const auto found = known->find(key); found != known->end()) return found->second;
    meeting_schedule parsed = meeting_schedule::parse(rule, time_zone);
    if (known->size() >= 512) known->clear();
    known->emplace(std::move(key), parsed);
    return parsed;
}

// A DateRange or {'first', 'last'}; {'first', 'last': None} is in effect from `first` with no end.
auto with_effective_value(const meeting_schedule& s, py::handle value, const std::string& field) -> meeting_schedule {
    if (py::isinstance<py::dict>(value)) {
        const auto d = value.cast<py::dict>();
        if (const py::handle last = find_key(d, "last"); last && last.is_none()) {
            check_keys(d, field + ".", {"first", "last"});
            return s.with_first_day(get_date(d, "first", field + ".first"));
        }
    }
    return s.with_effective(date_range_from_value(value, field));
}

// The names of a schedule's JSON object whose text is a day, a local date and time or a time of
// day ("start" is a time of the rule, and a local date and time of an added or moved meeting).
auto is_time_key(std::string_view key) -> bool {
    return key == "start" || key == "original" || key == "first" || key == "last" || key == "skipped";
}

// A schedule's dict, made from the values the JSON writer gives (advocacy::detail::json_sink): the
// dict json.loads makes of the schedule's JSON text, with its days as datetime.date, "start" as a
// datetime.time (in an addition or override, as "original", a naive datetime.datetime).
class dict_sink final : public advocacy::detail::json_sink {
public:
    auto result() -> py::dict { return py::reinterpret_steal<py::dict>(done_.release()); }

    void begin_object() override { open(py::dict()); }
    void end_object() override { close(); }
    void begin_array() override { open(py::list()); }
    void end_array() override { close(); }
    void key(std::string_view name) override { key_ = dict_key(name); }
    void string(std::string_view value) override { put(py::str(value.data(), value.size())); }
    void integer(long long value) override { put(py::int_(value)); }
    void boolean(bool value) override { put(py::bool_(value)); }
    void null() override { put(py::none()); }
    void day(date::sys_days value) override { put(py::cast(value)); }
    void clock(std::chrono::minutes since_midnight) override { put(py::cast(time_of_day{since_midnight})); }
    void local_minute(date::local_seconds value) override { put(local_to_python(value)); }

private:
    void open(const py::object& container) {
        put(container);
        open_.push_back(container);
    }
    void close() { open_.pop_back(); }
    // Into the object or array being made (under the key given last), or as the whole value.
    void put(const py::object& value) {
        if (open_.empty()) {
            done_ = value;
        } else if (PyDict_Check(open_.back().ptr())) {
            if (PyDict_SetItem(open_.back().ptr(), key_.ptr(), value.ptr()) != 0) throw py::error_already_set();
        } else if (PyList_Append(open_.back().ptr(), value.ptr()) != 0) {
            throw py::error_already_set();
        }
    }

    std::vector<py::object> open_;  // the objects and arrays being made, outermost first
    py::handle key_;                // dict_key(): kept for the process
    py::object done_;
};

// Refuses the keys an object inside a schedule's dict cannot have, by the key that holds it.
void check_nested_keys(const py::dict& d, const std::string& field, std::string_view key) {
    if (key == "effective") check_keys(d, field + ".", {"first", "last"});
    if (key == "added") check_keys(d, field + ".", {"start", "duration_minutes"});
    if (key == "overrides") check_keys(d, field + ".", {"original", "cancelled", "start", "duration_minutes", "place"});
}

// A day, time or datetime of a schedule's dict under `key` (one of is_time_key(); "start" is a
// time, or a datetime when `nested` in an addition or override) as its JSON text; read through
// the datetime C API, which costs a fraction of Python's strftime.
auto time_value_to_json(py::handle value, const std::string& field, std::string_view key, bool nested) -> std::string {
    detail::import_datetime();
    PyObject* const object = value.ptr();
    const auto text = [](const char* format, auto... numbers) {
        char out[24];
        return std::string(out, static_cast<std::size_t>(std::snprintf(out, sizeof out, format, numbers...)));
    };
    const auto day_text = [&] {
        return text("%04d-%02d-%02d", PyDateTime_GET_YEAR(object), PyDateTime_GET_MONTH(object), PyDateTime_GET_DAY(object));
    };
    const bool day = key == "first" || key == "last" || key == "skipped";
    const bool start = key == "start" && !nested;
    if (PyDateTime_Check(object) && !day) {
        if (PyDateTime_DATE_GET_TZINFO(object) != Py_None) throw validation_error(field, "expected a naive time, without a zone");
        if (PyDateTime_DATE_GET_SECOND(object) != 0 || PyDateTime_DATE_GET_MICROSECOND(object) != 0) {
            throw validation_error(field, "expected whole minutes");
        }
        return day_text() + text("T%02d:%02d", PyDateTime_DATE_GET_HOUR(object), PyDateTime_DATE_GET_MINUTE(object));
    }
    if (PyDate_Check(object) && !PyDateTime_Check(object) && day) return day_text();
    if (PyTime_Check(object) && start) {
        if (PyDateTime_TIME_GET_TZINFO(object) != Py_None) throw validation_error(field, "expected a naive time, without a zone");
        if (PyDateTime_TIME_GET_SECOND(object) != 0 || PyDateTime_TIME_GET_MICROSECOND(object) != 0) {
            throw validation_error(field, "expected whole minutes");
        }
        return text("%02d:%02d", PyDateTime_TIME_GET_HOUR(object), PyDateTime_TIME_GET_MINUTE(object));
    }
    const char* expected = day ? "a datetime.date" : start ? "a datetime.time" : "a naive datetime.datetime";
    throw validation_error(field, std::string("expected ") + expected + ", got " + detail::type_name(value));
}

// Appends a value of a schedule's dict to `out` as JSON text: under the keys of is_time_key() a
// datetime.date as "2015-11-13", a naive datetime.datetime of whole minutes as "2015-11-13T19:00",
// a naive datetime.time of whole minutes as "19:00" (a str there is refused, as the other dicts
// refuse one for a day); a whole float (pandas' NaN beside ints makes 120 120.0) as an int, NaN as
// null. `at` names the value in errors, `key` is the key that holds it, `nested` says it is inside
// an object of the schedule's (an addition, an override), where "start" is a datetime.
void append_python_json(std::string& out, py::handle value, const field_path& at, std::string_view key, bool nested) {
    if (value.is_none()) {
        out += "null";
    } else if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
        const std::string name = at.str();
        out += '[';
        std::size_t index = 0;
        for (auto item : value) {
            if (index > 0) out += ',';
            const std::string suffix = "[" + std::to_string(index++) + "]";
            append_python_json(out, item, field_path{name, suffix}, key, nested);
        }
        out += ']';
    } else if (is_time_key(key)) {
        advocacy::detail::append_json_string(out, time_value_to_json(value, at.str(), key, nested));
    } else if (py::isinstance<py::bool_>(value)) {
        out += value.cast<bool>() ? "true" : "false";
    } else if (py::isinstance<py::int_>(value)) {
        out += std::to_string(value.cast<long long>());
    } else if (py::isinstance<py::float_>(value)) {
        const double number = value.cast<double>();
        if (std::trunc(number) == number && std::abs(number) < 1e15) {
            out += std::to_string(static_cast<long long>(number));
        } else if (std::isfinite(number)) {
            char text[32];
            out.append(text, std::to_chars(text, text + sizeof text, number).ptr);
        } else {
            out += "null";
        }
    } else if (py::isinstance<py::str>(value)) {
        advocacy::detail::append_json_string(out, text_at(value, at));
    } else if (key == "effective" && is_instance<date_range>(value)) {
        const auto range = value.cast<date_range>();
        out += "{\"first\":\"" + date::format("%F", range.first()) + "\",\"last\":\"" + date::format("%F", range.last()) + "\"}";
    } else if (py::isinstance<py::dict>(value)) {
        const auto d = value.cast<py::dict>();
        const std::string field = at.str();
        check_nested_keys(d, field, key);
        const std::string name = field + ".";
        out += '{';
        for (auto item : d) {
            if (out.back() != '{') out += ',';
            const auto inner = item.first.cast<std::string>();  // str: check_keys() or the caller made sure
            advocacy::detail::append_json_string(out, inner);
            out += ':';
            append_python_json(out, item.second, field_path{name, inner}, inner, true);
        }
        out += '}';
    } else {
        throw validation_error(at.str(), "expected a str, int, bool, None, list or dict, got " + detail::type_name(value));
    }
}

// The dict of earlier releases: the schedule as its English phrase ("rule"), re-parsed.
auto schedule_from_phrase_dict(const py::dict& d, const std::string& prefix) -> meeting_schedule {
    check_keys(d, prefix, {"rule", "rrule", "time_zone", "effective", "skipped", "count", "added", "overrides"});
    meeting_schedule s = parse_remembered(get_str(d, "rule", prefix + "rule"), get_str(d, "time_zone", prefix + "time_zone"));
    if (d.contains("effective") && !d["effective"].is_none()) {
        s = with_effective_value(s, d["effective"], prefix + "effective");
    }
    if (d.contains("count") && !d["count"].is_none()) {
        const auto count = d["count"];
        if (!py::isinstance<py::int_>(count) || py::isinstance<py::bool_>(count)) {
            throw validation_error(prefix + "count", "expected an int or None");
        }
        s = s.with_count(non_negative(count.cast<long long>(), (prefix + "count").c_str(), "1 to 10000"));
    }
    if (d.contains("skipped") && !d["skipped"].is_none()) {
        const auto items = get_list(d, "skipped", prefix + "skipped");
        std::vector<date::sys_days> days;
        for (std::size_t i = 0; i < items.size(); ++i) {
            days.push_back(date_from_value(items[i], prefix + "skipped[" + std::to_string(i) + "]"));
        }
        s = s.with_skipped(std::move(days));
    }
    if (d.contains("added") && !d["added"].is_none()) s = s.with_added(added_from_python(d["added"], prefix + "added"));
    if (d.contains("overrides") && !d["overrides"].is_none()) {
        s = s.with_overrides(overrides_from_python(d["overrides"], prefix + "overrides"));
    }
    return s;
}

// The keys of a schedule's dict, in the order messages list them, and their values by key.
constexpr std::array<std::string_view, 15> schedule_keys{
    "kind", "interval", "nth", "weekday", "day_of_month", "all_day", "start", "duration_minutes", "time_zone",
    "effective", "skipped", "added", "overrides", "rule", "rrule"};
namespace schedule_key {
enum : std::size_t {
    kind, interval, nth, weekday, day_of_month, all_day, start, duration_minutes, time_zone,
    effective, skipped, added, overrides, rule, rrule
};
}  // namespace schedule_key
using schedule_values = std::array<py::object, schedule_keys.size()>;

// Thrown by the plain_ readers below for a value in another form than the one to_dict() gives it:
// the dict is then read through its JSON text, which takes the other forms or says why not.
struct not_plain {};

// A str, as UTF-8 (viewing the str's own copy).
auto plain_text(PyObject* value) -> std::string_view {
    const auto text = py::detail::str_utf8(value);
    if (!text) throw not_plain{};  // not a str, or one with a lone surrogate
    return *text;
}

// An int (not a bool, a whole float or one past 64 bits).
auto plain_integer(PyObject* value) -> long long {
    int overflow = 0;
    const long long n = PyLong_CheckExact(value) ? PyLong_AsLongLongAndOverflow(value, &overflow) : 0;
    if (!PyLong_CheckExact(value) || overflow != 0) throw not_plain{};
    return n;
}

// A value its caster (casters.hpp) takes: a datetime.date for a day, a naive datetime.time of
// whole minutes for a time of day.
template <class T>
auto plain_value(PyObject* value) -> T {
    try {
        return py::handle(value).cast<T>();
    } catch (const py::builtin_exception&) {  // not a T (cast_error), or one its caster refuses
        throw not_plain{};
    }
}

// A DateRange, or the dict {"first": day, "last": day} of one.
auto plain_range(PyObject* value) -> date_range {
    if (is_instance<date_range>(value)) return py::handle(value).cast<date_range>();
    if (!PyDict_CheckExact(value) || PyDict_Size(value) != 2) throw not_plain{};
    PyObject* const first = PyDict_GetItem(value, dict_key("first").ptr());
    PyObject* const last = PyDict_GetItem(value, dict_key("last").ptr());
    if (first == nullptr || last == nullptr) throw not_plain{};
    const auto first_day = plain_value<date::sys_days>(first);
    const auto last_day = plain_value<date::sys_days>(last);
    if (last_day < first_day) throw not_plain{};
    return date_range(first_day, last_day);
}

// A list of days.
auto plain_days(PyObject* value) -> std::vector<date::sys_days> {
    if (!PyList_CheckExact(value)) throw not_plain{};
    std::vector<date::sys_days> out;
    out.reserve(static_cast<std::size_t>(PyList_GET_SIZE(value)));
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(value); ++i) out.push_back(plain_value<date::sys_days>(PyList_GET_ITEM(value, i)));
    return out;
}

// The schedule a dict of the form to_dict() writes says, read from its values without writing its
// JSON text: nullopt when a value is in another form (a float or str where an int goes, a
// datetime.date that is a datetime, a time with seconds, a tuple of days), or there is an
// addition, an override or all_day. Those go through the JSON text, whose reader takes them or
// says where and why. "rule" and "rrule" are the caller's to check.
auto from_dict_values(const schedule_values& values) -> std::optional<meeting_schedule> {
    namespace k = schedule_key;
    const auto given = [&](std::size_t key) -> PyObject* {
        return values[key] && !values[key].is_none() ? values[key].ptr() : nullptr;
    };
    // The value at `key` as `plain` reads it; nullopt when absent or None.
    const auto read = [&](std::size_t key, auto plain) -> std::optional<decltype(plain(nullptr))> {
        PyObject* const value = given(key);
        if (value == nullptr) return std::nullopt;
        return plain(value);
    };
    if (given(k::added) != nullptr || given(k::overrides) != nullptr || given(k::all_day) != nullptr) return std::nullopt;
    try {
        return advocacy::detail::schedule_from_members(
            {.kind = read(k::kind, plain_text),
             .interval = read(k::interval, plain_integer),
             .weekday = read(k::weekday, plain_text),
             .nth = read(k::nth, plain_integer),
             .day_of_month = read(k::day_of_month, plain_integer),
             .start = read(k::start, [](PyObject* value) { return plain_value<time_of_day>(value).since_midnight(); }),
             .duration_minutes = read(k::duration_minutes, plain_integer),
             .time_zone = read(k::time_zone, plain_text),
             .effective = read(k::effective, plain_range),
             .skipped = read(k::skipped, plain_days).value_or(std::vector<date::sys_days>{})});
    } catch (const not_plain&) {
        return std::nullopt;
    }
}

// The schedule a dict says, read through its JSON text: every form the dicts may take, and the
// errors, named by key, of one that says no schedule.
auto from_dict_text(const py::dict& d, const std::string& prefix, const std::string& own) -> meeting_schedule {
    std::string document = "{";
    for (auto item : d) {
        if (document.size() > 1) document += ',';
        const auto key = item.first.cast<std::string>();
        advocacy::detail::append_json_string(document, key);
        document += ':';
        append_python_json(document, item.second, field_path{prefix, key}, key, false);
    }
    document += '}';
    try {
        return meeting_schedule_from_json(document);
    } catch (const parse_error& e) {
        // The reason starts with the JSON pointer of the bad value: "/start: why".
        const std::string& reason = e.reason();
        const auto colon = reason.find(": ");
        if (!reason.starts_with("/") || colon == std::string::npos) throw validation_error(own, reason);
        auto field = json_problem{.pointer = reason.substr(0, colon), .line = 0, .column = 0, .reason = {}}.field();
        auto why = reason.substr(colon + 2);
        // A rule the model refused, reported at the object: "time_zone: unknown IANA time zone ...".
        if (const auto inner = why.find(": "); field.empty() && inner != std::string::npos && inner > 0 &&
                                               std::all_of(why.begin(), why.begin() + static_cast<std::ptrdiff_t>(inner),
                                                           [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; })) {
            field = why.substr(0, inner);
            why = why.substr(inner + 2);
        }
        throw validation_error(field.empty() ? own : prefix + field, why);
    }
}

}  // namespace

auto meeting_schedule_to_dict(const meeting_schedule& s) -> py::dict {
    dict_sink out;
    advocacy::detail::write_schedule(out, s);
    return out.result();
}

auto meeting_schedule_from_dict(py::handle value, const std::string& prefix) -> meeting_schedule {
    if (is_instance<meeting_schedule>(value)) return value.cast<meeting_schedule>();
    const std::string own = prefix.empty() ? "meeting_schedule" : prefix.substr(0, prefix.size() - 1);
    auto d = require_dict(value, own);
    if (!find_key(d, "kind") && find_key(d, "rule")) {
        const std::string message = own +
                                    ": a dict of 'rule' (the schedule as an English phrase) is deprecated and will be "
                                    "removed in the next release; use to_dict()'s fields, those of the JSON document "
                                    "('kind', 'weekday', 'start', 'duration_minutes', ...)";
        if (PyErr_WarnEx(PyExc_DeprecationWarning, message.c_str(), 1) != 0) throw py::error_already_set();
        return schedule_from_phrase_dict(d, prefix);
    }
    schedule_values values;  // owned, as fields_from_dict holds them
    PyObject* key = nullptr;
    PyObject* item = nullptr;
    for (Py_ssize_t position = 0; PyDict_Next(d.ptr(), &position, &key, &item) != 0;) {
        values[key_index(key, prefix, schedule_keys)] = py::reinterpret_borrow<py::object>(item);
    }
    std::optional<meeting_schedule> schedule = from_dict_values(values);
    if (!schedule) schedule = from_dict_text(d, prefix, own);
    // 'rule' and 'rrule' say the schedule for people; one edited (in a spreadsheet, say) that
    // no longer says what the fields say would otherwise be dropped without a word.
    for (const auto& [at, say] : {std::pair{schedule_key::rule, &meeting_schedule::describe},
                                  std::pair{schedule_key::rrule, &meeting_schedule::rrule}}) {
        const py::handle given = values[at];
        if (!given || given.is_none()) continue;
        const std::string said = (*schedule.*say)();
        if (py::detail::str_utf8(given) != std::string_view(said)) {  // the str's own UTF-8, not a copy
            throw validation_error(prefix + std::string(schedule_keys[at]), "does not say the schedule the other fields give (" +
                                                                             advocacy::detail::quoted(said) +
                                                                             "); change those fields, or leave this key out");
        }
    }
    return *std::move(schedule);
}

void init_meeting_schedule(py::module_& m) {
    py::class_<meeting_time>(m, "MeetingTime", "One meeting: start and end as zone-aware datetimes (zoneinfo).")
        .def(py::init([](const date::zoned_seconds& start, const date::zoned_seconds& end) {
                 return meeting_time{start, end};
             }),
             py::arg("start"), py::arg("end"))
        .def_property_readonly("start", [](const meeting_time& t) { return t.start; }, "When it starts (aware datetime).")
        .def_property_readonly("end", [](const meeting_time& t) { return t.end; }, "When it ends (aware datetime).")
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__hash__",
             [](const meeting_time& t) {
                 return std::hash<long long>{}(t.start.get_sys_time().time_since_epoch().count()) * 31 ^
                        std::hash<long long>{}(t.end.get_sys_time().time_since_epoch().count());
             })
        .def("__repr__",
             [](const meeting_time& t) {
                 return "MeetingTime(start=" + std::string(py::repr(py::cast(t.start))) +
                        ", end=" + std::string(py::repr(py::cast(t.end))) + ")";
             })
        .def(py::pickle([](const meeting_time& t) { return py::make_tuple(t.start, t.end); },
                        [](const py::tuple& t) {
                            if (t.size() != 2) throw py::value_error("MeetingTime pickle: expected (start, end)");
                            return meeting_time{t[0].cast<date::zoned_seconds>(), t[1].cast<date::zoned_seconds>()};
                        }));

    py::class_<meeting_schedule>(
        m, "MeetingSchedule",
        "When a group meets: an RFC 5545 rule (daily, weekly on one or more days, monthly on nth weekdays "
        "or days of the month, yearly), at a local start time or all day, in an IANA time zone. Weekdays are "
        "ints 0 = Monday .. 6 = Sunday, as datetime.date.weekday() numbers them.")
        .def_static(
            "daily",
            [](time_of_day start, std::chrono::minutes duration, std::string time_zone, long long interval) {
                return meeting_schedule::daily(start, duration, std::move(time_zone),
                                               non_negative(interval, "interval", "1 to 366 days"));
            },
            py::arg("start"), py::arg("duration"), py::arg("time_zone"), py::arg("interval") = 1,
            "Every `interval` days, counted from first_day (from 1970-01-01 without one).")
        .def_static(
            "from_rrule",
            [](text_arg rule, date::sys_days first_day, time_of_day start, std::chrono::minutes duration,
               std::string time_zone) {
                return meeting_schedule::from_rrule(rule.view, first_day, start, duration, std::move(time_zone));
            },
            py::arg("rule"), py::arg("first_day"), py::arg("start"), py::arg("duration"), py::arg("time_zone"),
            "The schedule an RRULE value ('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10') gives for a first meeting on "
            "`first_day` (a date) at `start`: in effect from that day. ParseError for a part it cannot hold "
            "(BYHOUR, FREQ=HOURLY...), ValidationError naming the field for a value out of range.")
        .def_static(
            "weekly",
            [](int weekday, time_of_day start, std::chrono::minutes duration, std::string time_zone, long long interval) {
                return meeting_schedule::weekly(weekday_from_python(weekday), start, duration, std::move(time_zone),
                                                non_negative(interval, "interval", "1 to 52 weeks"));
            },
            py::arg("weekday"), py::arg("start"), py::arg("duration"), py::arg("time_zone"), py::arg("interval") = 1,
            "Every `interval` weeks on `weekday` (0 = Monday). Weeks run Monday to Sunday and are counted from "
            "the week of first_day (of 1970-01-05 without one).")
        .def_static(
            "monthly_on_weekday",
            [](int nth, int weekday, time_of_day start, std::chrono::minutes duration, std::string time_zone) {
                return meeting_schedule::monthly_on_weekday(nth, weekday_from_python(weekday), start, duration,
                                                            std::move(time_zone));
            },
            py::arg("nth"), py::arg("weekday"), py::arg("start"), py::arg("duration"), py::arg("time_zone"),
            "The nth (1..5, or -1 for the last) `weekday` of each month; a fifth-weekday rule skips months "
            "without one.")
        .def_static(
            "monthly_on_day",
            [](long long day, time_of_day start, std::chrono::minutes duration, std::string time_zone) {
                return meeting_schedule::monthly_on_day(non_negative(day, "day_of_month", "1 to 31"), start, duration,
                                                        std::move(time_zone));
            },
            py::arg("day"), py::arg("start"), py::arg("duration"), py::arg("time_zone"),
            "Day `day` (1..31) of each month; months without that day are skipped.")
        .def_static(
            "parse",
            [](text_arg text, strict<std::string> time_zone) {
                return meeting_schedule::parse(text.view, std::move(time_zone.value));
            },
            py::arg("text"), py::kw_only(), py::arg("time_zone"),
                    "Reads 'second Tuesday of each month at 7pm', 'every other Wednesday at 18:30', "
                    "'last Thursday, 6:30 pm - 8 pm'. ParseError with .position on nonsense.")
        .def_property_readonly("kind", [](const meeting_schedule& s) { return std::string(to_string(s.kind())); },
                               "'weekly', 'monthly_by_weekday', 'monthly_by_day', 'daily' or 'yearly'.")
        .def_property_readonly("interval", &meeting_schedule::interval, "Days, weeks, months or years between meetings.")
        .def_property_readonly(
            "weekday",
            [](const meeting_schedule& s) -> std::optional<int> {
                if (s.weekdays().empty()) return std::nullopt;
                return weekday_to_python(s.weekday());
            },
            "The first of `weekdays`: 0 = Monday .. 6 = Sunday; None for a rule without weekdays.")
        .def_property_readonly(
            "weekdays",
            [](const meeting_schedule& s) {
                py::list out;
                for (const auto& w : s.weekdays()) out.append(py::make_tuple(w.nth, weekday_to_python(w.day)));
                return py::tuple(out);
            },
            "BYDAY as a tuple of (nth, weekday): nth 1..5 or -1..-5 in monthly and yearly rules, 0 otherwise.")
        .def_property_readonly(
            "month_days", [](const meeting_schedule& s) { return tuple_of(s.month_days()); },
            "BYMONTHDAY: 1..31, or -1..-31 counted from the month's end.")
        .def_property_readonly(
            "months", [](const meeting_schedule& s) { return tuple_of(s.months()); }, "BYMONTH (1..12) of a yearly rule.")
        .def_property_readonly("count", &meeting_schedule::count, "COUNT: how many meetings from the effective start, or None.")
        .def_property_readonly("all_day", &meeting_schedule::all_day, "Whether each meeting takes its whole local day.")
        .def_property_readonly(
            "nth",
            [](const meeting_schedule& s) -> std::optional<int> {
                if (s.kind() != recurrence::monthly_by_weekday) return std::nullopt;
                return s.nth();
            },
            "1..5 or -1 (last) for an nth-weekday rule, else None.")
        .def_property_readonly(
            "day_of_month",
            [](const meeting_schedule& s) -> std::optional<unsigned> {
                if (s.kind() != recurrence::monthly_by_day) return std::nullopt;
                return s.day_of_month();
            },
            "1..31 for a day-of-month rule, else None.")
        .def_property_readonly("start", [](const meeting_schedule& s) { return s.start_time(); },
                               "Local start time (datetime.time).")
        .def_property_readonly("duration", &meeting_schedule::duration, "How long (datetime.timedelta).")
        .def_property_readonly("time_zone", &meeting_schedule::time_zone, "IANA time zone name.")
        .def_property_readonly("effective", &meeting_schedule::effective,
                               "The DateRange it is in effect, or None when it has no end (see first_day).")
        .def_property_readonly("first_day", &meeting_schedule::first_day,
                               "The first day it is in effect (datetime.date), also without an end; None when "
                               "open-ended both ways. INTERVAL and COUNT count from it.")
        .def_property_readonly(
            "skipped", [](const meeting_schedule& s) { return tuple_of(s.skipped()); },
            "Days skipped (sorted tuple of datetime.date).")
        .def("with_effective", &meeting_schedule::with_effective, py::arg("dates"),
             "A copy in effect only over `dates` (a DateRange), or always with None.")
        .def("with_first_day", &meeting_schedule::with_first_day, py::arg("day"),
             "A copy in effect from `day` (a datetime.date) with no end, or always with None.")
        .def("with_skipped", &meeting_schedule::with_skipped, py::arg("days"), "A copy that also skips `days`.")
        .def("with_count", &meeting_schedule::with_count, py::arg("count"),
             "A copy that ends after `count` meetings from first_day (None: no COUNT). On a counted rule the "
             "new count counts from first_day with no other end; None leaves it open-ended from first_day.")
        .def("as_all_day", &meeting_schedule::as_all_day, "A copy whose meetings take their whole local day.")
        .def_property_readonly("added", [](const meeting_schedule& s) { return py::tuple(added_list(s)); },
                               "Meetings off the rule (RDATE): tuple of {'start': naive local datetime, 'duration': "
                               "timedelta}, sorted by start.")
        .def_property_readonly("overrides", [](const meeting_schedule& s) { return py::tuple(overrides_list(s)); },
                               "Changed meetings (RECURRENCE-ID): tuple of {'original', 'cancelled', 'start', "
                               "'duration', 'place'}, sorted by original (naive local datetimes).")
        .def(
            "with_added", [](const meeting_schedule& s, const py::iterable& meetings) {
                return s.with_added(added_from_python(meetings, "added"));
            },
            py::arg("meetings"),
            "A copy with meetings off the rule: dicts {'start': naive local datetime, 'duration': timedelta}. "
            "ValidationError for a start the rule already gives.")
        .def(
            "with_overrides", [](const meeting_schedule& s, const py::iterable& changes) {
                return s.with_overrides(overrides_from_python(changes, "overrides"));
            },
            py::arg("changes"),
            "A copy with changed meetings: dicts {'original', 'cancelled': bool, 'start', 'duration', 'place': str}; "
            "'original' is the local start the rule gives the meeting (else ValidationError).")
        .def(
            "override_of", [](const meeting_schedule& s, const meeting_time& m) -> py::object {
                const auto* o = s.override_of(m);
                return o == nullptr ? py::object(py::none()) : py::object(override_to_dict(*o));
            },
            py::arg("meeting"), "The override (a dict) that gave this MeetingTime, or None: a moved meeting's place.")
        .def("occurrences", &meeting_schedule::occurrences, py::arg("days"), py::call_guard<py::gil_scoped_release>(),
             "The meetings whose local start day lies in `days` (a DateRange), in time order, as MeetingTime.")
        .def("next_after", &meeting_schedule::next_after, py::arg("instant"),
             "The first meeting starting strictly after `instant` (an aware datetime), or None.")
        .def("describe", &meeting_schedule::describe, "A phrase parse() reads back to an equal schedule.")
        .def("rrule", &meeting_schedule::rrule, "The RFC 5545 RRULE value, e.g. 'FREQ=MONTHLY;BYDAY=2TU'.")
        .def("to_dict", &meeting_schedule_to_dict,
             "The fields of the JSON document's schedule object ('kind', 'weekday', 'start', 'duration_minutes', "
             "'time_zone', 'effective', 'skipped', ...), with days as datetime.date and times as datetime.time; "
             "then 'rule' and 'rrule', the schedule in words and as an RRULE.")
        .def_static(
            "from_dict", [](const py::dict& d) { return meeting_schedule_from_dict(d); }, py::arg("d"),
            "The schedule to_dict() describes ('effective' may also be a DateRange). 'rule' and 'rrule' may be left "
            "out; given, they must say what the fields say. A dict of 'rule' alone (earlier releases) is read with a "
            "DeprecationWarning.")
        .def("to_json", [](const meeting_schedule& s) { return to_json(s); },
             "The schedule as the JSON object a campaign document holds for a group's meetings.")
        .def_static("from_json", [](std::string_view text) { return meeting_schedule_from_json(text); }, py::arg("text"),
                    "Reads to_json()'s form; ParseError naming the JSON pointer of a bad value.")
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__hash__", [](const meeting_schedule& s) { return std::hash<meeting_schedule>{}(s); })
        .def("__str__", &meeting_schedule::describe)
        .def("__repr__", &repr)
        .def(py::pickle(
            [](const meeting_schedule& s) {
                return py::make_tuple(s.describe(), s.time_zone(), s.effective(), s.skipped(), s.count(), added_list(s),
                                      overrides_list(s), s.first_day());
            },
            [](const py::tuple& t) {
                if (t.size() != 4 && t.size() != 5 && t.size() != 7 && t.size() != 8) {
                    throw py::value_error("MeetingSchedule pickle: expected (rule, time_zone, effective, skipped, count, "
                                          "added, overrides, first_day)");
                }
                auto s = meeting_schedule::parse(t[0].cast<std::string>(), t[1].cast<std::string>());
                const auto effective = t[2].cast<std::optional<date_range>>();
                // Pickles of seven fields or fewer come from before a first day could stand alone.
                if (!effective && t.size() == 8) {
                    s = s.with_first_day(t[7].cast<std::optional<date::sys_days>>());
                } else {
                    s = s.with_effective(effective);
                }
                s = s.with_skipped(t[3].cast<std::vector<date::sys_days>>());
                if (t.size() >= 5) s = s.with_count(t[4].cast<std::optional<unsigned>>());
                if (t.size() >= 7) {
                    s = s.with_added(added_from_python(t[5], "added")).with_overrides(overrides_from_python(t[6], "overrides"));
                }
                return s;
            }));
}

}  // namespace advocacy::python
