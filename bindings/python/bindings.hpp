// SPDX-License-Identifier: MIT
#pragma once

// One init function per binding file; module.cpp calls them in dependency order.

#include <pybind11/pybind11.h>

namespace advocacy::python {

void init_error(pybind11::module_& m);
void init_date_range(pybind11::module_& m);
void init_location(pybind11::module_& m);
void init_contact(pybind11::module_& m);
void init_meeting_schedule(pybind11::module_& m);
void init_region_map(pybind11::module_& m);
void init_conference(pybind11::module_& m);
void init_action(pybind11::module_& m);
void init_group(pybind11::module_& m);
void init_campaign(pybind11::module_& m);
void init_sample(pybind11::module_& m);
void init_import_result(pybind11::module_& m);
void init_json(pybind11::module_& m);
void init_osdi(pybind11::module_& m);
void init_icalendar(pybind11::module_& m);
void init_vcard(pybind11::module_& m);
void init_announcement(pybind11::module_& m);
void init_listing(pybind11::module_& m);
void init_file(pybind11::module_& m);
void init_site(pybind11::module_& m);
void init_supporter(pybind11::module_& m);
void init_supporter_list(pybind11::module_& m);
void init_batch_plan(pybind11::module_& m);
void init_plan_message(pybind11::module_& m);

}  // namespace advocacy::python
