// SPDX-License-Identifier: MIT
// Built against an installed advocacy with nothing but `pkg-config --cflags --libs advocacy`
// (scripts/check_packaging.sh). It reads a calendar, so libical must come with the flags: the
// library is static and pulls its dependencies into every program that uses it.
#include <advocacy/advocacy.hpp>

#include <cstdio>

int main() {
    const auto c = advocacy::campaign_from_icalendar(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\nSUMMARY:Summit\r\n"
        "DTSTART;VALUE=DATE:20151113\r\nDTEND;VALUE=DATE:20151116\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    std::printf("pkg-config consumer: %zu conference, %s\n", c.conferences().size(),
                advocacy::to_iso(c.conferences().at(0).dates).c_str());
    return c.conferences().at(0).dates.days() == 3 ? 0 : 1;
}
