// SPDX-License-Identifier: MIT
#pragma once

// Type casters shared by the binding files: calendar days cross as datetime.date. Not
// pybind11/chrono.h, which converts days through local time and shifts them.

#include <date/date.h>
#include <pybind11/pybind11.h>

#include <datetime.h>

namespace advocacy::python::detail {

// PyDateTimeAPI is a static per translation unit, so every unit that converts imports it.
inline void import_datetime() {
    if (PyDateTimeAPI == nullptr) {
        PyDateTime_IMPORT;
        if (PyDateTimeAPI == nullptr) throw pybind11::error_already_set();
    }
}

}  // namespace advocacy::python::detail

namespace pybind11::detail {

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
