// SPDX-License-Identifier: MIT
#pragma once

// Type casters shared by the binding files: calendar days cross as datetime.date. Not
// pybind11/chrono.h, which converts days through local time and shifts them.
//
// Also: date::zoned_seconds <-> zone-aware datetime.datetime (tzinfo a zoneinfo.ZoneInfo),
// date::sys_seconds <-> aware datetime (UTC on the way out), std::chrono::minutes <->
// datetime.timedelta (whole minutes), time_of_day <-> datetime.time, compact_string <-> str, and
// state_code <-> str (a str that is not a code raises ValidationError, field "state").

#include <date/date.h>
#include <date/tz.h>
#include <pybind11/pybind11.h>

#include <datetime.h>

#include "advocacy/compact_string.hpp"
#include "advocacy/error.hpp"
#include "advocacy/state_code.hpp"
#include "advocacy/time_of_day.hpp"

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace advocacy::python::detail {

// PyDateTimeAPI is a static per translation unit, so every unit that converts imports it. The
// helpers that touch it have internal linkage (static): an inline function would be merged across
// units by the linker and could read another unit's, never imported, PyDateTimeAPI.
static inline void import_datetime() {
    if (PyDateTimeAPI == nullptr) {
        PyDateTime_IMPORT;
        if (PyDateTimeAPI == nullptr) throw pybind11::error_already_set();
    }
}

// zoneinfo.ZoneInfo(zone->name()), made once per zone and kept for the life of the process:
// ZoneInfo caches too, but the import and the call cost more than converting a meeting. The
// objects are deliberately never released (the interpreter may be gone at static destruction).
static inline auto zone_info(const date::time_zone* zone) -> pybind11::handle {
    static auto* cache = new std::unordered_map<const date::time_zone*, PyObject*>();
    if (auto found = cache->find(zone); found != cache->end()) return found->second;
    static PyObject* zone_info_type =
        pybind11::object(pybind11::module_::import("zoneinfo").attr("ZoneInfo")).release().ptr();
    PyObject* info = PyObject_CallOneArg(zone_info_type, pybind11::str(zone->name()).ptr());
    if (info == nullptr) throw pybind11::error_already_set();
    cache->emplace(zone, info);
    return info;
}

// The name of a Python object's type ("str", "datetime"), for messages.
static inline auto type_name(pybind11::handle value) -> std::string {
    return pybind11::str(pybind11::type::handle_of(value).attr("__name__")).cast<std::string>();
}

// The instant an aware datetime denotes; TypeError for a naive one.
static inline auto instant_of(pybind11::handle src) -> date::sys_seconds {
    import_datetime();
    PyObject* tz = PyDateTime_DATE_GET_TZINFO(src.ptr());
    pybind11::object offset;
    if (tz != Py_None) offset = pybind11::reinterpret_borrow<pybind11::object>(src).attr("utcoffset")();
    if (tz == Py_None || offset.is_none()) {
        throw pybind11::type_error("needs a zone-aware datetime (tzinfo=zoneinfo.ZoneInfo(...)), got a naive one");
    }
    using namespace std::chrono;
    const date::year_month_day ymd{date::year{PyDateTime_GET_YEAR(src.ptr())},
                                   date::month{static_cast<unsigned>(PyDateTime_GET_MONTH(src.ptr()))},
                                   date::day{static_cast<unsigned>(PyDateTime_GET_DAY(src.ptr()))}};
    const seconds local = date::sys_days{ymd}.time_since_epoch() + hours{PyDateTime_DATE_GET_HOUR(src.ptr())} +
                          minutes{PyDateTime_DATE_GET_MINUTE(src.ptr())} +
                          seconds{PyDateTime_DATE_GET_SECOND(src.ptr())};
    const seconds shift = days{PyDateTime_DELTA_GET_DAYS(offset.ptr())} + seconds{PyDateTime_DELTA_GET_SECONDS(offset.ptr())};
    return date::sys_seconds{local - shift};  // microseconds are dropped: meetings start on the second
}

// An aware datetime in UTC for `instant`.
static inline auto utc_datetime(date::sys_seconds instant) -> PyObject* {
    import_datetime();
    const auto day = std::chrono::floor<date::days>(instant);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<std::chrono::seconds> time{instant - day};
    const int year = static_cast<int>(ymd.year());
    if (year < 1 || year > 9999) throw pybind11::value_error("instant is outside datetime's years 1 to 9999");
    PyObject* out = PyDateTimeAPI->DateTime_FromDateAndTime(
        year, static_cast<int>(static_cast<unsigned>(ymd.month())), static_cast<int>(static_cast<unsigned>(ymd.day())),
        static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
        static_cast<int>(time.seconds().count()), 0, PyDateTime_TimeZone_UTC, PyDateTimeAPI->DateTimeType);
    if (out == nullptr) throw pybind11::error_already_set();
    return out;
}

// "U+DCFF" for messages.
static inline auto code_point_name(Py_UCS4 c) -> std::string {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out = "U+";
    for (int shift = c > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) out += digits[(c >> shift) & 0xF];
    return out;
}

// A str with a lone surrogate (bytes decoded with errors='surrogateescape') has no UTF-8 form.
// Refused as a ParseError at the byte offset of the surrogate in the text with the surrogates
// written as \udcff escapes: the message quotes a few dozen characters around it, never the
// whole input.
[[noreturn]] static inline void refuse_surrogate(pybind11::handle text) {
    PyErr_Clear();
    const auto kind = PyUnicode_KIND(text.ptr());
    const void* data = PyUnicode_DATA(text.ptr());
    const Py_ssize_t length = PyUnicode_GET_LENGTH(text.ptr());
    Py_ssize_t at = 0;
    while (at < length && !Py_UNICODE_IS_SURROGATE(PyUnicode_READ(kind, data, at))) ++at;
    const Py_UCS4 found = at < length ? PyUnicode_READ(kind, data, at) : 0;
    const pybind11::object shown = pybind11::reinterpret_steal<pybind11::object>(PyUnicode_AsEncodedString(text.ptr(), "utf-8", "backslashreplace"));
    const pybind11::object before = pybind11::reinterpret_steal<pybind11::object>(PyUnicode_Substring(text.ptr(), 0, at));
    Py_ssize_t offset = 0;
    if (!shown || !before || PyUnicode_AsUTF8AndSize(before.ptr(), &offset) == nullptr) throw pybind11::error_already_set();
    throw advocacy::parse_error(
        std::string_view(PYBIND11_BYTES_AS_STRING(shown.ptr()), static_cast<std::size_t>(PYBIND11_BYTES_SIZE(shown.ptr()))),
        static_cast<std::size_t>(offset),
        "the str holds a lone surrogate (" + code_point_name(found) +
            "), which is not text: decode the input as UTF-8 without errors='surrogateescape'");
}

// The UTF-8 of a str, or of bytes that are UTF-8, for a reader; borrowed from `text`, which
// the caller keeps alive. ParseError for a lone surrogate or bytes that are not UTF-8, TypeError
// (naming only the type) for anything else.
static inline auto utf8_text(pybind11::handle text) -> std::string_view {
    if (PyUnicode_Check(text.ptr())) {
        Py_ssize_t size = 0;
        const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
        if (data == nullptr) refuse_surrogate(text);
        return {data, static_cast<std::size_t>(size)};
    }
    if (PyBytes_Check(text.ptr())) {
        const std::string_view bytes(PYBIND11_BYTES_AS_STRING(text.ptr()), static_cast<std::size_t>(PYBIND11_BYTES_SIZE(text.ptr())));
        const pybind11::object decoded = pybind11::reinterpret_steal<pybind11::object>(
            PyUnicode_DecodeUTF8(bytes.data(), static_cast<Py_ssize_t>(bytes.size()), "strict"));
        if (decoded) return bytes;
        PyObject *type = nullptr, *value = nullptr, *trace = nullptr;
        PyErr_Fetch(&type, &value, &trace);
        PyErr_NormalizeException(&type, &value, &trace);
        Py_ssize_t start = 0;
        const bool known = value != nullptr && PyUnicodeDecodeError_GetStart(value, &start) == 0;
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(trace);
        PyErr_Clear();
        const auto at = known ? static_cast<std::size_t>(start) : 0;
        static constexpr char digits[] = "0123456789ABCDEF";
        const auto byte = static_cast<unsigned char>(at < bytes.size() ? bytes[at] : 0);
        throw advocacy::parse_error(bytes, at,
                                    std::string("byte 0x") + digits[byte >> 4] + digits[byte & 0xF] +
                                        " is not UTF-8: the readers take UTF-8 text (decode other encodings first)");
    }
    throw pybind11::type_error("expected a str, got " + type_name(text));
}

}  // namespace advocacy::python::detail

namespace advocacy::python {

/// Text for a reader: a str (or UTF-8 bytes) seen as UTF-8 without a copy, valid during the call.
/// Unlike std::string_view's caster, input without a UTF-8 form is refused with a short
/// ParseError instead of a TypeError that repeats the whole argument.
struct text_arg {
    std::string_view view;
};

/// A reader's other argument: a wrong type raises a TypeError naming the expected and the given
/// type, instead of pybind11's overload message, which repeats every argument (the whole text
/// with them). For functions without overloads only.
template <class T>
struct strict {
    T value;
};

}  // namespace advocacy::python

namespace pybind11::detail {

template <class T>
struct type_caster<advocacy::python::strict<T>> {
    PYBIND11_TYPE_CASTER(advocacy::python::strict<T>, make_caster<T>::name);

    auto load(handle src, bool convert) -> bool {
        make_caster<T> inner;
        if (!inner.load(src, convert)) {
            throw type_error(std::string("expected ") + make_caster<T>::name.text + ", got " +
                             advocacy::python::detail::type_name(src));
        }
        value.value = cast_op<T>(std::move(inner));
        return true;
    }
};

template <>
struct type_caster<advocacy::python::text_arg> {
    PYBIND11_TYPE_CASTER(advocacy::python::text_arg, const_name("str"));

    auto load(handle src, bool) -> bool {
        if (!src) return false;
        value.view = advocacy::python::detail::utf8_text(src);
        return true;
    }
};

template <>
struct type_caster<date::sys_seconds> {
    PYBIND11_TYPE_CASTER(date::sys_seconds, const_name("datetime.datetime"));

    auto load(handle src, bool) -> bool {
        advocacy::python::detail::import_datetime();
        if (!src || !PyDateTime_Check(src.ptr())) return false;
        value = advocacy::python::detail::instant_of(src);
        return true;
    }

    static auto cast(date::sys_seconds instant, return_value_policy, handle) -> handle {
        return advocacy::python::detail::utc_datetime(instant);
    }
};

// The instant goes out in UTC and ZoneInfo.fromutc moves it to local time, so Python's own zone
// data decides the fields and the fold of a repeated hour: the instant is always preserved.
template <>
struct type_caster<date::zoned_seconds> {
    PYBIND11_TYPE_CASTER(date::zoned_seconds, const_name("datetime.datetime"));

    auto load(handle src, bool) -> bool {
        advocacy::python::detail::import_datetime();
        if (!src || !PyDateTime_Check(src.ptr())) return false;
        const date::sys_seconds instant = advocacy::python::detail::instant_of(src);
        handle tz{PyDateTime_DATE_GET_TZINFO(src.ptr())};
        std::string name = "UTC";  // a fixed offset or another tzinfo: the instant is kept, shown in UTC
        if (hasattr(tz, "key")) {
            object key = tz.attr("key");
            if (isinstance<str>(key)) name = key.cast<std::string>();
        }
        const date::time_zone* zone = nullptr;
        try {
            zone = date::locate_zone(name);
        } catch (const std::runtime_error&) {
            throw value_error("unknown IANA time zone \"" + name + "\"");
        }
        value = date::zoned_seconds{zone, instant};
        return true;
    }

    static auto cast(const date::zoned_seconds& time, return_value_policy, handle) -> handle {
        advocacy::python::detail::import_datetime();
        const handle tz = advocacy::python::detail::zone_info(time.get_time_zone());
        const date::sys_seconds instant = time.get_sys_time();
        const auto day = std::chrono::floor<date::days>(instant);
        const date::year_month_day ymd{day};
        const date::hh_mm_ss<std::chrono::seconds> clock{instant - day};
        const int year = static_cast<int>(ymd.year());
        if (year < 2 || year > 9998) throw value_error("instant is outside datetime's years 1 to 9999");
        // ZoneInfo.fromutc takes the UTC fields on a datetime that already carries the zone.
        object utc_fields = reinterpret_steal<object>(PyDateTimeAPI->DateTime_FromDateAndTime(
            year, static_cast<int>(static_cast<unsigned>(ymd.month())), static_cast<int>(static_cast<unsigned>(ymd.day())),
            static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
            static_cast<int>(clock.seconds().count()), 0, tz.ptr(), PyDateTimeAPI->DateTimeType));
        if (!utc_fields) throw error_already_set();
        static PyObject* fromutc = PyUnicode_InternFromString("fromutc");
        PyObject* out = PyObject_CallMethodOneArg(tz.ptr(), fromutc, utc_fields.ptr());
        if (out == nullptr) throw error_already_set();
        return out;
    }
};

// A duration of whole minutes as datetime.timedelta.
template <>
struct type_caster<std::chrono::minutes> {
    PYBIND11_TYPE_CASTER(std::chrono::minutes, const_name("datetime.timedelta"));

    auto load(handle src, bool) -> bool {
        advocacy::python::detail::import_datetime();
        if (!src || !PyDelta_Check(src.ptr())) return false;
        const long long secs = static_cast<long long>(PyDateTime_DELTA_GET_DAYS(src.ptr())) * 86400 +
                               PyDateTime_DELTA_GET_SECONDS(src.ptr());
        if (PyDateTime_DELTA_GET_MICROSECONDS(src.ptr()) != 0 || secs % 60 != 0) {
            throw value_error("expected a timedelta of whole minutes");
        }
        value = std::chrono::minutes{secs / 60};
        return true;
    }

    static auto cast(std::chrono::minutes m, return_value_policy, handle) -> handle {
        advocacy::python::detail::import_datetime();
        const auto total = m.count();
        const auto day = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
        return PyDelta_FromDSU(static_cast<int>(day), static_cast<int>((total - day * 1440) * 60), 0);
    }
};

// A local time of day as a naive datetime.time.
template <>
struct type_caster<advocacy::time_of_day> {
    PYBIND11_TYPE_CASTER(advocacy::time_of_day, const_name("datetime.time"));

    auto load(handle src, bool) -> bool {
        advocacy::python::detail::import_datetime();
        if (!src || !PyTime_Check(src.ptr())) return false;
        if (PyDateTime_TIME_GET_TZINFO(src.ptr()) != Py_None) {
            throw type_error("expected a naive datetime.time: the zone is given apart (a schedule's time_zone, a "
                             "conference's location.time_zone)");
        }
        if (PyDateTime_TIME_GET_SECOND(src.ptr()) != 0 || PyDateTime_TIME_GET_MICROSECOND(src.ptr()) != 0) {
            throw value_error("expected a datetime.time of whole minutes");
        }
        value = advocacy::time_of_day{
            std::chrono::minutes{PyDateTime_TIME_GET_HOUR(src.ptr()) * 60 + PyDateTime_TIME_GET_MINUTE(src.ptr())}};
        return true;
    }

    static auto cast(advocacy::time_of_day t, return_value_policy, handle) -> handle {
        advocacy::python::detail::import_datetime();
        const auto total = t.since_midnight().count();
        return PyTime_FromTime(static_cast<int>(total / 60 % 24), static_cast<int>(total % 60), 0, 0);
    }
};

// The UTF-8 of a str, borrowed from it; nullopt for anything else, and, as pybind11's own string
// caster has it, for a str with no UTF-8 form (a lone surrogate): the call raises TypeError.
inline auto str_utf8(handle src) -> std::optional<std::string_view> {
    if (!src || !PyUnicode_Check(src.ptr())) return std::nullopt;
    Py_ssize_t size = 0;
    const char* text = PyUnicode_AsUTF8AndSize(src.ptr(), &size);
    if (text == nullptr) {
        PyErr_Clear();
        return std::nullopt;
    }
    return std::string_view(text, static_cast<std::size_t>(size));
}

// A compact string (the text fields of a group, its place and its contacts) as a str.
template <>
struct type_caster<advocacy::compact_string> {
    PYBIND11_TYPE_CASTER(advocacy::compact_string, const_name("str"));

    auto load(handle src, bool) -> bool {
        const auto text = str_utf8(src);
        if (!text) return false;
        value = advocacy::compact_string{*text};
        return true;
    }

    static auto cast(const advocacy::compact_string& text, return_value_policy, handle) -> handle {
        return PyUnicode_FromStringAndSize(text.data(), static_cast<Py_ssize_t>(text.size()));
    }
};

// A state code as the str it is written as ("MD"); "" is the empty code.
template <>
struct type_caster<advocacy::state_code> {
    PYBIND11_TYPE_CASTER(advocacy::state_code, const_name("str"));

    auto load(handle src, bool) -> bool {
        const auto text = str_utf8(src);
        if (!text) return false;
        value = advocacy::state_code{*text};  // throws if not a code
        return true;
    }

    static auto cast(advocacy::state_code code, return_value_policy, handle) -> handle {
        const auto text = code.str();
        return PyUnicode_FromStringAndSize(text.data(), static_cast<Py_ssize_t>(text.size()));
    }
};

template <>
struct type_caster<date::sys_days> {
    PYBIND11_TYPE_CASTER(date::sys_days, const_name("datetime.date"));

    auto load(handle src, bool) -> bool {
        advocacy::python::detail::import_datetime();
        if (!src || !PyDate_Check(src.ptr())) return false;
        // A datetime is a date subclass; taking it silently would drop its time and zone.
        if (PyDateTime_Check(src.ptr())) {
            throw type_error("expected a datetime.date, got a datetime.datetime (call .date() on it)");
        }
        const date::year_month_day ymd{date::year{PyDateTime_GET_YEAR(src.ptr())},
                                       date::month{static_cast<unsigned>(PyDateTime_GET_MONTH(src.ptr()))},
                                       date::day{static_cast<unsigned>(PyDateTime_GET_DAY(src.ptr()))}};
        value = date::sys_days{ymd};
        return true;
    }

    static auto cast(date::sys_days day, return_value_policy, handle) -> handle {
        advocacy::python::detail::import_datetime();
        const date::year_month_day ymd{day};
        const int year = static_cast<int>(ymd.year());
        if (year < 1 || year > 9999) {
            throw value_error("day " + date::format("%F", day) + " is outside datetime.date's years 1 to 9999");
        }
        return PyDate_FromDate(year, static_cast<int>(static_cast<unsigned>(ymd.month())),
                               static_cast<int>(static_cast<unsigned>(ymd.day())));
    }
};

}  // namespace pybind11::detail
