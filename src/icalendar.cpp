// SPDX-License-Identifier: MIT
#include "advocacy/icalendar.hpp"

#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/content_line.hpp"
#include "advocacy/detail/text.hpp"
#include "advocacy/detail/time_zone_names.hpp"
#include "advocacy/error.hpp"
#include "advocacy/version.hpp"

#include <date/date.h>
#include <date/tz.h>
#include <libical/ical.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace advocacy {

namespace {

using std::chrono::minutes;
using std::chrono::seconds;

// The years the model holds, which four digits can write: a calendar date-time has no room for
// a fifth, so an exclusive end or an UNTIL past the last day is never written.
using detail::first_year;
using detail::last_day;
using detail::last_year;

// ---------------------------------------------------------------------------------------------
// Export: content lines written straight into one buffer.

// The content-line writer (escaping, folding) is the one vCard uses too.
using detail::content_line_writer;

void put_digits(char* at, unsigned value, int width) noexcept {
    for (int i = width - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

// "20151113". Refuses a year outside the ones import reads back (1000 to 9999), rather than
// writing a file advocacy itself refuses, or another year.
auto basic_date(date::sys_days day) -> std::array<char, 8> {
    const date::year_month_day ymd{day};
    if (const int year = static_cast<int>(ymd.year()); year < first_year || year > last_year) {
        throw validation_error("date", "the year " + std::to_string(year) + " is outside the years advocacy can hold (" +
                                           std::to_string(first_year) + " to " + std::to_string(last_year) + ")");
    }
    std::array<char, 8> text{};
    put_digits(text.data(), static_cast<unsigned>(static_cast<int>(ymd.year())), 4);
    put_digits(text.data() + 4, static_cast<unsigned>(ymd.month()), 2);
    put_digits(text.data() + 6, static_cast<unsigned>(ymd.day()), 2);
    return text;
}

// "20150908T190000" for a local or sys time; with_z appends "Z".
template <class Duration>
auto basic_date_time(Duration since_epoch, bool with_z) -> std::string {
    const auto day = date::floor<date::days>(since_epoch);
    auto rest = std::chrono::duration_cast<seconds>(since_epoch - day);
    const auto d = basic_date(date::sys_days{day});
    std::string text(d.data(), d.size());
    text.resize(15);
    text[8] = 'T';
    const auto s = static_cast<unsigned>(rest.count());
    put_digits(text.data() + 9, s / 3600, 2);
    put_digits(text.data() + 11, s / 60 % 60, 2);
    put_digits(text.data() + 13, s % 60, 2);
    if (with_z) text.push_back('Z');
    return text;
}

auto utc_text(date::sys_seconds t) -> std::string { return basic_date_time(t.time_since_epoch(), true); }
auto local_text(date::local_seconds t) -> std::string { return basic_date_time(t.time_since_epoch(), false); }

// "-0500", "+0530", "-055036" (seconds only when there are some).
auto offset_text(seconds offset) -> std::string {
    std::string text(1, offset < seconds{0} ? '-' : '+');
    const auto s = static_cast<unsigned>(offset < seconds{0} ? -offset.count() : offset.count());
    char buffer[6];
    put_digits(buffer, s / 3600, 2);
    put_digits(buffer + 2, s / 60 % 60, 2);
    put_digits(buffer + 4, s % 60, 2);
    text.append(buffer, s % 60 == 0 ? 4 : 6);
    return text;
}

// LOCATION text: venue, street lines, city, "STATE POSTAL", and a country other than US, the
// order import reads back.
void write_location(content_line_writer& w, const location& place) {
    bool first = true;
    auto part = [&](std::string_view text) {
        if (text.empty()) return;
        if (!first) w.text(", ");
        w.text(text);
        first = false;
    };
    part(place.venue);
    for (const auto& line : place.address_lines) part(line);
    part(place.locality);
    if (!place.state.empty() && !place.postal_code.empty()) {
        part(to_string(place.state));
        w.text(" ");
        w.text(place.postal_code);
    } else {
        part(to_string(place.state));
        part(place.postal_code);
    }
    if (place.country != "US") part(place.country);
    // The online part as words every calendar shows; the link itself goes in CONFERENCE.
    if (!place.online.empty()) w.text(first ? "Online" : " + online");
}

auto location_is_empty(const location& place) -> bool {
    return place.venue.empty() && place.address_lines.empty() && place.locality.empty() && place.state.empty() &&
           place.postal_code.empty() && (place.country.empty() || place.country == "US") && place.online.empty();
}

// RFC 7986 CONFERENCE: the link to join, when the place has one.
void write_conference_link(content_line_writer& w, const location& place) {
    if (place.online.empty() || place.online == "online") return;
    w.raw_property("CONFERENCE;VALUE=URI:", place.online);
}

// --- VTIMEZONE from the tz database ---

struct transition {
    date::sys_seconds at;
    seconds from;
    seconds to;
    bool daylight;
    std::string name;
};

auto year_start(int year) -> date::sys_seconds {
    return date::sys_seconds{date::sys_days{date::year{year} / 1 / 1}};
}

// Changes of offset or name in [a, b).
auto transitions(const date::time_zone& zone, date::sys_seconds a, date::sys_seconds b) -> std::vector<transition> {
    std::vector<transition> result;
    auto info = zone.get_info(a);
    while (info.end < b) {
        const auto next = zone.get_info(info.end);
        if (next.offset != info.offset || next.abbrev != info.abbrev) {
            result.push_back({info.end, info.offset, next.offset, next.save != minutes{0}, next.abbrev});
        }
        info = next;
    }
    return result;
}

// A transition as a yearly rule: month, nth (or -1 = last) weekday, local time of day, offsets.
struct yearly_rule {
    unsigned month = 0;
    int nth = 0;
    unsigned weekday = 0;
    seconds time_of_day{0};
    seconds from{0};
    seconds to{0};
    bool daylight = false;
    std::string name;
    friend bool operator==(const yearly_rule&, const yearly_rule&) = default;
};

auto rule_of(const transition& t) -> yearly_rule {
    const auto local = t.at + t.from;
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const auto last = static_cast<unsigned>(date::year_month_day_last{ymd.year() / ymd.month() / date::last}.day());
    const auto d = static_cast<unsigned>(ymd.day());
    return {static_cast<unsigned>(ymd.month()),
            d + 7 > last ? -1 : static_cast<int>((d - 1) / 7 + 1),
            date::weekday{day}.c_encoding(),
            local - day,
            t.from,
            t.to,
            t.daylight,
            t.name};
}

// The OS tz database lists explicit transitions only up to 2037; later years cannot be checked.
constexpr int last_checkable_year = 2037;

void write_observance(content_line_writer& w, bool daylight, date::local_seconds start, seconds from, seconds to,
                      std::string_view name, std::string_view rrule) {
    w.line(daylight ? "BEGIN:DAYLIGHT" : "BEGIN:STANDARD");
    w.raw_property("DTSTART:", local_text(start));
    if (!rrule.empty()) {
        w.raw_property("RRULE:", rrule);
    }
    w.raw_property("TZOFFSETFROM:", offset_text(from));
    w.raw_property("TZOFFSETTO:", offset_text(to));
    if (!name.empty()) {
        w.text_property("TZNAME:", name);
    }
    w.line(daylight ? "END:DAYLIGHT" : "END:STANDARD");
}

void write_transition(content_line_writer& w, const transition& t, std::string_view rrule = {}) {
    write_observance(w, t.daylight, date::local_seconds{(t.at + t.from).time_since_epoch()}, t.from, t.to, t.name,
                     rrule);
}

using detail::weekday_codes;

// One VTIMEZONE for `zone`, valid from January 1 of `first_year_used`: the observance in effect then,
// then every transition as its own component until the zone settles into yearly rules (checked
// for ten years against the database), which are written once with an RRULE so that the zone is
// right in every later year too.
void write_vtimezone(content_line_writer& w, const date::time_zone& zone, int first_year_used) {
    const int start_year = std::min(first_year_used, 2030);
    w.line("BEGIN:VTIMEZONE");
    w.raw_property("TZID:", zone.name());

    const auto start = year_start(start_year);
    const auto initial = zone.get_info(start);
    if (initial.begin < year_start(1800)) {
        const auto onset = date::local_seconds{date::local_days{date::year{1601} / 1 / 1}};
        write_observance(w, initial.save != minutes{0}, onset, initial.offset, initial.offset, initial.abbrev, {});
    } else {
        const auto before = zone.get_info(initial.begin - seconds{1});
        write_transition(w, {initial.begin, before.offset, initial.offset, initial.save != minutes{0}, initial.abbrev});
    }

    auto year_rules = [&](int year) {
        std::vector<yearly_rule> rules;
        for (const auto& t : transitions(zone, year_start(year), year_start(year + 1))) rules.push_back(rule_of(t));
        return rules;
    };
    for (int year = start_year; year <= 2030; ++year) {
        const auto rules = year_rules(year);
        bool holds = true;
        for (int later = year + 1; later <= std::min(year + 10, last_checkable_year) && holds; ++later) {
            holds = year_rules(later) == rules;
        }
        if (!holds) continue;
        for (const auto& t : transitions(zone, start, year_start(year))) write_transition(w, t);
        for (const auto& t : transitions(zone, year_start(year), year_start(year + 1))) {
            const auto rule = rule_of(t);
            std::string rrule = "FREQ=YEARLY;BYMONTH=" + std::to_string(rule.month) + ";BYDAY=" +
                                std::to_string(rule.nth) + std::string(weekday_codes[rule.weekday]);
            write_transition(w, t, rrule);
        }
        w.line("END:VTIMEZONE");
        return;
    }
    // No stable rule: every transition the database knows.
    for (const auto& t : transitions(zone, start, year_start(last_checkable_year + 1))) write_transition(w, t);
    w.line("END:VTIMEZONE");
}

// --- events ---

struct meeting_event {
    const group* host;
    meeting_time first;
};

auto default_open_start(const campaign& source) -> date::sys_days {
    std::optional<date::sys_days> earliest;
    for (const auto& m : source.milestones()) {
        if (!earliest || m.day < *earliest) earliest = m.day;
    }
    for (const auto& c : source.conferences()) {
        if (!earliest || c.dates.first() < *earliest) earliest = c.dates.first();
    }
    if (!earliest) return date::sys_days{date::year{2015} / 1 / 1};
    return date::sys_days{date::year_month_day{*earliest}.year() / 1 / 1};
}

// The first meeting on or after the schedule's first day, or without one on or after
// `open_start`, if any: searched in windows of a year so that rare rules (a fifth weekday,
// every 8 weeks) are found too. Starting an effective schedule any later would hide its first
// meetings from every reader but advocacy's own.
auto first_meeting(const meeting_schedule& schedule, date::sys_days open_start) -> std::optional<meeting_time> {
    const auto from = schedule.first_day().value_or(open_start);
    // next_after searches as far as the rule needs (a February 29 rule can wait eight years).
    auto found = schedule.next_after(date::sys_seconds{from - date::days{2}});
    while (found && date::floor<date::days>(found->start.get_local_time()).time_since_epoch() < from.time_since_epoch()) {
        found = schedule.next_after(found->start.get_sys_time());
    }
    return found;
}

void write_stamp_and_uid(content_line_writer& w, std::string_view id, std::string_view suffix, std::string_view campaign_id,
                         std::string_view stamp) {
    w.head("UID:");
    w.raw(id);
    w.raw(suffix);
    w.raw("@");
    w.raw(campaign_id);
    w.raw(".advocacy");
    w.end();
    w.raw_property("DTSTAMP:", stamp);
}

void write_x_text(content_line_writer& w, std::string_view head, std::string_view value) {
    if (value.empty()) return;
    w.text_property(head, value);
}

// DTSTART and the exclusive DTEND of an all-day event.
void write_all_day_dates(content_line_writer& w, const date_range& dates) {
    const auto first = basic_date(dates.first());
    w.head("DTSTART;VALUE=DATE:");
    w.raw({first.data(), first.size()});
    w.end();
    if (dates.last() < last_day) {
        const auto end = basic_date(dates.last() + date::days{1});
        w.head("DTEND;VALUE=DATE:");
        w.raw({end.data(), end.size()});
    } else {
        // The day after 9999-12-31 has no four-digit year: the length says the same.
        w.head("DURATION:P");
        w.raw(std::to_string(dates.days()));
        w.raw("D");
    }
    w.end();
}

// One VEVENT of a conference: the whole of it, or (`days` a session) one of its sessions, which
// shares everything but the days with the others.
void write_conference_event(content_line_writer& w, const conference& c, const date_range& days, std::size_t session,
                            std::string_view campaign_id, std::string_view stamp) {
    w.line("BEGIN:VEVENT");
    // The first session has the conference's own UID; the others name it (X-ADVOCACY-SESSION-OF),
    // so that a reader of iCalendar alone sees each session as an event of its own days.
    const std::string suffix = session == 0 ? std::string{} : "-session-" + std::to_string(session + 1);
    write_stamp_and_uid(w, c.id, suffix, campaign_id, stamp);
    w.text_property("SUMMARY:", c.name);
    if (c.timed()) {
        // Local times in the event's zone (a VTIMEZONE for it is in the calendar); "UTC" as Z;
        // no zone: floating, the same wall-clock time everywhere.
        const std::string& tz = c.place.time_zone;
        const bool utc = tz == "UTC";
        auto timed = [&](std::string_view name, date::sys_days day, minutes time) {
            w.head(name);
            if (!tz.empty() && !utc) {
                w.raw(";TZID=");
                w.raw(tz);
            }
            w.raw(":");
            w.raw(local_text(date::local_days{day.time_since_epoch()} + time));
            if (utc) w.raw("Z");
            w.end();
        };
        timed("DTSTART", days.first(), *c.start_time);
        timed("DTEND", days.last(), *c.end_time);
    } else {
        write_all_day_dates(w, days);
    }
    if (!location_is_empty(c.place)) {
        w.head("LOCATION:");
        write_location(w, c.place);
        w.end();
    }
    write_conference_link(w, c.place);
    if (!c.description.empty() || !c.registration_url.empty()) {
        w.head("DESCRIPTION:");
        w.text(c.description);
        if (!c.registration_url.empty()) {
            if (!c.description.empty()) w.text("\n\n");
            w.text("Registration: ");
            w.text(c.registration_url);
        }
        w.end();
    }
    if (!c.registration_url.empty()) {
        w.raw_property("URL:", c.registration_url);
    }
    write_x_text(w, "X-ADVOCACY-REGION:", c.region);
    write_x_text(w, "X-ADVOCACY-TIME-ZONE:", c.place.time_zone);
    if (session != 0) {
        w.head("X-ADVOCACY-SESSION-OF:");
        w.raw(c.id);
        w.raw("@");
        w.raw(campaign_id);
        w.raw(".advocacy");
        w.end();
    }
    w.line("END:VEVENT");
}

// A conference as one VEVENT, or one VEVENT per session: RDATE cannot give sessions of
// different lengths, and every reader shows separate events as exactly their days.
void write_conference(content_line_writer& w, const conference& c, std::string_view campaign_id, std::string_view stamp) {
    if (c.sessions.empty()) {
        write_conference_event(w, c, c.dates, 0, campaign_id, stamp);
        return;
    }
    for (std::size_t i = 0; i < c.sessions.size(); ++i) write_conference_event(w, c, c.sessions[i], i, campaign_id, stamp);
}

// An all-day series: DTSTART and DTEND as dates, the zone its days are in, the RRULE and the
// skipped days as dates.
void write_all_day_meeting_times(content_line_writer& w, const meeting_event& e) {
    const meeting_schedule& s = *e.host->meetings;
    const auto day = date::floor<date::days>(e.first.start.get_local_time());
    const auto first = basic_date(date::sys_days{day.time_since_epoch()});
    w.head("DTSTART;VALUE=DATE:");
    w.raw({first.data(), first.size()});
    w.end();
    if (date::sys_days{day.time_since_epoch()} < last_day) {
        const auto next = basic_date(date::sys_days{day.time_since_epoch()} + date::days{1});
        w.head("DTEND;VALUE=DATE:");
        w.raw({next.data(), next.size()});
        w.end();
    } else {
        w.raw_property("DURATION:", "P1D");
    }
    w.raw_property("X-ADVOCACY-SCHEDULE-ZONE:", s.time_zone());
    w.raw_property("RRULE:", s.rrule());
    if (!s.skipped().empty()) {
        w.head("EXDATE;VALUE=DATE:");
        bool first_day = true;
        for (auto skipped : s.skipped()) {
            if (!first_day) w.raw(",");
            const auto text = basic_date(skipped);
            w.raw({text.data(), text.size()});
            first_day = false;
        }
        w.end();
    }
}

// "DTSTART;TZID=<zone>:" and the like.
void write_zoned_head(content_line_writer& w, std::string_view name, const meeting_schedule& s, std::string_view params = {}) {
    w.head(name);
    w.raw(";TZID=");
    w.raw(s.time_zone());
    w.raw(params);
    w.raw(":");
}

// The additions, as one RDATE of local date-times. An addition of another length than the
// schedule's also gets an overriding VEVENT (write_added_length) rather than RDATE;VALUE=PERIOD,
// which python icalendar reads without its TZID and recurring_ical_events cannot expand.
void write_added(content_line_writer& w, const meeting_schedule& s) {
    if (s.added().empty()) return;
    write_zoned_head(w, "RDATE", s);
    bool first = true;
    for (const auto& a : s.added()) {
        if (!first) w.raw(",");
        w.raw(local_text(a.start));
        first = false;
    }
    w.end();
}

// DTSTART and DTEND (or DURATION) of the first meeting, the RRULE and the skipped days.
void write_meeting_times(content_line_writer& w, const meeting_event& e) {
    const meeting_schedule& s = *e.host->meetings;
    if (s.all_day()) {
        write_all_day_meeting_times(w, e);
        return;
    }
    auto zoned_head = [&](std::string_view name) { write_zoned_head(w, name, s); };
    zoned_head("DTSTART");
    w.raw(local_text(e.first.start.get_local_time()));
    w.end();
    const auto end = e.first.end.get_local_time();
    if (end < date::local_days{(last_day + date::days{1}).time_since_epoch()}) {
        zoned_head("DTEND");
        w.raw(local_text(end));
        w.end();
    } else {
        // A meeting late on 9999-12-31 ends in a year four digits cannot write.
        w.raw_property("DURATION:", "PT" + std::to_string(s.duration().count()) + "M");
    }
    // A schedule that runs to the model's last day is an open rule (see rrule()):
    // X-ADVOCACY-EFFECTIVE keeps its dates.
    w.raw_property("RRULE:", s.rrule());
    if (!s.skipped().empty()) {  // sorted, without repeats
        zoned_head("EXDATE");
        bool first = true;
        for (auto day : s.skipped()) {
            if (!first) w.raw(",");
            w.raw(local_text(date::local_days{day.time_since_epoch()} + s.start_time().since_midnight()));
            first = false;
        }
        w.end();
    }
    write_added(w, s);
}

// Lets import give back the same effective dates: DTSTART is the first meeting, which may fall
// after the first day, and "open" tells an open-ended rule from one that starts at DTSTART
// ("20150908/open": from that day, with no end).
void write_effective(content_line_writer& w, const meeting_schedule& s) {
    w.head("X-ADVOCACY-EFFECTIVE:");
    if (s.first_day()) {
        const auto a = basic_date(*s.first_day());
        w.raw({a.data(), a.size()});
        w.raw("/");
        if (s.effective()) {
            const auto b = basic_date(s.effective()->last());
            w.raw({b.data(), b.size()});
        } else {
            w.raw("open");
        }
    } else {
        w.raw("open");
    }
    w.end();
}

// One changed meeting: a VEVENT with the series' UID and the RECURRENCE-ID of the meeting it
// replaces, whole (RFC 5545 takes nothing from the series), so it repeats the summary and place.
void write_override(content_line_writer& w, const group& g, const meeting_override& o, std::string_view campaign_id,
                    std::string_view stamp) {
    const meeting_schedule& s = *g.meetings;
    w.line("BEGIN:VEVENT");
    write_stamp_and_uid(w, g.id, "-meetings", campaign_id, stamp);
    write_zoned_head(w, "RECURRENCE-ID", s);
    w.raw(local_text(o.original));
    w.end();
    w.head("SUMMARY:");
    w.text(g.name);
    w.text(" meeting");
    w.end();
    write_zoned_head(w, "DTSTART", s);
    w.raw(local_text(o.start));
    w.end();
    // A length rather than DTEND: the model's end is the start plus the duration, also across a
    // clock change.
    w.raw_property("DURATION:", "PT" + std::to_string(o.duration.count()) + "M");
    if (!o.place.empty()) {
        w.text_property("LOCATION:", o.place);
    } else if (!location_is_empty(g.place)) {
        w.head("LOCATION:");
        write_location(w, g.place);
        w.end();
    }
    if (o.cancelled) w.line("STATUS:CANCELLED");
    w.line("END:VEVENT");
}

void write_meetings(content_line_writer& w, const meeting_event& e, std::string_view campaign_id, std::string_view stamp) {
    const group& g = *e.host;
    w.line("BEGIN:VEVENT");
    write_stamp_and_uid(w, g.id, "-meetings", campaign_id, stamp);
    w.head("SUMMARY:");
    w.text(g.name);
    w.text(" meeting");
    w.end();
    write_meeting_times(w, e);
    if (!location_is_empty(g.place)) {
        w.head("LOCATION:");
        write_location(w, g.place);
        w.end();
    }
    write_conference_link(w, g.place);
    if (!g.website.empty()) {
        w.raw_property("URL:", g.website);
    }
    write_effective(w, *g.meetings);
    write_x_text(w, "X-ADVOCACY-REGION:", g.region);
    write_x_text(w, "X-ADVOCACY-TIME-ZONE:", g.place.time_zone);
    w.line("END:VEVENT");
    for (const auto& o : g.meetings->overrides()) write_override(w, g, o, campaign_id, stamp);
    for (const auto& a : g.meetings->added()) {
        if (a.duration == g.meetings->duration()) continue;
        write_override(w, g, {.original = a.start, .cancelled = false, .start = a.start, .duration = a.duration, .place = {}},
                       campaign_id, stamp);
    }
}

}  // namespace

auto to_icalendar(const campaign& source, const icalendar_options& options) -> std::string {
    const auto stamp_year = static_cast<int>(date::year_month_day{date::floor<date::days>(options.stamp)}.year());
    if (stamp_year < first_year || stamp_year > last_year) {
        throw validation_error("stamp", "the year " + std::to_string(stamp_year) + " is outside " +
                                            std::to_string(first_year) + " to " + std::to_string(last_year));
    }
    const std::string stamp = utc_text(options.stamp);
    const auto open_start = options.open_start ? *options.open_start : default_open_start(source);

    // Meetings first: their zones' VTIMEZONEs go before every event that uses them.
    const auto groups = source.groups();
    std::vector<meeting_event> meetings;
    std::vector<std::pair<const date::time_zone*, int>> zones;  // zone, first year used; in first-use order
    auto use_zone = [&zones](const date::time_zone* zone, date::sys_days day) {
        const int year = static_cast<int>(date::year_month_day{day}.year());
        auto known = std::find_if(zones.begin(), zones.end(), [&](const auto& z) { return z.first == zone; });
        if (known == zones.end()) {
            zones.emplace_back(zone, year);
        } else {
            known->second = std::min(known->second, year);
        }
    };
    for (const auto& g : groups) {
        if (!g.meetings) continue;
        // DTSTART is the rule's first meeting: RDATEs and RECURRENCE-IDs are read against the rule.
        const auto first = first_meeting(g.meetings->without_exceptions(), open_start);
        if (!first) continue;
        meetings.push_back({&g, *first});
        const auto local_day = date::floor<date::days>(first->start.get_local_time());
        use_zone(g.meetings->zone(), date::sys_days{local_day.time_since_epoch()});
    }
    for (const auto& c : source.conferences()) {
        if (c.timed() && !c.place.time_zone.empty() && c.place.time_zone != "UTC") {
            use_zone(date::locate_zone(c.place.time_zone), c.dates.first());
        }
    }

    std::string out;
    // About 400 octets per event once folded and with its location and description.
    out.reserve(512 + 400 * (source.conferences().size() + meetings.size()) + 1500 * zones.size());
    content_line_writer w(out);
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.head("PRODID:-//advocacy//advocacy ");
    w.raw(version);
    w.raw("//EN");
    w.end();
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    w.text_property("X-WR-CALNAME:", source.title());
    for (const auto& [zone, year] : zones) write_vtimezone(w, *zone, year);
    for (const auto& c : source.conferences()) write_conference(w, c, source.id(), stamp);
    for (const auto& m : meetings) write_meetings(w, m, source.id(), stamp);
    w.line("END:VCALENDAR");
    return out;
}

// ---------------------------------------------------------------------------------------------
// Import.

namespace {

// One logical (unfolded) content line of the input. The views point into the input, except for
// a folded line's text and a name written in lower case, which point into copies kept by the
// line_reader that read the line (until its next line) or by the event_store that kept it.
struct raw_line {
    std::size_t number = 0;  // 1-based physical line where it starts
    std::string_view text;
    std::string_view name;   // upper-cased property name
    std::string_view value;  // after the first ':' outside quotes
};

[[noreturn]] void fail(const raw_line& line, std::string_view reason) {
    throw parse_error(line.text, 0, reason, line.number);
}

// What a reading leaves out, each with its line: the warnings of a lenient reading, or, when
// reading strictly, the parse_error the first of them becomes.
class warning_log {
public:
    explicit warning_log(bool strict) noexcept : strict_(strict) {}

    // `reason` says what is wrong; `outcome`, what a lenient reading did about it ("rounded down").
    void add(const raw_line& line, std::string text, std::string_view reason, std::string_view outcome = {}) {
        if (strict_) fail(line, reason);
        std::string said(reason);
        if (!outcome.empty()) said.append("; ").append(outcome);
        warnings_.push_back({line.number, std::move(text), std::move(said)});
    }
    // A parse_error met while reading one record, which a lenient reading leaves out.
    void add(const parse_error& refusal, std::string text) {
        if (strict_) throw refusal;
        warnings_.push_back({refusal.line(), std::move(text), refusal.reason()});
    }
    // A warning that is never an error (a calendar without events).
    void note(std::size_t line, std::string reason) { warnings_.push_back({line, {}, std::move(reason)}); }

    [[nodiscard]] auto strict() const noexcept -> bool { return strict_; }

    // The warnings in line order (events are read after the whole text was scanned).
    auto take() -> std::vector<import_warning> {
        std::stable_sort(warnings_.begin(), warnings_.end(),
                         [](const import_warning& a, const import_warning& b) { return a.line < b.line; });
        return std::move(warnings_);
    }

private:
    bool strict_;
    std::vector<import_warning> warnings_;
};

auto upper(std::string_view text) -> std::string {
    std::string result(text);
    for (auto& c : result) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return result;
}

auto has_lower(std::string_view text) -> bool {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The UTF-8 byte order mark some editors write first: not part of the calendar.
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// A NUL byte is refused before anything else is read: libical reads C strings, so it would see
// the calendar cut short there.
void refuse_nul(std::string_view text) {
    const auto nul = text.find('\0');
    if (nul == std::string_view::npos) return;
    const auto begin = text.rfind('\n', nul) + 1;  // npos + 1 == 0: the first line
    auto end = text.find('\n', nul);
    if (end == std::string_view::npos) end = text.size();
    auto physical = text.substr(begin, end - begin);
    if (!physical.empty() && physical.back() == '\r') physical.remove_suffix(1);
    const auto number = static_cast<std::size_t>(std::count(text.data(), text.data() + begin, '\n')) + 1;
    throw parse_error(physical, nul - begin, "a NUL byte: iCalendar text holds no control characters but TAB", number);
}

// Reads the logical lines of a text one at a time, unfolding continuations (a physical line
// that starts with a space or TAB continues the line before it) and skipping blank lines; each
// line is checked to be NAME[;params]:value and split there. A line written on one physical line
// is handed out as views into the text, without a copy.
class line_reader {
public:
    // `text` starts a physical line, the one numbered `first_number`.
    line_reader(std::string_view text, std::size_t first_number) noexcept
        : text_(text), next_number_(first_number) {}

    // Reads the next logical line into `line`; false at the end of the text. What `line` views
    // stays valid until the next call or as long as the text, whichever ends first.
    auto next(raw_line& line) -> bool {
        std::string_view physical;
        do {
            if (pos_ >= text_.size()) return false;
            start_ = pos_;
            physical = take_physical();
        } while (physical.find_first_not_of(" \t") == std::string_view::npos);
        line.number = next_number_ - 1;
        line.text = physical;
        if (continues()) {
            unfolded_.assign(physical);
            while (continues()) unfolded_.append(take_physical().substr(1));
            line.text = unfolded_;
        }
        split(line);
        return true;
    }

    // The offsets in the text of the last line read: where its first physical line starts, and
    // just past its last one.
    [[nodiscard]] auto start() const noexcept -> std::size_t { return start_; }
    [[nodiscard]] auto offset() const noexcept -> std::size_t { return pos_; }

private:
    // The physical line at pos_, without its line end; moves past it.
    auto take_physical() noexcept -> std::string_view {
        auto eol = text_.find('\n', pos_);
        if (eol == std::string_view::npos) eol = text_.size();
        std::string_view physical = text_.substr(pos_, eol - pos_);
        if (!physical.empty() && physical.back() == '\r') physical.remove_suffix(1);
        pos_ = eol + 1;
        ++next_number_;
        return physical;
    }
    // Whether the next physical line that is not empty starts with a space or TAB, and so
    // continues the line being read; the empty lines before it are passed over (they are
    // skipped wherever they are, so they do not end a folded line).
    auto continues() noexcept -> bool {
        std::size_t at = pos_;
        std::size_t empty = 0;
        while (at < text_.size()) {
            const char c = text_[at];
            if (c == ' ' || c == '\t') {
                pos_ = at;
                next_number_ += empty;
                return true;
            }
            const bool crlf = c == '\r' && (at + 1 == text_.size() || text_[at + 1] == '\n');
            if (c != '\n' && !crlf) return false;
            at += crlf ? 2 : 1;
            ++empty;
        }
        return false;
    }

    // Sets the line's upper-cased name and its value (after the first ':' outside quotes), or
    // refuses a line that is not NAME[;params]:value.
    void split(raw_line& line) {
        const std::string_view t = line.text;
        std::size_t n = 0;
        while (n < t.size() && (detail::is_alpha(t[n]) || detail::is_digit(t[n]) || t[n] == '-')) ++n;
        if (n == 0) fail(line, "expected a property name (letters, digits and '-') at the start of the line");
        bool quoted = false;
        std::size_t colon = std::string_view::npos;
        for (std::size_t k = n; k < t.size(); ++k) {
            if (t[k] == '"') quoted = !quoted;
            if (t[k] == ':' && !quoted) {
                colon = k;
                break;
            }
        }
        if (colon == std::string_view::npos || (n < t.size() && t[n] != ':' && t[n] != ';')) {
            fail(line, "expected NAME:value (or NAME;PARAM=...:value), found no ':' after the name");
        }
        line.name = t.substr(0, n);
        if (has_lower(line.name)) {
            upper_name_ = upper(line.name);
            line.name = upper_name_;
        }
        line.value = t.substr(colon + 1);
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t start_ = 0;
    std::size_t next_number_;
    std::string unfolded_;    // the current line's text when it was folded
    std::string upper_name_;  // the current line's name when it was not written in capitals
};

// The component a BEGIN or END line names, upper-cased; spaces around it and parameters are
// ignored, so that "BEGIN:VEVENT " and "BEGIN;X=1:VEVENT" both begin a VEVENT.
auto component_name(const raw_line& line) -> std::string {
    std::string_view value = line.value;
    const auto first = value.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    value = value.substr(first, value.find_last_not_of(" \t") - first + 1);
    return upper(value);
}

// Where a VEVENT directly inside the VCALENDAR lies in the text: from the start of its BEGIN
// line to just past its END line. Its lines are read again, one event at a time, when it is
// imported, so that a calendar's lines are never all held at once.
struct event_span {
    std::size_t begin = 0;   // offset of the BEGIN line
    std::size_t end = 0;     // offset past the END line
    std::size_t number = 0;  // the BEGIN line's number
};

// Where a VTIMEZONE directly inside a VCALENDAR lies, and the TZID it defines: the zone of a
// TZID that names no known zone is looked for in its VTIMEZONE's rules.
struct zone_span {
    std::string tzid;
    std::size_t begin = 0;  // offset of the BEGIN line
    std::size_t end = 0;    // offset past the END line
};

// What the first reading of the whole calendar keeps: the events' and time zones' places, the
// years the events start in, and of the VCALENDAR's own properties the two the importer reads.
struct raw_calendar {
    std::string_view text;  // after any byte order mark
    std::vector<event_span> events;
    std::vector<zone_span> zones;
    int first_event_year = 0;  // of the DTSTARTs that begin with four digits; 0: none
    int last_event_year = 0;
    std::optional<std::string> calendar_name;  // the first X-WR-CALNAME's value, as written
    std::string default_zone;  // the first X-WR-TIMEZONE's value: the zone of floating times
    std::string campaign_id;  // from the first UID advocacy wrote ("…@<id>.advocacy"), if any
};

// The campaign id advocacy wrote into a UID ("…@<id>.advocacy"), if this is one.
auto campaign_id_of_uid(std::string_view uid) -> std::string_view {
    const auto at = uid.rfind('@');
    constexpr std::string_view suffix = ".advocacy";
    if (at == std::string_view::npos || !uid.ends_with(suffix)) return {};
    const auto id = uid.substr(at + 1, uid.size() - at - 1 - suffix.size());
    return detail::is_id(id) ? id : std::string_view{};
}

// The year a DTSTART value starts with, if it starts with four digits.
auto year_of(std::string_view value) -> std::optional<int> {
    if (value.size() < 4 || !std::all_of(value.begin(), value.begin() + 4, detail::is_digit)) return std::nullopt;
    return (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 + (value[3] - '0');
}

// Checks that BEGIN and END nest and sorts each line to a VCALENDAR, to a VEVENT or VTIMEZONE
// directly inside one, or to neither (other components are not read). A file may hold several
// VCALENDARs one after the other (a CalDAV collection), or components without any VCALENDAR
// around them (a lone VEVENT), which are read as if one were. This is the one place that decides
// where each event starts and ends: libical is only handed each event's own lines (see
// libical_event). Nesting is kept on a vector, never by recursion, so any depth is read.
class nesting {
public:
    nesting(raw_calendar& cal, warning_log& log) noexcept : cal_(cal), log_(log) {}

    // Whether the lines read now are text after the last END:VCALENDAR, which is skipped up to
    // the next BEGIN:VCALENDAR.
    [[nodiscard]] auto skipping() const noexcept -> bool { return skipping_; }

    // Whether the last VCALENDAR has ended (and no other begun).
    [[nodiscard]] auto after_end() const noexcept -> bool { return closed_ && stack_.empty(); }

    // Takes a line that is not a content line (NAME:value) at all: text after the calendar is
    // skipped; inside a VEVENT, the event is refused when it is read; elsewhere the line is not
    // read, with a warning. Reading strictly, it is refused.
    void take_malformed(const parse_error& refusal) {
        const raw_line line{refusal.line(), refusal.text(), {}, {}};
        if (after_end()) return skip(line);
        if (log_.strict()) throw refusal;
        if (stack_.size() >= 2 && stack_[1].name == "VEVENT") return;
        log_.add(line, {}, refusal.reason(), "the line is not read");
    }

    // Skips `line`, which comes after the last END:VCALENDAR; the first such line is warned of.
    void skip(const raw_line& line) {
        if (!skipping_) {
            log_.add(line, {}, "text after END:VCALENDAR: expected the end of the calendar or another BEGIN:VCALENDAR",
                     "skipped up to the next BEGIN:VCALENDAR");
        }
        skipping_ = true;
    }

    // Takes the next line, `before` the offset of its first physical line and `after` the
    // offset past its last.
    void take(const raw_line& line, std::size_t before, std::size_t after) {
        const bool opens_calendar = line.name == "BEGIN" && component_name(line) == "VCALENDAR";
        if (!opens_calendar && after_end()) return skip(line);
        skipping_ = false;
        if (opens_calendar && stack_.empty()) closed_ = false;
        if (stack_.empty() && line.name != "BEGIN") fail(line, "expected BEGIN:VCALENDAR as the first line");
        if (line.name == "BEGIN") {
            begin(line, before);
        } else if (line.name == "END") {
            end(line, after);
        } else if (stack_.size() == 1) {
            if (line.name == "X-WR-CALNAME" && !cal_.calendar_name) cal_.calendar_name = std::string(line.value);
            if (line.name == "X-WR-TIMEZONE" && cal_.default_zone.empty()) cal_.default_zone = std::string(line.value);
        } else if (stack_.size() == 2 && stack_.back().name == "VEVENT") {
            if (line.name == "UID" && cal_.campaign_id.empty()) cal_.campaign_id = campaign_id_of_uid(line.value);
            if (line.name == "DTSTART") count_year(line.value);
        } else if (stack_.size() == 2 && stack_.back().name == "VTIMEZONE" && line.name == "TZID") {
            cal_.zones.back().tzid = std::string(line.value);
        }
    }

    // Checks that the components are all closed; `last` is the last line. Only a VCALENDAR
    // around components read as if it were there needs no END.
    void finish(const raw_line& last) {
        if (stack_.empty() || (stack_.size() == 1 && stack_.back().implied)) return;
        const auto& open = stack_.back();
        const std::string reason = "BEGIN:" + open.name + " (line " + std::to_string(open.line) +
                                   ") is never closed: expected END:" + open.name;
        if (stack_.size() >= 2 && stack_[1].name == "VEVENT" && !cal_.events.empty() && cal_.events.back().end == 0) {
            // The event never ends: it is left out, the ones before it are read.
            log_.add(last, {}, reason, "the VEVENT of line " + std::to_string(cal_.events.back().number) + " is left out");
            cal_.events.pop_back();
            return;
        }
        log_.add(last, {}, reason, "read as if closed here");
    }

private:
    void begin(const raw_line& line, std::size_t before) {
        auto what = component_name(line);
        if (what.empty()) fail(line, "BEGIN without a component name");
        if (stack_.empty() && what != "VCALENDAR") stack_.push_back({"VCALENDAR", line.number, true});
        if (!stack_.empty() && what == "VCALENDAR") fail(line, "BEGIN:VCALENDAR inside a VCALENDAR");
        if (stack_.size() == 1 && what == "VEVENT") cal_.events.push_back({before, 0, line.number});
        if (stack_.size() == 1 && what == "VTIMEZONE") cal_.zones.push_back({{}, before, 0});
        if (stack_.size() > 1 && what == "VEVENT") {
            log_.add(line, {},
                     "BEGIN:VEVENT inside BEGIN:" + stack_.back().name + " (line " + std::to_string(stack_.back().line) +
                         "): a VEVENT must be directly inside the VCALENDAR",
                     "left out");
        }
        stack_.push_back({std::move(what), line.number, false});
    }

    void end(const raw_line& line, std::size_t after) {
        const auto what = component_name(line);
        if (stack_.back().name != what) {
            fail(line, "END:" + what + " does not match BEGIN:" + stack_.back().name + " (line " +
                           std::to_string(stack_.back().line) + ")");
        }
        if (stack_.size() == 2 && what == "VEVENT") cal_.events.back().end = after;
        if (stack_.size() == 2 && what == "VTIMEZONE") cal_.zones.back().end = after;
        stack_.pop_back();
        if (stack_.size() == 1 && stack_.back().implied) return;
        if (stack_.empty()) closed_ = true;
    }

    void count_year(std::string_view value) {
        const auto colon = value.rfind(':');  // none: the value of DTSTART itself
        const auto year = year_of(colon == std::string_view::npos ? value : value.substr(colon + 1));
        if (!year) return;
        if (cal_.first_event_year == 0 || *year < cal_.first_event_year) cal_.first_event_year = *year;
        cal_.last_event_year = std::max(cal_.last_event_year, *year);
    }

    struct open_component {
        std::string name;
        std::size_t line;
        bool implied;  // a VCALENDAR the file does not write
    };
    raw_calendar& cal_;
    warning_log& log_;
    std::vector<open_component> stack_;
    bool closed_ = false;
    bool skipping_ = false;
};

// Reads the whole text once (a leading byte order mark skipped), checking every line and the
// nesting (the line numbers libical does not give), and keeps where each event lies. Lines
// after the last END:VCALENDAR that are not calendar lines at all are skipped too.
auto scan(std::string_view text, warning_log& log) -> raw_calendar {
    if (text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());
    refuse_nul(text);
    raw_calendar cal{text, {}, {}, 0, 0, {}, {}, {}};
    nesting nest{cal, log};
    line_reader reader{text, 1};
    raw_line line;
    bool any = false;
    for (;;) {
        try {
            if (!reader.next(line)) break;
        } catch (const parse_error& e) {
            nest.take_malformed(e);
            continue;
        }
        nest.take(line, reader.start(), reader.offset());
        any = true;
    }
    if (!any) throw parse_error(text, 0, "empty calendar: expected BEGIN:VCALENDAR", 1);
    nest.finish(line);
    return cal;
}

// The properties of a VEVENT that libical is given: those the importer reads and the others of
// RFC 5545 whose values libical checks, so that an invalid one is reported. Not given: DTSTAMP
// (the exporter's own bookkeeping, written in odd forms by some), RELATED-TO and LINK (RFC 9253
// gives them value types libical 3.0 refuses), X- and unknown properties (any value and any
// parameters are theirs to choose).
auto for_libical(std::string_view name) -> bool {
    static constexpr std::array<std::string_view, 29> names{
        "ATTACH",      "ATTENDEE",   "CATEGORIES", "CLASS",    "COMMENT",        "CONTACT",  "CREATED", "DESCRIPTION",
        "DTEND",       "DTSTART",    "DURATION",   "EXDATE",   "EXRULE",         "GEO",      "LAST-MODIFIED",
        "LOCATION",    "ORGANIZER",  "PRIORITY",   "RDATE",    "RECURRENCE-ID",  "REQUEST-STATUS",
        "RESOURCES",   "RRULE",      "SEQUENCE",   "STATUS",   "SUMMARY",        "TRANSP",   "UID",     "URL"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The properties the importer reads through libical: an invalid value of one of them refuses
// the event; of the other properties libical is given, it is left out with a warning.
auto read_by_importer(std::string_view name) -> bool {
    static constexpr std::array<std::string_view, 14> names{
        "DESCRIPTION", "DTEND",         "DTSTART", "DURATION", "EXDATE", "EXRULE", "LOCATION",
        "RDATE",       "RECURRENCE-ID", "RRULE",   "STATUS",   "SUMMARY", "UID",   "URL"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The properties whose empty value reads as if they were not there (libical calls it an error):
// TEXT, which RFC 5545 lets be empty, and URL and UID, which real exporters write empty.
auto empty_means_none(std::string_view name) -> bool {
    static constexpr std::array<std::string_view, 9> names{"CATEGORIES", "COMMENT", "CONTACT", "DESCRIPTION", "LOCATION",
                                                           "RESOURCES",  "SUMMARY", "UID",     "URL"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

// One event's own lines (not those of a nested VALARM), read again from its span of the text.
// The store is reused from one event to the next, so that its vectors and copies keep their
// capacity.
class event_store {
public:
    // Reads the event at `span` of `text`.
    void read(std::string_view text, const event_span& span) {
        lines_.clear();
        checked_.clear();
        used_ = 0;
        text_begin_ = text.data();
        text_end_ = text.data() + text.size();
        malformed_.reset();
        line_reader reader{text.substr(span.begin, span.end - span.begin), span.number};
        raw_line line;
        int depth = 0;
        for (;;) {
            try {
                if (!reader.next(line)) break;
            } catch (const parse_error& e) {
                if (!malformed_) malformed_ = e;
                continue;
            }
            if (line.name == "BEGIN") {
                if (++depth == 1) begin_ = keep(line);
            } else if (line.name == "END") {
                --depth;
            } else if (depth == 1) {
                lines_.push_back(keep(line));
                if (for_libical(lines_.back().name)) checked_.push_back(lines_.back());
            }
        }
    }

    [[nodiscard]] auto begin() const noexcept -> const raw_line& { return begin_; }
    [[nodiscard]] auto lines() const noexcept -> const std::vector<raw_line>& { return lines_; }
    // The lines libical is given (see for_libical).
    [[nodiscard]] auto checked() const noexcept -> const std::vector<raw_line>& { return checked_; }
    // The refusal of the first line that is not NAME:value, if any (the others are read).
    [[nodiscard]] auto malformed() const noexcept -> const std::optional<parse_error>& { return malformed_; }

private:
    // The line with what it views in the reader's copies moved to copies of its own.
    auto keep(raw_line line) -> raw_line {
        const auto value_at = static_cast<std::size_t>(line.value.data() - line.text.data());
        if (!inside(line.text)) {
            line.text = copy(line.text);
            line.value = line.text.substr(value_at);
        }
        if (!inside(line.name)) line.name = copy(line.name);
        return line;
    }
    [[nodiscard]] auto inside(std::string_view part) const noexcept -> bool {
        return part.data() >= text_begin_ && part.data() + part.size() <= text_end_;
    }
    auto copy(std::string_view part) -> std::string_view {
        // A deque never moves its strings, so what views them stays valid; they are reused.
        if (used_ == copies_.size()) copies_.emplace_back();
        auto& kept = copies_[used_++];
        kept.assign(part);
        return kept;
    }

    const char* text_begin_ = nullptr;
    const char* text_end_ = nullptr;
    raw_line begin_;
    std::vector<raw_line> lines_;
    std::vector<raw_line> checked_;
    std::optional<parse_error> malformed_;
    std::deque<std::string> copies_;
    std::size_t used_ = 0;
};

// Hands libical a VCALENDAR holding one VEVENT made of `lines`, with BEGIN and END written here,
// as libical asks for text: the lines are copied straight into libical's own buffer.
class event_text_source {
public:
    explicit event_text_source(std::span<const raw_line> lines) noexcept : lines_(lines) {}

    // libical's line generator: like fgets, up to `size - 1` octets ending at a line end, or
    // null at the end of the text.
    static auto generate(char* out, std::size_t size, void* self) noexcept -> char* {
        return static_cast<event_text_source*>(self)->fill(out, size);
    }

private:
    [[nodiscard]] auto piece() const noexcept -> std::string_view {
        static constexpr std::array<std::string_view, 4> frame{"BEGIN:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT",
                                                               "END:VCALENDAR"};
        if (index_ < 2) return frame[index_];
        if (index_ < 2 + lines_.size()) return lines_[index_ - 2].text;
        return frame[index_ - lines_.size()];
    }

    auto fill(char* out, std::size_t size) noexcept -> char* {
        if (index_ == lines_.size() + 4 || size < 2) return nullptr;
        const auto text = piece();
        const std::size_t room = size - 1;
        std::size_t n = std::min(room, text.size() - offset_);
        std::memcpy(out, text.data() + offset_, n);
        offset_ += n;
        if (offset_ == text.size() && n < room) {
            out[n++] = '\n';
            ++index_;
            offset_ = 0;
        }
        out[n] = '\0';
        return out;
    }

    std::span<const raw_line> lines_;
    std::size_t index_ = 0;   // BEGIN:VCALENDAR, BEGIN:VEVENT, the lines, END:VEVENT, END:VCALENDAR
    std::size_t offset_ = 0;  // octets of that piece already given
};

struct parser_deleter {
    void operator()(icalparser* p) const noexcept { icalparser_free(p); }
};

struct component_deleter {
    void operator()(icalcomponent* c) const noexcept { icalcomponent_free(c); }
};
using component_ptr = std::unique_ptr<icalcomponent, component_deleter>;

// libical's reading of a VCALENDAR holding one VEVENT made of `lines`, as
// icalparser_parse_string reads a text: malformed data is reported in X-LIC-ERROR properties.
auto libical_parse(std::span<const raw_line> lines) -> component_ptr {
    event_text_source source{lines};
    const std::unique_ptr<icalparser, parser_deleter> parser{icalparser_new()};
    icalparser_set_gen_data(parser.get(), &source);
    const auto state = icalerror_get_error_state(ICAL_MALFORMEDDATA_ERROR);
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, ICAL_ERROR_NONFATAL);
    component_ptr root{icalparser_parse(parser.get(), &event_text_source::generate)};
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, state);
    return root;
}

// TEXT unescaping (RFC 5545 3.3.11), for the X- properties libical hands back raw.
auto unescape(std::string_view text) -> std::string {
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char c = text[++i];
            result.push_back(c == 'n' || c == 'N' ? '\n' : c);
        } else {
            result.push_back(text[i]);
        }
    }
    return result;
}

// The first X-LIC-ERROR libical put in the calendar or the event it read, if any. The text
// handed to libical holds one VEVENT and no deeper components, so two levels are all there is.
auto libical_error(icalcomponent* root) -> std::optional<std::string> {
    auto in = [](icalcomponent* c) -> std::optional<std::string> {
        auto* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY);
        if (p == nullptr) return std::nullopt;
        const char* text = icalproperty_get_xlicerror(p);
        return std::string(text != nullptr ? text : "unreadable property");
    };
    if (auto found = in(root)) return found;
    for (auto* c = icalcomponent_get_first_component(root, ICAL_ANY_COMPONENT); c != nullptr;
         c = icalcomponent_get_next_component(root, ICAL_ANY_COMPONENT)) {
        if (auto found = in(c)) return found;
    }
    return std::nullopt;
}

// libical's message in the importer's words: an empty value is the common case.
auto libical_reason(const std::string& message) -> std::string {
    constexpr std::string_view no_value = "No value for ";
    if (message.starts_with(no_value)) {
        const auto name = message.substr(no_value.size(), message.find(' ', no_value.size()) - no_value.size());
        return name + " is empty: expected a value";
    }
    // libical drops what it cannot read; the importer refuses the calendar instead.
    std::string reason = "libical: " + message;
    constexpr std::string_view dropped = ". Removing entire property";
    if (const auto at = reason.find(dropped); at != std::string::npos) reason.erase(at, dropped.size());
    return reason;
}

// A property libical found invalid and the importer leaves out, and why.
struct left_out {
    const raw_line* line;
    std::string reason;
};

// libical's reading of one event: the event's own lines (those for_libical gives it) only,
// between BEGIN and END lines written here, so that libical reads exactly the VEVENT the scanner
// found (whatever spacing or parameters the input gave BEGIN) and never sees nested components.
// An X-LIC-ERROR is traced to its line by reading the event's lines one at a time, which only an
// event with an invalid value pays for: in a property the importer reads it refuses the event;
// an empty value of TEXT is read as none; any other property is left out and listed in `left`.
auto libical_event(const event_store& event, std::vector<left_out>& left) -> component_ptr {
    component_ptr root = libical_parse(event.checked());
    const auto& begin = event.begin();
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT ||
        icalcomponent_count_components(root.get(), ICAL_ANY_COMPONENT) != 1 ||
        icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT) == nullptr) {
        fail(begin, "libical could not read this VEVENT");
    }
    const auto message = libical_error(root.get());
    if (!message) return root;
    bool traced = false;
    for (const auto& line : event.checked()) {
        const component_ptr single = libical_parse({&line, 1});
        if (!single) fail(line, "libical could not read this line");
        const auto own = libical_error(single.get());
        if (!own) continue;
        traced = true;
        if (own->starts_with("No value for ") && empty_means_none(line.name)) continue;
        if (read_by_importer(line.name)) fail(line, libical_reason(*own));
        left.push_back({&line, libical_reason(*own)});
    }
    if (!traced) fail(begin, libical_reason(*message));
    return root;
}

// `text` on one line: each CR or LF becomes a space (names and titles are single-line in the model).
auto one_line(std::string text) -> std::string {
    for (auto& c : text) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

// The ids advocacy can hold: other characters become '-'.
auto sanitize_id(std::string_view text) -> std::string {
    std::string id;
    id.reserve(text.size());
    for (char c : text) {
        id.push_back(detail::is_id_char(c) ? c : '-');
    }
    return id;
}

// One event's view of the raw lines.
struct event_lines {
    const event_store& event;

    auto begin() const -> const raw_line& { return event.begin(); }
    auto find(std::string_view name) const -> const raw_line* {
        for (const auto& line : event.lines()) {
            if (line.name == name) return &line;
        }
        return nullptr;
    }
    auto at(std::string_view name) const -> const raw_line& {
        const auto* line = find(name);
        return line != nullptr ? *line : begin();
    }
    // The first of `names` the event holds, else its BEGIN line.
    auto first_of(std::initializer_list<std::string_view> names) const -> const raw_line& {
        for (auto name : names) {
            if (const auto* line = find(name)) return *line;
        }
        return begin();
    }
    auto x_text(std::string_view name) const -> std::optional<std::string> {
        const auto* line = find(name);
        if (line == nullptr) return std::nullopt;
        return unescape(line->value);
    }
    // The line of the property a field of the model was read from, for a validation_error's
    // field ("conference \"x\": place.region", or "location.online" of a location alone); the
    // BEGIN line when no property gives it.
    auto of_field(std::string_view field) const -> const raw_line& {
        const auto colon = field.rfind(": ");
        auto name = colon == std::string_view::npos ? field : field.substr(colon + 2);
        std::string renamed;
        if (name.starts_with("place.")) {
            renamed = "location." + std::string(name.substr(6));
            name = renamed;
        }
        if (name == "id") return at("UID");
        if (name == "name") return at("SUMMARY");
        if (name == "description") return at("DESCRIPTION");
        if (name == "registration_url" || name == "website") return at("URL");
        if (name == "region") return at("X-ADVOCACY-REGION");
        if (name == "location.time_zone") return first_of({"X-ADVOCACY-TIME-ZONE", "DTSTART"});
        if (name == "location.online") return first_of({"CONFERENCE", "LOCATION"});
        if (name.starts_with("location.")) return at("LOCATION");
        if (name == "start_time" || name == "first" || name == "dates" || name == "sessions") return at("DTSTART");
        if (name == "end_time" || name == "last") return first_of({"DTEND", "DURATION", "DTSTART"});
        return begin();
    }
};

// A DTSTART/DTEND/EXDATE/UNTIL value, as the model needs it.
struct when {
    bool is_date = false;
    bool is_utc = false;
    std::string tzid;              // empty: floating or UTC or a date
    date::local_seconds local{};   // the written value
    date::sys_seconds instant{};   // for UTC and zoned values
};

// The time zones of the calendar being read, each TZID resolved once: by its name (an IANA
// name, a Windows name, an IANA name behind a vendor prefix), else by the rules of the
// VTIMEZONE the file gives it, compared over the years the file's events start in.
class zone_book {
public:
    explicit zone_book(const raw_calendar& cal) noexcept : cal_(cal) {}

    // The zone `tzid` names; nullptr when neither its name nor its VTIMEZONE gives one.
    auto find(const std::string& tzid) -> const date::time_zone* {
        if (const auto known = found_.find(tzid); known != found_.end()) return known->second;
        auto zone = detail::resolve_tzid(tzid).zone;
        if (zone == nullptr) {
            const auto defined = std::find_if(cal_.zones.begin(), cal_.zones.end(),
                                              [&](const zone_span& z) { return z.tzid == tzid && z.end != 0; });
            if (defined != cal_.zones.end()) {
                const int first = cal_.first_event_year != 0 ? cal_.first_event_year : 2000;
                const int last = std::max(first, cal_.last_event_year);
                zone = detail::zone_from_vtimezone(cal_.text.substr(defined->begin, defined->end - defined->begin), first,
                                                   last)
                           .zone;
            }
        }
        found_.emplace(tzid, zone);
        return zone;
    }

    // The zone X-WR-TIMEZONE names, which Google and Apple write for the calendar's floating
    // times; nullptr when there is none or it names no known zone.
    auto default_zone() -> const date::time_zone* {
        return cal_.default_zone.empty() ? nullptr : find(cal_.default_zone);
    }

private:
    const raw_calendar& cal_;
    std::unordered_map<std::string, const date::time_zone*> found_;
};

// The zones of the calendar being read on this thread, if any: set for the length of
// read_icalendar, so that every reader of a date-time (the rule readers included) resolves a
// TZID the same way without passing the book down.
thread_local zone_book* current_zones = nullptr;

auto zone_named(const std::string& tzid, const raw_line& line) -> const date::time_zone* {
    const auto* zone = current_zones != nullptr ? current_zones->find(tzid) : detail::resolve_tzid(tzid).zone;
    if (zone == nullptr) {
        fail(line, "TZID " + detail::quoted(tzid) +
                       " is not a time zone advocacy knows (expected an IANA name like America/Chicago, a Windows "
                       "name, or a VTIMEZONE whose rules match a known zone)");
    }
    return zone;
}

auto to_when(icaltimetype t, const char* tzid, const raw_line& line) -> when {
    // libical's own icaltime_is_valid_time stops at the year 3000; the check is made here instead,
    // so that every date advocacy writes reads back.
    if (icaltime_is_null_time(t) || t.is_date > 1) fail(line, "expected a date or date-time");
    if (t.year < first_year || t.year > last_year) {
        fail(line, "the year " + std::to_string(t.year) + " is outside the years advocacy can hold (" +
                       std::to_string(first_year) + " to " + std::to_string(last_year) + ")");
    }
    when w;
    const date::year_month_day ymd{date::year{t.year}, date::month{static_cast<unsigned>(t.month)},
                                   date::day{static_cast<unsigned>(t.day)}};
    if (t.month < 1 || t.day < 1 || !ymd.ok()) fail(line, "not a calendar date");
    w.is_date = t.is_date != 0;
    if (!w.is_date && (t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59 || t.second < 0 || t.second > 60)) {
        fail(line, "not a time of day");
    }
    w.local = date::local_days{ymd.operator date::sys_days().time_since_epoch()} +
              std::chrono::hours{w.is_date ? 0 : t.hour} + minutes{w.is_date ? 0 : t.minute} +
              seconds{w.is_date ? 0 : t.second};
    if (w.is_date) return w;
    if (icaltime_is_utc(t)) {
        w.is_utc = true;
        w.instant = date::sys_seconds{w.local.time_since_epoch()};
    } else if (tzid != nullptr && *tzid != '\0') {
        const auto* zone = zone_named(tzid, line);
        w.tzid = zone->name();
        w.instant = zone->to_sys(w.local, date::choose::earliest);
    } else if (const auto* zone = current_zones != nullptr ? current_zones->default_zone() : nullptr) {
        w.tzid = zone->name();  // a floating time in a calendar with X-WR-TIMEZONE
        w.instant = zone->to_sys(w.local, date::choose::earliest);
    }
    return w;
}

// A number of at most 12 digits at `text[i]`, advancing `i`; more digits than that cannot be a
// sensible count, interval or duration, and would overflow the arithmetic that follows.
auto read_number(std::string_view text, std::size_t& i) -> std::optional<std::int64_t> {
    const std::size_t start = i;
    std::int64_t value = 0;
    while (i < text.size() && detail::is_digit(text[i])) {
        if (i - start == 12) return std::nullopt;
        value = value * 10 + (text[i] - '0');
        ++i;
    }
    if (i == start) return std::nullopt;
    return value;
}

// A DURATION value (RFC 5545 3.3.6: [+|-]P then nW, or nD and/or T with nH, nM, nS in that
// order). Read here rather than by libical, whose int fields wrap on large numbers
// (P99999999999W reads as P1410065407W) and whose sum overflows an int (P9999999W).
auto duration_of(const raw_line& line) -> seconds {
    const std::string value = upper(line.value);
    auto bad = [&]() -> seconds { fail(line, "expected a duration such as P3D, PT1H30M or P2W"); };
    std::size_t i = 0;
    bool negative = false;
    if (i < value.size() && (value[i] == '+' || value[i] == '-')) negative = value[i++] == '-';
    if (i >= value.size() || value[i++] != 'P') return bad();
    // Units in the order they may appear; a unit at `next` or later may follow.
    static constexpr std::array<std::pair<char, std::int64_t>, 5> units{
        {{'W', 7 * 86400}, {'D', 86400}, {'H', 3600}, {'M', 60}, {'S', 1}}};
    std::size_t next = 0;
    bool in_time = false;
    bool any = false;
    std::int64_t total = 0;
    while (i < value.size()) {
        if (value[i] == 'T' && !in_time) {
            in_time = true;
            next = std::max<std::size_t>(next, 2);
            ++i;
            if (i == value.size()) return bad();
            continue;
        }
        const auto number = read_number(value, i);
        if (!number) {
            if (i < value.size() && detail::is_digit(value[i])) {
                fail(line, "the duration " + std::string(line.value) + " is out of range");
            }
            return bad();
        }
        if (i == value.size()) return bad();
        std::size_t unit = next;
        while (unit < units.size() && units[unit].first != value[i]) ++unit;
        const bool time_unit = unit >= 2;
        if (unit == units.size() || time_unit != in_time || (units[unit].first == 'W' && any)) return bad();
        total += *number * units[unit].second;  // at most 12 digits times a week: no overflow
        any = true;
        next = unit + 1;
        ++i;
        if (units[unit].first == 'W' && i != value.size()) return bad();
    }
    if (!any) return bad();
    return seconds{negative ? -total : total};
}

// `start` moved by a DURATION, refused when it would leave the years the model holds: past the
// last day, or (a negative DURATION) before the first, where counting the days of the end would
// wrap (-P613566756W once read as a conference of three days).
template <class Time>
auto add_duration(Time start, seconds length, const raw_line& line) -> Time {
    const auto limit = std::chrono::duration_cast<seconds>((last_day + date::days{1}).time_since_epoch());
    const auto earliest = std::chrono::duration_cast<seconds>(date::sys_days{date::year{first_year} / 1 / 1}.time_since_epoch());
    if (start.time_since_epoch() + length > limit) {
        fail(line, "the duration " + std::string(line.value) + " ends after " + std::to_string(last_year) +
                       "-12-31, the last day advocacy can hold");
    }
    if (start.time_since_epoch() + length < earliest) {
        fail(line, "the duration " + std::string(line.value) + " ends before " + std::to_string(first_year) +
                       "-01-01, the first day advocacy can hold");
    }
    return start + length;
}

auto tzid_of(icalproperty* p) -> const char* {
    auto* param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    return param != nullptr ? icalparameter_get_tzid(param) : nullptr;
}

// The local day of `w` in `zone` (UTC values moved into it; none: as written).
auto local_day(const when& w, const date::time_zone* zone) -> date::sys_days {
    if (w.is_utc && zone != nullptr) {
        const auto local = zone->to_local(w.instant);
        return date::sys_days{date::floor<date::days>(local).time_since_epoch()};
    }
    return date::sys_days{date::floor<date::days>(w.local).time_since_epoch()};
}

// The online part a LOCATION text states, taken off its end: "Online" (or "Virtual") alone, a
// trailing " + online" (as advocacy writes a hybrid place), or a bare http(s) link (as other
// calendars put a meeting link in LOCATION). Empty when it states none.
auto take_online(std::string& text) -> std::string {
    const auto b = text.find_first_not_of(" \t");
    const auto e = text.find_last_not_of(" \t");
    const std::string_view t = b == std::string::npos ? std::string_view{} : std::string_view(text).substr(b, e - b + 1);
    if (detail::equal_ignoring_case(t, "online") || detail::equal_ignoring_case(t, "virtual")) {
        text.clear();
        return "online";
    }
    constexpr std::string_view hybrid = " + online";
    if (t.size() > hybrid.size() && detail::equal_ignoring_case(t.substr(t.size() - hybrid.size()), hybrid)) {
        text = std::string(t.substr(0, t.size() - hybrid.size()));
        return "online";
    }
    if (t.starts_with("https://") || t.starts_with("http://")) {
        try {
            detail::check_url("location.online", t);
        } catch (const validation_error&) {
            return {};
        }
        std::string link(t);
        text.clear();
        return link;
    }
    return {};
}

// LOCATION text back into a location: "venue, street…, city, ST 12345, CC", with its online part.
auto parse_location(std::string text) -> location {
    for (auto& c : text) {
        if (c == '\r' || c == '\n') c = ',';
    }
    std::string online = take_online(text);
    std::vector<std::string> parts;
    for (std::size_t pos = 0; pos <= text.size();) {
        auto comma = text.find(',', pos);
        if (comma == std::string::npos) comma = text.size();
        auto part = text.substr(pos, comma - pos);
        const auto a = part.find_first_not_of(" \t");
        if (a != std::string::npos) parts.push_back(part.substr(a, part.find_last_not_of(" \t") - a + 1));
        pos = comma + 1;
    }
    location place;
    auto first_word = [](const std::string& s) { return s.substr(0, s.find(' ')); };
    auto is_country = [](const std::string& s) {
        return s.size() == 2 && detail::is_upper(s[0]) && detail::is_upper(s[1]);
    };
    if (parts.size() >= 3 && is_country(parts.back()) && detail::is_region_code(first_word(parts[parts.size() - 2]))) {
        place.country = parts.back();
        parts.pop_back();
    }
    if (parts.size() >= 2 && detail::is_region_code(first_word(parts.back()))) {
        const auto& last = parts.back();
        place.state = state_code{first_word(last)};
        if (last.size() > place.state.size()) place.postal_code = last.substr(place.state.size() + 1);
        parts.pop_back();
    }
    if (!parts.empty()) {
        place.locality = parts.back();
        parts.pop_back();
    }
    if (!parts.empty()) {
        place.venue = parts.front();
        place.address_lines.assign(parts.begin() + 1, parts.end());
    }
    place.online = std::move(online);
    return place;
}

auto text_of(icalcomponent* event, icalproperty_kind kind) -> std::string {
    auto* p = icalcomponent_get_first_property(event, kind);
    if (p == nullptr) return {};
    const char* value = icalproperty_get_value_as_string(p);
    if (value == nullptr) return {};
    // get_value_as_string gives TEXT escaped; the typed getters differ per property, so unescape here.
    return kind == ICAL_URL_PROPERTY ? std::string(value) : unescape(value);
}

// Runs `step` and turns a validation_error of the model into a parse_error at `line`.
template <class Step>
auto at_line(const raw_line& line, Step&& step) -> decltype(step()) {
    try {
        return step();
    } catch (const validation_error& e) {
        fail(line, e.field() + ": " + e.reason());
    }
}

[[noreturn]] void refuse_rule(const raw_line& rule_line, std::string_view why) {
    fail(rule_line, "RRULE " + std::string(rule_line.value) + " is not a meeting schedule advocacy can express: " + std::string(why));
}

// Runs `step` (which adds to the campaign) and turns the model's validation_error into a
// parse_error at the line of the property the field was read from.
template <class Step>
void at_field(const event_lines& lines, Step&& step) {
    try {
        step();
    } catch (const validation_error& e) {
        fail(lines.of_field(e.field()), e.field() + ": " + e.reason());
    }
}

// A day the model holds, or a parse_error at `line` saying why not (a time moved into another
// zone can fall a day past the years a calendar can write).
void check_day(date::sys_days day, const raw_line& line, std::string_view what) {
    if (day < date::sys_days{date::year{first_year} / 1 / 1} || day > last_day) {
        fail(line, std::string(what) + " falls on " + date::format("%F", day) +
                       ", outside the years advocacy can hold (" + std::to_string(first_year) + " to " +
                       std::to_string(last_year) + ")");
    }
}

// One day of X-ADVOCACY-EFFECTIVE ("20150901").
auto marker_day(std::string_view text, const raw_line& line) -> date::sys_days {
    if (text.size() != 8 || text.find_first_not_of("0123456789") != std::string_view::npos) {
        fail(line, "expected YYYYMMDD/YYYYMMDD, YYYYMMDD/open or open");
    }
    auto digits = [&](std::size_t from, std::size_t n) {
        unsigned value = 0;
        for (std::size_t i = from; i < from + n; ++i) value = value * 10 + static_cast<unsigned>(text[i] - '0');
        return value;
    };
    const date::year_month_day ymd{date::year{static_cast<int>(digits(0, 4))}, date::month{digits(4, 2)},
                                   date::day{digits(6, 2)}};
    if (!ymd.ok()) fail(line, "not a calendar date");
    check_day(date::sys_days{ymd}, line, "X-ADVOCACY-EFFECTIVE");
    return date::sys_days{ymd};
}

// The end of a conference as written: DTEND, or DTSTART + DURATION; none when neither is given.
auto end_of(const event_lines& lines, icalcomponent* event, const when& start) -> std::optional<when> {
    if (auto* dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        auto end = to_when(icalproperty_get_dtend(dtend), tzid_of(dtend), lines.at("DTEND"));
        if (end.is_date != start.is_date) fail(lines.at("DTEND"), "DTEND and DTSTART must both be dates or both date-times");
        return end;
    }
    const auto* line = lines.find("DURATION");
    if (line == nullptr) return std::nullopt;
    const auto length = duration_of(*line);
    when end = start;
    end.local = add_duration(start.local, length, *line);
    if (start.is_utc || !start.tzid.empty()) end.instant = add_duration(start.instant, length, *line);
    return end;
}

// How long each meeting lasts: DTEND − DTSTART, or DURATION, or two hours (as
// meeting_schedule::parse) when neither is given.
auto meeting_length(const event_lines& lines, icalcomponent* event, const when& start, const date::time_zone* zone)
    -> minutes {
    seconds length{0};
    const raw_line* line = nullptr;
    if (auto* dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        line = &lines.at("DTEND");
        const auto end = to_when(icalproperty_get_dtend(dtend), tzid_of(dtend), *line);
        const auto end_instant = end.is_utc || !end.tzid.empty() ? end.instant : zone->to_sys(end.local, date::choose::earliest);
        length = end_instant - start.instant;
    } else if ((line = lines.find("DURATION")) != nullptr) {
        length = duration_of(*line);
    } else {
        return minutes{120};
    }
    if (length <= seconds{0}) fail(*line, "a meeting must end after it starts");
    if (length > std::chrono::hours{24}) fail(*line, "a meeting lasts at most 24 hours");
    if (length % minutes{1} != seconds{0}) fail(*line, "meeting times are whole minutes; the end has seconds");
    return std::chrono::duration_cast<minutes>(length);
}

// The schedule the RRULE gives for a first meeting at `first_day` + `at`, read by the model
// (meeting_schedule::from_rrule: every part is checked there, with no libical field that wraps),
// its refusals placed at the RRULE line.
auto rule_reading(const raw_line& rule_line, date::sys_days first_day, minutes at, minutes length, const std::string& tz)
    -> meeting_schedule {
    const std::string rule = upper(rule_line.value);
    try {
        return meeting_schedule::from_rrule(rule, first_day, time_of_day{at}, length, tz);
    } catch (const parse_error& e) {
        refuse_rule(rule_line, e.reason());
    } catch (const validation_error& e) {
        refuse_rule(rule_line, e.field() + ": " + e.reason());
    }
}

// The effective dates advocacy wrote (X-ADVOCACY-EFFECTIVE) over those the rule gives: DTSTART
// is the first meeting, which may fall after the first day, and "open" tells an open-ended rule
// from one that starts at DTSTART ("20150908/open": from that day, with no end).
auto effective_of(const event_lines& lines, const meeting_schedule& s) -> meeting_schedule {
    const auto marker = lines.x_text("X-ADVOCACY-EFFECTIVE");
    if (!marker) return s;
    const auto& marker_line = lines.at("X-ADVOCACY-EFFECTIVE");
    // A COUNT counted to the marker's end that does not reach is the rule's fault: said at its line.
    const auto& line_of_count = s.count() ? lines.at("RRULE") : marker_line;
    if (*marker == "open") return at_line(line_of_count, [&] { return s.with_effective(std::nullopt); });
    const auto slash = marker->find('/');
    if (slash == std::string::npos) fail(marker_line, "expected YYYYMMDD/YYYYMMDD, YYYYMMDD/open or open");
    const auto from = marker_day(std::string_view(*marker).substr(0, slash), marker_line);
    const auto end = std::string_view(*marker).substr(slash + 1);
    const auto until = end == "open" ? std::optional<date::sys_days>() : marker_day(end, marker_line);
    try {
        if (!until) return s.with_first_day(from);
        return s.with_effective(date_range{from, std::max(from, *until)});
    } catch (const validation_error& e) {
        if (s.count() && e.field() == "count") {
            refuse_rule(lines.at("RRULE"), e.reason() + ", the end of X-ADVOCACY-EFFECTIVE");
        }
        fail(line_of_count, e.field() + ": " + e.reason());
    }
}

// The local days of the EXDATEs. libical splits "EXDATE:a,b" into one property per value, so
// each value is traced back to the line that wrote it.
auto skipped_days(const event_lines& lines, icalcomponent* event, const date::time_zone* zone)
    -> std::vector<date::sys_days> {
    std::vector<const raw_line*> value_lines;
    for (const auto& line : lines.event.lines()) {
        if (line.name != "EXDATE") continue;
        const auto values = static_cast<std::size_t>(std::count(line.value.begin(), line.value.end(), ',')) + 1;
        value_lines.insert(value_lines.end(), values, &line);
    }
    std::vector<date::sys_days> skipped;
    for (auto* p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p != nullptr;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const auto& line = skipped.size() < value_lines.size() ? *value_lines[skipped.size()] : lines.at("EXDATE");
        const auto day = local_day(to_when(icalproperty_get_exdate(p), tzid_of(p), line), zone);
        check_day(day, line, "the EXDATE");
        skipped.push_back(day);
    }
    return skipped;
}

// ---- additions (RDATE) and overrides (RECURRENCE-ID) of a series ----------------------------

// A date-time as a local time in `zone`, the schedule's: a time written in another zone or in
// UTC is moved into it; one written in the zone itself, or floating, is kept as written.
auto local_in(const when& w, const date::time_zone* zone) -> date::local_seconds {
    if (w.is_utc || (!w.tzid.empty() && w.tzid != zone->name())) return zone->to_local(w.instant);
    return w.local;
}

// The index in a validation_error's field "added[3].start" or "overrides[3].original".
auto field_index(const std::string& field) -> std::size_t {
    const auto open = field.find('[');
    if (open == std::string::npos) return 0;
    return static_cast<std::size_t>(std::strtoull(field.c_str() + open + 1, nullptr, 10));
}

// Whether the rule of `s` (before additions) already meets at the local time `at`, or skips it
// with an EXDATE: RFC 5545's recurrence set holds a start once, and EXDATE removes RDATEs too.
auto rule_holds_or_skips(const meeting_schedule& s, date::local_seconds at) -> bool {
    const date::sys_days day{date::floor<date::days>(at).time_since_epoch()};
    if (!detail::in_years(day)) return false;
    if (at - date::local_days{day.time_since_epoch()} == s.start_time().since_midnight() &&
        std::binary_search(s.skipped().begin(), s.skipped().end(), day)) {
        return true;
    }
    const auto same_day = s.occurrences(date_range{day});
    return std::any_of(same_day.begin(), same_day.end(), [&](const meeting_time& m) { return m.start.get_local_time() == at; });
}

// The RDATEs of a series as additions, each traced to the line that wrote it (libical splits
// "RDATE:a,b" into one property per value). A DATE-TIME takes the series' length; a PERIOD its own.
auto read_added(const meeting_schedule& s, const event_lines& lines, icalcomponent* event) -> meeting_schedule {
    std::vector<const raw_line*> value_lines;
    for (const auto& line : lines.event.lines()) {
        if (line.name != "RDATE") continue;
        const auto values = static_cast<std::size_t>(std::count(line.value.begin(), line.value.end(), ',')) + 1;
        value_lines.insert(value_lines.end(), values, &line);
    }
    if (s.all_day() && !value_lines.empty()) {
        fail(*value_lines.front(), "RDATE adds a meeting to an all-day series: an all-day schedule holds no added meetings");
    }
    const date::time_zone* zone = s.zone();
    std::vector<added_meeting> added;
    std::vector<const raw_line*> added_lines;
    std::size_t n = 0;
    for (auto* p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p != nullptr;
         p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY), ++n) {
        const auto& line = n < value_lines.size() ? *value_lines[n] : lines.at("RDATE");
        const icaldatetimeperiodtype value = icalproperty_get_rdate(p);
        // libical fills `time` for a DATE or DATE-TIME, and leaves it null for a PERIOD.
        const bool period = icaltime_is_null_time(value.time) != 0;
        const auto start = to_when(period ? value.period.start : value.time, tzid_of(p), line);
        if (start.is_date) fail(line, "an RDATE of a timed series must be a date-time, not a date");
        added_meeting a{local_in(start, zone), s.duration()};
        if (period) {
            seconds length{0};
            if (!icaltime_is_null_time(value.period.end)) {
                const auto end = to_when(value.period.end, tzid_of(p), line);
                length = date::sys_seconds{local_in(end, zone).time_since_epoch()} - date::sys_seconds{a.start.time_since_epoch()};
            } else {
                length = seconds{icaldurationtype_as_int(value.period.duration)};
            }
            if (length <= seconds{0} || length > std::chrono::hours{24}) fail(line, "an RDATE period must last 1 minute to 24 hours");
            if (length % minutes{1} != seconds{0}) fail(line, "meeting times are whole minutes; the RDATE period has seconds");
            a.duration = std::chrono::duration_cast<minutes>(length);
        }
        if (rule_holds_or_skips(s, a.start)) continue;
        added.push_back(a);
        added_lines.push_back(&line);
    }
    if (added.empty()) return s;
    try {
        return s.with_added(std::move(added));
    } catch (const validation_error& e) {
        const auto i = std::min(field_index(e.field()), added_lines.size() - 1);
        fail(*added_lines[i], "RDATE " + e.field() + ": " + e.reason());
    }
}

// The VEVENTs that change one meeting of a series (those with a RECURRENCE-ID), found in one
// pass over the calendar's events before any is read, so a series meets its overrides wherever
// they stand in the file (Google writes them after the series, others before).
struct override_index {
    std::unordered_map<std::string, std::vector<std::size_t>> by_uid;  // series UID -> override events
    std::unordered_set<std::string> series_uids;                        // UIDs of events without RECURRENCE-ID
    std::vector<bool> is_override;                                      // per event
};

auto find_overrides(const raw_calendar& cal) -> override_index {
    override_index index;
    index.is_override.assign(cal.events.size(), false);
    event_store event;
    for (std::size_t i = 0; i < cal.events.size(); ++i) {
        event.read(cal.text, cal.events[i]);
        std::string_view uid;
        bool changes_one = false;
        for (const auto& line : event.lines()) {
            if (line.name == "UID" && uid.empty()) uid = line.value;
            if (line.name == "RECURRENCE-ID") changes_one = true;
        }
        if (changes_one) {
            index.is_override[i] = true;
            index.by_uid[std::string(uid)].push_back(i);
        } else {
            index.series_uids.emplace(uid);
        }
    }
    return index;
}

// Refuses an override whose series the calendar does not hold.
void check_has_series(const event_store& event, const override_index& index) {
    const event_lines lines{event};
    const auto* uid = lines.find("UID");
    if (uid == nullptr || !index.series_uids.contains(std::string(uid->value))) {
        fail(lines.at("RECURRENCE-ID"), "RECURRENCE-ID changes a meeting of a series this calendar does not hold (no VEVENT "
                                        "with UID " + detail::quoted(uid != nullptr ? std::string(uid->value) : std::string{}) +
                                        " and no RECURRENCE-ID)");
    }
}

// One override VEVENT as the model holds it: its RECURRENCE-ID in the series' zone, and unless
// it is cancelled, its start, length and place (empty when it is the series' own).
auto read_override(const event_lines& lines, icalcomponent* event, const meeting_schedule& s,
                   std::string_view series_place) -> meeting_override {
    const auto& rid_line = lines.at("RECURRENCE-ID");
    if (upper(rid_line.text.substr(0, rid_line.text.size() - rid_line.value.size())).find("RANGE=THISANDFUTURE") != std::string::npos) {
        fail(rid_line, "RECURRENCE-ID;RANGE=THISANDFUTURE changes every later meeting: a schedule holds changes to single meetings only");
    }
    auto* rid = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY);
    const auto original = to_when(icalproperty_get_recurrenceid(rid), tzid_of(rid), rid_line);
    if (original.is_date) fail(rid_line, "RECURRENCE-ID of a timed series must be a date-time, not a date");
    const date::time_zone* zone = s.zone();
    meeting_override o;
    o.original = local_in(original, zone);
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) {
        o.cancelled = true;
        return o;
    }
    auto* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (dtstart == nullptr) fail(lines.begin(), "VEVENT has no DTSTART");
    auto start = to_when(icalproperty_get_dtstart(dtstart), tzid_of(dtstart), lines.at("DTSTART"));
    if (start.is_date) fail(lines.at("DTSTART"), "a changed meeting of a timed series needs a date-time DTSTART, not a date");
    if (!start.is_utc && start.tzid.empty()) {  // floating: in the series' zone
        start.tzid = zone->name();
        start.instant = zone->to_sys(start.local, date::choose::earliest);
    }
    o.start = local_in(start, zone);
    o.duration = lines.find("DTEND") == nullptr && lines.find("DURATION") == nullptr ? s.duration()
                                                                                     : meeting_length(lines, event, start, zone);
    o.place = text_of(event, ICAL_LOCATION_PROPERTY);
    if (o.place == series_place) o.place.clear();
    return o;
}

// The ids given so far to one kind of event, made unique: an id already given gets the first
// free suffix of "-2", "-3", ... Ids are only ever added, so the first free suffix for an id never
// moves back: each id remembers where its search stopped, and every suffix tried and found taken
// is passed once, which makes each id O(1) amortized however many events share a UID.
class unique_ids {
public:
    auto take(std::string id) -> std::string {
        if (taken_.insert(id).second) return id;
        auto& n = next_suffix_.try_emplace(id, 2).first->second;
        std::string candidate;
        do {
            candidate = id + "-" + std::to_string(n++);
        } while (!taken_.insert(candidate).second);
        return candidate;
    }

private:
    std::unordered_set<std::string> taken_;
    std::unordered_map<std::string, std::uint64_t> next_suffix_;  // for ids given at least twice
};

// Whether `text` holds nothing but spaces and TABs.
auto blank(std::string_view text) -> bool { return text.find_first_not_of(" \t") == std::string_view::npos; }

// What names an event in a warning: its SUMMARY, else its UID, on one line.
auto name_of(const event_lines& lines) -> std::string {
    for (const std::string_view property : {"SUMMARY", "UID"}) {
        if (auto text = lines.x_text(property); text && !blank(*text)) return one_line(std::move(*text));
    }
    return {};
}

// The STATUS line of an event cancelled as a whole (STATUS:CANCELLED on an event that is not
// a change to one meeting of a series), else null.
auto cancelled(const event_lines& lines) -> const raw_line* {
    const auto* status = lines.find("STATUS");
    if (status == nullptr || lines.find("RECURRENCE-ID") != nullptr) return nullptr;
    std::string_view value = status->value;
    const auto first = value.find_first_not_of(" \t");
    if (first == std::string_view::npos) return nullptr;
    value = value.substr(first, value.find_last_not_of(" \t") - first + 1);
    return upper(value) == "CANCELLED" ? status : nullptr;
}

// The name a conference gets when its SUMMARY is missing or empty (RFC 5545 lets it be).
constexpr std::string_view untitled = "untitled event";

struct importer {
    campaign result;
    unique_ids conference_ids;
    std::map<std::string, std::string, std::less<>> conference_of_uid;  // the id each conference's UID became
    unique_ids group_ids;
    warning_log* log = nullptr;
    std::string event_name;  // of the event being read, for its warnings
    std::string_view text{};                        // the calendar, for reading overrides
    const std::vector<event_span>* events = nullptr;
    const override_index* overrides = nullptr;

    // The override events of the series with this UID, if any.
    auto overrides_of(icalcomponent* event) const -> const std::vector<std::size_t>* {
        if (overrides == nullptr) return nullptr;
        const char* uid = icalcomponent_get_uid(event);
        const auto found = overrides->by_uid.find(uid != nullptr ? uid : "");
        return found == overrides->by_uid.end() ? nullptr : &found->second;
    }

    // The series' schedule with its overrides, each read from its own VEVENT; a refused one
    // names its RECURRENCE-ID line.
    auto with_overrides(const meeting_schedule& s, icalcomponent* series) const -> meeting_schedule {
        const auto* list = overrides_of(series);
        if (list == nullptr) return s;
        if (s.all_day()) {
            event_store store;
            store.read(text, (*events)[list->front()]);
            fail(event_lines{store}.at("RECURRENCE-ID"),
                 "RECURRENCE-ID changes a meeting of an all-day series: an all-day schedule holds no changed meetings");
        }
        const std::string series_place = text_of(series, ICAL_LOCATION_PROPERTY);
        std::vector<meeting_override> changes;
        std::vector<std::unique_ptr<event_store>> stores;
        for (const auto index : *list) {
            auto& store = *stores.emplace_back(std::make_unique<event_store>());
            store.read(text, (*events)[index]);
            if (store.malformed()) throw *store.malformed();
            std::vector<left_out> left;
            const auto root = libical_event(store, left);
            for (const auto& [line, reason] : left) {
                log->add(*line, event_name, reason, std::string(line->name) + " is left out (advocacy does not read it)");
            }
            changes.push_back(read_override(event_lines{store}, icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT),
                                            s, series_place));
        }
        // An override of a meeting an RDATE added gives that meeting its length; the others
        // change meetings of the rule.
        std::vector<added_meeting> lengths;
        std::vector<meeting_override> rule_changes;
        std::vector<const event_store*> rule_stores;
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const auto& o = changes[i];
            const auto added = std::lower_bound(s.added().begin(), s.added().end(), o.original,
                                                [](const added_meeting& a, date::local_seconds t) { return a.start < t; });
            if (added == s.added().end() || added->start != o.original) {
                rule_changes.push_back(o);
                rule_stores.push_back(stores[i].get());
                continue;
            }
            if (o.cancelled || o.start != o.original || !o.place.empty()) {
                fail(event_lines{*stores[i]}.at("RECURRENCE-ID"), "RECURRENCE-ID changes a meeting an RDATE added: only its "
                                                                  "length can change (remove the RDATE to cancel it)");
            }
            lengths.push_back({o.original, o.duration});
        }
        meeting_schedule out = lengths.empty() ? s : s.with_added(std::move(lengths));
        try {
            return rule_changes.empty() ? out : out.with_overrides(std::move(rule_changes));
        } catch (const validation_error& e) {
            const auto i = std::min(field_index(e.field()), rule_stores.size() - 1);
            fail(event_lines{*rule_stores[i]}.at("RECURRENCE-ID"), "RECURRENCE-ID " + e.reason());
        }
    }

    static auto id_from_uid(icalcomponent* event, std::string_view strip, unique_ids& taken,
                            std::size_t ordinal) -> std::string {
        const char* uid_text = icalcomponent_get_uid(event);
        std::string_view uid = uid_text != nullptr ? uid_text : "";
        uid = uid.substr(0, uid.find('@'));
        if (!strip.empty() && uid.ends_with(strip)) uid.remove_suffix(strip.size());
        std::string id = sanitize_id(uid);
        if (id.empty()) id = "event-" + std::to_string(ordinal + 1);
        return taken.take(std::move(id));
    }

    // RFC 7986 CONFERENCE: the first one whose value is an http(s) link is the place's joining
    // link. Others are not read, as other properties the model has no field for: a "tel:"
    // dial-in, another scheme, a second link. An http(s) value the model cannot hold (a space in
    // it, no host) is named in a warning and left out.
    void read_conference_link(const event_lines& lines, location& place) const {
        for (const auto& line : lines.event.lines()) {
            if (line.name != "CONFERENCE" || place.online.starts_with("http")) continue;
            const std::string link(line.value);
            if (!link.starts_with("http://") && !link.starts_with("https://")) continue;
            try {
                detail::check_url("CONFERENCE", link);
                place.online = link;
            } catch (const validation_error& e) {
                log->add(line, event_name, e.reason(), "this CONFERENCE is left out");
            }
        }
    }

    // A conference's text: id, name, place, registration URL, description, region.
    auto conference_fields(const event_lines& lines, icalcomponent* event, std::size_t ordinal) -> conference {
        conference c;
        c.id = id_from_uid(event, {}, conference_ids, ordinal);
        c.name = one_line(text_of(event, ICAL_SUMMARY_PROPERTY));
        if (blank(c.name)) c.name = untitled;
        c.place = parse_location(text_of(event, ICAL_LOCATION_PROPERTY));
        read_conference_link(lines, c.place);
        c.registration_url = text_of(event, ICAL_URL_PROPERTY);
        try {
            detail::check_url("URL", c.registration_url);
        } catch (const validation_error& e) {
            // A link the model cannot hold (a relative path, another scheme) is no reason to lose the event.
            log->add(lines.at("URL"), event_name, e.reason(), "the URL is left out");
            c.registration_url.clear();
        }
        c.description = text_of(event, ICAL_DESCRIPTION_PROPERTY);
        if (!c.registration_url.empty()) {
            const std::string tail = "Registration: " + c.registration_url;
            if (c.description == tail) {
                c.description.clear();
            } else if (c.description.ends_with("\n\n" + tail)) {
                c.description.resize(c.description.size() - tail.size() - 2);
            }
        }
        c.region = lines.x_text("X-ADVOCACY-REGION").value_or("");
        return c;
    }

    // An all-day conference's days: DTSTART to the day before DTEND (exclusive), one day without an end.
    static auto all_day_dates(const event_lines& lines, const when& start, const std::optional<when>& end) -> date_range {
        const auto first = local_day(start, nullptr);
        auto last = first;
        if (end) {
            const auto stop = local_day(*end, nullptr);
            if (stop <= first) fail(lines.first_of({"DTEND", "DURATION"}), "the end must be after DTSTART (DTEND is exclusive)");
            last = stop - date::days{1};
        }
        return at_line(lines.at("DTSTART"), [&] { return date_range{first, last}; });
    }

    // A timed conference's days and times of day in its zone (c.place.time_zone, set).
    void set_times(conference& c, const event_lines& lines, const when& start, const std::optional<when>& end,
                   bool marked_zone) {
        const auto& start_line = lines.at("DTSTART");
        const auto& end_line = end ? lines.first_of({"DTEND", "DURATION"}) : start_line;
        const date::time_zone* zone =
            c.place.time_zone.empty() ? nullptr
                                      : zone_named(c.place.time_zone, marked_zone ? lines.at("X-ADVOCACY-TIME-ZONE") : start_line);
        // A time written in the event's own zone is kept as written, so that a wall-clock time
        // in a DST gap or overlap comes back as it was exported. Floating times are kept too.
        auto local = [&](const when& w) {
            const bool zoned = w.is_utc || !w.tzid.empty();
            if (!zoned || zone == nullptr || (!w.is_utc && w.tzid == zone->name())) return w.local;
            return zone->to_local(w.instant);
        };
        // A conference's times are whole minutes: seconds are dropped, with a warning.
        auto whole_minutes = [&](date::local_seconds t, const raw_line& line, std::string_view what) {
            if (t.time_since_epoch() % minutes{1} == seconds{0}) return t;
            log->add(line, event_name, "conference times are whole minutes; " + std::string(what) + " has seconds",
                     "rounded down to the minute");
            return date::local_seconds{date::floor<minutes>(t)};
        };
        const auto exact_begin = local(start);
        // No DTEND or DURATION: the event ends when it starts (RFC 5545 3.6.1).
        const auto exact_end = end ? local(*end) : exact_begin;
        if (exact_end < exact_begin) fail(end_line, "the event ends before DTSTART");
        const auto begins = whole_minutes(exact_begin, start_line, "DTSTART");
        const auto ends = end ? whole_minutes(exact_end, end_line, "the end") : begins;
        const auto first_local = date::floor<date::days>(begins);
        const auto last_local = date::floor<date::days>(ends);
        const date::sys_days first{first_local.time_since_epoch()};
        const date::sys_days last{last_local.time_since_epoch()};
        check_day(first, start_line, "the start");
        check_day(last, end_line, "the end");
        c.dates = at_line(start_line, [&] { return date_range{first, last}; });
        c.start_time = std::chrono::duration_cast<minutes>(begins - first_local);
        c.end_time = std::chrono::duration_cast<minutes>(ends - last_local);
    }

    // A conference, or (X-ADVOCACY-SESSION-OF) a further session of one read before.
    void read_conference(const event_lines& lines, icalcomponent* event, const when& start, std::size_t ordinal) {
        if (const auto of = lines.x_text("X-ADVOCACY-SESSION-OF")) {
            read_session(lines, event, start, *of);
            return;
        }
        conference c = conference_fields(lines, event, ordinal);
        read_days(c, lines, event, start);
        std::string id = c.id;
        at_field(lines, [&] { result.add_conference(std::move(c)); });
        const char* uid = icalcomponent_get_uid(event);
        if (uid != nullptr) conference_of_uid.emplace(uid, std::move(id));
    }

    // One more session of the conference whose UID `of` names: its days join the conference's,
    // which must run at the same times of day.
    void read_session(const event_lines& lines, icalcomponent* event, const when& start, const std::string& of) {
        const auto found = conference_of_uid.find(of);
        if (found == conference_of_uid.end()) {
            fail(lines.at("X-ADVOCACY-SESSION-OF"),
                 "a session of " + detail::quoted(of) + ", which no event before it is: the first session comes first");
        }
        conference session;
        read_days(session, lines, event, start);
        conference c = *result.find_conference(found->second);
        if (session.start_time != c.start_time || session.end_time != c.end_time) {
            fail(lines.at("DTSTART"), "a session of " + detail::quoted(of) +
                                          " runs at other times of day than the conference: sessions share its times");
        }
        if (c.sessions.empty()) c.sessions.push_back(c.dates);
        c.sessions.push_back(session.dates);
        c.dates = date_range{c.dates.first(), std::max(c.dates.last(), session.dates.last())};
        at_field(lines, [&] { result.replace_conference(std::move(c)); });
    }

    // A conference's days, and its times of day when DTSTART has a time.
    void read_days(conference& c, const event_lines& lines, icalcomponent* event, const when& start) {
        const auto end = end_of(lines, event, start);
        const auto marked_zone = lines.x_text("X-ADVOCACY-TIME-ZONE");
        if (start.is_date) {
            if (marked_zone) c.place.time_zone = *marked_zone;
            c.dates = all_day_dates(lines, start, end);
        } else {
            // The event's zone: advocacy's own marker, else DTSTART's; none for a floating time.
            c.place.time_zone = marked_zone ? *marked_zone : start.is_utc ? "UTC" : start.tzid;
            set_times(c, lines, start, end, marked_zone.has_value());
        }
    }

    void read_meetings(const event_lines& lines, icalcomponent* event, const when& start, icalproperty* rrule_property,
                       std::size_t ordinal) {
        const auto& rule_line = lines.at("RRULE");
        const auto& start_line = lines.at("DTSTART");
        if (icalcomponent_count_properties(event, ICAL_RRULE_PROPERTY) > 1) refuse_rule(rule_line, "a VEVENT may hold only one RRULE");
        // Meetings taken away by another rule would be lost: the model has one rule.
        if (icalcomponent_get_first_property(event, ICAL_EXRULE_PROPERTY) != nullptr) {
            fail(lines.at("EXRULE"), "EXRULE is not supported: skipped meetings are listed with EXDATE");
        }
        (void)rrule_property;  // read from its line by the model
        // An all-day series (DTSTART;VALUE=DATE) takes its local days in the zone advocacy wrote,
        // else in UTC: a date has no zone of its own.
        const std::string tz = start.is_date ? lines.x_text("X-ADVOCACY-SCHEDULE-ZONE").value_or("UTC")
                               : start.is_utc ? "UTC"
                                              : start.tzid;
        if (!start.is_date && !start.is_utc && start.tzid.empty()) {
            fail(start_line, "a recurring meeting needs a time zone: expected DTSTART;TZID=... or a UTC time");
        }
        const date::time_zone* zone = at_line(start_line, [&] {
            return meeting_schedule::weekly(date::Monday, time_of_day{}, minutes{1}, tz).zone();
        });
        const auto start_local = start.is_utc ? date::local_seconds{start.instant.time_since_epoch()} : start.local;
        const auto start_day = date::floor<date::days>(start_local);
        const auto time_of_day = start_local - start_day;
        // Seconds are refused rather than rounded: a rounded meeting would start at another time
        // than the calendar says.
        if (time_of_day % minutes{1} != seconds{0}) fail(start_line, "meeting times are whole minutes; DTSTART has seconds");
        const date::sys_days first_day{start_day.time_since_epoch()};
        if (start.is_date) {
            // Each meeting of an all-day series is one day: a longer one would be cut short.
            if (const auto end = end_of(lines, event, start); end && local_day(*end, nullptr) != first_day + date::days{1}) {
                fail(lines.first_of({"DTEND", "DURATION"}), "an all-day recurring meeting lasts one day");
            }
        }

        meeting_schedule s = start.is_date
                                 ? rule_reading(rule_line, first_day, minutes{0}, minutes{24 * 60}, tz).as_all_day()
                                 : rule_reading(rule_line, first_day, std::chrono::duration_cast<minutes>(time_of_day),
                                                meeting_length(lines, event, start, zone), tz);
        s = effective_of(lines, s);

        // DTSTART counts as a meeting in iCalendar even off the rule; the model has no such
        // exception, so a DTSTART off the rule is refused rather than silently dropped.
        const auto on_start = s.occurrences(date_range{first_day});
        const auto starts_at = start.is_date ? zone->to_sys(start_day, date::choose::earliest) : start.instant;
        if (std::none_of(on_start.begin(), on_start.end(),
                         [&](const meeting_time& m) { return m.start.get_sys_time() == starts_at; })) {
            fail(start_line, "DTSTART is not a meeting of its RRULE " + std::string(rule_line.value) +
                                 " (the first meeting must follow the rule)");
        }
        s = s.with_skipped(skipped_days(lines, event, zone));
        s = read_added(s, lines, event);
        s = with_overrides(s, event);
        // Said once the series is known to be readable, so that a refusal names the real fault.
        if (!start.is_date && lines.find("DTEND") == nullptr && lines.find("DURATION") == nullptr) {
            log->add(start_line, event_name,
                     "a recurring event without DTEND or DURATION ends when it starts (RFC 5545), and a meeting "
                     "needs a length",
                     "read as 2 hours");
        }

        group g;
        g.id = id_from_uid(event, "-meetings", group_ids, ordinal);
        std::string name = text_of(event, ICAL_SUMMARY_PROPERTY);
        if (name.ends_with(" meeting")) name.resize(name.size() - 8);
        g.name = one_line(std::move(name));
        if (g.name.empty()) g.name = g.id;
        g.place = parse_location(text_of(event, ICAL_LOCATION_PROPERTY));
        read_conference_link(lines, g.place);
        g.place.time_zone = lines.x_text("X-ADVOCACY-TIME-ZONE").value_or("");
        g.region = lines.x_text("X-ADVOCACY-REGION").value_or("");
        g.website = text_of(event, ICAL_URL_PROPERTY);
        g.meetings = std::move(s);
        at_field(lines, [&] { result.add_group(std::move(g)); });
    }

    // An event without RRULE has no meetings to change: its first override is refused.
    [[noreturn]] void refuse_overrides_of_single(const std::vector<std::size_t>& list) const {
        event_store store;
        store.read(text, (*events)[list.front()]);
        fail(event_lines{store}.at("RECURRENCE-ID"), "RECURRENCE-ID changes a meeting of an event without RRULE");
    }

    void read_event(const event_store& raw, icalcomponent* event, std::size_t ordinal) {
        const event_lines lines{raw};
        auto* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        if (dtstart == nullptr) fail(lines.begin(), "VEVENT has no DTSTART");
        // RFC 5545 allows each of these once: which of two is meant cannot be told.
        for (std::string_view name : {"DTSTART", "DTEND", "DURATION"}) {
            const raw_line* first = nullptr;
            for (const auto& line : raw.lines()) {
                if (line.name != name) continue;
                if (first != nullptr) {
                    fail(line, std::string(name) + " given twice (lines " + std::to_string(first->number) + " and " +
                                   std::to_string(line.number) + "): which one holds cannot be told");
                }
                first = &line;
            }
        }
        // A change to one meeting of a series is read with its series (see find_overrides).
        if (lines.find("RECURRENCE-ID") != nullptr) {
            fail(lines.at("RECURRENCE-ID"), "RECURRENCE-ID is read with its series: this VEVENT changes a meeting of no series");
        }
        const auto start = to_when(icalproperty_get_dtstart(dtstart), tzid_of(dtstart), lines.at("DTSTART"));
        if (auto* rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
            read_meetings(lines, event, start, rrule, ordinal);
        } else {
            if (icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY) != nullptr) {
                fail(lines.at("RDATE"), "RDATE is not supported without an RRULE: a conference has one range of days");
            }
            if (const auto* list = overrides_of(event)) refuse_overrides_of_single(*list);
            read_conference(lines, event, start, ordinal);
        }
    }

    // Reads one event, or (reading leniently) names it in a warning when the model cannot hold
    // it: nothing it added stays in the campaign then, as every addition is its last step.
    void import_event(const event_store& raw, std::size_t ordinal) {
        const event_lines lines{raw};
        event_name = name_of(lines);
        if (const auto* status = cancelled(lines)) {
            log->add(*status, event_name, "the event is cancelled (STATUS:CANCELLED)", "left out");
            return;
        }
        try {
            if (raw.malformed()) throw *raw.malformed();
            std::vector<left_out> left;
            const auto root = libical_event(raw, left);
            for (const auto& [line, reason] : left) {
                log->add(*line, event_name, reason, std::string(line->name) + " is left out (advocacy does not read it)");
            }
            read_event(raw, icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT), ordinal);
        } catch (const parse_error& refusal) {
            log->add(refusal, event_name);
        }
    }
};

// Sets the zones read_icalendar's date-times are resolved with, for as long as it lives.
class zone_scope {
public:
    explicit zone_scope(zone_book& zones) noexcept : before_(current_zones) { current_zones = &zones; }
    zone_scope(const zone_scope&) = delete;
    auto operator=(const zone_scope&) -> zone_scope& = delete;
    ~zone_scope() { current_zones = before_; }

private:
    zone_book* before_;
};

}  // namespace

auto campaign_from_icalendar(std::string_view text) -> campaign {
    return read_icalendar(text, {.strict = true, .campaign_id = {}}).value;
}

auto read_icalendar(std::string_view text, const read_options& options) -> import_result {
    warning_log log{options.strict};
    const raw_calendar cal = scan(text, log);
    zone_book zones{cal};
    const zone_scope scope{zones};

    std::string title = "imported";
    if (cal.calendar_name) {
        auto name = one_line(unescape(*cal.calendar_name));
        if (!name.empty()) title = std::move(name);
    }
    std::string id = options.campaign_id.empty() ? cal.campaign_id : options.campaign_id;
    if (id.empty()) id = detail::slug(title, "imported");

    const override_index overrides = find_overrides(cal);
    importer in{campaign{id, title}, {}, {}, {}, &log, {}, cal.text, &cal.events, &overrides};
    event_store event;
    std::size_t next_report = 0;  // the offset after which progress is told again
    for (std::size_t ordinal = 0; ordinal < cal.events.size(); ++ordinal) {
        if (options.progress && cal.events[ordinal].end >= next_report) {
            options.progress(cal.events[ordinal].end, cal.text.size());
            next_report = cal.events[ordinal].end + 64 * 1024;
        }
        event.read(cal.text, cal.events[ordinal]);
        if (overrides.is_override[ordinal]) {  // read with its series
            try {
                check_has_series(event, overrides);
            } catch (const parse_error& refusal) {
                log.add(refusal, name_of(event_lines{event}));
            }
            continue;
        }
        in.import_event(event, ordinal);
    }
    if (cal.events.empty()) {
        log.note(1, "the calendar holds no VEVENT: nothing to import (VTODO, VJOURNAL, VFREEBUSY and other "
                    "components are not read)");
    }
    return {std::move(in.result), log.take()};
}

}  // namespace advocacy
