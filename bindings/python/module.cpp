// SPDX-License-Identifier: MIT
#include "advocacy/version.hpp"
#include "bindings.hpp"

PYBIND11_MODULE(_advocacy, m) {
    m.doc() = "advocacy: campaigns, conferences, local groups and their dates";
    m.attr("__version__") = advocacy::version;
    advocacy::python::init_error(m);
    advocacy::python::init_date_range(m);
    advocacy::python::init_location(m);
    advocacy::python::init_contact(m);
    advocacy::python::init_meeting_schedule(m);
    advocacy::python::init_region_map(m);
    advocacy::python::init_conference(m);
    advocacy::python::init_action(m);
    advocacy::python::init_group(m);
    advocacy::python::init_campaign(m);
    advocacy::python::init_sample(m);
    advocacy::python::init_json(m);
    advocacy::python::init_osdi(m);
    advocacy::python::init_icalendar(m);
    advocacy::python::init_vcard(m);
    advocacy::python::init_announcement(m);
}
